import Testing
import VendorScoreCore

@Suite("Scorer registry")
struct RegistryTests {
    @Test("All five modules register without duplicate ids")
    func registers() throws {
        let registry = try ScorerRegistry(AllScorers.modules)
        // 20 built-in scorers plus the core's committee scorer.
        #expect(registry.entries.count == 21)
        #expect(registry.entry(for: "cost.price-87")?.module == "CostScorers")
    }

    @Test("Every scorer is documented and named for its area", arguments: AllScorers.modules.map(\.name))
    func documented(_ name: String) throws {
        let module = try #require(AllScorers.modules.first { $0.name == name })
        let prefix = try #require(AllScorers.prefixes[name])
        #expect(!module.scorers.isEmpty)
        for type in module.scorers {
            #expect(type.id.hasPrefix(prefix), "\(type.id) should start with \(prefix)")
            #expect(type.module == module.name, "\(type.id) is declared in \(type.module)")
            #expect(type.version == "1.0.0")
            #expect(!type.summary.isEmpty && !type.summary.contains("\n"))
            #expect(type.examples.count >= 2, "\(type.id) has \(type.examples.count) examples")
            let names = type.parameters.map(\.name)
            #expect(Set(names).count == names.count, "\(type.id) declares a parameter twice")
            for spec in type.parameters {
                #expect(!spec.summary.isEmpty && !spec.type.isEmpty, "\(type.id).\(spec.name)")
            }
        }
    }

    @Test("Examples only use the parameters their scorer declares")
    func exampleParameters() throws {
        for type in AllScorers.types {
            let declared = Set(type.parameters.map(\.name))
            for example in type.examples {
                let parameters = try ScorerParameters(yaml: example.parameters, maximum: example.maximum)
                let unknown = Set(parameters.names).subtracting(declared)
                #expect(unknown.isEmpty, "\(type.id) '\(example.title)' uses \(unknown.sorted())")
            }
        }
    }

    @Test("The price rules count toward the price weight; only the 87号令 one is 第55条's")
    func priceScore() {
        #expect(AllScorers.types.filter { $0.scoresPrice }.map { $0.id } == ["cost.price-87", "cost.price-mean-benchmark", "cost.discount-rate"])
        #expect(AllScorers.types.filter { $0.isArticle55PriceRule }.map { $0.id } == ["cost.price-87"])
    }
}
