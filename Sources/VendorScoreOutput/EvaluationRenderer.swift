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

    /// Hands the rendering to `write` piece by piece, in order; the pieces joined are
    /// ``render(_:)``'s text. A renderer whose text grows with the number of bids writes it in
    /// pieces, so the whole never sits in memory.
    ///
    /// ```swift
    /// try JSONRenderer().render(evaluation) { piece in print(piece, terminator: "") }
    /// ```
    func render(_ evaluation: Evaluation, to write: (String) throws -> Void) throws

    /// The same as ``render(_:to:)`` in UTF-8 bytes, for a file; a renderer that writes bytes
    /// itself (``JSONRenderer``) saves turning them into text and back.
    func render(_ evaluation: Evaluation, bytes write: ([UInt8]) throws -> Void) throws
}

extension EvaluationRenderer {
    /// The whole text in one piece.
    public func render(_ evaluation: Evaluation, to write: (String) throws -> Void) throws {
        try write(render(evaluation))
    }

    /// The text of ``render(_:to:)`` in UTF-8.
    public func render(_ evaluation: Evaluation, bytes write: ([UInt8]) throws -> Void) throws {
        try render(evaluation) { try write(Array($0.utf8)) }
    }
}
