import Foundation
import VendorScoreCLI

exit(VendorScoreCLI.run(arguments: Array(CommandLine.arguments.dropFirst()), modules: builtinModules))
