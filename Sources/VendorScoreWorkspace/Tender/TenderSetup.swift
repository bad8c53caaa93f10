/// What the officer enters about a tender besides the rubric, bids and committee: the project,
/// the opening record and how many candidates to recommend. At closing it becomes the project and
/// opening-record parts of the tender file (`vendorscore/tender@1`).
///
/// Amounts stay as the decimal text the officer typed; the engine reads them exactly.
///
/// ```swift
/// var setup = TenderSetup()
/// setup.project.number = "GC-2026-014"
/// setup.openingRecord = [OpeningEntry(vendor: "inspur", quotedPrice: "8900000", declarations: ["sme"])]
/// ```
public struct TenderSetup: Hashable, Sendable, Codable {
    public var project: Project
    public var openingRecord: [OpeningEntry]
    /// 推荐中标候选人数量 (default 3).
    public var recommendedCandidates: Int

    public init(project: Project = Project(), openingRecord: [OpeningEntry] = [], recommendedCandidates: Int = 3) {
        self.project = project
        self.openingRecord = openingRecord
        self.recommendedCandidates = recommendedCandidates
    }

    private enum CodingKeys: String, CodingKey {
        case project, openingRecord = "opening-record", recommendedCandidates = "recommended-candidates"
    }
}

/// The project as the notice states it.
public struct Project: Hashable, Sendable, Codable {
    public var nameZh: String
    public var nameEn: String
    /// 项目编号.
    public var number: String
    /// 采购人.
    public var purchaser: String
    /// 代理机构.
    public var agency: String
    /// The budget as decimal text, e.g. "9800000".
    public var budget: String
    /// `comprehensive` or `consultation`, as in the rubric.
    public var method: String
    /// Where the notice was published (媒体).
    public var noticeMedia: String
    /// When the notice was published, as written (e.g. "2026-10-08").
    public var noticeDate: String
    public var openingTime: String
    public var openingPlace: String

    public init(
        nameZh: String = "", nameEn: String = "", number: String = "", purchaser: String = "", agency: String = "",
        budget: String = "", method: String = "", noticeMedia: String = "", noticeDate: String = "",
        openingTime: String = "", openingPlace: String = ""
    ) {
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.number = number
        self.purchaser = purchaser
        self.agency = agency
        self.budget = budget
        self.method = method
        self.noticeMedia = noticeMedia
        self.noticeDate = noticeDate
        self.openingTime = openingTime
        self.openingPlace = openingPlace
    }

    private enum CodingKeys: String, CodingKey {
        case nameZh = "name-zh", nameEn = "name-en", number, purchaser, agency, budget, method
        case noticeMedia = "notice-media", noticeDate = "notice-date", openingTime = "opening-time"
        case openingPlace = "opening-place"
    }
}

/// One bidder's line in the opening record (开标记录): the price read out and the declarations
/// handed in.
public struct OpeningEntry: Hashable, Sendable, Codable {
    public var vendor: String
    public var quotedPrice: String
    public var declarations: [String]

    public init(vendor: String, quotedPrice: String, declarations: [String] = []) {
        self.vendor = vendor
        self.quotedPrice = quotedPrice
        self.declarations = declarations
    }

    private enum CodingKeys: String, CodingKey { case vendor, quotedPrice = "quoted-price", declarations }
}
