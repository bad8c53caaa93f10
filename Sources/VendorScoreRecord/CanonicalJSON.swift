import Foundation
import VendorScoreOutput

/// The canonical JSON form of records: `JSONEncoder` with sorted keys and unescaped slashes, no
/// whitespace between tokens, UTF-8. Every quantity in a record is a string or an integer, so no
/// floating-point formatting can differ between machines.
///
/// The seal of a record is the SHA-256 of this form of its sealed part, whatever the layout of the
/// file it was read from.
///
/// ```swift
/// let bytes = CanonicalJSON.encode(record.sealed)
/// let seal = SHA256Hex.of(bytes)
/// ```
public enum CanonicalJSON {
    public static func encode(_ value: some Encodable) -> [UInt8] {
        // The same bytes as JSONEncoder's (a test compares them on every part), written directly.
        do {
            return try SortedJSONEncoder(prettyPrinted: false).encode(value)
        } catch {
            // Records hold only strings, integers, booleans and nulls, which always encode.
            preconditionFailure("a record part failed to encode: \(error)")
        }
    }

    /// An object from already encoded members, whose keys must be given in ascending byte order.
    static func object(_ members: [(key: String, bytes: [UInt8])]) -> [UInt8] {
        precondition(zip(members, members.dropFirst()).allSatisfy { $0.key.precedesInUTF8($1.key) },
                     "canonical JSON keys out of order")
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(members.reduce(2) { $0 + $1.key.utf8.count + $1.bytes.count + 4 })
        for (index, member) in members.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += encode(member.key)
            bytes.append(UInt8(ascii: ":"))
            bytes += member.bytes
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// Decodes `type`, describing a failure in a sentence with the JSON path where it happened.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) -> Result<T, DecodingProblem> {
        do {
            return .success(try JSONDecoder().decode(type, from: Data(bytes)))
        } catch let error as DecodingError {
            return .failure(DecodingProblem(error))
        } catch {
            return .failure(DecodingProblem(message: "\(error)"))
        }
    }

    /// Why a JSON document could not be read as the expected type.
    public struct DecodingProblem: Error, Sendable, CustomStringConvertible {
        public var message: String

        init(message: String) {
            self.message = message
        }

        init(_ error: DecodingError) {
            func path(_ keys: [any CodingKey]) -> String {
                let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
            }
            switch error {
            case .dataCorrupted(let context) where context.codingPath.isEmpty:
                message = "not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))"
            case .dataCorrupted(let context):
                message = "\(path(context.codingPath)): \(context.debugDescription)"
            case .keyNotFound(let key, let context):
                message = "\(path(context.codingPath + [key])): missing"
            case .typeMismatch(let type, let context):
                message = "\(path(context.codingPath)): expected \(type)"
            case .valueNotFound(let type, let context):
                message = "\(path(context.codingPath)): expected \(type), found null"
            @unknown default:
                message = "\(error)"
            }
        }

        public var description: String { message }
    }
}
