import VendorScoreCore

/// Where a tender revision stands. Stages run in this order and only forward, one at a time.
///
/// ```swift
/// TenderStage.draft.next          // .declarations
/// TenderStage.scoring.previous    // .complianceReview
/// ```
public enum TenderStage: String, Sendable, Codable, CaseIterable, Comparable {
    /// The officer uploads the rubric and bids and enters the project, opening record and committee.
    case draft
    /// Members declare conflicts of interest against the bidder list.
    case declarations
    /// 符合性审查: the committee finds bids invalid for reasons no fact records.
    case complianceReview = "compliance-review"
    /// Each member scores alone and submits once.
    case scoring
    /// 复核: the leader reviews all marks and records the committee's decisions and corrections.
    case review
    /// Every member confirms or dissents with reasons.
    case signing
    /// Frozen: results, report, record and log are read-only.
    case closed

    public static func < (lhs: TenderStage, rhs: TenderStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The stage's name in Chinese or English: 复核, review.
    public func name(in language: Language) -> String { WorkspaceMessages.stage(self, language) }

    /// The stage after this one, or `nil` when closed.
    public var next: TenderStage? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index + 1 < all.count ? all[index + 1] : nil
    }

    /// The stage before this one, or `nil` for a draft.
    public var previous: TenderStage? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index > 0 ? all[index - 1] : nil
    }

    /// Stages from this one to `closed`, inclusive.
    public var andLater: Set<TenderStage> { Set(Self.allCases.filter { $0 >= self }) }
}
