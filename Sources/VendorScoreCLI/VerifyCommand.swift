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
              vendorscore verify tender.record.json --lang zh

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

    @Option(name: .customLong("lang"), help: "The language of the report and its errors: zh or en.")
    var language: OutputLanguage = .en

    var messageLanguage: Language { language.language }

    @OptionGroup var plugins: PluginOptions

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let out = environment.output
        let words = language.language
        let expectedKey = try publicKey.map { path throws(KeyFileError) in try KeyFile.publicKey(at: path) }
        guard FileManager.default.isReadableFile(atPath: record) else {
            throw CLIMessages.unreadable(record)
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
            throw CLIMessages.unreadable(record)
        }
        let intact: RecordCheck.Intact
        switch RecordCheck.read([UInt8](data)) {
        case .failure(let damaged):
            out.write(CLIMessages.Verify.damaged(record).text(preferring: words) + "\n")
            out.write(damaged.problems.map { "  \($0.text(words))\n" }.joined())
            return .damaged
        case .success(let checked):
            intact = checked
        }
        let sealed = intact.record.sealed

        var facts = [(CLIMessages.Verify.recordLabel,
                      CLIMessages.Verify.record(record, format: sealed.recordFormat, version: sealed.vendorscoreVersion)),
                     (CLIMessages.Verify.sealLabel, CLIMessages.Verify.seal(intact.record.seal))]
        if intact.reformatted { facts.append((CLIMessages.Verify.fileLabel, RecordCheck.reformattedNote)) }
        switch signatureStatus(intact.record.signature, expected: expectedKey) {
        case .success(let status): facts.append((CLIMessages.Verify.signatureLabel, status))
        case .failure(let problem):
            out.write(problem.message.text(preferring: words) + "\n")
            return .damaged
        }
        let (fileFacts, filesDiffer) = try givenFiles(sealed.inputs)
        facts += fileFacts

        let inputNames = CLIMessages.Verify.inputNames(tender: sealed.inputs.tender != nil)
        let registry = try plugins.registry(environment)
        let rerun = reproduce(intact, registry: registry)
        switch rerun {
        case .failure(let failure):
            out.write(CLIMessages.Verify.notEvaluated(inputNames).text(preferring: words) + "\n")
            out.write(Self.aligned(facts, in: words))
            out.write(CLIMessages.Verify.rerun.text(preferring: words) + "\n" + failure.lines.map { "  \($0)\n" }.joined())
            let causes = RecordComparison.changes(since: sealed, installed: registry)
            if !causes.isEmpty { out.write(RecordComparison.causesText(causes, in: words)) }
            return .notReproduced
        case .success(let recomputed):
            let comparison = RecordComparison(recorded: sealed, recomputed: recomputed, installed: registry)
            let standings = sealed.evaluation.standings
            let ranked = standings.filter { $0.rank != nil }.count
            facts.insert((CLIMessages.Verify.resultLabel,
                          CLIMessages.Verify.result(vendors: standings.count, ranked: ranked, version: VendorScoreVersion.current)), at: 2)
            if comparison.reproduced {
                out.write(Self.reproducedHeadline(inputNames, filesDiffer: filesDiffer).text(preferring: words) + "\n")
            } else {
                out.write(CLIMessages.Verify.notReproduced(inputNames).text(preferring: words) + "\n")
            }
            out.write(Self.aligned(facts, in: words))
            out.write(comparison.report(limit: all ? nil : 50, in: words))
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
        var facts = [(CLIMessages.Verify.recordLabel,
                      CLIMessages.Verify.record(record, format: outline.recordFormat, version: outline.vendorscoreVersion)),
                     (CLIMessages.Verify.sealLabel, CLIMessages.Verify.seal(outline.seal)),
                     (CLIMessages.Verify.resultLabel,
                      CLIMessages.Verify.result(vendors: vendors, ranked: ranked, version: VendorScoreVersion.current)),
                     (CLIMessages.Verify.signatureLabel, signatureLine)]
        let (fileFacts, filesDiffer) = try givenFiles(outline.inputs)
        facts += fileFacts
        let inputNames = CLIMessages.Verify.inputNames(tender: outline.inputs.tender != nil)
        environment.output.write(Self.reproducedHeadline(inputNames, filesDiffer: filesDiffer).text(preferring: language.language) + "\n")
        environment.output.write(Self.aligned(facts, in: language.language))
        return filesDiffer ? .notReproduced : .success
    }

    private static func reproducedHeadline(_ inputNames: LocalizedText, filesDiffer: Bool) -> LocalizedText {
        filesDiffer ? CLIMessages.Verify.reproducedButFilesDiffer : CLIMessages.Verify.reproduced(inputNames)
    }


    /// A line on each file given with --rubric, --bids or --tender, and whether one of them is
    /// not the recorded file.
    private func givenFiles(_ inputs: SealedRecord.Inputs) throws -> (facts: [(LocalizedText, LocalizedText)], differ: Bool) {
        var facts: [(LocalizedText, LocalizedText)] = []
        var differ = false
        if let tender, inputs.tender == nil {
            facts.append((LocalizedText(zh: "tender.yaml", en: "tender.yaml"), CLIMessages.Verify.tenderNotRecorded(tender)))
            differ = true
        }
        let given: [(String?, RecordedInput?, InputFormat?)] = [
            (rubric, inputs.rubric, .yaml), (bids, inputs.bids, nil), (tender, inputs.tender, .yaml),
        ]
        for case let (path?, input?, format) in given {
            let file = try SealedRecord.SourceFile.read([path])[0]
            let name = LocalizedText(zh: input.name, en: input.name)
            switch input.match(file.bytes, format: format ?? InputFormat(forBidsNamed: path)) {
            case .identical:
                facts.append((name, CLIMessages.Verify.identical(path)))
            case .sameContent:
                facts.append((name, CLIMessages.Verify.sameContent(path)))
            case .differentContent(let reason):
                facts.append((name, CLIMessages.Verify.otherFile(path, reason)))
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
            return .failure(RerunFailure(lines: list.errors.map(DiagnosticText(language.language).line)))
        } catch let scorer as ScorerError {
            return .failure(RerunFailure(lines: [DiagnosticText(language.language).line(Diagnostic(.error, at: scorer.location, path: scorer.path,
                                                                                             scorer.message))]))
        } catch {
            return .failure(RerunFailure(lines: ["\(error)"]))
        }
    }

    /// A line on the signature, or the reason the record must be refused.
    private func signatureStatus(_ signature: RecordSignature?, expected: RecordPublicKey?) -> Result<LocalizedText, CommandError> {
        guard let signature, let signer = signature.signer else {
            guard let publicKey else { return .success(CLIMessages.Verify.unsigned) }
            return .failure(CLIMessages.Verify.signatureMissing(record, key: publicKey))
        }
        guard let expected, let publicKey else {
            return .success(CLIMessages.Verify.signed(by: signer.fingerprint, at: signature.signedAt, theKeyIn: nil))
        }
        guard signer == expected else {
            return .failure(CLIMessages.Verify.wrongSignature(record, signer: signer.fingerprint, key: publicKey, expected: expected.fingerprint))
        }
        return .success(CLIMessages.Verify.signed(by: signer.fingerprint, at: signature.signedAt, theKeyIn: publicKey))
    }

    /// The facts under the verdict, a label and its text a line, the texts lined up.
    static func aligned(_ facts: [(LocalizedText, LocalizedText)], in language: Language) -> String {
        let labels = facts.map { $0.0.text(preferring: language) + (language == .zh ? "：" : ":") }
        let width = labels.map(DisplayWidth.of).max() ?? 0
        return zip(labels, facts).map { label, fact in
            "  " + DisplayWidth.pad(label, to: width) + "  " + fact.1.text(preferring: language) + "\n"
        }.joined()
    }
}

extension ExitStatus {
    /// `verify`: the record is intact but its result was not reproduced (shares status 1).
    static let notReproduced = ExitStatus.noRanking
    /// `verify`: the record was edited or damaged, or its signature does not hold (status 2).
    static let damaged = ExitStatus.invalidInput
}
