import ArgumentParser
import VendorScoreCore
import VendorScoreOutput

/// `vendorscore explain RUBRIC BIDS --vendor ID`: every point of one vendor, with its reason.
struct ExplainCommand: RunnableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain every point one vendor received.",
        discussion: """
            Evaluates the bids like 'evaluate', then shows for one vendor: each criterion's group, \
            scorer and version, the facts it read, the rule it applied, and the raw points rounded \
            to the awarded points; the group subtotals and total; the evaluation price and any \
            deduction; every gate with its reason; flags; and the rank with how it was decided. \
            Use it to answer a bidder's question about its score (质疑) or to check a rubric.

            Example:
              vendorscore explain rubric.yaml bids.yaml --vendor inspur --lang zh

            Exit status: 0 when the bids are ranked; 1 when too few bids passed the gates; 2 when \
            the input is invalid or the vendor is not in the bids file.
            """
    )

    @Argument(help: "The rubric (评分办法): a vendorscore/rubric@1 YAML file.")
    var rubric: String

    @Argument(help: "The bids: a vendorscore/bids@1 YAML file, or a CSV file.")
    var bids: String

    @Option(help: ArgumentHelp("The vendor to explain, by its id in the bids file.", valueName: "id"))
    var vendor: String

    @Option(name: .customLong("lang"), help: "The language of rubric titles: zh or en.")
    var language: OutputLanguage = .en

    @OptionGroup var plugins: PluginOptions

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let registry = try plugins.registry(environment)
        let inputs = try InputCheck(rubricPath: rubric, bidsPath: bids, registry: registry).inputs()
        for warning in inputs.warnings { environment.errors.write("\(warning)\n") }
        let ids = inputs.bids.bids.map(\.id)
        guard ids.contains(vendor) else {
            let close = Suggestions.closest(to: vendor, in: ids)
            let hint = close.isEmpty
                ? "vendors: " + ids.sorted().joined(separator: ", ")
                : "did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
            throw CommandError("no vendor '\(vendor)' in \(bids)", hint: hint)
        }
        let evaluation = try Engine().evaluate(rubric: inputs.rubric, bids: inputs.bids.bids, warnings: inputs.warnings,
                                               detail: .vendors([vendor]))
        guard let result = evaluation.vendor(vendor) else { throw CommandError("vendor '\(vendor)' is missing from the evaluation") }
        environment.output.write(ExplainRenderer(language: language.language).render(result, in: evaluation))
        return evaluation.isRanked ? .success : .noRanking
    }
}
