import VendorScoreCore

/// Reads an external scorer's answers, refusing anything that is not exactly what protocol 1
/// asks for, with a message saying what was expected and what was found.
enum ExternalResponse {
    static let awardKeys = ["vendor", "points", "reason", "inputs", "flags"]

    /// A failure to be reported with the scorer's name and standard error around it.
    struct Problem: Error {
        var message: String
        var vendor: String?

        init(_ message: String, vendor: String? = nil) {
            self.message = message
            self.vendor = vendor
        }
    }

    /// The facts the scorer will read, or the errors it found in the parameters.
    enum Validation {
        case valid([FactRequirement])
        case invalid([(parameter: String?, message: String)])
    }

    static func object(_ bytes: [UInt8]) throws(Problem) -> JSONValue {
        guard bytes.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) else {
            throw Problem("wrote nothing to standard output; it must answer with one JSON object")
        }
        let value: JSONValue
        switch JSONValue.parse(bytes) {
        case .failure(let failure): throw Problem("answered with output that is not JSON (\(failure.message)); it must write one JSON object to standard output")
        case .success(let parsed): value = parsed
        }
        guard case .object = value else { throw Problem("answered with \(value.kindDescription); expected one JSON object") }
        if let version = value["protocol"], version != .integer(ExternalRequest.protocolVersion), version != .number(Double(ExternalRequest.protocolVersion)) {
            throw Problem("answered with \"protocol\": \(version.text); VendorScore speaks protocol \(ExternalRequest.protocolVersion)")
        }
        return value
    }

    static func validation(_ bytes: [UInt8]) throws(Problem) -> Validation {
        let answer = try object(bytes)
        if let errors = answer["errors"], errors != .array([]) {
            guard case .array(let items) = errors else { throw Problem("'errors' must be a list, found \(errors.kindDescription)") }
            var found: [(parameter: String?, message: String)] = []
            for (index, item) in items.enumerated() {
                guard case .string(let message)? = item["message"], !message.isEmpty else {
                    throw Problem("errors[\(index)] needs a 'message' string")
                }
                var parameter: String?
                if let name = item["parameter"] {
                    guard case .string(let text) = name else { throw Problem("errors[\(index)].parameter must be a string, found \(name.kindDescription)") }
                    parameter = text
                }
                found.append((parameter, message))
            }
            return .invalid(found)
        }
        guard case .array(let items)? = answer["facts"] else {
            throw Problem("a valid answer needs 'facts', the list of facts the scorer reads (it may be empty), found \(answer["facts"]?.kindDescription ?? "none")")
        }
        var facts: [FactRequirement] = []
        for (index, item) in items.enumerated() {
            guard case .string(let name)? = item["name"], !name.isEmpty, !name.contains(where: \.isWhitespace) else {
                throw Problem("facts[\(index)] needs a 'name': one word such as data_centre_pue")
            }
            guard case .array(let kinds)? = item["kinds"], !kinds.isEmpty else {
                throw Problem("facts[\(index)] ('\(name)') needs 'kinds', a non-empty list of \(allKinds)")
            }
            var accepted: [FactKind] = []
            for kind in kinds {
                guard case .string(let word) = kind, let parsed = FactKind(rawValue: word) else {
                    throw Problem("facts[\(index)] ('\(name)'): unknown kind \(kind.kindDescription); expected one of \(allKinds)")
                }
                accepted.append(parsed)
            }
            facts.append(FactRequirement(name, kinds: accepted))
        }
        return .valid(facts)
    }

    private static let allKinds = "number, percent, duration, bool, text, list, amount"

    /// One award per bid, in the bids' order, each checked to be within `[0, maximum]`.
    static func awards(_ bytes: [UInt8], context: ScoringContext) throws(Problem) -> [Award] {
        let answer = try object(bytes)
        if let error = answer["error"] {
            guard case .string(let message)? = error["message"] else {
                throw Problem("'error' must be an object with a 'message' string, found \(error.kindDescription)")
            }
            var vendor: String?
            if case .string(let id)? = error["vendor"] { vendor = id }
            throw Problem("reported: \(message)", vendor: vendor)
        }
        guard case .array(let items)? = answer["awards"] else {
            throw Problem("expected 'awards', a list with one award per bid, found \(answer["awards"]?.kindDescription ?? "none")")
        }
        let ids = Set(context.bids.map(\.id))
        var byVendor: [String: Award] = [:]
        for (index, item) in items.enumerated() {
            guard case .object(let pairs) = item else { throw Problem("awards[\(index)] is \(item.kindDescription); expected an object") }
            if let unknown = pairs.first(where: { !awardKeys.contains($0.0) }) {
                throw Problem("awards[\(index)] has unknown key '\(unknown.0)'; allowed: \(awardKeys.joined(separator: ", "))")
            }
            guard case .string(let vendor)? = item["vendor"], ids.contains(vendor) else {
                throw Problem("awards[\(index)].vendor is \(item["vendor"]?.kindDescription ?? "missing"); expected the id of a bid in the request")
            }
            guard byVendor[vendor] == nil else { throw Problem("two awards for the same bid", vendor: vendor) }
            byVendor[vendor] = try award(item, vendor: vendor, maximum: context.maximum, criterion: context.criterionID)
        }
        return try context.bids.map { bid throws(Problem) in
            guard let award = byVendor[bid.id] else {
                throw Problem("answered \(items.count) awards for \(context.bids.count) bids; none for this bid", vendor: bid.id)
            }
            return award
        }
    }

    private static func award(_ item: JSONValue, vendor: String, maximum: Rational, criterion: String) throws(Problem) -> Award {
        guard case .string(let text)? = item["points"] else {
            throw Problem("points must be a decimal string such as \"2.5\" (never a JSON number), found \(item["points"]?.kindDescription ?? "none")",
                          vendor: vendor)
        }
        guard let points = points(text) else {
            throw Problem("points \"\(text)\" are not a decimal (at most 9 decimals) or a fraction such as \"10/3\"", vendor: vendor)
        }
        guard !points.isNegative, points <= maximum else {
            throw Problem("points \(points.decimalString()) are outside 0–\(maximum.decimalString())", vendor: vendor)
        }
        guard let given = item["reason"], let reason = Self.reasonText(given) else {
            throw Problem("the reason must be one non-empty line of text, or an object {\"zh\": …, \"en\": …} of one line in each "
                          + "language given, found \(item["reason"]?.kindDescription ?? "none")", vendor: vendor)
        }
        var inputs: [String: FactValue] = [:]
        if let given = item["inputs"] {
            guard case .object(let pairs) = given else { throw Problem("inputs must be an object, found \(given.kindDescription)", vendor: vendor) }
            for (name, value) in pairs {
                guard let typed = input(value) else {
                    throw Problem("input '\(name)' is \(value.kindDescription); write values as strings (\"1.35\", \"99.9%\"), true/false, or lists of strings",
                                  vendor: vendor)
                }
                inputs[name] = typed
            }
        }
        var flags: [Flag] = []
        if let given = item["flags"] {
            guard case .array(let items) = given else { throw Problem("flags must be a list of strings, found \(given.kindDescription)", vendor: vendor) }
            for flag in items {
                guard let message = Self.reasonText(flag) else {
                    throw Problem("flags must be a list of strings (or {\"zh\": …, \"en\": …} objects), found \(flag.kindDescription)",
                                  vendor: vendor)
                }
                flags.append(Flag(.scorer, message, criterion: criterion))
            }
        }
        let used = inputs
        return Award(points, flags: flags) { (reason, used) }
    }

    /// One line of text for every language (`"text"`), or one per language (`{"zh": "…", "en": "…"}`,
    /// either may be left out and then shows the other); `nil` for anything else or an empty line.
    static func reasonText(_ value: JSONValue) -> Phrase? {
        func line(_ value: JSONValue?) -> String?? {
            guard let value else { return .some(nil) }
            guard case .string(let text) = value, !text.allSatisfy(\.isWhitespace), !text.contains(where: \.isNewline) else { return nil }
            return .some(text)
        }
        switch value {
        case .string:
            guard case .some(let text?) = line(value) else { return nil }
            return Phrase(zh: text, en: text)
        case .object(let pairs):
            guard pairs.allSatisfy({ ["zh", "en"].contains($0.0) }), case .some(let zh) = line(value["zh"]),
                  case .some(let en) = line(value["en"]), zh != nil || en != nil else { return nil }
            return Phrase(zh: zh, en: en)
        default:
            return nil
        }
    }

    /// A decimal (`"2.5"`) or a fraction of whole numbers (`"10/3"`).
    static func points(_ text: String) -> Rational? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 1 { return Rational(decimal: text) }
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 15 && $0.allSatisfy(\.isNumber) }),
              let numerator = Rational(decimal: parts[0]), let denominator = Rational(decimal: parts[1]), !denominator.isZero else { return nil }
        return numerator / denominator
    }

    /// An input the scorer reports, typed like a bid's fact.
    private static func input(_ value: JSONValue) -> FactValue? {
        switch value {
        case .string(let text): return (try? FactValue.parse(text)) ?? .text(text)
        case .bool(let flag): return .bool(flag)
        case .array(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else { return nil }
                strings.append(text)
            }
            return .list(strings)
        default: return nil
        }
    }
}
