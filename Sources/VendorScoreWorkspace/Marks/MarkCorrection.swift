import VendorScoreCore
/// The four cases in which 财政部令第87号 第64条 allows a mark to change after submission.
public enum Article64Case: Int, Hashable, Sendable, Codable, CaseIterable {
    /// 分值汇总计算错误.
    case summingError = 1
    /// 分项评分超出评分标准规定的评分范围.
    case outOfRange = 2
    /// 评标委员会成员对客观评审因素评分不一致.
    case objectiveDisagreement = 3
    /// 经评标委员会认定评分畸高、畸低.
    case abnormalSpread = 4
}

/// A submitted mark changed by the committee under 第64条: both marks stay on record and the
/// corrected one is scored.
///
/// ```swift
/// let correction = MarkCorrection(member: UserID("u3"), key: MarkKey(vendor: "chinac", criterion: "design"),
///     before: Points("2")!, after: Points("7")!, case: .abnormalSpread, reason: "畸低，经复核调整")
/// try correction.validate(against: sheet, template: template)
/// ```
public struct MarkCorrection: Hashable, Sendable, Codable {
    public var member: UserID
    public var key: MarkKey
    public var before: Points
    public var after: Points
    public var article64Case: Article64Case
    public var reason: String

    public init(member: UserID, key: MarkKey, before: Points, after: Points, case article64Case: Article64Case, reason: String) {
        self.member = member
        self.key = key
        self.before = before
        self.after = after
        self.article64Case = article64Case
        self.reason = reason
    }

    /// Checks the correction against the member's submitted sheet: the mark before must be the
    /// one on the sheet, the new one in range and different, and the reason given.
    public func validate(against sheet: ScoreSheet, template: ScoreSheetTemplate) throws(WorkspaceError) {
        guard sheet.isSubmitted else { throw .correction(.sheetNotSubmitted) }
        guard let current = sheet.marks[key] else { throw .correction(.noSuchMark(key)) }
        if current != before { throw .correction(.beforeDiffers(key, stated: before, recorded: current)) }
        if after == before { throw .correction(.unchanged(key)) }
        if reason.allSatisfy(\.isWhitespace) { throw .correction(.missingReason) }
        try template.check(key, after)
    }

    /// The sheet with the corrected mark in place.
    public func applied(to sheet: ScoreSheet) -> ScoreSheet {
        var sheet = sheet
        sheet.marks[key] = after
        return sheet
    }

    private enum CodingKeys: String, CodingKey { case member, key, before, after, article64Case = "case", reason }
}

/// Why a correction is refused.
public enum CorrectionProblem: Hashable, Sendable, CustomStringConvertible {
    case sheetNotSubmitted
    case noSuchMark(MarkKey)
    case beforeDiffers(MarkKey, stated: Points, recorded: Points)
    case unchanged(MarkKey)
    case missingReason

    public var description: String { text(in: .en) }
    /// The message in Chinese or English.
    public func text(in language: Language) -> String { WorkspaceMessages.correctionProblem(self, language) }
}
