/// Every message the core shows a user, in one place, each as a message id and its values: the
/// output module's diagnostic catalogue words each id in Chinese and English, so the core stays
/// free of any language and a problem reads in the language the user asked for.
///
/// The messages about a file's structure are public, for other readers of YAML input (the
/// plugins file) to say the same things the same way:
/// ```swift
/// Diagnostic(.error, at: location, path: "scorers", Messages.expected(.list, found: node))
/// ```
public enum Messages {
    private static func phrase(_ message: String, _ values: PhraseValues = [:]) -> Phrase {
        Phrase(message, values)
    }

    /// `'text'`, quoted as the reader's language quotes.
    public static func quoted(_ text: String) -> Phrase { phrase("quoted", ["text": .written(text)]) }

    private static func quotedList(_ items: [String]) -> PhraseValue { .phrases(items.map(quoted)) }

    /// One form of a message for one thing, another for several.
    private static func count(_ number: Int, one: String, many: String) -> PhraseValue {
        .phrase(phrase(number == 1 ? one : many, ["count": .number(Rational(number))]))
    }

    // MARK: Files

    static func unreadable(_ file: String, _ reason: Phrase) -> Phrase {
        phrase("file.unreadable", ["file": .written(file), "reason": .phrase(reason)])
    }
    static func unreadablePlugins(_ file: String, _ reason: Phrase) -> Phrase {
        phrase("file.unreadable-plugins", ["file": .written(file), "reason": .phrase(reason)])
    }
    static let noSuchFile = phrase("file.no-such-file")
    static let symbolicLinkLoop = phrase("file.link-loop")
    static let danglingLink = phrase("file.dangling-link")
    static let permissionDenied = phrase("file.permission-denied")
    static let isDirectory = phrase("file.is-folder")
    static let notRegularFile = phrase("file.not-regular")
    static func looksLikeCSV(_ header: String) -> Phrase { phrase("file.looks-like-csv", ["header": .written(header)]) }
    static let nameItCSV = phrase("file.name-it-csv")
    static let emptyFile = phrase("file.empty")
    static func fileTooLarge(_ bytes: Int, limit: Int) -> Phrase {
        phrase("file.too-large", ["bytes": .number(Rational(bytes)), "limit": .number(Rational(limit))])
    }
    static let invalidUTF8 = phrase("file.invalid-utf8")

    /// A YAML file the parser refused, by the kind of problem.
    public static func yaml(_ error: YAMLError) -> Phrase {
        switch error.kind {
        case .syntax(let problem, let context):
            // libyaml's own wording, quoted as it gave it.
            return phrase("yaml.syntax", ["problem": .written(context.map { "\(problem) \($0)" } ?? problem)])
        case .invalidUTF8: return invalidUTF8
        case .duplicateKey(let key, let first):
            return phrase("yaml.duplicate-key", ["key": .id(key), "line": .number(Rational(first.line)),
                                                 "column": .number(Rational(first.column))])
        case .nonScalarKey: return phrase("yaml.non-scalar-key")
        case .undefinedAlias(let name): return phrase("yaml.undefined-alias", ["alias": .id("*" + name), "anchor": .id("&" + name)])
        case .tooManyAliasedNodes(let limit): return phrase("yaml.too-many-aliases", ["limit": .number(Rational(limit))])
        case .tooDeep(let limit): return phrase("yaml.too-deep", ["limit": .number(Rational(limit))])
        case .tooLarge(let bytes, let limit): return fileTooLarge(bytes, limit: limit)
        case .multipleDocuments: return phrase("yaml.multiple-documents", ["separator": .id("---")])
        }
    }

    // MARK: Structure

    /// What a value should have been, for "expected …, found …".
    public enum Expected: Sendable {
        case mapping, list, text, value, number, amount, bool, percentage(example: String)
        case wholeNumber(from: Int, to: Int), oneOf([String]), either(String, String), gateTrue
        case zeroOrMore, conflicts, date, dateTime, positiveWhole, nonEmptyList, nonEmptyMapping, points
        case kind(FactKind)
        /// What another reader expects, in its own message.
        case described(Phrase)

