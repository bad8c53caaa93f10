import ArgumentParser
import VendorScoreCore
import VendorScoreExternal

/// `--plugins FILE`: external scorers, programs in any language, added to the registered ones.
///
/// ```sh
/// vendorscore evaluate rubric.yaml bids.yaml --plugins plugins.yaml
/// ```
struct PluginOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A plugins file (vendorscore/plugins@1) declaring external scorers; see docs/external-scorers.md.",
        valueName: "file"))
    var plugins: String?

    /// The environment's registry, with the plugins file's scorers when one is given.
    func registry(_ environment: CommandEnvironment) throws -> ScorerRegistry {
        guard let plugins else { return environment.registry }
        return try ExternalScorers.registry(environment.registry, adding: plugins)
    }
}
