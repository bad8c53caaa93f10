import Foundation
import VendorScoreCLI
import VendorScoreCore
@testable import VendorScoreReport

/// Evaluations to report on: the shipped example, or a rubric and bids written by a test.
struct ReportFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let date = try! ReportDate(parsing: "2026-03-18")

    let evaluation: Evaluation
    let inputs: ReportInputs

    /// The shipped government-cloud example: fourteen vendors, two failing gates, deductions,
    /// an abnormally low price and a tie on total points.
    static let example: ReportFixture = {
        let rubric = repository.appendingPathComponent("rubrics/government-cloud.yaml").path
        let bids = repository.appendingPathComponent("examples/government-cloud/bids.yaml").path
        return try! ReportFixture(rubricText: String(contentsOfFile: rubric, encoding: .utf8),
                                  bidsText: String(contentsOfFile: bids, encoding: .utf8))
    }()

    init(rubricText: String, bidsText: String, bidsFile: String = "bids.yaml") throws {
        let registry = try ScorerRegistry(builtinModules)
        let rubricBytes = Array(rubricText.utf8), bidsBytes = Array(bidsText.utf8)
        let (rubric, warnings) = try RubricLoader(registry: registry).load(bytes: rubricBytes, file: "rubric.yaml")
        let bids = try BidsLoader().load(bytes: bidsBytes, file: bidsFile)
        let problems = BidChecker.check(bids, against: rubric)
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticList(problems) }
        evaluation = try Engine().evaluate(rubric: rubric, bids: bids.bids, warnings: warnings + problems, detail: .full)
        inputs = ReportInputs(rubric: .init(path: "rubric.yaml", bytes: rubricBytes), bids: .init(path: bidsFile, bytes: bidsBytes))
    }

    func report(_ language: Language = .en, seal: String? = nil) -> EvaluationReport {
        EvaluationReport(evaluation: evaluation, inputs: inputs,
                         options: ReportOptions(language: language, date: Self.date, vendorScoreVersion: "9.9.9-test", seal: seal))
    }

    func context(_ language: Language = .en) -> ReportContext {
        ReportContext(evaluation: evaluation, inputs: inputs,
                      options: ReportOptions(language: language, date: Self.date, vendorScoreVersion: "9.9.9-test"))
    }
}
