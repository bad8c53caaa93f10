import Foundation
import Testing
@testable import VendorScoreServer

/// The score sheet shows each subjective criterion's scoring guidance from the rubric beside its
/// points range, on the page and in the API.
@Suite struct ScoreSheetGuidanceTests {
    @Test func theSheetShowsTheRubricsGuidanceBesideTheRange() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .scoring)
            let page = try await client.send(.get, "/tenders/GC-1/sheet", session: scenario.leader)
            #expect(page.status == .ok)
            let text = page.text
            let range = try #require(text.range(of: "分值范围"))
            let guidance = try #require(text.range(of: "评分标准: 架构完整、与采购需求逐项对应"))
            let input = try #require(text.range(of: "name=\"mark:"))
            #expect(range.upperBound < guidance.lowerBound && guidance.lowerBound < input.lowerBound)
            let sheet = try JSONDecoder().decode(SheetJSON.self, from: Data(buffer: try await client.api(.get, "/api/v1/tenders/GC-1/sheet",
                                                                                                      session: scenario.leader).body))
            #expect(sheet.criteria.map(\.id) == ["solution-design", "security-plan"])
            let api = try await client.api(.get, "/api/v1/tenders/GC-1/sheet", session: scenario.leader).text
            #expect(api.contains("覆盖等保三级"))
        }
    }
}
