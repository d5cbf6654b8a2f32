"""Dual training on paper, in Kazakh or Russian: the contract with its appendix, ready to sign, and the report."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.reports.blocks import DocumentStyles, dmy, grid_table

from desktop.paths import owner_only
from desktop.reports.labels import DUAL_CHOICES, DUAL_LABELS, pick

def _party(label: str, lines: list[str], s: DocumentStyles) -> Paragraph:
    return Paragraph(f"<b>{label}:</b> " + "; ".join(line for line in lines if line), s.text)


def contract_flowables(doc, language: str, s: DocumentStyles) -> list:
    label = lambda key: pick(DUAL_LABELS, key, language)  # noqa: E731
    names = {"kk": 1, "ru": 2}
    college = doc.college_name_ru if language == "ru" else doc.college_name_kk
    enterprise = doc.enterprise_name_ru if language == "ru" else doc.enterprise_name_kk
    specialty = f"{doc.specialty[0]} {doc.specialty[names[language]]}".strip()
    qualification = f"{doc.qualification[0]} {doc.qualification[names[language]]}".strip()
    story = [Paragraph(label("contract").format(number=doc.number), s.title),
             Paragraph(label("date_place").format(date=dmy(doc.signed_on)), s.text), Spacer(1, 6),
             Paragraph(label("parties"), s.bold),
             _party(label("college"), [college, f"{label('bin')} {doc.college_bin}", doc.college_address,
                                       f"{label('director')} {doc.director}"], s),
             _party(label("enterprise"), [enterprise, f"{label('bin')} {doc.enterprise_bin}", doc.enterprise_address], s),
             _party(label("student"), [doc.student_name, f"{label('iin')} {doc.student_iin}",
                                       f"{label('born')} {dmy(doc.student_birth_date)}", doc.group_code], s)]
    if doc.representative:
        story.append(_party(label("representative"), [doc.representative], s))
    story += [Spacer(1, 6), Paragraph(label("subject"), s.bold),
              Paragraph(label("subject_text").format(specialty=specialty, qualification=qualification), s.text),
              Paragraph(label("term").format(start=dmy(doc.starts_on), end=dmy(doc.ends_on)), s.bold),
              Paragraph(label("modules"), s.bold)]
    rows = [[Paragraph(label(k), s.head) for k in ("code", "name", "hours")]]
    rows += [[code, Paragraph(name, s.small), hours] for code, name, hours in doc.modules]
    rows.append(["", label("total"), sum(h for _, _, h in doc.modules)])
    story += [grid_table(rows, [2.5 * cm, 12 * cm, 2.5 * cm], s, total_row=True), Spacer(1, 6),
              Paragraph(label("mentor").format(mentor=f"{doc.mentor}, {doc.mentor_position}" if doc.mentor
                                               else label("no_mentor")), s.bold),
              Paragraph(label("duties"), s.text), Spacer(1, 10), _signatures(doc, language, s)]
    return story


def _signatures(doc, language: str, s: DocumentStyles) -> KeepTogether:
    label = lambda key: pick(DUAL_LABELS, key, language)  # noqa: E731
    college = doc.college_name_ru if language == "ru" else doc.college_name_kk
    enterprise = doc.enterprise_name_ru if language == "ru" else doc.enterprise_name_kk
    rows = [[Paragraph(f"<b>{label('college')}</b><br/>{college}<br/>{doc.director}", s.small),
             Paragraph(f"<b>{label('enterprise')}</b><br/>{enterprise}", s.small),
             Paragraph(f"<b>{label('student')}</b><br/>{doc.student_name}"
                       + (f"<br/><b>{label('representative')}</b><br/>{doc.representative}" if doc.representative else ""),
                       s.small)],
            [label("signature")] * 3]
    table = Table(rows, colWidths=[6 * cm, 6 * cm, 5.5 * cm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), s.regular, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 1), (-1, 1), 16)]))
    return KeepTogether([Paragraph(label("signatures"), s.bold), table])


def appendix_flowables(doc, language: str, s: DocumentStyles) -> list:
    label = lambda key: pick(DUAL_LABELS, key, language)  # noqa: E731
    rows = [[Paragraph(label(k), s.head) for k in ("kind", "from", "to", "hours", "modules_short")]]
    rows += [[Paragraph(pick(DUAL_CHOICES, kind, language), s.small), dmy(start), dmy(end), hours,
              Paragraph(modules, s.small)] for kind, start, end, hours, modules in doc.periods]
    rows.append([label("total"), "", "", sum(p[3] for p in doc.periods), ""])
    handed = label("handed").format(date=dmy(doc.appendix_issued_on)) if doc.appendix_issued_on else label("not_handed")
    return [Paragraph(label("appendix").format(number=doc.number), s.title),
            Paragraph(label("appendix_title"), s.text), Paragraph(doc.student_name, s.bold),
            grid_table(rows, [5 * cm, 2.5 * cm, 2.5 * cm, 2 * cm, 5.5 * cm], s, total_row=True), Spacer(1, 8),
            Paragraph(handed, s.text), Spacer(1, 10), _signatures(doc, language, s)]


def build_contract_pdf(path: Path, doc, language: str) -> None:
    """The contract and, on its own page, the appendix: A4, ready to print and sign."""
    s = DocumentStyles()
    story = contract_flowables(doc, language, s) + [PageBreak()] + appendix_flowables(doc, language, s)
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.5 * cm,
                      bottomMargin=1.5 * cm, title=pick(DUAL_LABELS, "contract", language).format(number=doc.number),
                      author=doc.college_name_ru if language == "ru" else doc.college_name_kk).build(story)
    owner_only(path)  # IINs and birth dates


def build_dual_report_pdf(path: Path, report, language: str) -> None:
    s = DocumentStyles()
    story = dual_report_flowables(report, language, s)
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.2 * cm,
                      bottomMargin=1.2 * cm, title=pick(DUAL_LABELS, "report", language)).build(story)
    owner_only(path)


def dual_report_flowables(report, language: str, s: DocumentStyles) -> list:
    label = lambda key: pick(DUAL_LABELS, key, language)  # noqa: E731
    pct = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
    story = [Paragraph(report.college_name(language), s.text), Paragraph(label("report"), s.title),
             Paragraph(label("as_of").format(date=dmy(report.on)), s.text), Paragraph(label("coverage"), s.bold),
             Paragraph(label("coverage_line").format(state=pct(report.state.percent), covered=report.state.covered,
                                                     total=report.state.total, all=pct(report.everyone.percent)), s.text)]
    rows = [[Paragraph(label(k), s.head) for k in ("specialty", "course", "state_percent", "all_percent")]]
    rows += [[line.specialty_code, line.course, pct(line.state_order.percent), pct(line.everyone.percent)]
             for line in report.lines]
    story += [grid_table(rows, [5 * cm, 2 * cm, 4 * cm, 4 * cm], s), Spacer(1, 8), Paragraph(label("contracts"), s.bold)]
    rows = [[Paragraph(label(k), s.head) for k in ("number", "student", "enterprise", "mentor_head", "from", "to",
                                                   "hours", "status")]]
    rows += [[c.number, Paragraph(c.student, s.small), Paragraph(c.enterprise, s.small), Paragraph(c.mentor, s.small),
              dmy(c.starts_on), dmy(c.ends_on), c.enterprise_hours,
              Paragraph(pick(DUAL_CHOICES, c.status, language), s.small)]
             for c in report.contracts]
    story += [grid_table(rows, [2.3 * cm, 4.5 * cm, 4 * cm, 4 * cm, 2.3 * cm, 2.3 * cm, 1.5 * cm, 3.4 * cm], s),
              Spacer(1, 8), Paragraph(label("mentors"), s.bold)]
    rows = [[Paragraph(label(k), s.head) for k in ("mentor_head", "enterprise", "students")]]
    rows += [[m.full_name, m.enterprise, m.students] for m in report.mentors]
    story += [grid_table(rows, [7 * cm, 7 * cm, 3 * cm], s), Spacer(1, 8), Paragraph(label("payments"), s.bold)]
    money = lambda v: f"{v:,.2f}".replace(",", " ")  # noqa: E731
    rows = [[label("mentor_payments"), money(report.totals.mentors)],
            [label("reimbursements"), money(report.totals.reimbursements)],
            [label("total"), money(report.totals.total)]]
    story.append(grid_table([[label("payments"), label("amount")]] + rows, [8 * cm, 5 * cm], s, total_row=True))
    return story
