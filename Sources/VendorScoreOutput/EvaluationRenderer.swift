import VendorScoreCore

/// Turns an ``Evaluation`` into text in one format. Every renderer is deterministic: the same
/// evaluation gives the same bytes.
///
/// ```swift
/// let renderer: any EvaluationRenderer = TableRenderer(language: .zh)
/// print(try renderer.render(evaluation), terminator: "")
/// ```
public protocol EvaluationRenderer: Sendable {
    /// How much of each vendor's criterion detail the renderer reads, so the engine keeps no more.
    var detail: EvaluationDetail { get }

    func render(_ evaluation: Evaluation) throws -> String
}
