import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// A submitted form: text fields, and files for an upload form. Read from
/// `application/x-www-form-urlencoded` or `multipart/form-data`; the body is already bounded by
/// ``BodyLimitMiddleware``.
///
/// A field given twice keeps every value in order (checkbox lists); ``subscript(_:)`` gives the first.
struct FormBody: Sendable {
    struct File: Sendable {
        /// The name the browser sent, reduced to its last path component.
        var filename: String
        var bytes: [UInt8]
    }

    private(set) var fields: [(name: String, value: String)] = []
    private(set) var files: [String: File] = [:]

    subscript(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// Reads the body if it is a form; `nil` for any other content type (JSON, say).
    static func read(_ request: Request) async throws -> FormBody? {
        let type = request.headers[.contentType] ?? ""
        let lowered = type.lowercased()
        if lowered.hasPrefix("application/x-www-form-urlencoded") {
            let buffer = try await request.body.collect(upTo: .max)
            return FormBody(urlEncoded: String(buffer: buffer))
        }
        if lowered.hasPrefix("multipart/form-data") {
            guard let boundary = Self.parameter("boundary", in: type) else { throw WorkspaceFailure.invalid([]) }
            let buffer = try await request.body.collect(upTo: .max)
            return try FormBody(multipart: buffer, boundary: boundary)
        }
        return nil
    }

    init(urlEncoded text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    init(multipart buffer: ByteBuffer, boundary: String) throws {
        let parser = MultipartParser(boundary: boundary)
        var headers: [(String, String)] = []
        var body: [UInt8] = []
        var parts: [(headers: [(String, String)], body: [UInt8])] = []
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { chunk in body += chunk.readableBytesView }
        parser.onPartComplete = {
            parts.append((headers, body))
            headers = []
            body = []
        }
        do {
            try parser.execute(buffer)
        } catch {
            throw WorkspaceFailure.invalid([])
        }
        for part in parts {
            guard let disposition = part.headers.first(where: { $0.0.lowercased() == "content-disposition" })?.1,
                  let name = Self.parameter("name", in: disposition) else { continue }
            if let filename = Self.parameter("filename", in: disposition) {
                // An empty file input still arrives as a part with an empty name: no file chosen.
                guard !filename.isEmpty else { continue }
                let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? filename
                files[name] = File(filename: last, bytes: part.body)
            } else {
                fields.append((name, String(decoding: part.body, as: UTF8.self)))
            }
        }
    }

    /// `key=value` or `key="value"` from a header such as Content-Type or Content-Disposition.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    /// Percent-decoding with `+` as a space, as browsers encode forms; a bad escape keeps the text as typed.
    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
