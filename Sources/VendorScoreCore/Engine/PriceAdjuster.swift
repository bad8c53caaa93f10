/// Computes a bid's evaluation price (评审价格) from its bid price and the policy deductions it
/// qualifies for. Deductions apply one after another: price × (1 − r₁) × (1 − r₂).
enum PriceAdjuster {
    static func evaluationPrice(for bid: Bid, policy: PricePolicy) -> (Rational, [PriceAdjustment]) {
        var adjustments: [PriceAdjustment] = []
        let declarations = bid.declarations
        if let small = policy.smallEnterprise {
            if declarations.enterpriseSize?.isSmallOrMicro == true {
                adjustments.append(PriceAdjustment(
                    kind: .smallEnterprise, rate: small.rate,
                    reason: EnginePhrases.smallEnterprise(declarations.enterpriseSize!, rate: small.rate)))
            } else if let rate = small.consortiumRate, let share = declarations.smallEnterpriseShare, share >= small.minimumShare {
                adjustments.append(PriceAdjustment(
                    kind: .consortium, rate: rate,
                    reason: EnginePhrases.consortium(share: share, minimum: small.minimumShare, rate: rate)))
            }
        }
        if let domestic = policy.domesticProduct, let share = declarations.domesticShare, share >= domestic.minimumShare {
            adjustments.append(PriceAdjustment(
                kind: .domesticProduct, rate: domestic.rate,
                reason: EnginePhrases.domesticProduct(share: share, minimum: domestic.minimumShare, rate: domestic.rate)))
        }
        let price = adjustments.reduce(bid.price) { price, adjustment in
            price * (Rational(1) - adjustment.rate / 100)
        }
        return (price, adjustments)
    }
}
