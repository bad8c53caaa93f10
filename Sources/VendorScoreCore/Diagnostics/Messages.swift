/// Every message the core shows a user, in one place, so wording stays consistent and is easy to
/// review or translate.
enum Messages {
    // MARK: Files

    static func unreadable(_ file: String, _ reason: String) -> String { "cannot read \(file): \(reason)" }
    static let noSuchFile = "no such file"
    static let symbolicLinkLoop = "too many levels of symbolic links (a symbolic link loop)"
    static let danglingLink = "a symbolic link to a file that does not exist"
    static let permissionDenied = "permission denied"
    static let isDirectory = "it is a folder, not a file"
    static let notRegularFile = "not a regular file"
    static func looksLikeCSV(_ header: String) -> String {
        "this looks like a CSV file (its first line is '\(header)'), but its name does not end in .csv, so it was read as YAML"
    }
    static let nameItCSV = "name it with .csv at the end to have it read as CSV"
    static let emptyFile = "the file is empty; expected a YAML mapping"
    static func fileTooLarge(_ bytes: Int, limit: Int) -> String {
        "the file is \(bytes) bytes, more than the \(limit) bytes allowed"
    }
    static let invalidUTF8 = "the file is not valid UTF-8 text; save it as UTF-8"

    // MARK: Structure

    static func expected(_ what: String, found: String) -> String { "expected \(what), found \(found)" }
    static func unknownKey(_ key: String, allowed: [String]) -> String {
        "unknown key '\(key)'; allowed here: \(allowed.joined(separator: ", "))"
    }
    static func missingKey(_ key: String) -> String { "missing required key '\(key)'" }
    static let emptyList = "the list is empty"
    static let nullValue = "expected a value, found null"
    static func listItemNotScalar(_ found: String) -> String { "list items must be plain values, found \(found)" }
    static func badIdentifier(_ text: String) -> String {
        "'\(text)' is not a valid id; use letters, digits, '-', '_' or '.' without spaces"
    }
    static func mustBePositive(_ value: Rational) -> String { "must be greater than 0, found \(value.decimalString())" }
    static func duplicateID(_ kind: String, _ id: String, first: SourceLocation) -> String {
        "duplicate \(kind) id '\(id)' (first used at \(first.mark.line):\(first.mark.column))"
    }
    static func formatVersion(_ found: String, expected: String) -> String {
        "unsupported format '\(found)'; this version of VendorScore reads '\(expected)'"
    }

    static func factParse(_ error: FactValue.ParseError) -> String {
        switch error {
        case .negative(let text): return "'\(text)' is negative; facts and amounts must be 0 or more"
        case .notFinite(let text): return "'\(text)' is not a finite number"
        case .percentOver100(let text): return "'\(text)' is over 100%"
        case .tooPrecise(let text): return "'\(text)' is not a number VendorScore can read exactly (at most 15 digits before the point and 9 after)"
        }
    }

    // MARK: Rubric

