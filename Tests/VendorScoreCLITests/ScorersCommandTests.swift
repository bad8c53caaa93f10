import Foundation
import Testing
import VendorScoreCLI

@Suite struct ScorersCommandTests {
    struct Listing: Decodable {
        struct Scorer: Decodable {
            struct Parameter: Decodable, Equatable {
                var name: String
                var type: String
                var required: Bool
                var summary: String
            }

            var id: String
            var version: String
            var module: String
            var summary: String
            var scores_price: Bool
            var parameters: [Parameter]
            var origin: [String: String]
        }

        var format: String
        var scorers: [Scorer]
    }

    @Test func listsBuiltinScorersSortedById() throws {
        let run = CLIRun(["scorers", "--format", "json"])
        #expect(run.status == 0)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(run.output.utf8))
        #expect(listing.format == "vendorscore/scorers@1")
        let ids = listing.scorers.map(\.id)
        #expect(ids == ids.sorted())
        #expect(ids.contains("committee.panel") && ids.contains("cost.price-87") && ids.contains("generic.linear"))
        let price = try #require(listing.scorers.first { $0.id == "cost.price-87" })
        #expect(price.module == "CostScorers" && price.scores_price && price.parameters.isEmpty)
        #expect(price.origin == ["kind": "built-in"])
        let committee = try #require(listing.scorers.first { $0.id == "committee.panel" })
        #expect(committee.module == "VendorScoreCore" && !committee.scores_price)
        #expect(committee.parameters.map(\.name) == ["combine"])
    }

    @Test func listsAThirdPartyModule() throws {
        let run = CLIRun(["scorers", "--format", "json"], modules: [testModule])
        let listing = try JSONDecoder().decode(Listing.self, from: Data(run.output.utf8))
        #expect(listing.scorers.map(\.id) == ["committee.panel", "test.failing", "test.target"])
        let target = listing.scorers[2]
        #expect(target.version == "2.0.1" && target.module == "TestScorers" && target.origin == ["kind": "package"])
        #expect(target.parameters == [
            .init(name: "fact", type: "fact name", required: true, summary: "The number fact to compare."),
            .init(name: "target", type: "number", required: false, summary: "The value for full points; 1 by default."),
        ])
    }

    @Test func tableShowsOverviewAndParameters() {
        let run = CLIRun(["scorers"], modules: [testModule])
        #expect(run.status == 0)
        #expect(run.output == """
            +-----------------+---------+---------------------------+----------------+
            | Scorer          | Version | From                      | Parameters     |
            +-----------------+---------+---------------------------+----------------+
            | committee.panel | 1.0.0   | built-in: VendorScoreCore | [combine]      |
            | test.failing    | 1.0.0   | package: TestScorers      |                |
            | test.target     | 2.0.1   | package: TestScorers      | fact, [target] |
            +-----------------+---------+---------------------------+----------------+

            committee.panel 1.0.0 (built-in: VendorScoreCore)
              Combines the evaluation committee's scores on a subjective criterion (mean or trimmed mean).
            +-----------+---------------------+----------+----------------------------------------------------------------------------------+
            | Parameter | Type                | Required | Meaning                                                                          |
            +-----------+---------------------+----------+----------------------------------------------------------------------------------+
            | combine   | mean | trimmed-mean | no       | How evaluators' scores are combined; defaults to the rubric's committee.combine. |
            +-----------+---------------------+----------+----------------------------------------------------------------------------------+

            test.failing 1.0.0 (package: TestScorers)
              Always fails.
              No parameters.

            test.target 2.0.1 (package: TestScorers)
              Full points when the fact reaches the target.
            +-----------+-----------+----------+------------------------------------------+
            | Parameter | Type      | Required | Meaning                                  |
            +-----------+-----------+----------+------------------------------------------+
            | fact      | fact name | yes      | The number fact to compare.              |
            | target    | number    | no       | The value for full points; 1 by default. |
            +-----------+-----------+----------+------------------------------------------+

            """)
    }
}
