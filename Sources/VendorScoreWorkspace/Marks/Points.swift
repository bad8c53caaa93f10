import VendorScoreCore

/// A mark in points, exact, written and read as plain decimal text ("7.5").
///
/// ```swift
/// let mark = Points("7.5")!
/// mark.description    // "7.5"
/// ```
public struct Points: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let value: Rational

    public init(_ value: Rational) { self.value = value }

    /// Reads a plain decimal (at most 9 digits after the point); `nil` for anything else.
    public init?(_ text: String) {
        guard let value = Rational(decimal: text) else { return nil }
        self.value = value
    }

    /// The exact decimal form: marks are read from decimal text, so it is always finite.
    public var description: String { value.decimalString(maxDecimals: 9) }

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Rational(decimal: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a decimal number")
        }
        self.value = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
