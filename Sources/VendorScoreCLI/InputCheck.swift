import VendorScoreCore

/// Loads a rubric and, optionally, a bids file, and checks them together, collecting every
/// problem instead of stopping at the first file that fails: the rubric's problems, the bids
/// file's own problems, and (when both load) the bids checked against the rubric.
struct InputCheck {
    var rubric: Rubric?
    var bids: BidsLoader.Loaded?
    /// Every error and warning, rubric first, then the bids file, then the cross-checks.
    var diagnostics: [Diagnostic] = []

    init(rubricPath: String, bidsPath: String?, registry: ScorerRegistry) {
        do {
            let (rubric, warnings) = try RubricLoader(registry: registry).load(path: rubricPath)
            self.rubric = rubric
            diagnostics += warnings
        } catch {
            diagnostics += error.diagnostics
        }
        guard let bidsPath else { return }
        do {
            bids = try BidsLoader().load(path: bidsPath)
        } catch {
            diagnostics += error.diagnostics
        }
        if let rubric, let bids {
            diagnostics += BidChecker.check(bids, against: rubric)
        }
    }

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The loaded rubric and bids, or every problem found when anything is wrong.
    func inputs() throws(DiagnosticList) -> (rubric: Rubric, bids: BidsLoader.Loaded, warnings: [Diagnostic]) {
        guard errors.isEmpty, let rubric, let bids else { throw DiagnosticList(diagnostics) }
        return (rubric, bids, warnings)
    }
}
