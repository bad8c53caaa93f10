import ArgumentParser
import Foundation
import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord

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

            With --record instead of RUBRIC and BIDS, the explanation is read from an evaluation \
            record exactly as it was recorded, without re-running any scorer; the record is \
            checked to be intact first ('vendorscore verify' also re-runs it).

            Examples:
              vendorscore explain rubric.yaml bids.yaml --vendor inspur --lang zh
              vendorscore explain rubric.yaml bids.yaml --tender tender.yaml --vendor chinac
              vendorscore explain --record tender.record.json --vendor inspur

            Exit status: 0 when the bids are ranked; 1 when too few bids passed the gates; 2 when \
            the input is invalid, the record is damaged, or the vendor is not in the bids.
            """
    )

    @Argument(help: "The rubric (评分办法): a vendorscore/rubric@1 YAML file (not with --record).")
    var rubric: String?

    @Argument(help: "The bids: a vendorscore/bids@1 YAML file, or a CSV file (not with --record).")
    var bids: String?

    @Option(help: ArgumentHelp("The vendor to explain, by its id in the bids file.", valueName: "id"))
    var vendor: String

    @Option(help: ArgumentHelp("Explain from this evaluation record instead of RUBRIC and BIDS.", valueName: "file"))
    var record: String?

    @Option(name: .customLong("lang"), help: "The language of rubric titles, errors and warnings: zh or en.")
    var language: OutputLanguage = .en

    var messageLanguage: Language { language.language }

    @OptionGroup var tender: TenderOption
    @OptionGroup var plugins: PluginOptions

    func validate() throws {
        if record != nil && (rubric != nil || bids != nil || tender.tender != nil) {
            throw ValidationError("give either RUBRIC and BIDS (and --tender), or --record FILE, not both")
        }
        if record == nil && (rubric == nil || bids == nil) {
            throw ValidationError("missing \(rubric == nil ? "RUBRIC and BIDS" : "BIDS"); or give --record FILE to explain from an evaluation record")
        }
    }

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let renderer = ExplainRenderer(language: language.language)
        if let record {
            let document = try Self.document(fromRecord: record)
            for warning in document.warnings { environment.errors.write(Self.line(warning)) }
            guard let result = document.vendors.first(where: { $0.id == vendor }) else {
                throw unknownVendor(among: document.vendors.map(\.id), in: record)
            }
            environment.output.write(renderer.render(result, in: document))
            return document.outcome.status == "ranked" ? .success : .noRanking
        }
        let (rubric, bids) = (self.rubric!, self.bids!)
        let registry = try plugins.registry(environment)
        let inputs = try InputCheck(rubricPath: rubric, bidsPath: bids, tenderPath: tender.tender, registry: registry).inputs()
        environment.report(inputs.warnings, in: language.language)
        let ids = inputs.bids.bids.map(\.id)
        guard ids.contains(vendor) else { throw unknownVendor(among: ids, in: bids) }
        let evaluation = try Engine().evaluate(rubric: inputs.rubric, bids: inputs.bids.bids, tender: inputs.tender,
                                               warnings: inputs.warnings, detail: .vendors([vendor]))
        // Scoring adds its own warnings, such as list items a scorer does not recognise.
        environment.report(Array(evaluation.warnings.dropFirst(inputs.warnings.count)), in: language.language)
        guard let result = evaluation.vendor(vendor) else { throw CLIMessages.vendorMissingFromEvaluation(vendor) }
        environment.output.write(renderer.render(result, in: evaluation))
        return evaluation.isRanked ? .success : .noRanking
    }

    /// The recorded result, once the record is known to be intact.
    static func document(fromRecord path: String) throws(CommandError) -> EvaluationDocument {
        try RecordFile.intact(path).record.sealed.document
    }

    /// A recorded warning as the loaders print one: `rubric.yaml:9:15: warning: path: message (hint)`.
    static func line(_ warning: EvaluationDocument.Warning) -> String {
        (warning.location.map { "\($0): " } ?? "") + "\(warning.severity): " + (warning.path.isEmpty ? "" : "\(warning.path): ")
            + warning.message + (warning.hint.map { " (\($0))" } ?? "") + "\n"
    }

    private func unknownVendor(among ids: [String], in source: String) -> CommandError {
        CLIMessages.noVendor(vendor, in: source, closest: Suggestions.closest(to: vendor, in: ids), all: ids.sorted())
    }
}
