import Foundation

/// Reads a file and parses it as YAML, turning every failure into a located diagnostic.
enum SourceDocument {
    static func read(path: String) throws(DiagnosticList) -> [UInt8] {
        guard let bytes = contents(of: path) else {
            throw DiagnosticList([Diagnostic(.error, at: nil, UnreadableFile.message(path))])
        }
        return bytes
    }

    /// The file's bytes, read straight into the array rather than into `Data` and then copied:
    /// a bids file may run to tens of megabytes. `nil` when it cannot be opened or read, or is a
    /// directory. What a file holds beyond the size it had when opened (a pipe, a file still being
    /// written) is read too, to its end.
    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else { return nil }
        let size = max(0, Int(status.st_size))
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if read < 0, errno == EINTR { continue }
                if read <= 0 {
                    failed = read < 0
                    break
                }
                count += read
            }
        }
        var more = [UInt8](repeating: 0, count: 1 << 16)
        while !failed {
            let read = Foundation.read(descriptor, &more, more.count)
            if read < 0, errno == EINTR { continue }
            if read <= 0 {
                failed = read < 0
                break
            }
            bytes += more[..<read]
        }
        return failed ? nil : bytes
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
