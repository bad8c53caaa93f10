import Foundation
import FuzzSupport
import VendorScoreCore
import VendorScoreOutput

/// A valid rubric with fuzzed bids: whatever the bids, the evaluation keeps its invariants:
/// points within each criterion's range, subtotals and totals equal to the sums of the rounded
/// parts, a ranking that does not depend on the order of the bids, and a JSON document, written
/// vendor by vendor straight into bytes, that is the one `JSONEncoder` makes of the whole.
let rubric: Rubric = {
    let text = """
        format: vendorscore/rubric@1
        id: fuzz
        version: "1"
        title: { zh: 模糊测试, en: Fuzz }
        category: services
        method: comprehensive
        total_points: 100
        minimum_qualified: 1
        price:
          small_enterprise: { rate: 10% }
        gates:
          - { id: mlps, stage: qualification, title: MLPS, fact: mlps_level, at_least: 3 }
        groups:
          - id: tech
            title: Tech
            criteria:
              - { id: sla, title: SLA, points: 20, type: objective, scorer: reliability.sla, params: { floor: 99.9%, target: 99.99% } }
              - { id: cpus, title: CPUs, points: 20, type: objective, scorer: generic.ratio-to-best, params: { fact: max_vcpus, better: higher } }
              - { id: xc, title: XC, points: 10, type: objective, scorer: scalability.xinchuang }
              - { id: design, title: Design, points: 20, type: subjective }
          - id: cost
            title: Cost
            criteria:
              - { id: price, title: Price, points: 30, type: objective, scorer: cost.price-87 }
        """
    do {
        return try RubricLoader(registry: FuzzSupport.registry).load(bytes: Array(text.utf8), file: "rubric.yaml").rubric
    } catch {
        fatalError("the fuzz rubric does not load: \(error)")
    }
}()

let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzSupport.bytes(data, size)
    guard let loaded = try? BidsLoader().load(bytes: bytes, file: "bids.yaml"),
          BidChecker.check(loaded, against: rubric).allSatisfy({ $0.severity != .error }),
          let evaluation = try? Engine().evaluate(rubric: rubric, bids: loaded.bids) else { return 0 }
    for vendor in evaluation.vendors where vendor.qualified && evaluation.isRanked {
        var sum = Rational.zero
        for (criterion, points) in zip(rubric.criteria, vendor.criterionPoints) {
            precondition(!points.isNegative && points <= criterion.maximum, "points out of range for \(vendor.id)")
            sum += points
        }
        let groups = vendor.groups.reduce(Rational.zero) { $0 + $1.points }
        precondition(groups == sum, "group subtotals of \(vendor.id) do not add up")
        precondition(vendor.total == sum.rounded(rubric.rounding), "total of \(vendor.id) is not the rounded sum")
    }
    let reversed = try? Engine().evaluate(rubric: rubric, bids: loaded.bids.reversed())
    precondition(reversed.map { $0.vendors.map(\.id) + $0.vendors.map { "\($0.rank ?? 0)" } }
                 == evaluation.vendors.map(\.id) + evaluation.vendors.map { "\($0.rank ?? 0)" },
                 "the ranking depends on the order of the bids")
    for language in [Language.en, .zh] {
        let written = try? JSONRenderer(language: language).render(evaluation)
        let whole = (try? encoder.encode(EvaluationDocument(evaluation, wordedIn: language))).map { String(decoding: $0, as: UTF8.self) + "\n" }
        precondition(written != nil && written == whole, "the JSON document in \(language) is not JSONEncoder's")
    }
    return 0
}
