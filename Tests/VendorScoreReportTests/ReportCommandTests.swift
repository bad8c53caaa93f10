import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreReport

/// `vendorscore report`: writes what it is asked to, refuses unclear requests, and reports the
/// hashes of the files it read.
@Suite struct ReportCommandTests {
    let rubric = ReportFixture.repository.appendingPathComponent("rubrics/government-cloud.yaml").path
    let bids = ReportFixture.repository.appendingPathComponent("examples/government-cloud/bids.yaml").path

    struct Run {
        let status: Int32
        let errors: String

        init(_ arguments: [String]) {
            let output = OutputBuffer(), errors = OutputBuffer()
            status = VendorScoreCLI.run(arguments: arguments, modules: builtinModules, output: output, errors: errors)
            self.errors = errors.text
        }
    }

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesHTMLAndMarkdown() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent("report.html").path
        let markdown = directory.appendingPathComponent("report.md").path
        let run = Run(["report", rubric, bids, "--html", html, "--markdown", markdown, "--lang", "zh", "--date", "2026-03-18"])
        #expect(run.status == 0, "\(run.errors)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        let root = try XMLNodeTree.parse(page)
        #expect(root["lang"] == "zh-CN")
        #expect(try #require(root.descendants("header").first).text.contains("2026-03-18"))
        let rubricHash = ReportInputs.File(path: rubric, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: rubric)))).sha256
        let bidsHash = ReportInputs.File(path: bids, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: bids)))).sha256
        let inputs = try #require(root.first(id: "inputs")).descendants("td").map(\.text)
        #expect(inputs == ["评分办法", rubric, rubricHash, "投标文件", bids, bidsHash])
        #expect(try String(contentsOfFile: markdown, encoding: .utf8).hasPrefix("# 评标报告: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["report.html", "report.md"])
        // A second run with the same inputs and date gives the same bytes.
        let again = directory.appendingPathComponent("again.html").path
        #expect(Run(["report", rubric, bids, "--html", again, "--lang", "zh", "--date", "2026-03-18"]).status == 0)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == page)
    }

    @Test func dateDefaultsToToday() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent("report.html").path
        let before = ReportDate.today()
        #expect(Run(["report", rubric, bids, "--html", html]).status == 0)
        let after = ReportDate.today()
        let header = try #require(try XMLNodeTree.parse(String(contentsOfFile: html, encoding: .utf8)).descendants("header").first).text
        #expect(header.contains(before.description) || header.contains(after.description))
    }

    @Test func needsSomewhereToWrite() {
        let run = Run(["report", rubric, bids])
        #expect(run.status == 2)
        #expect(run.errors.contains("error: nothing to write: expected --html FILE, --markdown FILE or --pdf FILE, found none"))
    }

    @Test func refusesOneFileForBoth() {
        let run = Run(["report", rubric, bids, "--html", "same.out", "--markdown", "same.out"])
        #expect(run.status == 2)
        #expect(run.errors.contains("--html same.out and --markdown same.out are the same file"))
    }

    @Test(arguments: ["2026-02-30", "18/03/2026", "2026-3-18", "today"])
    func refusesADateThatIsNotOne(_ text: String) {
        let run = Run(["report", rubric, bids, "--html", "unused.html", "--date", text])
        #expect(run.status == 2)
        #expect(run.errors.contains("error: --date: expected a date written YYYY-MM-DD (such as 2026-03-18), found '\(text)'"))
        #expect(!FileManager.default.fileExists(atPath: "unused.html"))
    }

    @Test func invalidInputWritesNothing() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent("report.html").path
        let run = Run(["report", rubric, directory.appendingPathComponent("missing.yaml").path, "--html", html])
        #expect(run.status == 2)
        #expect(run.errors.contains("missing.yaml: no such file"))
        #expect(!FileManager.default.fileExists(atPath: html))
    }

    @Test func tooFewQualifiedStillWritesAReportThatSaysSo() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let strict = directory.appendingPathComponent("rubric.yaml")
        try String(contentsOfFile: rubric, encoding: .utf8).replacing("minimum_qualified: 3", with: "minimum_qualified: 13")
            .write(to: strict, atomically: true, encoding: .utf8)
        let markdown = directory.appendingPathComponent("report.md").path
        let run = Run(["report", strict.path, bids, "--markdown", markdown, "--date", "2026-03-18"])
        #expect(run.status == 1)
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.contains("No ranking: only 12 bids passed the gates; the rubric requires 13 (财政部令第87号)."))
        #expect(text.contains("There is no ranking, so there are no charts."))
    }

    /// The spread flag that led to the correction of E4's mark for 华云数据 is shown as found on
    /// the marks as given (4 among 7.5 and 8), with the correction the committee decided.
    @Test(arguments: [("zh", "评委评分相差 4（满分 10 分", "（按原评分；委员会决定：E4 原评分 4 更正为 7（"),
                      ("en", "differ by 4 of 10", " (on the marks as given; Committee decision: E4's mark 4 corrected to 7 (")])
    func aCorrectedSpreadFlagIsShownWithItsCorrection(_ language: String, _ spreadWords: String, _ handling: String) throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tender = ReportFixture.repository.appendingPathComponent("examples/government-cloud/tender.yaml").path
        let markdown = directory.appendingPathComponent("report.md").path
        let run = Run(["report", rubric, bids, "--tender", tender, "--markdown", markdown, "--lang", language, "--date", "2026-03-18"])
        #expect(run.status == 0, "\(run.errors)")
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        let flags = try #require(text.components(separatedBy: "\n## ").first { $0.hasPrefix("提示事项") || $0.hasPrefix("Flags") })
        let spread = flags.split(separator: "\n").filter { $0.contains("华云数据 (chinac)") && $0.contains(spreadWords) }
        #expect(spread.count == 1, "\(flags)")
        #expect(spread.first?.contains(handling) == true, "\(spread)")
    }

    @Test func reportsOnARecordWithItsSeal() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let record = directory.appendingPathComponent("tender.record.json").path
        let made = Run(["evaluate", rubric, bids, "--record", record, "--output", directory.appendingPathComponent("ranking.txt").path])
        #expect(made.status == 0, "\(made.errors)")
        let seal = try #require(made.errors.split(separator: "\n").compactMap { line in
            line.split(separator: " ").first { $0.count == 64 && $0.allSatisfy(\.isHexDigit) }
        }.first)
        let html = directory.appendingPathComponent("report.html").path
        let run = Run(["report", "--record", record, "--html", html, "--date", "2026-03-18"])
        #expect(run.status == 0, "\(run.errors)")
        let header = try #require(try XMLNodeTree.parse(String(contentsOfFile: html, encoding: .utf8)).descendants("header").first).text
        #expect(header.contains(String(seal)))

        // A record edited after it was written gives no report.
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: record)))
        let digit = try #require(bytes.firstIndex(of: UInt8(ascii: "7")))
        bytes[digit] = UInt8(ascii: "8")
        try Data(bytes).write(to: URL(fileURLWithPath: record))
        let damaged = directory.appendingPathComponent("damaged.html").path
        let refused = Run(["report", "--record", record, "--html", damaged])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("edited or damaged"))
        #expect(!FileManager.default.fileExists(atPath: damaged))
        #expect(Run(["report", rubric, "--record", record, "--html", damaged]).status == 2)
    }
}
