import Foundation
import HTTPTypes
import Testing
import VendorScoreWorkspace
@testable import VendorScoreServer

/// The pages as a browser without JavaScript uses them: forms in, pages and redirects out.
@Suite struct PageFlowTests {
    @Test func anUploadWithErrorsShowsEachNextToItsFileAndKeepsWhatWasTyped() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let officer = try await client.user("officer", [.officer], admin: admin)
            var rubric = try CommitteeScenario.example("rubrics/government-cloud.yaml")
            rubric += Array("\nunknown-top-level-key: 1\n".utf8)
            let refused = try await client.upload("/tenders", session: officer, fields: [("number", "GC-9"), ("title", "政务云（第二批）")],
                                                  files: [("rubric", "mine.yaml", rubric), ("bids", "bids.csv", Array("id,name\n".utf8))])
            #expect(refused.status == .unprocessableContent)
            let page = refused.text
            #expect(page.contains("value=\"GC-9\""))
            #expect(page.contains("value=\"政务云（第二批）\""))
            // The rubric's problem names its file, line and column, beside the rubric input.
            let rubricInput = try #require(page.range(of: "name=\"rubric\""))
            let bidsInput = try #require(page.range(of: "name=\"bids\""))
            let located = try #require(page.range(of: "<code class=\"location\">mine.yaml:"))
            #expect(rubricInput.upperBound < located.lowerBound && located.lowerBound < bidsInput.lowerBound)
            #expect(page.contains("unknown-top-level-key"))
            #expect(page.contains("bids.csv"))
            #expect(try await client.server.store.currentRevision(of: TenderID("GC-9")) == nil)
        }
    }

    @Test func aBadBidsFileIsRefusedInChineseOnTheChinesePage() async throws {
        try await LiveWorkspace.run { client in
            let admin = try await client.admin()
            let officer = try await client.user("officer", [.officer], admin: admin)
            let rubric = try CommitteeScenario.example("rubrics/government-cloud.yaml")
            let bids = Array("id,name,price\ninspur,浪潮云,9860000\ninspur,浪潮云（重复）,9000000\nhuawei,华为云,九百万元\n".utf8)
            let refused = try await client.upload("/tenders", session: officer, fields: [("number", "GC-8"), ("title", "政务云")],
                                                  files: [("rubric", "rubric.yaml", rubric), ("bids", "bids.csv", bids)])
            #expect(refused.status == .unprocessableContent)
            let page = refused.text
            // Each problem with its place in the file, worded in Chinese as the page is.
            #expect(page.contains("<code class=\"location\">bids.csv:4:3：</code>price：“九百万元”是用汉字写的金额；请用阿拉伯数字书写，如 9860000、9,860,000、¥9,860,000 或 986万元"),
                    "\(page)")
            #expect(page.contains("供应商编号“inspur”出现了两次（首次出现于第 2 行）"), "\(page)")
            #expect(!page.contains("is not an amount") && !page.contains("appears twice"))
        }
    }

    @Test func aCommitteeWalksThroughThePages() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            let base = "/tenders/GC-1"

            // The officer sees the committee and the next step.
            let overview = try await client.send(.get, base, session: scenario.officer)
            #expect(overview.status == .ok)
            #expect(overview.text.contains("\(base)/stage/declarations"))
            #expect(overview.text.contains("\(base)/setup"))
            let setupPage = try await client.send(.get, "\(base)/setup", session: scenario.officer)
            #expect(setupPage.text.contains("name=\"price:inspur\""))
            let badSetup = try await client.form("\(base)/setup", session: scenario.officer,
                                                 fields: [("nameZh", "政务云服务采购"), ("budget", "九千八百万"), ("recommended", "3"),
                                                          ("price:inspur", "8900000"), ("declarations:inspur", "sme")])
            #expect(badSetup.status == .unprocessableContent)
            #expect(badSetup.text.contains("value=\"政务云服务采购\""))
            let setup = try await client.form("\(base)/setup", session: scenario.officer,
                                              fields: [("nameZh", "政务云服务采购"), ("budget", "98000000"), ("recommended", "3"),
                                                       ("price:inspur", "8900000"), ("declarations:inspur", "sme, local")])
            #expect(setup.status == .seeOther)
            let stored = try #require(try await client.server.store.currentRevision(of: TenderID("GC-1"))).setup
            #expect(stored.openingRecord == [OpeningEntry(vendor: "inspur", quotedPrice: "8900000", declarations: ["sme", "local"])])
            // Closing needs the purchaser, and an opening record lists every bid or none.
            let complete = try await client.form("\(base)/setup", session: scenario.officer,
                                                 fields: [("nameZh", "政务云服务采购"), ("purchaser", "某市大数据局"), ("recommended", "3")])
            #expect(complete.status == .seeOther)
            let committee = try await client.send(.get, "\(base)/committee", session: scenario.officer)
            #expect(committee.text.contains("expert1"))
            let noLeader = try await client.form("\(base)/committee", session: scenario.officer,
                                                 fields: [("member", "E1"), ("user", scenario.members[0].userID), ("role", "expert")])
            #expect(noLeader.status == .unprocessableContent)
            #expect(noLeader.text.contains("field-error") || noLeader.text.contains("notice bad"))
            let moved = try await client.form("\(base)/stage/declarations", session: scenario.officer, fields: [])
            #expect(moved.status == .seeOther)

            // Each member declares from the page.
            for member in scenario.members {
                let next = try await client.send(.get, base, session: member)
                #expect(next.text.contains("\(base)/declaration"))
                let form = try await client.send(.get, "\(base)/declaration", session: member)
                #expect(form.text.contains("浪潮") || form.text.contains("inspur"))
                let declared = try await client.form("\(base)/declaration", session: member, fields: [("choice", "none")])
                #expect(declared.status == .seeOther)
            }
            try await scenario.walk(to: .scoring)

            // The score sheet: ranges, facts, a bad mark refused beside its cell and kept as typed.
            let sheetPage = try await client.send(.get, "\(base)/sheet", session: scenario.members[1])
            #expect(sheetPage.text.contains("0–"))
            #expect(sheetPage.text.contains("<details>"))
            let cell = "mark:inspur:solution-design"
            let bad = try await client.form("\(base)/sheet", session: scenario.members[1], fields: [(cell, "eleven")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("value=\"eleven\""))
            #expect(bad.text.contains("field-error"))
            let draft = try await client.form("\(base)/sheet", session: scenario.members[1], fields: [(cell, "7.5")])
            #expect(draft.status == .seeOther)
            #expect(try await client.send(.get, "\(base)/sheet", session: scenario.members[1]).text.contains("value=\"7.5\""))

            // Submitting through the form: one member marks everything low, the others high.
            for (index, member) in scenario.members.enumerated() {
                let sheet = try JSONDecoder().decode(SheetJSON.self, from: Data(buffer: try await client.api(.get, "/api/v1\(base)/sheet", session: member).body))
                var fields: [(String, String)] = []
                for vendor in sheet.vendors {
                    for criterion in sheet.criteria { fields.append(("mark:\(vendor):\(criterion.id)", index == 1 ? "0" : criterion.maximum)) }
                }
                let submitted = try await client.form("\(base)/sheet/submit", session: member, fields: fields)
                #expect(submitted.status == .seeOther)
            }
            let again = try await client.form("\(base)/sheet/submit", session: scenario.members[0], fields: [])
            #expect(again.status == .forbidden)
            try await scenario.walk(to: .review)

            // The review: spreads flagged, a decision and a correction recorded from the page.
            let review = try await client.send(.get, "\(base)/review", session: scenario.leader)
            #expect(review.text.contains("num flag"))
            #expect(review.text.contains("\(base)/decisions/abnormal-price"))
            let decided = try await client.form("\(base)/decisions/abnormal-price", session: scenario.leader,
                                                fields: [("vendor", "kingsoft"), ("accepted", "no"), ("reason", "未能证明报价合理")])
            #expect(decided.status == .seeOther)
            let corrected = try await client.form("\(base)/corrections", session: scenario.leader,
                                                  fields: [("member", scenario.members[1].userID), ("vendor", "inspur"),
                                                           ("criterion", "solution-design"), ("after", "8"), ("case", "4"),
                                                           ("reason", "畸低，经复核调整")])
            #expect(corrected.status == .seeOther)
            let reviewed = try await client.send(.get, "\(base)/review", session: scenario.officer)
            #expect(reviewed.text.contains("未能证明报价合理"))
            #expect(reviewed.text.contains("畸低，经复核调整"))
            // The officer reads the review but records nothing there.
            #expect(!reviewed.text.contains("\(base)/decisions/"))

            // Signing: a dissent needs its reasons.
            try await scenario.walk(to: .signing)
            let empty = try await client.form("\(base)/signature", session: scenario.members[1], fields: [("verdict", "dissent"), ("reasons", " ")])
            #expect(empty.status == .unprocessableContent)
            let dissent = try await client.form("\(base)/signature", session: scenario.members[1],
                                                fields: [("verdict", "dissent"), ("reasons", "对技术分有异议")])
            #expect(dissent.status == .seeOther)
            try await scenario.walk(to: .closed)

            let result = try await client.send(.get, "\(base)/result", session: scenario.supervisor)
            #expect(result.status == .ok)
            #expect(result.text.contains("对技术分有异议"))
            #expect(result.text.contains("tender.stage-changed"))
            let download = try await client.send(.get, "\(base)/files/rubric", session: scenario.supervisor)
            #expect(download.status == .ok)
            #expect(download.headers[.contentDisposition]?.contains("attachment") == true)
            let log = try await client.server.store.logRows(tender: TenderID("GC-1"))
            #expect(log.contains { $0.event.action == "file.downloaded" && $0.event.subject == "rubric" })
        }
    }

    @Test func everyPageCarriesTheSecurityHeaders() async throws {
        try await LiveWorkspace.run { client in
            let page = try await client.send(.get, "/sign-in")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(!page.text.contains("<script"))
            #expect(page.text.components(separatedBy: "<!DOCTYPE html>").count == 2)
        }
    }
}
