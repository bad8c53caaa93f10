import Foundation
import Testing
import VendorScoreYAML

/// docs/openapi.yaml, read with the project's own YAML parser, and a small checker for the
/// parts the tests rely on: operations, documented status codes and response schemas
/// (required properties, types, nested objects and arrays, `$ref`).
struct OpenAPIDocument {
    indirect enum Value {
        case scalar(String)
        case list([Value])
        case map([(String, Value)])

        subscript(_ key: String) -> Value? {
            guard case .map(let pairs) = self else { return nil }
            return pairs.first { $0.0 == key }?.1
        }

        var text: String? {
            if case .scalar(let text) = self { return text }
            return nil
        }

        var keys: [String] {
            if case .map(let pairs) = self { return pairs.map(\.0) }
            return []
        }

        var items: [Value] {
            if case .list(let items) = self { return items }
            return []
        }
    }

    let root: Value

    init() throws {
        let url = CommitteeScenario.repository.appendingPathComponent("docs/openapi.yaml")
        let node = try #require(try YAMLParser.parse(Array(try Data(contentsOf: url))))
        root = Self.convert(node)
    }

    private static func convert(_ node: YAMLNode) -> Value {
        switch node.content {
        case .scalar(let text, _): return .scalar(text)
        case .sequence(let items): return .list(items.map(convert))
        case .mapping(let pairs): return .map(pairs.map { ($0.name, convert($0.value)) })
        }
    }

    /// Follows `$ref` (within this document) until it reaches a value without one.
    func resolve(_ value: Value) -> Value {
        guard let reference = value["$ref"]?.text, reference.hasPrefix("#/") else { return value }
        var current: Value? = root
        for part in reference.dropFirst(2).split(separator: "/") { current = current?[String(part)] }
        return current.map(resolve) ?? value
    }

    /// Every documented operation as `METHOD /path/{param}`.
    var operations: Set<String> {
        var result: Set<String> = []
        for path in root["paths"]?.keys ?? [] {
            let item = resolve(root["paths"]![path]!)
            for method in item.keys where ["get", "put", "post", "delete", "patch"].contains(method) {
                result.insert("\(method.uppercased()) \(path)")
            }
        }
        return result
    }

    func operation(_ method: String, _ path: String) -> Value? {
        root["paths"]?[path].map(resolve)?[method.lowercased()]
    }

    /// The problems with one answer against the document; empty when it conforms.
    func check(method: String, path: String, status: Int, contentType: String?, body: Data) -> [String] {
        guard let operation = operation(method, path) else { return ["\(method) \(path) is not documented"] }
        guard let response = operation["responses"]?[String(status)].map(resolve) else {
            return ["\(method) \(path): status \(status) is not documented"]
        }
        guard let content = response["content"] else {
            return body.isEmpty ? [] : ["\(method) \(path) \(status): documented without a body, answered \(body.count) bytes"]
        }
        let type = contentType?.split(separator: ";").first.map(String.init) ?? ""
        guard let media = content[type] else { return ["\(method) \(path) \(status): content type \(type) is not documented"] }
        guard type.hasSuffix("json"), let schema = media["schema"] else { return [] }
        guard let json = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            return ["\(method) \(path) \(status): the body is not JSON"]
        }
        return validate(json, against: schema, at: "\(method) \(path) \(status)")
    }

    func validate(_ json: Any, against schema: Value, at place: String) -> [String] {
        let schema = resolve(schema)
        switch schema["type"]?.text {
        case "object":
            guard let object = json as? [String: Any] else { return ["\(place): expected an object"] }
            var problems: [String] = []
            for required in schema["required"]?.items.compactMap(\.text) ?? [] where object[required] == nil {
                problems.append("\(place): missing required '\(required)'")
            }
            for (key, value) in object {
                if let property = schema["properties"]?[key] {
                    problems += validate(value, against: property, at: "\(place).\(key)")
                } else if let additional = schema["additionalProperties"] {
                    problems += validate(value, against: additional, at: "\(place).\(key)")
                } else {
                    problems.append("\(place): '\(key)' is not documented")
                }
            }
            return problems
        case "array":
            guard let array = json as? [Any] else { return ["\(place): expected an array"] }
            guard let items = schema["items"] else { return [] }
            return array.enumerated().flatMap { validate($0.element, against: items, at: "\(place)[\($0.offset)]") }
        case "string":
            guard let text = json as? String else { return ["\(place): expected a string"] }
            if let allowed = schema["enum"]?.items.compactMap(\.text), !allowed.contains(text) {
                return ["\(place): '\(text)' is not one of \(allowed)"]
            }
            return []
        case "integer":
            guard let number = json as? NSNumber, number.doubleValue == number.doubleValue.rounded() else {
                return ["\(place): expected an integer"]
            }
            return []
        case "boolean":
            return json is Bool ? [] : ["\(place): expected a boolean"]
        default:
            return []
        }
    }
}
