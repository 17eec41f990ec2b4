import Brobygger
import XCTest

/// The code of the article "Sources" in Documentation/Brobygger.docc, compiled and run (checked by
/// `ArticleCodeSpec`).
final class SourcesSnippets: XCTestCase {
    /// Sources.md, "Overview".
    func testDocumentCitation() {
        // snippet: sources-document-citation
        let citation = SourceCitation.document(.erfaringsopsamling2024, locator: "Bilag 3")
        let shown = citation.description
        // Sundhedsstyrelsen og Social- og Boligstyrelsen (2024), Erfaringsopsamling af botilbudsteams, Bilag 3
        // end-snippet
        XCTAssertEqual(
            shown,
            "Sundhedsstyrelsen og Social- og Boligstyrelsen (2024), Erfaringsopsamling af botilbudsteams, Bilag 3")
    }
}
