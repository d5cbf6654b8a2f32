"""The demo college's dual training: enterprises, mentors, a dual group with contracts in every status, a
memorandum, a request for training, payments."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select, update

from desktop.domain.dual import ContractStep
from desktop.domain.ids import make_bin
from desktop.models import Student, StudyGroup
from desktop.services import dual, partnerships
from desktop.services.database import Database
from desktop.services.dual import ContractData, EnterpriseData

DUAL_GROUP = "25ПО-21р"
ENTERPRISES = (
    ("«Алатау Софт» ЖШС", "ТОО «Алатау Софт»", "large", "информационные технологии", False, 11),
    ("«Сарыарқа Есеп» ЖШС", "ТОО «Сарыарқа Есеп»", "medium", "бухгалтерские услуги", False, 23),
    ("«Жетісу Агро» ЖШС", "ТОО «Жетісу Агро»", "large", "сельское хозяйство", True, 37),
    ("«Шағын Веб» ЖК", "ИП «Шағын Веб»", "small", "веб-студия", False, 41),
)
MODULES = (("КМ 03", "Бағдарламалық қамтамасыз етуді әзірлеу", 288), ("КМ 04", "Деректер қорымен жұмыс", 144))


def _bin(serial: int) -> str:
    made = None
    while made is None:
        made = make_bin(8, 4, 4, 0, serial)
        serial += 1
    return made


def add_demo_dual(db: Database) -> None:
    ids = [dual.save_enterprise(db, EnterpriseData(_bin(serial), kk, ru, size, sector, agro, "Алматы қ.",
                                                   "Кадр бөлімі: +7 727 000 00 00"))
           for kk, ru, size, sector, agro, serial in ENTERPRISES]
    soft, accounting = ids[0], ids[1]
    mentors = [dual.save_mentor(db, soft, "Нұрланов Дәурен Асқарұлы", "жетекші бағдарламашы", "инженер-бағдарламашы"),
               dual.save_mentor(db, soft, "Ким Андрей Сергеевич", "тестілеу бөлімінің басшысы", "инженер"),
               dual.save_mentor(db, accounting, "Сәрсенова Гүлнар Маратқызы", "бас бухгалтер", "экономист")]
    with db.session() as session:
        session.execute(update(StudyGroup).where(StudyGroup.code == DUAL_GROUP).values(dual=True))
        group_id = session.scalar(select(StudyGroup.id).where(StudyGroup.code == DUAL_GROUP))
        students = list(session.scalars(select(Student.id).where(Student.group_id == group_id,
                                                                 Student.status == "studying").order_by(Student.id)))
    # four students still without a contract, for the check to find
    for n, sid in enumerate(students[:-4]):
        cid = dual.create_contract(db, ContractData(f"Д-{n + 1:02d}/2026", sid, soft, date(2026, 9, 1),
                                                    date(2027, 6, 30), mentors[n % 2], "Заңды өкілі (ата-анасы)",
                                                    MODULES))
        if n == 0:
            continue  # a draft waiting for signatures
        dual.step(db, cid, ContractStep.SIGN, date(2026, 9, 1))
        if n % 3 == 0:
            dual.set_periods(db, cid, [("production_training", date(2026, 10, 5), date(2026, 10, 30), 144, "КМ 03"),
                                       ("technological", date(2026, 11, 2), date(2026, 11, 13), 72, "КМ 04")])
        if n == 3:
            dual.step(db, cid, ContractStep.ISSUE_APPENDIX, date(2026, 11, 14))
        if n == 9:
            dual.step(db, cid, ContractStep.END, date(2026, 11, 16))  # ended, the appendix never handed over
        if n == 12:
            dual.step(db, cid, ContractStep.ISSUE_APPENDIX, date(2026, 11, 14))
            dual.step(db, cid, ContractStep.END, date(2026, 11, 16))
        if n == 6:
            dual.step(db, cid, ContractStep.TERMINATE, date(2026, 11, 2), "студент ауысты / перевод в другой колледж")
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