        var phrase: Phrase {
            switch self {
            case .described(let phrase): return phrase
            case .mapping: return Messages.phrase("expect.mapping")
            case .list: return Messages.phrase("expect.list")
            case .text: return Messages.phrase("expect.text")
            case .value: return Messages.phrase("expect.value")
            case .number: return Messages.phrase("expect.number")
            case .amount: return Messages.phrase("expect.amount", ["a": .written("9860000"), "b": .written("986万元")])
            case .bool: return Expected.either("true", "false").phrase
            case .percentage(let example): return Messages.phrase("expect.percentage", ["example": .written(example)])
            case .wholeNumber(let from, let to):
                return Messages.phrase("expect.whole-number", ["from": .number(Rational(from)), "to": .number(Rational(to))])
            case .oneOf(let allowed): return Messages.phrase("expect.one-of", ["allowed": .writtenList(allowed)])
            case .either(let first, let second): return Messages.phrase("expect.either", ["first": .id(first), "second": .id(second)])
            case .gateTrue: return Messages.phrase("expect.gate-true", ["true": .id("true")])
            case .zeroOrMore: return Messages.phrase("expect.zero-or-more")
            case .positiveWhole: return Messages.phrase("expect.positive-whole")
            case .nonEmptyList: return Messages.phrase("expect.non-empty-list")
            case .nonEmptyMapping: return Messages.phrase("expect.non-empty-mapping")
            case .points: return Messages.phrase("expect.points")
            case .conflicts:
                return Messages.phrase("expect.conflicts", ["none": .id("none"), "stepped_aside": .id("stepped_aside"), "reason": .id("reason")])
            case .date: return Messages.phrase("expect.date", ["format": .id("YYYY-MM-DD")])
            case .dateTime: return Messages.phrase("expect.date-time", ["format": .id("YYYY-MM-DD HH:MM")])
            case .kind(let kind):
                switch kind {
                case .number: return Expected.number.phrase
                case .percent: return Expected.percentage(example: "99.95%").phrase
                case .duration:
                    return Messages.phrase("expect.duration", ["a": .written("30s"), "b": .written("15min"), "c": .written("4h"), "d": .written("2d")])
                case .bool: return Expected.bool.phrase
                case .text: return Expected.text.phrase
                case .list: return Expected.list.phrase
                case .amount: return Expected.amount.phrase
                }
            }
        }
    }

    /// "expected WHAT, found FOUND".
    public static func expected(_ what: Expected, found: Phrase) -> Phrase {
        phrase("expected", ["what": .phrase(what.phrase), "found": .phrase(found)])
    }

    /// "expected WHAT, found" what the node is.
    public static func expected(_ what: Expected, found node: YAMLNode) -> Phrase {
        expected(what, found: self.found(node))
    }

    /// What a YAML node is, as "found …" names it: its kind, or its text quoted (the start of a
    /// long one), with the tag it carries.
    public static func found(_ node: YAMLNode) -> Phrase {
        switch node.content {
        case .mapping: return phrase("found.mapping")
        case .sequence: return phrase("found.list")
        case .scalar(let text, let style):
            if node.isNull { return phrase("found.null") }
            let long = text.count > 80
            let truncated = long ? Phrase("found.truncated", ["count": .number(Rational(text.count))]) : nil
            let tagged = node.tag.map { Phrase("found.tagged", ["tag": .id(YAMLNode.shortTag($0))]) }
            return phrase(style.isPlain ? "found.plain" : "found.string",
                          ["text": .written(long ? String(text.prefix(60)) : text), "truncated": .optional(truncated),
                           "tag": .optional(tagged)])
        }
    }

    static let foundEmpty = phrase("found.empty")
    static func foundNumber(_ value: Rational) -> Phrase { phrase("found.number", ["value": .number(value)]) }
    static let foundFalse = phrase("found.false", ["false": .id("false")])

