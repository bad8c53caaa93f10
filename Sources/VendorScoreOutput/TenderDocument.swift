import VendorScoreCore

extension EvaluationDocument {
    /// The tender file's content as an evaluation document writes it: the project, the committee
    /// with its conflict declarations, the opening record and every decision, corrections with
    /// both marks. Optional values are written as `null`.
    ///
    /// ```swift
    /// let tender = EvaluationDocument(evaluation).tender
    /// tender?.corrections.first?.before   // "4"
    /// ```
    public struct TenderInfo: Codable, Sendable, Equatable {
        public var project: Project
        /// The re-evaluation this result is (第64条 after signing), `null` when the tender file has
        /// no `revision` block. A record leaves the key out instead (``OmittingAbsentRevision``),
        /// so records made before revisions existed keep their seal.
        public var revision: Revision?
        public var committee: CommitteeInfo
        public var opening: [OpeningLine]
        public var abnormalPrices: [AbnormalPrice]
        public var invalidBids: [InvalidBid]
        public var corrections: [Correction]
        public var clarifications: [ClarificationNote]
        public var dissents: [DissentNote]
        /// How many candidates are recommended.
        public var recommend: Int

        enum CodingKeys: String, CodingKey {
            case project, revision, committee, opening, corrections, clarifications, dissents, recommend
            case abnormalPrices = "abnormal_prices"
            case invalidBids = "invalid_bids"
        }

        public func encode(to encoder: any Encoder) throws {
            try encode(to: encoder, omittingAbsentRevision: false)
        }

        private func encode(to encoder: any Encoder, omittingAbsentRevision: Bool) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(project, forKey: .project)
            if omittingAbsentRevision {
                try container.encodeIfPresent(revision, forKey: .revision)
            } else {
                try container.encode(revision, forKey: .revision)
            }
            try container.encode(committee, forKey: .committee)
            try container.encode(opening, forKey: .opening)
            try container.encode(abnormalPrices, forKey: .abnormalPrices)
            try container.encode(invalidBids, forKey: .invalidBids)
            try container.encode(corrections, forKey: .corrections)
            try container.encode(clarifications, forKey: .clarifications)
            try container.encode(dissents, forKey: .dissents)
            try container.encode(recommend, forKey: .recommend)
        }

        /// The tender as a record's findings hold it: without a `revision` key when there is none.
        ///
        /// ```swift
        /// try container.encodeIfPresent(findings.tender.map(EvaluationDocument.TenderInfo.OmittingAbsentRevision.init), forKey: .tender)
        /// ```
        package struct OmittingAbsentRevision: Encodable {
            package var tender: TenderInfo

            package init(_ tender: TenderInfo) {
                self.tender = tender
            }

            package func encode(to encoder: any Encoder) throws {
                try tender.encode(to: encoder, omittingAbsentRevision: true)
            }
        }
    }

    public struct Project: Codable, Sendable, Equatable {
        public var name: Text
        public var number: String
        public var purchaser: String
        public var agency: String?
        public var budget: String?
        /// `open-tender`, `invited-tender` or `consultation`.
        public var procurementMethod: String
        /// The media that published the notice, and the date (`YYYY-MM-DD`).
        public var noticeMedia: [String]
        public var noticePublished: String?
        /// `YYYY-MM-DD HH:MM` and place of the bid opening.
        public var openingTime: String?
        public var openingPlace: String?

        enum CodingKeys: String, CodingKey {
            case name, number, purchaser, agency, budget
            case procurementMethod = "procurement_method"
            case noticeMedia = "notice_media"
            case noticePublished = "notice_published"
            case openingTime = "opening_time"
            case openingPlace = "opening_place"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(number, forKey: .number)
            try container.encode(purchaser, forKey: .purchaser)
            try container.encode(agency, forKey: .agency)
            try container.encode(budget, forKey: .budget)
            try container.encode(procurementMethod, forKey: .procurementMethod)
            try container.encode(noticeMedia, forKey: .noticeMedia)
            try container.encode(noticePublished, forKey: .noticePublished)
            try container.encode(openingTime, forKey: .openingTime)
            try container.encode(openingPlace, forKey: .openingPlace)
        }
    }

    /// Revision `number` of the tender, re-evaluating revision `supersedes`, why, when and by whom.
    public struct Revision: Codable, Sendable, Equatable {
        public var number: Int
        public var supersedes: Int
        public var reason: String
        /// `YYYY-MM-DD HH:MM`.
        public var openedAt: String
        public var openedBy: String

        enum CodingKeys: String, CodingKey {
            case number, supersedes, reason
            case openedAt = "opened_at"
            case openedBy = "opened_by"
        }
    }

    public struct CommitteeInfo: Codable, Sendable, Equatable {
        public var leader: String
        public var members: [Member]
    }

    public struct Member: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        /// `expert` or `purchaser-representative`.
        public var role: String
        /// The bidders a member who stepped aside (回避) had a conflict with; empty when none declared.
        public var steppedAsideFrom: [String]
        /// The reason given for stepping aside, or `null`.
        public var steppedAsideReason: String?

        enum CodingKeys: String, CodingKey {
            case id, name, role
            case steppedAsideFrom = "stepped_aside_from"
            case steppedAsideReason = "stepped_aside_reason"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(role, forKey: .role)
            try container.encode(steppedAsideFrom, forKey: .steppedAsideFrom)
            try container.encode(steppedAsideReason, forKey: .steppedAsideReason)
        }
    }

    public struct OpeningLine: Codable, Sendable, Equatable {
        public var vendor: String
        public var price: String
        public var declarations: [String]
    }

    /// Who decided, when, and why.
    public struct Decided: Codable, Sendable, Equatable {
        public var reason: String
        public var decidedBy: String
        public var date: String

        enum CodingKeys: String, CodingKey {
            case reason, date
            case decidedBy = "decided_by"
        }
    }

    public struct AbnormalPrice: Codable, Sendable, Equatable {
        public var vendor: String
        /// `accepted` or `rejected`.
        public var outcome: String
        public var decision: Decided
    }

    public struct InvalidBid: Codable, Sendable, Equatable {
        public var vendor: String
        /// `qualification` or `compliance`.
        public var stage: String
        public var decision: Decided
    }

    public struct Correction: Codable, Sendable, Equatable {
        public var member: String
        public var vendor: String
        public var criterion: String
        /// The mark as given, and as corrected (the one scored).
        public var before: String
        public var after: String
        /// The case of 财政部令第87号 第64条, 1 to 4.
        public var legalCase: Int
        public var decision: Decided

        enum CodingKeys: String, CodingKey {
            case member, vendor, criterion, before, after, decision
            case legalCase = "case"
        }
    }

    public struct ClarificationNote: Codable, Sendable, Equatable {
        public var vendor: String?
        public var text: String
        public var date: String

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(vendor, forKey: .vendor)
            try container.encode(text, forKey: .text)
            try container.encode(date, forKey: .date)
        }
    }

    public struct DissentNote: Codable, Sendable, Equatable {
        public var member: String
        public var reasons: String
    }
}

