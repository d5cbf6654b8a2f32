"""The demo college's dual training: enterprises, mentors, a dual group with contracts in every status, a
memorandum, a request for training, payments."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select, update

from desktop.domain.dual import ContractStep, needs_representative
from desktop.domain.ids import make_bin, make_iin
from desktop.models import CurriculumRowRecord, Student, StudyGroup
from desktop.services import dual, partnerships
from desktop.services.college import get_profile, save_profile
from desktop.services.database import Database
from desktop.services.dual_details import make_iban
from desktop.services.dual import ContractData, EnterpriseData

DUAL_GROUP = "25ПО-21р"
# Addresses are kept in one field, typed "Kazakh / Russian": each contract prints its language's half.
ENTERPRISES = (
    ("«Алатау Софт» ЖШС", "ТОО «Алатау Софт»", "large", "информационные технологии", False, 11,
     "Алматы қ., Әл-Фараби даңғылы, 77/8 / г. Алматы, пр. аль-Фараби, 77/8"),
    ("«Сарыарқа Есеп» ЖШС", "ТОО «Сарыарқа Есеп»", "medium", "бухгалтерские услуги", False, 23,
     "Алматы қ., Сәтбаев көшесі, 30 / г. Алматы, ул. Сатпаева, 30"),
    ("«Жетісу Агро» ЖШС", "ТОО «Жетісу Агро»", "large", "сельское хозяйство", True, 37,
     "Қонаев қ., Индустриялық аймақ, 5 / г. Конаев, Индустриальная зона, 5"),
    ("«Шағын Веб» ЖК", "ИП «Шағын Веб»", "small", "веб-студия", False, 41,
     "Алматы қ., Төле би көшесі, 101 / г. Алматы, ул. Толе би, 101"),
)
COLLEGE_ADDRESS = "Қонаев қ., Абай даңғылы, 17 / г. Конаев, пр. Абая, 17"
# in both languages, as the address: the pack's cover prints the half of its language
COLLEGE_REGION = "Алматы облысы / Алматинская область"
# Who signs for each enterprise (name, position in Kazakh and Russian) and its bank (3-character code in the
# IBAN, BIC, name): invented people and accounts with valid check digits.
SIGNATORIES = (("Әбдірахманов Талғат Серікұлы", "Бас директор", "Генеральный директор"),
               ("Сәрсенбаева Айгүл Маратқызы", "Директор", "Директор"),
               ("Жақыпов Берік Нұрланұлы", "Директор", "Директор"),
               ("Исмаилов Руслан Ахметұлы", "Жеке кәсіпкер", "Индивидуальный предприниматель"))
# Banks whose names read the same in Kazakh and Russian: the record keeps one bank name.
BANKS = (("856", "KCJBKZKX", "«Банк ЦентрКредит»"), ("160", "HCSKKZKA", "«Отбасы банк»"),
         ("856", "KCJBKZKX", "«Банк ЦентрКредит»"), ("160", "HCSKKZKA", "«Отбасы банк»"))
# The dual group is in its second course in 2026-2027 (semesters 3 and 4): the contracts take the professional
# modules of its curriculum taught in those semesters, with the part of their hours spent at the enterprise.
COURSE_SEMESTERS = (3, 4)
HOURS_AT_ENTERPRISE = {"КМ 01": 216, "КМ 02": 144}
# The autumn production training every signed contract's appendix holds by December: a week of КМ 01 in October
# and one in November (36 hours each), inside semester 3 and inside the 72 production hours of its outcome taught
# wholly in that semester (ОН 1.1); the plan's other production hours of КМ 01 fall in semester 4. The enterprise
# fills the lines as the periods pass. A contract terminated on 02.11.2026 holds only the first.
AUTUMN_PERIODS = ((date(2026, 10, 5), date(2026, 10, 9), 36), (date(2026, 11, 2), date(2026, 11, 6), 36))
AUTUMN_END = date(2026, 11, 6)
AUTUMN_HOURS = sum(hours for *_, hours in AUTUMN_PERIODS)
# Contracts made for the autumn placement only: their term ends with it and they cover that outcome (ОН 1.1), not
# the whole module, so their share at the enterprise is of its 72 production hours, not of КМ 01's 216. The
# appendix is handed over at the end of training (contract clause 3.1.4), so only these have it: one handed over
# on 09.11.2026 and the contract still open, one handed over and ended in fulfilment on 16.11.2026, one ended
# without it (for the check to find).
AUTUMN_ONLY = (3, 9, 12)
APPENDIX_ON, ENDED_ON = date(2026, 11, 9), date(2026, 11, 16)
TERMINATED, TERMINATED_ON = 6, date(2026, 11, 2)
# Invented demo values, written as colleges write the order that ends a contract.
TERMINATION_REASON = ("тараптардың келісімі бойынша (бұйрық № 112-Б, 30.10.2026) / "
                      "по соглашению сторон (приказ № 112-Б от 30.10.2026)")
FATHERS_PATRONYMICS = ("Серікұлы", "Жұмабекұлы", "Мұратұлы", "Қанатұлы", "Төлегенұлы", "Бауыржанұлы")


def _bin(serial: int) -> str:
    made = None
    while made is None:
        made = make_bin(8, 4, 4, 0, serial)
        serial += 1
    return made


def _iin(born: date, serial: int) -> str:
    made = None
    while made is None:
        made = make_iin(born, "M", serial)
        serial += 1
    return made


def _father(surname: str, patronymic: str, n: int) -> str:
    """The father of a student, named as Kazakh names go: the given name in the student's patronymic, the
    surname in its masculine form."""
    given = patronymic.removesuffix("қызы").removesuffix("ұлы").removesuffix("улы") or "Асқар"
    for ending in ("ова", "ева", "ина"):
        if surname.endswith(ending):
            surname = surname[:-1]
    return f"{surname} {given} {FATHERS_PATRONYMICS[n % len(FATHERS_PATRONYMICS)]}"


def _course_modules(db: Database, group_id: int) -> tuple[tuple[tuple[str, str, int], ...], tuple[str, ...]]:
    """(code, Kazakh name, hours at the enterprise) and the Russian names of the curriculum's top professional
    modules taught in the course's semesters."""
    with db.session() as session:
        curriculum_id = session.scalar(select(StudyGroup.curriculum_id).where(StudyGroup.id == group_id))
        rows = session.scalars(select(CurriculumRowRecord).where(CurriculumRowRecord.curriculum_id == curriculum_id)
                               .order_by(CurriculumRowRecord.position)).all()
        taught = {r.parent_key for r in rows if r.parent_key and any(s in COURSE_SEMESTERS for s, *_ in r.semesters)}
        chosen = [r for r in rows if r.row_key in taught and r.code in HOURS_AT_ENTERPRISE]
        return (tuple((r.code, r.name_kk, HOURS_AT_ENTERPRISE[r.code]) for r in chosen),
                tuple(r.name_ru for r in chosen))