    /// "unknown key 'KEY'; allowed here: …".
    public static func unknownKey(_ key: String, allowed: [String]) -> Phrase {
        phrase("key.unknown", ["key": .id(key), "allowed": .writtenList(allowed)])
    }
    /// "missing required key 'KEY'".
    public static func missingKey(_ key: String) -> Phrase { phrase("key.missing", ["key": .id(key)]) }
    static let missingTitle = phrase("key.missing-title", ["zh": .id("zh"), "en": .id("en")])
    static let emptyList = phrase("list.empty")
    static let nullValue = phrase("value.null")
    static func listItemNotScalar(_ found: Phrase) -> Phrase { phrase("list.item-not-plain", ["found": .phrase(found)]) }
    static func badIdentifier(_ text: String) -> Phrase { phrase("id.invalid", ["text": .written(text)]) }
    static func mustBePositive(_ value: Rational) -> Phrase { phrase("number.not-positive", ["value": .number(value)]) }

    /// The kinds of thing an id names, for a duplicate id.
    enum Named: String {
        case member, openingRecordVendor = "opening-record-vendor", criterion, group, gate
    }

    static func duplicateID(_ kind: Named, _ id: String, first: SourceLocation) -> Phrase {
        phrase("id.duplicate", ["kind": .phrase(phrase("named.\(kind.rawValue)")), "id": .id(id),
                                "line": .number(Rational(first.mark.line)), "column": .number(Rational(first.mark.column))])
    }
    static func formatVersion(_ found: String, expected: String) -> Phrase {
        phrase("format.unsupported", ["found": .written(found), "expected": .id(expected)])
    }

    static func factParse(_ error: FactValue.ParseError) -> Phrase {
        switch error {
        case .negative(let text): return phrase("value.negative", ["text": .written(text)])
        case .notFinite(let text): return phrase("value.not-finite", ["text": .written(text)])
        case .percentOver100(let text): return phrase("value.percent-over-100", ["text": .written(text)])
        case .tooPrecise(let text): return phrase("value.too-precise", ["text": .written(text)])
        }
    }

    /// "did you mean 'a' or 'b'?", or `nil` when nothing is close.
    public static func didYouMean(_ candidates: [String]) -> Phrase? {
        candidates.isEmpty ? nil : phrase("hint.did-you-mean", ["candidates": quotedList(candidates)])
    }

    // MARK: Rubric

    static func pointsDoNotAddUp(sum: Rational, declared: Rational, groups: [(String, Rational)]) -> Phrase {
        // Exact forms: a third is written 1/3, so the sum shows why it misses.
        let terms = groups.map { phrase("rubric.group-points", ["group": .id($0.0), "points": .written($0.1.exactString)]) }
        return phrase("rubric.points-mismatch", ["sum": .written(sum.exactString), "groups": .phrases(terms),
                                                 "key": .id("total_points"), "declared": .written(declared.exactString)])
    }
    /// A scorer's own problem with its parameters, under the scorer's id.
    static func scorerProblem(_ id: String, _ problem: Phrase) -> Phrase {
        phrase("scorer.problem", ["scorer": .id(id), "problem": .phrase(problem)])
    }
    static func unknownScorer(_ id: String) -> Phrase { phrase("scorer.unknown", ["scorer": .id(id)]) }
    static func suggestScorers(_ ids: [String]) -> Phrase? {
        didYouMean(ids) ?? phrase("scorer.list-hint", ["command": .id("vendorscore scorers")])
    }
    static func subjectiveScorer(_ id: String) -> Phrase {
        phrase("scorer.subjective", ["committee": .id("committee.panel"), "scorer": .id(id)])
    }
    static let objectiveCommittee = phrase("scorer.objective-committee", ["committee": .id("committee.panel"), "setting": .id("type: subjective")])
    static func priceWeight(share: Rational, range: ClosedRange<Rational>, method: ProcurementMethod, category: ProcurementCategory) -> Phrase {
        let bounds = range.upperBound == 100
            ? phrase("bounds.at-least", ["lower": .percent(range.lowerBound)])
            : phrase("bounds.between", ["lower": .percent(range.lowerBound), "upper": .percent(range.upperBound)])
        return phrase("rubric.price-weight", ["share": .percent(share, decimals: 2), "basis": .citation(method.legalBasis),
                                              "bounds": .phrase(bounds), "category": .phrase(phrase("category.\(category.rawValue)"))])
    }
    static func priceRuleNotArticle55(criterion: String, scorer: String, method: ProcurementMethod) -> Phrase {
        phrase("rubric.price-rule-not-article-55", ["criterion": .id(criterion), "scorer": .id(scorer), "basis": .citation(method.legalBasis),
                                                    "rule": .id("cost.price-87"), "law": .citation("招标投标法")])
    }
    static let noPriceCriterion = phrase("rubric.no-price-criterion", ["comprehensive": .citation("综合评分法"), "consultation": .citation("竞争性磋商")])
    static func unknownTieBreak(_ text: String) -> Phrase {
        phrase("rubric.unknown-tie-break", ["key": .written(text), "bid": .id("bid-price"), "evaluation": .id("evaluation-price"),
                                            "group": .id("group:<id>"), "criterion": .id("criterion:<id>")])
    }
    static func gateConditionCount(_ keys: [String]) -> Phrase {
        phrase("rubric.gate-condition-count", ["keys": .writtenList(Gate.conditionKeys),
                                               "found": keys.isEmpty ? .phrase(phrase("found.none")) : .writtenList(keys)])
    }
    static func shareOutOfRange(_ value: Rational, range: ClosedRange<Rational>) -> Phrase {
        phrase("rubric.share-out-of-range", ["value": .percent(value), "lower": .percent(range.lowerBound), "upper": .percent(range.upperBound)])
    }

