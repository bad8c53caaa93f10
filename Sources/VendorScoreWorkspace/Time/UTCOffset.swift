/// The fixed offset from UTC in which the workspace writes the dates and times people read and
/// sign: the report's date, the decisions' and signatures' dates, the log as a page shows it.
/// China has one zone without daylight saving, so a fixed offset is exact; the default is
/// 北京时间 (+08:00). The log and the API keep UTC; only what is written for people moves.
///
/// ```swift
/// let beijing = UTCOffset.chinaStandardTime                   // +08:00
/// UTCOffset(parsing: "-05:30")?.minutes                      // -330
/// Timestamp(millisecondsSince1970: 1_795_000_000_000).minute(in: beijing)   // "2026-11-18 19:06"
/// ```
public struct UTCOffset: Hashable, Sendable, CustomStringConvertible {
    /// Minutes east of UTC, from -14 h to +14 h.
    public let minutes: Int

    public static let utc = UTCOffset(checked: 0)
    public static let chinaStandardTime = UTCOffset(checked: 8 * 60)
    /// The widest offsets any zone uses.
    public static let limit = 14 * 60

    private init(checked minutes: Int) { self.minutes = minutes }

    /// `nil` beyond ±14:00.
    public init?(minutes: Int) {
        guard abs(minutes) <= Self.limit else { return nil }
        self.minutes = minutes
    }

    /// `+08:00`, `-05:30`, `+0800`, `+8` or `Z`; `nil` for anything else.
    public init?(parsing text: String) {
        if text == "Z" || text == "z" { self = .utc; return }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let body = text.dropFirst()
        guard body.allSatisfy({ $0 == ":" || ("0"..."9").contains($0) }) else { return nil }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        let hours: Int, minutes: Int
        switch (parts.count, body.count) {
        case (2, 5) where parts[0].count == 2:
            hours = Int(parts[0])!; minutes = Int(parts[1])!
        case (1, 4):
            hours = Int(body.prefix(2))!; minutes = Int(body.suffix(2))!
        case (1, 1), (1, 2):
            hours = Int(body)!; minutes = 0
        default:
            return nil
        }
        guard minutes < 60 else { return nil }
        self.init(minutes: (sign == "-" ? -1 : 1) * (hours * 60 + minutes))
    }

    /// `+08:00`.
    public var description: String {
        let magnitude = abs(minutes)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(minutes < 0 ? "-" : "+")\(two(magnitude / 60)):\(two(magnitude % 60))"
    }
}

extension Timestamp {
    /// The moment as a clock at `offset` shows it, in ISO 8601 form without the zone.
    private func local(_ offset: UTCOffset) -> String {
        Timestamp(millisecondsSince1970: millisecondsSince1970 + Int64(offset.minutes) * 60_000).iso8601
    }

    /// `YYYY-MM-DD` at `offset`.
    public func date(in offset: UTCOffset) -> String { String(local(offset).prefix(10)) }

    /// `YYYY-MM-DD HH:MM` at `offset`, as the tender file writes times.
    public func minute(in offset: UTCOffset) -> String { local(offset).prefix(16).replacingOccurrences(of: "T", with: " ") }

    /// `YYYY-MM-DD HH:MM:SS` at `offset`.
    public func second(in offset: UTCOffset) -> String { local(offset).prefix(19).replacingOccurrences(of: "T", with: " ") }
}
