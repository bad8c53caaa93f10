import ArgumentParser
import VendorScoreCore

/// `--lang zh|en`: the language of rubric titles in text output.
enum OutputLanguage: String, CaseIterable, ExpressibleByArgument {
    case zh, en

    var language: Language {
        switch self {
        case .zh: return .zh
        case .en: return .en
        }
    }
}
