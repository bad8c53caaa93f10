import CostScorers
import GenericScorers
import ReliabilityScorers
import ScalabilityScorers
import SecurityScorers
import Testing
import VendorScoreCore
import VendorScoreOutput

/// Reasons quote the values and the rule, in one line a committee member can check by hand, in
/// Chinese or in English.
@Suite("Reasons")
struct ReasonTests {
    private func words(_ award: Award, _ language: Language = .en) -> String {
        PhraseText(language).render(award.reason)
    }

    private func award<S: Scorer>(_ scorer: S.Type, _ parameters: String = "", maximum: Rational,
                                  _ bids: [ExampleBid], at index: Int = 0) throws -> Award {
        let instance = try S(parameters: ScorerParameters(yaml: parameters, maximum: maximum))
        return try instance.score(ScorerExample.context(maximum: maximum, bids: bids))[index]
    }

    @Test("SLA downtime quotes minutes a year and both ends")
    func slaDowntime() throws {
        let award = try award(SLAScorer.self, "floor: 99.9%\ntarget: 99.99%", maximum: 10,
                              [ExampleBid("a", facts: ["sla_availability": "99.95%"])])
        #expect(words(award) == "99.95% → 262.8 min/yr downtime; linear between 525.6 min/yr (floor 99.9%) and 52.56 min/yr (target 99.99%)")
        #expect(words(award, .zh) == "可用性 99.95%，年停机时间 262.8 分钟/年；在 525.6 分钟/年（下限 99.9%） 与 52.56 分钟/年（目标 99.99%） 之间按线性计分")
        #expect(award.points == Rational(50, 9))
        #expect(award.inputs == ["sla_availability": .percent(Rational(decimal: "99.95")!)])
    }

    @Test("A lookup value one typo from a key is reported, a merely different one is not")
    func lookupTypo() throws {
        let parameters = "fact: data_location\ntable: {本省数据中心: 4, 国内: 1}\notherwise: 0"
        let typo = try award(LookupScorer.self, parameters, maximum: 4, [ExampleBid("a", facts: ["data_location": "本省数据中"])])
        #expect(typo.points == 0)
        #expect(typo.unrecognised == [UnrecognisedItems(fact: "data_location", items: ["本省数据中"], recognised: ["本省数据中心", "国内"],
                                                        earning: "the otherwise points, 0")])
        let other = try award(LookupScorer.self, parameters, maximum: 4, [ExampleBid("a", facts: ["data_location": "境外托管机房"])])
        #expect(other.unrecognised.isEmpty)
    }

    @Test("SLA nines counts exactly")
    func slaNines() throws {
        let award = try award(SLAScorer.self, "floor: 99%\ntarget: 99.999%\nmeasure: nines", maximum: 6,
                              [ExampleBid("a", facts: ["sla_availability": "99.9999%"])])
        #expect(words(award) == "99.9999% → 6 nines; reaches 5 nines (target 99.999%)")
        #expect(award.points == 6)
    }

    @Test("87号令 price score quotes the formula with grouped amounts")
    func price() throws {
        let award = try award(Price87Scorer.self, maximum: 30,
                              [ExampleBid("a", price: "8900000"), ExampleBid("b", price: "9860000")], at: 1)
        #expect(words(award) == "benchmark 8,900,000 yuan ÷ evaluation price 9,860,000 yuan × 30")
        #expect(words(award, .zh) == "评标基准价 8,900,000 元 ÷ 评标价格 9,860,000 元 × 30")
        #expect(award.points == Rational(13350, 493))
        #expect(award.inputs == ["price": .number(9_860_000), "evaluation_price": .number(9_860_000), "benchmark": .number(8_900_000)])
    }

    @Test("Recovery quotes each part and its share")
    func recovery() throws {
        let award = try award(RecoveryScorer.self, "rto_target: 1h\nrto_limit: 4h\nrpo_target: 15min\nrpo_limit: 1h", maximum: 10,
                              [ExampleBid("a", facts: ["rto": "2h", "rpo": "10min"])])
        #expect(words(award) == "RTO 2h, linear between 4h (limit) and 1h (target): 3.33… of 5; RPO 10min, reaches 15min (target): 5 of 5")
        #expect(words(award, .zh) == "恢复时间目标 2 小时，在 限值 4 小时 与 目标 1 小时 之间按线性计分：得 3.33… 分（满分 5）；"
            + "恢复点目标 10 分钟，达到 目标 15 分钟：得 5 分（满分 5）")
        #expect(award.points == Rational(25, 3))
    }

    @Test("Lists name what counted and what was ignored")
    func xinchuang() throws {
        let award = try award(XinchuangScorer.self, maximum: 10,
                              [ExampleBid("a", facts: ["domestic_cpus": "鲲鹏 | Intel", "domestic_os": "统信UOS | CentOS"])])
        #expect(words(award) == "CPU lines 1 of 6 (鲲鹏); OS 1 of 3 (统信UOS); ignored: Intel, CentOS")
        #expect(award.points == Rational(7, 3))
    }

    @Test("Steps quote the threshold met")
    func steps() throws {
        let award = try award(StepsScorer.self, "fact: rto\nsteps:\n  - {at_most: 30min, points: 5}\n  - {at_most: 2h, points: 3}", maximum: 5,
                              [ExampleBid("a", facts: ["rto": "1h"])])
        #expect(words(award) == "rto 1h: at most 2h, 3 of 5 points")
        #expect(words(award, .zh) == "rto 为 1 小时：不高于 2 小时，得 3 分（满分 5 分）")
    }

    @Test("Certifications add up and are capped")
    func certifications() throws {
        let award = try award(CertificationsScorer.self, "points: {云计算服务安全评估: 3, 密评: 2}", maximum: 4,
                              [ExampleBid("a", facts: ["certifications": "密评 | 云计算服务安全评估 | CSA STAR"])])
        #expect(words(award) == "密评 2 + 云计算服务安全评估 3 = 5, capped at 4; ignored: CSA STAR")
        #expect(award.points == 4)
    }

    @Test("TCO quotes the sum over the term and the ratio to the lowest")
    func tco() throws {
        let award = try award(TCOScorer.self, "years: 3", maximum: 10, [
            ExampleBid("a", facts: ["one_time_cost": "1200000", "annual_cost": "300000"]),
            ExampleBid("b", facts: ["one_time_cost": "600000", "annual_cost": "400000"]),
        ])
        #expect(words(award) == "TCO 1,200,000 yuan + 300,000 yuan × 3 years = 2,100,000 yuan; lowest 1,800,000 yuan ÷ 2,100,000 yuan × 10")
        #expect(award.points == Rational(60, 7))
    }
}
