import VendorScoreCore
/// A member's declaration on conflicts of interest (回避), made against the bidder list before
/// any bid is shown.
///
/// A member who steps aside from any bidder leaves the committee's work on this tender: the
/// policy refuses them everything further, and their seat has no marks.
///
/// ```swift
/// let declaration = ConflictDeclaration.steppedAside(vendors: ["kingsoft"], reason: "前雇主")
/// declaration.isSteppingAside   // true
/// ```
public enum ConflictDeclaration: Hashable, Sendable, Codable {
    /// No relationship with any bidder.
    case none
    /// A relationship with the named bidders, with the reason stated.
    case steppedAside(vendors: [String], reason: String)

    public var isSteppingAside: Bool {
        if case .steppedAside = self { return true }
        return false
    }

    /// Checks the declaration against the bidder list: every vendor named must be a bidder, at
    /// least one must be named, and a reason must be given.
    public func validate(bidders: Set<String>) throws(WorkspaceError) {
        guard case .steppedAside(let vendors, let reason) = self else { return }
        if vendors.isEmpty { throw .declaration(.noVendorNamed) }
        for vendor in vendors where !bidders.contains(vendor) { throw .declaration(.unknownVendor(vendor)) }
        if reason.allSatisfy(\.isWhitespace) { throw .declaration(.missingReason) }
    }

    private enum CodingKeys: String, CodingKey { case kind, vendors, reason }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "none": self = .none
        case "stepped-aside":
            self = .steppedAside(
                vendors: try container.decode([String].self, forKey: .vendors),
                reason: try container.decode(String.self, forKey: .reason)
            )
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown declaration kind '\(other)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .none:
            try container.encode("none", forKey: .kind)
        case .steppedAside(let vendors, let reason):
            try container.encode("stepped-aside", forKey: .kind)
            try container.encode(vendors, forKey: .vendors)
            try container.encode(reason, forKey: .reason)
        }
    }
}

/// Why a conflict declaration is refused.
public enum DeclarationProblem: Hashable, Sendable, CustomStringConvertible {
    case noVendorNamed
    case unknownVendor(String)
    case missingReason

    public var description: String { text(in: .en) }
    /// The message in Chinese or English.
    public func text(in language: Language) -> String { WorkspaceMessages.declarationProblem(self, language) }
}
