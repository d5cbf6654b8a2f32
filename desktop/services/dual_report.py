"""The dual-training report (PDF or Excel) and the sheet of what NEDB monitors for dual training and patronage."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.dual import Coverage, MEMORANDUM_SECTIONS
from desktop.domain.legal_forms import legal_form_in
from desktop.exchange.dual_report_xlsx import add_dual_sheets
from desktop.exchange.print_setup import MONEY, print_ready
from desktop.models import Student
from desktop.paths import owner_only
from desktop.reports.labels import DUAL_CHOICES, pick
from desktop.services import dual, dual_lists, partnerships
from desktop.services.college import get_profile
from desktop.services.database import Database


@dataclass(frozen=True)
class DualReport:
    college_name_kk: str
    college_name_ru: str
    on: date
    state: Coverage
    everyone: Coverage
    lines: list
    contracts: list
    mentors: list
    totals: partnerships.PaymentTotals
    director: str = ""  # who signs the report
    deputy: str = ""  # the deputy director (academic work), who signs beside the director
    kazakh_names: dict = field(default_factory=dict)  # an enterprise's Russian name -> its Kazakh one (ЖШС, not ТОО)
    classifier_names: dict = field(default_factory=dict)  # a specialty's or qualification's code -> (kk, ru) names

    def named(self, code: str, language: str) -> str:
        """A specialty or qualification as documents print it: the code and its name in the document's language
        from the college's classifier (the code alone where the classifier does not know it)."""
        names = self.classifier_names.get(code)
        name = (names[1] if language == "ru" else names[0]) if names else ""
        return f"{code} {name}" if name else code

    def enterprise_name(self, name_ru: str, language: str) -> str:
        """The contracts and mentors are listed with the enterprise's Russian name; a Kazakh document writes the
        Kazakh one where the enterprise has it, and either writes the legal form in its own language (ЖШС in
        Kazakh, ТОО in Russian), also for a name entered with the other language's form."""
        name = (self.kazakh_names.get(name_ru) or name_ru) if language == "kk" else name_ru
        return legal_form_in(name, language)

    def college_name(self, language: str) -> str:
        return self.college_name_ru if language == "ru" else self.college_name_kk


def reported_contracts(db: Database) -> list:
    """The contracts a report lists: those signed (a draft is no contract yet: 0 hours, nobody bound), each
    student named by surname and given name, and by the patronymic too where two students share those (two
    «Әбенов Дамир» could not be told apart)."""
    contracts = [c for c in dual_lists.list_contracts(db) if c.status != "draft"]
    shared = {name for name, n in Counter(c.student for c in {c.student_id: c for c in contracts}.values()).items()
              if n > 1}
    if not shared:
        return contracts
    with db.session() as session:
        full = {sid: f"{surname} {given} {patronymic}".strip() for sid, surname, given, patronymic in session.execute(
            select(Student.id, Student.surname, Student.given_name, Student.patronymic)
            .where(Student.id.in_([c.student_id for c in contracts if c.student in shared])))}
    return [replace(c, student=full[c.student_id]) if c.student_id in full else c for c in contracts]


def dual_report(db: Database, today: date | None = None) -> DualReport:
    today = today or date.today()
    profile = get_profile(db)
    state, everyone, lines = dual.coverage_figures(db, today)
    return DualReport(profile.name_kk if profile else "", profile.name_ru if profile else "", today, state, everyone,
                      lines, reported_contracts(db), dual_lists.list_mentors(db),
                      partnerships.academic_year_totals(db, today), profile.director if profile else "",
                      profile.deputy_director if profile else "",
                      {e.name_ru: e.name_kk for e in dual_lists.list_enterprises(db) if e.name_kk},
                      classifier_names(db))


def classifier_names(db: Database) -> dict[str, tuple[str, str]]:
    from desktop.services.classifier import list_entries  # noqa: PLC0415

    return {e.code: (e.name_kk, e.name_ru) for e in list_entries(db)}


def write_dual_report(path: Path, report: DualReport, language: str, kind: str = "pdf") -> None:
    if kind == "pdf":
        from desktop.reports.dual_report_pdf import build_dual_report_pdf  # noqa: PLC0415

        build_dual_report_pdf(path, report, language, report.director, report.deputy)
        return
    book = Workbook()
    book.remove(book.active)
    add_dual_sheets(book, report, language)
    book.save(path)
    owner_only(path)


MONITORING_HEADERS = {
    "enterprises": ("БИН", "Наименование", "Размер", "Отрасль", "АПК", "Договоров о дуальном обучении"),
    "memoranda": ("Предприятие", "Номер", "Дата", "Действует с", "Действует по", "Разделов из 11",
                  "Содержит разработку программ", "Материальная помощь, ₸"),
    "requests": ("Предприятие", "Номер", "Дата", "Специальность", "Год приёма", "Мест", "Лет отработки"),
}


def write_monitoring(db: Database, path: Path) -> None:
    """The figures NEDB monitors for dual training and patronage (MR l.773, l.779-834), one sheet each."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Предприятия"
    sheet.append(list(MONITORING_HEADERS["enterprises"]))
    for e in dual_lists.list_enterprises(db):
        sheet.append([e.bin, e.name_ru, pick(DUAL_CHOICES, e.size, "ru") if e.size in DUAL_CHOICES else e.size,
                      e.sector, "Да" if e.agro_industrial else "Нет", e.contracts])
    memoranda = book.create_sheet("Меморандумы")
    memoranda.append(list(MONITORING_HEADERS["memoranda"]))
    requests = book.create_sheet("Целевая подготовка")
    requests.append(list(MONITORING_HEADERS["requests"]))
    aid = 0.0
    for a in dual_lists.list_agreements(db):
        d = a.details
        if a.kind == "memorandum":
            memoranda.append([a.enterprise, a.number, a.signed_on, d["valid_from"], d["valid_to"],
                              f"{len(d['sections'])} / {len(MEMORANDUM_SECTIONS)}",
                              "Да" if "programmes" in d["sections"] else "Нет", float(d["material_aid"])])
            aid += float(d["material_aid"])
        else:
            requests.append([a.enterprise, a.number, a.signed_on, d["specialty"], d["intake_year"], d["places"],
                             d["employment_years"]])
    memoranda.append(["Итого материальной помощи", "", "", "", "", "", "", aid])
    profile = get_profile(db)
    identity = f"{profile.name_ru if profile else ''} — мониторинг дуального обучения и шефства (НОБД)"
    for sheet in book.worksheets:
        print_ready(sheet, "ru", identity, formats={"H": MONEY} if sheet.title == "Меморандумы" else None)
    book.save(path)
