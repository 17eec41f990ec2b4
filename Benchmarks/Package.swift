// swift-tools-version: 6.1
//
// Benchmarks for Brobygger, in their own package so that the library keeps zero dependencies.
//
//   cd Benchmarks && swift package benchmark
//
// One executable per area, so that each benchmark runs in a process holding only the data it needs and its peak
// resident memory means something (package-benchmark also starts a fresh process for every benchmark).

import PackageDescription

/// The benchmark executables: each lives in Benchmarks/NAME and uses the shared fixtures.
let benchmarkTargets = [
    "ComplianceBenchmarks", "ReadmissionBenchmarks", "BoardsBenchmarks", "RCReportBenchmarks", "JSONBenchmarks",
    "MedComBenchmarks", "StoreBenchmarks", "CommandLineBenchmarks", "CalendarBenchmarks", "IntakeBenchmarks",
    "WorklistBenchmarks",
]

let package = Package(
    name: "BrobyggerBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Brobygger", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "BenchmarkFixtures",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Brobygger", package: "Brobygger"),
                .product(name: "BrobyggerTesting", package: "Brobygger"),
            ],
            path: "Sources/BenchmarkFixtures"
        )
    ]
        + benchmarkTargets.map { name in
            .executableTarget(
                name: name,
                dependencies: [
                    "BenchmarkFixtures",
                    .product(name: "Benchmark", package: "benchmark"),
                    .product(name: "Brobygger", package: "Brobygger"),
                    .product(name: "BrobyggerTesting", package: "Brobygger"),
                ],
                path: "Benchmarks/\(name)",
                plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
            )
        },
    swiftLanguageModes: [.v6]
)
