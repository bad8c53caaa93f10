import Plot
import VendorScoreReport
import VendorScoreWorkspace

/// "My tenders": one page of the tenders the viewer may open, most recently changed first, with
/// their stage, the way to the other pages and the way to a new tender.
struct TendersPage {
    let labels: PageLabels
    let list: TenderPage
    let mayCreate: Bool

    private var tenders: [LoadedTender] { list.tenders }

    var page: Page {
        Page(
            title: labels.myTenders,
            .if(mayCreate, .p(.a(.class("next"), .href("/tenders/new"), Markup.text(labels.newTender)))),
            .if(tenders.isEmpty, .p(.class("muted"), Markup.text(labels.noTenders))),
            .if(!tenders.isEmpty, .table(
                .thead(.tr(.th(Markup.text(labels.tenderNumber)), .th(Markup.text(labels.tenderTitle)),
                           .th(Markup.text(labels.stage)), .th(Markup.text(labels.revision)))),
                .tbody(.group(tenders.map { tender in
                    .tr(.td(.a(Markup.attribute("href", "/tenders/\(tender.ref.tender.rawValue)"), Markup.text(tender.ref.tender.rawValue))),
                        .td(Markup.text(tender.revision.title)),
                        .td(Markup.text(labels.stage(tender.revision.stage))),
                        .td(.class("num"), Markup.text(String(tender.ref.number))))
                }))
            )),
            .if(list.count > 1, pager)
        )
    }

    /// Links to the pages before and after, around where this one stands.
    private var pager: Node<HTML.BodyContext> {
        .nav(.class("pages"),
             .if(list.number > 1, .a(Markup.attribute("href", "/tenders?page=\(list.number - 1)"), Markup.text(labels.previousPage))),
             .span(Markup.text(labels.pageOf(list.number, list.count, tenders: list.total))),
             .if(list.number < list.count, .a(Markup.attribute("href", "/tenders?page=\(list.number + 1)"), Markup.text(labels.nextPage))))
    }
}

/// The officer's form for a new tender: its number and title, the rubric and the bids. On a
/// problem the typed fields come back filled and each file's errors stand under its input.
struct NewTenderPage {
    let labels: PageLabels
    let csrfToken: String
    var number = ""
    var title = ""
    var problems: [FieldProblem] = []

    var page: Page {
        Page(
            title: labels.newTender,
            FormParts.general(problems, fields: ["number", "title", "rubric", "bids"]),
            .form(
                .method(.post), .action("/tenders"), .enctype(.multipartData), .class("stacked"),
                CSRFField(token: csrfToken).node,
                FormParts.field(labels.tenderNumber, name: "number", value: number, problems: problems),
                FormParts.field(labels.tenderTitle, name: "title", value: title, problems: problems),
                FormParts.file(labels.rubricFile, name: "rubric", accept: ".yaml,.yml", problems: problems),
                FormParts.file(labels.bidsFile, name: "bids", accept: ".yaml,.yml,.csv", problems: problems),
                .button(.type(.submit), Markup.text(labels.upload))
            )
        )
    }
}
