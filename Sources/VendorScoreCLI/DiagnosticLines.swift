import VendorScoreCore
import VendorScoreOutput

extension CommandEnvironment {
    /// Writes each problem on its own line to standard error, worded in `language`:
    /// `rubric.yaml:9:15: warning: path: message (hint)`, or in Chinese
    /// `rubric.yaml:9:15：警告：path：message（hint）`.
    func report(_ diagnostics: [Diagnostic], in language: Language) {
        let text = DiagnosticText(language)
        for diagnostic in diagnostics { errors.write(text.line(diagnostic) + "\n") }
    }
}