    static func pointsDoNotAddUp(sum: Rational, declared: Rational, groups: [(String, Rational)]) -> String {
        let detail = groups.map { "\($0.0) \($0.1.exactString)" }.joined(separator: " + ")
        return "criteria points add up to \(sum.exactString) (\(detail)), but total_points is \(declared.exactString)"
    }
    static func unknownScorer(_ id: String) -> String { "unknown scorer '\(id)'" }
    static func suggestScorers(_ ids: [String]) -> String? {
        ids.isEmpty ? "run 'vendorscore scorers' to list them" : "did you mean " + ids.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
    static func subjectiveScorer(_ id: String) -> String {
        "a subjective criterion is scored by the committee ('committee.panel'), not by '\(id)'"
    }
    static let objectiveCommittee = "'committee.panel' scores subjective criteria; set 'type: subjective'"
    static func priceWeight(share: Rational, range: ClosedRange<Rational>, method: ProcurementMethod, category: ProcurementCategory) -> String {
        let bounds = range.upperBound == 100
            ? "at least \(range.lowerBound.decimalString())%"
            : "\(range.lowerBound.decimalString())%–\(range.upperBound.decimalString())%"
        return "the price score is \(share.decimalString(maxDecimals: 2))% of the total; \(method.legalBasis) requires \(bounds) for \(category.rawValue)"
    }
    static func priceRuleNotArticle55(criterion: String, scorer: String, method: ProcurementMethod) -> String {
        "criterion '\(criterion)' scores price with '\(scorer)', but the rubric's method follows \(method.legalBasis), "
            + "whose price score is the lowest price ÷ the bid's price × points (scorer 'cost.price-87'); "
            + "use another price rule only in a tender not bound by it (招标投标法 works, state-owned enterprises)"
    }
    static let noPriceCriterion = "no criterion scores price; 综合评分法 and 竞争性磋商 require a price score"
    static func unknownTieBreak(_ text: String) -> String {
        "unknown tie-break key '\(text)'; use bid-price, evaluation-price, group:<id> or criterion:<id>"
    }
    static func gateConditionCount(_ keys: [String]) -> String {
        "a gate needs exactly one condition (\(Gate.conditionKeys.joined(separator: ", "))), found " +
            (keys.isEmpty ? "none" : keys.joined(separator: ", "))
    }
    static func shareOutOfRange(_ value: Rational, range: ClosedRange<Rational>) -> String {
        "\(value.decimalString())% is outside the allowed \(range.lowerBound.decimalString())%–\(range.upperBound.decimalString())%"
    }

    // MARK: Bids

    static func duplicateVendor(_ id: String, first: SourceLocation) -> String {
        "vendor id '\(id)' appears twice (first at line \(first.mark.line))"
    }
    static func missingFact(_ fact: String, vendor: String) -> String {
        "vendor '\(vendor)' lacks fact '\(fact)'"
    }
    static func missingFactNeededBy(_ fact: String, vendor: String, users: [String]) -> String {
        "vendor '\(vendor)' lacks fact '\(fact)', which \(users.joined(separator: ", ")) reads"
    }
    static let addFactOrDefault = "add it to the bid, or give it a default under 'defaults' in the rubric"
    static func factKindMismatch(_ fact: String, vendor: String, expected: [FactKind], found: FactValue) -> String {
        "vendor '\(vendor)': fact '\(fact)' should be \(expected.map(\.description).joined(separator: " or ")), found '\(found)'"
    }
    static func unusedFact(_ fact: String, bids: Int) -> String {
        "fact '\(fact)' (in \(bids == 1 ? "1 bid" : "\(bids) bids")) is not read by any criterion or gate"
    }
    static func scoreForUnknownCriterion(_ id: String) -> String { "no subjective criterion '\(id)' in the rubric" }
    static func evaluatorScoreOutOfRange(_ points: Rational, maximum: Rational, vendor: String, criterion: String, evaluator: String) -> String {
        "vendor '\(vendor)': evaluator '\(evaluator)' gave \(points.decimalString()) on '\(criterion)', outside 0–\(maximum.decimalString())"
    }
    static func missingEvaluatorScores(vendor: String, criterion: String) -> String {
        "vendor '\(vendor)' has no evaluator scores for subjective criterion '\(criterion)'"
    }
    static func evaluatorCount(vendor: String, criterion: String, found: Int, expected: Int) -> String {
        "vendor '\(vendor)' has \(found) evaluator scores for '\(criterion)'; the committee has \(expected) members"
    }
    static func differentPanels(criterion: String, usual: [String], usualVendors: Int,
                                others: [(evaluators: [String], vendors: [String])]) -> String {
        let listed = others.map { other in
            "vendor" + (other.vendors.count == 1 ? " " : "s ") + other.vendors.map { "'\($0)'" }.joined(separator: ", ")
                + " by " + (other.evaluators.isEmpty ? "no evaluator" : other.evaluators.joined(separator: ", "))
        }.joined(separator: "; ")
        return "the bids were not all marked by the same evaluators on '\(criterion)': \(usualVendors) bid"
            + (usualVendors == 1 ? " was" : "s were") + " marked by \(usual.joined(separator: ", ")), but \(listed)"
    }
    static let samePanelHint = "every bid needs a mark from each evaluator of the committee; a bid with fewer, more or other evaluators' marks would be ranked on a different footing"
    static func unrecognisedItems(vendor: String, fact: String, items: [String], criterion: String, scorer: String,
                                  recognised: [String], earning: String?) -> String {
        let quoted = items.map { "'\($0)'" }.joined(separator: ", ")
        let scored = earning.map { "gives \($0)" } ?? "scores " + (items.count == 1 ? "it" : "them") + " 0"
        return "vendor '\(vendor)': \(criterion) (\(scorer)) does not recognise \(quoted) and \(scored); it recognises: "
            + recognised.joined(separator: ", ")
    }
    static func didYouMeanItem(_ item: String, _ close: String) -> String { "did you mean '\(close)' for '\(item)'?" }
    static func joinedListItems(_ item: String, separator: Character, parts: [String]) -> String {
        "'\(item)' looks like \(parts.count) items joined by '\(separator)'; write them as separate items: "
            + "[\(parts.joined(separator: ", "))] in YAML, \(parts.joined(separator: " | ")) in a CSV cell"
    }
    static func gateFactNoBidHas(gate: String, fact: String) -> String {
        "gate '\(gate)' reads fact '\(fact)', which no bid states and the rubric gives no default for; every bid would fail it"
    }
    static func wrongTender(_ found: String, rubric: String) -> String {
        "these bids are for tender '\(found)', but the rubric is '\(rubric)'"
    }
    static let noBids = "the bids file lists no bids"
    static func csvMissingColumn(_ name: String) -> String { "the CSV header has no '\(name)' column" }
    static func csvRowLength(found: Int, expected: Int) -> String {
        "the row has \(found) fields but the header has \(expected)"
    }
    static func csvDuplicateColumn(_ name: String) -> String { "column '\(name)' appears twice in the header" }
    static func csvScoreColumn(_ name: String) -> String {
        "column '\(name)' should be written score:<criterion>:<evaluator>"
    }

    // MARK: Scoring

    static func noEvaluatorScores(criterion: String, vendor: String) -> String {
        "vendor '\(vendor)' has no evaluator scores for '\(criterion)'"
    }
    static func trimmedMeanNeedsThree(criterion: String, vendor: String, count: Int) -> String {
        "a trimmed mean needs at least 3 evaluator scores; vendor '\(vendor)' has \(count) for '\(criterion)'"
    }
    static func awardOutOfRange(scorer: String, vendor: String, points: Rational, maximum: Rational) -> String {
        "scorer '\(scorer)' gave vendor '\(vendor)' \(points.decimalString()) points, outside 0–\(maximum.decimalString()); this is a bug in the scorer"
    }
    static func awardCount(scorer: String, found: Int, expected: Int) -> String {
        "scorer '\(scorer)' returned \(found) awards for \(expected) bids; this is a bug in the scorer"
    }

    // MARK: Registry

    static func duplicateScorer(_ id: String, first: String, second: String) -> String {
        "scorer id '\(id)' is registered twice, by \(first) and by \(second); every scorer needs its own id"
    }
    static func invalidScorerID(_ id: String, module: String) -> String {
        "scorer id '\(id)' from \(module) is not of the form area.name (lowercase letters, digits and '-')"
    }

    // MARK: Tender file

    static func leaderIsPurchaserRepresentative(_ id: String) -> String {
        "member '\(id)' is the purchaser's representative, who may not lead the committee (财政部令第87号 第45条); choose an expert"
    }
    static func leaderSteppedAside(_ id: String) -> String { "member '\(id)' stepped aside and cannot lead the committee" }
    static func unknownMember(_ id: String) -> String { "no committee member '\(id)'" }
    static func unknownVendor(_ id: String) -> String { "no bid from vendor '\(id)' in the bids file" }
    static func revisionSupersedes(_ found: Int, revision: Int) -> String {
        "revision \(revision) re-evaluates revision \(revision - 1), but 'supersedes' is \(found)"
    }
    static func correctionUnchanged(_ mark: Rational) -> String {
        "the mark before and after are both \(mark.decimalString()); a correction must change the mark"
    }
    static func wrongTenderFile(_ found: String, rubric: String) -> String {
        "this tender file is for tender '\(found)', but the rubric is '\(rubric)'"
    }
    static func procedureMismatch(_ procedure: ProcurementProcedure, method: ProcurementMethod) -> String {
        "procurement method '\(procedure.rawValue)' is evaluated by the '\(procedure.evaluationMethod.rawValue)' method, but the rubric's method is '\(method.rawValue)'"
    }
    static func committeeSizeMismatch(sitting: Int, rubric: Int) -> String {
        "\(sitting) members sit on the committee (those who did not step aside), but the rubric's committee.evaluators is \(rubric)"
    }
    static func markByNonMember(evaluator: String, vendor: String, criterion: String) -> String {
        "vendor '\(vendor)': evaluator '\(evaluator)' marked '\(criterion)' but is not a member of the committee in the tender file"
    }
    static func markBySteppedAside(evaluator: String, vendor: String, criterion: String) -> String {
        "vendor '\(vendor)': evaluator '\(evaluator)' marked '\(criterion)' but stepped aside from this evaluation"
    }
    static func memberWithoutMark(member: String, vendor: String, criterion: String) -> String {
        "committee member '\(member)' has no mark for vendor '\(vendor)' on subjective criterion '\(criterion)'"
    }
    static let openingRecordNeedsEveryBid = "every bid opened must be in the opening record"
    static func notInOpeningRecord(_ vendor: String) -> String {
        "vendor '\(vendor)' has a bid but is not in the tender file's opening record (开标记录)"
    }
    static func openingPriceDiffers(vendor: String, opened: Rational, bid: Rational) -> String {
        "the opening record reads \(opened.grouped) for vendor '\(vendor)', but the bids file says \(bid.grouped); the bids file no longer matches what was opened"
    }
    static func duplicateDecision(_ kind: String, vendor: String, first: SourceLocation) -> String {
        "a second \(kind) decision for vendor '\(vendor)' (first at line \(first.mark.line))"
    }
    static func abnormalDecisionWithoutFlag(_ vendor: String) -> String {
        "vendor '\(vendor)' has no abnormally-low-price flag, so there is no explanation for the committee to accept or reject"
    }
    static func flagWithoutDecision(_ vendor: String) -> String {
        "vendor '\(vendor)' is flagged for an abnormally low price, but the tender file records no committee decision on its explanation (财政部令第87号 第60条)"
    }
    static func decisionOnExcludedBid(_ vendor: String) -> String {
        "vendor '\(vendor)' already fails a review gate; the decision changes nothing"
    }
    static func decidedByUnknown(_ id: String) -> String {
        "decided_by '\(id)' is neither 'committee', 'purchaser' nor a sitting committee member"
    }
    static func correctionCriterionNotSubjective(_ id: String) -> String {
        "'\(id)' is not a subjective criterion; only committee marks can be corrected"
    }
    static func correctionBeforeDiffers(member: String, vendor: String, criterion: String, before: Rational, found: Rational?) -> String {
        let found = found.map { "the bids file has \($0.decimalString())" } ?? "the bids file has no such mark"
        return "the correction says member '\(member)' gave vendor '\(vendor)' \(before.decimalString()) on '\(criterion)', but \(found)"
    }
    static func correctionOutOfRange(_ mark: Rational, maximum: Rational) -> String {
        "the corrected mark \(mark.decimalString()) is outside 0–\(maximum.decimalString())"
    }
    static func duplicateCorrection(member: String, vendor: String, criterion: String, first: SourceLocation) -> String {
        "member '\(member)''s mark for vendor '\(vendor)' on '\(criterion)' is corrected twice (first at line \(first.mark.line)); give one correction from the original mark to the final one"
    }
    static func dissentByNonMember(_ id: String) -> String { "'\(id)' dissents but is not a sitting committee member" }

    // MARK: Amounts, encodings and spreadsheets

    static func amount(_ problem: WrittenAmount.Problem) -> String {
        let example = "write it in digits, such as 9860000, 9,860,000, ¥9,860,000 or 986万元"
        switch problem {
        case .empty: return "expected an amount, found an empty cell"
        case .badGrouping(let text):
            return "'\(text)' is not an amount VendorScore can read exactly: its commas do not group the digits in threes; \(example)"
        case .signed(let text): return "'\(text)' has a sign; an amount is written without one; \(example)"
        case .unknownUnit(let text, let unit):
            return "'\(text)': '\(unit)' is not a currency or unit VendorScore reads in an amount (元, 万元, 亿元, ¥, RMB); \(example)"
        case .chineseNumerals(let text):
            return "'\(text)' is written in Chinese numerals; \(example)"
        case .tooPrecise(let text):
            return "'\(text)' has more digits than VendorScore reads exactly (at most 15 before the point and 9 after)"
        case .notAnAmount(let text): return "'\(text)' is not an amount; \(example)"
        }
    }
    static func priceNotPositive(_ text: String) -> String { "expected a price above 0, found '\(text)'" }
    static let saveAsUTF8 = "in Excel choose 另存为 → CSV UTF-8 (逗号分隔) (Save As → CSV UTF-8 (Comma delimited))"
    static let readAsGB18030 =
        "the file is not UTF-8; it was read as GB18030 (GBK), the encoding Chinese Excel saves CSV in; if it was saved in another encoding, \(saveAsUTF8)"
    static func undecodable(byte: UInt8, line: Int, column: Int) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "the file is neither UTF-8 nor GB18030 (GBK) text: byte 0x\(hex.count == 1 ? "0" + hex : hex) at line \(line), column \(column) "
            + "cannot be read; \(saveAsUTF8)"
    }
    static let utf16 = "the file is UTF-16 text (Excel's Unicode text); \(saveAsUTF8)"
}
