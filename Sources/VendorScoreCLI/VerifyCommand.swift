import ArgumentParser
import Foundation
import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord

/// `vendorscore verify RECORD`: checks that an evaluation record is intact and that its embedded
/// rubric and bids still give exactly the recorded result.
struct VerifyCommand: RunnableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an evaluation record and reproduce its result.",
        discussion: """
            First checks the record itself: every sealed part against its SHA-256 and the seal, \
            the embedded rubric and bids against their SHA-256, the signature (if any) against \
            the seal, and the file's canonical layout. Then re-runs the embedded rubric and bids \
            with the scorers installed here and compares every gate, criterion, total, rank and \
            tie with the record.

            A difference report names the vendor, criterion or rank that differs, the recorded \
            and the recomputed value, and the likely cause: a scorer missing or at another \
            version than recorded, raw points equal but rounded points not (a changed rounding \
            rule), another VendorScore version.

            --rubric, --bids and --tender check that files at hand are the ones the record was made from: \
            identical bytes, or "same content, different bytes" for a re-indented or re-saved \
            file (compared on the parsed YAML or CSV). --public-key requires a valid signature by \
            that key. A record made with external scorers is re-run with the same --plugins file.

            Examples:
              vendorscore verify tender.record.json
              vendorscore verify tender.record.json --rubric rubric.yaml --bids bids.yaml --tender tender.yaml
              vendorscore verify tender.record.json --public-key committee.key.pub

            Exit status: 0 reproduced (and the given files and key match); 1 not reproduced, \
            or a given file is not the recorded one; 2 the record is damaged or edited (the part \
            is named), its signature is missing or by another key, or a file cannot be read.
            """
    )

    @Argument(help: "The evaluation record, as written by 'vendorscore evaluate --record'.")
    var record: String

    @Option(help: ArgumentHelp("Check that this is the rubric the record was made from.", valueName: "file"))
    var rubric: String?

    @Option(help: ArgumentHelp("Check that this is the bids file the record was made from.", valueName: "file"))
    var bids: String?

    @Option(help: ArgumentHelp("Check that this is the tender file the record was made from.", valueName: "file"))
    var tender: String?

    @Option(name: .customLong("public-key"),
            help: ArgumentHelp("Require a valid signature by this public key (from 'vendorscore keygen').", valueName: "file"))
    var publicKey: String?

    @ArgumentParser.Flag(help: "List every difference instead of the first 50.")
    var all = false

    @OptionGroup var plugins: PluginOptions

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let out = environment.output
        let expectedKey = try publicKey.map { path throws(KeyFileError) in try KeyFile.publicKey(at: path) }
        guard FileManager.default.isReadableFile(atPath: record) else {
            throw CommandError(PhraseText(.en).render(UnreadableFile.message(record)))
        }
        // A record as VendorScore writes it is checked as it streams: the embedded inputs are
        // re-run and the record they give now is compared with the file byte for byte. Anything
        // else (a difference, another version, another layout, damage) is read whole below and
        // compared part by part, which says precisely what differs and why.
        if let outline = RecordOutline.read(path: record),
           let status = try reproducedAsWritten(outline, expectedKey: expectedKey, environment) {
            return status
        }
        guard let data = FileManager.default.contents(atPath: record) else {
            throw CommandError(PhraseText(.en).render(UnreadableFile.message(record)))
        }
        let intact: RecordCheck.Intact
        switch RecordCheck.read([UInt8](data)) {
        case .failure(let damaged):
            out.write("DAMAGED: \(record) was edited or damaged after it was written; nothing was re-run.\n")
            out.write(damaged.problems.map { "  \($0)\n" }.joined())
            return .damaged
        case .success(let checked):
            intact = checked
        }
        let sealed = intact.record.sealed

        var facts = [("record", "\(record) (\(sealed.recordFormat), made with VendorScore \(sealed.vendorscoreVersion))"),
                     ("seal", "\(intact.record.seal) (SHA-256 of the sealed part; the record is intact)")]
        if intact.reformatted { facts.append(("file", RecordCheck.reformattedNote)) }
        switch signatureStatus(intact.record.signature, expected: expectedKey) {
        case .success(let status): facts.append(("signature", status))
        case .failure(let problem):
            out.write(problem.message.text(preferring: .en) + "\n")
            return .damaged
        }
        let (fileFacts, filesDiffer) = try givenFiles(sealed.inputs)
        facts += fileFacts

        let inputNames = Self.inputNames(sealed.inputs)
        let registry = try plugins.registry(environment)
        let rerun = reproduce(intact, registry: registry)
        switch rerun {
        case .failure(let failure):
            out.write("NOT reproduced: the embedded \(inputNames) no longer evaluate with the scorers installed here.\n")
            out.write(Self.aligned(facts))
            out.write("Re-run:\n" + failure.lines.map { "  \($0)\n" }.joined())
            let causes = RecordComparison.changes(since: sealed, installed: registry)
            if !causes.isEmpty { out.write(RecordComparison.causesText(causes)) }
            return .notReproduced
        case .success(let recomputed):
            let comparison = RecordComparison(recorded: sealed, recomputed: recomputed, installed: registry)
            let standings = sealed.evaluation.standings
            let ranked = standings.filter { $0.rank != nil }.count
            facts.insert(("result", "\(standings.count) vendors, \(ranked) ranked; re-run with VendorScore \(VendorScoreVersion.current)"),
                         at: 2)
            if comparison.reproduced {
                out.write(Self.reproducedHeadline(inputNames, filesDiffer: filesDiffer))
            } else {
                out.write("NOT reproduced: a re-run of the embedded \(inputNames) differs from the record.\n")
            }
            out.write(Self.aligned(facts))
            out.write(comparison.report(limit: all ? nil : 50))
            return comparison.reproduced && !filesDiffer ? .success : .notReproduced
        }
    }

    /// The report on a record that a re-run reproduces byte for byte (``RecordOutline``), or
    /// `nil` when it does not, or its signature does not hold, or the re-run fails: the whole
    /// record is then read and compared, and the report says why. The lines are those of the
    /// whole-record report; the vendors and ranks are the re-run's, which are the record's.
    private func reproducedAsWritten(_ outline: RecordOutline, expectedKey: RecordPublicKey?,
                                     _ environment: CommandEnvironment) throws -> ExitStatus? {
        if let signature = outline.signature {
            do {
                try signature.verify(seal: outline.seal, format: EvaluationRecord.format)
            } catch {
                return nil
            }
        }
        guard case .success(let signatureLine) = signatureStatus(outline.signature, expected: expectedKey) else { return nil }
        let registry = try plugins.registry(environment)
        let evaluation: Evaluation
        do {
            let loaded = try InputCheck(rubric: outline.rubricFile, bids: outline.bidsFile, tender: outline.tenderFile,
                                        registry: registry).inputs()
            evaluation = try Engine().evaluate(rubric: loaded.rubric, bids: loaded.bids.bids, tender: loaded.tender,
                                               warnings: loaded.warnings, detail: .full)
        } catch {
            return nil
        }
        let (vendors, ranked) = (evaluation.vendors.count, evaluation.vendors.filter { $0.rank != nil }.count)
        guard try outline.reproduces(consume evaluation, rubric: outline.rubricFile, bids: outline.bidsFile, tender: outline.tenderFile) else {
            return nil
        }
        var facts = [("record", "\(record) (\(outline.recordFormat), made with VendorScore \(outline.vendorscoreVersion))"),
                     ("seal", "\(outline.seal) (SHA-256 of the sealed part; the record is intact)"),
                     ("result", "\(vendors) vendors, \(ranked) ranked; re-run with VendorScore \(VendorScoreVersion.current)"),
                     ("signature", signatureLine)]
        let (fileFacts, filesDiffer) = try givenFiles(outline.inputs)
        facts += fileFacts
        environment.output.write(Self.reproducedHeadline(Self.inputNames(outline.inputs), filesDiffer: filesDiffer))
        environment.output.write(Self.aligned(facts))
        return filesDiffer ? .notReproduced : .success
    }

    /// What the record calls its inputs in the headline.
    private static func inputNames(_ inputs: SealedRecord.Inputs) -> String {
        inputs.tender == nil ? "rubric and bids" : "rubric, bids and tender file"
    }

    private static func reproducedHeadline(_ inputNames: String, filesDiffer: Bool) -> String {
        filesDiffer
            ? "reproduced, but a given file is not the one the record was made from.\n"
            : "reproduced: the embedded \(inputNames) give exactly the recorded result.\n"
    }

    /// A line on each file given with --rubric, --bids or --tender, and whether one of them is
    /// not the recorded file.
    private func givenFiles(_ inputs: SealedRecord.Inputs) throws -> (facts: [(String, String)], differ: Bool) {
        var facts: [(String, String)] = []
        var differ = false
        if let tender, inputs.tender == nil {
            facts.append(("tender.yaml", "\(tender) was given, but the record was made without a tender file"))
            differ = true
        }
        let given: [(String?, RecordedInput?, InputFormat?)] = [
            (rubric, inputs.rubric, .yaml), (bids, inputs.bids, nil), (tender, inputs.tender, .yaml),
        ]
        for case let (path?, input?, format) in given {
            let file = try SealedRecord.SourceFile.read([path])[0]
            switch input.match(file.bytes, format: format ?? InputFormat(forBidsNamed: path)) {
            case .identical:
                facts.append((input.name, "\(path) is the recorded file: identical bytes"))
            case .sameContent:
                facts.append((input.name, "\(path): same content, different bytes (re-indented, re-quoted or re-saved)"))
            case .differentContent(let reason):
                facts.append((input.name, "\(path) is NOT the recorded file: \(reason)"))
                differ = true
            }
        }
        return (facts, differ)
    }

    /// Why a re-run could not finish.
    struct RerunFailure: Error {
        var lines: [String]
    }

    /// Evaluates the embedded inputs, named `rubric.yaml` and `bids.yaml` (or `.csv`) as when
    /// the record was made, and builds the sealed part they give now.
    private func reproduce(_ intact: RecordCheck.Intact, registry: ScorerRegistry) -> Result<SealedRecord, RerunFailure> {
        let (rubricFile, bidsFile, tenderFile) = (intact.rubricFile, intact.bidsFile, intact.tenderFile)
        do {
            let loaded = try InputCheck(rubric: rubricFile, bids: bidsFile, tender: tenderFile, registry: registry).inputs()
            let evaluation = try Engine().evaluate(rubric: loaded.rubric, bids: loaded.bids.bids, tender: loaded.tender,
                                                   warnings: loaded.warnings, detail: .full)
            return .success(try SealedRecord(evaluation: evaluation, rubric: rubricFile, bids: bidsFile, tender: tenderFile))
        } catch let list as DiagnosticList {
            return .failure(RerunFailure(lines: list.errors.map(DiagnosticText(.en).line)))
        } catch let scorer as ScorerError {
            return .failure(RerunFailure(lines: [DiagnosticText(.en).line(Diagnostic(.error, at: scorer.location, path: scorer.path, scorer.message))]))
        } catch {
            return .failure(RerunFailure(lines: ["\(error)"]))
        }
    }

    /// A line on the signature, or the reason the record must be refused.
    private func signatureStatus(_ signature: RecordSignature?, expected: RecordPublicKey?) -> Result<String, CommandError> {
        guard let signature, let signer = signature.signer else {
            guard let publicKey else { return .success("none (the record is not signed)") }
            return .failure(CommandError("SIGNATURE MISSING: \(self.record) is not signed, but --public-key \(publicKey) requires "
                                         + "a signature by that key"))
        }
        let made = "valid Ed25519 signature by key \(signer.fingerprint), signed \(signature.signedAt)"
        guard let expected, let publicKey else {
            return .success(made + "; not compared with a known key (give --public-key)")
        }
        guard signer == expected else {
            return .failure(CommandError("WRONG SIGNATURE: \(self.record) is signed by key \(signer.fingerprint), not by the key in "
                                         + "\(publicKey) (\(expected.fingerprint))"))
        }
        return .success(made + "; it is the key in \(publicKey)")
    }

    static func aligned(_ facts: [(String, String)]) -> String {
        let width = facts.map(\.0.count).max() ?? 0
        return facts.map { "  " + ($0.0 + ":").padding(toLength: width + 1, withPad: " ", startingAt: 0) + "  " + $0.1 + "\n" }.joined()
    }
}

extension ExitStatus {
    /// `verify`: the record is intact but its result was not reproduced (shares status 1).
    static let notReproduced = ExitStatus.noRanking
    /// `verify`: the record was edited or damaged, or its signature does not hold (status 2).
    static let damaged = ExitStatus.invalidInput
}
