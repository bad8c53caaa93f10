import Foundation
import VendorScoreCore
import VendorScoreRecord

/// Loads a rubric and, optionally, a bids file and a tender file, and checks them together,
/// collecting every problem instead of stopping at the first file that fails: the rubric's
/// problems, each file's own problems, and (when they load) the bids and the tender file checked
/// against the rubric.
struct InputCheck {
    var rubric: Rubric?
    var bids: BidsLoader.Loaded?
    var tender: Tender?
    /// The bytes each file held when it was read, so a report or record can hash exactly what
    /// was evaluated; `nil` unless asked for, since a large bids file need not stay in memory.
    var rubricBytes: [UInt8]?
    var bidsBytes: [UInt8]?
    var tenderBytes: [UInt8]?
    /// Every error and warning, rubric first, then the bids file, then the cross-checks.
    var diagnostics: [Diagnostic] = []

    init(rubricPath: String, bidsPath: String?, tenderPath: String? = nil, registry: ScorerRegistry, keepingBytes: Bool = false) {
        self.init(rubricPath: rubricPath, rubricBytes: Self.read(rubricPath), bidsPath: bidsPath,
                  bidsBytes: bidsPath.flatMap(Self.read), tenderPath: tenderPath, tenderBytes: tenderPath.flatMap(Self.read),
                  registry: registry)
        if !keepingBytes {
            rubricBytes = nil
            bidsBytes = nil
            tenderBytes = nil
        }
    }

    /// Checks files already read, such as those an evaluation record embeds; each `path` names
    /// its file in diagnostics and, for bids, decides YAML or CSV.
    init(rubric: SealedRecord.SourceFile, bids: SealedRecord.SourceFile, tender: SealedRecord.SourceFile? = nil,
         registry: ScorerRegistry) {
        self.init(rubricPath: rubric.path, rubricBytes: rubric.bytes, bidsPath: bids.path, bidsBytes: bids.bytes,
                  tenderPath: tender?.path, tenderBytes: tender?.bytes, registry: registry)
    }

    private init(rubricPath: String, rubricBytes: [UInt8]?, bidsPath: String?, bidsBytes: [UInt8]?,
                 tenderPath: String?, tenderBytes: [UInt8]?, registry: ScorerRegistry) {
        self.rubricBytes = rubricBytes
        do {
            let loader = RubricLoader(registry: registry)
            // A file that could not be read goes to the loader by path, which says why.
            let (rubric, warnings) = if let rubricBytes {
                try loader.load(bytes: rubricBytes, file: rubricPath)
            } else {
                try loader.load(path: rubricPath)
            }
            self.rubric = rubric
            diagnostics += warnings
        } catch {
            diagnostics += error.diagnostics
        }
        guard let bidsPath else { return }
        self.bidsBytes = bidsBytes
        do {
            bids = if let bidsBytes {
                try BidsFile.load(bytes: bidsBytes, file: bidsPath)
            } else {
                try BidsFile.load(path: bidsPath)
            }
            diagnostics += bids?.warnings ?? []
        } catch {
            diagnostics += error.diagnostics
        }
        if let tenderPath {
            self.tenderBytes = tenderBytes
            do {
                tender = if let tenderBytes {
                    try TenderLoader().load(bytes: tenderBytes, file: tenderPath)
                } else {
                    try TenderLoader().load(path: tenderPath)
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if let rubric, let bids {
            // A tender file that did not load checks nothing; its own errors stop the run.
            diagnostics += BidChecker.check(bids, against: rubric, tender: tender)
            if let tender { diagnostics += TenderChecker.check(tender, rubric: rubric, bids: bids) }
        }
    }

    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// The loaded rubric, bids and tender file (when one was given), or every problem found when
    /// anything is wrong.
    func inputs() throws(DiagnosticList) -> (rubric: Rubric, bids: BidsLoader.Loaded, tender: Tender?, warnings: [Diagnostic]) {
        guard errors.isEmpty, let rubric, let bids else { throw DiagnosticList(diagnostics) }
        return (rubric, bids, tender, warnings)
    }

    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
