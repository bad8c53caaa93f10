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
    /// The recommended candidates in rank order (see ``Evaluation/recommended``).
    public var recommended: [String]
    /// The tender file's project, committee, opening record and decisions; `null` without one.
    public var tender: TenderInfo?
    public var warnings: [Warning]

    /// A document assembled from its parts, such as an evaluation record's findings and ranking.
    public init(format: String, rubric: RubricInfo, outcome: Outcome, benchmark: String?, vendors: [Vendor],
                recommended: [String] = [], tender: TenderInfo? = nil, warnings: [Warning]) {
        self.format = format
        self.rubric = rubric
        self.outcome = outcome
        self.benchmark = benchmark
        self.vendors = vendors
        self.recommended = recommended
        self.tender = tender
        self.warnings = warnings
    }

    public struct Text: Codable, Sendable, Equatable {
        public var zh: String?
        public var en: String?

        enum CodingKeys: String, CodingKey {
            case zh, en
        }

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
        /// The tie-break keys after the total, in order: `evaluation-price`, `group:ID`, `criterion:ID`.
        public var tieBreak: [String]
        public var committee: Committee
        /// Groups and their criteria in rubric order, with titles, so a reader needs no rubric file.
        public var groups: [GroupOutline]
        /// Gates in the order they are applied, including the automatic price-ceiling gate.
        public var gates: [GateOutline]

        enum CodingKeys: String, CodingKey {
            case id, version, title, category, method, rounding, committee, groups, gates
            case totalPoints = "total_points"
            case tieBreak = "tie_break"
        }
    }

    /// How the committee's marks on subjective criteria are combined.
    public struct Committee: Codable, Sendable, Equatable {
        /// `mean` or `trimmed-mean`; a criterion may name its own in its parameters.
        public var combine: String
        /// A spread above this percentage of a criterion's points is flagged 畸高畸低.
        public var spreadFlag: String
        /// The number of evaluators the rubric requires, or `null`.
        public var evaluators: Int?

        enum CodingKeys: String, CodingKey {
            case combine, evaluators
            case spreadFlag = "spread_flag"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(combine, forKey: .combine)
            try container.encode(spreadFlag, forKey: .spreadFlag)
            try container.encode(evaluators, forKey: .evaluators)
        }
    }

    public struct GroupOutline: Codable, Sendable, Equatable {
        public var id: String
        public var title: Text
        public var maximum: String
        public var criteria: [CriterionOutline]
    }

    public struct CriterionOutline: Codable, Sendable, Equatable {
        public var id: String
        public var title: Text
        public var scorer: String
        public var scorerVersion: String
        /// `objective` or `subjective`.
        public var nature: String
        public var maximum: String

        enum CodingKeys: String, CodingKey {
            case id, title, scorer, nature, maximum
            case scorerVersion = "scorer_version"
        }
    }

    public struct GateOutline: Codable, Sendable, Equatable {
        public var id: String
        /// `qualification` or `compliance`.
        public var stage: String
        public var title: Text
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
        public var rankNote: Reason?
        public var qualified: Bool
        public var price: String
        public var evaluationPrice: String
        public var adjustments: [Adjustment]
        public var gates: [Gate]
        public var groups: [Group]
        public var criteria: [Criterion]
        public var total: String?
        public var flags: [Flag]

        public init(id: String, name: String, rank: Int?, tiedWith: [String], rankNote: Reason?, qualified: Bool, price: String,
                    evaluationPrice: String, adjustments: [Adjustment], gates: [Gate], groups: [Group], criteria: [Criterion],
                    total: String?, flags: [Flag]) {
            self.id = id
            self.name = name
            self.rank = rank
            self.tiedWith = tiedWith
            self.rankNote = rankNote
            self.qualified = qualified
            self.price = price
            self.evaluationPrice = evaluationPrice
            self.adjustments = adjustments
            self.gates = gates
            self.groups = groups
            self.criteria = criteria
            self.total = total
            self.flags = flags
        }

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
        public var reason: Reason
    }

    public struct Gate: Codable, Sendable, Equatable {
        public var id: String
        /// `qualification` or `compliance`.
        public var stage: String
        public var passed: Bool
        public var reason: Reason
    }

    public struct Group: Codable, Sendable, Equatable {
        public var id: String
        public var points: String
        public var maximum: String

        /// A group's subtotal as a document gives it, with points to the rubric's decimals.
        package init(_ subtotal: GroupSubtotal, rubric: Rubric) {
            self.init(id: subtotal.groupID, points: subtotal.points.fixed(rubric.rounding.decimals),
                      maximum: subtotal.maximum.fixed(rubric.rounding.decimals))
        }

        init(id: String, points: String, maximum: String) {
            self.id = id
            self.points = points
            self.maximum = maximum
        }
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
        /// The raw points as an exact fraction (`13350/493`, or `27` when whole), for readers
        /// that must compare beyond ``rawPoints``' six decimals.
        public var rawExact: String
        public var points: String
        public var reason: Reason
        public var inputs: [Input]
        public var flags: [Flag]

        enum CodingKeys: String, CodingKey {
            case id, group, scorer, nature, maximum, points, reason, inputs, flags
            case scorerVersion = "scorer_version"
            case rawPoints = "raw_points"
            case rawExact = "raw_exact"
        }
    }

    public struct Input: Codable, Sendable, Equatable {
        public var name: String
        /// The value as written canonically: `99.95%`, `4h`, `[鲲鹏, 海光]`.
        public var value: String
    }

    public struct Flag: Codable, Sendable, Equatable {
        public var kind: String
        public var message: Reason
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
        try container.encode(recommended, forKey: .recommended)
        try container.encode(tender, forKey: .tender)
        try container.encode(warnings, forKey: .warnings)
    }
}

