import VendorScoreCore
import VendorScoreOutput

extension ScorerError {
    /// The message as an English reader sees it: a scorer's own words, or the core's message worded.
    var english: String { PhraseText(.en).render(message) }
}
