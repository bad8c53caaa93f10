import VendorScoreOutput

/// The findings part of a record: what was decided about each vendor before ranking. The rubric's
/// outline, the benchmark, and per vendor its gates with reasons, price adjustments and evaluation
/// price, every criterion's facts, rule, raw and rounded points and reason, and its flags.
///
/// Vendors are sorted by id, so the order of the bids file never shows here.
///
/// ```swift
/// let findings = RecordFindings(EvaluationDocument(evaluation))
/// findings.vendors.first?.criteria.first?.rawExact   // "13350/493"
/// ```
public struct RecordFindings: Codable, Sendable, Equatable {
    public typealias Document = EvaluationDocument

    public var rubric: Document.RubricInfo
    /// 评标基准价: the lowest evaluation price among qualified bids; `null` when nothing was scored or
    /// price is scored by a rule other than 第55条's.
    public var benchmark: String?
    public var vendors: [Vendor]
    /// The committee and its decisions from the tender file, when the evaluation had one. Left
    /// out otherwise, so records made without a tender file keep their seal.
    public var tender: Document.TenderInfo?

    public struct Vendor: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var qualified: Bool
        public var price: String
        public var evaluationPrice: String
        public var adjustments: [Document.Adjustment]
        public var gates: [Document.Gate]
        public var criteria: [Document.Criterion]
        public var flags: [Document.Flag]

        enum CodingKeys: String, CodingKey {
            case id, name, qualified, price, adjustments, gates, criteria, flags
            case evaluationPrice = "evaluation_price"
        }

        /// What was decided about one vendor of a document.
        public init(_ vendor: Document.Vendor) {
            self.init(id: vendor.id, name: vendor.name, qualified: vendor.qualified, price: vendor.price,
                      evaluationPrice: vendor.evaluationPrice, adjustments: vendor.adjustments, gates: vendor.gates,
                      criteria: vendor.criteria, flags: vendor.flags)
        }

        public init(id: String, name: String, qualified: Bool, price: String, evaluationPrice: String,
                    adjustments: [Document.Adjustment], gates: [Document.Gate], criteria: [Document.Criterion], flags: [Document.Flag]) {
            self.id = id
            self.name = name
            self.qualified = qualified
            self.price = price
            self.evaluationPrice = evaluationPrice
            self.adjustments = adjustments
            self.gates = gates
            self.criteria = criteria
            self.flags = flags
        }
    }

    public init(_ document: Document) {
        rubric = document.rubric
        benchmark = document.benchmark
        vendors = document.vendors.sorted { $0.id < $1.id }.map(Vendor.init)
        tender = document.tender
    }

    enum CodingKeys: String, CodingKey {
        case rubric, benchmark, vendors, tender
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rubric, forKey: .rubric)
        try container.encode(benchmark, forKey: .benchmark)
        try container.encode(vendors, forKey: .vendors)
        // Without a revision key when there is none, as records have always been written.
        try container.encodeIfPresent(tender.map(Document.TenderInfo.OmittingAbsentRevision.init), forKey: .tender)
    }
}
