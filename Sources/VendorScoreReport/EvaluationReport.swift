import VendorScoreAnalysis
import VendorScoreCore

/// The evaluation report (评标报告) of one evaluation, as a self-contained HTML page with charts
/// or as Markdown: header, result, charts, gates, flags, scoring detail per vendor, method, and
/// the versions and input hashes that produced it, in Chinese or English.
///
/// The report reads only its arguments: the same evaluation, inputs and options always give the
/// same bytes. Evaluate with full detail, since the report explains every criterion:
///
/// ```swift
/// let evaluation = try Engine().evaluate(rubric: rubric, bids: bids, warnings: warnings, detail: .full)
/// let report = EvaluationReport(
///     evaluation: evaluation,
///     inputs: ReportInputs(rubric: .init(path: "rubric.yaml", bytes: rubricBytes),
///                          bids: .init(path: "bids.yaml", bytes: bidsBytes)),
///     options: ReportOptions(language: .zh, date: try ReportDate(parsing: "2026-03-18"), vendorScoreVersion: "0.1.0"))
/// let html = report.html()
/// let markdown = report.markdown()
/// ```
public struct EvaluationReport: Sendable {
    public var evaluation: Evaluation
    public var inputs: ReportInputs
    public var options: ReportOptions
    /// When given, a robustness section (advisory) follows the charts: see ``RobustnessSection``.
    public var analysis: Analysis?

    public init(evaluation: Evaluation, inputs: ReportInputs, options: ReportOptions, analysis: Analysis? = nil) {
        self.evaluation = evaluation
        self.inputs = inputs
        self.options = options
        self.analysis = analysis
    }

    /// The report as one HTML page that needs nothing else: inline CSS and SVG, no scripts,
    /// fonts or images, and a print stylesheet for A4 with a page break before each section.
    public func html() -> String {
        let context = ReportContext(evaluation: evaluation, inputs: inputs, options: options)
        let parts = sections(context)
        return HTMLWriter(labels: context.labels)
            .render(header: parts.header, sections: parts.body, footer: parts.footer)
    }

    /// The same content as Markdown, without the charts (each is given by its caption and its
    /// numbers), for pasting into other documents.
    public func markdown() -> String {
        let context = ReportContext(evaluation: evaluation, inputs: inputs, options: options)
        let parts = sections(context)
        return MarkdownWriter(labels: context.labels).render(header: parts.header, sections: parts.body, footer: parts.footer)
    }

    private func sections(_ context: ReportContext) -> (header: ReportSection, body: [ReportSection], footer: ReportSection) {
        (HeaderSection(context: context).section(),
         [
             ResultSection(context: context).section(),
             CommitteeSection(context: context).section(),
             ChartsSection(context: context).section(),
         ] + (analysis.map { [RobustnessSection(context: context, analysis: $0).section()] } ?? []) + [
             GatesSection(context: context).section(),
             FlagsSection(context: context).section(),
             ScoreSheetsSection(context: context).section(),
             DetailSection(context: context).section(),
             MethodSection(context: context).section(),
             SignaturesSection(context: context).section(),
         ],
         FooterSection(context: context).section())
    }
}
