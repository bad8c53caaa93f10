import VendorScoreCore
import VendorScoreOutput

/// The sealed part of a record: everything that must come out the same when the same rubric and
/// bids are evaluated again, on any machine, in any locale or time zone. It holds no clock time,
/// host name or file path.
///
/// Its four parts are kept apart:
/// - ``inputs``: the raw facts, the embedded rubric and bids with their digests, and the warnings
///   loading them gave;
/// - ``scorers``: every scorer used, with its version and origin;
/// - ``findings``: per vendor, gates, prices and every criterion's result;
/// - ``evaluation``: totals, ranks and ties.
///
/// ```swift
/// let sealed = try SealedRecord(evaluation: evaluation, rubric: rubricFile, bids: bidsFile)
/// let document = sealed.document   // the same EvaluationDocument `--format json` writes
/// ```
public struct SealedRecord: Codable, Sendable, Equatable {
    public var recordFormat: String
    public var vendorscoreVersion: String
    public var inputs: Inputs
    public var scorers: [RecordedScorer]
    public var findings: RecordFindings
    public var evaluation: RecordRanking

    public struct Inputs: Codable, Sendable, Equatable {
        public var rubric: RecordedInput
        public var bids: RecordedInput
        /// The tender file (`tender.yaml`), when the evaluation had one.
        public var tender: RecordedInput?
        /// Warnings about the inputs, located in `rubric.yaml` and `bids.yaml` (or `bids.csv`).
        public var diagnostics: [EvaluationDocument.Warning]
    }

    enum CodingKeys: String, CodingKey {
        case inputs, scorers, findings, evaluation
        case recordFormat = "record_format"
        case vendorscoreVersion = "vendorscore_version"
    }

    /// A file as it was read: where it was, for relabelling diagnostics, and its exact bytes.
    public struct SourceFile: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// The sealed part for an evaluation of `rubric` and `bids`, which must have been evaluated
    /// with full detail (``EvaluationDetail/full``) from exactly these bytes.
    public init(evaluation: Evaluation, rubric: SourceFile, bids: SourceFile, tender: SourceFile? = nil) throws(ContentDigest.Unreadable) {
        let frame = Frame(evaluation: evaluation, rubric: rubric, bids: bids, tender: tender)
        var document = frame.summary
        document.vendors = evaluation.vendors.map { EvaluationDocument.Vendor($0, rubric: evaluation.rubric) }
        recordFormat = EvaluationRecord.format
        vendorscoreVersion = VendorScoreVersion.current
        inputs = frame.inputs(try EmbeddedFiles(rubric: rubric, bids: bids, tender: tender))
        scorers = frame.scorers
        findings = RecordFindings(document)
        self.evaluation = RecordRanking(document)
    }

    /// Everything of the sealed part but what is said of each vendor and the embedded files:
    /// the scorers, and the result's document without its vendors.
    struct Frame {
        var scorers: [RecordedScorer]
        /// The ``EvaluationDocument`` without vendors, its warnings located in the embedded files.
        var summary: EvaluationDocument

        init(evaluation: borrowing Evaluation, rubric: SourceFile, bids: SourceFile, tender: SourceFile?) {
            // A record without every criterion's detail would be sealed incomplete, and never reproduce.
            let criteria = evaluation.rubric.criteria.count
            precondition(criteria == 0 || !evaluation.isRanked || evaluation.qualified.allSatisfy { $0.criteria.count == criteria },
                         "a record needs an evaluation with full detail (EvaluationDetail.full)")
            var names = [rubric.path: RecordedInput.name(role: .rubric, format: .yaml),
                         bids.path: RecordedInput.name(role: .bids, format: InputFormat(forBidsNamed: bids.path))]
            if let tender { names[tender.path] = RecordedInput.name(role: .tender, format: .yaml) }
            let diagnostics = evaluation.warnings.map { diagnostic in
                var relabelled = diagnostic
                if let file = diagnostic.location?.file, let name = names[file] { relabelled.location?.file = name }
                return relabelled
            }
            var relabelledEvaluation = copy evaluation
            relabelledEvaluation.warnings = diagnostics
            summary = EvaluationDocument(summaryOf: relabelledEvaluation)
            scorers = RecordedScorer.used(by: evaluation.rubric)
        }

