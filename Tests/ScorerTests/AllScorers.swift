import CostScorers
import GenericScorers
import ReliabilityScorers
import ScalabilityScorers
import SecurityScorers
import VendorScoreCore

/// Every scorer module, as the executable registers them, with the id prefix its scorers use.
enum AllScorers {
    static let modules = [
        ScorerModule("GenericScorers", GenericScorers.all),
        ScorerModule("ReliabilityScorers", ReliabilityScorers.all),
        ScorerModule("ScalabilityScorers", ScalabilityScorers.all),
        ScorerModule("SecurityScorers", SecurityScorers.all),
        ScorerModule("CostScorers", CostScorers.all),
    ]

    static let prefixes = [
        "GenericScorers": "generic.",
        "ReliabilityScorers": "reliability.",
        "ScalabilityScorers": "scalability.",
        "SecurityScorers": "security.",
        "CostScorers": "cost.",
    ]

    static var types: [any Scorer.Type] { modules.flatMap(\.scorers) }
}
