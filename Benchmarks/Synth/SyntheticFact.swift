/// A fact every synthetic bid states, and how its value is drawn.
struct SyntheticFact: Sendable {
    let name: String
    let draw: @Sendable (inout SplitMix64) -> SyntheticValue

    init(_ name: String, _ draw: @escaping @Sendable (inout SplitMix64) -> SyntheticValue) {
        self.name = name
        self.draw = draw
    }

    /// A scalar picked from fixed choices.
    static func choice(_ name: String, _ choices: [String]) -> SyntheticFact {
        SyntheticFact(name) { .scalar($0.pick(choices)) }
    }

    /// A whole number in a range, optionally in steps and with a unit suffix such as `%`.
    static func number(_ name: String, _ range: ClosedRange<Int>, step: Int = 1, suffix: String = "") -> SyntheticFact {
        SyntheticFact(name) { .scalar(String($0.int(in: range) * step) + suffix) }
    }

    /// A percentage with two decimals between `low` and `high` hundredths of a percent.
    static func percent(_ name: String, hundredths range: ClosedRange<Int>) -> SyntheticFact {
        SyntheticFact(name) { random in
            let value = random.int(in: range)
            let fraction = value % 100
            return .scalar("\(value / 100).\(fraction < 10 ? "0" : "")\(fraction)%")
        }
    }

    static func flag(_ name: String, percentTrue: Int) -> SyntheticFact {
        SyntheticFact(name) { .scalar($0.chance(percentTrue) ? "true" : "false") }
    }

    static func list(_ name: String, _ items: [String], minimum: Int, maximum: Int) -> SyntheticFact {
        SyntheticFact(name) { .list($0.subset(of: items, minimum: minimum, maximum: maximum)) }
    }

    /// The 40 facts, grouped the way the synthetic rubric reads them.
    static let all: [SyntheticFact] = [
        // Reliability (13)
        choice("sla_availability", ["99.5%", "99.9%", "99.9%", "99.95%", "99.95%", "99.99%", "99.99%", "99.995%"]),
        choice("rto", ["5min", "10min", "15min", "30min", "1h", "2h", "4h"]),
        choice("rpo", ["1min", "5min", "10min", "15min", "30min", "1h"]),
        number("dr_level", 3...6),
        number("availability_zones", 1...4),
        flag("local_ops_24x7", percentTrue: 70),
        choice("mttr", ["15min", "30min", "1h", "2h", "4h"]),
        choice("incident_response", ["5min", "10min", "15min", "30min", "1h"]),
        percent("backup_success", hundredths: 9500...10000),
        percent("monitoring_coverage", hundredths: 8000...10000),
        number("ops_staff", 5...60),
        number("drill_count", 0...12),
        number("patch_days", 1...30),
        // Scalability (12)
        number("max_vcpus", 4...40, step: 1000),
        number("max_storage_tb", 4...40, step: 100),
        choice("scale_out_time", ["1min", "3min", "5min", "10min", "15min", "30min", "1h"]),
        list("domestic_cpus", ["鲲鹏", "海光", "飞腾", "龙芯", "兆芯", "申威"], minimum: 1, maximum: 4),
        list("domestic_os", ["银河麒麟", "统信UOS", "中科方德"], minimum: 1, maximum: 3),
        number("gpu_cards", 0...2000),
        choice("network_gbps", ["10", "25", "40", "100", "200", "400"]),
        number("api_latency_ms", 5...200),
        number("object_storage_pb", 1...50),
        number("cdn_nodes", 100...3000),
        list("db_engines", ["MySQL", "PostgreSQL", "达梦", "人大金仓", "openGauss", "OceanBase", "TiDB", "Redis"],
             minimum: 1, maximum: 6),
        list("middleware", ["Kafka", "RocketMQ", "RabbitMQ", "东方通", "宝兰德", "金蝶天燕"], minimum: 1, maximum: 5),
        // Security (10)
        choice("mlps_level", ["2", "3", "3", "3", "3", "4", "4", "4"]),
        list("certifications", ["云计算服务安全评估", "密评", "ISO 27001", "ISO 27017", "可信云"], minimum: 1, maximum: 5),
        choice("data_location", ["本省", "本省", "本省", "本省", "本省", "本省", "邻省", "外省"]),
        choice("crypto_level", ["一级", "二级", "三级"]),
        choice("soc_tier", ["gold", "silver", "bronze"]),
        choice("kms_type", ["HSM", "software"]),
        flag("waf_included", percentTrue: 80),
        flag("ddos_protection", percentTrue: 60),
        number("vuln_scan_days", 1...30),
        choice("log_retention", ["90d", "180d", "365d"]),
        // Cost (5)
        number("one_time_cost", 20...80, step: 10_000),
        number("annual_cost", 180...350, step: 10_000),
        number("unit_vcpu_price", 60...220),
        number("unit_storage_price", 200...900),
        number("bandwidth_price", 50...300),
    ]
}
