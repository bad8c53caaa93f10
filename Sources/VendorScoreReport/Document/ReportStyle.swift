/// The report's stylesheet: system fonts with a CJK fallback chain, tables that repeat their
/// headers across pages, chart styles, and print rules for A4. Printed, sections follow one
/// another (a forced page break per section would leave pages holding a few lines); headings
/// stay with what follows them, tables split only between their unbreakable row groups, and
/// names and titles wrap only between words. It holds no `<` or `&`, so it is valid XML text.
enum ReportStyle {
    static let css = """
    :root { --ink: #1b1b1b; --muted: #5a5a5a; --rule: #b8b8b8; --faint: #eeeeee; --pass: #1a6e3a; --fail: #a11d1d; }
    html { font-family: "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", \
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); }
    html:lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", \
    "Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
    body { margin: 0 auto; padding: 24px; max-width: 1000px; font-size: 14px; line-height: 1.45; }
    h1, h2, h3, .panel-title, figcaption, caption, table.data th, table.data td.name { word-break: keep-all; overflow-wrap: normal; }
    h1 { font-size: 24px; margin: 4px 0 12px; }
    h2 { font-size: 19px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 15px; margin: 18px 0 6px; }
    .kicker { margin: 0; color: var(--muted); font-size: 13px; letter-spacing: 0.08em; }
    dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 8px 0 12px; }
    dl.fields dt { color: var(--muted); }
    dl.fields dd { margin: 0; overflow-wrap: break-word; }
    .table-wrap { overflow-x: auto; margin: 8px 0 14px; }
    /* Separate borders, each cell drawing its right and bottom edge: a collapsed border shared
       by two rows is cut in half where a page ends between them. */
    table.data { border-collapse: separate; border-spacing: 0; width: 100%; }
    table.data caption { text-align: left; font-weight: bold; padding: 4px 0; }
    table.data th, table.data td { border: 0 solid var(--rule); border-width: 0 1px 1px 0; padding: 4px 6px; vertical-align: top; text-align: left; }
    table.data tr > :first-child { border-left-width: 1px; }
    table.data thead tr:first-child > * { border-top-width: 1px; }
    table.data tr.table-title th { background: #ffffff; text-align: left; }
    @media screen { table.data tr.table-title { display: none; } }
    table.data th { background: var(--faint); font-weight: bold; }
    table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
    table.data td.num { white-space: nowrap; }
    table.compact { font-size: 12px; }
    table.compact td, table.compact th { padding: 3px 5px; }
    table#ranking td:nth-child(2) { min-width: 8em; }
    tr.tied td { background: #fff6dc; }
    tr.tied td:first-child { font-weight: bold; }
    tr.excluded td { color: var(--muted); }
    tr.summary td { border-top: 2px solid var(--ink); font-weight: bold; }
    tr.group td { background: var(--faint); font-weight: bold; }
    .note { display: block; color: var(--muted); font-size: 11px; font-weight: normal; overflow-wrap: break-word; }
    .mark { font-weight: bold; margin-right: 4px; }
    .mark.pass { color: var(--pass); }
    .mark.fail { color: var(--fail); }
    nav.contents ul { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
    nav.contents a { color: var(--ink); }
    figure.chart { margin: 12px 0 24px; }
    figure.chart figcaption { font-weight: bold; margin-bottom: 6px; }
    ul.legend { list-style: none; padding: 0; margin: 4px 0 8px; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px; }
    ul.legend li { display: flex; align-items: center; gap: 6px; }
    .panels svg { display: block; width: 100%; height: auto; }
    .panels.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 8px 12px; }
    .panel { break-inside: avoid; page-break-inside: avoid; }
    .panel-title { margin: 0; font-size: 12px; font-weight: bold; text-align: center; }
    .chart-alternative { font-size: 12px; color: var(--muted); }
    svg text { fill: var(--ink); font-family: inherit; }
    svg text.halo { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
    svg .grid { stroke: #dddddd; stroke-width: 1; }
    svg .axis { stroke: #444444; stroke-width: 1; }
    svg .track { fill: #f3f3f3; stroke: #8a8a8a; stroke-width: 1; }
    svg .segment { stroke: #ffffff; stroke-width: 1; }
    svg .ring { fill: none; stroke: #cccccc; stroke-width: 1; }
    svg .ring.outer { stroke: #888888; }
    svg .spoke { stroke: #cccccc; stroke-width: 1; }
    svg .radar-area { fill: #0072B2; fill-opacity: 0.18; stroke: #1b1b1b; stroke-width: 1.5; }
    svg .vertex { stroke: #1b1b1b; stroke-width: 1; }
    svg .curve { fill: none; stroke: #444444; stroke-width: 1.5; stroke-dasharray: 6 4; }
    svg .benchmark { stroke: #1b1b1b; stroke-width: 1.5; stroke-dasharray: 2 3; }
    svg .marker { stroke: #1b1b1b; stroke-width: 1.2; }
    svg .before-deduction { fill: #ffffff; stroke: #1b1b1b; stroke-width: 1.2; }
    svg .deduction { stroke: #777777; stroke-width: 1; stroke-dasharray: 3 2; }
    svg .leader { stroke: #5a5a5a; stroke-width: 0.8; }
    svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
    footer.report-footer { margin-top: 32px; font-size: 12px; }
    table#inputs td:last-child { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      /* TrueType faces first: Chromium embeds CFF-based faces such as Noto Sans CJK glyph by
         glyph (Type 3), which makes a printed report several times larger. */
      html:lang(zh), html { font-family: Arial, "Liberation Sans", "Helvetica Neue", "WenQuanYi Micro Hei", "Microsoft YaHei", \
    "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Hiragino Sans GB", sans-serif; }
      /* A face without a bold weight is not emboldened by the browser: synthetic bold is also
         embedded glyph by glyph. Headings stay apart by size and rules. */
      html { font-synthesis: none; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      nav.contents { display: none; }
      h2, h3, figcaption, section dl.fields { break-after: avoid; page-break-after: avoid; }
      tr, tbody.keep, .table-wrap.whole, .chart-body, ul.legend, dl.fields, section ul, section > p { break-inside: avoid; page-break-inside: avoid; }
      /* A list or sentence introducing a table (the gates checked, the signatures) stays with it. */
      section ul + .table-wrap, section > p + .table-wrap { break-before: avoid; page-break-before: avoid; }
      /* A table's caption and column titles stay with its first rows. */
      table.data > caption, table.data > thead { break-after: avoid; page-break-after: avoid; }
      table.data > tbody:first-of-type { break-before: avoid; page-break-before: avoid; }
      /* The signatures and the closing record are short: each prints whole, never a few lines alone. */
      section#signatures, footer.report-footer { break-inside: avoid; page-break-inside: avoid; }
      table.data th, table.data td { padding: 2px 4px; }
      thead { display: table-header-group; }
      .table-wrap { overflow: visible; }
      table.compact { font-size: 8.5pt; }
      .panels.grid { grid-template-columns: repeat(2, 1fr); }
      /* The project's particulars in two columns, so the ranking fits under them on page 1. */
      header.report-header dl.fields { grid-template-columns: max-content 1fr max-content 1fr; }
    }
    """

    /// Page numbers in the bottom margin of every printed page, worded in the report's language;
    /// `content` is a CSS content value using the `page` and `pages` counters.
    static func pageNumbers(_ content: String) -> String {
        "\n@page { @bottom-center { content: \(content); font-size: 9pt; color: #5a5a5a; } }\n"
    }
}
