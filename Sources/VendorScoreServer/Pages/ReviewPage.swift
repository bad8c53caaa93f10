import Plot
import VendorScoreCore
import VendorScoreReport
import VendorScoreStore
import VendorScoreWorkspace

/// 复核: every member's marks side by side with the spread flags, the committee's decisions and
/// corrections on record, and, for the leader, the forms to record more.
struct ReviewPage {
    let labels: PageLabels
    let csrfToken: String
    let tenderID: TenderID
    let review: MarkReview
    let bidders: [(id: String, name: String)]
    let decisions: [StoredDecision]
    let corrections: [StoredCorrection]
    /// The decision kinds the viewer may record now, and whether they may correct marks.
    let mayDecide: [DecisionKind]
    let mayCorrect: Bool
    var problems: [FieldProblem] = []

    private var base: String { "/tenders/\(tenderID.rawValue)" }

    var page: Page {
        Page(
            title: labels.review,
            .p(.class("notice"), Markup.text(labels.reviewIntro)),
            FormParts.general(problems, fields: []),
            .group(review.template.criteria.map(criterionTable)),
            .h2(Markup.text(labels.decisions)),
            .if(decisions.isEmpty, .p(.class("muted"), Markup.text(labels.noDecisions))),
            .ul(.group(decisions.map { stored in .li(Markup.text(describe(stored.decision))) })),
            .group(mayDecide.map(decisionForm)),
            .h2(Markup.text(labels.corrections)),
            .if(corrections.isEmpty, .p(.class("muted"), Markup.text(labels.noCorrections))),
            .ul(.group(corrections.map { stored in
                let correction = stored.correction
                let member = review.members.first { $0.user == correction.member }?.memberID ?? correction.member.rawValue
                return .li(Markup.text("\(member) \(correction.key): \(correction.before) → \(correction.after)，\(labels.article64(correction.article64Case))；\(correction.reason)"))
            })),
            .if(mayCorrect, correctionForm)
        )
    }

    private func criterionTable(_ criterion: SheetCriterion) -> Node<HTML.BodyContext> {
        .section(
            .h2(Markup.text("\(criterion.title)（\(criterion.id)，0–\(criterion.maximum)）")),
            .table(
                .thead(.tr(.th(Markup.text(labels.vendor)), .group(review.members.map { .th(.class("num"), Markup.text($0.memberID)) }),
                           .th(.class("num"), Markup.text(labels.spread)))),
                .tbody(.group(review.template.vendors.map { vendor in
                    let key = MarkKey(vendor: vendor, criterion: criterion.id)
                    let flagged = review.isFlagged(key)
                    return .tr(
                        .td(Markup.text(vendor)),
                        .group(review.members.map { member in
                            .td(.class("num"), Markup.text(review.sheets[member.user]?.marks[key]?.description ?? "—"))
                        }),
                        .td(.class(flagged ? "num flag" : "num"), Markup.text(review.spread(key)?.decimalString() ?? "—"))
                    )
                }))
            )
        )
    }

    private func describe(_ decision: CommitteeDecision) -> String {
        let what: String
        switch decision.content {
        case .abnormalPrice(let vendor, let accepted): what = "\(vendor)：\(accepted ? labels.accepted : labels.rejected)"
        case .invalidBid(let vendor, _): what = vendor
        case .clarification(let vendor, let text): what = "\(vendor ?? "—")：\(text)"
        case .recommendedCandidates(let count): what = String(count)
        }
        return "\(labels.decisionKind(decision.kind))：\(what)；\(labels.reason)：\(decision.reason)"
    }

    private func vendorSelect(optional: Bool) -> Node<HTML.FormContext> {
        .group(
            .label(Markup.text(labels.vendor)),
            Controls.select(["name": "vendor"],
                            options: (optional ? [("", labels.anyVendor, true)] : []) + bidders.map { ($0.id, "\($0.name)（\($0.id)）", false) })
        )
    }

    private func decisionForm(_ kind: DecisionKind) -> Node<HTML.BodyContext> {
        let fields: Node<HTML.FormContext>
        switch kind {
        case .abnormalPrice:
            fields = .group(vendorSelect(optional: false),
                            .label(Controls.input(["type": "radio", "name": "accepted", "value": "yes", "required": ""]), Markup.text(" " + labels.accepted)),
                            .label(Controls.input(["type": "radio", "name": "accepted", "value": "no"]), Markup.text(" " + labels.rejected)))
        case .invalidBid:
            fields = vendorSelect(optional: false)
        case .clarification:
            fields = .group(vendorSelect(optional: true), FormParts.textArea(labels.clarificationText, name: "text", value: "", problems: []))
        case .recommendedCandidates:
            fields = FormParts.field(labels.candidates, name: "count", value: "3")
        }
        return .form(
            .method(.post), Markup.attribute("action", "\(base)/decisions/\(kind.rawValue)"), .class("stacked"),
            .h3(Markup.text(labels.decisionKind(kind))),
            CSRFField(token: csrfToken).node,
            fields,
            FormParts.textArea(labels.reason, name: "reason", value: "", problems: [], rows: 2),
            .button(.type(.submit), Markup.text(labels.record))
        )
    }

    private var correctionForm: Node<HTML.BodyContext> {
        .form(
            .method(.post), Markup.attribute("action", "\(base)/corrections"), .class("stacked"),
            CSRFField(token: csrfToken).node,
            .label(Markup.text(labels.member)),
            Controls.select(["name": "member"], options: review.members.map { ($0.user.rawValue, "\($0.memberID) \($0.name)", false) }),
            vendorSelect(optional: false),
            .label(Markup.text(labels.criterion)),
            Controls.select(["name": "criterion"], options: review.template.criteria.map { ($0.id, "\($0.title)（\($0.id)）", false) }),
            FormParts.field(labels.after, name: "after"),
            .label(Markup.text(labels.article64Case)),
            Controls.select(["name": "case"], options: Article64Case.allCases.map { (String($0.rawValue), labels.article64($0), false) }),
            FormParts.textArea(labels.reason, name: "reason", value: "", problems: [], rows: 2),
            .button(.type(.submit), Markup.text(labels.correct))
        )
    }
}