        /// The inputs part: the embedded files and the warnings about them.
        func inputs(_ files: EmbeddedFiles) -> Inputs {
            Inputs(rubric: files.rubric, bids: files.bids, tender: files.tender, diagnostics: summary.warnings)
        }
    }

    /// The input files as a record embeds them, with their digests.
    struct EmbeddedFiles: Sendable {
        var rubric: RecordedInput
        var bids: RecordedInput
        var tender: RecordedInput?

        init(rubric: SourceFile, bids: SourceFile, tender: SourceFile?) throws(ContentDigest.Unreadable) {
            self.rubric = try RecordedInput(role: .rubric, format: .yaml, bytes: rubric.bytes)
            self.bids = try RecordedInput(role: .bids, format: InputFormat(forBidsNamed: bids.path), bytes: bids.bytes)
            self.tender = try tender.map { file throws(ContentDigest.Unreadable) in
                try RecordedInput(role: .tender, format: .yaml, bytes: file.bytes)
            }
        }
    }

    /// The result as an ``EvaluationDocument``: vendors in ranking order, each with its findings.
    public var document: EvaluationDocument {
        let byID = Dictionary(findings.vendors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let vendors = evaluation.standings.compactMap { standing -> EvaluationDocument.Vendor? in
            guard let found = byID[standing.id] else { return nil }
            return EvaluationDocument.Vendor(
                id: found.id, name: found.name, rank: standing.rank, tiedWith: standing.tiedWith, rankNote: standing.rankNote,
                qualified: found.qualified, price: found.price, evaluationPrice: found.evaluationPrice,
                adjustments: found.adjustments, gates: found.gates, groups: standing.groups, criteria: found.criteria,
                total: standing.total, flags: found.flags)
        }
        return EvaluationDocument(format: EvaluationDocument.formatName, rubric: findings.rubric, outcome: evaluation.outcome,
                                  benchmark: findings.benchmark, vendors: vendors, recommended: evaluation.recommended ?? [],
                                  tender: findings.tender, warnings: inputs.diagnostics)
    }

    /// The canonical JSON of the sealed part with its seal and part digests, each part encoded once.
    public struct Encoded: Sendable {
        /// The canonical JSON of the whole sealed part.
        public let bytes: [UInt8]
        /// SHA-256 of ``bytes``.
        public let seal: String
        /// SHA-256 of each part's canonical JSON, which lets a check name the part that changed.
        public let digests: PartDigests
    }

    /// Encodes the sealed part. A large tender's record is mostly its findings, so each part is
    /// encoded once and the whole is assembled from the parts: an object of sorted keys in
    /// canonical JSON is `{"key":value,…}` with each value encoded as on its own, which a test
    /// checks against encoding the whole.
    public var encoded: Encoded {
        let parts: [(key: String, bytes: [UInt8])] = [
            ("evaluation", evaluation.canonicalJSON), ("findings", findings.canonicalJSON),
            ("inputs", CanonicalJSON.encode(inputs)), ("record_format", CanonicalJSON.encode(recordFormat)),
            ("scorers", CanonicalJSON.encode(scorers)), ("vendorscore_version", CanonicalJSON.encode(vendorscoreVersion)),
        ]
        let digest = Dictionary(uniqueKeysWithValues: parts.map { ($0.key, SHA256Hex.of($0.bytes)) })
        let bytes = CanonicalJSON.object(parts)
        return Encoded(bytes: bytes, seal: SHA256Hex.of(bytes),
                       digests: PartDigests(inputs: digest["inputs"]!, scorers: digest["scorers"]!, findings: digest["findings"]!,
                                            evaluation: digest["evaluation"]!))
    }
}

/// The SHA-256 of each sealed part, stored beside the seal.
public struct PartDigests: Codable, Sendable, Equatable {
    public var inputs: String
    public var scorers: String
    public var findings: String
    public var evaluation: String

    /// The parts whose digests differ from `other`'s, by name.
    func changedParts(comparedWith other: PartDigests) -> [(part: String, recorded: String, actual: String)] {
        [("inputs", inputs, other.inputs), ("scorers", scorers, other.scorers), ("findings", findings, other.findings),
         ("evaluation", evaluation, other.evaluation)]
            .filter { $0.1 != $0.2 }
            .map { (part: $0.0, recorded: $0.1, actual: $0.2) }
    }
}
