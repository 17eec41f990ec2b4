// swift-tools-version: 6.1
//
// Benchmarks for Brobygger, in their own package so that the library keeps zero dependencies.
//
//   cd Benchmarks && swift package benchmark

import PackageDescription

let package = Package(
    name: "BrobyggerBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Brobygger", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "BrobyggerBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Brobygger", package: "Brobygger"),
                .product(name: "BrobyggerTesting", package: "Brobygger"),
            ],
            path: "Benchmarks/BrobyggerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
