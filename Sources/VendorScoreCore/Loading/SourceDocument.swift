import Foundation

/// Reads a file and parses it as YAML, turning every failure into a located diagnostic.
enum SourceDocument {
    static func read(path: String) throws(DiagnosticList) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([Diagnostic(.error, at: nil, UnreadableFile.message(path))])
        }
        return [UInt8](data)
    }

    /// The root mapping's reader, or `nil` with the problem reported.
    static func parse(_ bytes: [UInt8], file: String, sink: DiagnosticCollector, limits: YAMLLimits = .default,
                      streamingItemsOf key: String? = nil, _ handler: (NodeReader) -> Void = { _ in }) -> NodeReader? {
        let root: YAMLNode?
        do {
            if let key {
                var index = 0
                root = try YAMLParser.parse(bytes, limits: limits, streamingItemsOf: key) { item in
                    handler(NodeReader(node: item, file: file, parentPath: key, component: "[\(index)]", sink: sink))
                    index += 1
                }
            } else {
                root = try YAMLParser.parse(bytes, limits: limits)
            }
        } catch {
            sink.error(at: SourceLocation(file: file, mark: error.mark), path: "", Messages.yaml(error))
            return nil
        }
        guard let root, !root.isNull else {
            sink.error(at: SourceLocation(file: file, line: 1, column: 1), path: "", Messages.emptyFile)
            return nil
        }
        return NodeReader(node: root, file: file, path: "", sink: sink)
    }
}
