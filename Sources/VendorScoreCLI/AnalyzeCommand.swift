import ArgumentParser
import VendorScoreAnalysis
import VendorScoreCore
import VendorScoreOutput

/// `vendorscore analyze RUBRIC BIDS`: how firm the ranking is. Advisory; the official scores are
/// the evaluation's and stay untouched.
struct AnalyzeCommand: RunnableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "How firm is the ranking: weight sensitivity, each evaluator's influence, SMAA, other methods.",
        discussion: """
            Evaluates the bids like 'evaluate', then analyses the ranking. The analysis is \
            advisory: the official scores and ranking are those of the evaluation, unchanged.

            - Weight sensitivity, exact: for every group and criterion, the points it could carry \
            (all others rescaled so the total stays the same) while the winner stays first and \
            the first three keep their order, and the smallest change that makes another vendor \
            first. Criteria whose points would not follow a new maximum are named.
            - Each evaluator's influence: the ranking re-run without each member's marks, and the \
            smallest change of one mark that swaps winner and runner-up.
            - SMAA-2: how often each vendor takes each rank when the weights are uncertain \
            (uniform on the simplex, or within ±--weight-range percent of the rubric's), with \
            optional noise on committee marks; central weights and confidence factors. The same \
            --seed gives the same result on any machine.
            - Second opinions: TOPSIS, VIKOR, PROMETHEE II and the weighted product model, with \
            Kendall's tau against the official ranking.

            Methods, conventions and the random generator: docs/analysis.md.

            Examples:
              vendorscore analyze rubric.yaml bids.yaml
              vendorscore analyze rubric.yaml bids.yaml --samples 100000 --seed 7 --format json
              vendorscore analyze rubric.yaml bids.yaml --weight-range 20 --mark-noise 0.5 --lang zh
              vendorscore analyze rubric.yaml bids.yaml --tender tender.yaml --format markdown

            Exit status: 0 when analysed; 1 when too few bids passed the gates to rank them; 2 \
            when the input is invalid or a scorer fails.
            """
    )

    @Argument(help: "The rubric (评分办法): a vendorscore/rubric@1 YAML file.")
    var rubric: String

    @Argument(help: "The bids: a vendorscore/bids@1 YAML file, or a CSV file.")
    var bids: String

    @OptionGroup var tender: TenderOption

    @Option(help: "Weight samples for SMAA (memory does not grow with them).")
    var samples: Int = 10_000

    @Option(help: "The seed of the SMAA random generator.")
    var seed: UInt64 = 1

    @Option(name: .customLong("weight-range"), help: ArgumentHelp(
        "Sample weights within ±PERCENT of the rubric's instead of uniformly on the simplex.", valueName: "percent"))
    var weightRange: Double?

    @Option(name: .customLong("mark-noise"), help: ArgumentHelp(
        "Add uniform noise of ±POINTS to every committee mark in SMAA.", valueName: "points"))
    var markNoise: Double?

    @Option(help: "The output format: table, json or markdown.")
    var format: AnalysisFormat = .table

    @Option(name: .customLong("lang"), help: "The language of the output, errors and warnings: zh or en.")
    var language: OutputLanguage = .en

    var messageLanguage: Language { language.language }

    @OptionGroup var plugins: PluginOptions

    enum AnalysisFormat: String, CaseIterable, ExpressibleByArgument {
        case table, json, markdown
    }

    func validate() throws {
        guard samples >= 1 else { throw ValidationError("--samples must be at least 1, found \(samples)") }
        if let weightRange, !(weightRange > 0 && weightRange <= 100) {
            throw ValidationError("--weight-range must be a percentage above 0 and at most 100, found \(weightRange)")
        }
        if let markNoise, !(markNoise >= 0 && markNoise.isFinite) {
            throw ValidationError("--mark-noise must be 0 or more points, found \(markNoise)")
        }
    }

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let registry = try plugins.registry(environment)
        let inputs = try InputCheck(rubricPath: rubric, bidsPath: bids, tenderPath: tender.tender, registry: registry).inputs()
        environment.report(inputs.warnings, in: language.language)
        let evaluation = try Engine().evaluate(rubric: inputs.rubric, bids: inputs.bids.bids, tender: inputs.tender,
                                               warnings: inputs.warnings, detail: .pointsOnly)
        let options = SMAA.Options(samples: samples, seed: seed, weights: weightRange.map { .around(percent: $0) } ?? .simplex,
                                   markNoise: markNoise)
        let analysis: Analysis
        do {
            analysis = try Analysis(rubric: inputs.rubric, bids: inputs.bids.bids, evaluation: evaluation, smaa: options)
        } catch {
            environment.report([Diagnostic(.error, at: nil, path: "", error.message)], in: language.language)
            return .noRanking
        }
        switch format {
        case .json: environment.output.write(try AnalysisDocument(analysis, rubric: inputs.rubric).json())
        case .table, .markdown:
            let renderer = AnalysisRenderer(language: language.language, markdown: format == .markdown)
            environment.output.write(renderer.render(analysis, rubric: inputs.rubric))
        }
        return .success
    }
}
