import VendorScoreCore

/// Every message of the analysis library a user reads, in one place: message ids and their
/// values, worded in Chinese and English by the output's catalogue.
enum AnalysisMessages {
    static let notRanked = Phrase("analysis.not-ranked", [:])
    static func tooFewVendors(_ count: Int) -> Phrase {
        count == 1 ? Phrase("analysis.one-vendor", [:]) : Phrase("analysis.too-few-vendors", ["count": .number(Rational(count))])
    }
}
