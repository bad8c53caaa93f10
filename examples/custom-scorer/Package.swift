// swift-tools-version: 6.0
import PackageDescription

// A team's own scorers in their own package: depends on VendorScore, defines a scorer, tests it
// with VendorScore's test kit, and builds its own vendorscore that knows it. The executable is
// named vendorscore-datacentre because VendorScore's own product already takes `vendorscore`.
let package = Package(
    name: "DataCentreScorers",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "DataCentreScorers", targets: ["DataCentreScorers"]),
        .executable(name: "vendorscore-datacentre", targets: ["DataCentreCLI"]),
    ],
    dependencies: [
        .package(name: "VendorScore", path: "../.."),
    ],
    targets: [
        .target(
            name: "DataCentreScorers",
            dependencies: [.product(name: "VendorScoreCore", package: "VendorScore")]
        ),
        .executableTarget(
            name: "DataCentreCLI",
            dependencies: ["DataCentreScorers", .product(name: "VendorScoreCLI", package: "VendorScore")]
        ),
        .testTarget(
            name: "DataCentreScorersTests",
            dependencies: [
                "DataCentreScorers",
                .product(name: "VendorScoreTestKit", package: "VendorScore"),
                .product(name: "VendorScoreCLI", package: "VendorScore"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
