import ArgumentParser
import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord

/// Runs the `vendorscore` command line: parses the arguments, runs the chosen subcommand against
/// a registry built from the given scorer modules, and returns the exit status.
///
/// The executable is one line; a program with extra scorers passes them too:
///
/// ```swift
/// exit(VendorScoreCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), modules: builtinModules))
/// ```
public enum VendorScoreCLI {
    /// Builds the registry from `modules` and runs the arguments. Two scorers with the same id
    /// stop startup with the registry's message and status 2.
    public static func run(arguments: [String], modules: [ScorerModule],
                           output: any TextOutput = StandardStream.output,
                           errors: any TextOutput = StandardStream.error) -> Int32 {
        let registry: ScorerRegistry
        do {
            registry = try ScorerRegistry(modules)
        } catch {
            errors.write("error: " + PhraseText(.en).render(error.message) + "\n")
            return ExitStatus.invalidInput.rawValue
        }
        return run(arguments: arguments, in: CommandEnvironment(registry: registry, output: output, errors: errors))
    }

    /// Runs the arguments (without the program name) in an environment.
    public static func run(arguments: [String], in environment: CommandEnvironment) -> Int32 {
        let parsed: any ParsableCommand
        do {
            parsed = try VendorScoreCommand.parseAsRoot(arguments)
        } catch {
            return usage(error, environment)
        }
        guard let command = parsed as? any RunnableCommand else {
            // The root command alone, or the parser's own `help` subcommand: both show help.
            var other = parsed
            do {
                try other.run()
                return ExitStatus.success.rawValue
            } catch {
                return usage(error, environment)
            }
        }
        do {
            return try command.execute(in: environment).rawValue
        } catch {
            report(error, in: command.messageLanguage, environment)
            return ExitStatus.invalidInput.rawValue
        }
    }

    /// Help goes to standard output with status 0; a usage error to standard error with status 2.
    private static func usage(_ error: any Error, _ environment: CommandEnvironment) -> Int32 {
        let message = VendorScoreCommand.fullMessage(for: error)
        if VendorScoreCommand.exitCode(for: error).isSuccess {
            environment.output.write(message.isEmpty ? "" : message + "\n")
            return ExitStatus.success.rawValue
        }
        environment.errors.write(message + "\n")
        return ExitStatus.invalidInput.rawValue
    }

    private static func report(_ error: any Error, in language: Language, _ environment: CommandEnvironment) {
        switch error {
        case let list as DiagnosticList:
            environment.report(list.diagnostics, in: language)
        case let scorer as ScorerError:
            environment.report([Diagnostic(.error, at: scorer.location, path: scorer.path, scorer.message)], in: language)
        case let command as CommandError:
            environment.errors.write(command.text(in: language) + "\n")
        case let key as KeyFileError:
            environment.errors.write((language == .zh ? "错误：" : "error: ") + key.text(language) + "\n")
        default:
            environment.errors.write("error: \(error)\n")
        }
    }
}
