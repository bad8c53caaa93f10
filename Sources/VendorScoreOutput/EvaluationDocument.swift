import VendorScoreCore

/// The JSON form of an ``Evaluation`` (`vendorscore/evaluation@1`), as written by
/// ``JSONRenderer`` and described by `docs/schemas/evaluation.schema.json`.
///
/// Every quantity is a decimal string so no reader loses precision to floating point: points
/// with the rubric's decimals (`"27.08"`), raw points and prices as exact decimals (`"8874000"`,
/// `"27.244897…"` when a fraction does not end within six decimals). Optional values are written
/// as `null`, never left out, so every key is always present.
///
/// ```swift
/// let document = EvaluationDocument(evaluation)
/// let decoded = try JSONDecoder().decode(EvaluationDocument.self, from: data)
/// ```
public struct EvaluationDocument: Codable, Sendable, Equatable {
    public static let formatName = "vendorscore/evaluation@1"

    public var format: String
    public var rubric: RubricInfo
    public var outcome: Outcome
    public var benchmark: String?
    public var vendors: [Vendor]
    public var warnings: [Warning]

    public struct Text: Codable, Sendable, Equatable {
        public var zh: String?
        public var en: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(zh, forKey: .zh)
            try container.encode(en, forKey: .en)
        }
    }

    public struct Rounding: Codable, Sendable, Equatable {
        public var mode: String
        public var decimals: Int
        /// Whether each criterion is rounded before adding up, or only the total.
        public var criteria: Bool
    }

    public struct RubricInfo: Codable, Sendable, Equatable {
        public var id: String
        public var version: String
        public var title: Text
        public var category: String
        public var method: String
        public var totalPoints: String
        public var rounding: Rounding

        enum CodingKeys: String, CodingKey {
            case id, version, title, category, method, rounding
            case totalPoints = "total_points"
        }
    }

    public struct Outcome: Codable, Sendable, Equatable {
        /// `ranked` or `too-few-qualified`.
        public var status: String
        public var qualified: Int
        public var minimum: Int
    }

    public struct Vendor: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var rank: Int?
        public var tiedWith: [String]
        public var rankNote: String?
        public var qualified: Bool
        public var price: String
        public var evaluationPrice: String
        public var adjustments: [Adjustment]
        public var gates: [Gate]
        public var groups: [Group]
        public var criteria: [Criterion]
        public var total: String?
        public var flags: [Flag]

        enum CodingKeys: String, CodingKey {
            case id, name, rank, qualified, price, adjustments, gates, groups, criteria, total, flags
            case tiedWith = "tied_with"
            case rankNote = "rank_note"
            case evaluationPrice = "evaluation_price"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(rank, forKey: .rank)
            try container.encode(tiedWith, forKey: .tiedWith)
            try container.encode(rankNote, forKey: .rankNote)
            try container.encode(qualified, forKey: .qualified)
            try container.encode(price, forKey: .price)
            try container.encode(evaluationPrice, forKey: .evaluationPrice)
            try container.encode(adjustments, forKey: .adjustments)
            try container.encode(gates, forKey: .gates)
            try container.encode(groups, forKey: .groups)
            try container.encode(criteria, forKey: .criteria)
            try container.encode(total, forKey: .total)
            try container.encode(flags, forKey: .flags)
        }
    }

    public struct Adjustment: Codable, Sendable, Equatable {
        /// `small-enterprise`, `consortium` or `domestic-product`.
        public var kind: String
        /// The deduction in percent.
        public var rate: String
        public var reason: String
    }

    public struct Gate: Codable, Sendable, Equatable {
        public var id: String
        /// `qualification` or `compliance`.
        public var stage: String
        public var passed: Bool
        public var reason: String
    }

    public struct Group: Codable, Sendable, Equatable {
        public var id: String
        public var points: String
        public var maximum: String
    }

    public struct Criterion: Codable, Sendable, Equatable {
        public var id: String
        public var group: String
        public var scorer: String
        public var scorerVersion: String
        /// `objective` or `subjective`.
        public var nature: String
        public var maximum: String
        public var rawPoints: String
        public var points: String
        public var reason: String
        public var inputs: [Input]
        public var flags: [Flag]

        enum CodingKeys: String, CodingKey {
            case id, group, scorer, nature, maximum, points, reason, inputs, flags
            case scorerVersion = "scorer_version"
            case rawPoints = "raw_points"
        }
    }

    public struct Input: Codable, Sendable, Equatable {
        public var name: String
        /// The value as written canonically: `99.95%`, `4h`, `[鲲鹏, 海光]`.
        public var value: String
    }

    public struct Flag: Codable, Sendable, Equatable {
        public var kind: String
        public var message: String
        public var criterion: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(message, forKey: .message)
            try container.encode(criterion, forKey: .criterion)
        }
    }

    public struct Warning: Codable, Sendable, Equatable {
        /// `warning` or `error`.
        public var severity: String
        /// `file:line:column`, or `null` when the problem concerns no one place.
        public var location: String?
        public var path: String
        public var message: String
        public var hint: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(location, forKey: .location)
            try container.encode(path, forKey: .path)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(rubric, forKey: .rubric)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(benchmark, forKey: .benchmark)
        try container.encode(vendors, forKey: .vendors)
        try container.encode(warnings, forKey: .warnings)
    }
}

