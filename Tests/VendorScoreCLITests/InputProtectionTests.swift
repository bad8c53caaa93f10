import Foundation
import Testing
import VendorScoreCLI

/// An output file that is one of the inputs, directly or through a link, is refused before
/// anything is written; an output that is a symbolic link is written through, keeping its mode.
@Suite struct InputProtectionTests {
    /// A scratch folder holding copies of the panel rubric and bids.
    struct Scratch {
        let directory: URL
        let rubric: String
        let bids: String

        init() throws {
            directory = try Fixtures.scratchDirectory()
            rubric = directory.appendingPathComponent("rubric.yaml").path
            bids = directory.appendingPathComponent("bids.csv").path
            try FileManager.default.copyItem(atPath: Fixtures.path("panel-rubric.yaml"), toPath: rubric)
            try FileManager.default.copyItem(atPath: Fixtures.path("panel-bids.csv"), toPath: bids)
        }

        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    @Test func refusesAnOutputThatIsTheBidsFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.bids))
        let run = CLIRun(["evaluate", scratch.rubric, scratch.bids, "--format", "csv", "--output", scratch.bids], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("error: --output \(scratch.bids) is the BIDS file \(scratch.bids); writing it would destroy the input"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.bids)) == before)
    }

    @Test func refusesAnOutputReachingAnInputThroughLinks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.rubric))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("soft.yaml"), withDestinationPath: scratch.rubric)
        #expect(link(scratch.rubric, scratch.path("hard.yaml")) == 0)
        // The same file by a roundabout path, a symbolic link and a hard link.
        let names = [scratch.directory.path + "/./rubric.yaml", scratch.path("soft.yaml"), scratch.path("hard.yaml")]
        for name in names {
            let run = CLIRun(["evaluate", scratch.rubric, scratch.bids, "--record", name], modules: CLIRun.coreOnly)
            #expect(run.status == 2)
            #expect(run.errors.contains("error: --record \(name) is the RUBRIC file \(scratch.rubric) (the same file by another name)"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.rubric)) == before)
    }

    @Test func refusesAReportOverAnInput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let run = CLIRun(["report", scratch.rubric, scratch.bids, "--html", scratch.path("r.html"), "--markdown", scratch.bids],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("error: --markdown \(scratch.bids) is the BIDS file"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("r.html")))
    }

    @Test func refusesTheSameFileForRecordAndOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.path("alias.json"), withDestinationPath: scratch.path("out.json"))
        let run = CLIRun(["evaluate", scratch.rubric, scratch.bids, "--record", scratch.path("out.json"), "--output", scratch.path("alias.json")],
                         modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("are the same file; expected two different files"))
    }

    @Test func writesThroughASymbolicLinkKeepingTheTargetsMode() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("private.csv")
        let linkPath = scratch.path("latest.csv")
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(chmod(target, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: linkPath, withDestinationPath: "private.csv")

        let run = CLIRun(["evaluate", scratch.rubric, scratch.bids, "--format", "csv", "--output", linkPath], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: linkPath) == "private.csv")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("rank,id,name,"))
        var info = stat()
        #expect(stat(target, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func keepsTheModeOfAReplacedFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let target = scratch.path("result.csv")
        try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
        #expect(chmod(target, 0o640) == 0)
        let run = CLIRun(["evaluate", scratch.rubric, scratch.bids, "--format", "csv", "--output", target], modules: CLIRun.coreOnly)
        #expect(run.status == 0)
        var info = stat()
        #expect(stat(target, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o640)
    }

    @Test func reportsASymbolicLinkLoop() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.path("a.yaml"), withDestinationPath: "b.yaml")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("b.yaml"), withDestinationPath: "a.yaml")
        let run = CLIRun(["evaluate", scratch.path("a.yaml"), scratch.bids], modules: CLIRun.coreOnly)
        #expect(run.status == 2)
        #expect(run.errors.contains("cannot read \(scratch.path("a.yaml")): too many levels of symbolic links (a symbolic link loop)"))
        let output = CLIRun(["evaluate", scratch.rubric, scratch.bids, "--output", scratch.path("a.yaml")], modules: CLIRun.coreOnly)
        #expect(output.status == 2)
        #expect(output.errors.contains("cannot write \(scratch.path("a.yaml")): too many levels of symbolic links"))
    }
}
