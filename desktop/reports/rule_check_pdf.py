"""The rule-check report of a working curriculum, in Kazakh or Russian: which curriculum was checked, against
which rules, how many errors and warnings, and each finding with the rule's name, its severity in words, the
rows it names (codes in the document's language) and its source as document and paragraph.

It prints inside the curriculum (findings_flowables, on its own page) or alone (build_rule_check_pdf)."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreakIfNotEmpty, Paragraph, Spacer, Table, TableStyle

from desktop.domain.rules.texts import russian_plural, shipped_texts
from desktop.reports import finishing
from desktop.reports.curriculum_identity import plan_name
from desktop.reports.fonts import register_fonts

GRID = colors.HexColor("#9e9e9e")
HEAD_FILL = colors.HexColor("#e8eef7")
ERROR_FILL = colors.HexColor("#fdecea")

WORDS = {
    "title": ("ЕРЕЖЕЛЕРГЕ СӘЙКЕСТІГІН ТЕКСЕРУ", "ПРОВЕРКА СООТВЕТСТВИЯ ПРАВИЛАМ"),
    "of": ("Жұмыс оқу жоспары: {title}", "Рабочий учебный план: {title}"),
    "specialty": ("Мамандық", "Специальность"),
    "qualifications": ("Біліктіліктер", "Квалификации"),
    "intake": ("Қабылдау жылы", "Год приёма"),
    "rule_set": ("Тексерілген ережелер", "Проверено по правилам"),
    "clean": ("Барлық ережелер сақталған. Қате де, ескерту де жоқ.",
              "Все правила соблюдены. Ошибок и предупреждений нет."),
    "number": ("№", "№"),
    "rule": ("Ереже", "Правило"),
    "severity": ("Деңгейі", "Уровень"),
    "finding": ("Нәтиже", "Замечание"),
    "rows": ("Жоспар жолдары", "Строки плана"),
    "source": ("Дереккөз", "Источник"),
    "whole_plan": ("бүкіл жоспар", "весь план"),
    "document": ("Ереже бойынша тексеру", "Проверка по правилам"),
}
# The summary's counted nouns: Kazakh keeps the noun after a number; Russian agrees it with the number.
ERRORS = {"kk": ("қате",) * 3, "ru": ("ошибка", "ошибки", "ошибок")}
WARNINGS = {"kk": ("ескерту",) * 3, "ru": ("предупреждение", "предупреждения", "предупреждений")}
FOUND = {"kk": "Табылғаны: {errors}, {warnings}.", "ru": "Найдено: {errors}, {warnings}."}


def _word(key: str, language: str) -> str:
    return WORDS[key][0 if language == "kk" else 1]


def _count(number: int, forms: dict, language: str) -> str:
    kind = ("one", "few", "many").index(russian_plural(number)) if language == "ru" else 0
    return f"{number} {forms[language][kind]}"


def source_in_words(source: str, language: str) -> str:
    """"MR 2022-2023, MR l.212-222" as "Әдістемелік ұсынымдар 2022-2023, 212-222 жолдар" / "Методические
    рекомендации 2022-2023, строки 212-222" (the words are in resources/rules/messages.json)."""
    return shipped_texts().source(source, language)


def rows_in(rows: str, language: str) -> str:
    """The row codes a finding names, as the document writes them (ПМ 04 in Russian); the whole plan if none."""
    codes = [code.strip() for code in rows.split(",") if code.strip()]
    return ", ".join(finishing.code_in(code, language) for code in codes) or _word("whole_plan", language)


