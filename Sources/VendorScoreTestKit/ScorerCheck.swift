import VendorScoreCore

/// Checks a scorer type against the rules every scorer keeps, for its author's own tests.
///
/// It runs the scorer's worked examples and checks that each gives its documented points, within
/// `[0, maximum]`, with a one-line reason; that running them twice, with the bids reversed or
/// rotated, or with only the facts the scorer declares, changes nothing; that the id is valid
/// and unique, the version semantic and the parameters documented; and that bad parameters are
/// refused with an error at the offending value, including each required parameter left out.
///
/// The check returns its findings (or throws them from ``verify()``) instead of calling a test
/// framework, so it works the same from Swift Testing and XCTest:
///
/// ```swift
/// import Testing
/// import VendorScoreTestKit
///
/// @Test func pueKeepsTheRules() throws {
///     try ScorerCheck(DataCentrePUE.self, badParameters: [
///         BadParameters("full_at: 1.5\nzero_at: 1.2", at: 1, 10, "full_at must be below zero_at"),
///     ]).verify()
/// }
/// ```
public struct ScorerCheck: Sendable {
    public let scorer: any Scorer.Type
    /// Parameters the scorer must refuse, with where the error must point.
    public var badParameters: [BadParameters]
    /// The other modules the scorer will be registered with; its id must not clash with theirs.
    public var alongside: [ScorerModule]

    public init(_ scorer: any Scorer.Type, badParameters: [BadParameters] = [], alongside: [ScorerModule] = []) {
        self.scorer = scorer
        self.badParameters = badParameters
        self.alongside = alongside
    }

    /// Every rule the scorer breaks; empty when it keeps them all.
    public func findings() -> [ScorerFinding] {
        identityFindings() + scorer.examples.flatMap(exampleFindings) + badParameterFindings() + requiredParameterFindings()
    }

    /// Throws every finding at once when the scorer breaks any rule.
    public func verify() throws(ScorerCheckFailure) {
        let findings = findings()
        if !findings.isEmpty { throw ScorerCheckFailure(findings) }
    }

    func finding(_ rule: ScorerFinding.Rule, example: ScorerExample? = nil, _ message: String) -> ScorerFinding {
        ScorerFinding(rule, scorer: scorer.id, example: example?.title, message)
    }
}
