/// The exit codes of `vendorscore`, the same for every subcommand.
///
/// ```sh
/// vendorscore evaluate rubric.yaml bids.yaml -o result.json
/// case $? in 0) echo ranked ;; 1) echo "no ranking: too few qualified bids" ;; *) echo "fix the input" ;; esac
/// ```
public enum ExitStatus: Int32, Sendable {
    /// Done: bids ranked, input valid, listing printed.
    case success = 0
    /// Evaluated, but too few bids passed the gates to rank them (财政部令第87号).
    case noRanking = 1
    /// Invalid input or usage: nothing was scored.
    case invalidInput = 2
}
