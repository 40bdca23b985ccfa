#!/usr/bin/env python3
"""Writes the .xlsx test fixtures (small, committed): run after changing this script.

- Tests/ChengyuImportTests/Fixtures/cells.xlsx (openpyxl, which writes inline strings): numbers,
  booleans, dates in the 1900 system (both sides of the 1900 leap-year bug, a Chinese date
  format), gaps, and a second sheet to select by name.
- Tests/ChengyuImportTests/Fixtures/parts.xlsx (written part by part with zipfile, as openpyxl
  never writes these): shared strings with rich-text runs and a phonetic run, an inline rich
  string, prefixed element names (x:c), a formula string result, an error cell, the 1904 date
  system, and a workbook part that is not at xl/workbook.xml (found through _rels/.rels).
- Tests/ChengyuImportTests/Fixtures/broken.xlsx: a zip whose workbook part is not well-formed XML.
- Tests/ChengyuCLITests/Fixtures/sheets/coding.xlsx (openpyxl, its strings then moved to a
  shared-strings part as Excel writes them): a coding sheet with Chinese headers and real dates
  on its first sheet, and a sheet "bad" with an ambiguous and an unknown name.

The agreement titles and rows are test input only (labelled 测试), not data.
"""
import datetime
import pathlib
import re
import zipfile

import openpyxl

ROOT = pathlib.Path(__file__).resolve().parent.parent
IMPORT = ROOT / "Tests/ChengyuImportTests/Fixtures"
CLI = ROOT / "Tests/ChengyuCLITests/Fixtures/sheets"
FIXED = datetime.datetime(2026, 1, 1)  # fixed file dates so reruns give the same bytes


def save(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    # openpyxl stamps the zip entries and docProps' "modified" with the current time: fix both so
    # reruns give the same bytes.
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", d)) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def cells():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "协议"
    ws.append(["名称", "数", "真假", "日期"])
    ws.append(["成都市", 2016, True, datetime.date(2016, 3, 1)])
    ws.append(["重庆市", 3.25, False, datetime.date(1900, 2, 28)])  # serial 59
    ws.append(["四川省", -7, None, datetime.date(1900, 3, 1)])  # serial 61
    ws["A5"] = "  空格  "
    ws["D5"] = datetime.date(2020, 12, 31)
    ws["D5"].number_format = 'yyyy"年"m"月"d"日"'
    ws["F6"] = "跳过的列"  # columns B–E empty, row 6
    ws["B7"] = 42430  # a serial-sized number without a date format stays a number
    other = wb.create_sheet("第二页")
    other.append(["只在第二页"])
    save(wb, IMPORT / "cells.xlsx")


INLINE_PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/book/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/book/sheets/s1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/book/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/book/look.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/>
</Relationships>""",
    "book/main.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:workbookPr date1904="1"/>
<x:sheets><x:sheet name="内联" sheetId="7" r:id="rIdA"/></x:sheets>
</x:workbook>""",
    "book/_rels/main.xml.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/s1.xml"/>
<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/book/look.xml"/>
<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
</Relationships>""",
    "book/strings.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<x:si><x:t>签署方</x:t></x:si>
<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">成都 </x:t></x:r><x:r><x:t>&amp; 重庆</x:t></x:r><x:rPh sb="0" eb="2"><x:t>chengdu</x:t></x:rPh></x:si>
<x:si><x:t/></x:si>
</x:sst>""",
    "book/look.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="170" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/></cellXfs>
</styleSheet>""",
    "book/sheets/s1.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1">
<x:c r="A1" t="s"><x:v>0</x:v></x:c>
<x:c r="B1" t="s"><x:v>1</x:v></x:c>
<x:c r="C1" t="inlineStr"><x:is><x:r><x:t>内</x:t></x:r><x:r><x:rPr><x:i/></x:rPr><x:t>联</x:t></x:r></x:is></x:c>
<x:c r="D1" t="s"><x:v>2</x:v></x:c>
</x:row>
<x:row r="3">
<x:c r="A3" t="str"><x:f>CONCAT("四","川")</x:f><x:v>四川</x:v></x:c>
<x:c r="B3" t="e"><x:v>#N/A</x:v></x:c>
<x:c r="C3" s="1"><x:v>0</x:v></x:c>
<x:c r="D3" s="2"><x:v>41333.5</x:v></x:c>
<x:c r="E3" t="b"><x:v>1</x:v></x:c>
</x:row>
</x:sheetData>
</x:worksheet>""",
}


def parts():
    path = IMPORT / "parts.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in INLINE_PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def broken():
    with zipfile.ZipFile(IMPORT / "broken.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("xl/workbook.xml", date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, b"<workbook><sheets><sheet name='a'</sheets>")


def coding():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编码表"
    ws.append(["编号", "日期", "标题", "签署方", "机制", "领域", "来源", "可信度", "备注"])
    ws.append(["T1", datetime.date(2019, 3, 1), "测试协议甲", "成都、重庆", "联席会议机制", "交通基础设施；旅游",
               "https://example.org/t1", "高", "test input only"])
    ws.append(["T2", "2020年5月", "测试协议乙", "成都市人民政府；潼南县", "框架协议", "", "", "", ""])
    ws.append(["T3", 2020, "测试协议丙", "内江市市中区、乐山市市中区、海淀区", "sectoral-agreement", "tourism", "", "", ""])
    bad = wb.create_sheet("bad")
    bad.append(["日期", "标题", "签署方", "机制"])
    bad.append([datetime.date(2019, 1, 1), "测试坏行一", "成都、市中区", "联席会议机制"])
    bad.append([datetime.date(2019, 1, 2), "测试坏行二", "成都、成都高新区", "联席会议机制"])
    save(wb, CLI / "coding.xlsx")


def to_shared_strings(path):
    """Moves every inline string of every sheet into xl/sharedStrings.xml, as Excel stores them."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    strings, index = [], {}

    def shared(match):
        # The text of <is><t>…</t></is>, still escaped XML, so it is copied unchanged.
        text = re.sub(r"<[^>]+>", "", match.group(2))
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return f'<c r="{match.group(1)}" t="s"><v>{index[text]}</v></c>'

    out = []
    for info, data in items:
        if info.filename.startswith("xl/worksheets/"):
            text = data.decode("utf-8")
            data = re.sub(r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is>(.*?)</is></c>', shared, text).encode("utf-8")
        out.append((info, data))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings))
           + "".join(f'<si><t xml:space="preserve">{s}</t></si>' for s in strings) + "</sst>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            z.writestr(info, data)
        info = zipfile.ZipInfo("xl/sharedStrings.xml", date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, sst.encode("utf-8"))


if __name__ == "__main__":
    IMPORT.mkdir(parents=True, exist_ok=True)
    CLI.mkdir(parents=True, exist_ok=True)
    cells()
    parts()
    broken()
    coding()
    to_shared_strings(CLI / "coding.xlsx")
