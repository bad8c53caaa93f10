import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreOutput

/// Bids as offices keep them give the same result as the same bids in UTF-8 CSV.
@Suite struct OfficeBidsTests {
    let rubric = Fixtures.path("rubric.yaml")

    private func vendors(_ bids: String) throws -> (vendors: [EvaluationDocument.Vendor], errors: String) {
        let run = CLIRun(["evaluate", rubric, Fixtures.path(bids), "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let document = try JSONDecoder().decode(EvaluationDocument.self, from: Data(run.output.utf8))
        return (document.vendors, run.errors)
    }

    @Test func anXLSXWorkbookGivesTheSameResultAsTheCSV() throws {
        // bids.xlsx holds the prices as numbers with a ¥ format, '¥9,900,000', '880万元' and
        // '9,000,000.00元', and the SLAs as 0.00%-formatted numbers (see Tests/make-input-fixtures.py).
        let fromCSV = try vendors("bids.csv")
        let fromXLSX = try vendors("bids.xlsx")
        #expect(fromXLSX.vendors.map(\.id) == ["inspur", "ctyun", "dawning", "huawei", "ucloud"])
        #expect(fromXLSX.vendors == fromCSV.vendors)
        // Warnings name the sheet and cell.
        #expect(fromXLSX.errors.contains("bids.xlsx:投标!H2: warning: facts.data_location:"))
    }

    @Test func aGB18030CSVGivesTheSameResultAndSaysHowItWasRead() throws {
        let fromCSV = try vendors("bids.csv")
        let fromGB = try vendors("bids-gb18030.csv")
        #expect(fromGB.vendors == fromCSV.vendors)
        #expect(fromGB.vendors.map(\.name).contains("中国电信（天翼云）"))
        #expect(fromGB.errors.contains("bids-gb18030.csv:1:1: warning: the file is not UTF-8; it was read as GB18030 (GBK)"))
    }

    @Test func aGB18030RecordVerifiesAgainstTheUTF8File() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let record = directory.appendingPathComponent("tender.record.json").path
        let made = CLIRun(["evaluate", rubric, Fixtures.path("bids-gb18030.csv"), "--record", record])
        #expect(made.status == 0, "\(made.errors)")
        // The same text in UTF-8 with a byte-order mark and LF line ends is the same content.
        let verified = CLIRun(["verify", record, "--rubric", rubric, "--bids", Fixtures.path("bids.csv")])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(verified.output.contains("bids.csv: same content, different bytes"), "\(verified.output)")
    }

    @Test func aFileInNeitherEncodingIsRefusedWithTheWayOut() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The fixture's bytes under a name the CLI reads as CSV: not UTF-8, not GB18030.
        let renamed = directory.appendingPathComponent("bids.csv").path
        try FileManager.default.copyItem(atPath: Fixtures.path("bids.xlsx"), toPath: renamed)
        let run = CLIRun(["validate", rubric, renamed])
        #expect(run.status == 2)
        #expect(run.output.contains("bids.csv:1:17: error: the file is neither UTF-8 nor GB18030 (GBK) text: byte 0xEA at line 1, column 17"))
        #expect(run.output.contains("另存为 → CSV UTF-8 (逗号分隔)"))
    }

    @Test func theMeanBenchmarkExampleRunsAndWarnsAboutItsPriceRule() throws {
        let repository = Fixtures.repository.path
        let run = CLIRun(["evaluate", repository + "/rubrics/soe-cloud-mean-benchmark.yaml",
                          repository + "/examples/government-cloud/bids.yaml"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("warning: price: criterion 'price' scores price with 'cost.price-mean-benchmark', "
            + "but the rubric's method follows 财政部令第87号 第55条"))
        #expect(run.output.contains("|    1 | ctyun    | 中国电信 |"))
        // The lowest price is not this rule's benchmark: none is claimed; each reason gives it.
        #expect(!run.output.contains("评标基准价"))
    }

    @Test func theDiscountRateExampleRuns() throws {
        let repository = Fixtures.repository.path
        let run = CLIRun(["evaluate", repository + "/rubrics/property-services-discount-rate.yaml",
                          repository + "/examples/property-services/bids.yaml", "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let document = try JSONDecoder().decode(EvaluationDocument.self, from: Data(run.output.utf8))
        #expect(document.vendors.map { "\($0.id) \($0.total ?? "-")" } == ["hengxin 90.15", "jinguanjia 85.00", "anju 75.60", "chengfu 71.23"])
        // Prices written 184万元, "1,800,000" and ¥1,900,000 in the bids file.
        #expect(document.vendors.map(\.price) == ["1900000", "1840000", "1800000", "1760000"])
        #expect(run.errors.contains("warning: price: criterion 'price' scores price with 'cost.discount-rate'"))
    }

    @Test func workbookBidsAreRecordedAndVerified() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let record = directory.appendingPathComponent("tender.record.json").path
        let made = CLIRun(["evaluate", rubric, Fixtures.path("bids.xlsx"), "--record", record])
        #expect(made.status == 0, "\(made.errors)")
        let json = try String(contentsOfFile: record, encoding: .utf8)
        let recorded = json.contains("\"content_method\":\"xlsx-cells@1\"") && json.contains("\"format\":\"xlsx\",\"name\":\"bids.xlsx\"")
        #expect(recorded, "the record names its bids bids.xlsx, format xlsx, content xlsx-cells@1")
        let verified = CLIRun(["verify", record, "--rubric", rubric, "--bids", Fixtures.path("bids.xlsx")])
        #expect(verified.status == 0, "\(verified.output)\(verified.errors)")
        #expect(verified.output.contains("reproduced") || verified.output.contains("intact"), "\(verified.output)")
        // The workbook saved again without compression: other bytes, the same cells.
        let resaved = CLIRun(["verify", record, "--rubric", rubric, "--bids", Fixtures.path("bids-stored.xlsx")])
        #expect(resaved.output.contains("bids-stored.xlsx: same content, different bytes"), "\(resaved.output)")
        // The same bids as CSV are another file, in another format.
        let other = CLIRun(["verify", record, "--rubric", rubric, "--bids", Fixtures.path("bids.csv")])
        #expect(other.status != 0)
        #expect((other.output + other.errors).contains("it is CSV; the recorded file is XLSX"), "\(other.output)\(other.errors)")
    }

    @Test func theNewPriceRulesAreListed() {
        let run = CLIRun(["scorers"])
        #expect(run.output.contains("cost.price-mean-benchmark"))
        #expect(run.output.contains("cost.discount-rate"))
    }
}
