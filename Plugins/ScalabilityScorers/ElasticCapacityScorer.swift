import VendorScoreCore

/// Scores elastic capacity: the most vCPUs and the most storage (TB) a bid can scale to. Each
/// part is proportional to its target (`value ÷ target`, capped at 1); vCPUs weigh `vcpu_share`
/// of the points and storage the rest.
///
/// Reads the facts `max_vcpus` and `max_storage_tb` (numbers).
///
/// ```yaml
/// - id: capacity
///   points: 10
///   scorer: scalability.elastic-capacity
///   params: {vcpu_target: 10000, storage_target: 500}
/// ```
public struct ElasticCapacityScorer: BidScorer {
    public static let id = "scalability.elastic-capacity"
    public static let version = "1.0.0"
    public static let summary = "vCPU and storage capacity, each proportional to its target and capped; vCPUs weigh vcpu_share of the points."
    public static let parameters = [
        ParameterSpec("vcpu_target", "number", summary: "vCPUs for the vCPU part in full; more than 0."),
        ParameterSpec("storage_target", "number", summary: "Storage in TB for the storage part in full; more than 0."),
        ParameterSpec("vcpu_share", "percentage", required: false, summary: "Share of the points for vCPUs; 50% by default, storage has the rest."),
    ]
    public static let examples = [
        ScorerExample(
            "Proportional parts, capped at their targets",
            parameters: "vcpu_target: 10000\nstorage_target: 500",
            maximum: 10,
            bids: [
                ExampleBid("a", facts: ["max_vcpus": "8000", "max_storage_tb": "500"]),
                ExampleBid("b", facts: ["max_vcpus": "12000", "max_storage_tb": "1000"]),
                ExampleBid("c", facts: ["max_vcpus": "0", "max_storage_tb": "250"]),
            ],
            expected: ["9.00", "10.00", "2.50"]
        ),
        ScorerExample(
            "vCPUs weigh 70%",
            parameters: "vcpu_target: 10000\nstorage_target: 500\nvcpu_share: 70%",
            maximum: 10,
            bids: [ExampleBid("a", facts: ["max_vcpus": "5000", "max_storage_tb": "100"])],
            expected: ["4.10"]
        ),
    ]

    let vcpuTarget: Rational
    let storageTarget: Rational
    /// The vCPU part's share of the points, as a fraction.
    let vcpuShare: Rational

    public init(parameters: ScorerParameters) throws(ScorerError) {
        vcpuTarget = try Self.target("vcpu_target", parameters)
        storageTarget = try Self.target("storage_target", parameters)
        vcpuShare = parameters.has("vcpu_share") ? try parameters.percent("vcpu_share") / 100 : Rational(1, 2)
    }

    private static func target(_ name: String, _ parameters: ScorerParameters) throws(ScorerError) -> Rational {
        let target = try parameters.number(name)
        guard target > .zero else { throw parameters.error("expected a target greater than 0, found 0", at: name) }
        return target
    }

    public var facts: [FactRequirement] {
        [FactRequirement("max_vcpus", .number), FactRequirement("max_storage_tb", .number)]
    }

    public func score(_ bid: BidFacts, maximum: Rational) throws(ScorerError) -> Award {
        let vcpus = try bid.number("max_vcpus")
        let storage = try bid.number("max_storage_tb")
        let vcpuMaximum = maximum * vcpuShare
        let storageMaximum = maximum - vcpuMaximum
        let vcpuPoints = min(vcpus / vcpuTarget, .one) * vcpuMaximum
        let storagePoints = min(storage / storageTarget, .one) * storageMaximum
        let (vcpuTarget, storageTarget) = (self.vcpuTarget, self.storageTarget)
        return Award(vcpuPoints + storagePoints) {
            (Phrase("elastic.rule", [
                "vcpus": .quantity(vcpus, .vcpus), "vcpu_target": .quantity(vcpuTarget, .vcpus),
                "vcpu_points": .number(vcpuPoints, decimals: 2), "vcpu_maximum": .number(vcpuMaximum, decimals: 2),
                "storage": .quantity(storage, .terabytes), "storage_target": .quantity(storageTarget, .terabytes),
                "storage_points": .number(storagePoints, decimals: 2), "storage_maximum": .number(storageMaximum, decimals: 2),
            ]), ["max_vcpus": .number(vcpus), "max_storage_tb": .number(storage)])
        }
    }
}
