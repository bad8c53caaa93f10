/// How an input file is written. Bids are CSV when the file name ends in `.csv` (any case), as
/// `BidsLoader` decides; rubrics are always YAML.
///
/// ```swift
/// InputFormat(forBidsNamed: "bids.CSV")   // .csv
/// ```
public enum InputFormat: String, Codable, Sendable, CaseIterable {
    case yaml, csv

    public init(forBidsNamed name: String) {
        self = name.lowercased().hasSuffix(".csv") ? .csv : .yaml
    }
}
