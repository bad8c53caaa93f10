import Foundation
import Hummingbird

/// Reading JSON requests and writing JSON answers the same way on every API route: keys
/// sorted, a malformed body answered with 422 naming what is wrong.
enum APIBody {
    static func decode<T: Decodable>(_ type: T.Type, _ granted: Granted) async throws -> T {
        let contentType = granted.request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/json") else {
            throw WorkspaceFailure.invalid([FieldProblem(field: "", message: granted.labels.expectedJSON)])
        }
        let buffer = try await granted.request.body.collect(upTo: .max)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let DecodingError.keyNotFound(key, context) {
            throw WorkspaceFailure.invalid([FieldProblem(field: path(context.codingPath + [key]), message: granted.labels.required)])
        } catch let DecodingError.typeMismatch(_, context) {
            throw WorkspaceFailure.invalid([FieldProblem(field: path(context.codingPath), message: granted.labels.wrongType)])
        } catch let DecodingError.valueNotFound(_, context) {
            throw WorkspaceFailure.invalid([FieldProblem(field: path(context.codingPath), message: granted.labels.required)])
        } catch {
            throw WorkspaceFailure.invalid([FieldProblem(field: "", message: granted.labels.expectedJSON)])
        }
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined().trimmingPrefix(".").description
    }
}
