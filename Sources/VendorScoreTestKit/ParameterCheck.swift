import VendorScoreCore
import VendorScoreOutput

extension ScorerCheck {
    /// The file name bad parameters are read from, so errors can be checked to point into it.
    static let parametersFile = "rubric.yaml"

    /// Each bad-parameter case is refused, at the given line and column, with the given words.
    func badParameterFindings() -> [ScorerFinding] {
        badParameters.compactMap { bad in
            let name = "parameters \(quoted(bad.yaml))"
            let parameters: ScorerParameters
            do {
                parameters = try ScorerParameters(yaml: bad.yaml, maximum: bad.maximum, file: Self.parametersFile)
            } catch {
                return finding(.badParameters, "\(name) are not a YAML mapping: \(error)")
            }
            do throws(ScorerError) {
                _ = try scorer.init(parameters: parameters)
                return finding(.badParameters, "\(name) were accepted; expected an error mentioning '\(bad.message)'")
            } catch {
                let said = PhraseText(.en).render(error.message)
                let expected = SourceLocation(file: Self.parametersFile, line: bad.line, column: bad.column)
                guard let location = error.location else {
                    return finding(.badParameters, "\(name): the error '\(said)' does not say where; "
                                   + "throw parameters.error(_:at:) so it points at the value")
                }
                if location != expected {
                    return finding(.badParameters, "\(name): the error points at \(location.mark), expected \(expected.mark) ('\(said)')")
                }
                if !said.contains(bad.message) {
                    return finding(.badParameters, "\(name): the error says '\(said)', expected it to mention '\(bad.message)'")
                }
                if !error.path.hasPrefix("params") {
                    return finding(.badParameters, "\(name): the error's key path is '\(error.path)', expected one under 'params'")
                }
                return nil
            }
        }
    }

    /// Leaving out any required parameter is refused, with an error that says where and names it.
    func requiredParameterFindings() -> [ScorerFinding] {
        scorer.parameters.filter(\.required).compactMap { spec -> ScorerFinding? in
            let source = scorer.examples.lazy.compactMap { example -> (YAMLNode, Rational)? in
                guard let node = try? YAMLParser.parse(Array(example.parameters.utf8)),
                      node.mappingValue?.contains(where: { $0.name == spec.name }) == true else { return nil }
                return (node, example.maximum)
            }.first
            let maximum = source?.1 ?? 10
            let pairs = source?.0.mappingValue?.filter { $0.name != spec.name } ?? []
            let node = YAMLNode(.mapping(pairs), mark: source?.0.mark ?? Mark(line: 1, column: 1))
            let parameters = ScorerParameters(node, file: Self.parametersFile, path: "params", fallback: node.mark, maximum: maximum)
            do throws(ScorerError) {
                _ = try scorer.init(parameters: parameters)
                return finding(.badParameters, "required parameter '\(spec.name)' was left out and the parameters were accepted; "
                               + "read it with a throwing reader such as parameters.number(\"\(spec.name)\"), or declare it required: false")
            } catch {
                let said = PhraseText(.en).render(error.message)
                if error.location == nil {
                    return finding(.badParameters, "without '\(spec.name)': the error '\(said)' does not say where")
                }
                if !said.contains(spec.name) && !error.path.hasSuffix(spec.name) {
                    return finding(.badParameters, "without '\(spec.name)': the error '\(said)' does not name the missing parameter")
                }
                return nil
            }
        }
    }
}
