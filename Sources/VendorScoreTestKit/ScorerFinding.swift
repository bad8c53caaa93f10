import VendorScoreCore

/// One rule a scorer breaks, found by ``ScorerCheck``: which rule, where, and what to do.
///
/// ```swift
/// for finding in ScorerCheck(DataCentrePUE.self).findings() {
///     print(finding)   // custom.pue: range: example 'halfway': vendor 'a' got 5 points, outside 0–4
/// }
/// ```
public struct ScorerFinding: Sendable, Hashable, CustomStringConvertible {
    /// The rule a finding is about.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// A valid, unique id; a semantic version; a one-line summary; documented parameters.
        case identity
        /// Every worked example gives its documented points.
        case examples
        /// Points stay within `[0, maximum]`, with a one-line reason.
        case range
        /// The same inputs twice give the same awards.
        case determinism
        /// The order of the bids does not change any bid's award.
        case bidOrder = "bid-order"
        /// The scorer reads only the facts it declares.
        case declaredFacts = "declared-facts"
        /// Bad parameters are refused with an error at the offending value.
        case badParameters = "bad-parameters"
    }

    public var rule: Rule
    /// The scorer's id.
    public var scorer: String
    /// The example concerned, if any.
    public var example: String?
    public var message: String

    public init(_ rule: Rule, scorer: String, example: String? = nil, _ message: String) {
        self.rule = rule
        self.scorer = scorer
        self.example = example
        self.message = message
    }

    public var description: String {
        "\(scorer): \(rule.rawValue): " + (example.map { "example '\($0)': " } ?? "") + message
    }
}