extension EvaluationDocument {
    /// The document for an evaluation, with vendors in the evaluation's order (rank order, then
    /// disqualified vendors by id) and gates, criteria and groups in rubric order. `wordedIn` adds
    /// every reason's words in that language beside its structure (a record keeps structure only).
    public init(_ evaluation: Evaluation, wordedIn language: Language? = nil) {
        self.init(summaryOf: evaluation)
        vendors = evaluation.vendors.map { Vendor($0, rubric: evaluation.rubric, wordedIn: language) }
    }

    /// The document without its vendors: the rubric, the outcome, the benchmark and the warnings.
    /// Add the vendors a reader needs with ``Vendor/init(_:rubric:)``.
    public init(summaryOf evaluation: Evaluation) {
        let rubric = evaluation.rubric
        func points(_ value: Rational) -> String { value.fixed(rubric.rounding.decimals) }
        func text(_ localized: LocalizedText) -> Text { Text(zh: localized.zh, en: localized.en) }

        format = Self.formatName
        self.rubric = RubricInfo(
            id: rubric.id, version: rubric.version, title: text(rubric.title),
            category: rubric.category.rawValue, method: rubric.method.rawValue, totalPoints: points(rubric.totalPoints),
            rounding: Rounding(mode: rubric.rounding.mode.rawValue, decimals: rubric.rounding.decimals,
                               criteria: rubric.roundsCriteria),
            tieBreak: rubric.tieBreak.map(\.description),
            committee: Committee(combine: rubric.committee.combination.rawValue,
                                 spreadFlag: (rubric.committee.spreadFlagShare * 100).decimalString(),
                                 evaluators: rubric.committee.evaluators),
            groups: rubric.groups.map { group in
                GroupOutline(id: group.id, title: text(group.title), maximum: points(group.maximum),
                             criteria: group.criteria.map {
                                 CriterionOutline(id: $0.id, title: text($0.title), scorer: $0.scorerID,
                                                  scorerVersion: $0.scorerVersion, nature: $0.nature.rawValue,
                                                  maximum: points($0.maximum))
                             })
            },
            gates: rubric.gates.map { GateOutline(id: $0.id, stage: $0.stage.rawValue, title: text($0.title)) })
        switch evaluation.outcome {
        case .ranked:
            outcome = Outcome(status: "ranked", qualified: evaluation.qualified.count, minimum: rubric.minimumQualified)
        case .tooFewQualified(let qualified, let minimum):
            outcome = Outcome(status: "too-few-qualified", qualified: qualified, minimum: minimum)
        }
        benchmark = evaluation.benchmark?.decimalString()
        vendors = []
        recommended = evaluation.recommended
        tender = evaluation.tender.map(TenderInfo.init)
        // Written in English, the words the record has always kept, so a record does not depend on
        // the language of the run that made it.
        let english = DiagnosticText(.en)
        warnings = evaluation.warnings.map { diagnostic in
            Warning(severity: diagnostic.severity.rawValue, location: diagnostic.location?.description,
                    path: diagnostic.path, message: english.render(diagnostic.message), hint: diagnostic.hint.map(english.render))
        }
    }
}

