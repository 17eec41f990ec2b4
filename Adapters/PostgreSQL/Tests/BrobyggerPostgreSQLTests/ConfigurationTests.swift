import BrobyggerPostgreSQL
import Testing

@Suite("Connection settings from a URL or the environment")
struct ConfigurationTests {
    @Test func aURLGivesEveryPart() throws {
        let settings = try PostgreSQLConfiguration(
            url: "postgresql://alice:s%40cret@db.example:6543/care?sslmode=require&schema=region_h&pool_size=3")
        #expect(settings.host == "db.example")
        #expect(settings.port == 6543)
        #expect(settings.user == "alice")
        #expect(settings.password == "s@cret")
        #expect(settings.database == "care")
        #expect(settings.tls == .require)
        #expect(settings.schema == "region_h")
        #expect(settings.maximumConnections == 3)
    }

    @Test func theDescriptionNeverHoldsThePassword() throws {
        let settings = try PostgreSQLConfiguration(url: "postgres://alice:TopSecret1@db:5432/care")
        #expect(settings.description == "postgres://alice@db:5432/care?schema=brobygger")
        #expect(!settings.description.contains("TopSecret1"))
        #expect(!"\(settings)".contains("TopSecret1"))
        #expect(!settings.server.contains("TopSecret1"))
    }

    @Test func whatTheURLLeavesOutComesFromTheEnvironmentThenLibpqDefaults() throws {
        let environment = [
            "PGHOST": "pg.internal", "PGPORT": "5433", "PGUSER": "svc", "PGPASSWORD": "pw", "PGDATABASE": "brobygger",
            "PGSSLMODE": "verify-full", "BROBYGGER_PG_SCHEMA": "tenant_1",
        ]
        let fromEnvironment = try PostgreSQLConfiguration(environment: environment)
        #expect(fromEnvironment.host == "pg.internal")
        #expect(fromEnvironment.port == 5433)
        #expect(fromEnvironment.user == "svc")
        #expect(fromEnvironment.password == "pw")
        #expect(fromEnvironment.database == "brobygger")
        #expect(fromEnvironment.tls == .verifyFull)
        #expect(fromEnvironment.schema == "tenant_1")
        let mixed = try PostgreSQLConfiguration(url: "postgres://other@/care", environment: environment)
        #expect(mixed.host == "pg.internal")
        #expect(mixed.user == "other")
        #expect(mixed.database == "care")
        let defaults = try PostgreSQLConfiguration(environment: ["USER": "bo"])
        #expect(defaults.host == "localhost")
        #expect(defaults.port == 5432)
        #expect(defaults.user == "bo")
        #expect(defaults.database == "bo")
        #expect(defaults.tls == .prefer)
        #expect(defaults.password == nil)
    }

    @Test(arguments: [
        "mysql://db/care", "postgres://db/care?sslmode=sometimes", "postgres://db/care?colour=blue",
        "postgres://db/care?schema=Robert');DROP", "postgres://db/care?schema=1abc", "postgres://db:0/care",
        "postgres://db/care?pool_size=0",
    ])
    func badSettingsAreRefusedWithoutRepeatingTheURL(_ url: String) throws {
        let withPassword = url.replacingOccurrences(of: "://", with: "://u:Hemmelig9@")
        do {
            _ = try PostgreSQLConfiguration(url: withPassword)
            Issue.record("accepted \(url)")
        } catch {
            guard case .invalidConfiguration(let reason) = error else {
                Issue.record("refused with \(error), not invalidConfiguration")
                return
            }
            #expect(!reason.contains("Hemmelig9"))
            #expect(!error.description.contains("Hemmelig9"))
        }
    }

    @Test func onlyPostgresURLsAreURLs() {
        #expect(PostgreSQLConfiguration.isURL("postgres://db/care"))
        #expect(PostgreSQLConfiguration.isURL("postgresql://db/care"))
        #expect(!PostgreSQLConfiguration.isURL("/var/lib/brobygger/store"))
        #expect(!PostgreSQLConfiguration.isURL("postgres"))
    }
}
