/// Finds where a byte sequence stops being UTF-8, as a line and column a user can go to.
public enum UTF8Validation {
    /// The position of the first byte that does not start a valid UTF-8 sequence, or `nil` when
    /// all of `bytes` is valid UTF-8.
    public static func firstInvalid(in bytes: some Collection<UInt8>) -> Mark? {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return Mark(line: line, column: column)
            }
        }
    }
}
