/// Flags abnormally low prices (异常低价) with the 财库〔2026〕2号 triggers, on raw bid prices of
/// qualified bids. A flag asks the bidder to justify its price; it excludes no one.
enum AbnormalPriceCheck {
    static func flags(prices: [(id: String, price: Rational)], policy: PricePolicy) -> [String: [Flag]] {
        guard policy.abnormallyLow.enabled, !prices.isEmpty else { return [:] }
        let rule = policy.abnormallyLow
        var flags: [String: [Flag]] = [:]
        let mean = prices.reduce(Rational.zero) { $0 + $1.price } / Rational(prices.count)
        for bid in prices where bid.price < mean * rule.meanShare / 100 {
            flags[bid.id, default: []].append(Flag(.abnormallyLowPrice, EnginePhrases.abnormalMean(price: bid.price, share: rule.meanShare, mean: mean)))
        }
        let sorted = prices.sorted { ($0.price, $0.id) < ($1.price, $1.id) }
        if sorted.count >= 2, sorted[0].price < sorted[1].price * rule.secondLowestShare / 100 {
            flags[sorted[0].id, default: []].append(Flag(.abnormallyLowPrice,
                EnginePhrases.abnormalSecond(price: sorted[0].price, share: rule.secondLowestShare, second: sorted[1].price)))
        }
        if let basis = policy.ceiling ?? policy.budget {
            for bid in prices where bid.price < basis * rule.ceilingShare / 100 {
                flags[bid.id, default: []].append(Flag(.abnormallyLowPrice,
                    EnginePhrases.abnormalCeiling(price: bid.price, share: rule.ceilingShare, ceiling: basis, isBudget: policy.ceiling == nil)))
            }
        }
        return flags
    }
}
