/// Bounds on an `.xlsx` workbook, so a hostile or broken file cannot exhaust memory.
///
/// ```swift
/// let reader = XLSXBidsReader(limits: XLSXLimits(maxRows: 10_000))
/// ```
public struct XLSXLimits: Sendable {
    /// Largest workbook file, in bytes.
    public var maxArchiveBytes: Int
    /// Most entries (parts) in the archive; a workbook written by Excel has about a dozen.
    public var maxEntries: Int
    /// Most bytes the archive's parts may inflate to, in all.
    public var maxInflatedBytes: Int
    /// Most rows and columns the sheet may span (Excel's own limits by default).
    public var maxRows: Int
    public var maxColumns: Int

    public init(maxArchiveBytes: Int = 64 << 20, maxEntries: Int = 1000, maxInflatedBytes: Int = 256 << 20,
                maxRows: Int = 1_048_576, maxColumns: Int = 16_384) {
        self.maxArchiveBytes = maxArchiveBytes
        self.maxEntries = maxEntries
        self.maxInflatedBytes = maxInflatedBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
    }

    public static let `default` = XLSXLimits()
}
