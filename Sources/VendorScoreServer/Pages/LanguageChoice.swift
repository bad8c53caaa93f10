import Hummingbird
import VendorScoreCore

/// The page language: Chinese unless the user chose English with the switch, which keeps the
/// choice in a cookie. The browser's own language settings do not change it: the workspace's
/// language is the tender's.
enum LanguageChoice {
    static let cookieName = "vs_lang"
    static let path = "/language"

    static func language(for request: Request) -> Language {
        request.cookies[cookieName]?.value == "en" ? .en : .zh
    }

    /// The link that switches to `code` and comes back to `back`.
    static func switchPath(to code: String, back: String) -> String {
        "\(path)?to=\(code)&back=\(back.addingPercentEncodingForQuery())"
    }

    /// Where to go after switching: only a path on this site, so the link cannot send a
    /// signed-in user elsewhere.
    static func safeReturnPath(_ back: String?) -> String {
        guard let back, back.hasPrefix("/"), !back.hasPrefix("//"), !back.contains("\\") else { return "/" }
        return back
    }
}

extension String {
    /// Percent-encodes everything but unreserved characters and `/`, for a query value.
    func addingPercentEncodingForQuery() -> String {
        var result = ""
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (byte < 16 ? "0" + hex : hex)
            }
        }
        return result
    }
}
