import Testing
import VendorScoreCore

/// Runs a scorer's example. Facts written `a | b` are lists, as in a CSV bids file; examples
/// without such a fact go through `ScorerExample.run` itself.
enum ExampleRunner {
    static func awards(_ example: ScorerExample, _ scorer: any Scorer.Type) throws -> [Award] {
        let hasList = example.bids.contains { bid in bid.facts.values.contains { $0.contains("|") } }
        guard hasList else { return try example.run(scorer) }
        let parameters = try ScorerParameters(yaml: example.parameters, maximum: example.maximum)
        return try scorer.init(parameters: parameters).score(context(example.maximum, example.bids))
    }

    /// A scoring context for example bids, in the given order.
    static func context(_ maximum: Rational, _ bids: [ExampleBid]) throws -> ScoringContext {
        let location = SourceLocation(file: "<example>", line: 1, column: 1)
        var facts: [BidFacts] = []
        for bid in bids {
            var values: [String: Fact] = [:]
            for (name, text) in bid.facts {
                let value: FactValue = text.contains("|")
                    ? .list(text.split(separator: "|").map { String($0).trimmed }.filter { !$0.isEmpty })
                    : try FactValue.parse(text)
                values[name] = Fact(value, at: location)
            }
            let price = try #require(Rational(decimal: bid.price))
            let evaluationPrice = try bid.evaluationPrice.map { text in try #require(Rational(decimal: text)) } ?? price
            facts.append(BidFacts(id: bid.id, name: bid.id, price: price, evaluationPrice: evaluationPrice, facts: values))
        }
        return ScoringContext(criterionID: "example", maximum: maximum, bids: facts)
    }
}

extension String {
    var trimmed: String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
