/// Identifies a workspace user. The store chooses the text (a UUID for new accounts).
public struct UserID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: UserID, rhs: UserID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Identifies a tender in the workspace. A tender has one or more numbered revisions.
public struct TenderID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: TenderID, rhs: TenderID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// One revision of one tender: what every stage, mark and decision belongs to.
///
/// Revision 1 is the first evaluation; a re-evaluation after closing opens revision 2, and so on.
///
/// ```swift
/// let ref = RevisionRef(tender: TenderID("2026-GC-001"), number: 1)
/// ```
public struct RevisionRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public var tender: TenderID
    public var number: Int

    public init(tender: TenderID, number: Int) {
        self.tender = tender
        self.number = number
    }

    public var description: String { "\(tender.rawValue)#\(number)" }
}
