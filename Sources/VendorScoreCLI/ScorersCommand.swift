import ArgumentParser
import VendorScoreCore

/// `vendorscore scorers`: the scorers a rubric can name, with their parameters.
struct ScorersCommand: RunnableCommand {
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json
    }

    static let configuration = CommandConfiguration(
        commandName: "scorers",
        abstract: "List the scorers a rubric can use, with their parameters.",
        discussion: """
            Every registered scorer, sorted by id: its version, where it comes from (built-in, a \
            package that registered it, or an external program from --plugins with its SHA-256), \
            what it does, and each parameter (name, type, whether required, meaning). A rubric \
            names a scorer by id and gives its parameters under 'params':

              - id: sla
                title: { zh: 服务可用性, en: SLA availability }
                points: 10
                type: objective
                scorer: generic.linear
                params: { fact: sla_availability, floor: 99.9%, target: 99.99% }

            Examples:
              vendorscore scorers
              vendorscore scorers --format json
              vendorscore scorers --plugins examples/external-scorer/plugins.yaml
            """
    )

    @Option(help: "The output format: table or json.")
    var format: Format = .table

    @OptionGroup var plugins: PluginOptions

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let registry = try plugins.registry(environment)
        let catalogue = ScorerCatalogue(registry)
        environment.output.write(format == .json ? try catalogue.json() : catalogue.table())
        return .success
    }
}
