import Testing
import VendorScoreCore
@testable import VendorScoreAnalysis

/// The exact intervals against brute force: the ranking recomputed from the points, criterion by
/// criterion, at many weights of the item and just outside each interval's ends.
@Suite struct WeightSensitivityTests {
    /// Vendors in order at item weight `x`: every criterion of the item scaled to `x / weight` of
    /// its points, every other one by `(total − x) / (total − weight)`; ties in official order.
    static func order(_ table: PerformanceTable, item: Set<Int>, x: Rational) -> [Int] {
        let weight = item.reduce(Rational.zero) { $0 + table.maxima[$1] }
        let scores = table.points.map { row in
            row.indices.reduce(Rational.zero) { sum, criterion in
                sum + row[criterion] * (item.contains(criterion) ? x / weight : (table.total - x) / (table.total - weight))
            }
        }
        return scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    }

    static func members(_ item: WeightSensitivity, _ table: PerformanceTable) -> Set<Int> {
        switch item.kind {
        case .criterion: return [table.criteria.firstIndex(of: item.id)!]
        case .group:
            let group = table.groups.firstIndex(of: item.id)!
            return Set(table.criteria.indices.filter { table.criterionGroups[$0] == group })
        }
    }

    static func check(_ tender: SmallTender) throws {
        let table = try PerformanceTable(tender.evaluation)
        let items = WeightSensitivity.analyse(table)
        #expect(items.count == table.groups.count + table.criteria.count)
        let tiny = Rational(1, 1_000_000)
        for item in items {
            let members = members(item, table)
            var probes = (0...200).map { table.total * Rational($0, 200) }
            for interval in [item.winnerInterval, item.topThreeInterval].compactMap({ $0 }) {
                probes += [interval.lower, interval.upper, interval.lower - tiny, interval.upper + tiny]
            }
            for x in probes where x >= .zero && x <= table.total {
                let order = order(table, item: members, x: x)
                let winnerFirst = order[0] == 0
                #expect(winnerFirst == (item.winnerInterval?.contains(x) ?? false), "\(item.id) at \(x)")
                let topThree = Array(order.prefix(3)) == [0, 1, 2]
                #expect(topThree == (item.topThreeInterval?.contains(x) ?? false), "\(item.id) top three at \(x)")
            }
            if let down = item.decrease {
                #expect(down.points > .zero)
                #expect(table.vendors[order(table, item: members, x: down.points - tiny)[0]] == down.newWinner)
            } else if let interval = item.winnerInterval {
                #expect(interval.lower == .zero)
            }
            if let up = item.increase {
                #expect(up.points < table.total)
                #expect(table.vendors[order(table, item: members, x: up.points + tiny)[0]] == up.newWinner)
            } else if let interval = item.winnerInterval {
                #expect(interval.upper == table.total)
            }
        }
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func intervalsMatchBruteForce(seed: UInt64) throws {
        try Self.check(try SmallTender.make(seed: seed, vendors: 3 + Int(seed % 4)))
    }

    @Test func currentWeightsLieInsideTheirIntervals() throws {
        let table = try PerformanceTable(try SmallTender.make(seed: 99, vendors: 6).evaluation)
        for item in WeightSensitivity.analyse(table) {
            #expect(item.winnerInterval?.contains(item.current) == true, "\(item.id)")
        }
    }

    @Test func aVendorBestOnEveryCriterionWinsAtAnyWeight() throws {
        let tender = try SmallTender.load(bids: SmallTender.dominated)
        let table = try PerformanceTable(tender.evaluation)
        #expect(table.vendors == ["best", "next", "last"])
        for item in WeightSensitivity.analyse(table) {
            #expect(item.smallestChange == nil, "\(item.id)")
            #expect(item.winnerInterval == PointsInterval(lower: .zero, upper: table.total), "\(item.id)")
        }
    }

    @Test func linearScoreAgreesWithRescaling() {
        // performance 1/2 on an item of 20 of 100 points, score 60 at the rubric's weights.
        let line = LinearScore(performance: Rational(1, 2), weight: 20, score: 60, total: 100)
        #expect(line.value(at: 20) == 60)
        // At 40 points: 20 on the item, the other 50 points scaled by 60/80.
        #expect(line.value(at: 40) == 20 + Rational(50) * Rational(60, 80))
        #expect(line.value(at: 100) == 50)
    }

    @Test func scalingIsFoundByTheScorersThemselves() throws {
        let tender = try SmallTender.make(seed: 3)
        let scaling = PointsScaling.check(rubric: tender.rubric, bids: tender.bids, evaluation: tender.evaluation)
        #expect(scaling == [.proportional, .fixedPoints, .committeeMarks, .proportional, .proportional])
    }
}

/// The random tenders above must reach the interesting cases, or their checks would prove little.
@Suite struct RandomTenderCoverageTests {
    @Test func someWinnersChangeInBothDirectionsAndSomeSwapsExist() throws {
        var decreases = 0
        var increases = 0
        var bounded = 0
        for seed in 1...12 as ClosedRange<UInt64> {
            let table = try PerformanceTable(try SmallTender.make(seed: seed, vendors: 3 + Int(seed % 4)).evaluation)
            for item in WeightSensitivity.analyse(table) {
                if item.decrease != nil { decreases += 1 }
                if item.increase != nil { increases += 1 }
                if let interval = item.topThreeInterval, interval.lower > .zero, interval.upper < table.total { bounded += 1 }
            }
        }
        #expect(decreases > 5 && increases > 5 && bounded > 5, "\(decreases) \(increases) \(bounded)")
        var swaps = 0
        for seed in 1...6 as ClosedRange<UInt64> {
            let tender = try SmallTender.make(seed: seed, vendors: 4)
            swaps += try ExpertInfluence.analyse(rubric: tender.rubric, bids: tender.bids, evaluation: tender.evaluation).swaps.count
        }
        #expect(swaps > 3, "\(swaps)")
    }
}
