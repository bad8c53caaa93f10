import VendorScoreWorkspace

/// How a score-sheet cell is named in forms and in problems: `mark:VENDOR:CRITERION`.
enum MarkField {
    static let prefix = "mark:"

    static func name(_ key: MarkKey) -> String {
        "\(prefix)\(key.vendor):\(key.criterion)"
    }

    /// The cell a form field names, or `nil` for any other field. Vendor ids hold no colon
    /// (they are identifiers), so the first colon after the prefix separates the two.
    static func key(_ name: String) -> MarkKey? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        return MarkKey(vendor: String(rest[..<colon]), criterion: String(rest[rest.index(after: colon)...]))
    }
}
