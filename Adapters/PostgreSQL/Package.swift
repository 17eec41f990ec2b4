// swift-tools-version: 6.1
//
// Brobygger on PostgreSQL: a `DocumentStore` on a PostgreSQL server, in its own package so that the Brobygger
// library keeps depending on nothing. See README.md; `bash scripts/postgres-test.sh` (from the repository's root)
// runs the tests against a scratch server.

import PackageDescription

let package = Package(
    name: "BrobyggerPostgreSQL",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "BrobyggerPostgreSQL", targets: ["BrobyggerPostgreSQL"]),
        .executable(name: "brobygger-postgres", targets: ["BrobyggerPostgresTool"]),
    ],
    dependencies: [
        .package(name: "Brobygger", path: "../.."),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "BrobyggerPostgreSQL",
            dependencies: [
                .product(name: "BrobyggerCore", package: "Brobygger"),
                // The file store's compact binary encoding (`CompactDocumentCoding`), for `versions.encoded`.
                .product(name: "BrobyggerStores", package: "Brobygger"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `brobygger-postgres`: the `brobygger` tool's commands with `--store postgres://…`.
        .executableTarget(
            name: "BrobyggerPostgresTool",
            dependencies: [
                "BrobyggerPostgreSQL",
                .product(name: "BrobyggerCommandLine", package: "Brobygger"),
            ]
        ),
        // Import, compliance and save-rate figures against a server (README.md, "Performance").
        .executableTarget(
            name: "PostgreSQLBenchmarks",
            dependencies: [
                "BrobyggerPostgreSQL",
                .product(name: "BrobyggerTesting", package: "Brobygger"),
            ]
        ),
        // A writer process for the two-instance and crash tests.
        .executableTarget(
            name: "PostgreSQLTestWriter",
            dependencies: [
                "BrobyggerPostgreSQL",
                .product(name: "BrobyggerTesting", package: "Brobygger"),
            ],
            path: "Tests/PostgreSQLTestWriter"
        ),
        .testTarget(
            name: "BrobyggerPostgreSQLTests",
            dependencies: [
                "BrobyggerPostgreSQL", "PostgreSQLTestWriter", "BrobyggerPostgresTool",
                .product(name: "BrobyggerTesting", package: "Brobygger"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
