import CostScorers
import GenericScorers
import ReliabilityScorers
import ScalabilityScorers
import SecurityScorers
import VendorScoreCore

/// The scorer modules shipped with VendorScore. A program with its own scorers appends its
/// module and hands the list to ``VendorScoreCLI/run(arguments:modules:output:errors:)``.
///
/// ```swift
/// let modules = builtinModules + [ScorerModule("DataCentreScorers", DataCentreScorers.all)]
/// exit(VendorScoreCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), modules: modules))
/// ```
public let builtinModules: [ScorerModule] = [
    ScorerModule("GenericScorers", GenericScorers.all),
    ScorerModule("ReliabilityScorers", ReliabilityScorers.all),
    ScorerModule("ScalabilityScorers", ScalabilityScorers.all),
    ScorerModule("SecurityScorers", SecurityScorers.all),
    ScorerModule("CostScorers", CostScorers.all),
]
