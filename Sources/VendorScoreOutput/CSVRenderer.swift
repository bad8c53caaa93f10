import VendorScoreCore

/// Renders one CSV row per vendor, for spreadsheets: rank, id, name, price, evaluation price,
/// one column per group subtotal (headed by group id), total, qualified, failed gates, flags,
/// the place among the recommended candidates, and the tender file's decisions and 第64条
/// corrections (mark given → mark scored) on the vendor.
///
/// Points carry the rubric's decimals; prices are exact decimals without grouping. Lists inside
/// a cell (failed gates, flags) are separated by ` | `, as in bids CSV files. Vendors not ranked
/// have empty rank, subtotal and total cells. A text cell a spreadsheet would take for a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) starts with an apostrophe
/// (``CSVCell``).
///
/// ```swift
/// let csv = try CSVRenderer().render(evaluation)
/// // rank,id,name,price,evaluation_price,technical,commercial,total,qualified,failed_gates,flags,recommended,decisions,corrections
/// // 1,inspur,浪潮云,9000000,9000000,54.00,35.20,89.20,true,,,1,,
/// ```
public struct CSVRenderer: EvaluationRenderer {
    /// Totals, subtotals, flags and ranks only.
    public var detail: EvaluationDetail { .pointsOnly }

    /// The language of the flags' words.
    public var language: Language

    public init(language: Language = .en) {
        self.language = language
    }

    public func render(_ evaluation: Evaluation) throws -> String {
        let rubric = evaluation.rubric
        var text = ""
        text.reserveCapacity(128 * (evaluation.vendors.count + 1))
        append(["rank", "id", "name", "price", "evaluation_price"] + rubric.groups.map(\.id)
            + ["total", "qualified", "failed_gates", "flags", "recommended", "decisions", "corrections"], to: &text)
        let place = Dictionary(evaluation.recommended.enumerated().map { ($0.element, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
        let tender = evaluation.tender.map(EvaluationDocument.TenderInfo.init)
        let decisions = Dictionary(grouping: (tender?.abnormalPrices.map { ($0.vendor, TenderText.abnormalPrice($0, language)) } ?? [])
                                   + (tender?.invalidBids.map { ($0.vendor, TenderText.invalidBid($0, language)) } ?? []), by: \.0)
        let corrections = Dictionary(grouping: tender?.corrections ?? [], by: \.vendor)
        for vendor in evaluation.vendors {
            let subtotals = rubric.groups.indices.map { index in
                vendor.groups.isEmpty ? "" : ReportText.points(vendor.groups[index].points, rubric)
            }
            append([vendor.rank.map(String.init) ?? "", vendor.id, vendor.name,
                    vendor.price.decimalString(), vendor.evaluationPrice.decimalString()]
                + subtotals
                + [vendor.total.map { ReportText.points($0, rubric) } ?? "",
                   vendor.qualified ? "true" : "false",
                   vendor.failedGates.map(\.gateID).joined(separator: " | "),
                   vendor.flags.map { ReportText.flag($0, rubric, language) }.joined(separator: " | "),
                   place[vendor.id].map(String.init) ?? "",
                   (decisions[vendor.id] ?? []).map(\.1).joined(separator: " | "),
                   (corrections[vendor.id] ?? []).map { TenderText.correction($0, language) }.joined(separator: " | ")], to: &text)
        }
        return text
    }

    /// Appends one record, quoting fields as RFC 4180 asks. CSV.swift reads our CSV input; its
    /// writer is not used here because it searches every field through Foundation (measured at
    /// about 45 µs a row, a third of a 10,000-bid evaluation).
    private func append(_ fields: [String], to text: inout String) {
        for (index, written) in fields.enumerated() {
            if index > 0 { text.append(",") }
            let field = CSVCell.neutralised(written)
            if field.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 10 || $0 == 13 }) {
                text.append("\"")
                text.append(field.replacing("\"", with: "\"\""))
                text.append("\"")
            } else {
                text.append(field)
            }
        }
        text.append("\n")
    }
}
