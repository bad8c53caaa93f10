/// The price rules of a tender: ceiling, policy deductions and abnormally-low-price triggers.
public struct PricePolicy: Sendable {
    /// 最高限价: bids above it fail compliance.
    public var ceiling: Rational?
    /// 采购预算: used for the abnormally-low check where no ceiling is set.
    public var budget: Rational?
    public var smallEnterprise: SmallEnterpriseDeduction?
    public var domesticProduct: DomesticProductDeduction?
    public var abnormallyLow: AbnormallyLowPolicy

    public init(ceiling: Rational? = nil, budget: Rational? = nil, smallEnterprise: SmallEnterpriseDeduction? = nil,
                domesticProduct: DomesticProductDeduction? = nil, abnormallyLow: AbnormallyLowPolicy = AbnormallyLowPolicy()) {
        self.ceiling = ceiling
        self.budget = budget
        self.smallEnterprise = smallEnterprise
        self.domesticProduct = domesticProduct
        self.abnormallyLow = abnormallyLow
    }
}

/// 财库〔2020〕46号: small and micro enterprises are evaluated at a reduced price.
public struct SmallEnterpriseDeduction: Sendable {
    /// Deduction for a small or micro bidder, in percent (10–20).
    public var rate: Rational
    /// Deduction for a consortium or subcontract that gives at least ``minimumShare`` to small and
    /// micro firms, in percent (4–6); `nil` when the tender grants none.
    public var consortiumRate: Rational?
    /// Share (percent) of the contract a consortium must give to small and micro firms.
    public var minimumShare: Rational

    public init(rate: Rational, consortiumRate: Rational? = nil, minimumShare: Rational = 30) {
        self.rate = rate
        self.consortiumRate = consortiumRate
        self.minimumShare = minimumShare
    }
}

/// 国办发〔2025〕34号: bids whose cost is mostly domestic product are evaluated at a reduced price.
public struct DomesticProductDeduction: Sendable {
    public var rate: Rational
    public var minimumShare: Rational

    public init(rate: Rational = 20, minimumShare: Rational = 80) {
        self.rate = rate
        self.minimumShare = minimumShare
    }
}

/// 财库〔2026〕2号 triggers for an abnormally low price, each a strict "<" on the raw bid price.
/// A trigger flags the bid for the committee; it never excludes it.
public struct AbnormallyLowPolicy: Sendable {
    public var enabled: Bool
    /// Price < this share (percent) of the mean of all qualified bids.
    public var meanShare: Rational
    /// Lowest price < this share of the second-lowest.
    public var secondLowestShare: Rational
    /// Price < this share of the ceiling (or the budget when no ceiling is set).
    public var ceilingShare: Rational

    public init(enabled: Bool = true, meanShare: Rational = 50, secondLowestShare: Rational = 50, ceilingShare: Rational = 45) {
        self.enabled = enabled
        self.meanShare = meanShare
        self.secondLowestShare = secondLowestShare
        self.ceilingShare = ceilingShare
    }

    /// Purchasers may raise the percentages, up to this one.
    public static let maximumShare: Rational = 65
}
