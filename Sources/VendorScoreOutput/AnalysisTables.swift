import VendorScoreAnalysis
import VendorScoreCore

/// The analysis as titled sections of plain tables, worded in one language: what the text and
/// Markdown outputs print and the report's robustness section lays out.
///
/// ```swift
/// let tables = AnalysisTables(analysis, rubric: evaluation.rubric, language: .zh)
/// for section in tables.sections { print(section.title, section.tables.count) }
/// ```
public struct AnalysisTables: Sendable {
    public struct Table: Sendable {
        /// A caption, when the section has more than one table.
        public var title: String? = nil
        public var columns: [String]
        public var alignments: [TextAlignment]
        public var rows: [[String]]
    }

    public struct Section: Sendable {
        public var title: String
        public var notes: [String]
        public var tables: [Table]
    }

    public let labels: AnalysisLabels
    public var sections: [Section] = []

    public init(_ analysis: Analysis, rubric: Rubric, language: Language) {
        labels = AnalysisLabels(language)
        let names = Dictionary(uniqueKeysWithValues: zip(analysis.table.vendors, analysis.table.names))
        let vendor = { (id: String) in names[id].map { "\($0) (\(id))" } ?? id }
        sections = [
            sensitivity(analysis, rubric: rubric, vendor: vendor),
            influence(analysis, rubric: rubric, vendor: vendor),
            smaa(analysis, rubric: rubric, vendor: vendor),
            secondOpinions(analysis, vendor: vendor),
        ]
    }

    /// `12.5–40`, exact decimals with `…` where a bound does not end within two decimals.
    public static func interval(_ interval: PointsInterval?, none: String) -> String {
        guard let interval else { return none }
        return interval.lower.decimalString(maxDecimals: 2) + "–" + interval.upper.decimalString(maxDecimals: 2)
    }

    static func signed(_ value: Rational) -> String {
        (value.isNegative ? "" : "+") + value.decimalString(maxDecimals: 2)
    }

    /// A share (0…1) as a percentage with one decimal.
    public static func percent(_ share: Double) -> String {
        (share * 100).formatted(decimals: 1) + "%"
    }

    private func sensitivity(_ analysis: Analysis, rubric: Rubric, vendor: (String) -> String) -> Section {
        let groupTitles = Dictionary(uniqueKeysWithValues: rubric.groups.map { ($0.id, $0.title.text(preferring: labels.language)) })
        let criteria = rubric.criteria
        let criterionTitles = Dictionary(uniqueKeysWithValues: criteria.map { ($0.id, $0.title.text(preferring: labels.language)) })
        let scaling = Dictionary(uniqueKeysWithValues: zip(criteria.map(\.id), analysis.scaling))
        let rows = analysis.sensitivity.map { item -> [String] in
            let title = (item.kind == .group ? groupTitles[item.id] : criterionTitles[item.id]) ?? item.id
            let change = item.smallestChange
            return [
                title, item.kind == .group ? labels.group : labels.criterion, item.current.decimalString(maxDecimals: 2),
                Self.interval(item.winnerInterval, none: labels.none), Self.interval(item.topThreeInterval, none: labels.none),
                change.map { Self.signed($0.change) } ?? labels.noChange, change.map { vendor($0.newWinner) } ?? "",
                item.kind == .criterion ? scaling[item.id].map(labels.scaling) ?? "" : "",
            ]
        }
        return Section(title: labels.sensitivity, notes: [labels.sensitivityNote], tables: [Table(
            columns: [labels.item, labels.kind, labels.current, labels.winnerInterval, labels.topThreeInterval,
                      labels.smallestChange, labels.newWinner, labels.scaling],
            alignments: [.left, .left, .right, .right, .right, .right, .left, .left], rows: rows)])
    }

