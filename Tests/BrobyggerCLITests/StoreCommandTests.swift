import Brobygger
import BrobyggerTesting
import Foundation
import Testing

@testable import BrobyggerCommandLine

@Suite("Store command and the store's audit of imports")
struct StoreCommandTests {
    @Test("an import's writes reach the audit log; 'store migrate' leaves a current store as it is")
    func importAuditedAndMigrate() async throws {
        let directory = ScratchDirectory.make("store-command")
        defer { ScratchDirectory.remove(directory) }
        let file = directory + "/organisations.csv"
        try Data(TestSupport.organisations.utf8).write(to: URL(fileURLWithPath: file))
        let store = directory + "/store"
        let output = CapturedOutput()
        let imported = await Tool.run(
            ["import", "organisations", file, "--store", store], environment: TestSupport.environment(output))
        #expect(imported == .success, "\(output.standardError)")
        let reader = try FileDocumentStore(directory: store, mode: .readOnly)
        let entries = try await reader.auditEntries(matching: .all)
        #expect(entries.count == 5)
        #expect(entries.allSatisfy { $0.action == .create && $0.documentKind == Organisation.documentKind })

        let migrated = await Tool.run(
            ["store", "migrate", "--store", store], environment: TestSupport.environment(output))
        #expect(migrated == .success)
        #expect(output.standardOutput.contains("already in format 2"))
        let missing = await Tool.run(
            ["store", "migrate", "--store", directory + "/none"], environment: TestSupport.environment(output))
        #expect(missing == .store)
    }
}
