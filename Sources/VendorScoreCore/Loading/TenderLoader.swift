/// Loads a tender file (`vendorscore/tender@1`): the project, the committee, the opening record
/// and the committee's decisions.
///
/// ```yaml
/// format: vendorscore/tender@1
/// tender: gov-cloud-2026
/// project:
///   name: { zh: 某省政务云服务采购项目 }
///   number: SDZC-2026-0318
///   purchaser: 某省大数据局
///   procurement_method: open-tender
/// committee:
///   leader: E2
///   members:
///     - { id: E1, name: 张明, role: expert, conflicts: none }
///     - { id: E2, name: 李华, role: expert, conflicts: none }
///     - { id: E3, name: 王芳, role: purchaser-representative, conflicts: none }
/// decisions:
///   abnormal_prices:
///     - { vendor: kingsoft, outcome: rejected, reason: 未能提供成本构成证明, decided_by: committee, date: 2026-03-18 }
/// ```
///
/// Loading checks the file on its own (structure, types, ids used twice, dates, the leader).
/// Checking it against a rubric and bids is ``TenderChecker``'s job.
public struct TenderLoader: Sendable {
    public static let format = "vendorscore/tender@1"
    static let topKeys = ["format", "tender", "note", "project", "committee", "opening_record", "decisions", "revision"]
    static let decisionKeys = ["abnormal_prices", "invalid_bids", "corrections", "clarifications", "dissents", "recommend"]
    static let recordKeys = ["reason", "decided_by", "date"]

    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    public func load(path: String) throws(DiagnosticList) -> Tender {
        try load(bytes: SourceDocument.read(path: path), file: path)
    }

    public func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> Tender {
        let sink = DiagnosticCollector()
        let tender = SourceDocument.parse(bytes, file: file, sink: sink, limits: limits).flatMap { read($0) }
        try sink.throwIfErrors()
        guard let tender else { throw DiagnosticList(sink.diagnostics) }
        return tender
    }

    private func read(_ root: NodeReader) -> Tender? {
        guard let map = root.mapping(allowed: Self.topKeys, required: ["format", "project", "committee"]) else { return nil }
        if let format = map.optional("format"), let text = format.string(), text != Self.format {
            format.error(Messages.formatVersion(text, expected: Self.format))
        }
        let tenderID = map.optional("tender")?.identifier()
        _ = map.optional("note")?.string()
        let project = map.required("project").flatMap(readProject)
        let committee = map.required("committee").flatMap(readCommittee)
        let opening = map.optional("opening_record").map(readOpening) ?? []
        let decisions = map.optional("decisions").map(readDecisions) ?? CommitteeDecisions()
        let revision = map.optional("revision").flatMap(readRevision)
        guard !root.sink.hasErrors, let project, let committee else { return nil }
        return Tender(tenderID: tenderID, project: project, committee: committee, opening: opening, decisions: decisions,
                      revision: revision, file: root.file, location: root.location)
    }

    // MARK: Revision

    static let revisionKeys = ["number", "supersedes", "reason", "opened_at", "opened_by"]

    private func readRevision(_ node: NodeReader) -> TenderRevision? {
        guard let map = node.mapping(allowed: Self.revisionKeys, required: Self.revisionKeys) else { return nil }
        let number = map.required("number")?.integer(in: 2...Self.maximumRevision)
        let supersedesNode = map.required("supersedes")
        let supersedes = supersedesNode?.integer(in: 1...Self.maximumRevision)
        let reason = map.required("reason")?.text()
        let openedAt = map.required("opened_at")?.dateTime()
        let openedBy = map.required("opened_by")?.text()
        guard let number, let supersedes, let reason, let openedAt, let openedBy else { return nil }
        // A revision re-evaluates the one before it; any other number means a revision is missing or misnamed.
        guard supersedes == number - 1 else {
            supersedesNode?.error(Messages.revisionSupersedes(supersedes, revision: number))
            return nil
        }
        return TenderRevision(number: number, supersedes: supersedes, reason: reason, openedAt: openedAt, openedBy: openedBy,
                              location: node.location)
    }

    static let maximumRevision = 1_000_000

    // MARK: Project

    private func readProject(_ node: NodeReader) -> TenderProject? {
        guard let map = node.mapping(allowed: ["name", "number", "purchaser", "agency", "budget", "procurement_method", "notice", "opening"],
                                     required: ["name", "number", "purchaser", "procurement_method"])
        else { return nil }
        let name = map.required("name")?.localized()
        let number = map.required("number")?.text()
        let purchaser = map.required("purchaser")?.text()
        let agency = map.optional("agency")?.text()
        let budget = map.optional("budget")?.positiveNumber()
        let method = map.required("procurement_method")?.choice(ProcurementProcedure.self)
        let notice = map.optional("notice").flatMap { node -> TenderNotice? in
            guard let notice = node.mapping(allowed: ["media", "published"], required: ["media", "published"]) else { return nil }
            let media = notice.required("media")?.textList()
            let published = notice.required("published")?.date()
            guard let media, let published else { return nil }
            return TenderNotice(media: media, published: published)
        }
        let opening = map.optional("opening").flatMap { node -> TenderOpening? in
            guard let opening = node.mapping(allowed: ["time", "place"], required: ["time", "place"]) else { return nil }
            let time = opening.required("time")?.dateTime()
            let place = opening.required("place")?.text()
            guard let time, let place else { return nil }
            return TenderOpening(time: time, place: place)
        }
        guard let name, let number, let purchaser, let method else { return nil }
        return TenderProject(name: name, number: number, purchaser: purchaser, agency: agency, budget: budget,
                             procurementMethod: method, notice: notice, opening: opening)
    }

