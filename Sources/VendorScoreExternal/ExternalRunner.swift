import Foundation
import VendorScoreCore

/// How external scorers are run: in which directory, with which environment, within which
/// limits; and how their failures are told.
///
/// The program gets a minimal environment (`PATH` and `LANG=C.UTF-8`, nothing else), so a
/// score cannot depend on the caller's locale or variables, and runs in the evaluation's working
/// directory.
///
/// ```swift
/// let runner = ExternalRunner(directory: "/srv/tenders/2026-041", outputLimit: 1 << 20)
/// let registry = try ExternalScorers.registry(base, adding: "plugins.yaml", runner: runner)
/// ```
public struct ExternalRunner: Sendable {
    /// The directory programs run in: the evaluation's working directory.
    public var directory: String
    public var environment: [String: String]
    /// Standard output beyond this many bytes stops the program (16 MiB by default).
    public var outputLimit: Int

    public init(directory: String = FileManager.default.currentDirectoryPath,
                path: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
                outputLimit: Int = 16 << 20) {
        self.directory = directory
        environment = ["PATH": path, "LANG": "C.UTF-8"]
        self.outputLimit = outputLimit
    }

    func run(_ spec: ExternalScorerSpec, request: JSONValue) -> ChildProcess.Result {
        ChildProcess.run(executable: spec.executable, arguments: Array(spec.command.dropFirst()),
                         input: Array((request.text + "\n").utf8), environment: environment, directory: directory,
                         limits: ChildProcess.Limits(timeout: spec.timeout, outputBytes: outputLimit))
    }

    /// Throws unless the program exited with status 0 in time.
    func check(_ result: ChildProcess.Result, spec: ExternalScorerSpec) throws(ExternalResponse.Problem) {
        switch result.outcome {
        case .exited(status: 0): return
        case .exited(let status): throw ExternalResponse.Problem("exited with status \(status)")
        case .signalled(let signal): throw ExternalResponse.Problem("was ended by signal \(signal)")
        case .timedOut: throw ExternalResponse.Problem("did not answer within its timeout of \(spec.timeoutText) and was stopped")
        case .outputTooLarge:
            throw ExternalResponse.Problem("wrote more than \(outputLimit) bytes to standard output and was stopped")
        case .couldNotStart(let reason): throw ExternalResponse.Problem("could not be started: \(reason)")
        }
    }

    /// `external scorer 'id' 1.0.0 (command) <what> while <scope>; its standard error ended: "…"`.
    func message(_ what: String, spec: ExternalScorerSpec, while scope: String, stderr: [UInt8]) -> String {
        var text = "external scorer '\(spec.id)' \(spec.version) (\(spec.commandText)) \(what) while \(scope)"
        let lines = String(decoding: stderr, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.suffix(3)
        if !lines.isEmpty {
            var excerpt = lines.joined(separator: " ⏎ ")
            if excerpt.count > 400 { excerpt = "…" + excerpt.suffix(400) }
            text += "; its standard error ended: \"\(excerpt)\""
        }
        return text
    }
}
