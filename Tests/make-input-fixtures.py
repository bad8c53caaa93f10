#!/usr/bin/env python3
"""Writes the bids fixtures kept as offices keep them: .xlsx workbooks and a GB18030 CSV.

Run from the repository root after changing it (pip install openpyxl==3.1.5):
    python3 Tests/make-input-fixtures.py
The files it writes are committed; tests never run it.
"""
import datetime
import io
import re
import zipfile

import openpyxl
from openpyxl.styles import numbers

CLI = "Tests/VendorScoreCLITests/Fixtures/"
SHEET = "Tests/VendorScoreSpreadsheetTests/Fixtures/"
# Fixed timestamps inside the zip, so rerunning the script gives the same bytes.
EPOCH = (2026, 1, 1, 0, 0, 0)


def save(book, path, patch=None, shared=False, compression=zipfile.ZIP_DEFLATED):
    """Saves a workbook with fixed metadata and zip timestamps, so rerunning the script gives
    the same bytes. `patch` edits the sheet XML; `shared` moves text into a shared-strings part,
    as Excel writes it (openpyxl writes inline strings)."""
    raw = io.BytesIO()
    book.save(raw)
    source = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    parts = {info.filename: source.read(info.filename).decode() for info in source.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    if shared:
        strings = []

        def share(match):
            text = match.group(2)
            if text not in strings:
                strings.append(text)
            return '<c%s t="s"><v>%d</v></c>' % (match.group(1), strings.index(text))
        parts[sheet] = re.sub(r'<c([^>]*) t="inlineStr"><is><t>([^<]*)</t></is></c>', share, parts[sheet])
        items = "".join("<si><t>%s</t></si>" % text for text in strings)
        parts["xl/sharedStrings.xml"] = (
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (len(strings), len(strings), items))
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            "</Relationships>",
            '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
            'Target="sharedStrings.xml" Id="rId9" /></Relationships>')
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>')
    if patch:
        parts[sheet] = patch(parts[sheet])
    parts["docProps/core.xml"] = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>2026-01-01T00:00:00Z",
                                        parts["docProps/core.xml"])
    with zipfile.ZipFile(path, "w", compression) as target:
        for name in sorted(parts, key=lambda n: (n != "[Content_Types].xml", n)):
            target.writestr(zipfile.ZipInfo(name, EPOCH), parts[name].encode(), compression)


def cli_bids():
    """The same five bids as bids.csv, written the ways people write them in Excel."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "投标"
    sheet.append(["id", "name", "price", "enterprise_size", "sla_availability", "local_ops_24x7", "mlps_level",
                  "data_location", "score:solution:E1", "score:solution:E2", "score:solution:E3"])
    rows = [
        ["ucloud", "UCloud优刻得", 7000000, "medium", 0.999, False, 2, "外省", 20, 21, 22],
        ["ctyun", "中国电信（天翼云）", "¥9,900,000", "large", 0.9999, True, 3, "本省", 27, 27.6, 27],
        ["dawning", "曙光云", "880万元", "small", 0.9995, True, 3, "本省", 25, 26, 24],
        ["huawei", "华为云", 9500000, "large", "99.95%", True, 4, "本省", 20, 30, 28],
        ["inspur", "浪潮云", "9,000,000.00元", "large", 0.9999, True, 3, "本省", 24, 23, 25],
    ]
    for row in rows:
        sheet.append(row)
    for line in range(2, 7):
        sheet.cell(line, 3).number_format = '"¥"#,##0'
        if not isinstance(sheet.cell(line, 5).value, str):
            sheet.cell(line, 5).number_format = numbers.FORMAT_PERCENTAGE_00
    save(book, CLI + "bids.xlsx", shared=True)
    # The same workbook stored without compression: other bytes, the same cells.
    save(book, CLI + "bids-stored.xlsx", shared=True, compression=zipfile.ZIP_STORED)


def cells():
    """One of each kind of cell, for the reader's unit tests."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["id", "name", "price", "sla_availability", "share", "vcpus", "local_ops_24x7", "note", "rto"])
    sheet.append(["a", "甲云", 9860000, 0.9995, 0.3, 20000, True, "INLINE", "15min"])
    sheet.append(["b", "乙云", "986.5万元", "99.9%", 0.125, 12000, False, None, "4h"])
    sheet.cell(2, 4).number_format = numbers.FORMAT_PERCENTAGE_00
    sheet.cell(2, 5).number_format = '0%;[Red]-0%'
    sheet.cell(3, 5).number_format = '0.0"%"'  # a quoted % is shown text, not a percentage
    sheet.cell(2, 3).number_format = '[$¥-804]#,##0.00'

    def patch(xml):
        # An inline string (as other writers than openpyxl write text) and a number in exponent
        # form (as Excel writes very large or small numbers).
        xml = re.sub(r'<c r="H2"([^>]*) t="s"><v>\d+</v></c>',
                     r'<c r="H2"\1 t="inlineStr"><is><r><t>inline </t></r><r><t xml:space="preserve">text</t></r></is></c>', xml)
        return xml.replace('<c r="F2" t="n"><v>20000</v></c>', '<c r="F2" t="n"><v>2E4</v></c>')
    save(book, SHEET + "cells.xlsx", patch, shared=True)


def bad_cells():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "报价"
    sheet.append(["id", "name", "price", "sla_availability", "signed_on"])
    sheet.append(["a", "甲云", "9,86,0000", 0.9995, None])
    sheet.append(["b", "乙云", 9000000, "#DIV/0!", None])
    sheet.append(["c", "丙云", 8000000, 0.999, datetime.date(2026, 3, 18)])
    sheet.cell(2, 4).number_format = numbers.FORMAT_PERCENTAGE_00
    sheet.cell(4, 4).number_format = numbers.FORMAT_PERCENTAGE_00
    sheet["F3"] = "stray"

    def patch(xml):
        # A formula whose value was never computed (a file written by a program, not saved by Excel).
        return xml.replace('</row><row r="3">', '<c r="E2"><f>SUM(C3:C4)</f></c></row><row r="3">', 1)
    save(book, SHEET + "bad-cells.xlsx", patch)


def two_sheets():
    book = openpyxl.Workbook()
    book.active.title = "投标"
    book.active.append(["id", "name", "price"])
    book.active.append(["a", "甲云", 9000000])
    notes = book.create_sheet("说明")
    notes.append(["prices in yuan"])
    save(book, SHEET + "two-sheets.xlsx")


def traversal():
    """A workbook with an extra entry whose path climbs out of the archive."""
    raw = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.append(["id", "name", "price"])
    book.active.append(["a", "甲云", 9000000])
    save(book, SHEET + "traversal.xlsx")
    with zipfile.ZipFile(SHEET + "traversal.xlsx", "a") as archive:
        archive.writestr(zipfile.ZipInfo("../../evil.xml", EPOCH), "<x/>")


def gb18030_csv():
    """bids.csv as Chinese Excel saves plain CSV: GB18030, no byte-order mark, CRLF."""
    text = open(CLI + "bids.csv", encoding="utf-8-sig").read()
    open(CLI + "bids-gb18030.csv", "wb").write(text.replace("\n", "\r\n").encode("gb18030"))


cli_bids()
cells()
bad_cells()
two_sheets()
traversal()
gb18030_csv()
