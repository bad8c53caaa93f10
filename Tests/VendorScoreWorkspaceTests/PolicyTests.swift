import Testing
import VendorScoreWorkspace

/// The policy, stated a second time as a table of who may do what, at which stages and how far
/// the committee has got; the test walks every actor × action × stage × progress and compares.
///
/// Notation: `actor@stages@progress`. Stages are raw names separated by `,`; `*` is every stage;
/// `name+` is that stage and every later one. Progress letters are those of ``Progress`` (all
/// four when omitted).
private let expected: [String: String] = [
    "read-overview": "officer@* leader@* member@* rep@* aside@*@n supervisor@closed",
    "read-progress": "officer@* leader@* member@* rep@* aside@*@n supervisor@closed",
    "upload-inputs": "officer@draft",
    "edit-setup": "officer@draft",
    "advance-to-draft": "",
    "advance-to-declarations": "officer@draft",
    "advance-to-compliance-review": "officer@declarations@doa",
    "advance-to-scoring": "officer@compliance-review",
    "advance-to-review": "officer@scoring@a",
    "advance-to-signing": "leader@review",
    "advance-to-closed": "officer@signing@a",
    "declare-conflicts": "leader@declarations@n member@declarations@n rep@declarations@n aside@declarations@n",
    "read-bid-facts": "officer@* leader@declarations+@doa member@declarations+@doa rep@declarations+@doa supervisor@closed",
    "save-draft-marks": "leader@scoring@d member@scoring@d rep@scoring@do",
    "submit-marks": "leader@scoring@d member@scoring@d rep@scoring@do",
    "read-own-marks": "leader@scoring+@doa member@scoring+@doa rep@scoring+@doa",
    "read-all-marks": "leader@scoring+@oa member@scoring+@oa rep@scoring+@a officer@scoring+@a supervisor@closed",
    "record-abnormal-price": "leader@review",
    "record-invalid-bid": "leader@compliance-review,review",
    "record-clarification": "leader@review",
    "record-recommended-candidates": "leader@review",
    "correct-mark": "leader@review",
    "sign": "leader@signing@nd member@signing@nd rep@signing@ndo aside@signing@n",
    "read-closed-results": "officer@closed leader@closed member@closed rep@closed aside@closed@n supervisor@closed",
    "open-revision": "officer@closed",
]

private struct Case: Hashable {
    var actor: String
    var stage: TenderStage
    var progress: Progress
}

private func allowedCases(_ spec: String) -> Set<Case> {
    var cases: Set<Case> = []
    for grant in spec.split(separator: " ") {
        let parts = grant.split(separator: "@").map(String.init)
        var stages: Set<TenderStage> = []
        for name in parts[1].split(separator: ",").map(String.init) {
            if name == "*" {
                stages.formUnion(TenderStage.allCases)
            } else if name.hasSuffix("+") {
                stages.formUnion(TenderStage(rawValue: String(name.dropLast()))!.andLater)
            } else {
                stages.insert(TenderStage(rawValue: name)!)
            }
        }
        let progress = parts.count > 2 ? parts[2].map { Progress(rawValue: String($0))! } : Progress.allCases
        for stage in stages { for step in progress { cases.insert(Case(actor: parts[0], stage: stage, progress: step)) } }
    }
    return cases
}

@Suite("Policy")
struct PolicyTests {
    @Test("the table names every action exactly once")
    func tableCoversEveryAction() {
        #expect(Set(TenderAction.all.map(\.description)) == Set(expected.keys))
        #expect(TenderAction.all.count == expected.count)
    }

