import VendorScoreCore

/// A catalogue template cut once into its words and its slots, so wording a phrase is a walk
/// over pieces rather than a search for braces: ten thousand vendors' reasons word hundreds of
/// thousands of phrases from a few dozen templates.
///
/// ```swift
/// let template = PhraseTemplate("{fact} is {found}; required {condition}")
/// template.pieces[1]   // .words(" is ")
/// ```
struct PhraseTemplate: Sendable {
    enum Piece: Sendable, Equatable {
        /// The catalogue's own words, placed as they are.
        case words(String)
        /// `{name}` or `{name|separator}`: a value by name, a list joined with `separator` when given.
        case slot(name: String, separator: String?)
    }

    let pieces: [Piece]

    /// `{` without a closing `}` is left as words, as it reads.
    init(_ template: String) {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.words(String(rest[..<open]))) }
            let slot = rest[rest.index(after: open)..<close]
            let parts = slot.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            pieces.append(.slot(name: String(parts[0]), separator: parts.count > 1 ? String(parts[1]) : nil))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.words(String(rest))) }
        self.pieces = pieces
    }

    /// Every message of ``PhraseCatalogue`` and ``DiagnosticCatalogue`` cut once, Chinese and
    /// English; a phrase's own catalogue wins where both name a message.
    static let catalogue: [String: (zh: PhraseTemplate, en: PhraseTemplate)] = PhraseCatalogue.entries
        .merging(DiagnosticCatalogue.entries, uniquingKeysWith: { phrase, _ in phrase })
        .mapValues { (zh: PhraseTemplate($0.zh), en: PhraseTemplate($0.en)) }
}
