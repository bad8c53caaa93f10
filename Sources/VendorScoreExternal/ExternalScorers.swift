import Foundation
import VendorScoreCore

/// Turns a plugins file's scorers into registry entries, so rubrics name them like any other.
///
/// ```swift
/// let base = try ScorerRegistry(builtinModules)
/// let registry = try ExternalScorers.registry(base, adding: "plugins.yaml")
/// let (rubric, _) = try RubricLoader(registry: registry).load(path: "rubric.yaml")   // runs `validate`
/// ```
public enum ExternalScorers {
    /// `registry` with the plugins file's scorers added. Problems in the file, and ids that clash
    /// with registered scorers, are reported together.
    public static func registry(_ registry: ScorerRegistry, adding pluginsFile: String,
                                runner: ExternalRunner = ExternalRunner()) throws(DiagnosticList) -> ScorerRegistry {
        let specs = try PluginsFile.load(path: pluginsFile)
        var problems: [Diagnostic] = []
        for spec in specs {
            guard let existing = registry.entry(for: spec.id) else { continue }
            problems.append(Diagnostic(.error, at: spec.location, path: "scorers", PluginsMessages.alreadyRegistered(spec.id, module: existing.module)))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        do {
            return try registry.adding(specs.map { entry($0, runner: runner) })
        } catch {
            throw DiagnosticList([Diagnostic(.error, at: nil, path: pluginsFile, error.message)])
        }
    }

    /// The registry entry of one external scorer. Configuring it for a criterion checks the
    /// required parameters, then asks the program to `validate` the rest.
    public static func entry(_ spec: ExternalScorerSpec, runner: ExternalRunner = ExternalRunner()) -> ScorerRegistry.Entry {
        ScorerRegistry.Entry(id: spec.id, version: spec.version, summary: spec.summary, parameters: spec.parameters,
                             scoresPrice: spec.scoresPrice,
                             origin: .external(command: spec.command, executableSHA256: spec.executableSHA256)) { parameters throws(ScorerError) in
            try configure(spec, parameters: parameters, runner: runner)
        }
    }

    static func configure(_ spec: ExternalScorerSpec, parameters: ScorerParameters, runner: ExternalRunner) throws(ScorerError) -> ExternalScorer {
        for required in spec.parameters where required.required {
            guard let node = parameters.node(required.name), !node.isNull else {
                throw parameters.error("missing required parameter '\(required.name)'", at: required.name)
            }
        }
        let result = runner.run(spec, request: ExternalRequest.validate(spec, parameters: parameters))
        let validation: ExternalResponse.Validation
        do throws(ExternalResponse.Problem) {
            try runner.check(result, spec: spec)
            validation = try ExternalResponse.validation(result.output)
        } catch {
            throw ScorerError(runner.message(error.message, spec: spec, while: "validating the parameters", stderr: result.errorTail),
                              at: parameters.location, path: parameters.path)
        }
        switch validation {
        case .valid(let facts):
            return ExternalScorer(spec: spec, parameters: ExternalRequest.json(parameters), facts: facts, runner: runner)
        case .invalid(let errors):
            let more = errors.count > 1 ? " (and \(errors.count - 1) more: " + errors.dropFirst().map { error in
                (error.parameter.map { "\($0): " } ?? "") + error.message
            }.joined(separator: "; ") + ")" : ""
            throw locate(errors[0].message + more, parameter: errors[0].parameter, in: parameters)
        }
    }

    /// An error at the value a parameter path such as `cities[2]` or `steps[0].points` names,
    /// or at the deepest part of it that exists.
    static func locate(_ message: String, parameter: String?, in parameters: ScorerParameters) -> ScorerError {
        guard let parameter, !parameter.isEmpty else { return ScorerError(message, at: parameters.location, path: parameters.path) }
        let name = String(parameter.prefix { $0 != "[" && $0 != "." })
        guard var node = parameters.node(name) else { return parameters.error(message, at: name) }
        var rest = parameter.dropFirst(name.count)
        while let first = rest.first {
            if first == "[", let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
               let items = node.sequenceValue, items.indices.contains(index) {
                node = items[index]
                rest = rest[rest.index(after: close)...]
            } else if first == "." {
                let key = rest.dropFirst().prefix { $0 != "[" && $0 != "." }
                guard let value = node.mappingValue?.first(where: { $0.name == key })?.value else { break }
                node = value
                rest = rest.dropFirst(key.count + 1)
            } else {
                break
            }
        }
        return parameters.error(message, at: node, path: parameter)
    }
}
