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
        return reader(root, file: file, sink: sink)
    }

    /// Like ``parse(_:file:sink:limits:streamingItemsOf:_:)``, with the items under `key` handed
    /// over as recorded events in batches (see ``YAMLParser/parse(_:limits:recordingItemsOf:batchSize:_:)``).
    /// `needsTree` is true, and nothing is reported, when the file must be parsed as a tree instead.
    static func parse(_ bytes: [UInt8], file: String, sink: DiagnosticCollector, limits: YAMLLimits = .default,
                      recordingItemsOf key: String, _ handler: (YAMLEvents) -> Void) -> (root: NodeReader?, needsTree: Bool) {
        do {
            switch try YAMLParser.parse(bytes, limits: limits, recordingItemsOf: key, handler) {
            case .parsed(let root): return (reader(root, file: file, sink: sink), false)
            case .needsTree: return (nil, true)
            }
        } catch {
            sink.error(at: SourceLocation(file: file, mark: error.mark), path: "", Messages.yaml(error))
            return (nil, false)
        }
    }

    /// The root's reader, or `nil` with the file reported empty.
    static func reader(_ root: YAMLNode?, file: String, sink: DiagnosticCollector) -> NodeReader? {
        guard let root, !root.isNull else {
            sink.error(at: SourceLocation(file: file, line: 1, column: 1), path: "", Messages.emptyFile)
            return nil
        }
        return NodeReader(node: root, file: file, path: "", sink: sink)
    }
}
