import Foundation
import Testing
import VendorScoreCLI

/// A list item a scorer does not recognise scores nothing; evaluation says so, naming the
/// vendor, the fact, the item and what the scorer recognises, with the likely fix.
@Suite struct UnrecognisedItemsTests {
    let rubric = Fixtures.repository.appendingPathComponent("rubrics/government-cloud.yaml").path
    let bids = Fixtures.repository.appendingPathComponent("examples/government-cloud/bids.yaml").path

    /// The shipped example with its first bid's (inspur's) lines rewritten.
    private func run(replacing old: String, with new: String, command: String = "evaluate") throws -> CLIRun {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: bids, encoding: .utf8)
        let range = try #require(text.range(of: old))
        let path = directory.appendingPathComponent("bids.yaml").path
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return CLIRun(command == "evaluate" ? ["evaluate", rubric, path] : ["validate", rubric, path])
    }

    @Test func aTypoIsNamedWithTheClosestItem() throws {
        let result = try run(replacing: "certifications: [云计算服务安全评估, 密评, ISO 27001]",
                             with: "certifications: [云计算服务安全评估, 密评, ISO27001]")
        #expect(result.status == 0)
        #expect(result.errors.contains(
            "warning: bids[inspur].facts.certifications: vendor 'inspur': certifications (security.certifications) does not recognise 'ISO27001' and scores it 0; it recognises: ISO 27001, ISO 27017, 云计算服务安全评估, 可信云, 密评 (did you mean 'ISO 27001' for 'ISO27001'?)"))
    }

    @Test func itemsJoinedByAnotherSeparatorAreShownSplit() throws {
        let result = try run(replacing: "domestic_cpus: [鲲鹏, 海光, 飞腾]", with: "domestic_cpus: 鲲鹏、海光、飞腾")
        #expect(result.status == 0)
        #expect(result.errors.contains("vendor 'inspur': xinchuang (scalability.xinchuang) does not recognise '鲲鹏、海光、飞腾' and scores it 0"))
        #expect(result.errors.contains("('鲲鹏、海光、飞腾' looks like 3 items joined by '、'; write them as separate items: "
                                       + "[鲲鹏, 海光, 飞腾] in YAML, 鲲鹏 | 海光 | 飞腾 in a CSV cell)"))
    }

    @Test func recognisedItemsGiveNoWarning() {
        let result = CLIRun(["evaluate", rubric, bids])
        #expect(result.status == 0)
        #expect(!result.errors.contains("does not recognise"))
    }
}