    private func influence(_ analysis: Analysis, rubric: Rubric, vendor: (String) -> String) -> Section {
        let influence = analysis.influence
        guard !influence.evaluators.isEmpty else {
            return Section(title: labels.influence, notes: [labels.noEvaluators], tables: [])
        }
        let members = influence.members.map { member -> [String] in
            guard let winner = member.winner else { return [member.evaluator, labels.failed, "", member.failure.map(PhraseText(labels.language).render) ?? ""] }
            return [member.evaluator, vendor(winner), winner == influence.winner ? labels.no : labels.yes,
                    member.ranking.prefix(3).map(\.vendor).joined(separator: ", ")]
        }
        let titles = Dictionary(uniqueKeysWithValues: rubric.criteria.map { ($0.id, $0.title.text(preferring: labels.language)) })
        let swaps = influence.swaps.map { swap -> [String] in
            [swap.evaluator, titles[swap.criterion] ?? swap.criterion, labels.target(lowerWinner: swap.target == .lowerWinner),
             swap.from.decimalString(maxDecimals: 2), swap.to.decimalString(maxDecimals: 2), Self.signed(swap.change)]
        }
        var tables = [Table(title: labels.withoutMember, columns: [labels.evaluator, labels.winnerWithout, labels.winnerChanges, labels.rankingWithout],
                            alignments: [.left, .left, .left, .left], rows: members)]
        var notes = [labels.influenceNote]
        if swaps.isEmpty {
            notes.append(labels.noSwap)
        } else {
            tables.append(Table(title: labels.swaps, columns: [labels.evaluator, labels.criterionColumn, labels.whose, labels.from, labels.to, labels.change],
                                alignments: [.left, .left, .left, .right, .right, .right], rows: swaps))
        }
        return Section(title: labels.influence, notes: notes, tables: tables)
    }

    private func smaa(_ analysis: Analysis, rubric: Rubric, vendor: (String) -> String) -> Section {
        let result = analysis.smaa
        let options = result.options
        let weights: String
        switch options.weights {
        case .simplex: weights = labels.simplex
        case .around(let percent): weights = labels.around(percent.formatted(decimals: 1))
        }
        let noise = options.markNoise.flatMap { $0 > 0 ? labels.noise($0.formatted(decimals: 2)) : nil }
        let acceptability = result.acceptability
        let ranks = result.vendors.indices.map { rank in labels.rank(rank + 1) }
        let rows = result.vendors.indices.map { index -> [String] in
            [vendor(result.vendors[index]), "\(analysis.table.ranks[index])"] + acceptability[index].map(Self.percent)
                + [result.confidence[index].map(Self.percent) ?? "–"]
        }
        let acceptabilityTable = Table(title: labels.acceptabilityChart, columns: [labels.vendor, labels.officialRank] + ranks + [labels.confidence],
                                       alignments: [.left, .right] + ranks.map { _ in .right } + [.right], rows: rows)
        // Central weights summed by group, beside the rubric's own group shares.
        let groups = rubric.groups
        let table = analysis.table
        func byGroup(_ weights: [Double]) -> [String] {
            groups.indices.map { group in
                Self.percent(table.criteria.indices.filter { table.criterionGroups[$0] == group }.reduce(0.0) { $0 + weights[$1] })
            }
        }
        var central = [[labels.rubricWeights] + byGroup(table.weightDoubles)]
        for (index, weights) in result.centralWeights.enumerated() {
            if let weights { central.append([vendor(result.vendors[index])] + byGroup(weights)) }
        }
        let centralTable = Table(title: labels.centralWeights, columns: [labels.vendor] + groups.map { $0.title.text(preferring: labels.language) },
                                 alignments: [.left] + groups.map { _ in .right }, rows: central)
        return Section(title: labels.smaa, notes: [labels.smaaNote(samples: options.samples, seed: options.seed, weights: weights, noise: noise),
                                                   labels.centralWeightsNote],
                       tables: [acceptabilityTable, centralTable])
    }

    private func secondOpinions(_ analysis: Analysis, vendor: (String) -> String) -> Section {
        let opinions = analysis.secondOpinions
        let rows = opinions.vendors.indices.map { index -> [String] in
            [vendor(opinions.vendors[index]), "\(opinions.officialRanks[index])"]
                + opinions.methods.map { "\($0.ranks[index]) (\($0.scores[index].formatted(decimals: 4)))" }
        }
        let tau = [labels.kendall, "1"] + opinions.methods.map { $0.tau.formatted(decimals: 3) }
        return Section(title: labels.secondOpinions, notes: [labels.secondOpinionsNote], tables: [Table(
            columns: [labels.vendor, labels.officialRank] + opinions.methods.map(\.method.rawValue),
            alignments: [.left, .right] + opinions.methods.map { _ in .right }, rows: rows + [tau])])
    }
}

extension Double {
    /// Fixed decimals, rounded half away from zero, written without the locale: the same text on
    /// every machine.
    func formatted(decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(self) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        let sign = self < 0 && scaled > 0 ? "-" : ""
        guard decimals > 0 else { return sign + "\(whole)" }
        let digits = String(fraction)
        return sign + "\(whole)." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}
