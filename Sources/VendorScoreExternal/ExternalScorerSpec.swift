import VendorScoreCore

/// An external scorer as a plugins file declares it: a program, run once per criterion, that
/// speaks the protocol of `docs/external-scorers.md`.
///
/// ```swift
/// let specs = try PluginsFile.load(path: "plugins.yaml")
/// print(specs[0].id, specs[0].version, specs[0].executableSHA256)
/// ```
public struct ExternalScorerSpec: Sendable {
    public var id: String
    public var version: String
    public var summary: String
    /// The command as written in the plugins file; only the first item is resolved.
    public var command: [String]
    /// The absolute path of the program that runs: `command[0]` found relative to the plugins
    /// file (when it contains a `/`) or on `PATH`.
    public var executable: String
    /// The SHA-256 of the program's bytes, in lowercase hex, pinned in every result.
    public var executableSHA256: String
    /// How long one call may take before the program is killed.
    public var timeout: Duration
    /// The timeout as written, for messages (`10s`).
    public var timeoutText: String
    public var parameters: [ParameterSpec]
    public var scoresPrice: Bool
    /// Where the scorer's id is written in the plugins file.
    public var location: SourceLocation

    public init(id: String, version: String, summary: String, command: [String], executable: String,
                executableSHA256: String, timeout: Duration, timeoutText: String, parameters: [ParameterSpec],
                scoresPrice: Bool = false, location: SourceLocation) {
        self.id = id
        self.version = version
        self.summary = summary
        self.command = command
        self.executable = executable
        self.executableSHA256 = executableSHA256
        self.timeout = timeout
        self.timeoutText = timeoutText
        self.parameters = parameters
        self.scoresPrice = scoresPrice
        self.location = location
    }

    /// The command as one line, for messages.
    var commandText: String { command.joined(separator: " ") }
}
