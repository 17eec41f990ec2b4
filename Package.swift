// swift-tools-version: 6.1
//
// Brobygger: a shared, validated domain model for Danish cross-sector psychiatric care of residents of
// social-psychiatric residential facilities (botilbud) and their psychiatric outreach teams (botilbudsteams).
//
// The package depends on no other package: only the Swift toolchain and its Foundation.

import PackageDescription

/// Domain modules, in dependency order. Each is its own library product so an importing app can take only
/// what it needs; `Brobygger` re-exports all of them.
let domainModules = [
    "BrobyggerCore",
    "BrobyggerResidents",
    "BrobyggerCarePlans",
    "BrobyggerDischarge",
    "BrobyggerAgreements",
    "BrobyggerRelationalCoordination",
    "BrobyggerFHIR",
    "BrobyggerStores",
    "BrobyggerIntake",
]

let package = Package(
    name: "Brobygger",
    platforms: [.macOS(.v14), .iOS(.v17)],
    products: [
        .library(name: "Brobygger", targets: ["Brobygger"]),
        .library(name: "BrobyggerTesting", targets: ["BrobyggerTesting"]),
        // The tool's commands, for hosts that run them on a store of their own (Adapters/PostgreSQL).
        .library(name: "BrobyggerCommandLine", targets: ["BrobyggerCommandLine"]),
        .executable(name: "brobygger", targets: ["BrobyggerCLI"]),
    ] + domainModules.map { .library(name: $0, targets: [$0]) },
    targets: [
        .target(name: "BrobyggerCore"),
        .target(name: "BrobyggerResidents", dependencies: ["BrobyggerCore"]),
        .target(name: "BrobyggerCarePlans", dependencies: ["BrobyggerCore", "BrobyggerResidents"]),
        .target(name: "BrobyggerDischarge", dependencies: ["BrobyggerCore", "BrobyggerResidents"]),
        .target(name: "BrobyggerAgreements", dependencies: ["BrobyggerCore", "BrobyggerResidents"]),
        .target(name: "BrobyggerRelationalCoordination", dependencies: ["BrobyggerCore"]),
        .target(
            name: "BrobyggerFHIR",
            dependencies: [
                "BrobyggerCore", "BrobyggerResidents", "BrobyggerCarePlans", "BrobyggerDischarge",
                "BrobyggerAgreements", "BrobyggerRelationalCoordination",
            ]
        ),
        .target(name: "BrobyggerStores", dependencies: ["BrobyggerCore"]),
        // The flat files, MedCom messages and JSON documents turned into domain values, import planning over any
        // store, and the store-backed reports: what `brobygger` does with real data, for any service to reuse.
        .target(
            name: "BrobyggerIntake",
            dependencies: [
                "BrobyggerCore", "BrobyggerResidents", "BrobyggerCarePlans", "BrobyggerDischarge",
                "BrobyggerAgreements", "BrobyggerRelationalCoordination", "BrobyggerFHIR",
            ]
        ),
        .target(name: "Brobygger", dependencies: domainModules.map { .target(name: $0) }),
        .target(name: "BrobyggerTesting", dependencies: domainModules.map { .target(name: $0) }),
        // The tool's commands, parsers and imports; `BrobyggerCLI` is only its entry point, so tests and fuzz
        // targets can reach the same code. A product only for `ToolStoreOpener` and `BrobyggerTool`, through which
        // the PostgreSQL adapter's tool runs the same commands on its store.
        .target(name: "BrobyggerCommandLine", dependencies: ["Brobygger", "BrobyggerTesting"]),
        .executableTarget(name: "BrobyggerCLI", dependencies: ["BrobyggerCommandLine"]),
        // libFuzzer targets for every parser of outside input (Fuzz/README.md). Built as is, it replays the seed
        // corpora through the same checks; `scripts/fuzz.sh` builds it with `-D FUZZING` for libFuzzer.
        .executableTarget(
            name: "BrobyggerFuzz", dependencies: ["Brobygger", "BrobyggerTesting", "BrobyggerCommandLine"],
            path: "Fuzz/Sources"),

        .testTarget(name: "BrobyggerCoreTests", dependencies: ["BrobyggerCore", "BrobyggerTesting"]),
        .testTarget(
            name: "BrobyggerResidentsTests",
            dependencies: ["BrobyggerResidents", "BrobyggerTesting"],
            resources: [.copy("Resources")]
        ),
        .testTarget(name: "BrobyggerCarePlansTests", dependencies: ["BrobyggerCarePlans", "BrobyggerTesting"]),
        .testTarget(name: "BrobyggerDischargeTests", dependencies: ["BrobyggerDischarge", "BrobyggerTesting"]),
        .testTarget(
            name: "BrobyggerAgreementsTests",
            dependencies: ["BrobyggerAgreements", "BrobyggerTesting"],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "BrobyggerRelationalCoordinationTests",
            dependencies: ["BrobyggerRelationalCoordination", "BrobyggerTesting"]
        ),
        .testTarget(
            name: "BrobyggerFHIRTests",
            dependencies: [
                "BrobyggerFHIR", "BrobyggerResidents", "BrobyggerCarePlans", "BrobyggerDischarge",
                "BrobyggerAgreements",
                "BrobyggerRelationalCoordination", "BrobyggerTesting",
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "BrobyggerStoresTests",
            dependencies: [
                "BrobyggerStores", "BrobyggerResidents", "BrobyggerAgreements", "BrobyggerRelationalCoordination",
                "BrobyggerDischarge", "BrobyggerIntake", "BrobyggerTesting", "StoreCrashWriter",
            ],
            resources: [.copy("Resources")]
        ),
        // Writes to a file store until it is killed; the store tests kill it mid-write and check the store.
        .executableTarget(
            name: "StoreCrashWriter",
            dependencies: ["BrobyggerStores", "BrobyggerTesting"],
            path: "Tests/StoreCrashWriter"
        ),
        .testTarget(
            name: "BrobyggerCLITests",
            dependencies: ["BrobyggerCommandLine", "BrobyggerCLI", "Brobygger", "BrobyggerTesting"]
        ),
        .testTarget(
            name: "BrobyggerIntakeTests",
            dependencies: ["Brobygger", "BrobyggerIntake", "BrobyggerTesting"]
        ),
        .testTarget(name: "BrobyggerScenarioSpecs", dependencies: ["Brobygger", "BrobyggerTesting"]),
        .testTarget(name: "BrobyggerPropertyTests", dependencies: ["Brobygger", "BrobyggerTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
