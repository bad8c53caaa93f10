import Foundation
import VendorScoreCore

/// One criterion's external scorer: its parameters, already accepted by the program's
/// `validate` answer, and the facts the program said it reads.
///
/// Scoring runs the program once with every bid in the request, so a criterion costs one
/// process start however many bids there are. Anything short of a complete, well-formed answer
/// stops the evaluation with an error naming the program, the bids and what went wrong, with the
/// end of the program's standard error.
struct ExternalScorer: CriterionScorer {
    let spec: ExternalScorerSpec
    let parameters: JSONValue
    let facts: [FactRequirement]
    let runner: ExternalRunner

    func score(_ context: ScoringContext) throws(ScorerError) -> [Award] {
        let request = ExternalRequest.score(spec, parameters: parameters, facts: facts, context: context)
        let ids = context.bids.map(\.id)
        let scope = ids.count == 1 ? "scoring vendor '\(ids[0])'" : "scoring \(ids.count) bids (\(Self.list(ids)))"
        let result = runner.run(spec, request: request)
        do throws(ExternalResponse.Problem) {
            try runner.check(result, spec: spec)
            return try ExternalResponse.awards(result.output, context: context)
        } catch {
            let scope = error.vendor.map { "scoring vendor '\($0)'" } ?? scope
            throw ScorerError(runner.message(error.message, spec: spec, while: scope, stderr: result.errorTail))
        }
    }

    /// The first few ids, then how many more.
    static func list(_ ids: [String]) -> String {
        ids.count <= 5 ? ids.joined(separator: ", ") : ids.prefix(5).joined(separator: ", ") + ", and \(ids.count - 5) more"
    }
}
