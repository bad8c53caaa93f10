import Dispatch
import Synchronization
import VendorScoreCore
import VendorScoreOutput

extension CommandEnvironment {
    /// Writes each problem on its own line to standard error, worded in `language`:
    /// `rubric.yaml:9:15: warning: path: message (hint)`, or in Chinese
    /// `rubric.yaml:9:15：警告：path：message（hint）`.
    func report(_ diagnostics: [Diagnostic], in language: Language) {
        let text = DiagnosticText(language)
        // Thousands of warnings (a list item no scorer knows, in every bid) are worded on every
        // core and written a block of lines at a time, not a system call a line.
        let size = 256
        let count = (diagnostics.count + size - 1) / size
        let blocks = Mutex<[String]>(Array(repeating: "", count: count))
        DispatchQueue.concurrentPerform(iterations: count) { block in
            var lines = ""
            for diagnostic in diagnostics[(block * size)..<min((block + 1) * size, diagnostics.count)] {
                lines += text.line(diagnostic) + "\n"
            }
            blocks.withLock { $0[block] = lines }
        }
        for lines in blocks.withLock({ $0 }) { errors.write(lines) }
    }
}
