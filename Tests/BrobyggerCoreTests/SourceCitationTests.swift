import BrobyggerCore
import Foundation
import Testing

@Suite struct SourceCitationTests {
    @Test func aDocumentCitationNamesAuthorYearTitleAndPlace() {
        let citation = SourceCitation.document(.erfaringsopsamling2024, locator: "Bilag 3")
        #expect(citation.kind == .document)
        #expect(citation.document == .erfaringsopsamling2024)
        #expect(
            citation.description
                == "Sundhedsstyrelsen og Social- og Boligstyrelsen (2024), Erfaringsopsamling af botilbudsteams, Bilag 3"
        )
        #expect(
            SourceCitation.document(.vive2023, locator: "afsnit 5.1.2").description
                == "VIVE (2023), Koordineret udredning og indsats, afsnit 5.1.2")
        #expect(SourceCitation.statute("psykiatriloven §13a stk. 1").document == nil)
    }

    @Test func theBibliographyHasOneEntryPerPublicDocument() {
        let documents = SourceDocument.allCases
        #expect(documents.count == 5)
        #expect(Set(documents.map(\.citation)).count == documents.count)
        for document in documents {
            #expect(SourceDocument(citation: document.citation) == document)
            #expect(!document.author.isEmpty && !document.title.isEmpty && !document.published.isEmpty)
        }
        #expect(SourceDocument.regionSjaellandReport2020.isbn == "ISBN 978-87-93639-10-2")
        #expect(SourceDocument.vive2023.isbn == "e-ISBN 978-87-7582-203-4")
        #expect(SourceDocument(citation: "seed 001") == nil)
    }

    @Test func aDocumentCitationRoundTripsThroughJSON() throws {
        let citation = SourceCitation.document(.regionSjaellandReport2020, locator: "kapitel 3")
        let data = try JSONEncoder().encode(citation)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object["kind"] == "document")
        #expect(try JSONDecoder().decode(SourceCitation.self, from: data) == citation)
    }

    /// Citations stored by earlier versions named the project's working copy of a document and its lines.
    @Test(arguments: [
        (
            #"{"kind":"seed","reference":"seed 001","locator":"l.971–972"}"#, SourceDocument.erfaringsopsamling2024,
            "afsnit 4.3.2"
        ),
        (#"{"kind":"seed","reference":"seed 001","locator":"l.1200"}"#, .erfaringsopsamling2024, "Bilag 2, “Ydelser”"),
        (
            #"{"kind":"seed","reference":"seed 001","locator":"l.1073–1080"}"#, .erfaringsopsamling2024,
            "afsnit 5.1.2, Tabel 2"
        ),
        (#"{"kind":"seed","reference":"seed 001","locator":"l.1153–1256"}"#, .erfaringsopsamling2024, "Bilag 2"),
        (
            #"{"kind":"seed","reference":"seed 001","locator":"l.454–455, l.638–639"}"#, .erfaringsopsamling2024,
            "afsnit 3.2.4 og 4.1.2"
        ),
        (
            #"{"kind":"seed","reference":"seed 000","locator":"l.138–146"}"#, .regionHovedstadenCrossSectorNote,
            "“A. Fælles beboeroverbliksmøder”"
        ),
        (
            #"{"kind":"seed","reference":"seed 003","locator":"l.748"}"#, .regionSjaellandReport2020,
            "kapitel 5, “Koordinerende indsatsplaner”"
        ),
        (#"{"kind":"seed","reference":"seed 004","locator":"l.1232–1236"}"#, .vive2023, "kapitel 5"),
        (#"{"kind":"seed","reference":"seed 004","locator":"l.1310"}"#, .vive2023, "afsnit 5.1.2.3"),
    ])
    func aStoredSeedCitationDecodesAsThePublicDocumentAndSection(
        json: String, document: SourceDocument, locator: String
    ) throws {
        let citation = try JSONDecoder().decode(SourceCitation.self, from: Data(json.utf8))
        #expect(citation == .document(document, locator: locator))
        #expect(!citation.description.contains("seed"))
    }

    @Test func aStoredSeedCitationKeepsWhatItCannotPlace() throws {
        let wholeDocument = try JSONDecoder().decode(
            SourceCitation.self, from: Data(#"{"kind":"seed","reference":"seed 002"}"#.utf8))
        #expect(wholeDocument == .document(.sundhedsstyrelsenNews2024))
        let table = try JSONDecoder().decode(
            SourceCitation.self, from: Data(#"{"kind":"seed","reference":"seed 003","locator":"Tabel 1"}"#.utf8))
        #expect(table == .document(.regionSjaellandReport2020, locator: "Tabel 1"))
        let unknown = try JSONDecoder().decode(
            SourceCitation.self, from: Data(#"{"kind":"seed","reference":"seed 009","locator":"l.4"}"#.utf8))
        #expect(unknown == SourceCitation(kind: .document, reference: "seed 009", locator: "l.4"))
        #expect(unknown.document == nil)
    }

    @Test func theKindAloneDecodesItsEarlierName() throws {
        #expect(try JSONDecoder().decode(SourceCitation.Kind.self, from: Data(#""seed""#.utf8)) == .document)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SourceCitation.Kind.self, from: Data(#""rumour""#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SourceCitation.self, from: Data(#"{"kind":"rumour","reference":"x"}"#.utf8))
        }
    }
}