class _Look:
    """The paragraph styles of the report, from the fonts of whichever styles the caller has: the curriculum's
    _Styles (fonts `regular`, `bold`) or blocks.DocumentStyles (fonts `regular`, `bold_font`)."""

    def __init__(self, s=None):
        if s is None:
            regular, bold = register_fonts()
        else:
            regular = s.regular
            bold = s.bold if isinstance(getattr(s, "bold", None), str) else s.bold_font
        self.text = ParagraphStyle("check_text", fontName=regular, fontSize=9, leading=11.5, spaceAfter=2)
        self.title = ParagraphStyle("check_title", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER,
                                    spaceAfter=6)
        self.subtitle = ParagraphStyle("check_subtitle", parent=self.text, fontName=bold, fontSize=10.5, leading=13,
                                       alignment=TA_CENTER, spaceAfter=6)
        self.cell = ParagraphStyle("check_cell", fontName=regular, fontSize=8, leading=10)
        self.cell_bold = ParagraphStyle("check_cell_bold", parent=self.cell, fontName=bold)
        self.head = ParagraphStyle("check_head", parent=self.cell_bold, alignment=TA_CENTER)
        self.number = ParagraphStyle("check_number", parent=self.cell, alignment=TA_CENTER)
        self.bold = bold


def _heading(doc, language: str, look: _Look) -> list:
    c = doc.curriculum
    quals = "; ".join(escape(f"{code} {doc.qualification_names.get(code, '')}".strip()) for code in c.qualifications)
    facts = [(_word("specialty", language), escape(f"{c.specialty} {doc.specialty_name}".strip())),
             (_word("qualifications", language), quals),
             (_word("intake", language), str(c.intake_year)),
             (_word("rule_set", language), escape(doc.rule_set_title))]
    parts = [Paragraph(_word("title", language), look.title)]
    parts.append(Paragraph(escape(_word("of", language).format(title=plan_name(doc, language))), look.subtitle))
    parts += [Paragraph(f"<b>{label}:</b> {value}", look.text) for label, value in facts if value]
    return parts


def findings_flowables(doc, language: str, s) -> list:
    """The report on a page of its own: `doc` is a curriculum_pdf.CurriculumDocument, `s` the curriculum's
    _Styles or a blocks.DocumentStyles (only their fonts are used; None registers them)."""
    look = _Look(s)
    errors = sum(f.error for f in doc.findings)
    warnings = len(doc.findings) - errors
    if doc.findings:
        summary = FOUND[language].format(errors=_count(errors, ERRORS, language),
                                         warnings=_count(warnings, WARNINGS, language))
    else:
        summary = _word("clean", language)
    opening = [PageBreakIfNotEmpty()] + _heading(doc, language, look) + [Spacer(1, 4),
                                                                         Paragraph(f"<b>{summary}</b>", look.text)]
    if not doc.findings:
        return opening
    titles = shipped_texts()
    data = [[Paragraph(_word(key, language), look.head)
             for key in ("number", "rule", "severity", "finding", "rows", "source")]]
    fills = []
    for number, f in enumerate(doc.findings, start=1):
        data.append([Paragraph(str(number), look.number),
                     Paragraph(escape(titles.rule_title(f.rule, language)), look.cell),
                     Paragraph(escape(f.severity), look.cell_bold if f.error else look.cell),
                     Paragraph(escape(f.message), look.cell),
                     Paragraph(escape(rows_in(f.rows, language)), look.cell),
                     Paragraph(escape(source_in_words(f.source, language)), look.cell)])
        if f.error:
            fills.append(("BACKGROUND", (2, number), (2, number), ERROR_FILL))
    table = Table(data, colWidths=["4%", "15%", "12%", "37%", "14%", "18%"], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
                              + fills))
    # The heading stays with the summary and the table's first rows: never a heading alone at a page's foot.
    return [opening[0], KeepTogether(opening[1:] + [Spacer(1, 6)]), table]


def build_rule_check_pdf(path: Path, doc, language: str) -> None:
    """The rule-check report alone, landscape A4, with the college and the curriculum on every page and
    "page X of Y" at the foot."""
    c = doc.curriculum
    plan = plan_name(doc, language)
    # the year closes the identity unless the plan's name already ends with it
    year = "" if plan.endswith(str(c.intake_year)) else str(c.intake_year)
    identity = " — ".join(part for part in (doc.college_name, _word("document", language), plan, year) if part)
    story = findings_flowables(doc, language, None)
    finishing.build(path, story, language, identity, title=f"{_word('title', language)} — {plan}",
                    pagesize=landscape(A4), margins=1.2 * cm)