extension EvaluationDocument.Vendor {
    /// One vendor's result as the document writes it; `wordedIn` adds each reason's words in that language.
    public init(_ vendor: VendorResult, rubric: Rubric, wordedIn language: Language? = nil) {
        typealias Document = EvaluationDocument
        func points(_ value: Rational) -> String { value.fixed(rubric.rounding.decimals) }
        func reason(_ phrase: Phrase) -> Document.Reason { Document.Reason(phrase, wordedIn: language) }
        self.init(
            id: vendor.id, name: vendor.name, rank: vendor.rank, tiedWith: vendor.tiedWith, rankNote: vendor.rankNote.map(reason),
            qualified: vendor.qualified, price: vendor.price.decimalString(),
            evaluationPrice: vendor.evaluationPrice.decimalString(),
            adjustments: vendor.adjustments.map {
                Document.Adjustment(kind: $0.kind.rawValue, rate: $0.rate.decimalString(), reason: reason($0.reason))
            },
            gates: vendor.gates.map { Document.Gate(id: $0.gateID, stage: $0.stage.rawValue, passed: $0.passed, reason: reason($0.reason)) },
            groups: vendor.groups.map { Document.Group($0, rubric: rubric) },
            criteria: vendor.criteria.map { Document.Criterion($0, decimals: rubric.rounding.decimals, wordedIn: language) },
            total: vendor.total.map(points), flags: vendor.flags.map { Document.Flag($0, wordedIn: language) })
    }
}

extension EvaluationDocument.Criterion {
    /// One criterion's result as the document writes it, points to `decimals`.
    init(_ criterion: CriterionResult, decimals: Int, wordedIn language: Language?) {
        let explanation = criterion.explanation
        self.init(id: criterion.criterionID, group: criterion.groupID, scorer: criterion.scorerID, scorerVersion: criterion.scorerVersion,
                  nature: criterion.nature.rawValue, maximum: criterion.maximum.fixed(decimals),
                  rawPoints: criterion.rawPoints.decimalString(), rawExact: criterion.rawPoints.description,
                  points: criterion.points.fixed(decimals), reason: EvaluationDocument.Reason(explanation.reason, wordedIn: language),
                  inputs: explanation.inputs.map { EvaluationDocument.Input(name: $0.name, value: $0.value.description) },
                  flags: criterion.flags.map { EvaluationDocument.Flag($0, wordedIn: language) })
    }
}

extension EvaluationDocument.Flag {
    /// A flag as the document writes it.
    init(_ flag: VendorScoreCore.Flag, wordedIn language: Language?) {
        self.init(kind: flag.kind.rawValue, message: EvaluationDocument.Reason(flag.message, wordedIn: language), criterion: flag.criterion)
    }
}
