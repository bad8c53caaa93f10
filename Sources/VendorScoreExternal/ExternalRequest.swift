import VendorScoreCore

/// The requests VendorScore sends an external scorer, one JSON object on its standard input
/// (protocol 1, described in `docs/external-scorers.md`).
///
/// Numbers travel as exact decimal strings (`"99.95"`), or as fractions (`"10/3"`) when they
/// have no finite decimal form, so nothing is lost to binary floating point.
enum ExternalRequest {
    static let protocolVersion = 1

    /// Asks the scorer to check a criterion's parameters and name the facts it will read.
    static func validate(_ spec: ExternalScorerSpec, parameters: ScorerParameters) -> JSONValue {
        let criterion = parameters.path.hasSuffix(".params") ? String(parameters.path.dropLast(7)) : parameters.path
        return .object([
            ("protocol", .integer(protocolVersion)),
            ("request", .string("validate")),
            ("scorer", scorer(spec)),
            ("criterion", .object([("path", .string(criterion)), ("maximum", .string(exact(parameters.maximum)))])),
            ("parameters", json(parameters)),
        ])
    }

    /// Asks the scorer for every bid's award on one criterion. The request carries all bids, so
    /// one process scores the whole criterion and relative scores can compare bids.
    static func score(_ spec: ExternalScorerSpec, parameters: JSONValue, facts: [FactRequirement],
                      context: ScoringContext) -> JSONValue {
        let bids: [JSONValue] = context.bids.map { bid in
            .object([
                ("vendor", .string(bid.id)),
                ("name", .string(bid.name)),
                ("price", .string(exact(bid.price))),
                ("evaluation_price", .string(exact(bid.evaluationPrice))),
                ("facts", .object(facts.compactMap { requirement in
                    bid.optionalValue(requirement.name).map { (requirement.name, json(requirement.read($0))) }
                })),
            ])
        }
        return .object([
            ("protocol", .integer(protocolVersion)),
            ("request", .string("score")),
            ("scorer", scorer(spec)),
            ("criterion", .object([("id", .string(context.criterionID)), ("maximum", .string(exact(context.maximum)))])),
            ("parameters", parameters),
            ("bids", .array(bids)),
        ])
    }

    private static func scorer(_ spec: ExternalScorerSpec) -> JSONValue {
        .object([("id", .string(spec.id)), ("version", .string(spec.version))])
    }

    /// The criterion's `params` as written: scalars as their text, lists and mappings in
    /// document order.
    static func json(_ parameters: ScorerParameters) -> JSONValue {
        .object(parameters.names.map { name in (name, parameters.node(name).map(json) ?? .null) })
    }

    static func json(_ node: YAMLNode) -> JSONValue {
        if node.isNull { return .null }
        switch node.content {
        case .scalar(let text, _): return .string(text)
        case .sequence(let items): return .array(items.map(json))
        case .mapping(let pairs): return .object(pairs.map { ($0.name, json($0.value)) })
        }
    }

    /// A fact as `{"kind": …, "value": …}`; durations in seconds, percentages in percent.
    static func json(_ value: FactValue) -> JSONValue {
        let content: JSONValue
        switch value {
        case .number(let number), .percent(let number), .duration(let number): content = .string(exact(number))
        case .bool(let flag): content = .bool(flag)
        case .text(let text): content = .string(text)
        case .list(let items): content = .array(items.map(JSONValue.string))
        }
        return .object([("kind", .string(value.kind.rawValue)), ("value", content)])
    }

    /// The exact decimal form when the value has one (`"2.5"`), else the fraction (`"10/3"`).
    static func exact(_ value: Rational) -> String {
        value.exactString
    }
}