extension EvaluationDocument.TenderInfo {
    /// The document form of a tender file.
    public init(_ tender: Tender) {
        typealias Document = EvaluationDocument
        func decided(_ record: DecisionRecord) -> Document.Decided {
            Document.Decided(reason: record.reason, decidedBy: record.decidedBy, date: record.date)
        }
        let project = tender.project
        self.project = Document.Project(
            name: Document.Text(zh: project.name.zh, en: project.name.en), number: project.number, purchaser: project.purchaser,
            agency: project.agency, budget: project.budget?.decimalString(), procurementMethod: project.procurementMethod.rawValue,
            noticeMedia: project.notice?.media ?? [], noticePublished: project.notice?.published,
            openingTime: project.opening?.time, openingPlace: project.opening?.place)
        revision = tender.revision.map {
            Document.Revision(number: $0.number, supersedes: $0.supersedes, reason: $0.reason, openedAt: $0.openedAt, openedBy: $0.openedBy)
        }
        committee = Document.CommitteeInfo(leader: tender.committee.leader, members: tender.committee.members.map {
            Document.Member(id: $0.id, name: $0.name, role: $0.role.rawValue, steppedAsideFrom: $0.steppedAside?.bidders ?? [],
                            steppedAsideReason: $0.steppedAside?.reason)
        })
        opening = tender.opening.map { Document.OpeningLine(vendor: $0.vendor, price: $0.price.decimalString(), declarations: $0.declarations) }
        let decisions = tender.decisions
        abnormalPrices = decisions.abnormalPrices.map {
            Document.AbnormalPrice(vendor: $0.vendor, outcome: $0.outcome.rawValue, decision: decided($0.record))
        }
        invalidBids = decisions.invalidBids.map { Document.InvalidBid(vendor: $0.vendor, stage: $0.stage.rawValue, decision: decided($0.record)) }
        corrections = decisions.corrections.map {
            Document.Correction(member: $0.member, vendor: $0.vendor, criterion: $0.criterion, before: $0.before.decimalString(),
                                after: $0.after.decimalString(), legalCase: $0.legalCase.rawValue, decision: decided($0.record))
        }
        clarifications = decisions.clarifications.map { Document.ClarificationNote(vendor: $0.vendor, text: $0.text, date: $0.date) }
        dissents = decisions.dissents.map { Document.DissentNote(member: $0.member, reasons: $0.reasons) }
        recommend = decisions.recommend
    }
}
