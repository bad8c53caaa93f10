/// Where a command writes text: the terminal's standard streams, or a buffer in tests.
///
/// ```swift
/// let buffer = OutputBuffer()
/// buffer.write("hello\n")
/// buffer.text   // "hello\n"
/// ```
public protocol TextOutput: Sendable {
    func write(_ text: String)

    /// Writes text already encoded as UTF-8: a rendered document of hundreds of megabytes goes
    /// out as its bytes, not made into strings on the way.
    func write(utf8 bytes: [UInt8])
}

extension TextOutput {
    public func write(utf8 bytes: [UInt8]) {
        write(String(decoding: bytes, as: UTF8.self))
    }
}
