import VendorScoreCore

/// Parameters a scorer must refuse, with where its error must point and words its message must
/// contain. Lines and columns are 1-based, counted in the YAML text given.
///
/// ```swift
/// BadParameters("target: 1.5\nlimit: 1.2", at: 1, 9, "target must be below limit")
/// ```
public struct BadParameters: Sendable, CustomStringConvertible {
    /// The criterion's `params`, as YAML.
    public var yaml: String
    /// The criterion's points.
    public var maximum: Rational
    public var line: Int
    public var column: Int
    /// Words the error message must contain.
    public var message: String

    public init(_ yaml: String, maximum: Rational = 10, at line: Int, _ column: Int, _ message: String) {
        self.yaml = yaml
        self.maximum = maximum
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { yaml.replacingNewlines() }
}

extension String {
    /// The text on one line, with `\n` shown as `⏎`, for messages quoting YAML.
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ")
    }
}
