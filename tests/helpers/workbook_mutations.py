"""Broken workbooks made from a valid one: damaged archives, missing or broken parts, a chart sheet first, an
archive that unpacks to too much, cells far away, and absurd values (1e400, inf, nan, 10000000, 5,000 digits).

Used by tests/exchange/test_workbook_fuzz.py (a fixed, fast selection) and scripts/fuzz.py (1,000+ a reader).
"""
from __future__ import annotations

import io
import random
import re
import zipfile

NUMBERS = ("1e400", "-1e400", "inf", "-inf", "nan", "NaN", "-1", "0", "0.5", "10000", "10000000", "1e-400",
           "99999999999999999999999", "9" * 400, "", "1e308", "2.5e10")
TEXTS = ("1e400", "inf", "nan", "-1", "10000", "10000000", "9" * 5000, "x" * 5000, "\u202eevil", "", " ", "96с-4к",
         "99999999с-1к", "96с-99999999к", "КМ 99999999", "КМ " + "9" * 5000, "ОН 1.1", "БМ 1.", "2025-13-45",
         "31.12.9999", "01.01.0001", "=1/0", "０８", "²³", "exam", "unknown", "ЖСН", "Код", "(code)", "(hours)",
         "Жоспар-План", "Кесте-График", "years", "(years)", "(intake_year)", "ЖБП", "Ф 00", "1" * 12, "0" * 12)
_V = re.compile(rb"<v>([^<]*)</v>")
_T = re.compile(rb"<t(?: [^>]*)?>([^<]*)</t>")
_CELL_REF = re.compile(rb'(<c r=")([A-Z]+[0-9]+)(")')
_ROW_REF = re.compile(rb'(<row r=")([0-9]+)(")')
_TYPE = re.compile(rb'(<c [^>]*?t=")([a-zA-Z]+)(")')
_STYLE = re.compile(rb'(<c [^>]*?s=")([0-9]+)(")')


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def pack(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _sheets(parts: dict[str, bytes]) -> list[str]:
    return [n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml")] or list(parts)


def _replace_one(pattern: re.Pattern, xml: bytes, rng: random.Random, new: bytes, group: int = 1) -> bytes:
    found = list(pattern.finditer(xml))
    if not found:
        return xml
    match = rng.choice(found)
    start, end = match.span(group)
    return xml[:start] + new + xml[end:]


def _escape(text: str) -> bytes:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode("utf-8", "surrogatepass")


# --- the mutations: each takes (random, workbook bytes) and returns broken bytes ---------------------------------

def truncate(rng, data):
    return data[:rng.randrange(len(data))]


def flip_bytes(rng, data):
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def not_a_zip(rng, data):
    return rng.choice((b"", b"not a workbook", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(200)),
                       "Фамилия;Имя\n".encode("utf-16")))


def drop_part(rng, data):
    parts = members(data)
    del parts[rng.choice(list(parts))]
    return pack(parts)


def drop_named_part(name):
    def drop(rng, data):
        parts = members(data)
        parts.pop(name, None)
        return pack(parts)
    drop.__name__ = f"drop {name}"
    return drop


def break_xml(rng, data):
    parts = members(data)
    name = rng.choice(list(parts))
    xml = parts[name]
    parts[name] = rng.choice((xml[:rng.randrange(max(1, len(xml)))], xml.replace(b">", b"<", 1), b"<<<", b"",
                              xml + b"<trailing>", xml.replace(b"<", b"<x:", 3)))
    return pack(parts)


def entity_bomb(rng, data):
    parts = members(data)
    name = rng.choice(_sheets(parts))
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
            b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                     for n in range(1, 10)) + b"]>")
    xml = re.sub(rb"^<\?xml[^>]*\?>", b"", parts[name])
    parts[name] = bomb + xml.replace(b"<v>", b"<v>&lol9;", 1)
    return pack(parts)


def no_sheets(rng, data):
    parts = members(data)
    parts["xl/workbook.xml"] = re.sub(rb"<sheet [^>]*/>", b"", parts.get("xl/workbook.xml", b""))
    return pack(parts)


def number_value(rng, data):
    parts = members(data)
    name = rng.choice(_sheets(parts))
    for _ in range(rng.randint(1, 3)):
        parts[name] = _replace_one(_V, parts[name], rng, rng.choice(NUMBERS).encode())
    return pack(parts)


def text_value(rng, data):
    parts = members(data)
    if "xl/sharedStrings.xml" not in parts:
        return number_value(rng, data)
    for _ in range(rng.randint(1, 3)):
        parts["xl/sharedStrings.xml"] = _replace_one(_T, parts["xl/sharedStrings.xml"], rng, _escape(rng.choice(TEXTS)))
    return pack(parts)


def far_cell(rng, data):
    parts = members(data)
    name = rng.choice(_sheets(parts))
    pattern, far = rng.choice(((_CELL_REF, rng.choice((b"XFD1048576", b"A1048576", b"XFD1", b"ZZZZ1", b"A0"))),
                               (_ROW_REF, rng.choice((b"1048576", b"0", b"-1", b"99999999999")))))
    parts[name] = _replace_one(pattern, parts[name], rng, far, group=2)
    return pack(parts)


def huge_dimension(rng, data):
    parts = members(data)
    name = rng.choice(_sheets(parts))
    parts[name] = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', parts[name])
    return pack(parts)


