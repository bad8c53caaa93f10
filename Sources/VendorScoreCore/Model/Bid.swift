/// One vendor's bid: its identity, price, declarations, facts and the committee's scores.
public struct Bid: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The bid price (投标报价) in the tender's currency, exactly as written.
    public var price: Rational
    public var declarations: Declarations
    /// Facts by name, iterated in name order.
    public var facts: FactTable
    /// Committee scores by criterion id, then by evaluator id.
    public var evaluatorScores: [String: [String: EvaluatorScore]]
    public var location: SourceLocation
    public var priceLocation: SourceLocation

    public init(id: String, name: String, price: Rational, declarations: Declarations = Declarations(),
                facts: FactTable = [:], evaluatorScores: [String: [String: EvaluatorScore]] = [:],
                location: SourceLocation, priceLocation: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.price = price
        self.declarations = declarations
        self.facts = facts
        self.evaluatorScores = evaluatorScores
        self.location = location
        self.priceLocation = priceLocation ?? location
    }

    public var factNames: [String] { facts.sortedNames }
}

/// A fact and where it was written.
public struct Fact: Sendable, Hashable {
    public var value: FactValue
    public var location: SourceLocation

    public init(_ value: FactValue, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// One evaluator's points for one subjective criterion.
public struct EvaluatorScore: Sendable, Hashable {
    public var points: Rational
    public var location: SourceLocation

    public init(_ points: Rational, at location: SourceLocation) {
        self.points = points
        self.location = location
    }
}

/// What the bidder declares about itself, which price policies read.
public struct Declarations: Sendable, Hashable {
    /// The bidder's size under 工信部联企业〔2011〕300号.
    public var enterpriseSize: EnterpriseSize?
    /// Share of the contract (in percent) that a consortium or subcontract gives to small and
    /// micro enterprises.
    public var smallEnterpriseShare: Rational?
    /// Share of the bid's cost (in percent) that is domestic product.
    public var domesticShare: Rational?

    public init(enterpriseSize: EnterpriseSize? = nil, smallEnterpriseShare: Rational? = nil, domesticShare: Rational? = nil) {
        self.enterpriseSize = enterpriseSize
        self.smallEnterpriseShare = smallEnterpriseShare
        self.domesticShare = domesticShare
    }
}

public enum EnterpriseSize: String, Sendable, Hashable, CaseIterable {
    case large, medium, small, micro

    /// Small and micro enterprises (小微企业) get the price deduction.
    public var isSmallOrMicro: Bool { self == .small || self == .micro }
}
