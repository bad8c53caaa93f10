import VendorScoreCore
/// One decision of the committee, as the tender file records it: what was decided, why, by whom
/// and when. Corrections of marks are ``MarkCorrection``s and dissents are ``Signature``s.
///
/// ```swift
/// let decision = CommitteeDecision(
///     content: .abnormalPrice(vendor: "kingsoft", accepted: false),
///     reason: "未能证明报价合理", decidedBy: UserID("u1"), decidedAt: Timestamp(millisecondsSince1970: 0))
/// ```
public struct CommitteeDecision: Hashable, Sendable, Codable {
    public var content: Content
    public var reason: String
    public var decidedBy: UserID
    public var decidedAt: Timestamp

    public init(content: Content, reason: String, decidedBy: UserID, decidedAt: Timestamp) {
        self.content = content
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }

    public var kind: DecisionKind { content.kind }

    /// What the committee decided.
    public enum Content: Hashable, Sendable, Codable {
        /// On an abnormally-low-price flag (第60条): explanation accepted, or rejected (the bid is invalid).
        case abnormalPrice(vendor: String, accepted: Bool)
        /// A bid invalid for a reason no fact records, found at the given stage.
        case invalidBid(vendor: String, stage: TenderStage)
        /// 澄清、说明、补正, as text, optionally about one bidder.
        case clarification(vendor: String?, text: String)
        /// How many candidates to recommend.
        case recommendedCandidates(Int)

        public var kind: DecisionKind {
            switch self {
            case .abnormalPrice: return .abnormalPrice
            case .invalidBid: return .invalidBid
            case .clarification: return .clarification
            case .recommendedCandidates: return .recommendedCandidates
            }
        }

        /// The bidder the decision is about, if any.
        public var vendor: String? {
            switch self {
            case .abnormalPrice(let vendor, _), .invalidBid(let vendor, _): return vendor
            case .clarification(let vendor, _): return vendor
            case .recommendedCandidates: return nil
            }
        }
    }

    /// Checks the decision against the bidders: a named vendor must be one, a reason must be
    /// given, and at least one candidate is recommended.
    public func validate(bidders: Set<String>) throws(WorkspaceError) {
        if let vendor = content.vendor, !bidders.contains(vendor) { throw .decision(.unknownVendor(vendor)) }
        if reason.allSatisfy(\.isWhitespace) { throw .decision(.missingReason) }
        switch content {
        case .recommendedCandidates(let count) where count < 1: throw .decision(.candidatesBelowOne(count))
        case .clarification(_, let text) where text.allSatisfy(\.isWhitespace): throw .decision(.emptyClarification)
        default: break
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, vendor, accepted, stage, text, count, reason, decidedBy = "decided-by", decidedAt = "decided-at" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        reason = try container.decode(String.self, forKey: .reason)
        decidedBy = try container.decode(UserID.self, forKey: .decidedBy)
        decidedAt = try container.decode(Timestamp.self, forKey: .decidedAt)
        switch try container.decode(DecisionKind.self, forKey: .kind) {
        case .abnormalPrice:
            content = .abnormalPrice(vendor: try container.decode(String.self, forKey: .vendor), accepted: try container.decode(Bool.self, forKey: .accepted))
        case .invalidBid:
            content = .invalidBid(vendor: try container.decode(String.self, forKey: .vendor), stage: try container.decode(TenderStage.self, forKey: .stage))
        case .clarification:
            content = .clarification(vendor: try container.decodeIfPresent(String.self, forKey: .vendor), text: try container.decode(String.self, forKey: .text))
        case .recommendedCandidates:
            content = .recommendedCandidates(try container.decode(Int.self, forKey: .count))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch content {
        case .abnormalPrice(let vendor, let accepted):
            try container.encode(vendor, forKey: .vendor)
            try container.encode(accepted, forKey: .accepted)
        case .invalidBid(let vendor, let stage):
            try container.encode(vendor, forKey: .vendor)
            try container.encode(stage, forKey: .stage)
        case .clarification(let vendor, let text):
            try container.encodeIfPresent(vendor, forKey: .vendor)
            try container.encode(text, forKey: .text)
        case .recommendedCandidates(let count):
            try container.encode(count, forKey: .count)
        }
        try container.encode(reason, forKey: .reason)
        try container.encode(decidedBy, forKey: .decidedBy)
        try container.encode(decidedAt, forKey: .decidedAt)
    }
}

/// The kinds of committee decision; the policy allows each at its own stages.
public enum DecisionKind: String, Hashable, Sendable, Codable, CaseIterable {
    case abnormalPrice = "abnormal-price"
    case invalidBid = "invalid-bid"
    case clarification
    case recommendedCandidates = "recommended-candidates"
}

/// Why a committee decision is refused.
public enum DecisionProblem: Hashable, Sendable, CustomStringConvertible {
    case unknownVendor(String)
    case missingReason
    case candidatesBelowOne(Int)
    case emptyClarification

    public var description: String { text(in: .en) }
    /// The message in Chinese or English.
    public func text(in language: Language) -> String { WorkspaceMessages.decisionProblem(self, language) }
}
