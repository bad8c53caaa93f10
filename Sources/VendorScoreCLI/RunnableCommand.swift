import ArgumentParser

/// A subcommand that runs against a ``CommandEnvironment`` instead of globals, returning its exit
/// status. Errors it throws are printed by ``VendorScoreCLI`` and end with exit status 2.
protocol RunnableCommand: ParsableCommand {
    func execute(in environment: CommandEnvironment) throws -> ExitStatus
}