    @Test("every actor × action × stage × progress is decided as the table says", arguments: TenderAction.all)
    func exhaustive(action: TenderAction) throws {
        let allowed = allowedCases(try #require(expected[action.description]))
        for (name, actor) in Cast.actors {
            for stage in TenderStage.allCases {
                for progress in Progress.allCases {
                    let decision = Policy.authorize(actor, action, progress.state(at: stage))
                    let shouldAllow = allowed.contains(Case(actor: name, stage: stage, progress: progress))
                    #expect(decision.isAllowed == shouldAllow, "\(name) \(action) at \(stage.rawValue), progress \(progress): \(decision)")
                }
            }
        }
    }

    @Test("a disabled account is refused everything")
    func disabled() {
        for (_, actor) in Cast.actors {
            var disabled = actor
            disabled.disabled = true
            for action in TenderAction.all {
                for stage in TenderStage.allCases {
                    #expect(Policy.authorize(disabled, action, Progress.allDone.state(at: stage)) == .denied(.accountDisabled))
                }
            }
            for action in WorkspaceAction.allCases { #expect(Policy.authorize(disabled, action) == .denied(.accountDisabled)) }
        }
    }

    @Test("a superseded revision is read-only and cannot be reopened")
    func superseded() {
        let old = Progress.allDone.state(at: .closed, current: false)
        #expect(Policy.authorize(Cast.officer, .openRevision, old) == .denied(.notCurrentRevision))
        #expect(Policy.authorize(Cast.supervisor, .readClosedResults, old) == .allowed)
        for action in TenderAction.all where !action.description.hasPrefix("read") {
            #expect(!Policy.authorize(Cast.officer, action, old).isAllowed, "\(action)")
            #expect(!Policy.authorize(Cast.leader, action, old).isAllowed, "\(action)")
        }
    }

    @Test("refusals say why")
    func reasons() {
        let scoring = Progress.declared.state(at: .scoring)
        #expect(Policy.authorize(Cast.member, .readAllMarks, scoring) == .denied(.ownSheetNotSubmitted))
        #expect(Policy.authorize(Cast.officer, .readAllMarks, Progress.ownDone.state(at: .scoring)) == .denied(.waitingForSubmissions))
        #expect(Policy.authorize(Cast.aside, .readOverview, scoring) == .denied(.steppedAside))
        #expect(Policy.authorize(Cast.aside, .readBidFacts, Progress.declared.state(at: .declarations)) == .denied(.steppedAside))
        #expect(Policy.authorize(Cast.admin, .readAllMarks, Progress.allDone.state(at: .closed)) == .denied(.administratorHasNoTenderAccess))
        #expect(Policy.authorize(Cast.outsider, .readOverview, scoring) == .denied(.notOnCommittee))
        #expect(Policy.authorize(Cast.supervisor, .readOverview, scoring) == .denied(.wrongStage(.scoring, allowed: [.closed])))
        #expect(Policy.authorize(Cast.supervisor, .uploadInputs, Progress.nothing.state(at: .draft)) == .denied(.roleNotPermitted(.uploadInputs)))
        #expect(Policy.authorize(Cast.member, .readBidFacts, Progress.nothing.state(at: .declarations)) == .denied(.notDeclared))
        #expect(Policy.authorize(Cast.member, .submitMarks, Progress.allDone.state(at: .scoring)) == .denied(.alreadySubmitted))
        #expect(Policy.authorize(Cast.member, .recordDecision(.abnormalPrice), Progress.allDone.state(at: .review)) == .denied(.roleNotPermitted(.recordDecision(.abnormalPrice))))
        #expect(Policy.authorize(Cast.officer, .advance(to: .review), scoring) == .denied(.waitingForSubmissions))
        #expect(Policy.authorize(Cast.officer, .advance(to: .scoring), Progress.allDone.state(at: .declarations))
            == .denied(.wrongStage(.declarations, allowed: [.complianceReview])))
        #expect(Policy.authorize(Cast.leader, .sign, Progress.allDone.state(at: .signing)) == .denied(.alreadySigned))
        #expect(Policy.authorize(Cast.leader, .declareConflicts, Progress.declared.state(at: .declarations)) == .denied(.alreadyDeclared))
    }

    @Test("leaving the draft needs the inputs and a committee that may sit")
    func draftPreconditions() {
        var state = Progress.nothing.state(at: .draft)
        state.hasInputs = false
        #expect(Policy.authorize(Cast.officer, .advance(to: .declarations), state) == .denied(.inputsMissing))
        state.hasInputs = true
        state.committee.members[0].isLeader = false
        #expect(Policy.authorize(Cast.officer, .advance(to: .declarations), state) == .denied(.committeeNotReady([.noLeader])))
    }

    @Test("a purchaser's representative flagged as leader does not act as leader")
    func representativeNeverLeads() {
        var state = Progress.allDone.state(at: .review)
        state.committee.members[0].isLeader = false
        state.committee.members[2].isLeader = true
        #expect(!Policy.authorize(Cast.representative, .advance(to: .signing), state).isAllowed)
        #expect(!Policy.authorize(Cast.representative, .correctMark, state).isAllowed)
    }

    @Test("workspace actions")
    func workspaceActions() {
        #expect(Policy.authorize(Cast.admin, .administerUsers) == .allowed)
        #expect(Policy.authorize(Cast.officer, .administerUsers) == .denied(.workspaceRoleRequired(.administrator)))
        #expect(Policy.authorize(Cast.officer, .createTender) == .allowed)
        #expect(Policy.authorize(Cast.leader, .createTender) == .denied(.workspaceRoleRequired(.officer)))
        #expect(Policy.authorize(Cast.supervisor, .listTenders) == .allowed)
    }

    @Test("every refusal reads as a sentence")
    func messages() {
        #expect(DenialReason.ownSheetNotSubmitted.description.contains("after submitting your own sheet"))
        #expect(DenialReason.wrongStage(.draft, allowed: [.closed]).description == "the tender is at stage draft; this is allowed only at closed")
    }
}
