// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

/// One ordinary library target per scoring area; each exports the list of its scorer types.
func scorerModule(_ name: String) -> Target {
    .target(
        name: name,
        dependencies: ["VendorScoreCore"],
        path: "Plugins/\(name)",
        swiftSettings: strict
    )
}

let package = Package(
    name: "VendorScore",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "VendorScoreCore", targets: ["VendorScoreCore"]),
        .library(name: "VendorScoreOutput", targets: ["VendorScoreOutput"]),
        .library(name: "VendorScoreReport", targets: ["VendorScoreReport"]),
        .library(name: "VendorScoreRecord", targets: ["VendorScoreRecord"]),
        .library(name: "VendorScoreCLI", targets: ["VendorScoreCLI"]),
        .library(name: "VendorScoreTestKit", targets: ["VendorScoreTestKit"]),
        .library(name: "VendorScoreExternal", targets: ["VendorScoreExternal"]),
        .library(name: "VendorScoreAnalysis", targets: ["VendorScoreAnalysis"]),
        .library(
            name: "VendorScoreScorers",
            targets: ["GenericScorers", "ReliabilityScorers", "ScalabilityScorers", "SecurityScorers", "CostScorers"]
        ),
        .executable(name: "vendorscore", targets: ["vendorscore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            path: "Sources/CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "VendorScoreYAML", dependencies: ["CYAML"], swiftSettings: strict),
        .target(
            name: "VendorScoreCore",
            dependencies: ["VendorScoreYAML", .product(name: "CSV", package: "CSV.swift")],
            swiftSettings: strict
        ),
        .target(name: "VendorScoreTestKit", dependencies: ["VendorScoreCore"], swiftSettings: strict),
        .target(
            name: "VendorScoreExternal",
            dependencies: ["VendorScoreCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        scorerModule("GenericScorers"),
        scorerModule("ReliabilityScorers"),
        scorerModule("ScalabilityScorers"),
        scorerModule("SecurityScorers"),
        scorerModule("CostScorers"),
        .target(name: "VendorScoreOutput", dependencies: ["VendorScoreCore", "VendorScoreAnalysis"], swiftSettings: strict),
        .target(name: "VendorScoreAnalysis", dependencies: ["VendorScoreCore"], swiftSettings: strict),
        .target(
            name: "VendorScoreReport",
            dependencies: [
                "VendorScoreCore", "VendorScoreOutput", "VendorScoreAnalysis",
                .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VendorScoreRecord",
            dependencies: [
                "VendorScoreCore", "VendorScoreOutput",
                .product(name: "CSV", package: "CSV.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VendorScoreCLI",
            dependencies: [
                "VendorScoreCore", "VendorScoreOutput", "VendorScoreReport", "VendorScoreExternal", "VendorScoreRecord", "VendorScoreAnalysis",
                "GenericScorers", "ReliabilityScorers", "ScalabilityScorers", "SecurityScorers", "CostScorers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "vendorscore", dependencies: ["VendorScoreCLI"], swiftSettings: strict),
        .executableTarget(name: "vendorscore-synth", path: "Benchmarks/Synth", swiftSettings: strict),
        .executableTarget(
            name: "vendorscore-analysis-bench",
            dependencies: ["VendorScoreAnalysis"],
            path: "Benchmarks/Analysis",
            exclude: ["reference.py"],
            swiftSettings: strict
        ),
        .testTarget(name: "VendorScoreYAMLTests", dependencies: ["VendorScoreYAML"], swiftSettings: strict),
        .testTarget(name: "VendorScoreCoreTests", dependencies: ["VendorScoreCore"], swiftSettings: strict),
        .testTarget(
            name: "VendorScoreReportTests",
            dependencies: ["VendorScoreReport", "VendorScoreCore", "VendorScoreOutput", "VendorScoreCLI"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ScorerTests",
            dependencies: [
                "VendorScoreCore", "VendorScoreTestKit", "GenericScorers", "ReliabilityScorers", "ScalabilityScorers",
                "SecurityScorers", "CostScorers",
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "VendorScoreAnalysisTests",
            dependencies: [
                "VendorScoreAnalysis", "VendorScoreCore", "GenericScorers", "ReliabilityScorers", "ScalabilityScorers",
                "SecurityScorers", "CostScorers",
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "VendorScoreTestKitTests", dependencies: ["VendorScoreTestKit", "VendorScoreCore"], swiftSettings: strict),
        .testTarget(
            name: "VendorScoreCLITests",
            dependencies: [
                "VendorScoreCLI", "VendorScoreCore", "VendorScoreOutput", .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "VendorScoreRecordTests",
            // The executable too: determinism tests run it under other locales and time zones.
            dependencies: ["VendorScoreRecord", "VendorScoreCLI", "VendorScoreCore", "VendorScoreOutput", "vendorscore"],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
