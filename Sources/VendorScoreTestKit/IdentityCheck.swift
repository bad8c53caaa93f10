import VendorScoreCore
import VendorScoreOutput

extension ScorerCheck {
    /// A valid id unique among the other modules, a semantic version, a one-line summary,
    /// documented parameters and at least one worked example.
    func identityFindings() -> [ScorerFinding] {
        var found: [ScorerFinding] = []
        let others = alongside.map { module in
            ScorerModule(module.name, module.scorers.filter { ObjectIdentifier($0) != ObjectIdentifier(scorer) })
        }
        do {
            _ = try ScorerRegistry(others + [ScorerModule(scorer.module, [scorer])])
        } catch {
            found.append(finding(.identity, PhraseText(.en).render(error.message)))
        }
        if !Self.isSemanticVersion(scorer.version) {
            found.append(finding(.identity, "version '\(scorer.version)' is not a semantic version such as 1.0.0; "
                                 + "records pin it, so raise it whenever the same inputs could give different points"))
        }
        if !Self.isOneLine(scorer.summary) {
            found.append(finding(.identity, "the summary must be one line of text, found \(quoted(scorer.summary))"))
        }
        var names = Set<String>()
        for spec in scorer.parameters {
            if spec.name.isEmpty || !names.insert(spec.name).inserted {
                found.append(finding(.identity, "parameter '\(spec.name)' is declared twice or has no name"))
            }
            if spec.type.isEmpty || !Self.isOneLine(spec.summary) {
                found.append(finding(.identity, "parameter '\(spec.name)' needs a type and a one-line summary for `vendorscore scorers`"))
            }
        }
        if scorer.examples.isEmpty {
            found.append(finding(.examples, "no worked examples; add at least one ScorerExample (parameters and facts in, points out)"))
        }
        return found
    }

    /// `MAJOR.MINOR.PATCH`, each a whole number, optionally followed by `-` and a pre-release tag.
    static func isSemanticVersion(_ text: String) -> Bool {
        let core = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        let parts = core[0].split(separator: ".", omittingEmptySubsequences: false)
        let numbers = parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        return numbers && (core.count == 1 || !core[1].isEmpty)
    }

    static func isOneLine(_ text: String) -> Bool {
        !text.allSatisfy(\.isWhitespace) && !text.contains { $0.isNewline }
    }

    func quoted(_ text: String) -> String {
        "\"" + text.replacingNewlines() + "\""
    }
}
