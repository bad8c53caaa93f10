import VendorScoreCore

/// What a subcommand runs with: the scorer registry and where to write. There are no globals, so
/// a test, or another program embedding the command, passes its own registry and buffers.
///
/// ```swift
/// let environment = CommandEnvironment(registry: try ScorerRegistry(builtinModules),
///                                      output: OutputBuffer(), errors: OutputBuffer())
/// let status = VendorScoreCLI.run(arguments: ["scorers"], in: environment)
/// ```
public struct CommandEnvironment: Sendable {
    public var registry: ScorerRegistry
    /// Results: tables, JSON, explanations, validation reports.
    public var output: any TextOutput
    /// Problems: errors and warnings about the input.
    public var errors: any TextOutput

    public init(registry: ScorerRegistry, output: any TextOutput = StandardStream.output,
                errors: any TextOutput = StandardStream.error) {
        self.registry = registry
        self.output = output
        self.errors = errors
    }
}
