import HTTPTypes
import HummingbirdTesting
import Testing
@testable import VendorScoreServer

/// The workspace's own refusals and problems read in the page's language: Chinese by default,
/// English by the switch.
@Suite struct WorkspaceLanguageTests {
    @Test func waitingReasonsAndProblemsAreInThePagesLanguage() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .declarations)
            let overview = try await client.send(.get, "/tenders/GC-1", session: scenario.officer)
            #expect(overview.text.contains("尚有成员未作回避声明"), "\(overview.text.prefix(4000))")
            // The header's label takes the colon of the page's language.
            #expect(overview.text.contains("当前用户：") && !overview.text.contains("当前用户:"))
            var english = HTTPFields()
            english[.cookie] = "\(LanguageChoice.cookieName)=en"
            let inEnglish = try await client.send(.get, "/tenders/GC-1", session: scenario.officer, headers: english)
            #expect(inEnglish.text.contains("not every member has declared conflicts of interest yet"))
            #expect(inEnglish.text.contains("Signed in as: "))

            // Stepping aside without a reason: refused, in Chinese.
            let refused = try await client.api(.post, "/api/v1/tenders/GC-1/declaration", session: scenario.members[2],
                                               json: #"{"stepAside":true,"vendors":["inspur"],"reason":""}"#)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("申请回避须写明理由"), "\(refused.text)")
            // A page the stage does not allow: the refusal names the stages in Chinese.
            let early = try await client.send(.get, "/tenders/GC-1/sheet", session: scenario.members[0])
            #expect(early.status == .forbidden)
            #expect(early.text.contains("项目处于“回避声明”阶段"), "\(early.text.prefix(3000))")
        }
    }
}
