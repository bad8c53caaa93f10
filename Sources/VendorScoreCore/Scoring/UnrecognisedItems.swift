import Foundation

/// List items a scorer read from a bid but does not recognise, so they earn nothing.
///
/// A scorer that silently reads less than the bid wrote gives a wrong result: the engine turns
/// each of these into a warning naming the vendor, the fact, the items and the items the scorer
/// does recognise, with the closest match for a likely typo ("ISO27001" for "ISO 27001") and a
/// note when an item looks like several joined by `、`, `，` or `,` instead of `|`.
///
/// ```swift
/// Award(points, reason: "…", unrecognised: [UnrecognisedItems(fact: "certifications", items: ["ISO27001"],
///                                                             recognised: ["ISO 27001", "等保三级"])])
/// ```
public struct UnrecognisedItems: Sendable, Hashable {
    public var fact: String
    public var items: [String]
    public var recognised: [String]
    /// What the items earn instead, in words; `nil` when they earn nothing.
    public var earning: String?

    public init(fact: String, items: [String], recognised: [String], earning: String? = nil) {
        self.fact = fact
        self.items = items
        self.recognised = recognised.sorted()
        self.earning = earning
    }

    /// `nil` when every item was recognised.
    public static func found(fact: String, items: [String], recognised: some Collection<String>) -> [UnrecognisedItems] {
        items.isEmpty ? [] : [UnrecognisedItems(fact: fact, items: items, recognised: Array(recognised))]
    }

    /// Separators people type instead of `|` inside one list item.
    /// Separators that join several items into one: `|` inside a YAML string, or what people
    /// type instead of `|` in a CSV cell.
    static let lookalikeSeparators: [Character] = ["、", "，", ",", "；", ";", "/", "|"]

    /// Each item's hint, kept for the next bid that writes the same item against the same list.
    struct Hints {
        private var known: [[String]: Phrase?] = [:]

        mutating func hint(for item: String, recognised: [String]) -> Phrase? {
            let key = [item] + recognised
            if let known = known[key] { return known }
            let hint = UnrecognisedItems.hint(for: item, recognised: recognised)
            known[key] = hint
            return hint
        }
    }

    /// Why an item is likely not recognised: several items joined by a lookalike separator, or
    /// a near miss of a recognised one.
    static func hint(for item: String, recognised: [String]) -> Phrase? {
        let parts = item.split(whereSeparator: { lookalikeSeparators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.count > 1, let separator = item.first(where: { lookalikeSeparators.contains($0) }) {
            return Messages.joinedListItems(item, separator: separator, parts: parts)
        }
        return Suggestions.closest(to: item, in: recognised, limit: 1).first.map { Messages.didYouMeanItem(item, $0) }
    }

    /// The warning for one bid, at the fact's place in the bids file, taking each item's hint
    /// from `hints` when it is known.
    func diagnostic(vendor: String, criterion: Criterion, at location: SourceLocation?, hints known: inout Hints) -> Diagnostic {
        let hints = items.compactMap { known.hint(for: $0, recognised: recognised) }
        return Diagnostic(.warning, at: location, path: "bids[\(vendor)].facts.\(fact)",
                          Messages.unrecognisedItems(vendor: vendor, fact: fact, items: items, criterion: criterion.id,
                                                     scorer: criterion.scorerID, recognised: recognised, earning: earning),
                          hint: hints.isEmpty ? nil : Phrase("clauses", ["parts": .phrases(hints)]))
    }
}
