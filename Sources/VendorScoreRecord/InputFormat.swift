/// How an input file is written. Bids are CSV when the file name ends in `.csv` and a workbook
/// when it ends in `.xlsx` (any case), as they are loaded; rubrics are always YAML.
///
/// ```swift
/// InputFormat(forBidsNamed: "bids.CSV")   // .csv
/// ```
public enum InputFormat: String, Codable, Sendable, CaseIterable {
    case yaml, csv, xlsx

    public init(forBidsNamed name: String) {
        let lowered = name.lowercased()
        self = lowered.hasSuffix(".csv") ? .csv : lowered.hasSuffix(".xlsx") ? .xlsx : .yaml
    }
}
