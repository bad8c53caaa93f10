import Testing
@testable import VendorScoreCore

@Suite("Engine")
struct EngineTests {
    private let four = [
        Fixture.bid("a", price: "800", q: "50"),
        Fixture.bid("b", price: "1000", q: "55"),
        Fixture.bid("c", price: "900", q: "40"),
        Fixture.bid("d", price: "950", q: "45"),
    ]

    @Test func scoresAndRanksByTotal() throws {
        let evaluation = try Fixture.evaluate(bids: four)
        #expect(evaluation.isRanked)
        #expect(evaluation.benchmark == 800)
        let a = try #require(evaluation.vendor("a"))
        // 50 + 8 + 800/800 × 30
        #expect(a.total == 88)
        let b = try #require(evaluation.vendor("b"))
        // 55 + 8 + 800/1000 × 30 = 87
        #expect(b.total == 87)
        #expect(evaluation.vendors.map(\.id) == ["a", "b", "d", "c"])
        #expect(evaluation.vendors.map(\.rank) == [1, 2, 3, 4])
        #expect(a.groups.map(\.points) == [58, 30])
    }

    @Test func roundsEachCriterionHalfUp() throws {
        let evaluation = try Fixture.evaluate(bids: four)
        let d = try #require(evaluation.vendor("d"))
        let price = try #require(d.criteria.first { $0.criterionID == "price" })
        // 800/950 × 30 = 25.263157…
        #expect(price.rawPoints == Rational(480, 19))
        #expect(price.points.fixed(2) == "25.26")
        #expect(d.total?.fixed(2) == "78.26")
    }

    @Test func resultDoesNotDependOnBidOrder() throws {
        let forward = try Fixture.evaluate(bids: four)
        let backward = try Fixture.evaluate(bids: four.reversed())
        #expect(forward.vendors.map(\.id) == backward.vendors.map(\.id))
        #expect(forward.vendors.map(\.total) == backward.vendors.map(\.total))
    }

