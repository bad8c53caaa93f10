import VendorScoreCore

/// Every message about a plugins file, in one place, each as a message id and its values: the
/// output module's `DiagnosticCatalogue` words them in Chinese and English. What any YAML file
/// can get wrong (a mapping expected, an unknown key) is said in the core's ``Messages``.
enum PluginsMessages {
    private static func phrase(_ message: String, _ values: PhraseValues = [:]) -> Phrase {
        Phrase(message, values)
    }

    static let empty = phrase("plugins.empty", ["format": .id("format"), "scorers": .id("scorers")])
    static func format(_ found: String, expected: String) -> Phrase {
        phrase("plugins.format", ["expected": .id(expected), "found": .written(found)])
    }
    static let scorers = Messages.Expected.described(phrase("plugins.expect-scorers"))
    static func scorerTwice(_ id: String, first: String) -> Phrase {
        phrase("plugins.scorer-twice", ["scorer": .id(id), "first": .written(first)])
    }
    static func alreadyRegistered(_ id: String, module: String) -> Phrase {
        phrase("plugins.already-registered", ["scorer": .id(id), "module": .id(module)])
    }
    static let command = Messages.Expected.described(phrase("plugins.expect-command", ["example": .id("[./scorer.py, --strict]")]))
    static func noProgram(_ program: String, relativeTo directory: String?) -> Phrase {
        let place = directory.map { phrase("plugins.relative-to", ["directory": .written($0)]) } ?? phrase("plugins.on-path", ["path": .id("PATH")])
        return phrase("plugins.no-program", ["program": .written(program), "where": .phrase(place)])
    }
    static func unreadableProgram(_ path: String) -> Phrase {
        phrase("plugins.unreadable-program", ["program": .written(path), "hash": .id("SHA-256")])
    }
    static func timeout(_ found: String) -> Phrase {
        phrase("plugins.timeout", ["maximum": .id("1h"), "a": .id("10s"), "b": .id("0.5s"), "c": .id("2min"), "found": .written(found)])
    }
    static let parameters = Messages.Expected.described(phrase("plugins.expect-parameters", ["name": .id("name"), "type": .id("type"),
                                                                                             "summary": .id("summary")]))
    static func parameterTwice(_ name: String) -> Phrase { phrase("plugins.parameter-twice", ["name": .id(name)]) }
}
