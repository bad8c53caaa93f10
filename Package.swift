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
        .library(name: "VendorScoreSpreadsheet", targets: ["VendorScoreSpreadsheet"]),
        .library(name: "VendorScoreWorkspace", targets: ["VendorScoreWorkspace"]),
        .library(name: "VendorScoreStore", targets: ["VendorScoreStore"]),
        .library(name: "VendorScoreServer", targets: ["VendorScoreServer"]),
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
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // The committee workspace's web server (`vendorscore serve`).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
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
            dependencies: ["VendorScoreYAML", .product(name: "CSV", package: "CSV.swift"), .product(name: "BigInt", package: "BigInt")],
            swiftSettings: strict
        ),
        .target(name: "VendorScoreTestKit", dependencies: ["VendorScoreCore", "VendorScoreOutput"], swiftSettings: strict),
        .target(
            name: "VendorScoreExternal",
            dependencies: ["VendorScoreCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        // Bids kept as .xlsx workbooks; in its own target so the core stays free of zip and XML.
        .target(
            name: "VendorScoreSpreadsheet",
            dependencies: [
                "VendorScoreCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "XMLCoder", package: "XMLCoder"),
            ],
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
                "VendorScoreCore", "VendorScoreOutput", "VendorScoreSpreadsheet",
                .product(name: "CSV", package: "CSV.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // The committee workspace: its domain (roles, lifecycle, policy, marks, the event log) knows
        // no HTTP and no SQL; the store holds all the SQL, for SQLite and PostgreSQL.
        .target(
            name: "VendorScoreWorkspace",
            dependencies: ["VendorScoreCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .target(
            name: "VendorScoreStore",
            dependencies: [
                "VendorScoreWorkspace", "VendorScoreCore",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VendorScoreServer",
            dependencies: [
                "VendorScoreCore", "VendorScoreOutput", "VendorScoreReport", "VendorScoreRecord", "VendorScoreWorkspace",
                "VendorScoreStore", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "VendorScoreCLI",
            dependencies: [
                "VendorScoreCore", "VendorScoreOutput", "VendorScoreReport", "VendorScoreExternal", "VendorScoreRecord", "VendorScoreAnalysis",
                "VendorScoreSpreadsheet", "VendorScoreWorkspace", "VendorScoreStore", "VendorScoreServer",
                "GenericScorers", "ReliabilityScorers", "ScalabilityScorers", "SecurityScorers", "CostScorers",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "vendorscore", dependencies: ["VendorScoreCLI"], swiftSettings: strict),
        .executableTarget(name: "vendorscore-synth", path: "Benchmarks/Synth", swiftSettings: strict),
        .executableTarget(
            name: "vendorscore-store-bench",
            dependencies: [
                "VendorScoreStore", "VendorScoreWorkspace", "VendorScoreCore", .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Benchmarks/StoreBench",
            swiftSettings: strict
        ),
        .executableTarget(
            name: "vendorscore-analysis-bench",
            dependencies: ["VendorScoreAnalysis"],
            path: "Benchmarks/Analysis",
            exclude: ["reference.py"],
            swiftSettings: strict
        ),
        .testTarget(name: "VendorScoreYAMLTests", dependencies: ["VendorScoreYAML"], swiftSettings: strict),
        .testTarget(
            name: "VendorScoreCoreTests",
            dependencies: [
                "VendorScoreCore", "VendorScoreOutput", .product(name: "BigInt", package: "BigInt"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "VendorScoreReportTests",
            dependencies: ["VendorScoreReport", "VendorScoreCore", "VendorScoreOutput", "VendorScoreCLI"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ScorerTests",
            dependencies: [
                "VendorScoreCore", "VendorScoreTestKit", "VendorScoreOutput", "GenericScorers", "ReliabilityScorers", "ScalabilityScorers",
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
        .testTarget(
            name: "VendorScoreSpreadsheetTests",
            dependencies: [
                "VendorScoreSpreadsheet", "VendorScoreCore", "VendorScoreOutput", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "VendorScoreServerTests",
            dependencies: [
                "VendorScoreServer", "VendorScoreStore", "VendorScoreWorkspace", "VendorScoreCore", "VendorScoreCLI", "VendorScoreRecord",
                "VendorScoreYAML", .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "VendorScoreWorkspaceTests", dependencies: ["VendorScoreWorkspace", "VendorScoreCore"], swiftSettings: strict),
        .testTarget(
            name: "VendorScoreStoreTests",
            // The executable too: `log verify` is tested as users run it, on a database tampered with directly.
            dependencies: [
                "VendorScoreStore", "VendorScoreWorkspace", "vendorscore",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio"),
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
