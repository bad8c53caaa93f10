import DataCentreScorers
import Foundation
import VendorScoreCLI
import VendorScoreCore

// VendorScore's own scorers plus this package's, registered at startup: rubrics can now name
// `datacentre.pue`, and `vendorscore scorers` lists it as coming from this package.
let modules = builtinModules + [ScorerModule("DataCentreScorers", DataCentreScorers.all)]
exit(VendorScoreCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), modules: modules))
