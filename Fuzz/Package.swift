// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for every reader of VendorScore, in a package of their own: a fuzzer build
/// cannot link the main package's `main.swift` executables. Build and run one with `run.sh`.
let fuzzTargets = ["FuzzRubric", "FuzzBidsYAML", "FuzzBidsCSV", "FuzzPlugins", "FuzzResponse", "FuzzRecord", "FuzzEvaluate"]

let package = Package(
    name: "VendorScoreFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "VendorScore", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "VendorScoreCore", package: "VendorScore"),
                .product(name: "VendorScoreScorers", package: "VendorScore"),
            ]
        ),
    ] + fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzSupport",
                .product(name: "VendorScoreCore", package: "VendorScore"),
                .product(name: "VendorScoreOutput", package: "VendorScore"),
                .product(name: "VendorScoreRecord", package: "VendorScore"),
                .product(name: "VendorScoreExternal", package: "VendorScore"),
            ]
        )
    },
    swiftLanguageModes: [.v6]
)
