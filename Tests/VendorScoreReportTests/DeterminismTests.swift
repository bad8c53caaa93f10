import Foundation
import Testing
import VendorScoreCore
import VendorScoreReport

/// The same inputs and the same date give the same bytes, whatever the order of the bids.
@Suite struct DeterminismTests {
    @Test func sameInputsSameBytes() {
        let first = ReportFixture.example.report(.zh)
        let second = ReportFixture.example.report(.zh)
        #expect(first.html() == second.html())
        #expect(first.markdown() == second.markdown())
    }

    @Test func theDateIsTheOnlyThingTheDateChanges() throws {
        let fixture = ReportFixture.example
        let other = try ReportDate(parsing: "2027-01-02")
        let later = EvaluationReport(evaluation: fixture.evaluation, inputs: fixture.inputs,
                                     options: ReportOptions(language: .en, date: other, vendorScoreVersion: "9.9.9-test"))
        let html = fixture.report(.en).html()
        #expect(later.html() != html)
        #expect(later.html().replacing("2027-01-02", with: "2026-03-18") == html)
    }

    @Test func bidOrderDoesNotChangeTheReport() throws {
        let bidsText = try String(contentsOf: ReportFixture.repository.appendingPathComponent("examples/government-cloud/bids.yaml"),
                                  encoding: .utf8)
        let rubricText = try String(contentsOf: ReportFixture.repository.appendingPathComponent("rubrics/government-cloud.yaml"),
                                    encoding: .utf8)
        // The same bids, last first.
        let parts = bidsText.components(separatedBy: "\n  - id: ")
        let reversed = ([parts[0]] + parts.dropFirst().reversed().map { $0.hasSuffix("\n") ? $0 : $0 + "\n" })
            .joined(separator: "\n  - id: ")
        let shuffled = try ReportFixture(rubricText: rubricText, bidsText: reversed)
        #expect(shuffled.inputs.bids.sha256 != ReportFixture.example.inputs.bids.sha256)
        let expected = ReportFixture.example.report(.en).html()
            .replacing(ReportFixture.example.inputs.bids.sha256, with: shuffled.inputs.bids.sha256)
        #expect(shuffled.report(.en).html() == expected)
    }

    @Test func hashesAreSHA256OfTheBytes() {
        // FIPS 180-2 test vector.
        #expect(ReportInputs.File(path: "x", bytes: Array("abc".utf8)).sha256
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
