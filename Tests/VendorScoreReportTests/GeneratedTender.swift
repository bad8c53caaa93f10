/// A rubric and bids written for a test: many groups and criteria with long titles, and
/// vendors with long or awkward names, to push the report's layout.
struct GeneratedTender {
    /// Five groups of eight 2-point criteria (80 points) and a cost group with the 20-point price score.
    static let groupTitles: [(zh: String, en: String)] = [
        ("可靠性、业务连续性与灾难恢复能力保障体系", "Reliability, business continuity and disaster recovery assurance"),
        ("架构设计、弹性扩展与资源池规模", "Architecture, elastic scaling and resource pool size"),
        ("网络安全、数据安全与合规认证", "Network security, data security and compliance certifications"),
        ("运维服务、响应时效与本地化支撑", "Operations, response times and local support"),
        ("信创适配、国产化生态与迁移服务", "Domestic technology adaptation, ecosystem and migration services"),
    ]

    /// Fourteen names: long Chinese, long English, mixed, and one made of HTML's special characters.
    static let vendorNames = [
        "中国电子信息产业集团有限公司政务云事业部（联合体牵头人）",
        "Amazon Web Services Shanghai International Cloud Computing Services Ltd",
        "<script>&\"'",
        "浪潮云信息技术股份公司",
        "华为云计算技术有限公司",
        "天翼云科技有限公司",
        "腾讯云计算（北京）有限责任公司",
        "阿里云计算有限公司",
        "北京金山云网络技术有限公司",
        "京东科技信息技术有限公司",
        "曙光云计算集团有限公司",
        "中移（苏州）软件技术有限公司",
        "联通云数据有限公司",
        "Same & Co. <Twin>",
    ]

    var rubric: String {
        var text = """
            format: vendorscore/rubric@1
            id: stress-2026
            version: "2.1"
            title: { zh: "某省政务云服务采购项目综合评分办法（多评分因素压力测试）", en: "Provincial government cloud services, many criteria" }
            category: services
            method: comprehensive
            total_points: 100
            rounding: { mode: half-up, decimals: 2 }
            minimum_qualified: 3
            price:
              ceiling: 20_000_000
              small_enterprise: { rate: 10% }
            groups:

            """
        for (group, title) in Self.groupTitles.enumerated() {
            text += "  - id: group-\(group)\n    title: { zh: \"\(title.zh)\", en: \"\(title.en)\" }\n    criteria:\n"
            for criterion in 0..<8 {
                text += """
                      - id: c\(group)-\(criterion)
                        title: { zh: "第\(group + 1)组第\(criterion + 1)项评分因素及其详细说明", en: "Criterion \(criterion + 1) of group \(group + 1) with a long title" }
                        points: 2
                        type: objective
                        scorer: generic.linear
                        params: { fact: f\(group)_\(criterion), floor: 0, target: 100 }

                """
            }
        }
        text += """
              - id: cost
                title: { zh: 价格, en: Price }
                criteria:
                  - id: price
                    title: { zh: 价格分, en: Price score }
                    points: 20
                    type: objective
                    scorer: cost.price-87

            """
        return text
    }

    var bids: String {
        var text = "format: vendorscore/bids@1\ntender: stress-2026\nbids:\n"
        for (index, name) in Self.vendorNames.enumerated() {
            // The last vendor copies the first one's price and facts: a tie.
            let seed = index == Self.vendorNames.count - 1 ? 0 : index
            let escaped = name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            text += "  - id: v\(index)\n    name: \"\(escaped)\"\n    price: \(9_000_000 + (seed * 373_737) % 4_000_000)\n"
            text += "    declarations: { enterprise_size: \(seed % 5 == 2 ? "small" : "large") }\n    facts:\n"
            for group in 0..<5 {
                for criterion in 0..<8 {
                    text += "      f\(group)_\(criterion): \((seed * 37 + group * 11 + criterion * 7) % 101)\n"
                }
            }
        }
        return text
    }

    func fixture() throws -> ReportFixture {
        try ReportFixture(rubricText: rubric, bidsText: bids)
    }
}