def huge_merge(rng, data):
    parts = members(data)
    name = rng.choice(_sheets(parts))
    merge = rng.choice((b"A1:XFD1048576", b"A1:A1048576", b"B2:A1", b"A1:XFD1"))
    xml = parts[name]
    parts[name] = xml.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="' + merge +
                              b'"/></mergeCells>', 1)
    return pack(parts)


def cell_type(rng, data):
    parts = members(data)
    name = rng.choice(_sheets(parts))
    kind = rng.choice((b"n", b"s", b"d", b"b", b"e", b"str", b"inlineStr", b"zz"))
    parts[name] = _replace_one(_TYPE, parts[name], rng, kind, group=2)
    if rng.random() < 0.5:
        parts[name] = _replace_one(_V, parts[name], rng, rng.choice((b"99999", b"-1", b"2", b"1e400", b"x")))
    return pack(parts)


def cell_style(rng, data):
    parts = members(data)
    name = rng.choice(_sheets(parts))
    parts[name] = _replace_one(_STYLE, parts[name], rng, rng.choice((b"9999", b"-1", b"1")), group=2)
    return pack(parts)


def date_overflow(rng, data):
    """A number in a cell styled as a date, too big or small for a date."""
    parts = members(data)
    styles = parts.get("xl/styles.xml", b"")
    if b"<cellXfs" not in styles:
        return number_value(rng, data)
    styles = re.sub(rb'(<cellXfs count=")(\d+)(">)', lambda m: m[1] + str(int(m[2]) + 1).encode() + m[3], styles, 1)
    styles = styles.replace(b"</cellXfs>", b'<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'
                            b"</cellXfs>", 1)
    count = int(re.search(rb'<cellXfs count="(\d+)"', styles)[1])
    parts["xl/styles.xml"] = styles
    name = rng.choice(_sheets(parts))
    xml = re.sub(rb'<c r="([A-Z]+[0-9]+)"( s="\d+")?( t="n")?>',
                 lambda m: b'<c r="' + m[1] + b'" s="' + str(count - 1).encode() + b'">', parts[name], 3)
    parts[name] = _replace_one(_V, xml, rng, rng.choice((b"1e400", b"99999999", b"-99999", b"2958466", b"nan")))
    return pack(parts)


def chart_sheet_first(rng, data):
    from openpyxl import load_workbook  # noqa: PLC0415

    book = load_workbook(io.BytesIO(data))
    book.create_chartsheet("Chart", 0)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def unpacks_too_large(rng, data, megabytes: int = 40):
    parts = members(data)
    name = rng.choice(_sheets(parts))
    parts[name] = parts[name].replace(b"</worksheet>", b" " * (megabytes << 20) + b"</worksheet>")
    return pack(parts)


MUTATIONS = (truncate, flip_bytes, not_a_zip, drop_part, break_xml, entity_bomb, no_sheets, number_value, text_value,
             far_cell, huge_dimension, huge_merge, cell_type, cell_style, date_overflow, chart_sheet_first)
# Weights: the value mutations find the most, the archive ones are cheap.
WEIGHTS = (1, 2, 1, 1, 2, 1, 1, 6, 6, 2, 1, 1, 2, 1, 1, 1)


def named_cases(data: bytes) -> list[tuple[str, bytes]]:
    """The kinds the issue names, each once: the fast test's selection."""
    rng = random.Random(12)
    cases = [("not a zip", b"not a workbook"), ("empty", b""), ("truncated", data[:len(data) // 2]),
             ("corrupt stream", flip_bytes(random.Random(3), data))]
    parts = members(data)
    for name in ("xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml",
                 "xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels"):
        if name in parts:
            cases.append((f"no {name}", drop_named_part(name)(rng, data)))
    sheet = _sheets(parts)[0]
    broken = dict(parts, **{sheet: parts[sheet][: len(parts[sheet]) // 2]})
    cases += [("broken sheet xml", pack(broken)), ("no sheets", no_sheets(rng, data)),
              ("chart sheet first", chart_sheet_first(rng, data)), ("entity bomb", entity_bomb(rng, data)),
              ("huge dimension", huge_dimension(rng, data)), ("huge merge", huge_merge(random.Random(1), data))]
    far = dict(parts, **{sheet: parts[sheet].replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="n">'
                                                                          b"<v>1</v></c></row></sheetData>", 1)})
    cases.append(("a value at XFD1048576", pack(far)))
    for value in ("1e400", "inf", "nan", "10000", "10000000", "-1", "9" * 400):
        every = dict(parts, **{sheet: _V.sub(b"<v>" + value.encode() + b"</v>", parts[sheet])})
        cases.append((f"every number {value[:12]}", pack(every)))
    return cases


def mutants(data: bytes, count: int, seed: int = 0):
    """count broken workbooks: (kind, bytes), one to three mutations each, reproducible from the seed."""
    rng = random.Random(seed)
    for _ in range(count):
        broken, kinds = data, []
        for step in range(rng.choice((1, 1, 1, 2, 3))):
            mutation = rng.choices(MUTATIONS, WEIGHTS)[0]
            if mutation is chart_sheet_first and step:
                continue  # openpyxl loads it whole: after huge_merge that never ends (the readers refuse it first)
            try:
                broken = mutation(rng, broken)
            except Exception:  # noqa: BLE001 - a later mutation of an already broken archive
                continue
            kinds.append(mutation.__name__)
        yield "+".join(kinds) or "unchanged", broken