    // MARK: Bids

    static func duplicateVendor(_ id: String, first: SourceLocation) -> Phrase {
        phrase("bids.duplicate-vendor", ["vendor": .id(id), "line": .number(Rational(first.mark.line))])
    }
    static func missingFact(_ fact: String, vendor: String) -> Phrase {
        phrase("bids.missing-fact", ["vendor": .id(vendor), "fact": .fact(fact)])
    }
    static func missingFactNeededBy(_ fact: String, vendor: String, users: [String]) -> Phrase {
        phrase("bids.missing-fact-needed", ["vendor": .id(vendor), "fact": .fact(fact), "users": .writtenList(users)])
    }
    static let addFactOrDefault = phrase("bids.add-fact-or-default", ["defaults": .id("defaults")])
    static func factKindMismatch(_ fact: String, vendor: String, expected: [FactKind], found: FactValue) -> Phrase {
        phrase("bids.fact-kind-mismatch", ["vendor": .id(vendor), "fact": .fact(fact),
                                           "expected": .phrases(expected.map { Expected.kind($0).phrase }),
                                           "found": .written(found.description)])
    }
    static func unusedFact(_ fact: String, bids: Int) -> Phrase {
        phrase("bids.unused-fact", ["fact": .fact(fact), "bids": count(bids, one: "count.bid", many: "count.bids")])
    }
    static func scoreForUnknownCriterion(_ id: String) -> Phrase { phrase("bids.score-for-unknown-criterion", ["criterion": .id(id)]) }
    static func evaluatorScoreOutOfRange(_ points: Rational, maximum: Rational, vendor: String, criterion: String, evaluator: String) -> Phrase {
        phrase("bids.mark-out-of-range", ["vendor": .id(vendor), "evaluator": .id(evaluator), "points": .number(points),
                                          "criterion": .id(criterion), "maximum": .number(maximum)])
    }
    static func missingEvaluatorScores(vendor: String, criterion: String) -> Phrase {
        phrase("bids.no-marks", ["vendor": .id(vendor), "criterion": .id(criterion)])
    }
    static func evaluatorCount(vendor: String, criterion: String, found: Int, expected: Int) -> Phrase {
        phrase("bids.mark-count", ["vendor": .id(vendor), "criterion": .id(criterion), "found": .number(Rational(found)),
                                   "expected": .number(Rational(expected))])
    }
    static func differentPanels(criterion: String, usual: [String], usualVendors: Int,
                                others: [(evaluators: [String], vendors: [String])]) -> Phrase {
        let listed = others.map { other in
            phrase("bids.panel-other", [
                "vendors": .phrase(phrase(other.vendors.count == 1 ? "vendors.one" : "vendors.many", ["vendors": quotedList(other.vendors)])),
                "evaluators": other.evaluators.isEmpty ? .phrase(phrase("bids.no-evaluator")) : .writtenList(other.evaluators),
            ])
        }
        return phrase("bids.different-panels", ["criterion": .id(criterion),
                                                "usual": count(usualVendors, one: "count.bid-was", many: "count.bids-were"),
                                                "evaluators": .writtenList(usual), "others": .phrases(listed)])
    }
    static let samePanelHint = phrase("bids.same-panel-hint")
    static func unrecognisedItems(vendor: String, fact: String, items: [String], criterion: String, scorer: String,
                                  recognised: [String], earning: String?) -> Phrase {
        let scored = earning.map { phrase("items.earning", ["earning": .written($0)]) }
            ?? phrase(items.count == 1 ? "items.scores-it-nothing" : "items.scores-them-nothing")
        return phrase("bids.unrecognised-items", ["vendor": .id(vendor), "criterion": .id(criterion), "scorer": .id(scorer),
                                                  "items": quotedList(items), "scored": .phrase(scored),
                                                  "recognised": .writtenList(recognised)])
    }
    static func didYouMeanItem(_ item: String, _ close: String) -> Phrase {
        phrase("hint.did-you-mean-item", ["item": .written(item), "close": .written(close)])
    }
    static func joinedListItems(_ item: String, separator: Character, parts: [String]) -> Phrase {
        phrase("hint.joined-items", ["item": .written(item), "count": .number(Rational(parts.count)),
                                     "separator": .written(String(separator)), "parts": .writtenList(parts)])
    }
    static func gateFactNoBidHas(gate: String, fact: String) -> Phrase {
        phrase("bids.gate-fact-missing", ["gate": .id(gate), "fact": .fact(fact)])
    }
    static func wrongTender(_ found: String, rubric: String) -> Phrase {
        phrase("bids.wrong-tender", ["found": .id(found), "rubric": .id(rubric)])
    }
    static let noBids = phrase("bids.none")
    static func csvMissingColumn(_ name: String) -> Phrase { phrase("csv.missing-column", ["column": .written(name)]) }
    /// The CSV parser's own account of a file it cannot parse.
    static func csvUnreadable(_ problem: String) -> Phrase { phrase("csv.unreadable", ["problem": .written(problem)]) }
    static func csvRowLength(found: Int, expected: Int) -> Phrase {
        phrase("csv.row-length", ["found": .number(Rational(found)), "expected": .number(Rational(expected))])
    }
    static func csvDuplicateColumn(_ name: String) -> Phrase { phrase("csv.duplicate-column", ["column": .written(name)]) }
    static func csvScoreColumn(_ name: String) -> Phrase {
        phrase("csv.score-column", ["column": .written(name), "form": .id("score:<criterion>:<evaluator>")])
    }

