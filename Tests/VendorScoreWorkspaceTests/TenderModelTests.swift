import Testing
import VendorScoreWorkspace

@Suite("Committee, declarations, decisions and signatures")
struct TenderModelTests {
    @Test("a committee needs one leader who is not the purchaser's representative, and no seat twice")
    func committee() {
        #expect(Cast.committee.problems().isEmpty)
        #expect(Committee.empty.problems() == [.noMembers])
        var committee = Cast.committee
        committee.members[2].isLeader = true
        #expect(committee.problems() == [.representativeAsLeader("E3"), .severalLeaders(["E1", "E3"])])
        committee = Cast.committee
        committee.members[1].memberID = "E1"
        committee.members[3].user = Cast.leader.id
        committee.members[0].isLeader = false
        #expect(committee.problems() == [.duplicateMemberID("E1"), .duplicateUser(Cast.leader.id), .noLeader])
        #expect(throws: WorkspaceError.committee([.noLeader, ])) {
            var noLeader = Cast.committee
            noLeader.members[0].isLeader = false
            try noLeader.validate()
        }
        #expect(WorkspaceError.committee([.representativeAsLeader("E3")]).description.contains("第45条"))
    }

    @Test("stepping aside names bidders of this tender and gives a reason")
    func declarations() throws {
        let bidders: Set = ["inspur", "kingsoft"]
        try ConflictDeclaration.none.validate(bidders: bidders)
        try ConflictDeclaration.steppedAside(vendors: ["kingsoft"], reason: "亲属任职").validate(bidders: bidders)
        #expect(throws: WorkspaceError.declaration(.unknownVendor("huawei"))) {
            try ConflictDeclaration.steppedAside(vendors: ["huawei"], reason: "r").validate(bidders: bidders)
        }
        #expect(throws: WorkspaceError.declaration(.missingReason)) {
            try ConflictDeclaration.steppedAside(vendors: ["inspur"], reason: "").validate(bidders: bidders)
        }
        #expect(throws: WorkspaceError.declaration(.noVendorNamed)) {
            try ConflictDeclaration.steppedAside(vendors: [], reason: "r").validate(bidders: bidders)
        }
        let json = try EventJSON.encode(ConflictDeclaration.steppedAside(vendors: ["kingsoft"], reason: "亲属任职"))
        #expect(json == #"{"kind":"stepped-aside","reason":"亲属任职","vendors":["kingsoft"]}"#)
        #expect(try EventJSON.decode(ConflictDeclaration.self, from: json) == .steppedAside(vendors: ["kingsoft"], reason: "亲属任职"))
        #expect(try EventJSON.decode(ConflictDeclaration.self, from: #"{"kind":"none"}"#) == ConflictDeclaration.none)
        #expect(throws: DecodingError.self) { try EventJSON.decode(ConflictDeclaration.self, from: #"{"kind":"maybe"}"#) }
    }

    @Test("every kind of decision round-trips and is checked")
    func decisions() throws {
        let at = Timestamp(millisecondsSince1970: 1_000)
        let contents: [CommitteeDecision.Content] = [
            .abnormalPrice(vendor: "kingsoft", accepted: false), .invalidBid(vendor: "inspur", stage: .complianceReview),
            .clarification(vendor: nil, text: "报价单位为元"), .clarification(vendor: "inspur", text: "补正资质证书"),
            .recommendedCandidates(2),
        ]
        #expect(Set(contents.map(\.kind)) == Set(DecisionKind.allCases))
        for content in contents {
            let decision = CommitteeDecision(content: content, reason: "理由", decidedBy: Cast.leader.id, decidedAt: at)
            try decision.validate(bidders: ["kingsoft", "inspur"])
            #expect(try EventJSON.decode(CommitteeDecision.self, from: EventJSON.encode(decision)) == decision)
        }
        func check(_ content: CommitteeDecision.Content, reason: String = "理由") throws {
            try CommitteeDecision(content: content, reason: reason, decidedBy: Cast.leader.id, decidedAt: at).validate(bidders: ["inspur"])
        }
        #expect(throws: WorkspaceError.decision(.unknownVendor("kingsoft"))) { try check(.abnormalPrice(vendor: "kingsoft", accepted: true)) }
        #expect(throws: WorkspaceError.decision(.missingReason)) { try check(.invalidBid(vendor: "inspur", stage: .review), reason: " ") }
        #expect(throws: WorkspaceError.decision(.candidatesBelowOne(0))) { try check(.recommendedCandidates(0)) }
        #expect(throws: WorkspaceError.decision(.emptyClarification)) { try check(.clarification(vendor: nil, text: "")) }
    }

    @Test("a dissent gives its reasons")
    func signatures() throws {
        let at = Timestamp(millisecondsSince1970: 0)
        try Signature(member: Cast.member.id, verdict: .confirm, at: at).validate()
        try Signature(member: Cast.member.id, verdict: .dissent(reasons: "技术分偏高"), at: at).validate()
        #expect(throws: WorkspaceError.dissentWithoutReasons) {
            try Signature(member: Cast.member.id, verdict: .dissent(reasons: "\n"), at: at).validate()
        }
    }

    @Test("stages run forward one at a time")
    func lifecycle() {
        var stage = TenderStage.draft
        var walked = [stage]
        while let next = stage.next {
            #expect(next.previous == stage)
            stage = next
            walked.append(stage)
        }
        #expect(walked == TenderStage.allCases)
        #expect(TenderStage.draft.previous == nil)
        #expect(TenderStage.review.andLater == [.review, .signing, .closed])
    }

    @Test("timestamps print in UTC whatever the machine's zone")
    func timestamps() {
        #expect(Timestamp(millisecondsSince1970: 0).iso8601 == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp(millisecondsSince1970: 1_795_000_000_123).iso8601 == "2026-11-18T11:06:40.123Z")
        #expect(Timestamp(millisecondsSince1970: 951_782_400_000).iso8601 == "2000-02-29T00:00:00.000Z")
        #expect(Timestamp(millisecondsSince1970: -1).iso8601 == "1969-12-31T23:59:59.999Z")
        #expect(FixedClock(moment: Timestamp(millisecondsSince1970: 5)).now() == Timestamp(millisecondsSince1970: 5))
    }
}
