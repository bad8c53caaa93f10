import Testing
import VendorScoreOutput

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("inspur", 6),
        ("浪潮云", 6),
        ("UCloud优刻得", 12),
        ("中国电信（天翼云）", 18),
        ("财库〔2020〕46号", 16),
        ("ｶﾀｶﾅ", 4),          // halfwidth katakana stays narrow
        ("カタカナ", 8),
        ("한국", 4),
        ("ＡＢＣ", 6),
        ("≥ 99.9%", 7),       // East Asian Ambiguous counts as one column
        ("e\u{301}", 1),      // combining acute accent takes no column
        ("", 0),
    ])
    func width(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func padsByDisplayWidth() {
        #expect(DisplayWidth.pad("浪潮云", to: 8) == "浪潮云  ")
        #expect(DisplayWidth.pad("12.5", to: 6, alignment: .right) == "  12.5")
        #expect(DisplayWidth.pad("中国电信", to: 4) == "中国电信")
    }

    @Test func tableColumnsLineUpWithChineseText() {
        var table = TextTable(columns: [.init("Vendor"), .init("Total", alignment: .right)])
        table.append(["浪潮云", "88.00"])
        table.append(["UCloud优刻得", "7.5"])
        #expect(table.render() == """
            +--------------+-------+
            | Vendor       | Total |
            +--------------+-------+
            | 浪潮云       | 88.00 |
            | UCloud优刻得 |   7.5 |
            +--------------+-------+

            """)
    }

    @Test(arguments: [["evaluate", "panel-rubric.yaml", "panel-bids.yaml"],
                      ["evaluate", "panel-rubric.yaml", "panel-bids.yaml", "--lang", "zh"],
                      ["evaluate", "panel-rubric.yaml", "panel-bids-too-few.yaml", "--lang", "zh"]])
    func everyTableLineHasTheSameDisplayWidth(_ arguments: [String]) {
        let run = CLIRun(arguments.map { $0.hasSuffix(".yaml") ? Fixtures.path($0) : $0 }, modules: CLIRun.coreOnly)
        let tableLines = run.output.split(separator: "\n").filter { $0.hasPrefix("+") || $0.hasPrefix("|") }
        #expect(tableLines.count >= 7)
        let widths = Set(tableLines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "widths: \(widths)")
        // The character count differs, so the table really aligns by display width.
        #expect(Set(tableLines.map(\.count)).count > 1)
    }
}
