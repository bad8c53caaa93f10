import CostScorers
import Foundation
import GenericScorers
import ReliabilityScorers
import ScalabilityScorers
import SecurityScorers
import Testing
import VendorScoreCore
@testable import VendorScoreAnalysis

/// The analysis of the shipped government-cloud example, with and without its tender file.
@Suite struct ShippedExampleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Example {
        var rubric: Rubric
        var bids: [Bid]
        var tender: Tender?
        var evaluation: Evaluation
    }

    static func example(withTender: Bool) throws -> Example {
        let registry = try ScorerRegistry([
            ScorerModule("GenericScorers", GenericScorers.all), ScorerModule("ReliabilityScorers", ReliabilityScorers.all),
            ScorerModule("ScalabilityScorers", ScalabilityScorers.all), ScorerModule("SecurityScorers", SecurityScorers.all),
            ScorerModule("CostScorers", CostScorers.all),
        ])
        let path = { (file: String) in repository.appendingPathComponent(file).path }
        let rubric = try RubricLoader(registry: registry).load(path: path("rubrics/government-cloud.yaml")).rubric
        let bids = try BidsLoader().load(path: path("examples/government-cloud/bids.yaml")).bids
        let tender = withTender ? try TenderLoader().load(path: path("examples/government-cloud/tender.yaml")) : nil
        let evaluation = try Engine().evaluate(rubric: rubric, bids: bids, tender: tender)
        return Example(rubric: rubric, bids: bids, tender: tender, evaluation: evaluation)
    }

    @Test func scalingOfTheExampleCriteria() throws {
        let example = try Self.example(withTender: false)
        let scaling = PointsScaling.check(rubric: example.rubric, bids: example.bids, evaluation: example.evaluation)
        let byID = Dictionary(uniqueKeysWithValues: zip(example.rubric.criteria.map(\.id), scaling))
        // The price formula and linear interpolations scale; committee marks and the rubric's
        // points tables (MLPS levels, certifications) do not.
        #expect(byID["price"] == .proportional)
        #expect(byID["sla"] == .proportional)
        #expect(byID["solution-design"] == .committeeMarks)
        #expect(byID["security-plan"] == .committeeMarks)
        #expect(byID["mlps-above-gate"] == .fixedPoints)
        #expect(byID["certifications"] == .fixedPoints)
    }

    /// With a tender file, leaving a member out is the engine's result with that member's marks
    /// gone, corrected marks included.
    @Test func leaveOneOutHonoursTheTendersCorrections() throws {
        let example = try Self.example(withTender: true)
        let tender = try #require(example.tender)
        let corrected = try #require(tender.decisions.corrections.first)
        let influence = try ExpertInfluence.analyse(rubric: example.rubric, bids: example.bids, evaluation: example.evaluation)
        for member in influence.members {
            var bids = example.bids
            for index in bids.indices {
                for criterion in Array(bids[index].evaluatorScores.keys) { bids[index].evaluatorScores[criterion]?[member.evaluator] = nil }
            }
            var reviewed = tender
            // The corrected member's mark is gone with the member; the others' corrections stay.
            reviewed.decisions.corrections.removeAll { $0.member == member.evaluator }
            let rerun = try Engine().evaluate(rubric: example.rubric, bids: bids, tender: reviewed)
            #expect(member.ranking.map(\.vendor) == rerun.qualified.map(\.id), "\(member.evaluator)")
        }
        // SMAA's noise starts from the corrected mark.
        let table = try PerformanceTable(example.evaluation)
        let marks = CommitteeMarks(rubric: example.rubric, bids: example.bids, evaluation: example.evaluation, table: table)
        let criterion = try #require(marks.criteria.first { example.rubric.criteria[$0.index].id == corrected.criterion })
        let vendor = try #require(table.vendors.firstIndex(of: corrected.vendor))
        let member = try #require(influence.evaluators.firstIndex(of: corrected.member))
        #expect(criterion.marks[vendor][member] == corrected.after.approximateDouble)
    }

    @Test func wholeAnalysisOfTheExample() throws {
        let example = try Self.example(withTender: true)
        let analysis = try Analysis(rubric: example.rubric, bids: example.bids, evaluation: example.evaluation,
                                    smaa: SMAA.Options(samples: 2_000, seed: 1))
        #expect(analysis.table.vendors.first == example.evaluation.qualified.first?.id)
        #expect(analysis.sensitivity.count == example.rubric.groups.count + example.rubric.criteria.count)
        #expect(analysis.smaa.rankCounts.allSatisfy { $0.reduce(0, +) == 2_000 })
        #expect(analysis.secondOpinions.methods.count == 4)
        #expect(analysis.influence.evaluators == ["E1", "E2", "E3", "E4", "E5"])
    }
}
