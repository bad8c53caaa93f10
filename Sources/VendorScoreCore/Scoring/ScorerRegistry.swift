/// The scorers a program knows, built once at startup from the modules' lists and handed to the
/// engine. There is no global registry: each program, and each test, builds its own.
///
/// ```swift
/// let registry = try ScorerRegistry([
///     ScorerModule("GenericScorers", GenericScorers.all),
///     ScorerModule("CostScorers", CostScorers.all),
/// ])
/// let rubric = try RubricLoader(registry: registry).load(path: "rubrics/government-cloud.yaml")
/// ```
public struct ScorerRegistry: Sendable {
    /// A registered scorer and the module that provided it.
    public struct Entry: Sendable {
        public let type: any Scorer.Type
        public let module: String

        public var id: String { type.id }
    }

    /// Entries sorted by scorer id.
    public let entries: [Entry]
    private let byID: [String: Entry]

    /// Registers every module's scorers plus the committee scorer built into the core.
    /// Throws when two scorers share an id, naming both modules.
    public init(_ modules: [ScorerModule]) throws(RegistryError) {
        var byID: [String: Entry] = [:]
        let core = ScorerModule("VendorScoreCore", [CommitteeScorer.self])
        for module in [core] + modules {
            for type in module.scorers {
                if let existing = byID[type.id] {
                    throw RegistryError.duplicateID(type.id, first: existing.module, second: module.name)
                }
                guard Self.isValidID(type.id) else { throw RegistryError.invalidID(type.id, module: module.name) }
                byID[type.id] = Entry(type: type, module: module.name)
            }
        }
        self.byID = byID
        entries = byID.values.sorted { $0.id < $1.id }
    }

    public func entry(for id: String) -> Entry? { byID[id] }

    /// Registered ids close to a misspelt one, best first.
    public func suggestions(for id: String) -> [String] {
        Suggestions.closest(to: id, in: entries.map(\.id))
    }

    /// Ids look like `area.name`: lowercase letters, digits, `-`, with one or more dots.
    static func isValidID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
        }
    }
}

/// A plugin module's exported list of scorer types.
public struct ScorerModule: Sendable {
    public let name: String
    public let scorers: [any Scorer.Type]

    public init(_ name: String, _ scorers: [any Scorer.Type]) {
        self.name = name
        self.scorers = scorers
    }
}

/// Why the registry could not be built; startup stops with this message.
public enum RegistryError: Error, Sendable, CustomStringConvertible {
    case duplicateID(String, first: String, second: String)
    case invalidID(String, module: String)

    public var description: String {
        switch self {
        case .duplicateID(let id, let first, let second):
            return Messages.duplicateScorer(id, first: first, second: second)
        case .invalidID(let id, let module):
            return Messages.invalidScorerID(id, module: module)
        }
    }
}
