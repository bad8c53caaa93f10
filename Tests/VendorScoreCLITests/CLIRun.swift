import Foundation
import VendorScoreCLI
import VendorScoreCore

/// One run of the command line with its output captured in memory.
struct CLIRun {
    let status: Int32
    let output: String
    let errors: String

    init(_ arguments: [String], modules: [ScorerModule] = builtinModules) {
        let output = OutputBuffer()
        let errors = OutputBuffer()
        status = VendorScoreCLI.run(arguments: arguments, modules: modules, output: output, errors: errors)
        self.output = output.text
        self.errors = errors.text
    }

    /// Only the scorer built into the core (committee.panel), for tests that need no plugin.
    static let coreOnly: [ScorerModule] = []
}
