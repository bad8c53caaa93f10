import CSV
import Foundation
import VendorScoreCore

/// Renders one CSV row per vendor, for spreadsheets: rank, id, name, price, evaluation price,
/// one column per group subtotal (headed by group id), total, qualified, failed gates and flags.
///
/// Points carry the rubric's decimals; prices are exact decimals without grouping. Lists inside
/// a cell (failed gates, flags) are separated by ` | `, as in bids CSV files. Vendors not ranked
/// have empty rank, subtotal and total cells.
///
/// ```swift
/// let csv = try CSVRenderer().render(evaluation)
/// // rank,id,name,price,evaluation_price,technical,commercial,total,qualified,failed_gates,flags
/// // 1,inspur,浪潮云,9000000,9000000,54.00,35.20,89.20,true,,
/// ```
public struct CSVRenderer: EvaluationRenderer {
    /// Totals, subtotals, flags and ranks only.
    public var detail: EvaluationDetail { .pointsOnly }

    public init() {}

    public func render(_ evaluation: Evaluation) throws -> String {
        let rubric = evaluation.rubric
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream)
        // The writer closes the stream when released: read the bytes while it is alive.
        let data = try withExtendedLifetime(writer) { () throws -> Data in
            try writer.write(row: ["rank", "id", "name", "price", "evaluation_price"] + rubric.groups.map(\.id)
                + ["total", "qualified", "failed_gates", "flags"])
            for vendor in evaluation.vendors {
                let subtotals = rubric.groups.map { group in
                    vendor.groups.first { $0.groupID == group.id }.map { ReportText.points($0.points, rubric) } ?? ""
                }
                try writer.write(row: [vendor.rank.map(String.init) ?? "", vendor.id, vendor.name,
                                       vendor.price.decimalString(), vendor.evaluationPrice.decimalString()]
                    + subtotals
                    + [vendor.total.map { ReportText.points($0, rubric) } ?? "",
                       vendor.qualified ? "true" : "false",
                       vendor.failedGates.map(\.gateID).joined(separator: " | "),
                       vendor.flags.map(ReportText.flag).joined(separator: " | ")])
            }
            return stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
