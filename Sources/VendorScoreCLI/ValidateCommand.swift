import ArgumentParser
import VendorScoreCore
import VendorScoreOutput

/// `vendorscore validate RUBRIC [BIDS]`: every problem in the input, without scoring.
struct ValidateCommand: RunnableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a rubric, and optionally bids, without scoring.",
        discussion: """
            Lists every problem at once, errors and warnings, each as \
            file:line:column: severity: key path: message (hint), then a count. With a bids file, \
            it is checked on its own and against the rubric: facts every scorer needs, their \
            kinds, committee scores within each criterion's points, the tender id. With a tender \
            file, also the committee against the marks, the opening record against the prices, \
            and every decision against the bids and marks it names.

            Examples:
              vendorscore validate rubric.yaml
              vendorscore validate rubric.yaml bids.csv
              vendorscore validate rubric.yaml bids.yaml --tender tender.yaml
              vendorscore validate rubric.yaml bids.csv --lang zh

            A problem reads like a compiler's:
              rubric.yaml:12:17: error: groups[0].criteria[1].scorer: unknown scorer
              'generic.lineer' (did you mean 'generic.linear'?)

            Exit status: 0 when there are no errors (warnings allowed); 2 otherwise.
            """
    )

    @Argument(help: "The rubric (评分办法): a vendorscore/rubric@1 YAML file.")
    var rubric: String

    @Argument(help: "The bids, to check against the rubric: YAML or CSV.")
    var bids: String?

    @Option(name: .customLong("lang"), help: "The language of the problems and the summary: zh or en.")
    var language: OutputLanguage = .en

    var messageLanguage: Language { language.language }

    @OptionGroup var tender: TenderOption
    @OptionGroup var plugins: PluginOptions

    func validate() throws {
        if tender.tender != nil && bids == nil {
            throw ValidationError("--tender needs the bids file: a tender file is checked against the bids it decides on")
        }
    }

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let registry = try plugins.registry(environment)
        let check = InputCheck(rubricPath: rubric, bidsPath: bids, tenderPath: tender.tender, registry: registry)
        let out = environment.output
        let text = DiagnosticText(language.language), labels = TextLabels(language.language)
        for diagnostic in check.diagnostics { out.write(text.line(diagnostic) + "\n") }
        if let rubric = check.rubric {
            out.write(labels.rubricSummary(id: rubric.id, version: rubric.version, criteria: rubric.criteria.count,
                                           groups: rubric.groups.count, gates: rubric.gates.count,
                                           points: rubric.totalPoints.decimalString()) + "\n")
        }
        if let loaded = check.bids {
            out.write(labels.bidsSummary(vendors: loaded.bids.count) + "\n")
        }
        if let tender = check.tender {
            let decisions = tender.decisions
            let count = decisions.abnormalPrices.count + decisions.invalidBids.count + decisions.corrections.count
            out.write(labels.tenderSummary(number: tender.project.number, members: tender.committee.sitting.count, decisions: count) + "\n")
        }
        out.write(labels.problemCount(errors: check.errors.count, warnings: check.warnings.count) + "\n")
        return check.errors.isEmpty ? .success : .invalidInput
    }
}