def _autumn_outcome(db: Database, group_id: int) -> tuple[tuple[str, str, int], str] | None:
    """The first outcome with production training taught wholly in the course's first semester: (code, Kazakh
    name, its production hours) and its Russian name, what an autumn-only contract covers."""
    with db.session() as session:
        curriculum_id = session.scalar(select(StudyGroup.curriculum_id).where(StudyGroup.id == group_id))
        rows = session.scalars(select(CurriculumRowRecord).where(CurriculumRowRecord.curriculum_id == curriculum_id)
                               .order_by(CurriculumRowRecord.position)).all()
        for r in rows:
            if r.parent_key and r.production and {s for s, *_ in r.semesters} == {COURSE_SEMESTERS[0]}:
                return (r.code, r.name_kk, r.production), r.name_ru
    return None


def add_demo_dual(db: Database) -> None:
    profile = get_profile(db)
    if profile is not None:  # the place of signing and the college's bank details, for the contracts
        save_profile(db, replace(profile, locality_kk="Қонаев қ.", locality_ru="г. Конаев", address=COLLEGE_ADDRESS,
                                 region=COLLEGE_REGION,
                                 bank_account=make_iban("856", "0000012345001"), bank_bik="KCJBKZKX",
                                 bank_name="«Банк ЦентрКредит»"))
    ids = []
    for (kk, ru, size, sector, agro, serial, address), (who, pos_kk, pos_ru), (code, bik, bank) in zip(
            ENTERPRISES, SIGNATORIES, BANKS):
        ids.append(dual.save_enterprise(db, EnterpriseData(
            _bin(serial), kk, ru, size, sector, agro, address, "Кадр бөлімі: +7 727 000 00 00", who, pos_kk, pos_ru,
            make_iban(code, f"{serial:03d}0000004512"), bik, bank)))
    soft, accounting = ids[0], ids[1]
    mentors = [dual.save_mentor(db, soft, "Нұрланов Дәурен Асқарұлы", "жетекші бағдарламашы", "инженер-бағдарламашы",
                                position_ru="ведущий программист"),
               dual.save_mentor(db, soft, "Ким Андрей Сергеевич", "тестілеу бөлімінің басшысы", "инженер",
                                position_ru="руководитель отдела тестирования"),
               dual.save_mentor(db, accounting, "Сәрсенова Гүлнар Маратқызы", "бас бухгалтер", "экономист",
                                position_ru="главный бухгалтер")]
    with db.session() as session:
        session.execute(update(StudyGroup).where(StudyGroup.code == DUAL_GROUP).values(dual=True))
        group_id = session.scalar(select(StudyGroup.id).where(StudyGroup.code == DUAL_GROUP))
        students = [(s.id, s.surname, s.patronymic, s.birth_date) for s in session.scalars(
            select(Student).where(Student.group_id == group_id, Student.status == "studying").order_by(Student.id))]
    modules, names_ru = _course_modules(db, group_id)
    first = modules[0][0] if modules else ""  # the autumn module: its periods are in the appendix so far
    autumn = _autumn_outcome(db, group_id)
    if autumn is None or autumn[0][2] < AUTUMN_HOURS:  # the demo plan changed under the contracts
        raise ValueError(f"no outcome of semester {COURSE_SEMESTERS[0]} holds {AUTUMN_HOURS} production hours")
    # four students still without a contract, for the check to find
    for n, (sid, surname, patronymic, born) in enumerate(students[:-4]):
        minor = needs_representative(born, date(2026, 8, 28))
        representative = _father(surname, patronymic, n) if minor else ""
        representative_iin = _iin(date(1978 + n % 8, 1 + n % 12, 1 + n % 27), 100 + n) if minor else ""
        autumn_only = n in AUTUMN_ONLY
        cid = dual.create_contract(db, ContractData(
            f"Д-{n + 1:02d}/2026", sid, soft, date(2026, 9, 1), AUTUMN_END if autumn_only else date(2027, 6, 30),
            mentors[n % 2], representative, (autumn[0],) if autumn_only else modules, representative_iin,
            (autumn[1],) if autumn_only else names_ru))
        if n == 0:
            continue  # a draft waiting for signatures
        dual.step(db, cid, ContractStep.SIGN, date(2026, 8, 28))
        periods = AUTUMN_PERIODS[:1] if n == TERMINATED else AUTUMN_PERIODS
        if first:
            module = autumn[0][0] if autumn_only else first
            dual.set_periods(db, cid, [("production_training", start, end, hours, module)
                                       for start, end, hours in periods])
        if n in (3, 12):
            dual.step(db, cid, ContractStep.ISSUE_APPENDIX, APPENDIX_ON)
        if n in (9, 12):  # Д-10 ended with the appendix never handed over
            dual.step(db, cid, ContractStep.END, ENDED_ON)
        if n == TERMINATED:
            dual.step(db, cid, ContractStep.TERMINATE, TERMINATED_ON, TERMINATION_REASON)
    partnerships.add_memorandum(db, soft, "М-07/2025", date(2025, 10, 1), (date(2025, 10, 1), date(2028, 9, 30)),
                                {"subject", "implementation", "obligations", "validity", "responsibility",
                                 "board_seats", "student_practice", "equipment", "programmes"}, Decimal("2500000"))
    partnerships.add_enterprise_request(db, soft, "ТД-02/2026", date(2026, 5, 20), "06130100", 2027, 15, 3)
    partnerships.add_mentor_payment(db, mentors[0], "ӨҚ-14", date(2026, 9, 5), (date(2026, 9, 1), date(2026, 12, 31)),
                                    Decimal("320000"))
    partnerships.add_mentor_payment(db, mentors[1], "ӨҚ-15", date(2026, 9, 5), (date(2026, 9, 1), date(2026, 12, 31)),
                                    Decimal("280000"))
    partnerships.add_reimbursement(db, soft, date(2026, 11, 10), (date(2026, 9, 1), date(2026, 10, 31)),
                                   Decimal("450000"), "шығыстарды өтеу / возмещение затрат")
