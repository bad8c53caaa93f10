import VendorScoreCore
import VendorScoreRecord

/// Loads a rubric and, optionally, a bids file, and checks them together, collecting every
/// problem instead of stopping at the first file that fails: the rubric's problems, the bids
/// file's own problems, and (when both load) the bids checked against the rubric.
struct InputCheck {
    var rubric: Rubric?
    var bids: BidsLoader.Loaded?
    /// Every error and warning, rubric first, then the bids file, then the cross-checks.
    var diagnostics: [Diagnostic] = []

    init(rubricPath: String, bidsPath: String?, registry: ScorerRegistry) {
        self.init(rubric: .path(rubricPath), bids: bidsPath.map(Source.path), registry: registry)
    }

    /// Checks files already read, such as those an evaluation record embeds; `path` names each
    /// file in diagnostics and, for bids, decides YAML or CSV.
    init(rubric: SealedRecord.SourceFile, bids: SealedRecord.SourceFile, registry: ScorerRegistry) {
        self.init(rubric: .read(rubric), bids: .read(bids), registry: registry)
    }

    /// A file still to read, or one already read.
    private enum Source {
        case path(String)
        case read(SealedRecord.SourceFile)
    }

    private init(rubric: Source, bids: Source?, registry: ScorerRegistry) {
        let loader = RubricLoader(registry: registry)
        do {
            let (rubric, warnings) = switch rubric {
            case .path(let path): try loader.load(path: path)
            case .read(let file): try loader.load(bytes: file.bytes, file: file.path)
            }
            self.rubric = rubric
            diagnostics += warnings
        } catch {
            diagnostics += error.diagnostics
        }
        guard let bids else { return }
        do {
            self.bids = switch bids {
            case .path(let path): try BidsLoader().load(path: path)
            case .read(let file): try BidsLoader().load(bytes: file.bytes, file: file.path)
            }
        } catch {
            diagnostics += error.diagnostics
        }
        if let rubric = self.rubric, let bids = self.bids {
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
