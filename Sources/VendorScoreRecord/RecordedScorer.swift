import VendorScoreCore

/// A scorer a record's rubric used: its id, version and where it came from, so a later run can
/// tell whether the same scorer is installed.
///
/// ```swift
/// let scorers = RecordedScorer.used(by: rubric)   // sorted by id
/// scorers.first?.origin                          // "swift"
/// ```
public struct RecordedScorer: Codable, Sendable, Equatable {
    public var id: String
    public var version: String
    /// The Swift module, or `external` for a program.
    public var module: String
    /// `swift` for a scorer compiled into the program, `external` for a program it runs.
    public var origin: String
    /// The external program's command line; `null` for Swift scorers.
    public var command: [String]?
    /// SHA-256 of the external program's executable, when it was known.
    public var executableSHA256: String?
    /// The criteria it scored, in rubric order.
    public var criteria: [String]

    enum CodingKeys: String, CodingKey {
        case id, version, module, origin, command, criteria
        case executableSHA256 = "executable_sha256"
    }

    public init(_ entry: ScorerRegistry.Entry, criteria: [String]) {
        id = entry.id
        version = entry.version
        module = entry.module
        switch entry.origin {
        case .swift:
            origin = "swift"
            command = nil
            executableSHA256 = nil
        case .external(let command, let executableSHA256):
            origin = "external"
            self.command = command
            self.executableSHA256 = executableSHA256
        }
        self.criteria = criteria
    }

    /// Every scorer the rubric's criteria use, sorted by id.
    public static func used(by rubric: Rubric) -> [RecordedScorer] {
        var entries: [String: ScorerRegistry.Entry] = [:]
        var criteria: [String: [String]] = [:]
        for criterion in rubric.criteria {
            entries[criterion.scorerID] = criterion.scorerEntry
            criteria[criterion.scorerID, default: []].append(criterion.id)
        }
        return entries.keys.sorted().map { RecordedScorer(entries[$0]!, criteria: criteria[$0]!) }
    }

    /// How this scorer differs from the one installed now, in words; `nil` when they agree.
    public func change(toInstalled entry: ScorerRegistry.Entry?) -> LocalizedText? {
        guard let entry else {
            return RecordMessages.scorerMissing(id, version: version, module: module,
                                                external: origin == "external" ? Self.words(command) : nil, criteria: criteria)
        }
        let installed = RecordedScorer(entry, criteria: criteria)
        var changes: [LocalizedText] = []
        if installed.version != version { changes.append(RecordMessages.versionChanged(recorded: version, installed: installed.version)) }
        if installed.module != module { changes.append(RecordMessages.moduleChanged(recorded: module, installed: installed.module)) }
        if installed.command != command {
            changes.append(RecordMessages.commandChanged(recorded: Self.words(command), installed: Self.words(installed.command)))
        }
        if installed.executableSHA256 != executableSHA256 {
            changes.append(RecordMessages.programChanged(recorded: executableSHA256, installed: installed.executableSHA256))
        }
        return changes.isEmpty ? nil : RecordMessages.scorerChanged(id, changes: changes, criteria: criteria)
    }

    private static func words(_ command: [String]?) -> String {
        command.map { "'" + $0.joined(separator: " ") + "'" } ?? "none"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(version, forKey: .version)
        try container.encode(module, forKey: .module)
        try container.encode(origin, forKey: .origin)
        try container.encode(command, forKey: .command)
        try container.encode(executableSHA256, forKey: .executableSHA256)
        try container.encode(criteria, forKey: .criteria)
    }
}
