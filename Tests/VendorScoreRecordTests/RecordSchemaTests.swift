import Foundation
import Testing

/// Records must conform to `docs/schemas/record.schema.json` (draft 2020-12), checked with
/// Python's `jsonschema` as the evaluation schema is; VENDORSCORE_SKIP_PYTHON=1 skips on purpose.
@Suite struct RecordSchemaTests {
    static let skip = ProcessInfo.processInfo.environment["VENDORSCORE_SKIP_PYTHON"] == "1"

    @Test(.disabled(if: skip, "VENDORSCORE_SKIP_PYTHON=1"))
    func unsignedAndSignedRecordsConform() throws {
        let scratch = try Scratch()
        _ = try makeRecord(Repository.rubric, Repository.bidsCSV, in: scratch, named: "unsigned.json")
        #expect(Run(["keygen", "--out", scratch.path("k")]).status == 0)
        _ = try makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch, named: "signed.json",
                           modules: targetModules, extra: ["--sign", scratch.path("k")])
        for name in ["unsigned.json", "signed.json"] {
            let result = try Self.validate(scratch.path(name))
            #expect(result.status == 0, "\(name): \(result.output)")
        }
    }

    /// An auditor needs nothing from VendorScore to recompute a seal: Python's own canonical JSON
    /// (sorted keys, no spaces, UTF-8) of the sealed part hashes to it, and of the record gives the file.
    @Test(.disabled(if: skip, "VENDORSCORE_SKIP_PYTHON=1"))
    func sealRecomputesWithoutVendorScore() throws {
        let scratch = try Scratch()
        let bytes = try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch)
        let script = """
            import hashlib, json, sys
            data = open(sys.argv[1], "rb").read()
            record = json.loads(data)
            canonical = lambda value: json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
            print(hashlib.sha256(canonical(record["sealed"])).hexdigest())
            print(canonical(record) + b"\\n" == data)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, scratch.path("record.json")]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == "\(try intact(bytes).record.seal)\nTrue\n")
    }

    /// The validator itself must reject a violation, or a passing check would prove nothing.
    @Test(.disabled(if: skip, "VENDORSCORE_SKIP_PYTHON=1"))
    func schemaRejectsAWrongDigest() throws {
        let scratch = try Scratch()
        let text = String(decoding: try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch), as: UTF8.self)
        let broken = text.replacingOccurrences(of: "{\"digests\":{\"evaluation\":\"", with: "{\"digests\":{\"evaluation\":\"XY")
        let result = try Self.validate(try scratch.write(broken, to: "broken.json"))
        #expect(result.status == 1)
        #expect(result.output.contains("digests/evaluation: 'XY"))
    }

    /// Runs python3 with jsonschema, resolving references to evaluation.schema.json beside it.
    static func validate(_ document: String) throws -> (status: Int32, output: String) {
        let script = """
            import json, pathlib, sys
            try:
                import jsonschema
                from referencing import Registry, Resource
            except ImportError:
                print("the Python modules 'jsonschema' and 'referencing' are missing: install them with 'pip install jsonschema'")
                sys.exit(3)
            base = pathlib.Path(sys.argv[1]).parent
            registry = Registry(retrieve=lambda uri: Resource.from_contents(json.load(open(base / uri.split("/")[-1], encoding="utf-8"))))
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema, registry=registry)
            errors = list(validator.iter_errors(json.load(open(sys.argv[2], encoding="utf-8"))))
            for error in errors:
                print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, Repository.path("docs/schemas/record.schema.json"), document]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 || process.terminationStatus == 3 {
            Issue.record("\(output) (python3 with jsonschema is needed, or set VENDORSCORE_SKIP_PYTHON=1)")
        }
        return (process.terminationStatus, output)
    }
}
