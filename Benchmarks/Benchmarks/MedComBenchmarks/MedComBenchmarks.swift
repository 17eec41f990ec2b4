import Benchmark
import BenchmarkFixtures
import Brobygger
import BrobyggerTesting
import Foundation

/// The eleven real MedCom hospital-notification examples from the FHIR tests.
let messages = Fixture { RootPackage.medComExamples() }

let benchmarks: @Sendable () -> Void = {
    // Issue target: at least 5,000 messages per second, and decoding within 2× of JSONSerialization.
    let configuration = BenchmarkDefaults.configuration(setup: messages.prepare)
    Benchmark(benchmarkName("MedCom hospital notifications: ingest the examples"), configuration: configuration) {
        benchmark in
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                for message in messages.value { blackHole(try HospitalNotification(json: message)) }
            }
        }
    }
    Benchmark(benchmarkName("MedCom hospital notifications: FHIR.decode Bundle"), configuration: configuration) {
        benchmark in
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                for message in messages.value { blackHole(try FHIR.decode(FHIR.Bundle.self, from: message)) }
            }
        }
    }
    Benchmark(
        benchmarkName("MedCom hospital notifications: JSONSerialization parse (reference)"),
        configuration: configuration
    ) {
        benchmark in
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                for message in messages.value { blackHole(try JSONSerialization.jsonObject(with: message)) }
            }
        }
    }
    careCommunicationBenchmarks()
}

/// MedCom's eight CareCommunication examples.
let careCommunications = Fixture { RootPackage.careCommunicationExamples() }

/// A thousand CareCommunications as a ward receives them (MedCom's example "send-F", each with its own message id),
/// and the store snapshot they are received onto: the sender and receiver organisations and the patient.
let inbox = Fixture { () async throws -> (files: [(String, Data)], snapshot: StoreSnapshot) in
    guard let example = RootPackage.careCommunicationExamples().last else { return ([], StoreSnapshot()) }
    let message = try CareCommunication(json: example)
    let ids = SequentialIdentifierSource(seed: 21)
    var files: [(String, Data)] = []
    for index in 0..<1_000 {
        let copy = try CareCommunication(
            messageID: try FHIR.ID(ids.nextUUID().uuidString.lowercased()), bundleID: nil,
            timestamp: message.timestamp, sentAt: message.sentAt.adding(seconds: Double(index)),
            activity: message.activity, conversation: message.conversation, category: message.category,
            topic: message.topic, priority: message.priority, patient: message.patient, sender: message.sender,
            receiver: message.receiver, episodeOfCare: message.episodeOfCare, segments: message.segments,
            newSegmentIdentifiers: message.newSegmentIdentifiers, predecessor: message.predecessor,
            history: message.history)
        files.append(("message-\(index).json", try CareCommunicationWriter.json(for: copy, patientName: nil, ids: ids)))
    }
    let provenance = Provenance(
        author: Author(name: try PersonName(given: "Bench", family: "Mark")), instant: message.sentAt)
    var snapshot = StoreSnapshot()
    for (index, party) in [message.sender, message.receiver].enumerated() {
        let organisation = try Organisation(
            id: .init(rawValue: ids.nextUUID()), kind: index == 0 ? .municipality : .ward, name: party.name ?? "Org",
            identifiers: OrganisationIdentifiers(sor: party.sor, gln: party.gln))
        snapshot.organisations[organisation.id] = try Revision(
            number: 1, document: organisation, provenance: provenance)
    }
    let resident = try ResidentBuilder("bench").cpr(message.patient.unmaskedValue).named("Bruno", "Elmer").build()
    let record = try ResidentRecord(resident: resident)
    snapshot.records[record.id] = try Revision(number: 1, document: record, provenance: provenance)
    if case .cpr(let cpr) = resident.person { snapshot.residentsByCPR[cpr] = record.id }
    return (files, snapshot)
}

let careCommunicationBenchmarks: @Sendable () -> Void = {
    // Reading what arrives and answering it: every example read and its acknowledgement written as JSON.
    Benchmark(
        benchmarkName("MedCom CareCommunication: read the 8 examples and write their acknowledgements"),
        configuration: BenchmarkDefaults.configuration(setup: careCommunications.prepare)
    ) { benchmark in
        let ids = SequentialIdentifierSource(seed: 3)
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                for data in careCommunications.value {
                    let message = try CareCommunication(json: data)
                    let acknowledgement = try MedComAcknowledgement.acknowledging(
                        message.messageID, from: message.receiver, to: message.sender, code: .ok,
                        messageID: try FHIR.ID(ids.nextUUID().uuidString.lowercased()), sentAt: message.sentAt)
                    blackHole(try acknowledgement.json(ids: ids))
                }
            }
        }
    }
    // The store application: 1,000 messages checked against the snapshot, planned as records, acknowledged.
    Benchmark(
        benchmarkName(
            "MedCom CareCommunication: receive 1,000 messages onto the store snapshot, with acknowledgements"),
        configuration: BenchmarkDefaults.configuration(maxIterations: 20, setup: inbox.prepare)
    ) { benchmark in
        let ids = SequentialIdentifierSource(seed: 4)
        for _ in benchmark.scaledIterations {
            try ThreadCPUTime.measure(benchmark) {
                let result = CareCommunicationImport.receive(
                    inbox.value.files, snapshot: inbox.value.snapshot, records: [], ids: ids,
                    now: Instant(millisecondsSince1970: 1_765_000_000_000))
                precondition(result.plan.writes.count == 1_000 && result.acknowledgements.count == 1_000)
                for (_, acknowledgement) in result.acknowledgements { blackHole(try acknowledgement.json(ids: ids)) }
            }
        }
    }
}
