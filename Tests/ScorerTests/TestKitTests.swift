import Testing
import VendorScoreCore
import VendorScoreTestKit

/// The built-in scorers keep the rules the test kit checks for third-party scorers.
@Suite("Built-in scorers pass the test kit")
struct TestKitTests {
    @Test("Every built-in scorer keeps every rule", arguments: AllScorers.types.map(ScorerType.init))
    func keepsTheRules(_ type: ScorerType) {
        let cases = BadParameters.all.filter { $0.scorer.id == type.scorer.id }.map {
            VendorScoreTestKit.BadParameters($0.yaml, maximum: $0.maximum, at: $0.line, $0.column, $0.message)
        }
        let findings = ScorerCheck(type.scorer, badParameters: cases, alongside: AllScorers.modules).findings()
        #expect(findings.isEmpty, "\(ScorerCheckFailure(findings))")
    }
}

/// A scorer type as a test argument, named by its id.
struct ScorerType: Sendable, CustomTestStringConvertible {
    let scorer: any Scorer.Type
    var testDescription: String { scorer.id }
}
