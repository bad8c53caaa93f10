import VendorScoreWorkspace

/// Reading the texts the store keeps for enums and marks. A value this version does not know
/// is an error naming it, never dropped or replaced by a default.
enum StoredText {
    static func decode<T: RawRepresentable>(_ type: T.Type, _ text: String, what: String) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else { throw StoreError.unreadable(what, text) }
        return value
    }

    static func points(_ text: String) throws -> Points {
        guard let points = Points(text) else { throw StoreError.unreadable("mark", text) }
        return points
    }

    /// Roles stored as one sorted, comma-separated text.
    static func roles(_ roles: Set<GlobalRole>) -> String { roles.sorted().map(\.rawValue).joined(separator: ",") }

    static func roles(_ text: String) throws -> Set<GlobalRole> {
        Set(try text.split(separator: ",").map { try decode(GlobalRole.self, String($0), what: "role") })
    }
}
