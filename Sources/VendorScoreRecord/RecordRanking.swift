import VendorScoreCore
import VendorScoreOutput

/// The evaluation part of a record: the outcome and, for every vendor, its group subtotals,
/// total, rank, the vendors it is tied with and how its place was decided.
///
/// Qualified vendors come in rank order (equal ranks by id), then disqualified vendors by id: the
/// order depends only on the result.
///
/// ```swift
/// let ranking = RecordRanking(EvaluationDocument(evaluation))
/// ranking.standings.first?.rank   // 1
/// ```
public struct RecordRanking: Codable, Sendable, Equatable {
    public typealias Document = EvaluationDocument

    public var outcome: Document.Outcome
    public var standings: [Standing]
    /// The recommended candidates in rank order; absent from records made before VendorScore 0.2.0.
    public var recommended: [String]?

    public struct Standing: Codable, Sendable, Equatable {
        public var id: String
        public var rank: Int?
        public var tiedWith: [String]
        /// How the place against the vendor above was decided when totals were equal.
        public var rankNote: EvaluationDocument.Reason?
        public var total: String?
        public var groups: [Document.Group]

        enum CodingKeys: String, CodingKey {
            case id, rank, total, groups
            case tiedWith = "tied_with"
            case rankNote = "rank_note"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(rank, forKey: .rank)
            try container.encode(tiedWith, forKey: .tiedWith)
            try container.encode(rankNote, forKey: .rankNote)
            try container.encode(total, forKey: .total)
            try container.encode(groups, forKey: .groups)
        }

        /// One vendor's place in a document.
        public init(_ vendor: Document.Vendor) {
            self.init(id: vendor.id, rank: vendor.rank, tiedWith: vendor.tiedWith, rankNote: vendor.rankNote,
                      total: vendor.total, groups: vendor.groups)
        }

        /// One vendor's place in an evaluation, as its document gives it, without building the
        /// rest of the document.
        init(_ vendor: VendorResult, rubric: Rubric) {
            self.init(id: vendor.id, rank: vendor.rank, tiedWith: vendor.tiedWith,
                      rankNote: vendor.rankNote.map { EvaluationDocument.Reason($0, wordedIn: nil) },
                      total: vendor.total.map { $0.fixed(rubric.rounding.decimals) },
                      groups: vendor.groups.map { Document.Group($0, rubric: rubric) })
        }

        public init(id: String, rank: Int?, tiedWith: [String], rankNote: EvaluationDocument.Reason?, total: String?, groups: [Document.Group]) {
            self.id = id
            self.rank = rank
            self.tiedWith = tiedWith
            self.rankNote = rankNote
            self.total = total
            self.groups = groups
        }
    }

    public init(_ document: Document) {
        outcome = document.outcome
        standings = document.vendors.map(Standing.init)
        recommended = document.recommended
    }
}
