import Foundation
import Hummingbird

/// The API's error answer (RFC 9457 `application/problem+json`): a stable `type`, the HTTP
/// status, a sentence for people and, for bad input, every problem with its field and location.
struct ProblemDocument: Codable, Sendable {
    var type: String
    var status: Int
    var title: String
    var problems: [FieldProblem]?

    init(_ failure: WorkspaceFailure, labels: PageLabels) {
        self.type = failure.code
        self.status = Int(failure.status.code)
        self.title = failure.message(labels)
        if case .invalid(let problems) = failure { self.problems = problems }
    }

    func response() throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(self)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        return Response(status: HTTPResponse.Status(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
