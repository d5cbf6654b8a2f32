"""The dual-training contract on paper, in Kazakh or Russian, with its appendix, ready to sign (the report is
printed by dual_report_pdf).

The contract's wording is data (dual_contract_text, which says where it comes from); this module lays it out
with the shared finishing (page X of Y and the contract's identity on every page, the DRAFT mark)."""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.paths import owner_only
from desktop.reports.blocks import DocumentStyles, grid_table
from desktop.domain.collation import in_language
from desktop.domain.legal_forms import legal_form_in
from desktop.reports.dual_contract_text import BLANK, ENTREPRENEUR, GENDERS, SHORT_BLANK, period_kind, words
from desktop.reports.exam_labels import in_language as text_in_language
from desktop.reports.finishing import build, code_in, date_in_words, short_date, stamp_place

WIDTH = A4[0] - 2 * 1.8 * cm  # the text width between the contract's margins


def _v(value) -> str:
    """A recorded value, escaped for a paragraph; a line to fill in by hand when there is none."""
    text = str(value).strip() if value is not None else ""
    return escape(text) if text else BLANK


def _styles(s: DocumentStyles) -> dict:
    return {"body": ParagraphStyle("body", parent=s.text, alignment=TA_JUSTIFY, spaceAfter=3),
            "item": ParagraphStyle("item", parent=s.text, alignment=TA_JUSTIFY, leftIndent=14, spaceAfter=1),
            "heading": ParagraphStyle("heading", parent=s.bold, spaceBefore=6, spaceAfter=3, keepWithNext=1),
            "cell": ParagraphStyle("cell", parent=s.small, fontSize=8.5, leading=11),
            "mark": ParagraphStyle("mark", parent=s.bold, textColor=colors.HexColor("#b00020"), borderColor=colors.HexColor("#b00020"),
                                   borderWidth=1, borderPadding=5, spaceBefore=4, spaceAfter=10)}


def _pick(pair, language: str) -> str:
    """A name kept in both languages, in the document's (the other one where only that was recorded)."""
    return in_language(language, pair[0], pair[1])


def _half(text: str, language: str) -> str:
    """A free text typed once as "Kazakh / Russian" (an address, a reason): the document's half. A text with
    no such separator, or with several (which half is which cannot be told), prints as typed: never half of
    one language's text under the other's name."""
    return text_in_language(text or "", language)


def _mentor_position(doc, language: str) -> str:
    return _pick((doc.mentor_position, doc.mentor_position_ru), language)


def _name_words(name: str) -> list[str]:
    """The words of a party's name outside its quotes, lower-cased: "ТОО «Алатау Софт»" gives ["тоо"]."""
    return re.sub(r"«[^»]*»|\"[^\"]*\"", " ", name or "").lower().replace(",", " ").split()


def _gender(name: str) -> str | None:
    return next((GENDERS[word] for word in _name_words(name) if word in GENDERS), None)


def _entrepreneur(*names: str) -> bool:
    return any(word in ENTREPRENEUR for name in names for word in _name_words(name))


def _in_sentence(position: str) -> str:
    """A position inside a sentence: "генеральный директор", not "Генеральный директор"; an abbreviation
    (ИО, ТОО) as written."""
    first = position.split(" ", 1)[0]
    return position if not position or (len(first) > 1 and first.isupper()) else position[0].lower() + position[1:]


def _names(doc, language: str) -> dict:
    w = words(language)
    lines = []
    for code, kk, ru in (doc.specialty, doc.qualification):
        name = _pick((kk, ru), language)
        lines.append(w["specialty_line"].format(code=code, name=name) if code and name else code)
    specialty, qualification = lines
    # the parties with their legal form in the document's language (ЖШС in Kazakh, ТОО in Russian), also where a
    # name was entered with the other language's form or only in the other language
    return {"college": legal_form_in(_pick((doc.college_name_kk, doc.college_name_ru), language), language),
            "enterprise": legal_form_in(_pick((doc.enterprise_name_kk, doc.enterprise_name_ru), language), language),
            "specialty": specialty, "qualification": qualification,
            "position": _pick(doc.enterprise_signatory_position, language),
            "locality": _pick(doc.college_locality, language),
            "college_address": _half(doc.college_address, language),
            "enterprise_address": _half(doc.enterprise_address, language)}


