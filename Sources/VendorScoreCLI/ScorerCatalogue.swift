import Foundation
import VendorScoreCore
import VendorScoreOutput

/// The registered scorers as `vendorscore scorers` shows them, as a table or as JSON
/// (`vendorscore/scorers@1`, schema in `docs/schemas/scorers.schema.json`).
struct ScorerCatalogue: Codable {
    struct Scorer: Codable {
        var id: String
        var version: String
        var module: String
        var summary: String
        var scoresPrice: Bool
        var parameters: [Parameter]
        var origin: Origin

        enum CodingKeys: String, CodingKey {
            case id, version, module, summary, parameters, origin
            case scoresPrice = "scores_price"
        }
    }

    /// Where a scorer comes from: shipped with VendorScore, registered by the program's own
    /// package, or an external program from a plugins file (with the hash pinned in results).
    struct Origin: Codable {
        enum Kind: String, Codable {
            case builtIn = "built-in"
            case package
            case external
        }

        var kind: Kind
        var command: [String]?
        var executableSHA256: String?

        enum CodingKeys: String, CodingKey {
            case kind, command
            case executableSHA256 = "executable_sha256"
        }

        init(_ entry: ScorerRegistry.Entry) {
            switch entry.origin {
            case .swift(let module):
                kind = ScorerCatalogue.builtinModuleNames.contains(module) ? .builtIn : .package
            case .external(let command, let hash):
                kind = .external
                self.command = command
                executableSHA256 = hash
            }
        }

        /// "built-in: CostScorers", "package: DataCentreScorers", "external: ./scorer.py".
        func label(module: String) -> String {
            kind == .external ? "external: " + (command ?? []).joined(separator: " ") : "\(kind.rawValue): \(module)"
        }
    }

    /// The modules shipped with VendorScore, including the core's committee scorer.
    static let builtinModuleNames = Set(builtinModules.map(\.name) + ["VendorScoreCore"])

    struct Parameter: Codable {
        var name: String
        var type: String
        var required: Bool
        var summary: String
    }

    var format = "vendorscore/scorers@1"
    var scorers: [Scorer]

    init(_ registry: ScorerRegistry) {
        scorers = registry.entries.sorted { $0.id < $1.id }.map { entry in
            Scorer(id: entry.id, version: entry.version, module: entry.module, summary: entry.summary,
                   scoresPrice: entry.scoresPrice,
                   parameters: entry.parameters.map {
                       Parameter(name: $0.name, type: $0.type, required: $0.required, summary: $0.summary)
                   },
                   origin: Origin(entry))
        }
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// An overview table (optional parameters in brackets), then each scorer's origin, summary
    /// and parameter table.
    func table() -> String {
        var overview = TextTable(columns: [.init("Scorer"), .init("Version"), .init("From"), .init("Parameters")])
        for scorer in scorers {
            let parameters = scorer.parameters.map { $0.required ? $0.name : "[\($0.name)]" }.joined(separator: ", ")
            overview.append([scorer.id, scorer.version, scorer.origin.label(module: scorer.module), parameters])
        }
        var text = overview.render()
        for scorer in scorers {
            text += "\n\(scorer.id) \(scorer.version) (\(scorer.origin.label(module: scorer.module)))\n"
            if let hash = scorer.origin.executableSHA256 { text += "  sha256 \(hash)\n" }
            text += "  \(scorer.summary)\n"
            if scorer.parameters.isEmpty {
                text += "  No parameters.\n"
                continue
            }
            var table = TextTable(columns: [.init("Parameter"), .init("Type"), .init("Required"), .init("Meaning")])
            for parameter in scorer.parameters {
                table.append([parameter.name, parameter.type, parameter.required ? "yes" : "no", parameter.summary])
            }
            text += table.render()
        }
        return text
    }
}
