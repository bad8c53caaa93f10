import ArgumentParser

/// `--tender FILE`: the tender file (`vendorscore/tender@1`) with the project, the committee, the
/// opening record and the committee's decisions, applied as inputs beside the rubric and bids.
///
/// ```sh
/// vendorscore evaluate rubric.yaml bids.yaml --tender tender.yaml
/// ```
struct TenderOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A tender file (vendorscore/tender@1): the committee, the opening record and its decisions; see docs/tender-format.md.",
        valueName: "file"))
    var tender: String?
}