def _module_rows(doc, language: str) -> list[tuple[str, str, int]]:
    """The contract's modules with codes and names in the document's language (the Kazakh name stands in a
    Russian document only where no Russian one was recorded)."""
    names_ru = tuple(doc.modules_ru) + ("",) * len(doc.modules)
    return [(code_in(code, language), _pick((name, ru), language), hours)
            for (code, name, hours), ru in zip(doc.modules, names_ru)]


def _codes_in(text: str, language: str) -> str:
    return ", ".join(code_in(part.strip(), language) for part in text.split(",")) if text else ""


def _modules_table(doc, language: str, s: DocumentStyles, st: dict) -> Table:
    w = words(language)
    rows = [[Paragraph(w[k], s.head) for k in ("number_col", "code", "name", "hours")]]
    modules = _module_rows(doc, language)
    rows += [[str(n), code, Paragraph(escape(name), st["cell"]), str(hours)]
             for n, (code, name, hours) in enumerate(modules, start=1)]
    if not modules:  # a draft without modules yet: lines to fill in by hand
        rows += [["", "", "", ""] for _ in range(3)]
    rows.append(["", "", w["total"], str(sum(h for *_, h in modules)) if modules else ""])
    table = grid_table(rows, [1 * cm, 2.4 * cm, WIDTH - 5.6 * cm, 2.2 * cm], s, total_row=True)
    table.setStyle(TableStyle([("ALIGN", (3, 1), (3, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]))
    return table


def _clauses(clauses, values: dict, st: dict) -> list:
    story = []
    for clause in clauses:
        if isinstance(clause, str):
            story.append(Paragraph(clause.format(**values), st["body"]))
        else:
            lead, items = clause
            story.append(Paragraph(lead.format(**values), st["body"]))
            story += [Paragraph(f"{n}) {item.format(**values)}", st["item"]) for n, item in enumerate(items, start=1)]
    return story


def contract_flowables(doc, language: str, s: DocumentStyles) -> list:
    w, st, names = words(language), _styles(s), _names(doc, language)
    terminated = doc.status == "terminated"
    story = [Paragraph(w["title"].format(number=escape(doc.number)), s.title)]
    if terminated:
        story.append(Paragraph(w["terminated"].format(date=short_date(doc.terminated_on) or SHORT_BLANK,
                                                      reason=_v(_half(doc.termination_reason, language))), st["mark"]))
    elif doc.status == "ended":
        story.append(Paragraph(w["ended"].format(date=short_date(doc.ended_on) or SHORT_BLANK), st["mark"]))
    place = Table([[Paragraph(_v(names["locality"]), s.text),
                    Paragraph(date_in_words(doc.signed_on, language), ParagraphStyle("r", parent=s.text, alignment=2))]],
                  colWidths=[WIDTH / 2, WIDTH / 2])
    place.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    sex = doc.student_sex if doc.student_sex in ("M", "F") else ""
    representative = (w["representative"].format(representative=_v(doc.representative),
                                                 student_acting=w.get("student_acting", {}).get(sex, ""))
                      if doc.representative or doc.minor else "")
    position = _mentor_position(doc, language)
    mentor = f"{escape(doc.mentor)}, {escape(position)}" if doc.mentor and position else _v(doc.mentor)
    modules = _module_rows(doc, language)
    values = {"college": _v(names["college"]), "director": _v(doc.director), "enterprise": _v(names["enterprise"]),
              "position": _v(_in_sentence(names["position"])), "signatory": _v(doc.enterprise_signatory),
              "student": _v(doc.student_name), "birth": short_date(doc.student_birth_date) or SHORT_BLANK,
              "representative": representative, "specialty": _v(names["specialty"]),
              "qualification": _v(names["qualification"]),
              "hours": sum(h for *_, h in modules) if modules else SHORT_BLANK, "mentor": mentor,
              "start": short_date(doc.starts_on) or SHORT_BLANK, "end": short_date(doc.ends_on) or SHORT_BLANK,
              "enterprise_basis": BLANK if _entrepreneur(doc.enterprise_name_ru, doc.enterprise_name_kk)
              else w["charter"]}
    if language == "ru":
        values["student_called"] = w["student_called"][sex]
        # "именуемое" agrees with the name as printed: its legal form (ТОО), else its head noun (колледж)
        for party, name in (("college", names["college"]), ("enterprise", names["enterprise"])):
            values[f"{party}_called"] = w["called"][_gender(name)]
            values[f"{party}_whose"] = w["whose"][_gender(name)]
    story += [place, Spacer(1, 6), Paragraph(w["preamble"].format(**values), st["body"])]
    sections = w["sections"]
    for key, heading, clauses in sections[:-1]:
        block = [Paragraph(heading, st["heading"])] + _clauses(clauses, values, st)
        if key == "subject":
            block += [Paragraph(w["modules_caption"], st["body"]), _modules_table(doc, language, s, st), Spacer(1, 4)]
        story.append(KeepTogether(block[:2]))  # a heading never ends a page alone
        story += block[2:]
    # The last clause and the parties' details stay together: no page holds only the signatures.
    _, heading, clauses = sections[-1]
    last = _clauses(clauses, values, st)
    story += [KeepTogether([Paragraph(heading, st["heading"]), *last[:1]]), *last[1:-1],
              KeepTogether([last[-1], Paragraph(w["details"], st["heading"]), _details(doc, language, s, st, names)])]
    return story


def _cell(lines: list[str], st: dict) -> Paragraph:
    return Paragraph("<br/>".join(lines), st["cell"])


def _details(doc, language: str, s: DocumentStyles, st: dict, names: dict) -> Table:
    """The parties' details, each with its signature line: the college and the enterprise with the stamp place,
    the student, and the legal representative on a line of their own."""
    w = words(language)
    stamp = stamp_place(language)
    sign = lambda name: w["signature_line"].format(name=_v(name))  # noqa: E731
    hint = f"<font size=7>{w['signature_hint']}</font>"
    account, bik, bank = doc.college_bank
    bank = (doc.college_bank_ru or bank) if language == "ru" else bank
    college = _cell([f"<b>{w['college']}</b>", _v(names["college"]), f"{w['bin']}: {_v(doc.college_bin)}",
                     f"{w['address']}: {_v(names['college_address'])}", f"{w['phone']}: {_v(doc.college_phone)}",
                     f"{w['account']}: {_v(account)}", f"{w['bik']}: {_v(bik)}", f"{w['bank']}: {_v(_half(bank, language))}", "",
                     f"<b>{w['director']}</b>", "", sign(doc.director), f"{hint}&nbsp;&nbsp;&nbsp;&nbsp;{stamp}"], st)
    account, bik, bank = doc.enterprise_bank
    enterprise = _cell([f"<b>{w['enterprise']}</b>", _v(names["enterprise"]), f"{w['bin']}: {_v(doc.enterprise_bin)}",
                        f"{w['address']}: {_v(names['enterprise_address'])}", f"{w['account']}: {_v(account)}",
                        f"{w['bik']}: {_v(bik)}", f"{w['bank']}: {_v(_half(bank, language))}", "", f"<b>{_v(names['position'])}</b>", "",
                        sign(doc.enterprise_signatory), f"{hint}&nbsp;&nbsp;&nbsp;&nbsp;{stamp}"], st)
    student = _cell([f"<b>{w['student']}</b>", _v(doc.student_name), f"{w['iin']}: {_v(doc.student_iin)}",
                     f"{w['born']}: {short_date(doc.student_birth_date) or SHORT_BLANK}",
                     f"{w['group']}: {_v(doc.group_code)}", f"{w['address']}: {BLANK}",
                     f"{w['phone']}: {_v(doc.student_phone)}", "", sign(doc.student_name), hint], st)
    rows = [[college, enterprise], [student, ""]]
    if doc.representative or doc.minor:
        rows[1][1] = _cell([f"<b>{w['representative_party']}</b>", _v(doc.representative),
                            f"{w['iin']}: {_v(doc.representative_iin)}", f"{w['address']}: {BLANK}",
                            f"{w['phone']}: {BLANK}", "", "", "", sign(doc.representative), hint], st)
    table = Table(rows, colWidths=[WIDTH / 2, WIDTH / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9e9e9e")),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def appendix_flowables(doc, language: str, s: DocumentStyles) -> list:
    w, st, names = words(language), _styles(s), _names(doc, language)
    rows = [[Paragraph(w[k], s.head) for k in ("number_col", "kind", "from", "to", "hours", "modules_short")]]
    rows += [[str(n), Paragraph(period_kind(kind, language), st["cell"]), short_date(start), short_date(end), str(hours),
              Paragraph(escape(_codes_in(modules, language)), st["cell"])]
             for n, (kind, start, end, hours, modules) in enumerate(doc.periods, start=1)]
    if not doc.periods:  # the enterprise fills the lines by hand
        rows += [[""] * 6 for _ in range(4)]
    rows.append(["", w["total"], "", "", str(sum(p[3] for p in doc.periods)) if doc.periods else "", ""])
    periods = grid_table(rows, [1 * cm, 5 * cm, 2.4 * cm, 2.4 * cm, 1.8 * cm, WIDTH - 12.6 * cm], s, total_row=True)
    periods.setStyle(TableStyle([("ALIGN", (4, 1), (4, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")]))
    story = [Paragraph(w["appendix"].format(number=escape(doc.number)), s.title),
             Paragraph(w["appendix_of"].format(date=short_date(doc.signed_on) or SHORT_BLANK),
                       ParagraphStyle("c", parent=s.text, alignment=1)),
             Paragraph(w["appendix_title"], ParagraphStyle("t", parent=s.bold, alignment=1, spaceAfter=8)),
             Paragraph(w["appendix_student"].format(student=_v(doc.student_name), group=_v(doc.group_code),
                                                    specialty=_v(names["specialty"]), enterprise=_v(names["enterprise"])),
                       st["body"]),
             Paragraph(w["appendix_periods"], st["heading"]), periods,
             Paragraph(w["appendix_modules"], st["heading"]), _modules_table(doc, language, s, st), Spacer(1, 8)]
    handed = Paragraph(w["handed"].format(date=date_in_words(doc.appendix_issued_on, language)), st["body"])
    story.append(KeepTogether([handed, Spacer(1, 6), _appendix_signatures(doc, language, st, names)]))
    return story


def _appendix_signatures(doc, language: str, st: dict, names: dict) -> Table:
    """Signed by the enterprise's head (with the stamp) and the mentor; the student signs for receiving it."""
    w = words(language)
    line = "____________________"
    hint = f"<font size=7>{w['signature_hint']}</font>"
    rows = [[_cell([f"<b>{w['head']}</b>", _v(names["position"])], st), _cell([line, hint], st),
             _cell([_v(doc.enterprise_signatory), stamp_place(language)], st)],
            [_cell([f"<b>{w['mentor']}</b>", _v(_mentor_position(doc, language))], st), _cell([line, hint], st),
             _cell([_v(doc.mentor)], st)],
            [_cell([f"<b>{w['received']}</b>"], st), _cell([line, hint], st), _cell([_v(doc.student_name)], st)]]
    table = Table(rows, colWidths=[6.5 * cm, 5 * cm, WIDTH - 11.5 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    return table


def contract_identity(doc, language: str) -> str:
    """The line on top of every page: the college, the contract and, for a terminated or ended one, that it is
    and since when."""
    w, names = words(language), _names(doc, language)
    identity = " — ".join(part for part in (names["college"], w["document"].format(number=doc.number)) if part)
    if doc.status == "terminated":
        identity += f" ({w['terminated_identity'].format(date=short_date(doc.terminated_on) or SHORT_BLANK)})"
    elif doc.status == "ended":
        identity += f" ({w['ended_identity'].format(date=short_date(doc.ended_on) or SHORT_BLANK)})"
    return identity


def build_contract_pdf(path: Path, doc, language: str) -> None:
    """The contract and, on its own page, the appendix: A4, ready to print and sign; a draft carries the DRAFT
    mark and blanks where nothing is recorded yet."""
    s = DocumentStyles()
    story = contract_flowables(doc, language, s) + [PageBreak()] + appendix_flowables(doc, language, s)
    build(path, story, language, contract_identity(doc, language), title=words(language)["document"].format(
        number=doc.number), draft=doc.status == "draft", margins=1.8 * cm)
    owner_only(path)  # IINs and birth dates
