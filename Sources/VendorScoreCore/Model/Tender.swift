/// What a real evaluation holds beside the rubric and the bids (`vendorscore/tender@1`): the
/// project, the committee and its conflict declarations, the opening record (开标记录), and the
/// committee's decisions. Load one with ``TenderLoader``; check it against a rubric and bids with
/// ``TenderChecker``; the engine applies its decisions as inputs.
///
/// ```swift
/// let tender = try TenderLoader().load(path: "examples/government-cloud/tender.yaml")
/// let evaluation = try Engine().evaluate(rubric: rubric, bids: bids, tender: tender)
/// print(evaluation.recommended)   // ["ctyun", "inspur", "huawei"]
/// ```
public struct Tender: Sendable {
    /// The rubric id this file is for, when it names one.
    public var tenderID: String?
    public var project: TenderProject
    public var committee: Committee
    /// Each bidder's quoted price as read out at the opening, in file order.
    public var opening: [OpeningEntry]
    public var decisions: CommitteeDecisions
    /// The re-evaluation this file is the result of (第64条 after signing); `nil` for a first evaluation.
    public var revision: TenderRevision?
    public var file: String
    public var location: SourceLocation

    public init(tenderID: String? = nil, project: TenderProject, committee: Committee, opening: [OpeningEntry] = [],
                decisions: CommitteeDecisions = CommitteeDecisions(), revision: TenderRevision? = nil, file: String,
                location: SourceLocation) {
        self.tenderID = tenderID
        self.project = project
        self.committee = committee
        self.opening = opening
        self.decisions = decisions
        self.revision = revision
        self.file = file
        self.location = location
    }
}

/// A re-evaluation (第64条 after signing): revision `number` of the tender re-evaluates revision
/// `supersedes`, the one before it, for the reason given, opened at a time by someone.
///
/// ```swift
/// let revision = TenderRevision(number: 2, supersedes: 1, reason: "专家复核发现分值汇总错误",
///                               openedAt: "2026-03-20 09:30", openedBy: "王芳", location: location)
/// ```
public struct TenderRevision: Sendable {
    /// 2 or more: revision 1 is the first evaluation and has no `revision` block.
    public var number: Int
    /// The revision re-evaluated: always `number - 1`.
    public var supersedes: Int
    public var reason: String
    /// `YYYY-MM-DD HH:MM`.
    public var openedAt: String
    /// Who opened it, as named in the workspace.
    public var openedBy: String
    public var location: SourceLocation

    public init(number: Int, supersedes: Int, reason: String, openedAt: String, openedBy: String, location: SourceLocation) {
        self.number = number
        self.supersedes = supersedes
        self.reason = reason
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.location = location
    }
}

/// The project as the notice published it.
public struct TenderProject: Sendable {
    public var name: LocalizedText
    /// 项目编号.
    public var number: String
    /// 采购人.
    public var purchaser: String
    /// 采购代理机构; `nil` when the purchaser runs the procurement itself.
    public var agency: String?
    /// 预算金额, in the tender's currency.
    public var budget: Rational?
    public var procurementMethod: ProcurementProcedure
    public var notice: TenderNotice?
    public var opening: TenderOpening?

    public init(name: LocalizedText, number: String, purchaser: String, agency: String? = nil, budget: Rational? = nil,
                procurementMethod: ProcurementProcedure, notice: TenderNotice? = nil, opening: TenderOpening? = nil) {
        self.name = name
        self.number = number
        self.purchaser = purchaser
        self.agency = agency
        self.budget = budget
        self.procurementMethod = procurementMethod
        self.notice = notice
        self.opening = opening
    }
}

/// 采购方式: how the procurement was run. It must agree with the rubric's evaluation method.
public enum ProcurementProcedure: String, Sendable, CaseIterable {
    /// 公开招标.
    case openTender = "open-tender"
    /// 邀请招标.
    case invitedTender = "invited-tender"
    /// 竞争性磋商 (财库〔2014〕214号).
    case consultation

    /// The evaluation method a rubric must use under this procedure.
    public var evaluationMethod: ProcurementMethod {
        self == .consultation ? .consultation : .comprehensive
    }
}

/// Where and when the procurement notice was published.
public struct TenderNotice: Sendable {
    /// The media that carried the notice (中国政府采购网, a provincial platform…).
    public var media: [String]
    /// `YYYY-MM-DD`.
    public var published: String

    public init(media: [String], published: String) {
        self.media = media
        self.published = published
    }
}

/// The bid opening (开标): time (`YYYY-MM-DD HH:MM`) and place.
public struct TenderOpening: Sendable {
    public var time: String
    public var place: String

    public init(time: String, place: String) {
        self.time = time
        self.place = place
    }
}

/// The evaluation committee (评标委员会; 磋商小组 under 竞争性磋商).
public struct Committee: Sendable {
    /// Every member appointed, including any who stepped aside, in file order.
    public var members: [CommitteeMember]
    /// The leader's member id (评标组长); never the purchaser's representative.
    public var leader: String

    public init(members: [CommitteeMember], leader: String) {
        self.members = members
        self.leader = leader
    }

    /// The members who sat on the committee and scored: those who did not step aside.
    public var sitting: [CommitteeMember] { members.filter { $0.steppedAside == nil } }

    public func member(_ id: String) -> CommitteeMember? { members.first { $0.id == id } }
}

public struct CommitteeMember: Sendable {
    public enum Role: String, Sendable, CaseIterable {
        /// 评审专家, drawn from the expert pool.
        case expert
        /// 采购人代表.
        case purchaserRepresentative = "purchaser-representative"
    }

