import Plot
import VendorScoreReport
import VendorScoreWorkspace

/// The officer enters the project as the notice states it, the opening record (the price each
/// bidder's representative heard read out, and the declarations handed in) and how many
/// candidates to recommend.
struct SetupPage {
    let labels: PageLabels
    let csrfToken: String
    let tenderID: TenderID
    /// Bidder ids in the bids file's order, one opening-record row each.
    let bidders: [String]
    var setup: TenderSetup
    var problems: [FieldProblem] = []

    /// Each project field: its form name, its label and its value.
    static func fields(_ project: Project, _ labels: PageLabels) -> [(name: String, label: String, value: String)] {
        [("nameZh", labels.projectNameZh, project.nameZh), ("nameEn", labels.projectNameEn, project.nameEn),
         ("number", labels.projectNumber, project.number), ("purchaser", labels.purchaser, project.purchaser),
         ("agency", labels.agency, project.agency), ("budget", labels.budget, project.budget),
         ("method", labels.procurementMethod, project.method), ("noticeMedia", labels.noticeMedia, project.noticeMedia),
         ("noticeDate", labels.noticeDate, project.noticeDate), ("openingTime", labels.openingTime, project.openingTime),
         ("openingPlace", labels.openingPlace, project.openingPlace)]
    }

    var page: Page {
        let entries = Dictionary(setup.openingRecord.map { ($0.vendor, $0) }, uniquingKeysWith: { first, _ in first })
        return Page(
            title: labels.setup,
            FormParts.general(problems, fields: Set(Self.fields(setup.project, labels).map(\.name) + ["recommended"]
                                                    + bidders.flatMap { ["price:\($0)", "declarations:\($0)"] })),
            .form(
                .method(.post), Markup.attribute("action", "/tenders/\(tenderID.rawValue)/setup"), .class("stacked"),
                CSRFField(token: csrfToken).node,
                .group(Self.fields(setup.project, labels).map { field in
                    FormParts.field(field.label, name: field.name, value: field.value, problems: problems, required: false)
                }),
                FormParts.field(labels.candidates, name: "recommended", value: String(setup.recommendedCandidates), problems: problems),
                .h2(Markup.text(labels.openingRecord)),
                .table(
                    .thead(.tr(.th(Markup.text(labels.vendor)), .th(Markup.text(labels.quotedPrice)), .th(Markup.text(labels.declarationsHandedIn)))),
                    .tbody(.group(bidders.map { vendor in
                        .tr(.td(Markup.text(vendor)),
                            .td(Controls.input(["type": "text", "name": "price:\(vendor)", "inputmode": "decimal",
                                                "value": entries[vendor]?.quotedPrice ?? "", "aria-label": "\(labels.quotedPrice) \(vendor)"]),
                                FormParts.messages(problems.filter { $0.field == "price:\(vendor)" })),
                            .td(Controls.input(["type": "text", "name": "declarations:\(vendor)",
                                                "value": entries[vendor]?.declarations.joined(separator: ", ") ?? "",
                                                "aria-label": "\(labels.declarationsHandedIn) \(vendor)"])))
                    }))
                ),
                Controls.button(labels.save)
            ),
            .p(.a(Markup.attribute("href", "/tenders/\(tenderID.rawValue)"), Markup.text(labels.back)))
        )
    }
}
