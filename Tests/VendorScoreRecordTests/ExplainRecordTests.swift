import Testing

@Suite("vendorscore explain --record") struct ExplainRecordTests {
    @Test("A record explains a tied vendor and a disqualified one as the inputs do")
    func explainsFromTheRecord() throws {
        let scratch = try Scratch()
        let rubric = Repository.path("Tests/VendorScoreCLITests/Fixtures/panel-rubric.yaml")
        let bids = Repository.path("Tests/VendorScoreCLITests/Fixtures/panel-bids.yaml")
        _ = try makeRecord(rubric, bids, in: scratch)
        let tied = Run(["explain", "--record", scratch.path("record.json"), "--vendor", "tencent"])
        #expect(tied.status == 0)
        #expect(tied.output.hasPrefix("腾讯云 (tencent): rank =3 (tied with ctyun) of 4 qualified bids\n"))
        let fresh = Run(["explain", rubric, bids, "--vendor", "tencent"])
        #expect(tied.output == fresh.output)
        // The recorded warning, located in the record's own name for the rubric.
        #expect(tied.errors == fresh.errors.replacingOccurrences(of: rubric, with: "rubric.yaml"))
        #expect(tied.errors == "rubric.yaml:9:15: warning: total_points: no criterion scores price; 综合评分法 and 竞争性磋商 require a price score\n")
        let out = Run(["explain", "--record", scratch.path("record.json"), "--vendor", "ucloud", "--lang", "zh"])
        #expect(out.output.contains("  不通过  mlps-level-3（资格性审查，具备等保三级备案证明）：mlps_level 为 2，要求不低于 3\n"))
    }

    @Test("A record with too few qualified bids explains with status 1")
    func noRanking() throws {
        let scratch = try Scratch()
        let rubric = Repository.path("Tests/VendorScoreCLITests/Fixtures/panel-rubric.yaml")
        let bids = Repository.path("Tests/VendorScoreCLITests/Fixtures/panel-bids-too-few.yaml")
        #expect(Run(["evaluate", rubric, bids, "--record", scratch.path("r.json")]).status == 1)
        let run = Run(["explain", "--record", scratch.path("r.json"), "--vendor", "inspur"])
        #expect(run.status == 1)
        #expect(run.output.contains("Not scored: No ranking: only 1 bid passed the gates; the rubric requires 3 (财政部令第87号)\n"))
        #expect(run.output == Run(["explain", rubric, bids, "--vendor", "inspur"]).output)
    }

    @Test("Inputs and --record exclude each other; an unknown vendor gets a suggestion; a damaged record is refused")
    func usage() throws {
        let scratch = try Scratch()
        let path = scratch.path("record.json")
        let text = String(decoding: try makeRecord(Repository.rubric, Repository.bidsYAML, in: scratch), as: UTF8.self)

        let both = Run(["explain", Repository.rubric, Repository.bidsYAML, "--record", path, "--vendor", "inspur"])
        #expect(both.status == 2)
        #expect(both.errors.hasPrefix("Error: give either RUBRIC and BIDS (and --tender), or --record FILE, not both\n"))
        let neither = Run(["explain", "--vendor", "inspur"])
        #expect(neither.status == 2)
        #expect(neither.errors.hasPrefix("Error: missing RUBRIC and BIDS; or give --record FILE to explain from an evaluation record\n"))
        let half = Run(["explain", Repository.rubric, "--vendor", "inspur"])
        #expect(half.errors.hasPrefix("Error: missing BIDS; or give --record FILE to explain from an evaluation record\n"))

        let unknown = Run(["explain", "--record", path, "--vendor", "inspr"])
        #expect(unknown.status == 2)
        #expect(unknown.errors == "error: no vendor 'inspr' in \(path) (did you mean 'inspur'?)\n")

        let edited = try scratch.write(text.replacingOccurrences(of: "浪潮云", with: "浪潮"), to: "edited.json")
        let damaged = Run(["explain", "--record", edited, "--vendor", "inspur"])
        #expect(damaged.status == 2)
        #expect(damaged.output.isEmpty)
        #expect(damaged.errors.hasPrefix("error: \(edited) was edited or damaged after it was written: sealed.findings: changed after sealing"))
        #expect(damaged.errors.hasSuffix("(run 'vendorscore verify \(edited)' for the full report)\n"))
    }
}
