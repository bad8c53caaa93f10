import Testing
@testable import VendorScoreCore

/// The tender file: loading with located errors, checking against rubric and bids, and each
/// decision applied by the engine.
@Suite("Tender file")
struct TenderTests {
    /// Three members E1–E3 matching the fixture bids' marks, E4 stepped aside over `low`.
    static func tender(project: String? = nil, committee: String? = nil, opening: String = "", decisions: String = "") -> String {
        """
        format: vendorscore/tender@1
        tender: demo
        project:
        \(project ?? "  name: { zh: 示例项目 }\n  number: ZFCG-1\n  purchaser: 某局\n  procurement_method: open-tender")
        committee:
        \(committee ?? """
          leader: E1
          members:
            - { id: E1, name: 甲, role: expert, conflicts: none }
            - { id: E2, name: 乙, role: expert, conflicts: none }
            - { id: E3, name: 丙, role: purchaser-representative, conflicts: none }
            - { id: E4, name: 丁, role: expert, conflicts: { stepped_aside: [low], reason: 曾任职 } }
        """)
        \(opening)\(decisions)
        """
    }

    /// Four bids; `low` is flagged abnormally low (below 45% of the 1000 ceiling).
    static let bids = [Fixture.bid("low", price: "300"), Fixture.bid("b", price: "900"), Fixture.bid("c", price: "950", q: "40"),
                       Fixture.bid("d", price: "1000", q: "45")]

    static let rejectLow = """
        decisions:
          abnormal_prices:
            - { vendor: low, outcome: rejected, reason: 未能说明, decided_by: committee, date: 2026-03-18 }

        """

    private func loadProblems(_ text: String) -> [Diagnostic] {
        Fixture.problems { () throws(DiagnosticList) in _ = try TenderLoader().load(bytes: Array(text.utf8), file: "tender.yaml") }
    }

    /// Loads everything and returns the checkers' diagnostics (bids, then tender).
    private func check(_ tenderText: String, bids: [String] = TenderTests.bids, rubric: String = Fixture.rubric()) throws -> [Diagnostic] {
        let rubric = try Fixture.loadRubric(rubric)
        let loaded = try Fixture.loadBids(Fixture.bids(bids))
        let tender = try TenderLoader().load(bytes: Array(tenderText.utf8), file: "tender.yaml")
        return BidChecker.check(loaded, against: rubric, tender: tender) + TenderChecker.check(tender, rubric: rubric, bids: loaded)
    }

