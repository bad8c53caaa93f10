import VendorScoreCore

/// Words a ``Diagnostic`` in one language: its message and hint from ``DiagnosticCatalogue``,
/// with its place (`file:line:column`), severity and key path as a compiler prints them.
///
/// ```swift
/// DiagnosticText(.en).line(diagnostic)
/// // "rubric.yaml:12:13: error: groups[0].criteria[1].points: expected a number, found 'ten'"
/// DiagnosticText(.zh).line(diagnostic)
/// // "rubric.yaml:12:13：错误：groups[0].criteria[1].points：应为数字，实际为“ten”"
/// ```
public struct DiagnosticText: Sendable {
    public let language: Language
    private let phrases: PhraseText

    public init(_ language: Language, markingUserText mark: @escaping @Sendable (String) -> String = { $0 }) {
        self.language = language
        phrases = PhraseText(language, markingUserText: mark)
    }

    private var zh: Bool { language == .zh }
    private var separator: String { zh ? "：" : ": " }

    /// The whole problem on one line: place, severity, key path, message and hint.
    public func line(_ diagnostic: Diagnostic) -> String {
        (diagnostic.location.map { "\($0)" + separator } ?? "") + severity(diagnostic.severity) + separator + detail(diagnostic)
    }

    /// The key path, message and hint, without place and severity: for a form that shows the
    /// place apart.
    public func detail(_ diagnostic: Diagnostic) -> String {
        (diagnostic.path.isEmpty ? "" : diagnostic.path + separator) + message(diagnostic)
    }

    /// The message and its hint.
    public func message(_ diagnostic: Diagnostic) -> String {
        render(diagnostic.message) + (diagnostic.hint.map { zh ? "（\(render($0))）" : " (\(render($0)))" } ?? "")
    }

    /// One phrase of a diagnostic, such as its message alone.
    public func render(_ phrase: Phrase) -> String {
        phrases.render(phrase)
    }

    /// `error` or `warning`, in the reader's language.
    public func severity(_ severity: Diagnostic.Severity) -> String {
        render(Phrase("severity.\(severity.rawValue)", [:]))
    }
}
