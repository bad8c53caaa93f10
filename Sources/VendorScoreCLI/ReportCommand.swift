import ArgumentParser
import VendorScoreAnalysis
import VendorScoreCore
import VendorScoreRecord
import VendorScoreReport

/// `vendorscore report RUBRIC BIDS --html FILE [--markdown FILE]`, or `report --record RECORD …`:
/// the evaluation report (评标报告).
struct ReportCommand: RunnableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the evaluation report (评标报告) as HTML with charts, or as Markdown.",
        discussion: """
            Evaluates the bids like 'evaluate' and writes a report for bidders, supervisors and \
            the tender file: the tender and rubric, the ranking with group subtotals and ties, \
            charts (points by group, each vendor's groups as a radar, price against price score \
            with the benchmark), every gate for every vendor, the flags (abnormally low prices, \
            evaluator disagreement, price weight), every criterion of every vendor with the facts \
            read and the rule applied, the method as the rubric sets it, and the versions and \
            SHA-256 of the inputs.

            The HTML file needs nothing else: styles and charts are inline, with no scripts, \
            fonts or images from elsewhere, and it prints on A4 with each section on a new page. \
            Open it in a browser and print to PDF, or:
              chromium --headless --print-to-pdf=report.pdf report.html

            The Markdown file has the same content without the charts (each chart is given by \
            its numbers), for pasting into other documents.

            --date is the date of the evaluation shown in the header; it defaults to today. \
            Nothing else in the report depends on the clock: the same inputs and the same --date \
            give the same bytes.

            With --record instead of RUBRIC and BIDS, the report is made from an evaluation \
            record: the record must be intact, and its embedded rubric and bids must still give \
            exactly the recorded result with the scorers installed here (as 'verify' checks); \
            the report then shows the record's seal.

            --analysis adds a robustness section after the charts, as 'vendorscore analyze' \
            computes it with its defaults (10,000 samples, seed 1): rank acceptability as \
            stacked bars, each group's weight interval, each evaluator's influence, and the \
            sensitivity and second-opinion tables. It is advisory and changes no score.

            Examples:
              vendorscore report rubric.yaml bids.yaml --html report.html --lang zh --date 2026-03-18
              vendorscore report rubric.yaml bids.yaml --html report.html --analysis
              vendorscore report rubric.yaml bids.csv --html report.html --markdown report.md
              vendorscore report --record tender.record.json --html report.html

            Exit status: 0 when the bids are ranked; 1 when too few bids passed the gates (the \
            report is still written and says so) or a record no longer reproduces; 2 when the \
            input is invalid or the record damaged. Files are written atomically and only when \
            the evaluation ran; a file naming an input (also through a link) is refused.
            """
    )

    @Argument(help: "The rubric (评分办法): a vendorscore/rubric@1 YAML file (not with --record).")
    var rubric: String?

    @Argument(help: "The bids: a vendorscore/bids@1 YAML file, or a CSV file (not with --record).")
    var bids: String?

    @Option(help: ArgumentHelp("Report on this evaluation record instead of RUBRIC and BIDS, showing its seal.", valueName: "file"))
    var record: String?

    @OptionGroup var tender: TenderOption
    @OptionGroup var plugins: PluginOptions

    @Option(help: ArgumentHelp("Write the report as one self-contained HTML file.", valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("Write the report as Markdown, without charts.", valueName: "file"))
    var markdown: String?

    @Option(help: ArgumentHelp("Print the report to an A4 PDF with the Chromium on this machine.", valueName: "file"))
    var pdf: String?

    @Option(name: .customLong("lang"), help: "The language of the report, errors and warnings: zh or en.")
    var language: OutputLanguage = .en

    var messageLanguage: Language { language.language }

    @Option(help: ArgumentHelp("The date of the evaluation shown in the report (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @ArgumentParser.Flag(help: "Add a robustness section (advisory): rank acceptability, weight intervals, each evaluator's influence (see 'analyze').")
    var analysis = false

    func validate() throws {
        if record != nil && (rubric != nil || bids != nil || tender.tender != nil) {
            throw ValidationError("give either RUBRIC and BIDS (and --tender), or --record FILE, not both")
        }
        if record == nil && (rubric == nil || bids == nil) {
            throw ValidationError("missing \(rubric == nil ? "RUBRIC and BIDS" : "BIDS"); or give --record FILE to report on an evaluation record")
        }
    }

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        guard html != nil || markdown != nil || pdf != nil else {
            throw CLIMessages.nothingToWrite(example: "vendorscore report \(record.map { "--record \($0)" } ?? "\(rubric!) \(bids!)") --html report.html")
        }
        try OutputTargets(
            inputs: [rubric.map { ("RUBRIC", $0) }, bids.map { ("BIDS", $0) }, record.map { ("--record", $0) },
                     tender.tender.map { ("--tender", $0) }, plugins.plugins.map { ("--plugins", $0) }].compactMap { $0 },
            outputs: [html.map { ("--html", $0) }, markdown.map { ("--markdown", $0) }, pdf.map { ("--pdf", $0) }].compactMap { $0 }
        ).check()
        // Without a browser there is no PDF: say so before evaluating anything.
        let printer = try pdf.map { _ throws(CommandError) in try PDFPrinter.locate() }
        let reportDate: ReportDate
        do {
            reportDate = try date.map { text throws(ReportDate.ParseError) in try ReportDate(parsing: text) } ?? .today()
        } catch {
            throw CLIMessages.badDate(error.text)
        }
        let registry = try plugins.registry(environment)
        let source = try record.map { path throws(CommandError) in try RecordFile.intact(path) }
        let rubricFile = source?.rubricFile ?? SealedRecord.SourceFile(path: rubric!, bytes: [])
        let bidsFile = source?.bidsFile ?? SealedRecord.SourceFile(path: bids!, bytes: [])
        let tenderFile = source.map(\.tenderFile) ?? tender.tender.map { SealedRecord.SourceFile(path: $0, bytes: []) }
        let check = source == nil
            ? InputCheck(rubricPath: rubricFile.path, bidsPath: bidsFile.path, tenderPath: tenderFile?.path, registry: registry,
                         keepingBytes: true)
            : InputCheck(rubric: rubricFile, bids: bidsFile, tender: tenderFile, registry: registry)
        let inputs = try check.inputs()
        environment.report(inputs.warnings, in: language.language)
        let evaluation = try Engine().evaluate(rubric: inputs.rubric, bids: inputs.bids.bids, tender: inputs.tender,
                                               warnings: inputs.warnings, detail: .full)
        // Scoring adds its own warnings, such as list items a scorer does not recognise.
        environment.report(Array(evaluation.warnings.dropFirst(inputs.warnings.count)), in: language.language)
        if let source {
            // A report may carry the seal only of a result it shows: the re-run must match the record.
            let recomputed = try SealedRecord(evaluation: evaluation, rubric: rubricFile, bids: bidsFile, tender: tenderFile)
            guard RecordComparison(recorded: source.record.sealed, recomputed: recomputed, installed: registry).reproduced else {
                environment.errors.write("error: \(record!) does not reproduce with the scorers installed here; no report was written "
                                         + "(run 'vendorscore verify \(record!)' for the differences)\n")
                return .noRanking
            }
        }
        var analysed: Analysis?
        if analysis && evaluation.isRanked {
            do {
                analysed = try Analysis(rubric: inputs.rubric, bids: inputs.bids.bids, evaluation: evaluation)
            } catch {
                environment.errors.write("warning: no robustness section: \(error)\n")
            }
        }
        let report = EvaluationReport(
            evaluation: evaluation,
            inputs: ReportInputs(rubric: .init(path: rubricFile.path, bytes: check.rubricBytes ?? []),
                                 bids: .init(path: bidsFile.path, bytes: check.bidsBytes ?? []),
                                 tender: tenderFile.map { .init(path: $0.path, bytes: check.tenderBytes ?? []) }),
            options: ReportOptions(language: language.language, date: reportDate, vendorScoreVersion: vendorScoreVersion,
                                   seal: source?.record.seal),
            analysis: analysed)
        // Both are rendered before either is written, so a failure leaves neither half-done.
        let documents = [html.map { ($0, report.html()) }, markdown.map { ($0, report.markdown()) }].compactMap { $0 }
        for (path, text) in documents {
            try AtomicFile.save(text, to: path)
        }
        if let pdf, let printer {
            try printer.print(html: documents.first { $0.0 == html }?.1 ?? report.html(), to: pdf)
        }
        return evaluation.isRanked ? .success : .noRanking
    }
}