    // MARK: Committee

    private func readCommittee(_ node: NodeReader) -> Committee? {
        guard let map = node.mapping(allowed: ["leader", "members"], required: ["leader", "members"]) else { return nil }
        let members = map.required("members")?.sequence()?.compactMap(readMember) ?? []
        var seen: [String: SourceLocation] = [:]
        for member in members {
            if let first = seen[member.id] {
                node.sink.error(at: member.location, path: "committee.members", Messages.duplicateID(.member, member.id, first: first))
            } else {
                seen[member.id] = member.location
            }
        }
        guard let leaderNode = map.required("leader"), let leader = leaderNode.identifier() else { return nil }
        if !members.isEmpty {
            if let chosen = members.first(where: { $0.id == leader }) {
                if chosen.role == .purchaserRepresentative {
                    leaderNode.error(Messages.leaderIsPurchaserRepresentative(leader))
                } else if chosen.steppedAside != nil {
                    leaderNode.error(Messages.leaderSteppedAside(leader))
                }
            } else {
                leaderNode.error(Messages.unknownMember(leader), hint: Suggestions.hint(for: leader, in: members.map(\.id)))
            }
        }
        return Committee(members: members, leader: leader)
    }

    private func readMember(_ node: NodeReader) -> CommitteeMember? {
        guard let map = node.mapping(allowed: ["id", "name", "role", "conflicts"], required: ["id", "name", "role", "conflicts"]) else {
            return nil
        }
        let id = map.required("id")?.identifier()
        let name = map.required("name")?.text()
        let role = map.required("role")?.choice(CommitteeMember.Role.self)
        var steppedAside: SteppedAside?
        var declared = false
        if let conflicts = map.required("conflicts") {
            if let text = conflicts.node.scalarText, !conflicts.node.isNull {
                if text == "none" {
                    declared = true
                } else {
                    conflicts.error(Messages.expected(.conflicts, found: conflicts.node))
                }
            } else if let aside = conflicts.mapping(allowed: ["stepped_aside", "reason"], required: ["stepped_aside", "reason"]) {
                let bidders = aside.required("stepped_aside")?.identifierList()
                let reason = aside.required("reason")?.text()
                if let bidders, let reason {
                    steppedAside = SteppedAside(bidders: bidders, reason: reason)
                    declared = true
                }
            }
        }
        guard let id, let name, let role, declared else { return nil }
        return CommitteeMember(id: id, name: name, role: role, steppedAside: steppedAside, location: node.location)
    }

    // MARK: Opening record

    private func readOpening(_ node: NodeReader) -> [OpeningEntry] {
        var seen: [String: SourceLocation] = [:]
        return (node.sequence(allowEmpty: true) ?? []).compactMap { item -> OpeningEntry? in
            guard let map = item.mapping(allowed: ["vendor", "price", "declarations"], required: ["vendor", "price"]) else { return nil }
            let vendor = map.required("vendor")?.identifier()
            let priceNode = map.required("price")
            let price = priceNode?.positiveNumber()
            let declarations = map.optional("declarations")?.textList(allowEmpty: true) ?? []
            guard let vendor, let price, let priceNode else { return nil }
            if let first = seen[vendor] {
                item.error(Messages.duplicateID(.openingRecordVendor, vendor, first: first))
                return nil
            }
            seen[vendor] = item.location
            return OpeningEntry(vendor: vendor, price: price, declarations: declarations, location: item.location,
                                priceLocation: priceNode.location)
        }
    }

    // MARK: Decisions

    private func readDecisions(_ node: NodeReader) -> CommitteeDecisions {
        guard let map = node.mapping(allowed: Self.decisionKeys) else { return CommitteeDecisions() }
        func items(_ key: String) -> [NodeReader] { map.optional(key)?.sequence(allowEmpty: true) ?? [] }
        return CommitteeDecisions(
            abnormalPrices: items("abnormal_prices").compactMap(readAbnormalPrice),
            invalidBids: items("invalid_bids").compactMap(readInvalidBid),
            corrections: items("corrections").compactMap(readCorrection),
            clarifications: items("clarifications").compactMap(readClarification),
            dissents: items("dissents").compactMap(readDissent),
            recommend: map.optional("recommend")?.integer(in: 1...100) ?? CommitteeDecisions.defaultRecommend)
    }

    private func readRecord(_ map: MappingReader) -> DecisionRecord? {
        let reason = map.required("reason")?.text()
        let decidedBy = map.required("decided_by")?.identifier()
        let date = map.required("date")?.date()
        guard let reason, let decidedBy, let date else { return nil }
        return DecisionRecord(decidedBy: decidedBy, date: date, reason: reason)
    }