    // MARK: Scoring

    static func noEvaluatorScores(criterion: String, vendor: String) -> Phrase {
        phrase("scoring.no-marks", ["vendor": .id(vendor), "criterion": .id(criterion)])
    }
    static func trimmedMeanNeedsThree(criterion: String, vendor: String, count: Int) -> Phrase {
        phrase("scoring.trimmed-mean-needs-three", ["vendor": .id(vendor), "count": .number(Rational(count)), "criterion": .id(criterion)])
    }
    static func awardOutOfRange(scorer: String, vendor: String, points: Rational, maximum: Rational) -> Phrase {
        phrase("scoring.award-out-of-range", ["scorer": .id(scorer), "vendor": .id(vendor), "points": .number(points),
                                              "maximum": .number(maximum)])
    }
    static func awardCount(scorer: String, found: Int, expected: Int) -> Phrase {
        phrase("scoring.award-count", ["scorer": .id(scorer), "found": .number(Rational(found)), "expected": .number(Rational(expected))])
    }

    // MARK: Scorer parameters

    static let parametersNotMapping = phrase("parameters.not-mapping")
    static func missingParameter(_ name: String) -> Phrase { phrase("parameters.missing", ["name": .id(name)]) }
    static let factNameOneWord = phrase("parameters.fact-name", ["example": .id("sla_availability")])
    static func pointsExceed(_ points: Rational, maximum: Rational) -> Phrase {
        phrase("parameters.points-exceed", ["points": .number(points), "maximum": .number(maximum)])
    }
    static func unknownParameterKey(_ key: String, allowed: [String], close: String?) -> Phrase {
        phrase("parameters.unknown-key", ["key": .id(key), "allowed": .writtenList(allowed),
                                          "hint": .optional(close.map { phrase("parameters.did-you-mean", ["close": .id($0)]) })])
    }

