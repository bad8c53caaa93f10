import VendorScoreStore

/// One page of the tender list: which page it is of how many, and its tenders. A page past the
/// end shows the last one, so a stale link still lands on tenders.
///
/// ```swift
/// let page = TenderPage(requested: 3, total: 120)   // page 3 of 3: tenders 101–120
/// page.window                                       // offset 100, limit 50
/// ```
struct TenderPage: Sendable {
    /// Tenders on one page: a screenful an officer can scan.
    static let size = 50

    /// The page shown, from 1.
    let number: Int
    /// How many pages there are; 1 when there are no tenders.
    let count: Int
    /// How many tenders the user may open in all.
    let total: Int
    private(set) var tenders: [LoadedTender] = []

    init(requested: Int, total: Int) {
        self.total = total
        self.count = max(1, (total + Self.size - 1) / Self.size)
        self.number = min(max(1, requested), count)
    }

    var window: ListingWindow { ListingWindow(page: number, size: Self.size) }

    func with(_ tenders: [LoadedTender]) -> TenderPage {
        var page = self
        page.tenders = tenders
        return page
    }
}
