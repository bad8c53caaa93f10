import Testing
import VendorScoreWorkspace

/// Dates written for people are in the workspace's zone: near midnight UTC the day differs.
@Suite struct UTCOffsetTests {
    @Test(arguments: [("+08:00", 480), ("-05:30", -330), ("+0800", 480), ("+8", 480), ("-12", -720), ("Z", 0), ("+14:00", 840), ("+00:00", 0)])
    func parses(text: String, minutes: Int) {
        #expect(UTCOffset(parsing: text)?.minutes == minutes)
    }

    @Test(arguments: ["", "8", "+", "+8:00", "+08:60", "+15:00", "+08:00:00", "UTC+8", "+０８:00", "+-8", "08:00", "+123"])
    func refuses(text: String) {
        #expect(UTCOffset(parsing: text) == nil)
    }

    @Test func writesItsOwnForm() {
        #expect(UTCOffset.chinaStandardTime.description == "+08:00")
        #expect(UTCOffset(minutes: -330)?.description == "-05:30")
        #expect(UTCOffset.utc.description == "+00:00")
        #expect(UTCOffset(minutes: 15 * 60) == nil)
    }

    @Test func aLateEveningInUTCIsTheNextMorningInBeijing() {
        // 2026-11-29 20:30:15 UTC.
        let moment = Timestamp(millisecondsSince1970: 1_795_984_215_000)
        #expect(moment.iso8601 == "2026-11-29T20:30:15.000Z")
        #expect(moment.date(in: .chinaStandardTime) == "2026-11-30")
        #expect(moment.minute(in: .chinaStandardTime) == "2026-11-30 04:30")
        #expect(moment.second(in: .chinaStandardTime) == "2026-11-30 04:30:15")
        #expect(moment.date(in: .utc) == "2026-11-29")
        // New Year's Eve, crossing the year backwards.
        let newYear = Timestamp(millisecondsSince1970: 1_798_761_600_000)   // 2027-01-01T00:00Z
        #expect(newYear.date(in: UTCOffset(parsing: "-05:00")!) == "2026-12-31")
    }
}
