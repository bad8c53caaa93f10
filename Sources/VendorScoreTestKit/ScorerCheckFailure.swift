/// Thrown by ``ScorerCheck/verify()`` when a scorer breaks a rule; lists every finding, one per line.
///
/// ```swift
/// @Test func keepsTheRules() throws {
///     try ScorerCheck(DataCentrePUE.self).verify()
/// }
/// ```
public struct ScorerCheckFailure: Error, Sendable, CustomStringConvertible {
    public var findings: [ScorerFinding]

    public init(_ findings: [ScorerFinding]) {
        self.findings = findings
    }

    public var description: String {
        let count = findings.count == 1 ? "1 rule" : "\(findings.count) rules"
        return "the scorer breaks \(count):\n" + findings.map { "  - \($0)" }.joined(separator: "\n")
    }
}
