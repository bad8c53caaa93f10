import Testing
import VendorScoreWorkspace

private let template = ScoreSheetTemplate(
    vendors: ["inspur", "chinac"],
    criteria: [
        SheetCriterion(id: "design", title: "技术方案", maximum: Points("10")!, guidance: "完整、可行"),
        SheetCriterion(id: "service", title: "服务方案", maximum: Points("5")!),
    ]
)

private func key(_ vendor: String, _ criterion: String) -> MarkKey { MarkKey(vendor: vendor, criterion: criterion) }

@Suite("Score sheets")
struct ScoreSheetTests {
    @Test("marks inside 0…maximum are kept exactly; outside, unknown bids and criteria are refused")
    func ranges() throws {
        try template.check(key("inspur", "design"), Points("10")!)
        try template.check(key("inspur", "design"), Points("0")!)
        try template.check(key("inspur", "service"), Points("4.25")!)
        #expect(throws: WorkspaceError.mark(.outOfRange(key("inspur", "service"), Points("5.01")!, maximum: Points("5")!))) {
            try template.check(key("inspur", "service"), Points("5.01")!)
        }
        #expect(throws: WorkspaceError.mark(.outOfRange(key("inspur", "design"), Points("-1")!, maximum: Points("10")!))) {
            try template.check(key("inspur", "design"), Points("-1")!)
        }
        #expect(throws: WorkspaceError.mark(.unknownVendor(key("kingsoft", "design")))) {
            try template.check(key("kingsoft", "design"), Points("1")!)
        }
        #expect(throws: WorkspaceError.mark(.unknownCriterion(key("inspur", "price")))) {
            try template.check(key("inspur", "price"), Points("1")!)
        }
        #expect(Points("7.50")!.description == "7.5")
        #expect(Points("1e3") == nil)
    }

    @Test("drafts merge and clear; submission needs every cell and happens once")
    func draftsAndSubmission() throws {
        var sheet = ScoreSheet(member: UserID("m"))
        try sheet.saveDraft([key("inspur", "design"): Points("8"), key("chinac", "design"): Points("6")], template: template)
        try sheet.saveDraft([key("chinac", "design"): nil, key("inspur", "service"): Points("3")], template: template)
        #expect(sheet.marks == [key("inspur", "design"): Points("8")!, key("inspur", "service"): Points("3")!])
        #expect(throws: WorkspaceError.mark(.incomplete([key("chinac", "design"), key("chinac", "service")]))) {
            try sheet.submitted(template: template)
        }
        try sheet.saveDraft([key("chinac", "design"): Points("6"), key("chinac", "service"): Points("2.5")], template: template)
        let submitted = try sheet.submitted(template: template)
        #expect(submitted.isSubmitted)
        #expect(throws: WorkspaceError.mark(.alreadySubmitted)) { try submitted.submitted(template: template) }
        var changed = submitted
        #expect(throws: WorkspaceError.mark(.alreadySubmitted)) {
            try changed.saveDraft([key("inspur", "design"): Points("9")], template: template)
        }
        #expect(changed == submitted)
    }

    @Test("a refused draft changes nothing it had not already checked")
    func refusedDraft() throws {
        var sheet = ScoreSheet(member: UserID("m"))
        #expect(throws: WorkspaceError.self) {
            try sheet.saveDraft([key("inspur", "design"): Points("11")], template: template)
        }
        #expect(sheet.marks.isEmpty)
    }

    @Test("a sheet encodes its marks in sheet order and decodes to the same sheet")
    func coding() throws {
        let sheet = ScoreSheet(member: UserID("m"), marks: [key("inspur", "service"): Points("3")!, key("chinac", "design"): Points("6")!])
        let json = try EventJSON.encode(sheet)
        #expect(json == #"{"marks":[{"criterion":"design","points":"6","vendor":"chinac"},{"criterion":"service","points":"3","vendor":"inspur"}],"member":"m","submitted":false}"#)
        #expect(try EventJSON.decode(ScoreSheet.self, from: json) == sheet)
    }
}

@Suite("Article 64 corrections")
struct CorrectionTests {
    private func submittedSheet() throws -> ScoreSheet {
        var sheet = ScoreSheet(member: UserID("m"))
        try sheet.saveDraft(Dictionary(uniqueKeysWithValues: template.keys.map { ($0, Points("2")) }), template: template)
        return try sheet.submitted(template: template)
    }

    @Test("a valid correction replaces the mark and keeps both on record")
    func valid() throws {
        let sheet = try submittedSheet()
        let correction = MarkCorrection(member: UserID("m"), key: key("chinac", "design"), before: Points("2")!, after: Points("7")!,
                                        case: .abnormalSpread, reason: "畸低")
        try correction.validate(against: sheet, template: template)
        #expect(correction.applied(to: sheet).marks[key("chinac", "design")] == Points("7"))
        #expect(correction.before == Points("2"))
        #expect(try EventJSON.encode(correction).contains(#""case":4"#))
    }

    @Test("each way a correction can be wrong is refused with its reason")
    func invalid() throws {
        let sheet = try submittedSheet()
        let cell = key("chinac", "design")
        func correction(_ before: String, _ after: String, reason: String = "汇总错误") -> MarkCorrection {
            MarkCorrection(member: UserID("m"), key: cell, before: Points(before)!, after: Points(after)!, case: .summingError, reason: reason)
        }
        #expect(throws: WorkspaceError.correction(.beforeDiffers(cell, stated: Points("3")!, recorded: Points("2")!))) {
            try correction("3", "4").validate(against: sheet, template: template)
        }
        #expect(throws: WorkspaceError.correction(.unchanged(cell))) { try correction("2", "2").validate(against: sheet, template: template) }
        #expect(throws: WorkspaceError.correction(.missingReason)) {
            try correction("2", "4", reason: "  ").validate(against: sheet, template: template)
        }
        #expect(throws: WorkspaceError.mark(.outOfRange(cell, Points("12")!, maximum: Points("10")!))) {
            try correction("2", "12").validate(against: sheet, template: template)
        }
        var draft = sheet
        draft.isSubmitted = false
        #expect(throws: WorkspaceError.correction(.sheetNotSubmitted)) { try correction("2", "4").validate(against: draft, template: template) }
        let other = MarkCorrection(member: UserID("m"), key: key("kingsoft", "design"), before: Points("2")!, after: Points("4")!,
                                   case: .outOfRange, reason: "r")
        #expect(throws: WorkspaceError.correction(.noSuchMark(key("kingsoft", "design")))) {
            try other.validate(against: sheet, template: template)
        }
    }
}
