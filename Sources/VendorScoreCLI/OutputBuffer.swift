import Synchronization

/// Collects written text in memory, so tests (or a host program) can read what a command printed.
///
/// ```swift
/// let output = OutputBuffer(), errors = OutputBuffer()
/// let status = VendorScoreCLI.run(arguments: ["scorers"], modules: builtinModules, output: output, errors: errors)
/// print(output.text)
/// ```
public final class OutputBuffer: TextOutput {
    private let storage = Mutex("")

    public init() {}

    public func write(_ text: String) {
        storage.withLock { $0 += text }
    }

    /// Everything written so far.
    public var text: String {
        storage.withLock { $0 }
    }
}