    public var id: String
    public var name: String
    public var role: Role
    /// The member's conflict-of-interest declaration: `nil` when none was declared; otherwise the
    /// member stepped aside (回避) from the whole evaluation and gave no marks.
    public var steppedAside: SteppedAside?
    public var location: SourceLocation

    public init(id: String, name: String, role: Role, steppedAside: SteppedAside? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.role = role
        self.steppedAside = steppedAside
        self.location = location
    }
}

/// Why a member stepped aside (回避): the bidders the conflict concerns and the reason given.
public struct SteppedAside: Sendable {
    public var bidders: [String]
    public var reason: String

    public init(bidders: [String], reason: String) {
        self.bidders = bidders
        self.reason = reason
    }
}

/// One line of the opening record (开标记录).
public struct OpeningEntry: Sendable {
    public var vendor: String
    /// The quoted price as read out (投标报价 / 最后报价).
    public var price: Rational
    /// The declarations handed in (中小企业声明函…), as named on the record.
    public var declarations: [String]
    public var location: SourceLocation
    public var priceLocation: SourceLocation

    public init(vendor: String, price: Rational, declarations: [String] = [], location: SourceLocation,
                priceLocation: SourceLocation? = nil) {
        self.vendor = vendor
        self.price = price
        self.declarations = declarations
        self.location = location
        self.priceLocation = priceLocation ?? location
    }
}

/// Who decided something and when: the committee as a whole or one member, on a date.
public struct DecisionRecord: Sendable {
    /// `committee`, or a member id.
    public var decidedBy: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var reason: String

    public init(decidedBy: String, date: String, reason: String) {
        self.decidedBy = decidedBy
        self.date = date
        self.reason = reason
    }
}

/// Everything the committee decided that the facts alone cannot tell.
public struct CommitteeDecisions: Sendable {
    public var abnormalPrices: [AbnormalPriceDecision]
    public var invalidBids: [InvalidBidDecision]
    public var corrections: [MarkCorrection]
    public var clarifications: [Clarification]
    public var dissents: [Dissent]
    /// How many candidates to recommend, in rank order (default 3).
    public var recommend: Int

    public init(abnormalPrices: [AbnormalPriceDecision] = [], invalidBids: [InvalidBidDecision] = [],
                corrections: [MarkCorrection] = [], clarifications: [Clarification] = [], dissents: [Dissent] = [],
                recommend: Int = CommitteeDecisions.defaultRecommend) {
        self.abnormalPrices = abnormalPrices
        self.invalidBids = invalidBids
        self.corrections = corrections
        self.clarifications = clarifications
        self.dissents = dissents
        self.recommend = recommend
    }

    public static let defaultRecommend = 3
}

/// The committee's decision on an abnormally-low-price flag (财政部令第87号 第60条): the bidder's
/// written explanation accepted, or rejected, which makes the bid invalid.
public struct AbnormalPriceDecision: Sendable {
    public enum Outcome: String, Sendable, CaseIterable {
        case accepted, rejected
    }

    public var vendor: String
    public var outcome: Outcome
    public var record: DecisionRecord
    public var location: SourceLocation

    public init(vendor: String, outcome: Outcome, record: DecisionRecord, location: SourceLocation) {
        self.vendor = vendor
        self.outcome = outcome
        self.record = record
        self.location = location
    }
}

/// A bid the committee (or, at qualification, the purchaser) found invalid for a reason no fact
/// records: a missing licence, a credit-record check.
public struct InvalidBidDecision: Sendable {
    public var vendor: String
    public var stage: Gate.Stage
    public var record: DecisionRecord
    public var location: SourceLocation

    public init(vendor: String, stage: Gate.Stage, record: DecisionRecord, location: SourceLocation) {
        self.vendor = vendor
        self.stage = stage
        self.record = record
        self.location = location
    }
}

/// A mark corrected under 财政部令第87号 第64条. Both marks stay on record; the corrected one is scored.
public struct MarkCorrection: Sendable {
    /// The four cases of 第64条.
    public enum Case: Int, Sendable, CaseIterable {
        /// 分值汇总计算错误.
        case summingError = 1
        /// 分项评分超出评分标准规定的分值范围.
        case outOfRange = 2
        /// 评标委员会成员对客观评审因素评分不一致.
        case objectiveDisagreement = 3
        /// 经评标委员会认定评分畸高、畸低.
        case abnormalMark = 4
    }

    public var member: String
    public var vendor: String
    public var criterion: String
    public var before: Rational
    public var after: Rational
    public var legalCase: Case
    public var record: DecisionRecord
    public var location: SourceLocation
    public var beforeLocation: SourceLocation

    public init(member: String, vendor: String, criterion: String, before: Rational, after: Rational, legalCase: Case,
                record: DecisionRecord, location: SourceLocation, beforeLocation: SourceLocation? = nil) {
        self.member = member
        self.vendor = vendor
        self.criterion = criterion
        self.before = before
        self.after = after
        self.legalCase = legalCase
        self.record = record
        self.location = location
        self.beforeLocation = beforeLocation ?? location
    }
}

/// A clarification, explanation or correction a bidder gave at the committee's request (澄清、说明、补正).
public struct Clarification: Sendable {
    /// The bidder it concerns, if one.
    public var vendor: String?
    public var text: String
    public var date: String
    public var location: SourceLocation

    public init(vendor: String?, text: String, date: String, location: SourceLocation) {
        self.vendor = vendor
        self.text = text
        self.date = date
        self.location = location
    }
}

/// A member's dissent from the result, with reasons (政府采购法实施条例 第41条).
public struct Dissent: Sendable {
    public var member: String
    public var reasons: String
    public var location: SourceLocation

    public init(member: String, reasons: String, location: SourceLocation) {
        self.member = member
        self.reasons = reasons
        self.location = location
    }
}