    // MARK: Registry

    static func duplicateScorer(_ id: String, first: String, second: String) -> Phrase {
        phrase("registry.duplicate-scorer", ["scorer": .id(id), "first": .id(first), "second": .id(second)])
    }
    static func invalidScorerID(_ id: String, module: String) -> Phrase {
        phrase("registry.invalid-scorer-id", ["scorer": .id(id), "module": .id(module), "form": .id("area.name")])
    }

    // MARK: Tender file

    static func leaderIsPurchaserRepresentative(_ id: String) -> Phrase {
        phrase("tender.leader-is-purchaser", ["member": .id(id), "basis": .citation("财政部令第87号 第45条")])
    }
    static func leaderSteppedAside(_ id: String) -> Phrase { phrase("tender.leader-stepped-aside", ["member": .id(id)]) }
    static func unknownMember(_ id: String) -> Phrase { phrase("tender.unknown-member", ["member": .id(id)]) }
    static func unknownVendor(_ id: String) -> Phrase { phrase("tender.unknown-vendor", ["vendor": .id(id)]) }
    static func revisionSupersedes(_ found: Int, revision: Int) -> Phrase {
        phrase("tender.supersedes", ["revision": .number(Rational(revision)), "previous": .number(Rational(revision - 1)),
                                     "key": .id("supersedes"), "found": .number(Rational(found))])
    }
    static func correctionUnchanged(_ mark: Rational) -> Phrase { phrase("tender.correction-unchanged", ["mark": .number(mark)]) }
    static func wrongTenderFile(_ found: String, rubric: String) -> Phrase {
        phrase("tender.wrong-tender", ["found": .id(found), "rubric": .id(rubric)])
    }
    static func procedureMismatch(_ procedure: ProcurementProcedure, method: ProcurementMethod) -> Phrase {
        phrase("tender.procedure-mismatch", ["procedure": .id(procedure.rawValue), "method": .id(procedure.evaluationMethod.rawValue),
                                             "rubric": .id(method.rawValue)])
    }
    static func committeeSizeMismatch(sitting: Int, rubric: Int) -> Phrase {
        phrase("tender.committee-size", ["sitting": .number(Rational(sitting)), "key": .id("committee.evaluators"),
                                         "rubric": .number(Rational(rubric))])
    }
    static func markByNonMember(evaluator: String, vendor: String, criterion: String) -> Phrase {
        phrase("tender.mark-by-non-member", ["vendor": .id(vendor), "evaluator": .id(evaluator), "criterion": .id(criterion)])
    }
    static func markBySteppedAside(evaluator: String, vendor: String, criterion: String) -> Phrase {
        phrase("tender.mark-by-stepped-aside", ["vendor": .id(vendor), "evaluator": .id(evaluator), "criterion": .id(criterion)])
    }
    static func memberWithoutMark(member: String, vendor: String, criterion: String) -> Phrase {
        phrase("tender.member-without-mark", ["member": .id(member), "vendor": .id(vendor), "criterion": .id(criterion)])
    }
    static let openingRecordNeedsEveryBid = phrase("tender.opening-record-needs-every-bid")
    static func notInOpeningRecord(_ vendor: String) -> Phrase {
        phrase("tender.not-in-opening-record", ["vendor": .id(vendor), "term": .citation("开标记录")])
    }
    static func openingPriceDiffers(vendor: String, opened: Rational, bid: Rational) -> Phrase {
        phrase("tender.opening-price-differs", ["opened": .written(opened.grouped), "vendor": .id(vendor), "bid": .written(bid.grouped)])
    }

    /// The kinds of committee decision, for a duplicate decision.
    enum Decision: String {
        case invalidBid = "invalid-bid", abnormalPrice = "abnormal-price"
    }

