import ArgumentParser

/// The root `vendorscore` command: only subcommands, no work of its own.
struct VendorScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vendorscore",
        abstract: "Score and rank bids for government cloud (政务云) tenders against a YAML rubric.",
        discussion: """
            A rubric (评分办法) states the gates, the criteria with their points and scorers, the \
            price policy and the rounding rule; a bids file gives each vendor's price, declarations, \
            facts and the committee's scores. Scoring follows 财政部令第87号 (综合评分法): \
            the price score is benchmark ÷ evaluation price × price points, totals are exact \
            before the tender's rounding, and ties are reported, never broken silently.

            Start with the shipped example (run from the repository):
              vendorscore validate rubrics/government-cloud.yaml
              vendorscore evaluate rubrics/government-cloud.yaml \\
                  examples/government-cloud/bids.yaml
              vendorscore explain rubrics/government-cloud.yaml \\
                  examples/government-cloud/bids.yaml --vendor inspur
              vendorscore scorers

            Exit status: 0 success; 1 evaluated but too few bids passed the gates to rank; \
            2 invalid input or usage.
            """,
        subcommands: [EvaluateCommand.self, ValidateCommand.self, ExplainCommand.self, ScorersCommand.self, ReportCommand.self,
                      VerifyCommand.self, KeygenCommand.self, AnalyzeCommand.self, LogCommand.self, ServeCommand.self]
    )
}
