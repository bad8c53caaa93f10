/// Any JSON value, for comparing two records part by part whatever their fields.
///
/// ```swift
/// let value = JSONValue(encoding: record.sealed.findings)
/// if case .object(let fields) = value { print(fields.keys.sorted()) }
/// ```
public enum JSONValue: Codable, Sendable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value of an encodable part, read back through its canonical JSON.
    public init(encoding value: some Encodable) {
        switch CanonicalJSON.decode(JSONValue.self, from: CanonicalJSON.encode(value)) {
        case .success(let decoded): self = decoded
        case .failure(let problem): preconditionFailure("canonical JSON did not read back: \(problem)")
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Strings bare, everything else as canonical JSON: `8.00`, `null`, `["a","b"]`.
    public var description: String {
        if case .string(let text) = self { return text }
        return String(decoding: CanonicalJSON.encode(self), as: UTF8.self)
    }

    /// The `id` of an object that has a string one.
    var id: String? {
        if case .object(let fields) = self, case .string(let id)? = fields["id"] { return id }
        return nil
    }
}
