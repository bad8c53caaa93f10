import CostScorers
import GenericScorers
import ReliabilityScorers
import ScalabilityScorers
import SecurityScorers
import Testing
import VendorScoreCore

/// Parameters a scorer must refuse, with where the error must point (the offending value,
/// 1-based line and column) and words its message must contain.
struct BadParameters: Sendable, CustomTestStringConvertible {
    let scorer: any Scorer.Type
    let yaml: String
    let maximum: Rational
    let line: Int
    let column: Int
    let message: String

    init(_ scorer: any Scorer.Type, _ yaml: String, maximum: Rational = 10, at line: Int, _ column: Int, _ message: String) {
        self.scorer = scorer
        self.yaml = yaml
        self.maximum = maximum
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { "\(scorer.id): \(message)" }

    static let all: [BadParameters] = generic + reliability + scalability + security + cost

    static let generic = [
        BadParameters(LinearScorer.self, "fact: sla\nfloor: 99.9%\ntarget: 99.9%", at: 3, 9, "expected a target different from floor 99.9%"),
        BadParameters(LinearScorer.self, "fact: sla\nfloor: 99.9%\ntarget: 4h", at: 3, 9, "expected a percentage such as 99.95%"),
        BadParameters(LinearScorer.self, "fact: sla\nfloor: high\ntarget: 99%", at: 2, 8, "expected a number, percentage or duration"),
        BadParameters(LinearScorer.self, "fact: two words\nfloor: 1\ntarget: 2", at: 1, 7, "a fact name must be one word"),
        BadParameters(StepsScorer.self, "fact: sla\nsteps:\n  - {at_least: 99.9%, points: 3}\n  - {at_least: 99.95%, points: 6}",
                      at: 4, 16, "expected at_least below the previous step's 99.9%"),
        BadParameters(StepsScorer.self, "fact: sla\nsteps:\n  - {at_least: 99.9%, points: 12}", at: 3, 31, "12 points exceed the criterion's 10"),
        BadParameters(StepsScorer.self, "fact: rto\nsteps:\n  - {at_most: 1h, points: 3}\n  - {at_least: 2h, points: 1}",
                      at: 4, 16, "every step must use at_most like the first one"),
        BadParameters(StepsScorer.self, "fact: rto\nsteps: []", at: 2, 8, "expected a non-empty list"),
        BadParameters(LookupScorer.self, "fact: grade\ntable: {三级: 4, 四级: twelve}", at: 2, 20, "expected points (a number)"),
        BadParameters(LookupScorer.self, "fact: level\ntable: {3: 4, 3.0: 6}", at: 2, 15, "same value as an earlier key"),
        BadParameters(BooleanScorer.self, "fact: local_ops_24x7\nwhen_false: 5", maximum: 4, at: 2, 13, "5 points exceed the criterion's 4"),
        BadParameters(PerItemScorer.self, "fact: certifications\npoints_per_item: 0", at: 2, 18, "greater than 0"),
        BadParameters(PerItemScorer.self, "fact: cpus\npoints_per_item: 1\nitems: [鲲鹏, 海光, 鲲鹏]", at: 3, 17, "'鲲鹏' is listed twice"),
        BadParameters(RatioToBestScorer.self, "fact: max_vcpus\nbetter: more", at: 2, 9, "expected higher or lower, found 'more'"),
    ]

    static let reliability = [
        BadParameters(SLAScorer.self, "floor: 99.99%\ntarget: 99.9%", at: 2, 9, "expected a target higher than floor 99.99%"),
        BadParameters(SLAScorer.self, "floor: 99.9%\ntarget: 99.95%\nmeasure: nines", at: 2, 9,
                      "expected a target with more full nines than floor 99.9% (3), found 99.95% (3)"),
        BadParameters(SLAScorer.self, "floor: 99.9%\ntarget: 100%\nmeasure: nines", at: 2, 9, "100% has no count of nines"),
        BadParameters(SLAScorer.self, "floor: 99.9\ntarget: 99.99%", at: 1, 8, "expected a percentage such as 30%, found '99.9'"),
        BadParameters(SLAScorer.self, "floor: 99.9%\ntarget: 99.99%\nmeasure: hours", at: 3, 10, "expected one of downtime, nines"),
        BadParameters(RecoveryScorer.self, "rto_target: 4h\nrto_limit: 1h\nrpo_target: 15min\nrpo_limit: 1h", at: 1, 13,
                      "expected rto_target shorter than rto_limit (1h), found 4h"),
        BadParameters(RecoveryScorer.self, "rto_target: 1h\nrto_limit: 4h\nrpo_target: 15\nrpo_limit: 1h", at: 3, 13,
                      "expected a duration such as 30s, 15min, 4h or 2d, found '15'"),
        BadParameters(RecoveryScorer.self, "rto_target: 1h\nrto_limit: 4h\nrpo_target: 15min\nrpo_limit: 1h\nrto_share: 0.7", at: 5, 12,
                      "expected a percentage such as 30%"),
        BadParameters(DRLevelScorer.self, "minimum: 6", at: 1, 10, "expected a whole number from 1 to 5, found 6"),
        BadParameters(DRLevelScorer.self, "minimum: 4\nfull: 3", at: 2, 7, "expected a full level above minimum level 4, found 3"),
        BadParameters(ZonesScorer.self, "full: 1", at: 1, 7, "expected a whole number from 2 to 1000, found 1"),
        BadParameters(ZonesScorer.self, "full: 3\nminimum: 3", at: 2, 10, "expected fewer zones than full (3), found 3"),
    ]

    static let scalability = [
        BadParameters(ElasticCapacityScorer.self, "vcpu_target: 0\nstorage_target: 500", at: 1, 14, "expected a target greater than 0"),
        BadParameters(ElasticCapacityScorer.self, "vcpu_target: 100\nstorage_target: 500TB", at: 2, 17, "expected a number, found '500TB'"),
        BadParameters(ScaleOutTimeScorer.self, "target: 30min\nlimit: 5min", at: 1, 9, "expected a target shorter than limit 5min, found 30min"),
        BadParameters(ScaleOutTimeScorer.self, "target: 5\nlimit: 30min", at: 1, 9, "expected a duration"),
        BadParameters(XinchuangScorer.self, "cpu_lines: [鲲鹏, 海光, 鲲鹏]", at: 1, 21, "'鲲鹏' is listed twice"),
        BadParameters(XinchuangScorer.self, "cpu_share: 60", at: 1, 12, "expected a percentage such as 30%"),
        BadParameters(XinchuangScorer.self, "os_lines: []", at: 1, 11, "expected a non-empty list of lines"),
    ]

    static let security = [
        BadParameters(MLPSScorer.self, "levels: {3: 4, 6: 6}", at: 1, 16, "expected a level from 1 to 5, found '6'"),
        BadParameters(MLPSScorer.self, "levels: {3: 4, 4: 7}", maximum: 6, at: 1, 19, "7 points exceed the criterion's 6"),
        BadParameters(MLPSScorer.self, "levels: []", at: 1, 9, "expected a non-empty mapping"),
        BadParameters(CertificationsScorer.self, "points: {密评: 2, ISO 27001: lots}", at: 1, 28, "expected points (a number), found 'lots'"),
        BadParameters(CertificationsScorer.self, "fact: held", at: 1, 1, "missing required parameter 'points'"),
        BadParameters(DataResidencyScorer.self, "allowed: [本省]\npartial: {本省: 2}", at: 2, 11, "'本省' is already allowed"),
        BadParameters(DataResidencyScorer.self, "allowed: []", at: 1, 10, "expected a list of at least one location"),
        BadParameters(DataResidencyScorer.self, "allowed: [本省]\npartial: {山东省: 9}", maximum: 4, at: 2, 16,
                      "9 points exceed the criterion's 4"),
    ]

    static let cost = [
        BadParameters(Price87Scorer.self, "benchmark: 100", at: 1, 12, "takes no parameters"),
        BadParameters(TCOScorer.self, "years: 2.5", at: 1, 8, "expected a whole number of at least 1"),
        BadParameters(TCOScorer.self, "term: 3", at: 1, 1, "missing required parameter 'years'"),
        BadParameters(MeanBenchmarkScorer.self, "below: 0.5", at: 1, 1, "missing required parameter 'above'"),
        BadParameters(MeanBenchmarkScorer.self, "above: 12\nbelow: 0.5", at: 1, 8, "12 points exceed the criterion's 10"),
        BadParameters(MeanBenchmarkScorer.self, "above: 1\nbelow: 0.5\nfactor: 0", at: 3, 9, "expected a factor above 0"),
        BadParameters(MeanBenchmarkScorer.self, "above: 1\nbelow: 0.5\ndrop_from: 2", at: 3, 12, "expected a whole number from 3 to 1000"),
        BadParameters(MeanBenchmarkScorer.self, "above: 1\nbelow: 0.5\npartial_percent: round", at: 3, 18,
                      "expected one of proportional, ignore, count-as-one"),
        BadParameters(MeanBenchmarkScorer.self, "above: 1\nbelow: 0.5\nfactr: 0.95", at: 3, 1, "did you mean 'factor'?"),
        BadParameters(DiscountRateScorer.self, "fact: discount_rate", at: 1, 1, "missing required parameter 'base'"),
        BadParameters(DiscountRateScorer.self, "base: 0", at: 1, 7, "expected a base above 0"),
        BadParameters(DiscountRateScorer.self, "base: 1000000\nfact: 下浮 率", at: 2, 7, "a fact name must be one word"),
    ]
}
