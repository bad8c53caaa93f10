import ArgumentParser
import VendorScoreCore

/// `vendorscore evaluate RUBRIC BIDS`: scores and ranks the bids and prints the result.
struct EvaluateCommand: RunnableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score and rank the bids against a rubric.",
        discussion: """
            Checks the bids against the rubric, applies the gates (资格性审查 and 符合性审查), \
            computes each bid's evaluation price (small/micro enterprise deductions), scores every \
            criterion, and ranks the qualified bids by total score, then by the rubric's tie-break \
            order (lower evaluation price by default, 财政部令第87号 第57条). Bids equal on all of \
            them are reported as tied (并列), never ordered silently.

            Bids are read from YAML (vendorscore/bids@1), or from CSV when the file name ends in \
            .csv (one row per vendor, as Excel saves it).

            Examples:
              vendorscore evaluate rubric.yaml bids.yaml
              vendorscore evaluate rubric.yaml bids.csv --format json --output result.json
              vendorscore evaluate rubric.yaml bids.yaml --format markdown --lang zh
              vendorscore evaluate rubric.yaml bids.yaml --plugins plugins.yaml

            Try the shipped example: rubrics/government-cloud.yaml with \
            examples/government-cloud/bids.yaml. --plugins adds external scorers, programs in any \
            language declared in a plugins file (docs/external-scorers.md).

            Exit status: 0 when the bids are ranked; 1 when too few bids passed the gates to rank \
            them (财政部令第87号); 2 when the input is invalid (every problem is listed) or a \
            scorer fails. With --output, the file is written only when the status is 0 or 1, and \
            atomically: it is never left half-written.
            """
    )

    @Argument(help: "The rubric (评分办法): a vendorscore/rubric@1 YAML file.")
    var rubric: String

    @Argument(help: "The bids: a vendorscore/bids@1 YAML file, or a CSV file.")
    var bids: String

    @Option(help: "The output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the result to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("lang"), help: "The language of rubric titles: zh or en.")
    var language: OutputLanguage = .en

    @OptionGroup var plugins: PluginOptions

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let registry = try plugins.registry(environment)
        let inputs = try InputCheck(rubricPath: rubric, bidsPath: bids, registry: registry).inputs()
        for warning in inputs.warnings { environment.errors.write("\(warning)\n") }
        let renderer = format.renderer(language: language.language)
        let evaluation = try Engine().evaluate(rubric: inputs.rubric, bids: inputs.bids.bids, warnings: inputs.warnings,
                                               detail: renderer.detail)
        let text = try renderer.render(evaluation)
        if let output {
            try AtomicFile.save(text, to: output)
        } else {
            environment.output.write(text)
        }
        return evaluation.isRanked ? .success : .noRanking
    }
}