    private func readAbnormalPrice(_ node: NodeReader) -> AbnormalPriceDecision? {
        guard let map = node.mapping(allowed: ["vendor", "outcome"] + Self.recordKeys, required: ["vendor", "outcome"] + Self.recordKeys)
        else { return nil }
        let vendor = map.required("vendor")?.identifier()
        let outcome = map.required("outcome")?.choice(AbnormalPriceDecision.Outcome.self)
        let record = readRecord(map)
        guard let vendor, let outcome, let record else { return nil }
        return AbnormalPriceDecision(vendor: vendor, outcome: outcome, record: record, location: node.location)
    }

    private func readInvalidBid(_ node: NodeReader) -> InvalidBidDecision? {
        guard let map = node.mapping(allowed: ["vendor", "stage"] + Self.recordKeys, required: ["vendor", "stage"] + Self.recordKeys)
        else { return nil }
        let vendor = map.required("vendor")?.identifier()
        let stage = map.required("stage")?.choice(Gate.Stage.self)
        let record = readRecord(map)
        guard let vendor, let stage, let record else { return nil }
        return InvalidBidDecision(vendor: vendor, stage: stage, record: record, location: node.location)
    }

    private func readCorrection(_ node: NodeReader) -> MarkCorrection? {
        let keys = ["member", "vendor", "criterion", "before", "after", "case"] + Self.recordKeys
        guard let map = node.mapping(allowed: keys, required: keys) else { return nil }
        let member = map.required("member")?.identifier()
        let vendor = map.required("vendor")?.identifier()
        let criterion = map.required("criterion")?.identifier()
        let beforeNode = map.required("before")
        let before = beforeNode?.number()
        let after = map.required("after")?.number()
        let legalCase = map.required("case")?.integer(in: 1...4).flatMap(MarkCorrection.Case.init(rawValue:))
        let record = readRecord(map)
        guard let member, let vendor, let criterion, let before, let after, let legalCase, let record else { return nil }
        if before == after {
            node.error(Messages.correctionUnchanged(before))
            return nil
        }
        return MarkCorrection(member: member, vendor: vendor, criterion: criterion, before: before, after: after,
                              legalCase: legalCase, record: record, location: node.location, beforeLocation: beforeNode?.location)
    }

    private func readClarification(_ node: NodeReader) -> Clarification? {
        guard let map = node.mapping(allowed: ["vendor", "text", "date"], required: ["text", "date"]) else { return nil }
        let vendor = map.optional("vendor")?.identifier()
        let text = map.required("text")?.text()
        let date = map.required("date")?.date()
        guard let text, let date else { return nil }
        return Clarification(vendor: vendor, text: text, date: date, location: node.location)
    }

    private func readDissent(_ node: NodeReader) -> Dissent? {
        guard let map = node.mapping(allowed: ["member", "reasons"], required: ["member", "reasons"]) else { return nil }
        let member = map.required("member")?.identifier()
        let reasons = map.required("reasons")?.text()
        guard let member, let reasons else { return nil }
        return Dissent(member: member, reasons: reasons, location: node.location)
    }
}

extension NodeReader {
    /// Text that must say something: an empty or blank value is an error.
    func text() -> String? {
        guard let text = string() else { return nil }
        guard text.contains(where: { !$0.isWhitespace }) else {
            error(Messages.expected(.text, found: Messages.foundEmpty))
            return nil
        }
        return text
    }

    /// A list of texts, or one text standing for a list of one.
    func textList(allowEmpty: Bool = false) -> [String]? {
        if node.scalarText != nil, !node.isNull { return text().map { [$0] } }
        guard let items = sequence(allowEmpty: allowEmpty) else { return nil }
        let texts = items.compactMap { $0.text() }
        return texts.count == items.count ? texts : nil
    }

    /// A list of ids, or one id standing for a list of one.
    func identifierList() -> [String]? {
        if node.scalarText != nil, !node.isNull { return identifier().map { [$0] } }
        guard let items = sequence() else { return nil }
        let ids = items.compactMap { $0.identifier() }
        return ids.count == items.count ? ids : nil
    }

    /// A calendar date written `YYYY-MM-DD`.
    func date() -> String? {
        guard let text = string() else { return nil }
        guard CalendarText.isDate(text) else {
            error(Messages.expected(.date, found: Messages.quoted(text)))
            return nil
        }
        return text
    }

    /// A date and time written `YYYY-MM-DD HH:MM` (local time of the tender).
    func dateTime() -> String? {
        guard let text = string() else { return nil }
        guard CalendarText.isDateTime(text) else {
            error(Messages.expected(.dateTime, found: Messages.quoted(text)))
            return nil
        }
        return text
    }
}

/// Checks dates and times written as text without a calendar or the clock, so a tender file reads
/// the same in every locale and time zone.
enum CalendarText {
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(isDigit) }), (1...12).contains(month), year >= 1900 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    static func isDateTime(_ text: String) -> Bool {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, isDate(String(parts[0])) else { return false }
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(isDigit) }),
              let hour = Int(clock[0]), let minute = Int(clock[1]) else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}
