/// The record module's messages about a record's own consistency, in one place.
enum RecordMessages {
    static func unknownRounding(_ mode: String) -> String { "unknown rounding mode '\(mode)'" }
    static func unreadableNumber(vendor: String, _ criterion: String, _ text: String) -> String {
        "vendor '\(vendor)', criterion \(criterion): '\(text)' is not an exact number"
    }
    static func groupSum(vendor: String, group: String, recorded: String, expected: String) -> String {
        "vendor '\(vendor)', group \(group): subtotal \(recorded) is not the sum of its recorded criteria (\(expected))"
    }
    static func totalSum(vendor: String, recorded: String, expected: String) -> String {
        "vendor '\(vendor)': total \(recorded) is not the sum of its recorded criteria (\(expected))"
    }
    static func rankOrder(above: String, aboveRank: Int, below: String, belowRank: Int) -> String {
        "vendor '\(above)' is ranked \(aboveRank) with a lower total than vendor '\(below)' ranked \(belowRank)"
    }
    static func publicKeyForSigning(_ path: String) -> String {
        "key file \(path) holds a public key; signing needs the private key"
    }
    static func privateKeyHint(_ path: String) -> String {
        let privatePath = path.hasSuffix(".pub") ? String(path.dropLast(4)) : "the file 'vendorscore keygen --out FILE' wrote as FILE"
        return "give the private key, \(privatePath), and hand the .pub file to those who verify"
    }
    static let reformatted = "re-formatted, content intact: the layout differs from the canonical form VendorScore writes "
        + "(whitespace, key order or escaping), which the seal does not depend on"
}
