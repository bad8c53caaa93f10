/// The benchmark rubric: 40 criteria over the four groups, using every built-in scorer, reading
/// the 40 facts of ``SyntheticFact/all``. Every criterion is worth 2 points except the price
/// score (30), so the total is 39 × 2 + 30 = 108.
enum SyntheticRubric {
    static let text = """
    # Synthetic benchmark rubric written by vendorscore-synth. Not a real tender.
    format: vendorscore/rubric@1
    id: synthetic-benchmark
    version: "1"
    title: { zh: 基准测试评分办法, en: Benchmark rubric }
    category: services
    method: comprehensive
    total_points: 108
    rounding: { mode: half-up, decimals: 2 }
    minimum_qualified: 3
    tie_break: [evaluation-price]
    price:
      ceiling: 12_000_000
      small_enterprise: { rate: 10%, consortium_rate: 4% }
    committee: { combine: mean }
    gates:
      - { id: mlps-level-3, stage: qualification, title: { zh: 等保三级, en: MLPS level 3 }, fact: mlps_level, at_least: 3 }
      - { id: sla-floor, stage: compliance, title: { zh: 可用性不低于99.9%, en: SLA at least 99.9% }, fact: sla_availability, at_least: 99.9% }
    groups:
      - id: reliability
        title: { zh: 可靠性, en: Reliability }
        criteria:
          - { id: sla, title: { zh: 可用性, en: Availability }, points: 2, type: objective, scorer: reliability.sla, params: { floor: 99.9%, target: 99.99% } }
          - { id: recovery, title: { zh: 恢复能力, en: Recovery }, points: 2, type: objective, scorer: reliability.recovery, params: { rto_target: 15min, rto_limit: 4h, rpo_target: 5min, rpo_limit: 1h } }
          - { id: dr-level, title: { zh: 灾备等级, en: DR level }, points: 2, type: objective, scorer: reliability.dr-level, params: { minimum: 3, full: 6 } }
          - { id: zones, title: { zh: 可用区, en: Zones }, points: 2, type: objective, scorer: reliability.zones, params: { full: 3 } }
          - { id: local-ops, title: { zh: 驻场运维, en: Local ops }, points: 2, type: objective, scorer: generic.boolean, params: { fact: local_ops_24x7 } }
          - { id: mttr, title: { zh: 平均修复时间, en: MTTR }, points: 2, type: objective, scorer: generic.linear, params: { fact: mttr, floor: 4h, target: 15min } }
          - { id: incident-response, title: { zh: 故障响应, en: Incident response }, points: 2, type: objective, scorer: generic.linear, params: { fact: incident_response, floor: 1h, target: 5min } }
          - { id: backup-success, title: { zh: 备份成功率, en: Backup success }, points: 2, type: objective, scorer: generic.linear, params: { fact: backup_success, floor: 95%, target: 100% } }
          - { id: monitoring, title: { zh: 监控覆盖率, en: Monitoring coverage }, points: 2, type: objective, scorer: generic.linear, params: { fact: monitoring_coverage, floor: 80%, target: 100% } }
          - { id: ops-staff, title: { zh: 运维人员, en: Ops staff }, points: 2, type: objective, scorer: generic.linear, params: { fact: ops_staff, floor: 5, target: 50 } }
          - { id: drills, title: { zh: 灾备演练, en: DR drills }, points: 2, type: objective, scorer: generic.steps, params: { fact: drill_count, steps: [{ at_least: 12, points: 2 }, { at_least: 4, points: 1 }] } }
          - { id: patching, title: { zh: 补丁时效, en: Patching }, points: 2, type: objective, scorer: generic.linear, params: { fact: patch_days, floor: 30, target: 3 } }
      - id: scalability
        title: { zh: 扩展性, en: Scalability }
        criteria:
          - { id: elastic, title: { zh: 弹性容量, en: Elastic capacity }, points: 2, type: objective, scorer: scalability.elastic-capacity, params: { vcpu_target: 20000, storage_target: 2000 } }
          - { id: scale-out, title: { zh: 扩容时效, en: Scale-out time }, points: 2, type: objective, scorer: scalability.scale-out-time, params: { target: 5min, limit: 1h } }
          - { id: xinchuang, title: { zh: 信创适配, en: Domestic stack }, points: 2, type: objective, scorer: scalability.xinchuang }
          - { id: gpu, title: { zh: GPU资源, en: GPUs }, points: 2, type: objective, scorer: generic.steps, params: { fact: gpu_cards, steps: [{ at_least: 1000, points: 2 }, { at_least: 200, points: 1 }] } }
          - { id: network, title: { zh: 网络带宽, en: Network }, points: 2, type: objective, scorer: generic.steps, params: { fact: network_gbps, steps: [{ at_least: 100, points: 2 }, { at_least: 25, points: 1 }] } }
          - { id: latency, title: { zh: 接口时延, en: API latency }, points: 2, type: objective, scorer: generic.steps, params: { fact: api_latency_ms, steps: [{ at_most: 20, points: 2 }, { at_most: 100, points: 1 }] } }
          - { id: object-storage, title: { zh: 对象存储, en: Object storage }, points: 2, type: objective, scorer: generic.ratio-to-best, params: { fact: object_storage_pb, better: higher } }
          - { id: cdn, title: { zh: CDN节点, en: CDN nodes }, points: 2, type: objective, scorer: generic.ratio-to-best, params: { fact: cdn_nodes, better: higher } }
          - { id: databases, title: { zh: 数据库, en: Databases }, points: 2, type: objective, scorer: generic.per-item, params: { fact: db_engines, points_per_item: 0.5 } }
          - { id: middleware, title: { zh: 中间件, en: Middleware }, points: 2, type: objective, scorer: generic.per-item, params: { fact: middleware, points_per_item: 0.5, items: [东方通, 宝兰德, 金蝶天燕, Kafka] } }
      - id: security
        title: { zh: 安全, en: Security }
        criteria:
          - { id: mlps, title: { zh: 等保等级, en: MLPS level }, points: 2, type: objective, scorer: security.mlps, params: { levels: { 3: 1, 4: 2 } } }
          - { id: certifications, title: { zh: 安全认证, en: Certifications }, points: 2, type: objective, scorer: security.certifications, params: { points: { 云计算服务安全评估: 1, 密评: 0.5, ISO 27001: 0.5, ISO 27017: 0.5, 可信云: 0.5 } } }
          - { id: data-residency, title: { zh: 数据驻留, en: Data residency }, points: 2, type: objective, scorer: security.data-residency, params: { allowed: [本省], partial: { 邻省: 1 } } }
          - { id: crypto, title: { zh: 密码应用等级, en: Crypto level }, points: 2, type: objective, scorer: generic.lookup, params: { fact: crypto_level, table: { 三级: 2, 二级: 1, 一级: 0 } } }
          - { id: soc, title: { zh: 安全运营, en: SOC tier }, points: 2, type: objective, scorer: generic.lookup, params: { fact: soc_tier, table: { gold: 2, silver: 1 }, otherwise: 0 } }
          - { id: kms, title: { zh: 密钥管理, en: Key management }, points: 2, type: objective, scorer: generic.lookup, params: { fact: kms_type, table: { HSM: 2, software: 1 } } }
          - { id: waf, title: { zh: Web防火墙, en: WAF }, points: 2, type: objective, scorer: generic.boolean, params: { fact: waf_included } }
          - { id: ddos, title: { zh: 抗DDoS, en: DDoS protection }, points: 2, type: objective, scorer: generic.boolean, params: { fact: ddos_protection, when_false: 0.5 } }
          - { id: vuln-scan, title: { zh: 漏洞扫描周期, en: Vulnerability scans }, points: 2, type: objective, scorer: generic.linear, params: { fact: vuln_scan_days, floor: 30, target: 1 } }
          - { id: log-retention, title: { zh: 日志留存, en: Log retention }, points: 2, type: objective, scorer: generic.linear, params: { fact: log_retention, floor: 90d, target: 365d } }
      - id: cost
        title: { zh: 价格与成本, en: Price and cost }
        criteria:
          - { id: price, title: { zh: 价格分, en: Price score }, points: 30, type: objective, scorer: cost.price-87 }
          - { id: tco, title: { zh: 总拥有成本, en: TCO }, points: 2, type: objective, scorer: cost.tco, params: { years: 3 } }
          - { id: vcpu-price, title: { zh: vCPU单价, en: vCPU price }, points: 2, type: objective, scorer: generic.ratio-to-best, params: { fact: unit_vcpu_price, better: lower } }
          - { id: storage-price, title: { zh: 存储单价, en: Storage price }, points: 2, type: objective, scorer: generic.ratio-to-best, params: { fact: unit_storage_price, better: lower } }
          - { id: bandwidth-price, title: { zh: 带宽单价, en: Bandwidth price }, points: 2, type: objective, scorer: generic.ratio-to-best, params: { fact: bandwidth_price, better: lower } }
          - { id: vcpu-price-cap, title: { zh: vCPU限价, en: vCPU price cap }, points: 2, type: objective, scorer: generic.linear, params: { fact: unit_vcpu_price, floor: 220, target: 80 } }
          - { id: storage-price-cap, title: { zh: 存储限价, en: Storage price cap }, points: 2, type: objective, scorer: generic.linear, params: { fact: unit_storage_price, floor: 900, target: 200 } }
          - { id: bandwidth-steps, title: { zh: 带宽价格档, en: Bandwidth price bands }, points: 2, type: objective, scorer: generic.steps, params: { fact: bandwidth_price, steps: [{ at_most: 100, points: 2 }, { at_most: 200, points: 1 }] } }

    """
}