    private func evaluate(_ tenderText: String, bids: [String] = TenderTests.bids) throws -> Evaluation {
        let rubric = try Fixture.loadRubric(Fixture.rubric())
        let loaded = try Fixture.loadBids(Fixture.bids(bids))
        let tender = try TenderLoader().load(bytes: Array(tenderText.utf8), file: "tender.yaml")
        let problems = BidChecker.check(loaded, against: rubric, tender: tender) + TenderChecker.check(tender, rubric: rubric, bids: loaded)
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticList(problems) }
        return try Engine().evaluate(rubric: rubric, bids: loaded.bids, tender: tender)
    }

    private func line(of needle: String, in text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }! + 1
    }

    // MARK: Loading

    @Test func loadsTheWholeFile() throws {
        let text = Self.tender(opening: "opening_record:\n  - { vendor: b, price: 900, declarations: [投标函] }\n", decisions: """
            decisions:
              clarifications:
                - { vendor: b, text: 澄清, date: 2026-03-18 }
              dissents:
                - { member: E2, reasons: 不同意 }
              recommend: 2

            """)
        let tender = try TenderLoader().load(bytes: Array(text.utf8), file: "tender.yaml")
        #expect(tender.tenderID == "demo")
        #expect(tender.project.procurementMethod == .openTender)
        #expect(tender.committee.sitting.map(\.id) == ["E1", "E2", "E3"])
        #expect(tender.committee.member("E4")?.steppedAside?.bidders == ["low"])
        #expect(tender.opening.first?.declarations == ["投标函"])
        #expect(tender.decisions.recommend == 2)
        #expect(tender.decisions.dissents.first?.member == "E2")
    }

    @Test func thePurchasersRepresentativeCannotLead() throws {
        let text = Self.tender(committee: """
              leader: E3
              members:
                - { id: E1, name: 甲, role: expert, conflicts: none }
                - { id: E3, name: 丙, role: purchaser-representative, conflicts: none }
            """)
        let problem = try #require(loadProblems(text).first)
        #expect(problem.location == SourceLocation(file: "tender.yaml", line: line(of: "leader: E3", in: text), column: 11))
        #expect(problem.path == "committee.leader")
        #expect(problem.english.contains("purchaser's representative, who may not lead the committee"))
    }

    @Test func badValuesAreLocated() throws {
        let text = Self.tender(project: "  name: 项目\n  number: X\n  purchaser: 局\n  procurement_method: open-tendr\n  notice: { media: [网], published: 2026-02-30 }",
                               decisions: """
            decisions:
              corrections:
                - { member: E1, vendor: b, criterion: design, before: 8, after: 8, case: 4, reason: r, decided_by: committee, date: 2026-03-18 }
                - { member: E1, vendor: b, criterion: design, before: 8, after: 7, case: 5, reason: r, decided_by: committee, date: 2026-03-18 }
              recommend: 0

            """)
        let problems = loadProblems(text)
        let byPath = Dictionary(problems.map { ($0.path, $0) }, uniquingKeysWith: { (first: Diagnostic, _: Diagnostic) in first })
        #expect(byPath["project.procurement_method"]?.englishHint == "did you mean 'open-tender'?")
        #expect(byPath["project.notice.published"]?.english == "expected a date written YYYY-MM-DD, found '2026-02-30'")
        #expect(byPath["decisions.corrections[0]"]?.english == "the mark before and after are both 8; a correction must change the mark")
        #expect(byPath["decisions.corrections[1].case"]?.english.contains("a whole number from 1 to 4") == true)
        #expect(byPath["decisions.recommend"] != nil)
        #expect(problems.allSatisfy { $0.location?.file == "tender.yaml" && $0.location!.mark.line > 1 })
    }

    // MARK: Revision

    @Test func aRevisionBlockSaysWhichRevisionIsReevaluatedWhyWhenAndByWhom() throws {
        let text = Self.tender() + """

            revision:
              number: 2
              supersedes: 1
              reason: 签字后发现分值汇总计算错误
              opened_at: "2026-03-20 09:30"
              opened_by: 王芳

            """
        let revision = try #require(try TenderLoader().load(bytes: Array(text.utf8), file: "tender.yaml").revision)
        #expect(revision.number == 2 && revision.supersedes == 1 && revision.reason == "签字后发现分值汇总计算错误")
        #expect(revision.openedAt == "2026-03-20 09:30" && revision.openedBy == "王芳")
        #expect(revision.location.mark.line == line(of: "number: 2", in: text))
        #expect(try TenderLoader().load(bytes: Array(Self.tender().utf8), file: "tender.yaml").revision == nil)
    }

    @Test func aBadRevisionBlockIsLocated() throws {
        let text = Self.tender() + """

            revision:
              number: 3
              supersedes: 1
              reason: " "
              opened_at: 2026-03-20
              opened_by: 王芳

            """
        let problems = loadProblems(text)
        let byPath = Dictionary(problems.map { ($0.path, $0) }, uniquingKeysWith: { (first: Diagnostic, _: Diagnostic) in first })
        #expect(byPath["revision.reason"]?.english == "expected text, found an empty value")
        #expect(byPath["revision.opened_at"]?.english == "expected a date and time written YYYY-MM-DD HH:MM, found '2026-03-20'")
        #expect(byPath["revision.opened_at"]?.location?.mark.line == line(of: "opened_at", in: text))

        let wrong = loadProblems(Self.tender() + "\nrevision: { number: 3, supersedes: 1, reason: r, opened_at: \"2026-03-20 09:30\", opened_by: x }\n")
        #expect(wrong.map(\.path) == ["revision.supersedes"])
        #expect(wrong.first?.english == "revision 3 re-evaluates revision 2, but 'supersedes' is 1")
        let first = loadProblems(Self.tender() + "\nrevision: { number: 1, supersedes: 0, reason: r, opened_at: \"2026-03-20 09:30\", opened_by: x }\n")
        #expect(first.map(\.path).contains("revision.number"))
        let missing = loadProblems(Self.tender() + "\nrevision: { number: 2, supersedes: 1, reason: r }\n")
        #expect(missing.count == 2 && missing.allSatisfy { $0.path == "revision" })
    }

    @Test func aDeclarationIsRequiredOfEveryMember() throws {
        let text = Self.tender(committee: """
              leader: E1
              members:
                - { id: E1, name: 甲, role: expert }
                - { id: E1, name: 乙, role: expert, conflicts: maybe }
            """)
        let messages = loadProblems(text).map(\.english)
        #expect(messages.contains("missing required key 'conflicts'"))
        #expect(messages.contains { $0.hasPrefix("expected 'none' or a mapping with stepped_aside and reason") })
    }

    // MARK: Checking against the rubric and bids

    @Test func marksMustComeFromTheSittingCommittee() throws {
        var bids = Self.bids
        bids[1] = Fixture.bid("b", price: "900", scores: "{ E1: 8, E2: 8, E4: 8 }")
        bids[2] = Fixture.bid("c", price: "950", q: "40", scores: "{ E1: 8, E2: 8, E3: 8, X9: 8 }")
        let problems = try check(Self.tender(decisions: Self.rejectLow), bids: bids).filter { $0.severity == .error }
        let messages = problems.map(\.english)
        #expect(messages.contains("vendor 'b': evaluator 'E4' marked 'design' but stepped aside from this evaluation"))
        #expect(messages.contains("vendor 'c': evaluator 'X9' marked 'design' but is not a member of the committee in the tender file"))
        #expect(messages.contains("committee member 'E3' has no mark for vendor 'b' on subjective criterion 'design'"))
        let e4 = try #require(problems.first { $0.english.contains("'E4'") })
        #expect(e4.path == "bids[b].scores.design.E4")
        #expect(e4.location?.file == "bids.yaml")
    }

    @Test func theOpeningRecordMustMatchTheBids() throws {
        let opening = """
            opening_record:
              - { vendor: low, price: 300 }
              - { vendor: b, price: 9000 }
              - { vendor: c, price: 950 }
              - { vendor: zz, price: 1 }

            """
        let text = Self.tender(opening: opening, decisions: Self.rejectLow)
        let problems = try check(text).filter { $0.severity == .error }
        let differs = try #require(problems.first { $0.path == "opening_record[1].price" })
        #expect(differs.english == "the opening record reads 9,000 for vendor 'b', but the bids file says 900; the bids file no longer matches what was opened")
        #expect(differs.location == SourceLocation(file: "tender.yaml", line: line(of: "vendor: b, price: 9000", in: text), column: 25))
        #expect(problems.contains { $0.path == "opening_record[3].vendor" && $0.english == "no bid from vendor 'zz' in the bids file" })
        #expect(problems.contains { $0.english == "vendor 'd' has a bid but is not in the tender file's opening record (开标记录)" })
    }

    @Test func abnormalPriceDecisionsMustMatchTheFlags() throws {
        let text = Self.tender(decisions: """
            decisions:
              abnormal_prices:
                - { vendor: b, outcome: accepted, reason: 合理, decided_by: committee, date: 2026-03-18 }

            """)
        let problems = try check(text)
        #expect(problems.contains { $0.severity == .error && $0.english.hasPrefix("vendor 'b' has no abnormally-low-price flag") })
        #expect(problems.contains { $0.severity == .warning && $0.english.hasPrefix("vendor 'low' is flagged for an abnormally low price, but the tender file records no committee decision") })
    }

    @Test func correctionsMustNameTheMarkAsGiven() throws {
        let text = Self.tender(decisions: Self.rejectLow + """
              corrections:
                - { member: E2, vendor: b, criterion: design, before: 7, after: 9, case: 4, reason: r, decided_by: committee, date: 2026-03-18 }
                - { member: E2, vendor: c, criterion: design, before: 8, after: 11, case: 4, reason: r, decided_by: committee, date: 2026-03-18 }
                - { member: E2, vendor: c, criterion: q, before: 8, after: 9, case: 3, reason: r, decided_by: E9, date: 2026-03-18 }

            """)
        let problems = try check(text).filter { $0.severity == .error }
        let before = try #require(problems.first { $0.path == "decisions.corrections[0].before" })
        #expect(before.english == "the correction says member 'E2' gave vendor 'b' 7 on 'design', but the bids file has 8")
        #expect(before.location?.mark.line == line(of: "vendor: b, criterion: design, before: 7", in: text))
        #expect(problems.contains { $0.path == "decisions.corrections[1].after" && $0.english == "the corrected mark 11 is outside 0–10" })
        #expect(problems.contains { $0.path == "decisions.corrections[2].criterion" })
        #expect(problems.contains { $0.path == "decisions.corrections[2].decided_by" })
    }

    @Test func theTenderMustFitTheRubric() throws {
        let text = Self.tender(project: "  name: 项目\n  number: X\n  purchaser: 局\n  procurement_method: consultation")
            .replacingOccurrences(of: "tender: demo", with: "tender: other")
        let problems = try check(text, rubric: Fixture.rubric(committee: "committee: { combine: mean, evaluators: 5 }\n"))
            .filter { $0.severity == .error }
        #expect(problems.contains { $0.path == "tender" && $0.english == "this tender file is for tender 'other', but the rubric is 'demo'" })
        #expect(problems.contains { $0.path == "project.procurement_method" })
        #expect(problems.contains { $0.english.hasPrefix("3 members sit on the committee") })
    }

    // MARK: The engine applies the decisions

    @Test func aRejectedAbnormalPriceIsInvalidAndSetsNoBenchmark() throws {
        let without = try Fixture.evaluate(bids: Self.bids)
        #expect(without.benchmark == 300)
        #expect(without.vendor("low")?.rank == 1)

        let evaluation = try evaluate(Self.tender(decisions: Self.rejectLow))
        let low = try #require(evaluation.vendor("low"))
        #expect(!low.qualified && low.rank == nil && low.total == nil)
        let review = try #require(low.failedGates.first)
        #expect(review.gateID == "committee-abnormal-price")
        #expect(review.reason.message == "review.abnormal-rejected")
        #expect(review.reason.carriedText.contains { $0.contains("未能说明") } && review.reason.values["date"] == .written("2026-03-18"))
        #expect(low.flags.map(\.kind) == [.abnormallyLowPrice, .abnormallyLowPrice, .abnormallyLowPrice])
        #expect(evaluation.benchmark == 900)
        #expect(evaluation.recommended == ["b", "d", "c"])
    }

    @Test func anAcceptedExplanationKeepsTheBidAndItsFlag() throws {
        let evaluation = try evaluate(Self.tender(decisions: """
            decisions:
              abnormal_prices:
                - { vendor: low, outcome: accepted, reason: 成本清单可信, decided_by: E1, date: 2026-03-18 }

            """))
        let low = try #require(evaluation.vendor("low"))
        #expect(low.rank == 1)
        #expect(low.flags.contains { $0.kind == .abnormallyLowPrice })
        #expect(evaluation.benchmark == 300)
    }

    @Test func aBidFoundInvalidIsExcludedAtItsStage() throws {
        let evaluation = try evaluate(Self.tender(decisions: Self.rejectLow + """
              invalid_bids:
                - { vendor: d, stage: qualification, reason: 营业执照过期, decided_by: purchaser, date: 2026-03-18 }

            """))
        let d = try #require(evaluation.vendor("d"))
        #expect(d.failedGates.map(\.gateID) == ["committee-invalid-bid"])
        #expect(d.failedGates.first?.stage == .qualification)
        #expect(evaluation.qualified.map(\.id) == ["b", "c"])
        #expect(evaluation.outcome == .tooFewQualified(qualified: 2, minimum: 3))
    }

    @Test func aCorrectedMarkIsScoredAndAnOutOfRangeMarkMayBeCorrected() throws {
        var bids = Self.bids
        bids[2] = Fixture.bid("c", price: "950", q: "40", scores: "{ E1: 8, E2: 12, E3: 8 }")
        let out = try check(Self.tender(decisions: Self.rejectLow), bids: bids).filter { $0.severity == .error }
        #expect(out.contains { $0.english.contains("gave 12 on 'design', outside 0–10") })

        let evaluation = try evaluate(Self.tender(decisions: Self.rejectLow + """
              corrections:
                - { member: E2, vendor: c, criterion: design, before: 12, after: 5, case: 2, reason: 超出分值范围, decided_by: committee, date: 2026-03-18 }

            """), bids: bids)
        let design = try #require(evaluation.vendor("c")?.criteria.first { $0.criterionID == "design" })
        #expect(design.rawPoints == 7)   // (8 + 5 + 8) / 3
        #expect(design.inputs.contains { $0.name == "evaluator:E2" && $0.value == .number(5) })
    }

    @Test func aSpreadFlagThatLedToACorrectionIsKeptAsFoundOnTheMarksAsGiven() throws {
        var bids = Self.bids
        bids[2] = Fixture.bid("c", price: "950", q: "40", scores: "{ E1: 8, E2: 2, E3: 8 }")
        let uncorrected = try evaluate(Self.tender(decisions: Self.rejectLow), bids: bids)
        let flagged = try #require(uncorrected.vendor("c")?.flags.filter { $0.kind == .evaluatorSpread })
        #expect(flagged.count == 1 && flagged.first?.message.values["spread"] == .number(6))

        // Corrected to 7, the marks lie 1 apart; the flag that led to the correction is the one on record.
        let evaluation = try evaluate(Self.tender(decisions: Self.rejectLow + """
              corrections:
                - { member: E2, vendor: c, criterion: design, before: 2, after: 7, case: 4, reason: 畸低, decided_by: committee, date: 2026-03-18 }

            """), bids: bids)
        let c = try #require(evaluation.vendor("c"))
        #expect(c.flags.filter { $0.kind == .evaluatorSpread } == flagged)
        let design = try #require(c.criteria.first { $0.criterionID == "design" })
        #expect(design.flags == flagged)
        #expect(design.rawPoints == Rational(23, 3))   // (8 + 7 + 8) / 3: the corrected mark is scored
        #expect(evaluation.vendor("b")?.flags.contains { $0.kind == .evaluatorSpread } == false)
    }

    @Test func tiedVendorsOnTheLastPlaceAreAllRecommended() throws {
        let bids = [Fixture.bid("a", price: "800"), Fixture.bid("b", price: "900", q: "30"), Fixture.bid("c", price: "900", q: "30"),
                    Fixture.bid("d", price: "1000", q: "10")]
        let evaluation = try evaluate(Self.tender(committee: """
              leader: E1
              members:
                - { id: E1, name: 甲, role: expert, conflicts: none }
                - { id: E2, name: 乙, role: expert, conflicts: none }
                - { id: E3, name: 丙, role: expert, conflicts: none }
            """, decisions: "decisions:\n  recommend: 2\n"), bids: bids)
        #expect(evaluation.vendors.prefix(3).map(\.rank) == [1, 2, 2])
        #expect(evaluation.recommended == ["a", "b", "c"])
    }
}
