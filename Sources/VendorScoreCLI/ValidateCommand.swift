import ArgumentParser
import VendorScoreCore

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
        for diagnostic in check.diagnostics { out.write("\(diagnostic)\n") }
        if let rubric = check.rubric {
            let criteria = Self.count(rubric.criteria.count, "criterion", "criteria")
            let groups = Self.count(rubric.groups.count, "group", "groups")
            let gates = Self.count(rubric.gates.count, "gate", "gates")
            out.write("rubric \(rubric.id) v\(rubric.version): \(criteria) in \(groups), \(gates), \(rubric.totalPoints.decimalString()) points\n")
        }
        if let loaded = check.bids {
            out.write("bids: \(Self.count(loaded.bids.count, "vendor", "vendors"))\n")
        }
        if let tender = check.tender {
            let sitting = Self.count(tender.committee.sitting.count, "member", "members")
            let decisions = tender.decisions
            let count = decisions.abnormalPrices.count + decisions.invalidBids.count + decisions.corrections.count
            out.write("tender \(tender.project.number): committee of \(sitting), \(Self.count(count, "decision", "decisions"))\n")
        }
        out.write("\(Self.count(check.errors.count, "error", "errors")), \(Self.count(check.warnings.count, "warning", "warnings"))\n")
        return check.errors.isEmpty ? .success : .invalidInput
    }

    static func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }
}
