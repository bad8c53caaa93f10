import ArgumentParser
import Foundation
import VendorScoreCore
import VendorScoreRecord

/// `vendorscore evaluate RUBRIC BIDS`: scores and ranks the bids and prints the result.
struct EvaluateCommand: RunnableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score and rank the bids against a rubric.",
        discussion: """
            Checks the bids against the rubric, applies the gates (资格性审查 and 符合性审查), \
            computes each bid's evaluation price (small/micro enterprise deductions), scores every \
            criterion, and ranks the qualified bids by total score, then by the rubric's tie-break \
            order (lower evaluation price by default, 财政部令第87号 第57条). Bids equal on all of \
            them are reported as tied (并列), never ordered silently.

            Bids are read from YAML (vendorscore/bids@1), from CSV when the file name ends in \
            .csv (one row per vendor, as Excel saves it, UTF-8 or GB18030), or from a one-sheet \
            Excel workbook when it ends in .xlsx.

            With --tender, the committee's decisions are part of the evaluation: a bid found \
            invalid, or whose abnormally low price the committee did not accept, is excluded \
            before scoring (it sets no benchmark); corrected marks (第64条) are scored; the \
            recommended candidates are listed in order.

            With --record, an evaluation record is written beside the normal output: the exact \
            rubric and bids, the scorers and their versions, and every finding and rank, sealed by \
            a SHA-256 that is printed on standard error. 'vendorscore verify' re-runs it later. \
            --sign adds an Ed25519 signature with a key made by 'vendorscore keygen'.

            Examples:
              vendorscore evaluate rubric.yaml bids.yaml
              vendorscore evaluate rubric.yaml bids.csv --format json --output result.json
              vendorscore evaluate rubric.yaml bids.yaml --format markdown --lang zh
              vendorscore evaluate rubric.yaml bids.yaml --plugins plugins.yaml
              vendorscore evaluate rubric.yaml bids.yaml --record tender.record.json --sign committee.key
              vendorscore evaluate rubric.yaml bids.yaml --tender tender.yaml

            Try the shipped example: rubrics/government-cloud.yaml with \
            examples/government-cloud/bids.yaml. --plugins adds external scorers, programs in any \
            language declared in a plugins file (docs/external-scorers.md).

            Exit status: 0 when the bids are ranked; 1 when too few bids passed the gates to rank \
            them (财政部令第87号); 2 when the input is invalid (every problem is listed) or a \
            scorer fails. With --output or --record, files are written only when the status is 0 \
            or 1, and atomically: they are never left half-written. An --output or --record naming an \
            input file (also through a link) is refused; one that is a symbolic link is written \
            through, and an existing file keeps its permissions.
            """
    )

    @Argument(help: "The rubric (评分办法): a vendorscore/rubric@1 YAML file.")
    var rubric: String

    @Argument(help: "The bids: a vendorscore/bids@1 YAML file, or a CSV file.")
    var bids: String

    @Option(help: "The output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the result to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("lang"), help: "The language of rubric titles, reasons (in JSON too), errors and warnings: zh or en.")
    var language: OutputLanguage = .en

    var messageLanguage: Language { language.language }

    @Option(help: ArgumentHelp("Also write a sealed evaluation record (JSON) to this file.", valueName: "file"))
    var record: String?

    @Option(help: ArgumentHelp("Sign the record with this private key (from 'vendorscore keygen').", valueName: "keyfile"))
    var sign: String?

    @OptionGroup var tender: TenderOption
    @OptionGroup var plugins: PluginOptions

    func validate() throws {
        if sign != nil && record == nil {
            throw ValidationError("--sign needs --record FILE: the signature is stored in the record")
        }
    }

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        try OutputTargets(
            inputs: [("RUBRIC", rubric), ("BIDS", bids), tender.tender.map { ("--tender", $0) }, plugins.plugins.map { ("--plugins", $0) },
                     sign.map { ("--sign", $0) }].compactMap { $0 },
            outputs: [record.map { ("--record", $0) }, output.map { ("--output", $0) }].compactMap { $0 }
        ).check()
        // A key that cannot be used stops the command before anything is evaluated or written.
        let key = try sign.map { path throws(KeyFileError) in try KeyFile.privateKey(at: path) }
        let registry = try plugins.registry(environment)
        let renderer = format.renderer(language: language.language)
        let (evaluation, sources) = try evaluate(registry: registry, detail: record == nil ? renderer.detail : .full, environment)
        let ranked = evaluation.isRanked
        // Written in pieces: the text of a large tender (180 MB of JSON for 10,000 bids) never
        // sits in memory whole.
        if let output {
            try AtomicFile.save(to: output) { write in try renderer.render(evaluation, bytes: write) }
        } else {
            try renderer.render(evaluation, bytes: { environment.output.write(utf8: $0) })
        }
        if let record, let sources {
            // Written last, straight into the record after a placeholder for its seal, which is
            // written over once sealed: the record of a large tender never sits in memory, and
            // each vendor's detail is let go once written.
            // Taken out of `pending` inside the closure, the evaluation has the writer as its only holder.
            var pending: Evaluation? = consume evaluation
            var sealed: RecordStream.Sealed?
            try AtomicFile.save(to: record, startingWith: RecordStream.placeholderHead) { write in
                let evaluation = pending!
                pending = nil
                let seal = try RecordStream.writeSealedPart(evaluation: consume evaluation, inputs: sources, to: write)
                let signature = try key.map { key in
                    try RecordSignature(signingSeal: seal.seal, format: EvaluationRecord.format, with: key, at: Date())
                }
                try write(RecordStream.tail(signature: signature))
                sealed = seal
                return RecordStream.head(seal)
            }
            let signed = key.map { ", signed with key \($0.publicKey.fingerprint)" } ?? ""
            environment.errors.write("record written to \(record)\(signed); seal (SHA-256 of its sealed part): \(sealed!.seal)\n")
        }
        return ranked ? .success : .noRanking
    }

    /// Loads, checks and evaluates the inputs. The bids and the files' bytes are released on
    /// return unless a record needs the bytes, so rendering a large tender holds only the result.
    private func evaluate(registry: ScorerRegistry, detail: EvaluationDetail, _ environment: CommandEnvironment) throws
        -> (Evaluation, RecordStream.EmbeddedInputs?) {
        // The record embeds the very bytes that are evaluated, read once; their digests are
        // started at once, to run beside loading and scoring. A file that cannot be read is
        // read again by path, so that the loader says why.
        let embedded = recordSources().map { RecordStream.EmbeddedInputs(rubric: $0.rubric, bids: $0.bids, tender: $0.tender) }
        let check = if let embedded {
            InputCheck(rubric: embedded.rubric, bids: embedded.bids, tender: embedded.tender, registry: registry)
        } else {
            InputCheck(rubricPath: rubric, bidsPath: bids, tenderPath: tender.tender, registry: registry)
        }
        var inputs = try (consume check).inputs()
        environment.report(inputs.warnings, in: language.language)
        // Handed over, not copied, so the engine can let the facts go once they are scored.
        let bids = inputs.bids.bids
        inputs.bids.bids = []
        let evaluation = try Engine().evaluate(rubric: inputs.rubric, bids: consume bids, tender: inputs.tender,
                                               warnings: inputs.warnings, detail: detail)
        // Scoring adds its own warnings, such as list items a scorer does not recognise.
        environment.report(Array(evaluation.warnings.dropFirst(inputs.warnings.count)), in: language.language)
        return (evaluation, embedded)
    }

    /// The files a record embeds, read whole, when a record is asked for and every file can be read.
    private func recordSources() -> (rubric: SealedRecord.SourceFile, bids: SealedRecord.SourceFile, tender: SealedRecord.SourceFile?)? {
        guard record != nil, let rubricBytes = InputCheck.read(rubric), let bidsBytes = InputCheck.read(bids) else { return nil }
        var tenderFile: SealedRecord.SourceFile?
        if let path = tender.tender {
            guard let bytes = InputCheck.read(path) else { return nil }
            tenderFile = SealedRecord.SourceFile(path: path, bytes: bytes)
        }
        return (SealedRecord.SourceFile(path: rubric, bytes: rubricBytes), SealedRecord.SourceFile(path: bids, bytes: bidsBytes), tenderFile)
    }
}