    static func duplicateDecision(_ kind: Decision, vendor: String, first: SourceLocation) -> Phrase {
        phrase("tender.duplicate-decision", ["kind": .phrase(phrase("decision.\(kind.rawValue)")), "vendor": .id(vendor),
                                             "line": .number(Rational(first.mark.line))])
    }
    static func abnormalDecisionWithoutFlag(_ vendor: String) -> Phrase {
        phrase("tender.abnormal-decision-without-flag", ["vendor": .id(vendor)])
    }
    static func flagWithoutDecision(_ vendor: String) -> Phrase {
        phrase("tender.flag-without-decision", ["vendor": .id(vendor), "basis": .citation("财政部令第87号 第60条")])
    }
    static func decisionOnExcludedBid(_ vendor: String) -> Phrase { phrase("tender.decision-on-excluded-bid", ["vendor": .id(vendor)]) }
    static func decidedByUnknown(_ id: String) -> Phrase {
        phrase("tender.decided-by-unknown", ["key": .id("decided_by"), "decider": .id(id), "committee": .id("committee"),
                                             "purchaser": .id("purchaser")])
    }
    static func correctionCriterionNotSubjective(_ id: String) -> Phrase {
        phrase("tender.correction-not-subjective", ["criterion": .id(id)])
    }
    static func correctionBeforeDiffers(member: String, vendor: String, criterion: String, before: Rational, found: Rational?) -> Phrase {
        let found = found.map { phrase("tender.bids-file-has", ["mark": .number($0)]) } ?? phrase("tender.bids-file-has-no-mark")
        return phrase("tender.correction-before-differs", ["member": .id(member), "vendor": .id(vendor), "before": .number(before),
                                                           "criterion": .id(criterion), "found": .phrase(found)])
    }
    static func correctionOutOfRange(_ mark: Rational, maximum: Rational) -> Phrase {
        phrase("tender.correction-out-of-range", ["mark": .number(mark), "maximum": .number(maximum)])
    }
    static func duplicateCorrection(member: String, vendor: String, criterion: String, first: SourceLocation) -> Phrase {
        phrase("tender.duplicate-correction", ["member": .id(member), "vendor": .id(vendor), "criterion": .id(criterion),
                                               "line": .number(Rational(first.mark.line))])
    }
    static func dissentByNonMember(_ id: String) -> Phrase { phrase("tender.dissent-by-non-member", ["member": .id(id)]) }

    // MARK: Amounts, encodings and spreadsheets

    static func amount(_ problem: WrittenAmount.Problem) -> Phrase {
        let example: PhraseValue = .phrase(phrase("amount.example", ["a": .written("9860000"), "b": .written("9,860,000"),
                                                                     "c": .written("¥9,860,000"), "d": .written("986万元")]))
        switch problem {
        case .empty: return phrase("amount.empty")
        case .badGrouping(let text): return phrase("amount.bad-grouping", ["text": .written(text), "example": example])
        case .signed(let text): return phrase("amount.signed", ["text": .written(text), "example": example])
        case .unknownUnit(let text, let unit):
            return phrase("amount.unknown-unit", ["text": .written(text), "unit": .written(unit), "example": example,
                                                  "units": .writtenList(["元", "万元", "亿元", "¥", "RMB"])])
        case .chineseNumerals(let text): return phrase("amount.chinese-numerals", ["text": .written(text), "example": example])
        case .tooPrecise(let text): return phrase("amount.too-precise", ["text": .written(text)])
        case .notAnAmount(let text): return phrase("amount.not-an-amount", ["text": .written(text), "example": example])
        }
    }
    static func priceNotPositive(_ text: String) -> Phrase { phrase("amount.price-not-positive", ["text": .written(text)]) }
    static let saveAsUTF8 = phrase("encoding.save-as-utf8", ["menu": .citation("另存为 → CSV UTF-8 (逗号分隔)")])
    static let readAsGB18030 = phrase("encoding.read-as-gb18030", ["save": .phrase(saveAsUTF8)])
    static func undecodable(byte: UInt8, line: Int, column: Int) -> Phrase {
        let hex = String(byte, radix: 16, uppercase: true)
        return phrase("encoding.undecodable", ["byte": .id("0x" + (hex.count == 1 ? "0" + hex : hex)), "line": .number(Rational(line)),
                                               "column": .number(Rational(column)), "save": .phrase(saveAsUTF8)])
    }
    static let utf16 = phrase("encoding.utf16", ["save": .phrase(saveAsUTF8)])
}
