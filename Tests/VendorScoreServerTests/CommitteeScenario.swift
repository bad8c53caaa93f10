import Foundation
import HTTPTypes
import Testing
import VendorScoreWorkspace
@testable import VendorScoreServer

/// The people of one evaluation, signed in: an administrator, an officer, five experts on the
/// committee (E1 leads; the shipped rubric wants five), an expert who sits elsewhere, a
/// supervisor; and the tender `GC-1` created by the officer from the shipped example, with its
/// project entered.
struct CommitteeScenario: Sendable {
    static let tender = "GC-1"
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let client: WorkspaceClient
    let admin: Session
    let officer: Session
    let members: [Session]
    let outsider: Session
    let supervisor: Session

    var leader: Session { members[0] }

    static func example(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: repository.appendingPathComponent(path)))
    }

    /// The shipped example's bids without their committee marks, as an officer has them before
    /// the committee scores: every `scores:` block dropped.
    static func bidsWithoutMarks() throws -> [UInt8] {
        var kept: [Substring] = []
        var inScores = false
        for line in String(decoding: try example("examples/government-cloud/bids.yaml"), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "    scores:" { inScores = true; continue }
            if inScores, line.hasPrefix("      ") { continue }
            inScores = false
            kept.append(line)
        }
        return Array(kept.joined(separator: "\n").utf8)
    }

    static func make(_ client: WorkspaceClient, bids: [UInt8]? = nil) async throws -> CommitteeScenario {
        let admin = try await client.admin()
        let officer = try await client.user("officer", [.officer], admin: admin)
        var members: [Session] = []
        for index in 1...5 { members.append(try await client.user("expert\(index)", [.expert], admin: admin)) }
        let outsider = try await client.user("outsider", [.expert], admin: admin)
        let supervisor = try await client.user("auditor", [.supervisor], admin: admin)
        let scenario = CommitteeScenario(client: client, admin: admin, officer: officer, members: members, outsider: outsider,
                                         supervisor: supervisor)
        let created = try await client.upload("/tenders", session: officer, fields: [("number", tender), ("title", "政务云服务采购")],
                                              files: [("rubric", "government-cloud.yaml", try example("rubrics/government-cloud.yaml")),
                                                      ("bids", "bids.yaml", try bids ?? example("examples/government-cloud/bids.yaml"))])
        try #require(created.status == .seeOther, "creating the tender answered \(created.status): \(created.text.prefix(2000))")
        let setup = #"{"project":{"name-zh":"政务云服务采购","name-en":"Government cloud services","number":"GC-1","purchaser":"某市大数据局","agency":"","budget":"","method":"open-tender","notice-media":"","notice-date":"","opening-time":"","opening-place":""},"opening-record":[],"recommended-candidates":3}"#
        let entered = try await client.api(.put, "/api/v1/tenders/\(tender)/setup", session: officer, json: setup)
        try #require(entered.status == .noContent, "entering the project answered \(entered.status): \(entered.text)")
        let seats = members.enumerated().map { index, member in
            #"{"memberId":"E\#(index + 1)","userId":"\#(member.userID)","leader":\#(index == 0)}"#
        }.joined(separator: ",")
        let committee = try await client.api(.put, "/api/v1/tenders/\(tender)/committee", session: officer, json: #"{"members":[\#(seats)]}"#)
        try #require(committee.status == .ok, "naming the committee answered \(committee.status): \(committee.text)")
        return scenario
    }

    /// Moves the tender on, doing each stage's work, until it stands at `stage`.
    func walk(to stage: TenderStage) async throws {
        let path = "/api/v1/tenders/\(Self.tender)"
        let revision = try #require(try await client.server.store.currentRevision(of: TenderID(Self.tender)))
        let current = revision.stage
        // Work someone already did through the pages is not done again.
        let state = try await client.server.store.tenderState(revision.ref)
        for next in TenderStage.allCases where next > current && next <= stage {
            switch next {
            case .complianceReview:
                for member in members where state.declarations[UserID(member.userID)] == nil {
                    let declared = try await client.api(.post, "\(path)/declaration", session: member, json: #"{"stepAside":false}"#)
                    try #require(declared.status == .noContent, "declaring answered \(declared.status): \(declared.text)")
                }
            case .review:
                for member in members where !state.submitted.contains(UserID(member.userID)) { try await submitSheet(member) }
            case .closed:
                for member in members where !state.signed.contains(UserID(member.userID)) {
                    let signed = try await client.api(.post, "\(path)/signature", session: member, json: #"{"confirm":true}"#)
                    try #require(signed.status == .noContent, "signing answered \(signed.status): \(signed.text)")
                }
            default:
                break
            }
            let mover = next == .signing ? leader : officer
            let moved = try await client.api(.post, "\(path)/stage/\(next.rawValue)", session: mover)
            try #require(moved.status == .ok, "moving to \(next) answered \(moved.status): \(moved.text)")
        }
    }

    /// Fills every cell of the member's sheet with the criterion's maximum and submits it.
    func submitSheet(_ member: Session, mark: (SheetJSON.Criterion) -> String = { $0.maximum }) async throws {
        let path = "/api/v1/tenders/\(Self.tender)/sheet"
        let sheet = try JSONDecoder().decode(SheetJSON.self, from: Data(buffer: try await client.api(.get, path, session: member).body))
        var marks: [String] = []
        for vendor in sheet.vendors {
            for criterion in sheet.criteria { marks.append(#""\#(vendor)/\#(criterion.id)":"\#(mark(criterion))""#) }
        }
        let submitted = try await client.api(.post, "\(path)/submit", session: member, json: #"{"marks":{\#(marks.joined(separator: ","))}}"#)
        try #require(submitted.status == .ok, "submitting answered \(submitted.status): \(submitted.text)")
    }
}

struct SheetJSON: Decodable {
    struct Criterion: Decodable {
        var id: String
        var maximum: String
    }

    var vendors: [String]
    var criteria: [Criterion]
    var marks: [String: String]
    var submitted: Bool
}
