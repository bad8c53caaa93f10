import Foundation
import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreRecord

/// Files of the repository the tests read: the shipped example, the golden records, the schemas.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static let rubric = path("rubrics/government-cloud.yaml")
    static let bidsYAML = path("examples/government-cloud/bids.yaml")
    static let bidsCSV = path("examples/government-cloud/bids.csv")
    static let golden = root.appendingPathComponent("Tests/VendorScoreRecordTests/Golden")
}

/// A temporary directory removed when the value is released.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("vendorscore-record-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let path = path(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }
}

/// One in-process run of the command line.
struct Run {
    let status: Int32
    let output: String
    let errors: String

    init(_ arguments: [String], modules: [ScorerModule] = builtinModules) {
        let output = OutputBuffer(), errors = OutputBuffer()
        status = VendorScoreCLI.run(arguments: arguments, modules: modules, output: output, errors: errors)
        self.output = output.text
        self.errors = errors.text
    }
}

/// Makes a record of `rubric` and `bids` in `scratch` under `name` and returns its bytes.
func makeRecord(_ rubric: String, _ bids: String, in scratch: Scratch, named name: String = "record.json",
                modules: [ScorerModule] = builtinModules, extra: [String] = []) throws -> [UInt8] {
    let run = Run(["evaluate", rubric, bids, "--record", scratch.path(name), "--format", "csv"] + extra, modules: modules)
    try #require(run.status == 0, "evaluate failed: \(run.errors)")
    return try scratch.bytes(name)
}

/// The record in `bytes`, which must be intact.
func intact(_ bytes: [UInt8]) throws -> RecordCheck.Intact {
    switch RecordCheck.read(bytes) {
    case .success(let intact): return intact
    case .failure(let damaged): throw RecordTestFailure("record is damaged: \(damaged.problems)")
    }
}

struct RecordTestFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The bids of the shipped YAML example, each vendor's block moved to a new place: blocks are
/// ordered by the SHA-256 of the seed and their text, a shuffle that repeats exactly.
func shuffledExampleBids(seed: UInt64) throws -> String {
    let text = try String(contentsOfFile: Repository.bidsYAML, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let starts = lines.indices.filter { lines[$0].hasPrefix("  - id:") }
    let head = Array(lines[..<starts[0]])
    let blocks = zip(starts, starts.dropFirst() + [lines.count]).map { Array(lines[$0..<$1]) }
    let shuffled = blocks.sorted { SHA256Hex.of(Array("\(seed)\($0)".utf8)) < SHA256Hex.of(Array("\(seed)\($1)".utf8)) }
    return (head + shuffled.flatMap { $0 }).joined(separator: "\n")
}
