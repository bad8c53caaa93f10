/// A problem a subcommand reports itself (rather than one found in a rubric or bids file).
struct CommandError: Error, CustomStringConvertible {
    var message: String
    var hint: String?

    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    var description: String {
        "error: \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}