    @Test func failedGateExcludesAndExplains() throws {
        let evaluation = try Fixture.evaluate(bids: four + [Fixture.bid("e", price: "700", q: "60", mlps: "2")])
        let e = try #require(evaluation.vendor("e"))
        #expect(!e.qualified)
        #expect(e.rank == nil)
        #expect(e.total == nil)
        #expect(e.failedGates.map(\.gateID) == ["mlps"])
        #expect(e.failedGates[0].reason == Phrase("gate.failed", ["fact": .fact("mlps_level"), "found": .value(.number(2)),
                                                            "condition": .phrase(Phrase("condition.at-least", ["value": .value(.number(3))]))]))
        // The disqualified bid's lower price does not set the benchmark.
        #expect(evaluation.benchmark == 800)
        #expect(evaluation.vendors.last?.id == "e")
    }

    @Test func priceAboveCeilingFailsCompliance() throws {
        let evaluation = try Fixture.evaluate(bids: four + [Fixture.bid("e", price: "1000.01")])
        let gate = try #require(evaluation.vendor("e")?.failedGates.first)
        #expect(gate.gateID == "price-ceiling")
        #expect(gate.stage == .compliance)
        #expect(gate.reason == Phrase("gate.price-above-ceiling", ["price": .amount(Rational(decimal: "1000.01")!), "ceiling": .amount(1000)]))
    }

    @Test func tooFewQualifiedMeansNoRanking() throws {
        let evaluation = try Fixture.evaluate(bids: [
            Fixture.bid("a", price: "800"), Fixture.bid("b", price: "900"), Fixture.bid("c", price: "900", mlps: "2"),
        ])
        #expect(evaluation.outcome == .tooFewQualified(qualified: 2, minimum: 3))
        #expect(evaluation.vendors.allSatisfy { $0.rank == nil && $0.total == nil })
        #expect(evaluation.vendor("c")?.failedGates.count == 1)
    }

    @Test func smallEnterpriseDeductionMovesTheBenchmark() throws {
        let evaluation = try Fixture.evaluate(bids: four + [Fixture.bid("s", price: "850", size: "micro")])
        let s = try #require(evaluation.vendor("s"))
        #expect(s.evaluationPrice == 765)
        #expect(s.adjustments.map(\.kind) == [.smallEnterprise])
        #expect(evaluation.benchmark == 765)
        // The adjusted price is used for the bid too: 765/765 × 30.
        #expect(s.criteria.first { $0.criterionID == "price" }?.points == 30)
        #expect(evaluation.vendor("a")?.criteria.first { $0.criterionID == "price" }?.rawPoints == Rational(765, 800) * 30)
    }

    @Test func consortiumShareGetsTheSmallerDeduction() throws {
        var text = Fixture.bid("k", price: "1000")
        text = text.replacingOccurrences(of: "{ enterprise_size: large }", with: "{ enterprise_size: large, small_share: 30% }")
        let evaluation = try Fixture.evaluate(bids: four + [text])
        #expect(evaluation.vendor("k")?.evaluationPrice == 960)
    }

    @Test func tieOnTotalIsBrokenByLowerQuotedPrice() throws {
        // x: 50 + 8 + 30 = 88 at 800; y: 58 + 8 + 800/1000×30 = 90 → make y's quality 50 + 6 = 56: 56+8+24 = 88.
        let evaluation = try Fixture.evaluate(bids: [
            Fixture.bid("y", price: "1000", q: "56"), Fixture.bid("x", price: "800", q: "50"), Fixture.bid("z", price: "900", q: "10"),
        ])
        let x = try #require(evaluation.vendor("x"))
        let y = try #require(evaluation.vendor("y"))
        #expect(x.total == y.total)
        #expect(x.rank == 1)
        #expect(y.rank == 2)
        #expect(y.tiedWith.isEmpty)
        #expect(y.rankNote == Phrase("rank.placed-below", ["vendor": .written("供应商x"), "key": .phrase(Phrase("tie-break.bid-price", [:]))]))
    }

    /// 第57条 orders equal totals by the quoted price, not by the price after a small-enterprise
    /// deduction: here the two orders differ.
    @Test func quotedPriceAndEvaluationPriceOrderASmallEnterpriseDifferently() throws {
        // Benchmark 800 (z). s, small, quotes 1000, evaluated at 900: 50 + 8 + 26.67 = 84.67.
        // l, large, quotes 950: 51.41 + 8 + 25.26 = 84.67.
        let bids = [Fixture.bid("s", price: "1000", q: "50", size: "small"), Fixture.bid("l", price: "950", q: "51.41"),
                    Fixture.bid("z", price: "800", q: "10")]
        let byLaw = try Fixture.evaluate(bids: bids)
        let s = try #require(byLaw.vendor("s"))
        let l = try #require(byLaw.vendor("l"))
        #expect(s.total == l.total)
        #expect(s.evaluationPrice < l.evaluationPrice && l.price < s.price)
        #expect(byLaw.vendors.prefix(2).map(\.id) == ["l", "s"])
        #expect(s.rankNote == Phrase("rank.placed-below", ["vendor": .written("供应商l"), "key": .phrase(Phrase("tie-break.bid-price", [:]))]))

        let byDocument = try Fixture.evaluate(rubric: Fixture.rubric(extra: "tie_break: [evaluation-price]\n"), bids: bids)
        #expect(byDocument.vendors.prefix(2).map(\.id) == ["s", "l"])
        #expect(byDocument.vendor("l")?.rankNote == Phrase("rank.placed-below", ["vendor": .written("供应商s"), "key": .phrase(Phrase("tie-break.evaluation-price", [:]))]))
    }

    @Test func equalTotalAndPriceAreReportedAsATie() throws {
        let evaluation = try Fixture.evaluate(bids: [
            Fixture.bid("p", price: "800"), Fixture.bid("q", price: "800"), Fixture.bid("r", price: "900", q: "10"),
        ])
        #expect(evaluation.vendors.map(\.rank) == [1, 1, 3])
        #expect(evaluation.vendor("p")?.tiedWith == ["q"])
        #expect(evaluation.vendor("q")?.tiedWith == ["p"])
        #expect(evaluation.vendor("q")?.rankNote?.message.hasPrefix("rank.tied") == true)
    }

    /// A tie of many identical bids shares one list: every vendor still names its peers, and the
    /// note names five of them and counts the rest instead of listing thousands.
    @Test func aLargeTieIsNamedWithoutListingEveryPeer() throws {
        let ids = (1...8).map { "v\($0)" }
        let evaluation = try Fixture.evaluate(bids: ids.map { Fixture.bid($0, price: "800") })
        #expect(evaluation.vendors.allSatisfy { $0.rank == 1 && $0.isTied })
        let v3 = try #require(evaluation.vendor("v3"))
        #expect(v3.tiedWith == ["v1", "v2", "v4", "v5", "v6", "v7", "v8"])
        #expect(v3.rankNote == Phrase("rank.tied-many-on", ["peers": .writtenList(["供应商v1", "供应商v2", "供应商v4", "供应商v5", "供应商v6"]), "count": .number(7),
                                                          "keys": .phrases([Phrase("tie-break.bid-price", [:])])]))
        #expect(evaluation.recommended == ids)
        let pair = try Fixture.evaluate(bids: [Fixture.bid("a", price: "800"), Fixture.bid("b", price: "800"), Fixture.bid("c", price: "900")])
        #expect(pair.vendor("b")?.rankNote == Phrase("rank.tied-on", ["peers": .writtenList(["供应商a"]), "count": .number(1),
                                                                   "keys": .phrases([Phrase("tie-break.bid-price", [:])])]))
    }

    /// What the workspace's score sheets rely on: exactly the bids the engine scores pass the gates.
    @Test func passesGatesAgreesWithTheEngine() throws {
        let rubric = try Fixture.loadRubric(Fixture.rubric())
        let loaded = try Fixture.loadBids(Fixture.bids([Fixture.bid("a", price: "800"), Fixture.bid("b", price: "900", mlps: "2"),
                                                        Fixture.bid("c", price: "1200"), Fixture.bid("d", price: "950")]))
        let evaluation = try Engine().evaluate(rubric: rubric, bids: loaded.bids)
        #expect(loaded.bids.filter(rubric.passesGates).map(\.id) == evaluation.vendors.filter(\.qualified).map(\.id).sorted())
        #expect(loaded.bids.filter(rubric.passesGates).map(\.id) == ["a", "d"])
    }

    @Test func configuredTieBreakByGroupComesFirst() throws {
        let rubric = Fixture.rubric(extra: "tie_break: [group:quality, bid-price]\n")
        let evaluation = try Fixture.evaluate(rubric: rubric, bids: [
            Fixture.bid("y", price: "1000", q: "56"), Fixture.bid("x", price: "800", q: "50"), Fixture.bid("z", price: "900", q: "10"),
        ])
        #expect(evaluation.vendors.prefix(2).map(\.id) == ["y", "x"])
        #expect(evaluation.vendor("x")?.rankNote == Phrase("rank.placed-below", ["vendor": .written("供应商y"), "key": .phrase(Phrase("tie-break.group", ["title": .title(LocalizedText(zh: "质量", en: "Quality"))]))]))
    }

    @Test func abnormallyLowPriceIsFlaggedNotExcluded() throws {
        // Mean of 300, 900, 950, 1000 = 787.5; 300 < 50% of it, < 50% of 900, and < 45% of the 1000 ceiling.
        let evaluation = try Fixture.evaluate(bids: [
            Fixture.bid("low", price: "300"), Fixture.bid("b", price: "900"), Fixture.bid("c", price: "950"), Fixture.bid("d", price: "1000"),
        ])
        let low = try #require(evaluation.vendor("low"))
        #expect(low.qualified)
        #expect(low.rank == 1)
        #expect(low.flags.filter { $0.kind == .abnormallyLowPrice }.count == 3)
        #expect(evaluation.vendor("b")?.flags.isEmpty == true)
    }

    @Test func abnormalPriceTriggersAreStrict() throws {
        // 450 is exactly 45% of the 1000 ceiling and exactly 50% of 900: no trigger fires.
        let evaluation = try Fixture.evaluate(bids: [
            Fixture.bid("a", price: "450"), Fixture.bid("b", price: "900"), Fixture.bid("c", price: "900"),
        ])
        #expect(evaluation.vendor("a")?.flags.isEmpty == true)
    }

    @Test func committeeMeanAndTrimmedMean() throws {
        let scores = "{ E1: 2, E2: 9, E3: 7, E4: 8, E5: 10 }"
        // One committee of five marks every bid.
        let five = "{ E1: 8, E2: 8, E3: 8, E4: 8, E5: 8 }"
        let others = [("a", "800"), ("b", "1000"), ("c", "900")].map { Fixture.bid($0.0, price: $0.1, scores: five) }
        let mean = try Fixture.evaluate(bids: others + [Fixture.bid("d", price: "950", scores: scores)])
        #expect(mean.vendor("d")?.criteria.first { $0.criterionID == "design" }?.points == Rational(36, 5))
        let trimmedRubric = Fixture.rubric(committee: "committee: { combine: trimmed-mean }\n")
        let trimmed = try Fixture.evaluate(rubric: trimmedRubric, bids: others + [Fixture.bid("d", price: "950", scores: scores)])
        let design = try #require(trimmed.vendor("d")?.criteria.first { $0.criterionID == "design" })
        #expect(design.points == 8)
        #expect(design.inputs.map(\.name) == ["evaluator:E1", "evaluator:E2", "evaluator:E3", "evaluator:E4", "evaluator:E5"])
    }

    @Test func evaluatorSpreadIsFlagged() throws {
        let evaluation = try Fixture.evaluate(bids: four.dropLast() + [Fixture.bid("d", price: "950", scores: "{ E1: 2, E2: 9, E3: 7 }")])
        let flags = try #require(evaluation.vendor("d")?.flags)
        #expect(flags.contains { $0.kind == .evaluatorSpread && $0.criterion == "design" })
        #expect(evaluation.vendor("a")?.flags.isEmpty == true)
    }

    @Test func refusesPointsAboveTheMaximum() throws {
        let rubric = Fixture.rubric()
            .replacingOccurrences(of: "scorer: test.fact-points", with: "scorer: test.greedy")
            .replacingOccurrences(of: "params: { fact: q }", with: "")
        #expect {
            _ = try Fixture.evaluate(rubric: rubric, bids: four)
        } throws: { error in
            (error as? ScorerError)?.english.contains("outside 0–60") == true
        }
    }

    /// Per-bid scorers score a block of bids at a time; what they report is still what a whole
    /// column reports: a bid the scorer fails on before a bid given points out of range, each
    /// the first in bid order, whichever block it sits in.
    @Test func aPerBidScorersProblemIsReportedAsForAWholeColumn() throws {
        let rubric = try Fixture.loadRubric(Fixture.rubric().replacingOccurrences(of: "scorer: test.fact-points", with: "scorer: test.uncapped"))
        func bids(_ q: (Int) -> String) throws -> [Bid] {
            try Fixture.loadBids(Fixture.bids((0..<600).map { Fixture.bid("v" + String(String($0 + 1000).dropFirst()), price: "\(100 + $0)", q: q($0)) })).bids
        }
        func problem(_ bids: [Bid]) -> String? {
            do {
                _ = try Engine().evaluate(rubric: rubric, bids: bids)
                return nil
            } catch {
                return error.english
            }
        }
        let scored = try Engine().evaluate(rubric: rubric, bids: bids { "\($0 % 61)" })
        #expect(scored.vendors.count == 600)
        #expect(scored.vendors.allSatisfy { vendor in
            vendor.criteria.first { $0.criterion.id == "q" }?.points == Rational(Int(String(vendor.id.dropFirst()))! % 61)
        })
        #expect(problem(try bids { $0 == 520 ? "70" : $0 == 530 ? "80" : "5" })?.contains("v520") == true)
        let failed = problem(try bids { $0 == 10 ? "70" : $0 == 530 ? "x" : $0 == 590 ? "y" : "5" })
        #expect(failed?.contains("v530") == true)
        #expect(failed?.hasPrefix("q (test.uncapped)") == true)
    }

    @Test func detailLevelsKeepTheSameNumbers() throws {
        let rubric = try Fixture.loadRubric(Fixture.rubric())
        let bids = try Fixture.loadBids(Fixture.bids(four)).bids
        let full = try Engine().evaluate(rubric: rubric, bids: bids)
        let lean = try Engine().evaluate(rubric: rubric, bids: bids, detail: .pointsOnly)
        let one = try Engine().evaluate(rubric: rubric, bids: bids, detail: .vendors(["d"]))
        for evaluation in [lean, one] {
            #expect(evaluation.vendors.map(\.id) == full.vendors.map(\.id))
            #expect(evaluation.vendors.map(\.total) == full.vendors.map(\.total))
            #expect(evaluation.vendors.map(\.criterionPoints) == full.vendors.map(\.criterionPoints))
        }
        #expect(full.vendors.allSatisfy { $0.criteria.count == 3 })
        #expect(lean.vendors.allSatisfy { $0.criteria.isEmpty })
        #expect(one.vendors.filter { !$0.criteria.isEmpty }.map(\.id) == ["d"])
        #expect(full.vendor("a")?.criterionPoints == full.vendor("a")?.criteria.map(\.points))
    }

    @Test func tieBreakByCriterion() throws {
        let rubric = Fixture.rubric(extra: "tie_break: [criterion:q]\n")
        let evaluation = try Fixture.evaluate(rubric: rubric, bids: [
            Fixture.bid("y", price: "1000", q: "56"), Fixture.bid("x", price: "800", q: "50"), Fixture.bid("z", price: "900", q: "10"),
        ])
        #expect(evaluation.vendors.prefix(2).map(\.id) == ["y", "x"])
        #expect(evaluation.vendor("x")?.rankNote?.message == "rank.placed-below")
        let title = try #require(try Fixture.loadRubric(rubric).criteria.first { $0.id == "q" }).title
        #expect(evaluation.vendor("x")?.rankNote?.values["key"] == .phrase(Phrase("tie-break.criterion", ["title": .title(title)])))
    }

    @Test func roundingRuleIsTheRubrics() throws {
        let rubric = Fixture.rubric(extra: "rounding: { mode: down, decimals: 1 }\n")
        let evaluation = try Fixture.evaluate(rubric: rubric, bids: four)
        // 800/950 × 30 = 25.263… → 25.2 when truncated to one decimal.
        #expect(evaluation.vendor("d")?.criteria.first { $0.criterionID == "price" }?.points == Rational(decimal: "25.2"))
    }
}

@Suite("Registry")
struct RegistryTests {
    @Test func duplicateIDStopsStartupNamingBothModules() {
        #expect {
            _ = try ScorerRegistry([ScorerModule("A", [FactPointsScorer.self]), ScorerModule("B", [FactPointsScorer.self])])
        } throws: { error in
            (error as? RegistryError)?.message.english == "scorer id 'test.fact-points' is registered twice, by A and by B; every scorer needs its own id"
        }
    }

    @Test func listsEntriesByIDWithTheirModule() {
        let ids = Fixture.registry.entries.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Fixture.registry.entry(for: "committee.panel")?.module == "VendorScoreCore")
        #expect(Fixture.registry.entry(for: "test.price")?.scoresPrice == true)
    }
}
