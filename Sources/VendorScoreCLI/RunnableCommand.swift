import ArgumentParser
import VendorScoreCore

/// A subcommand that runs against a ``CommandEnvironment`` instead of globals, returning its exit
/// status. Errors it throws are printed by ``VendorScoreCLI`` and end with exit status 2.
protocol RunnableCommand: ParsableCommand {
    func execute(in environment: CommandEnvironment) throws -> ExitStatus
    /// The language its errors and warnings about the input are printed in: `--lang` where the
    /// command takes it, else English.
    var messageLanguage: Language { get }
}

extension RunnableCommand {
    var messageLanguage: Language { .en }
}
