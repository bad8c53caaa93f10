/// Where a command writes text: the terminal's standard streams, or a buffer in tests.
///
/// ```swift
/// let buffer = OutputBuffer()
/// buffer.write("hello\n")
/// buffer.text   // "hello\n"
/// ```
public protocol TextOutput: Sendable {
    func write(_ text: String)
}
