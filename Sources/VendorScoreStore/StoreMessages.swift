import VendorScoreWorkspace

/// Every message the store shows a user, in one place.
enum StoreMessages {
    static func subject(_ subject: StoreError.Subject) -> String {
        switch subject {
        case .user(let name): return "user '\(name)'"
        case .session: return "the session"
        case .tender(let id): return "tender '\(id)'"
        case .revision(let ref): return "tender '\(ref.tender)' revision \(ref.number)"
        case .file(let ref, let kind): return "the \(kind.rawValue) file of tender '\(ref.tender)' revision \(ref.number)"
        case .declaration(let ref, let user): return "the declaration of '\(user)' on tender '\(ref.tender)' revision \(ref.number)"
        case .sheet(let ref, let user): return "the score sheet of '\(user)' on tender '\(ref.tender)' revision \(ref.number)"
        case .signature(let ref, let user): return "the signature of '\(user)' on tender '\(ref.tender)' revision \(ref.number)"
        }
    }

    static func error(_ error: StoreError) -> String {
        switch error {
        case .conflict(let subject, let expected, let found):
            return "\(subject) was changed by someone else (version \(found), you edited version \(expected)); reload it and apply your change again"
        case .stageChanged(let expected, let found):
            return "the tender moved from stage \(expected.rawValue) to \(found.rawValue) meanwhile; reload it"
        case .invalidTransition(let from, let to):
            return "a tender at stage \(from.rawValue) cannot move to \(to.rawValue); stages go forward one at a time"
        case .notFound(let subject): return "\(subject) does not exist"
        case .alreadyExists(let subject): return "\(subject) already exists"
        case .alreadyDone(let subject): return "\(subject) is final and cannot change"
        case .markChanged(let key, let stated, let stored):
            return "\(key): the stored mark is \(stored?.description ?? "missing"), not \(stated); reload the sheet"
        case .database(let text): return "database error: \(text)"
        case .unreadable(let what, let text):
            return "the database holds a \(what) this version of VendorScore cannot read: '\(text)'; use the version that wrote it or a newer one"
        case .badURL(let text): return "cannot use database URL: \(text); expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
        case .noDatabase(let place): return "no workspace database at \(place); start 'vendorscore serve' there first, or give the right folder"
        case .schemaTooNew(let found, let known):
            return "the database has schema version \(found), newer than the \(known) this VendorScore knows; use a newer VendorScore"
        }
    }
}
