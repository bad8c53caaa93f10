import VendorScoreCore

/// Turns an ``Evaluation`` into text in one format. Every renderer is deterministic: the same
/// evaluation gives the same bytes.
///
/// ```swift
/// let renderer: any EvaluationRenderer = TableRenderer(language: .zh)
/// print(try renderer.render(evaluation), terminator: "")
/// ```
public protocol EvaluationRenderer: Sendable {
    func render(_ evaluation: Evaluation) throws -> String
}
