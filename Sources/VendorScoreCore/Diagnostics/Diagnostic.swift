@_exported import VendorScoreYAML

/// Where something was written: the file and the 1-based line and column, or for a spreadsheet
/// the sheet and the cell (its row as the line, its column number as the column).
///
/// ```swift
/// SourceLocation(file: "bids.csv", line: 7, column: 4).description                    // "bids.csv:7:4"
/// SourceLocation(file: "bids.xlsx", sheet: "Sheet1", row: 7, column: 4).description   // "bids.xlsx:Sheet1!D7"
/// ```
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var mark: Mark
    /// The sheet of a spreadsheet; `nil` for a text file.
    public var sheet: String?

    public init(file: String, mark: Mark) {
        self.file = file
        self.mark = mark
    }

    public init(file: String, line: Int, column: Int) {
        self.init(file: file, mark: Mark(line: line, column: column))
    }

    /// A cell of a spreadsheet, by its 1-based row and column numbers.
    public init(file: String, sheet: String, row: Int, column: Int) {
        self.init(file: file, mark: Mark(line: row, column: column))
        self.sheet = sheet
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.mark) < (rhs.file, rhs.sheet ?? "", rhs.mark)
    }

    public var description: String {
        guard let sheet else { return "\(file):\(mark.line):\(mark.column)" }
        return "\(file):\(sheet)!\(Self.columnName(mark.column))\(mark.line)"
    }

    /// A spreadsheet column's letters: 1 is `A`, 27 is `AA`.
    public static func columnName(_ number: Int) -> String {
        var number = max(number, 1)
        var letters: [Character] = []
        while number > 0 {
            let digit = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}

/// One problem found in a rubric, a bids file or a scorer's parameters, with where it is and what
/// to do about it.
///
/// The message is a ``Phrase``, a message id and its values, so it reads in Chinese or English:
/// the output module's `DiagnosticText` words it, like a compiler's message:
/// ```text
/// rubrics/cloud.yaml:12:13: error: groups[0].criteria[1].points: expected a number, found 'ten'
/// rubrics/cloud.yaml:12:13：错误：groups[0].criteria[1].points：应为数字，实际为“ten”
/// ```
/// A module that has its words in one language only passes them as text:
/// ```swift
/// Diagnostic(.error, at: location, path: "bids", "the workbook has no sheet")
/// ```
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// The key path inside the file, e.g. `groups[0].criteria[1].points`; empty for the whole file.
    public var path: String
    public var message: Phrase
    /// A suggestion, such as the closest valid key.
    public var hint: Phrase?

    public init(_ severity: Severity, at location: SourceLocation?, path: String = "", _ message: Phrase, hint: Phrase? = nil) {
        self.severity = severity
        self.location = location
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// A problem in words of one language, shown as they are in every language.
    public init(_ severity: Severity, at location: SourceLocation?, path: String = "", _ text: String, hint: String? = nil) {
        self.init(severity, at: location, path: path, Phrase(stringLiteral: text), hint: hint.map { Phrase(stringLiteral: $0) })
    }

    /// The problem with its message id and values, as a developer reads it in a log or a test
    /// failure; readers get words from the output module's `DiagnosticText`.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): "
        if !path.isEmpty { text += "\(path): " }
        text += message.description
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Every problem found in one pass over the input. Thrown when at least one is an error, so a
/// user sees all of them at once instead of fixing one per run.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects diagnostics while a loader keeps going after the first problem.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(at location: SourceLocation?, path: String, _ message: Phrase, hint: Phrase? = nil) {
        diagnostics.append(Diagnostic(.error, at: location, path: path, message, hint: hint))
    }

    func warning(at location: SourceLocation?, path: String, _ message: Phrase, hint: Phrase? = nil) {
        diagnostics.append(Diagnostic(.warning, at: location, path: path, message, hint: hint))
    }

    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Throws every diagnostic collected so far when any of them is an error.
    func throwIfErrors() throws(DiagnosticList) {
        if hasErrors { throw DiagnosticList(diagnostics) }
    }
}
