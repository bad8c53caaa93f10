import Foundation
import Testing

/// Every way an external scorer can fail stops the evaluation with an error naming the scorer,
/// the bids concerned and what went wrong, with the end of its standard error; nothing is ranked.
@Suite("External scorer failures")
struct ExternalFailureTests {
    private let scorer = "external scorer 'test.pue' 1.0.0 (./scorer.sh)"

    /// The one error line of a failed evaluation, after checking that nothing was printed.
    private func failure(_ body: String, timeout: String = "5s") throws -> String {
        let fixture = try ExternalScorerFixture(score: body, timeout: timeout)
        defer { fixture.remove() }
        let run = fixture.run()
        #expect(run.status == 2)
        #expect(run.output.isEmpty, "a failed scorer must leave no partial ranking")
        let prefix = "\(fixture.rubric):12:9: error: pue (test.pue): "
        #expect(run.errors.hasPrefix(prefix), "\(run.errors)")
        return String(run.errors.dropFirst(prefix.count)).trimmingCharacters(in: .newlines)
    }

    @Test func nonZeroExit() throws {
        #expect(try failure("echo 'reading the PUE table' >&2; echo 'no PUE table for 2026' >&2; exit 3")
            == "\(scorer) exited with status 3 while scoring 3 bids (a, b, c); its standard error ended: \"reading the PUE table ⏎ no PUE table for 2026\"")
    }

    @Test func killedBySignal() throws {
        #expect(try failure("kill -9 $$") == "\(scorer) was ended by signal 9 while scoring 3 bids (a, b, c)")
    }

    @Test func timeoutKillsTheScorer() throws {
        let start = ContinuousClock.now
        #expect(try failure("echo 'still thinking' >&2; exec sleep 30", timeout: "0.3s")
            == "\(scorer) did not answer within its timeout of 0.3s and was stopped while scoring 3 bids (a, b, c); its standard error ended: \"still thinking\"")
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func timeoutHoldsForAShellWrapperWithoutExec() throws {
        let start = ContinuousClock.now
        #expect(try failure("echo 'still thinking' >&2; sleep 30", timeout: "0.3s")
            == "\(scorer) did not answer within its timeout of 0.3s and was stopped while scoring 3 bids (a, b, c); its standard error ended: \"still thinking\"")
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func timeoutHoldsWhenABackgroundChildKeepsTheOutputOpen() throws {
        let start = ContinuousClock.now
        // A sleep of an unusual length marks the background child among the machine's processes.
        let marker = "29.\(UInt32.random(in: 100_000...999_999))"
        // The background sleep inherits standard output and outlives the script's own wait.
        #expect(try failure("sleep \(marker) & sleep 20", timeout: "0.3s")
            == "\(scorer) did not answer within its timeout of 0.3s and was stopped while scoring 3 bids (a, b, c)")
        #expect(ContinuousClock.now - start < .seconds(10))
        // The whole process group was killed: no orphan is left.
        usleep(200_000)
        #expect(!Self.processRunning(named: marker))
    }

    @Test func aScorerThatExitsIsNotHeldBackByItsBackgroundChild() throws {
        let fixture = try ExternalScorerFixture(score: "sleep 30 & echo '\(ExternalScorerFixture.awards())'", timeout: "20s")
        defer { fixture.remove() }
        let start = ContinuousClock.now
        let run = fixture.run()
        #expect(run.status == 0, "\(run.errors)")
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func theScorerInheritsNoOtherDescriptor() throws {
        // Descriptors 0, 1 and 2, and the one ls opens to list the folder, are all it may see.
        let descriptors = try failure("ls /proc/self/fd | tr '\\n' ' ' >&2; exit 1")
        #expect(descriptors.hasSuffix("its standard error ended: \"0 1 2 3\""), "\(descriptors)")
    }

    static func processRunning(named marker: String) -> Bool {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.contains { entry in
            guard Int(entry) != nil, let command = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return false }
            return String(decoding: command, as: UTF8.self).contains(marker)
        }
    }

    @Test func outputThatIsNotJSON() throws {
        let message = try failure("echo 'points: 3'")
        #expect(message.hasPrefix("\(scorer) answered with output that is not JSON ("))
        #expect(message.hasSuffix("); it must write one JSON object to standard output while scoring 3 bids (a, b, c)"))
    }

    @Test func noOutput() throws {
        #expect(try failure("exit 0") == "\(scorer) wrote nothing to standard output; it must answer with one JSON object while scoring 3 bids (a, b, c)")
    }

    @Test func oversizedOutputIsCapped() throws {
        #expect(try failure("head -c 17000000 /dev/zero | tr '\\\\0' x")
            == "\(scorer) wrote more than 16777216 bytes to standard output and was stopped while scoring 3 bids (a, b, c)")
    }

    @Test func pointsOutOfRange() throws {
        let awards = ExternalScorerFixture.awards(["b": "\"30.01\""])
        #expect(try failure("echo '\(awards)'") == "\(scorer) points 30.01 are outside 0–30 while scoring vendor 'b'")
    }

    @Test func negativePoints() throws {
        let awards = ExternalScorerFixture.awards(["c": "\"-1\""])
        #expect(try failure("echo '\(awards)'") == "\(scorer) points -1 are outside 0–30 while scoring vendor 'c'")
    }

    @Test func pointsAsAJSONNumber() throws {
        let awards = ExternalScorerFixture.awards(["a": "2.5"])
        #expect(try failure("echo '\(awards)'")
            == "\(scorer) points must be a decimal string such as \"2.5\" (never a JSON number), found the number 2.5 while scoring vendor 'a'")
    }

    @Test func aMissingAward() throws {
        let answer = #"{"protocol":1,"awards":[{"vendor":"a","points":"1","reason":"r"},{"vendor":"c","points":"1","reason":"r"}]}"#
        #expect(try failure("echo '\(answer)'") == "\(scorer) answered 2 awards for 3 bids; none for this bid while scoring vendor 'b'")
    }

    @Test func anUnknownKey() throws {
        let answer = #"{"protocol":1,"awards":[{"vendor":"a","point":"1","reason":"r"}]}"#
        #expect(try failure("echo '\(answer)'")
            == "\(scorer) awards[0] has unknown key 'point'; allowed: vendor, points, reason, inputs, flags while scoring 3 bids (a, b, c)")
    }

    @Test func theScorerReportsAProblemWithOneBid() throws {
        let answer = #"{"protocol":1,"error":{"vendor":"c","message":"PUE 1.25 has no measurement report"}}"#
        #expect(try failure("echo '\(answer)'") == "\(scorer) reported: PUE 1.25 has no measurement report while scoring vendor 'c'")
    }

    @Test func anotherProtocolVersion() throws {
        #expect(try failure(#"echo '{"protocol":2,"awards":[]}'"#)
            == "\(scorer) answered with \"protocol\": 2; VendorScore speaks protocol 1 while scoring 3 bids (a, b, c)")
    }
}
