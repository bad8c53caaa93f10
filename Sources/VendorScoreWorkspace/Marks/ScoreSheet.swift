import VendorScoreCore

/// Which cell of a score sheet: one bid, one subjective criterion.
public struct MarkKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var vendor: String
    public var criterion: String

    public init(vendor: String, criterion: String) {
        self.vendor = vendor
        self.criterion = criterion
    }

    public static func < (lhs: MarkKey, rhs: MarkKey) -> Bool {
        (lhs.vendor, lhs.criterion) < (rhs.vendor, rhs.criterion)
    }

    public var description: String { "\(vendor)/\(criterion)" }
}

/// One subjective criterion as a score sheet shows it: its points range and guidance.
public struct SheetCriterion: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    /// Marks run from 0 to this.
    public var maximum: Points
    public var guidance: String?

    public init(id: String, title: String, maximum: Points, guidance: String? = nil) {
        self.id = id
        self.title = title
        self.maximum = maximum
        self.guidance = guidance
    }
}

/// The cells every member fills: each bid still in the evaluation × each subjective criterion.
///
/// ```swift
/// let template = ScoreSheetTemplate(vendors: ["inspur", "chinac"],
///     criteria: [SheetCriterion(id: "design", title: "方案", maximum: Points("10")!)])
/// try template.check(MarkKey(vendor: "inspur", criterion: "design"), Points("7.5")!)
/// template.missing(from: [:]).count   // 2
/// ```
public struct ScoreSheetTemplate: Hashable, Sendable {
    public var vendors: [String]
    public var criteria: [SheetCriterion]

    public init(vendors: [String], criteria: [SheetCriterion]) {
        self.vendors = vendors
        self.criteria = criteria
    }

    /// The subjective criteria of a loaded rubric, for the given bids (those not found invalid).
    public init(rubric: Rubric, vendors: [String], language: Language = .zh) {
        self.vendors = vendors
        criteria = rubric.criteria.filter { $0.nature == .subjective }.map {
            SheetCriterion(id: $0.id, title: $0.title.text(preferring: language), maximum: Points($0.maximum),
                           guidance: $0.guidance?.text(preferring: language))
        }
    }

    /// Every cell, vendor by vendor in bid order, criteria in rubric order.
    public var keys: [MarkKey] {
        vendors.flatMap { vendor in criteria.map { MarkKey(vendor: vendor, criterion: $0.id) } }
    }

    public func criterion(_ id: String) -> SheetCriterion? { criteria.first { $0.id == id } }

    /// Refuses a mark for an unknown bid or criterion, or outside 0…maximum.
    public func check(_ key: MarkKey, _ points: Points) throws(WorkspaceError) {
        guard vendors.contains(key.vendor) else { throw .mark(.unknownVendor(key)) }
        guard let criterion = criterion(key.criterion) else { throw .mark(.unknownCriterion(key)) }
        if points.value.isNegative || points > criterion.maximum {
            throw .mark(.outOfRange(key, points, maximum: criterion.maximum))
        }
    }

    /// The cells with no mark, in sheet order.
    public func missing(from marks: [MarkKey: Points]) -> [MarkKey] { keys.filter { marks[$0] == nil } }
}

/// One member's score sheet on one revision.
///
/// Drafts may be saved any number of times; ``submitted()`` succeeds once, when every cell has a
/// mark, and from then on a mark changes only through a ``MarkCorrection``.
///
/// ```swift
/// var sheet = ScoreSheet(member: UserID("u2"))
/// try sheet.saveDraft([MarkKey(vendor: "inspur", criterion: "design"): Points("8")!], template: template)
/// let final = try sheet.submitted(template: template)
/// ```
public struct ScoreSheet: Hashable, Sendable, Codable {
    public var member: UserID
    public var marks: [MarkKey: Points]
    public var isSubmitted: Bool

    public init(member: UserID, marks: [MarkKey: Points] = [:], isSubmitted: Bool = false) {
        self.member = member
        self.marks = marks
        self.isSubmitted = isSubmitted
    }

    /// Merges draft marks into the sheet after checking each one; `nil` clears a cell.
    public mutating func saveDraft(_ changes: [MarkKey: Points?], template: ScoreSheetTemplate) throws(WorkspaceError) {
        if isSubmitted { throw .mark(.alreadySubmitted) }
        for key in changes.keys.sorted() {
            if let points = changes[key]! {
                try template.check(key, points)
                marks[key] = points
            } else {
                marks[key] = nil
            }
        }
    }

    /// The sheet as submitted, once every cell has a valid mark.
    public func submitted(template: ScoreSheetTemplate) throws(WorkspaceError) -> ScoreSheet {
        if isSubmitted { throw .mark(.alreadySubmitted) }
        for key in marks.keys.sorted() { try template.check(key, marks[key]!) }
        let missing = template.missing(from: marks)
        if !missing.isEmpty { throw .mark(.incomplete(missing)) }
        var sheet = self
        sheet.isSubmitted = true
        return sheet
    }

    /// The marks in sheet order, for encodings that must not depend on dictionary order.
    public var sortedMarks: [(key: MarkKey, points: Points)] { marks.keys.sorted().map { ($0, marks[$0]!) } }

    private enum CodingKeys: String, CodingKey { case member, marks, submitted }
    private struct Cell: Codable {
        var vendor: String
        var criterion: String
        var points: Points
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        member = try container.decode(UserID.self, forKey: .member)
        isSubmitted = try container.decode(Bool.self, forKey: .submitted)
        var marks: [MarkKey: Points] = [:]
        for cell in try container.decode([Cell].self, forKey: .marks) {
            marks[MarkKey(vendor: cell.vendor, criterion: cell.criterion)] = cell.points
        }
        self.marks = marks
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(member, forKey: .member)
        try container.encode(isSubmitted, forKey: .submitted)
        try container.encode(sortedMarks.map { Cell(vendor: $0.key.vendor, criterion: $0.key.criterion, points: $0.points) }, forKey: .marks)
    }
}

/// Why a mark or a sheet is refused.
public enum MarkProblem: Hashable, Sendable, CustomStringConvertible {
    case unknownVendor(MarkKey)
    case unknownCriterion(MarkKey)
    case outOfRange(MarkKey, Points, maximum: Points)
    case incomplete([MarkKey])
    case alreadySubmitted
    case notSubmitted

    public var description: String { text(in: .en) }
    /// The message in Chinese or English.
    public func text(in language: Language) -> String { WorkspaceMessages.markProblem(self, language) }
}