extension EvaluationDocument {
    /// The document for an evaluation, with vendors in the evaluation's order (rank order, then
    /// disqualified vendors by id) and gates, criteria and groups in rubric order.
    public init(_ evaluation: Evaluation) {
        let rubric = evaluation.rubric
        let decimals = rubric.rounding.decimals
        func points(_ value: Rational) -> String { value.fixed(decimals) }
        func flags(_ list: [VendorScoreCore.Flag]) -> [Flag] {
            list.map { Flag(kind: $0.kind.rawValue, message: $0.message, criterion: $0.criterion) }
        }

        format = Self.formatName
        self.rubric = RubricInfo(
            id: rubric.id, version: rubric.version, title: Text(zh: rubric.title.zh, en: rubric.title.en),
            category: rubric.category.rawValue, method: rubric.method.rawValue, totalPoints: points(rubric.totalPoints),
            rounding: Rounding(mode: rubric.rounding.mode.rawValue, decimals: decimals, criteria: rubric.roundsCriteria))
        switch evaluation.outcome {
        case .ranked:
            outcome = Outcome(status: "ranked", qualified: evaluation.qualified.count, minimum: rubric.minimumQualified)
        case .tooFewQualified(let qualified, let minimum):
            outcome = Outcome(status: "too-few-qualified", qualified: qualified, minimum: minimum)
        }
        benchmark = evaluation.benchmark?.decimalString()
        vendors = evaluation.vendors.map { vendor in
            Vendor(
                id: vendor.id, name: vendor.name, rank: vendor.rank, tiedWith: vendor.tiedWith, rankNote: vendor.rankNote,
                qualified: vendor.qualified, price: vendor.price.decimalString(),
                evaluationPrice: vendor.evaluationPrice.decimalString(),
                adjustments: vendor.adjustments.map {
                    Adjustment(kind: $0.kind.rawValue, rate: $0.rate.decimalString(), reason: $0.reason)
                },
                gates: vendor.gates.map { Gate(id: $0.gateID, stage: $0.stage.rawValue, passed: $0.passed, reason: $0.reason) },
                groups: vendor.groups.map { Group(id: $0.groupID, points: points($0.points), maximum: points($0.maximum)) },
                criteria: vendor.criteria.map { criterion in
                    Criterion(
                        id: criterion.criterionID, group: criterion.groupID, scorer: criterion.scorerID,
                        scorerVersion: criterion.scorerVersion, nature: criterion.nature.rawValue,
                        maximum: points(criterion.maximum), rawPoints: criterion.rawPoints.decimalString(),
                        points: points(criterion.points), reason: criterion.reason,
                        inputs: criterion.inputs.map { Input(name: $0.name, value: $0.value.description) },
                        flags: flags(criterion.flags))
                },
                total: vendor.total.map(points), flags: flags(vendor.flags))
        }
        warnings = evaluation.warnings.map { diagnostic in
            Warning(severity: diagnostic.severity.rawValue, location: diagnostic.location?.description,
                    path: diagnostic.path, message: diagnostic.message, hint: diagnostic.hint)
        }
    }
}
