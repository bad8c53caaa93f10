import Testing
import VendorScoreCore
@testable import VendorScoreWorkspace

/// Every message the workspace shows reads in the page's language: Chinese with no Latin word but
/// the values quoted (ids the users wrote), English with no Chinese but the articles of law cited.
@Suite struct WorkspaceMessagesTests {
    /// Values the messages quote; their Latin letters are the users', not the catalogue's.
    static let quoted = ["vendorx", "critx", "E3", "E4", "memberx", "userx"]
    static let key = MarkKey(vendor: "vendorx", criterion: "critx")

    static var committee: [CommitteeProblem] {
        [.noMembers, .noLeader, .severalLeaders(["E3", "E4"]), .representativeAsLeader("E3"), .duplicateMemberID("E3"),
         .duplicateUser(UserID("userx")), .badMemberID("memberx")]
    }

    static var messages: [(String, (Language) -> String)] {
        var all: [(String, (Language) -> String)] = []
        for problem in committee { all.append(("\(problem)", problem.text(in:))) }
        for problem: DeclarationProblem in [.noVendorNamed, .unknownVendor("vendorx"), .missingReason] {
            all.append(("\(problem)", problem.text(in:)))
        }
        let seven = Points("7")!, ten = Points("10")!
        for problem: MarkProblem in [.unknownVendor(key), .unknownCriterion(key), .outOfRange(key, seven, maximum: ten),
                                     .incomplete(Array(repeating: key, count: 7)), .alreadySubmitted, .notSubmitted] {
            all.append(("\(problem)", problem.text(in:)))
        }
        for problem: CorrectionProblem in [.sheetNotSubmitted, .noSuchMark(key), .beforeDiffers(key, stated: seven, recorded: ten),
                                           .unchanged(key), .missingReason] {
            all.append(("\(problem)", problem.text(in:)))
        }
        for problem: DecisionProblem in [.unknownVendor("vendorx"), .missingReason, .candidatesBelowOne(0), .emptyClarification] {
            all.append(("\(problem)", problem.text(in:)))
        }
        var denials: [DenialReason] = [
            .accountDisabled, .administratorHasNoTenderAccess, .notOnCommittee, .roleNotPermitted(.sign), .steppedAside,
            .wrongStage(.scoring, allowed: [.draft, .review]), .notCurrentRevision, .inputsMissing, .committeeNotReady(committee),
            .waitingForDeclarations, .waitingForSubmissions, .waitingForSignatures, .notDeclared, .alreadyDeclared,
            .ownSheetNotSubmitted, .alreadySubmitted, .alreadySigned,
        ]
        denials += GlobalRole.allCases.map { .workspaceRoleRequired($0) }
        for reason in denials { all.append(("\(reason)", reason.text(in:))) }
        for error: WorkspaceError in [.committee(committee), .declaration(.missingReason), .mark(.notSubmitted), .correction(.missingReason),
                                      .decision(.missingReason), .dissentWithoutReasons, .denied(.steppedAside)] {
            all.append(("\(error)", error.text(in:)))
        }
        for stage in TenderStage.allCases { all.append((stage.rawValue, stage.name(in:))) }
        return all
    }

    @Test func chineseHasNoLatinWordButTheValuesQuoted() {
        for (name, text) in Self.messages {
            var zh = text(.zh)
            for value in Self.quoted { zh = zh.replacingOccurrences(of: value, with: "") }
            let latin = zh.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
            #expect(latin.isEmpty, "\(name): \(text(.zh))")
            #expect(!zh.contains(": ") && !zh.contains(", "), "\(name) uses ASCII punctuation: \(text(.zh))")
        }
    }

    @Test func englishHasNoChineseButTheArticlesCited() {
        for (name, text) in Self.messages {
            let en = text(.en).replacingOccurrences(of: "第45条", with: "").replacingOccurrences(of: "第64条", with: "")
            #expect(!en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) },
                    "\(name): \(text(.en))")
            #expect(text(.en) == text(.en).trimmingCharacters(in: .whitespaces) && !text(.en).isEmpty)
        }
    }

    @Test func descriptionIsTheEnglish() {
        #expect(DenialReason.waitingForDeclarations.description == DenialReason.waitingForDeclarations.text(in: .en))
        #expect(DenialReason.waitingForDeclarations.text(in: .zh) == "尚有成员未作回避声明")
        #expect(DenialReason.wrongStage(.draft, allowed: [.closed]).text(in: .zh) == "项目处于“准备”阶段；此操作只能在“已结束”阶段进行")
    }
}
