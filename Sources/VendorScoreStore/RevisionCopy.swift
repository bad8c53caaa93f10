/// What a new revision takes over from the closed one, as SQL both databases accept. Each
/// statement binds (new revision number, tender id, closed revision number) in that order.
///
/// Only the inputs travel among the files: the closing artefacts belong to the closed revision.
/// Sheets restart their versions; corrections and decisions keep their numbers.
enum RevisionCopy {
    static func statements(placeholder: (Int) -> String) -> [String] {
        let (new, tender, old) = (placeholder(1), placeholder(2), placeholder(3))
        let copies: [(table: String, columns: String, values: String, filter: String)] = [
            ("files", "kind, name, bytes, size, sha256, uploaded_at, uploaded_by", "kind, name, bytes, size, sha256, uploaded_at, uploaded_by",
             " AND kind IN ('rubric', 'bids')"),
            ("declarations", "user_id, declaration, declared_at", "user_id, declaration, declared_at", ""),
            ("sheets", "user_id, submitted, version, updated_at", "user_id, submitted, 1, updated_at", ""),
            ("marks", "user_id, vendor, criterion, points", "user_id, vendor, criterion, points", ""),
            ("corrections", "number, correction, recorded_by, recorded_at", "number, correction, recorded_by, recorded_at", ""),
            ("decisions", "number, decision", "number, decision", ""),
        ]
        return copies.map { copy in
            "INSERT INTO \(copy.table) (tender_id, revision, \(copy.columns)) SELECT tender_id, \(new), \(copy.values) FROM \(copy.table) "
                + "WHERE tender_id = \(tender) AND revision = \(old)\(copy.filter)"
        }
    }
}
