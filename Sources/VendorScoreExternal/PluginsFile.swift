import Crypto
import Foundation
import VendorScoreCore

/// Reads a plugins file (`vendorscore/plugins@1`): the external scorers a program may use.
///
/// Every problem is reported at once, located like a rubric's; each command's program is found
/// and hashed while the file loads, so a missing program is an error before any scoring.
///
/// ```yaml
/// format: vendorscore/plugins@1
/// scorers:
///   - id: local.service-centres
///     version: 1.0.0
///     summary: Service centres in the purchasing province, relative to the vendor with most.
///     command: [./service_centres.py]
///     timeout: 10s
///     parameters:
///       - { name: cities, type: list of city names, summary: The province's cities. }
/// ```
///
/// ```swift
/// let specs = try PluginsFile.load(path: "plugins.yaml")
/// ```
public enum PluginsFile {
    public static let format = "vendorscore/plugins@1"
    static let scorerKeys = ["id", "version", "summary", "command", "timeout", "parameters", "scores_price"]
    static let parameterKeys = ["name", "type", "summary", "required"]
    /// The longest timeout a scorer may ask for.
    static let maximumTimeout: Rational = 3600

    public static func load(path: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(DiagnosticList) -> [ExternalScorerSpec] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticList([Diagnostic(.error, at: nil, UnreadableFile.pluginsMessage(path))])
        }
        return try load(bytes: [UInt8](data), file: path, directory: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                        searchPath: searchPath)
    }

    /// Reads a plugins file already in memory; `directory` is where relative commands are found.
    ///
    /// ```swift
    /// let specs = try PluginsFile.load(bytes: Array(text.utf8), file: "plugins.yaml", directory: "/srv/tender")
    /// ```
    public static func load(bytes: [UInt8], file: String, directory: String,
                            searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws(DiagnosticList) -> [ExternalScorerSpec] {
        var reader = Reader(file: file, directory: directory, searchPath: searchPath)
        let specs = reader.read(bytes)
        if reader.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticList(reader.diagnostics) }
        return specs
    }

    /// Collects the scorers and every problem found on the way.
    struct Reader {
        let file: String
        let directory: String
        let searchPath: String?
        var diagnostics: [Diagnostic] = []

        mutating func read(_ bytes: [UInt8]) -> [ExternalScorerSpec] {
            let root: YAMLNode
            do {
                guard let parsed = try YAMLParser.parse(bytes), !parsed.isNull else {
                    error(at: Mark(line: 1, column: 1), "", PluginsMessages.empty)
                    return []
                }
                root = parsed
            } catch {
                self.error(at: error.mark, "", Messages.yaml(error))
                return []
            }
            guard let top = mapping(root, "", allowed: ["format", "scorers"], required: ["format", "scorers"]) else { return [] }
            if let format = top["format"], let text = scalar(format, "format"), text != PluginsFile.format {
                error(at: format.mark, "format", PluginsMessages.format(text, expected: PluginsFile.format))
            }
            guard let list = top["scorers"] else { return [] }
            guard let items = list.sequenceValue, !items.isEmpty else {
                error(at: list.mark, "scorers", Messages.expected(PluginsMessages.scorers, found: list))
                return []
            }
            var specs: [ExternalScorerSpec] = []
            var seen: [String: Mark] = [:]
            for (index, item) in items.enumerated() {
                guard let spec = scorer(item, "scorers[\(index)]") else { continue }
                if let first = seen[spec.id] {
                    error(at: spec.location.mark, "scorers[\(index)].id", PluginsMessages.scorerTwice(spec.id, first: "\(file):\(first)"))
                    continue
                }
                seen[spec.id] = spec.location.mark
                specs.append(spec)
            }
            return specs
        }

        private mutating func scorer(_ node: YAMLNode, _ path: String) -> ExternalScorerSpec? {
            guard let map = mapping(node, path, allowed: PluginsFile.scorerKeys,
                                    required: ["id", "version", "summary", "command", "timeout"]) else { return nil }
            let id = map["id"].flatMap { scalar($0, "\(path).id") }
            let version = map["version"].flatMap { scalar($0, "\(path).version") }
            let summary = map["summary"].flatMap { scalar($0, "\(path).summary") }
            let command = map["command"].flatMap { self.command($0, "\(path).command") }
            let timeout = map["timeout"].flatMap { self.timeout($0, "\(path).timeout") }
            let parameters = map["parameters"].map { self.parameters($0, "\(path).parameters") } ?? []
            var scoresPrice = false
            if let node = map["scores_price"], let text = scalar(node, "\(path).scores_price") {
                switch text {
                case "true": scoresPrice = true
                case "false": scoresPrice = false
                default: error(at: node.mark, "\(path).scores_price", Messages.expected(.bool, found: Messages.quoted(text)))
                }
            }
            guard let id, let version, let summary, let command, let timeout else { return nil }
            return ExternalScorerSpec(id: id, version: version, summary: summary, command: command.words,
                                      executable: command.executable, executableSHA256: command.sha256,
                                      timeout: timeout.duration, timeoutText: timeout.text, parameters: parameters,
                                      scoresPrice: scoresPrice, location: SourceLocation(file: file, mark: map["id"]?.mark ?? node.mark))
        }

        /// The command's words, with its program found and hashed.
        private mutating func command(_ node: YAMLNode, _ path: String) -> (words: [String], executable: String, sha256: String)? {
            guard let items = node.sequenceValue, !items.isEmpty else {
                error(at: node.mark, path, Messages.expected(PluginsMessages.command, found: node))
                return nil
            }
            var words: [String] = []
            for (index, item) in items.enumerated() {
                guard let word = scalar(item, "\(path)[\(index)]") else { return nil }
                words.append(word)
            }
            guard let executable = resolve(words[0]) else {
                let relativeTo = words[0].contains("/") ? (directory.isEmpty ? "." : directory) : nil
                error(at: items[0].mark, "\(path)[0]", PluginsMessages.noProgram(words[0], relativeTo: relativeTo))
                return nil
            }
            guard let bytes = FileManager.default.contents(atPath: executable) else {
                error(at: items[0].mark, "\(path)[0]", PluginsMessages.unreadableProgram(executable))
                return nil
            }
            let hash = SHA256.hash(data: bytes).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
            return (words, executable, hash)
        }

        /// `name` relative to the plugins file when it holds a `/`, else the first match on PATH.
        private func resolve(_ name: String) -> String? {
            let candidates: [String]
            if name.hasPrefix("/") {
                candidates = [name]
            } else if name.contains("/") {
                candidates = [URL(fileURLWithPath: directory.isEmpty ? "." : directory).appendingPathComponent(name).standardizedFileURL.path]
            } else {
                candidates = (searchPath ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name).path }
            }
            var isDirectory: ObjCBool = false
            return candidates.first { candidate in
                FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) && !isDirectory.boolValue
                    && FileManager.default.isExecutableFile(atPath: candidate)
            }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        }

        private mutating func timeout(_ node: YAMLNode, _ path: String) -> (duration: Duration, text: String)? {
            guard let text = scalar(node, path) else { return nil }
            guard case .duration(let seconds)? = try? FactValue.parse(text), !seconds.isZero, seconds <= PluginsFile.maximumTimeout else {
                error(at: node.mark, path, PluginsMessages.timeout(text))
                return nil
            }
            // At most an hour, so the whole nanoseconds fit in an Int.
            let nanoseconds = (seconds * 1_000_000_000).rounded(RoundingRule(mode: .down, decimals: 0))
            return (.nanoseconds(Int64(nanoseconds.integerValue ?? 0)), text)
        }

        private mutating func parameters(_ node: YAMLNode, _ path: String) -> [ParameterSpec] {
            guard let items = node.sequenceValue else {
                error(at: node.mark, path, Messages.expected(PluginsMessages.parameters, found: node))
                return []
            }
            var specs: [ParameterSpec] = []
            for (index, item) in items.enumerated() {
                let itemPath = "\(path)[\(index)]"
                guard let map = mapping(item, itemPath, allowed: PluginsFile.parameterKeys, required: ["name", "type", "summary"]),
                      let name = map["name"].flatMap({ scalar($0, "\(itemPath).name") }),
                      let type = map["type"].flatMap({ scalar($0, "\(itemPath).type") }),
                      let summary = map["summary"].flatMap({ scalar($0, "\(itemPath).summary") }) else { continue }
                var required = true
                if let node = map["required"], let text = scalar(node, "\(itemPath).required") {
                    guard text == "true" || text == "false" else {
                        error(at: node.mark, "\(itemPath).required", Messages.expected(.bool, found: Messages.quoted(text)))
                        continue
                    }
                    required = text == "true"
                }
                if specs.contains(where: { $0.name == name }) {
                    error(at: item.mark, "\(itemPath).name", PluginsMessages.parameterTwice(name))
                    continue
                }
                specs.append(ParameterSpec(name, type, required: required, summary: summary))
            }
            return specs
        }

        // MARK: Reading helpers

        private mutating func mapping(_ node: YAMLNode, _ path: String, allowed: [String], required: [String]) -> [String: YAMLNode]? {
            guard let pairs = node.mappingValue else {
                error(at: node.mark, path, Messages.expected(.mapping, found: node))
                return nil
            }
            var map: [String: YAMLNode] = [:]
            for pair in pairs {
                guard allowed.contains(pair.name) else {
                    error(at: pair.key.mark, join(path, pair.name), Messages.unknownKey(pair.name, allowed: allowed),
                          hint: Messages.didYouMean(Array(Suggestions.closest(to: pair.name, in: allowed).prefix(1))))
                    continue
                }
                map[pair.name] = pair.value
            }
            var complete = true
            for key in required where map[key] == nil {
                error(at: node.mark, path, Messages.missingKey(key))
                complete = false
            }
            return complete ? map : nil
        }

        private mutating func scalar(_ node: YAMLNode, _ path: String) -> String? {
            guard let text = node.scalarText, !node.isNull, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                error(at: node.mark, path, Messages.expected(.text, found: node))
                return nil
            }
            return text
        }

        private func join(_ path: String, _ key: String) -> String {
            path.isEmpty ? key : "\(path).\(key)"
        }

        private mutating func error(at mark: Mark, _ path: String, _ message: Phrase, hint: Phrase? = nil) {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, mark: mark), path: path, message, hint: hint))
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
