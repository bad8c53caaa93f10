import Foundation
import Testing
import VendorScoreCLI

/// `evaluate --output`: written only on success, atomically, never half-written.
@Suite struct OutputFileTests {
    let rubric = Fixtures.path("panel-rubric.yaml")
    let bids = Fixtures.path("panel-bids.yaml")

    @Test func writesTheRenderedResultOnSuccess() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("result.json").path

        let run = CLIRun(["evaluate", rubric, bids, "--format", "json", "--output", target], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        let printed = CLIRun(["evaluate", rubric, bids, "--format", "json"], modules: CLIRun.coreOnly).output
        #expect(try String(contentsOfFile: target, encoding: .utf8) == printed)
        // Only the result is left: no temporary file remains beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["result.json"])
    }

    @Test func replacesAnEarlierFileWhole() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("result.csv").path
        try String(repeating: "old line\n", count: 1000).write(toFile: target, atomically: true, encoding: .utf8)

        let run = CLIRun(["evaluate", rubric, bids, "--format", "csv", "-o", target], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("rank,id,name,"))
        #expect(!written.contains("old line"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["result.csv"])
    }

    @Test func writesWhenThereIsNoRanking() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("result.txt").path

        let run = CLIRun(["evaluate", rubric, Fixtures.path("panel-bids-too-few.yaml"), "--output", target], modules: CLIRun.coreOnly)
        #expect(run.status == 1)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("No ranking: only 1 bid passed the gates"))
    }

    @Test func writesNothingWhenTheInputIsInvalid() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("result.json").path

        let run = CLIRun(["evaluate", Fixtures.path("broken-rubric.yaml"), bids, "--output", target], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test("An output that cannot be written is refused before anything is evaluated or written")
    func refusesAnUnwritableOutputFirst() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("result.csv").path
        let missing = directory.appendingPathComponent("no-such-folder/tender.record.json").path

        let run = CLIRun(["evaluate", rubric, bids, "--format", "csv", "--output", target, "--record", missing], modules: CLIRun.coreOnly)
        #expect(run.status != 0)
        #expect(run.errors.contains("cannot write \(missing): No such file or directory"), "\(run.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)

        let folder = CLIRun(["evaluate", rubric, bids, "--output", directory.path], modules: CLIRun.coreOnly)
        #expect(folder.status != 0)
        #expect(folder.errors.contains("cannot write \(directory.path): Is a directory"), "\(folder.errors)")
    }

    @Test func leavesAnEarlierFileUntouchedOnFailure() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("result.json").path
        try "earlier result\n".write(toFile: target, atomically: true, encoding: .utf8)

        let run = CLIRun(["evaluate", rubric, Fixtures.path("panel-bids-unchecked.yaml"), "--output", target], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "earlier result\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["result.json"])
    }

    @Test func reportsADirectoryThatDoesNotExist() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("missing/result.json").path

        let run = CLIRun(["evaluate", rubric, bids, "--output", target], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.hasSuffix("error: cannot write \(target): No such file or directory\n"))
    }
}
