import Testing
import VendorScoreRecord

@Suite("Content digests") struct ContentDigestTests {
    static func yaml(_ text: String) throws -> String {
        try ContentDigest.of(Array(text.utf8), format: .yaml).sha256
    }

    static func csv(_ text: String) throws -> String {
        try ContentDigest.of(Array(text.utf8), format: .csv).sha256
    }

    @Test("YAML layout, comments, key order, quoting style and number spelling do not count")
    func sameYAMLContent() throws {
        let plain = try Self.yaml("id: demo\nprice: 12000000\ntitle: { zh: 云, en: Cloud }\nlist: [a, b]\nnote: ~\n")
        #expect(try Self.yaml("# a comment\nnote: null\nlist:\n    - a\n    - 'b'\ntitle:\n    en: \"Cloud\"\n    zh: 云\nprice: 12_000_000\nid: demo\n") == plain)
        #expect(try Self.yaml("id: \"demo\"\r\nprice: 12000000.0\r\ntitle: {en: Cloud, zh: 云}\r\nlist: [a, b]\r\nnote:\r\n") == plain)
        #expect(try Self.yaml("id: |-\n  demo\nprice: 12000000\ntitle: { zh: 云, en: Cloud }\nlist: [a, b]\nnote: ~\n") == plain)
    }

    @Test("What VendorScore reads differently counts", arguments: [
        ("price: 12\n", "price: \"12\"\n"),          // a number, then text
        ("sla: 99.9%\n", "sla: 99.90%\n"),           // the same value: must agree
        ("sla: 99.9%\n", "sla: 99.9\n"),             // a percentage, then a number
        ("rto: 60min\n", "rto: 1h\n"),               // the same duration: must agree
        ("ok: true\n", "ok: 'true'\n"),               // a boolean, then text
        ("list: [a, b]\n", "list: [b, a]\n"),         // order of a list
        ("name: 浪潮云\n", "name: 浪潮 云\n"),
    ])
    func differentYAMLContent(first: String, second: String) throws {
        let same = ["sla: 99.9%\n|sla: 99.90%\n", "rto: 60min\n|rto: 1h\n"].contains(first + "|" + second)
        #expect((try Self.yaml(first) == Self.yaml(second)) == same)
    }

    @Test("CSV byte-order mark, quoting, line ends and blank rows do not count; cells and row order do")
    func csvContent() throws {
        let plain = try Self.csv("id,name,price\ninspur,浪潮云,9680000\nhuawei,华为云,10950000\n")
        #expect(try Self.csv("\u{FEFF}id,name,price\r\n\"inspur\",\"浪潮云\",9680000\r\n\r\nhuawei,华为云,10950000") == plain)
        #expect(try Self.csv("id,name,price\nhuawei,华为云,10950000\ninspur,浪潮云,9680000\n") != plain)
        #expect(try Self.csv("id,name,price\ninspur,浪潮云,9680000 \nhuawei,华为云,10950000\n") != plain)
    }

    @Test("Unreadable content is said to be so")
    func unreadable() {
        #expect(throws: ContentDigest.Unreadable.self) { try Self.yaml("a: [1, 2\n") }
        #expect(throws: ContentDigest.Unreadable.self) { try ContentDigest.of([0xFF, 0xFE, 0x00], format: .csv) }
    }
}
