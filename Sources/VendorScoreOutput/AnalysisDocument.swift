import Foundation
import VendorScoreAnalysis
import VendorScoreCore

/// The analysis as JSON (`vendorscore/analysis@1`), described by `docs/schemas/analysis.schema.json`.
/// Exact values are given as a decimal (ending in `…` when cut at six decimals) and as a fraction;
/// sampled and floating-point values are JSON numbers. Keys are sorted, so the same inputs and
/// seed give the same bytes.
///
/// ```swift
/// let json = try AnalysisDocument(analysis, rubric: evaluation.rubric).json()
/// ```
public struct AnalysisDocument: Encodable, Sendable {
    struct Exact: Encodable, Sendable {
        var decimal: String
        var fraction: String

        init(_ value: Rational) {
            decimal = value.decimalString()
            fraction = value.description
        }
    }

    struct Interval: Encodable, Sendable {
        var lower: Exact
        var upper: Exact
    }

    struct Change: Encodable, Sendable {
        var points: Exact
        var change: Exact
        var newWinner: String
    }

    struct Sensitivity: Encodable, Sendable {
        var kind: String
        var id: String
        var current: Exact
        var winnerInterval: Nullable<Interval>
        var topThreeInterval: Nullable<Interval>
        var decrease: Nullable<Change>
        var increase: Nullable<Change>
        var smallestChange: Nullable<Change>
    }

    struct Vendor: Encodable, Sendable {
        var id: String
        var name: String
        var officialRank: Int
    }

    struct Criterion: Encodable, Sendable {
        var id: String
        var group: String
        var points: Exact
        var scaling: String
    }

    struct Member: Encodable, Sendable {
        struct Place: Encodable, Sendable {
            var vendor: String
            var rank: Int
        }

        var evaluator: String
        var ranking: [Place]
        var winner: Nullable<String>
        var winnerChanges: Nullable<Bool>
        var failure: Nullable<String>
    }

    struct Swap: Encodable, Sendable {
        var evaluator: String
        var criterion: String
        var target: String
        var from: Exact
        var to: Exact
        var change: Exact
    }

    struct Influence: Encodable, Sendable {
        var winner: String
        var runnerUp: String
        var markStep: Exact
        var evaluators: [String]
        var members: [Member]
        var swaps: [Swap]
    }

    struct Weights: Encodable, Sendable {
        var mode: String
        var percent: Nullable<Double>
    }

    struct SMAAPart: Encodable, Sendable {
        var generator: String
        var blockSize: Int
        var samples: Int
        var seed: UInt64
        var weights: Weights
        var markNoise: Nullable<Double>
        var rankCounts: [[Int]]
        var acceptability: [[Double]]
        var centralWeights: [[Double]?]
        var confidence: [Double?]
    }

    struct Opinion: Encodable, Sendable {
        var method: String
        var higherIsBetter: Bool
        var scores: [Double]
        var ranks: [Int]
        var kendallTauB: Double
    }

    var format = "vendorscore/analysis@1"
    var advisory: String
    var rubric: [String: String]
    var vendors: [Vendor]
    var criteria: [Criterion]
    var sensitivity: [Sensitivity]
    var influence: Influence
    var smaa: SMAAPart
    var secondOpinions: [Opinion]

    public init(_ analysis: Analysis, rubric: Rubric) {
        let table = analysis.table
        advisory = AnalysisLabels(.en).advisory
        self.rubric = ["id": rubric.id, "version": rubric.version]
        vendors = table.vendors.indices.map { Vendor(id: table.vendors[$0], name: table.names[$0], officialRank: table.ranks[$0]) }
        criteria = table.criteria.indices.map {
            Criterion(id: table.criteria[$0], group: table.groups[table.criterionGroups[$0]], points: Exact(table.maxima[$0]),
                      scaling: analysis.scaling[$0].rawValue)
        }
        func interval(_ value: PointsInterval?) -> Interval? {
            value.map { Interval(lower: Exact($0.lower), upper: Exact($0.upper)) }
        }
        func change(_ value: WeightSensitivity.Change?) -> Change? {
            value.map { Change(points: Exact($0.points), change: Exact($0.change), newWinner: $0.newWinner) }
        }
        sensitivity = analysis.sensitivity.map {
            Sensitivity(kind: $0.kind.rawValue, id: $0.id, current: Exact($0.current),
                        winnerInterval: Nullable(interval($0.winnerInterval)), topThreeInterval: Nullable(interval($0.topThreeInterval)),
                        decrease: Nullable(change($0.decrease)), increase: Nullable(change($0.increase)),
                        smallestChange: Nullable(change($0.smallestChange)))
        }
        let expert = analysis.influence
        influence = Influence(
            winner: expert.winner, runnerUp: expert.runnerUp, markStep: Exact(ExpertInfluence.markStep), evaluators: expert.evaluators,
            members: expert.members.map { member in
                Member(evaluator: member.evaluator, ranking: member.ranking.map { Member.Place(vendor: $0.vendor, rank: $0.rank) },
                       winner: Nullable(member.winner), winnerChanges: Nullable(member.winner.map { $0 != expert.winner }),
                       failure: Nullable(member.failure.map(PhraseText(.en).render)))
            },
            swaps: expert.swaps.map {
                Swap(evaluator: $0.evaluator, criterion: $0.criterion, target: $0.target.rawValue, from: Exact($0.from),
                     to: Exact($0.to), change: Exact($0.change))
            })
        let result = analysis.smaa
        let weights: Weights
        switch result.options.weights {
        case .simplex: weights = Weights(mode: "simplex", percent: Nullable(nil))
        case .around(let percent): weights = Weights(mode: "around", percent: Nullable(percent))
        }
        smaa = SMAAPart(generator: "xoshiro256** seeded by SplitMix64", blockSize: SMAA.blockSize, samples: result.options.samples,
                        seed: result.options.seed, weights: weights, markNoise: Nullable(result.options.markNoise),
                        rankCounts: result.rankCounts, acceptability: result.acceptability, centralWeights: result.centralWeights,
                        confidence: result.confidence)
        secondOpinions = analysis.secondOpinions.methods.map {
            Opinion(method: $0.method.rawValue, higherIsBetter: $0.method.higherIsBetter, scores: $0.scores, ranks: $0.ranks,
                    kendallTauB: $0.tau)
        }
    }

    /// An optional value written as `null` when absent, instead of leaving its key out.
    struct Nullable<Value: Encodable & Sendable>: Encodable, Sendable {
        var value: Value?

        init(_ value: Value?) {
            self.value = value
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }

    /// Pretty-printed JSON with sorted keys, snake_case names and a final newline; optional
    /// values are written as `null`, never left out.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
