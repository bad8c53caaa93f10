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
    /// A registered scorer: what it is, where it comes from, and how to configure one for a
    /// criterion.
    public struct Entry: Sendable {
        /// Where a scorer comes from.
        public enum Origin: Sendable, Hashable {
            /// A Swift type in a module linked into the program.
            case swift(module: String)
            /// A program run once per criterion, declared in a plugins file or rubric.
            case external(command: [String], executableSHA256: String?)
        }

        public let id: String
        public let version: String
        public let summary: String
        public let parameters: [ParameterSpec]
        public let examples: [ScorerExample]
        public let scoresPrice: Bool
        /// See ``Scorer/isArticle55PriceRule``; false for scorers that are not Swift types.
        public let isArticle55PriceRule: Bool
        public let origin: Origin
        /// The Swift type, for scorers written in Swift.
        public let type: (any Scorer.Type)?
        private let factory: @Sendable (ScorerParameters) throws(ScorerError) -> any CriterionScorer

        /// An entry for a Swift scorer type from `module`.
        public init(_ type: any Scorer.Type, module: String) {
            id = type.id
            version = type.version
            summary = type.summary
            parameters = type.parameters
            examples = type.examples
            scoresPrice = type.scoresPrice
            isArticle55PriceRule = type.isArticle55PriceRule
            origin = .swift(module: module)
            self.type = type
            factory = { parameters throws(ScorerError) in try type.init(parameters: parameters) }
        }

        /// An entry built by hand, for scorers that are not Swift types (such as external programs).
        public init(id: String, version: String, summary: String, parameters: [ParameterSpec], scoresPrice: Bool = false,
                    origin: Origin, make: @escaping @Sendable (ScorerParameters) throws(ScorerError) -> any CriterionScorer) {
            self.id = id
            self.version = version
            self.summary = summary
            self.parameters = parameters
            examples = []
            self.scoresPrice = scoresPrice
            isArticle55PriceRule = false
            self.origin = origin
            type = nil
            factory = make
        }

        /// The module name, or `external` for programs.
        public var module: String {
            switch origin {
            case .swift(let module): return module
            case .external: return "external"
            }
        }

        /// Configures a scorer for one criterion from its parameters.
        public func make(_ parameters: ScorerParameters) throws(ScorerError) -> any CriterionScorer {
            try factory(parameters)
        }
    }

    /// Entries sorted by scorer id.
    public let entries: [Entry]
    private let byID: [String: Entry]

    /// Registers every module's scorers plus the committee scorer built into the core.
    /// Throws when two scorers share an id, naming both modules.
    public init(_ modules: [ScorerModule]) throws(RegistryError) {
        let core = ScorerModule("VendorScoreCore", [CommitteeScorer.self])
        try self.init(entries: ([core] + modules).flatMap { module in module.scorers.map { Entry($0, module: module.name) } })
    }

    private init(entries: [Entry]) throws(RegistryError) {
        var byID: [String: Entry] = [:]
        for entry in entries {
            if let existing = byID[entry.id] {
                throw RegistryError.duplicateID(entry.id, first: existing.module, second: entry.module)
            }
            guard Self.isValidID(entry.id) else { throw RegistryError.invalidID(entry.id, module: entry.module) }
            byID[entry.id] = entry
        }
        self.byID = byID
        self.entries = byID.values.sorted { $0.id < $1.id }
    }

    /// This registry with more entries, such as external scorers; ids must stay unique.
    public func adding(_ more: [Entry]) throws(RegistryError) -> ScorerRegistry {
        try ScorerRegistry(entries: entries + more)
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

/// A plugin module's exported list of scorer types, named for messages and for
/// `vendorscore scorers`.
///
/// ```swift
/// let modules = builtinModules + [ScorerModule("DataCentreScorers", [PUEScorer.self])]
/// ```
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

    /// The problem as a message the output module words.
    public var message: Phrase {
        switch self {
        case .duplicateID(let id, let first, let second):
            return Messages.duplicateScorer(id, first: first, second: second)
        case .invalidID(let id, let module):
            return Messages.invalidScorerID(id, module: module)
        }
    }

    public var description: String { message.description }
}
