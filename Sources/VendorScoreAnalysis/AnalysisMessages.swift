/// Every message of the analysis library a user reads, in one place.
enum AnalysisMessages {
    static let notRanked = "the evaluation ranked no vendors (too few bids passed the gates), so there is no ranking to analyse"
    static func tooFewVendors(_ count: Int) -> String {
        "only \(count) qualified vendor\(count == 1 ? "" : "s"); an analysis needs at least two"
    }
}
