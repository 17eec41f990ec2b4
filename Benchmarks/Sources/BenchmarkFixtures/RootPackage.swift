import Foundation

/// Paths in the Brobygger package this benchmark package measures.
public enum RootPackage {
    /// The root package's directory (the parent of `Benchmarks/`), found from this file's path.
    public static var directory: URL {
        // Benchmarks/Sources/BenchmarkFixtures/RootPackage.swift → four levels up.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The real MedCom hospital-notification examples kept with the FHIR tests, sorted by file name.
    public static func medComExamples() -> [Data] {
        let folder = directory.appendingPathComponent("Tests/BrobyggerFHIRTests/Resources/medcom")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasPrefix("HospitalNotification_") && $0.hasSuffix(".json") }.sorted().compactMap {
            FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)
        }
    }

    /// MedCom's CareCommunication examples kept with the FHIR tests (new, reply, forward, attachments, an
    /// episode-of-care identifier), sorted by file name.
    public static func careCommunicationExamples() -> [Data] {
        let folder = directory.appendingPathComponent("Tests/BrobyggerFHIRTests/Resources/medcom")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasPrefix("CareCommunication_") && $0.hasSuffix(".json") }.sorted().compactMap {
            FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)
        }
    }
}
