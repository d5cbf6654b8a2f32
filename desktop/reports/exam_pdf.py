"""The demonstration-exam protocol in Kazakh or Russian: session, panel, candidates, marks, results, signatures."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.paths import owner_only
from desktop.reports.blocks import DocumentStyles, dmy, grid_table
from desktop.reports.labels import EXAM_CHOICES, EXAM_LABELS, pick

# A session may be printed before its panel is entered (to take to the exam): the panel's rows then stay blank,
# with their roles, for the names and signatures to be written by hand. (Words for reports.labels.EXAM_LABELS.)
BLANK_PANEL = ("chief", "expert", "expert")
BLANK = "_" * 30
HAND_FILLED = {"kk": "Сарапшылар тобы бағдарламаға енгізілмеген: қолмен толтырылады.",
               "ru": "Экспертная группа не внесена в программу: заполняется от руки."}


def build_protocol_pdf(path: Path, doc, language: str) -> None:
    s = DocumentStyles()
    label = lambda key: pick(EXAM_LABELS, key, language)  # noqa: E731
    choice = lambda key: pick(EXAM_CHOICES, key, language)  # noqa: E731
    title = label("protocol" if doc.form == "demonstration" else "protocol_practical").format(number=doc.session_id)
    names = {"kk": 1, "ru": 2}
    story = [Paragraph(doc.college_name_ru if language == "ru" else doc.college_name_kk, s.text),
             Paragraph(title, s.title)]
    facts = [(label("kind"), f"{choice(doc.kind)}, {choice(doc.form)}"),
             (label("qualification"), f"{doc.qualification[0]} {doc.qualification[names[language]]}"),
             (label("competence"), doc.competence or "—"),
             (label("dates"), f"{dmy(doc.starts_on)} – {dmy(doc.ends_on)}"),
             (label("venue"), f"{choice(doc.venue_type)}: {doc.venue_name}"),
             (label("task"), doc.drawn_task or "—"), (label("pass_mark"), str(doc.pass_mark))]
    story += [Paragraph(f"<b>{key}:</b> {value}", s.text) for key, value in facts]
    story += [Spacer(1, 4), Paragraph(label("panel"), s.bold)]
    panel = doc.experts or tuple(("", role, "", "") for role in BLANK_PANEL)
    if not doc.experts:
        story.append(Paragraph(HAND_FILLED[language], s.small))
    rows = [[Paragraph(label(k), s.head) for k in ("name", "role", "organisation", "certificate")]]
    rows += [[name or Spacer(1, 0.7 * cm), Paragraph(choice(role), s.small), Paragraph(org, s.small), cert]
             for name, role, org, cert in panel]  # a blank row tall enough to write in
    story += [grid_table(rows, [6.5 * cm, 5.5 * cm, 7 * cm, 4 * cm], s), Spacer(1, 6), Paragraph(label("results"), s.bold)]
    head = [label("name"), label("group"), *(a.code for a in doc.aspects), label("total"), label("letter"),
            label("result")]
    rows = [[Paragraph(h, s.head) for h in head]]
    for line in doc.lines:
        result = (label("absent") if line.absent else "" if line.passed is None  # not scored yet: left blank
                  else label("passed") if line.passed else label("failed"))
        if line.retake:
            result += f" ({label('retake')})"
        grade = f"{line.letter} ({choice(line.grade)})" if line.letter else ""
        rows.append([Paragraph(line.name, s.small), line.group_code,
                     *(str(line.marks.get(a.code, "")) for a in doc.aspects),
                     str(line.total) if line.total is not None else "", Paragraph(grade, s.small), result])
    aspect_width = min(1.6 * cm, 9 * cm / max(len(doc.aspects), 1))
    widths = [5.5 * cm, 2.2 * cm, *([aspect_width] * len(doc.aspects)), 1.6 * cm, 4.4 * cm, 2.4 * cm]
    story.append(grid_table(rows, widths, s))
    sat = sum(1 for line in doc.lines if not line.absent)
    story.append(Paragraph(label("summary").format(sat=sat, passed=sum(1 for line in doc.lines if line.passed),
                                                   absent=len(doc.lines) - sat), s.text))
    signatures = Table([[f"{choice(role)}", name or BLANK, label("signature")] for name, role, _, _ in panel],
                       colWidths=[7 * cm, 7 * cm, 5 * cm])
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), s.regular, 9), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
    story.append(KeepTogether([Spacer(1, 8), Paragraph(label("signatures"), s.bold), signatures]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.2 * cm,
                      bottomMargin=1.2 * cm, title=title).build(story)
    owner_only(path)  # names and IINs
