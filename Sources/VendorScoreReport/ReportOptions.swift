import VendorScoreCore

/// What a report says besides the evaluation: its language, the date of the evaluation, the
/// version of VendorScore that produced it, and, when the evaluation was sealed, the seal line.
///
/// ```swift
/// let options = ReportOptions(language: .zh, date: try ReportDate(parsing: "2026-03-18"),
///                             vendorScoreVersion: "0.1.0")
/// ```
public struct ReportOptions: Sendable {
    /// The language of every label and of rubric titles (falling back to the other language
    /// where a title has only one).
    public var language: Language
    public var date: ReportDate
    public var vendorScoreVersion: String
    /// One line identifying the seal of a sealed evaluation record, shown in the header; `nil`
    /// for an evaluation that was not sealed.
    public var seal: String?

    public init(language: Language, date: ReportDate, vendorScoreVersion: String, seal: String? = nil) {
        self.language = language
        self.date = date
        self.vendorScoreVersion = vendorScoreVersion
        self.seal = seal
    }
}
