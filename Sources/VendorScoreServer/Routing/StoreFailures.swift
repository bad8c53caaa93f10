import VendorScoreStore

/// How the store's refusals reach the user: someone else's change first is a conflict (409),
/// a missing row is 404, a once-only step taken twice is a conflict too. Database failures are
/// not translated: they are the server's problem (500), logged by type only.
enum StoreFailures {
    static func translate(_ error: any Error) -> WorkspaceFailure? {
        guard let error = error as? StoreError else { return nil }
        switch error {
        case .conflict, .stageChanged, .invalidTransition, .alreadyExists, .alreadyDone, .markChanged:
            return .conflict(error.description)
        case .notFound:
            return .notFound
        case .database, .unreadable, .badURL, .noDatabase, .schemaTooNew:
            return nil
        }
    }
}
