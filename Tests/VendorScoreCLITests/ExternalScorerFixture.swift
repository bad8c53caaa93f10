import Foundation

/// A scratch directory holding an external scorer written as a shell script, its plugins file,
/// a rubric that uses it for one criterion (30 points, plus the price score) and three bids.
///
/// The script answers `validate` by reading the fact `pue`; what it does on `score` is the
/// test's: `body` is shell code run with the request in `$request`.
struct ExternalScorerFixture {
    let directory: URL
    var plugins: String { path("plugins.yaml") }
    var rubric: String { path("rubric.yaml") }
    var bids: String { path("bids.yaml") }

    static let validAnswer = #"{"protocol":1,"facts":[{"name":"pue","kinds":["number"]}]}"#

    /// Awards for the three bids, a 10, b 20, c 30, with `points` overriding any vendor's.
    static func awards(_ points: [String: String] = [:]) -> String {
        let items = ["a": "10", "b": "20", "c": "30"].sorted { $0.key < $1.key }.map { vendor, value in
            #"{"vendor":"\#(vendor)","points":\#(points[vendor] ?? "\"\(value)\""),"reason":"fixed"}"#
        }
        return #"{"protocol":1,"awards":[\#(items.joined(separator: ","))]}"#
    }

    init(score body: String, validate: String = "echo '\(Self.validAnswer)'", timeout: String = "5s",
         parameters: String = "{ limit: 1.5 }", plugins extra: String = "") throws {
        directory = try Fixtures.scratchDirectory()
        let script = """
            #!/bin/sh
            request=$(cat)
            case "$request" in
              *'"request":"validate"'*)
                \(validate)
                exit $? ;;
            esac
            \(body)

            """
        try write("scorer.sh", script)
        guard chmod(path("scorer.sh"), 0o755) == 0 else { throw CocoaError(.fileWriteNoPermission) }
        try write("plugins.yaml", """
            format: vendorscore/plugins@1
            scorers:
              - id: test.pue
                version: 1.0.0
                summary: PUE scored by a shell script.
                command: [./scorer.sh]
                timeout: \(timeout)
                parameters:
                  - { name: limit, type: number, summary: PUE for no points. }
                  - { name: bonus, type: number, required: false, summary: Extra. }
            \(extra)
            """)
        try write("rubric.yaml", """
            format: vendorscore/rubric@1
            id: pue-tender
            version: "1"
            title: { en: PUE tender }
            category: services
            method: comprehensive
            total_points: 100
            groups:
              - id: all
                title: { en: All }
                criteria:
                  - id: pue
                    title: { en: PUE }
                    points: 30
                    type: objective
                    scorer: test.pue
                    params: \(parameters)
                  - id: price
                    title: { en: Price }
                    points: 70
                    type: objective
                    scorer: cost.price-87

            """)
        try write("bids.yaml", """
            format: vendorscore/bids@1
            tender: pue-tender
            bids:
              - { id: a, name: A, price: 100, facts: { pue: 1.3 } }
              - { id: b, name: B, price: 100, facts: { pue: 1.2 } }
              - { id: c, name: C, price: 100, facts: { pue: 1.25 } }

            """)
    }

    func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    /// Runs a subcommand on the fixture's rubric and bids with its plugins file.
    func run(_ command: String = "evaluate", _ more: [String] = []) -> CLIRun {
        CLIRun([command, rubric] + (command == "validate" ? [] : [bids]) + ["--plugins", plugins] + more)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
