"""Write resources/demo/nedb-contingent.txt: the file NEDB gives back to the demo college.

It is the demo contingent as Zhospar exports it, with the system's own row ids filled in, four
students the system knows differently (a surname's spelling, locality, dormitory, group) and four students
transferred in from another college, so importing it shows every outcome: same, conflict, new.
Run once when the demo changes; the file is committed.
"""
import random
import tempfile
from datetime import date
from pathlib import Path

from desktop.domain.ids import make_iin
from desktop.exchange import nedb_file
from desktop.exchange import nedb_values as words
from desktop.services import nedb
from desktop.services.demo import build_demo

OUT = Path(__file__).resolve().parents[1] / "resources" / "demo" / "nedb-contingent.txt"
NEWCOMERS = [("Сұлтанов", "Ерасыл", "Маратұлы", date(2010, 3, 14), "M", "25ПО-21р"),
             ("Ли", "Виктория", "Андреевна", date(2010, 6, 2), "F", "25ПО-21р"),
             ("Абдрахманова", "Аружан", "Серікқызы", date(2009, 11, 23), "F", "24УА-31к"),
             ("Шәкенов", "Нұрбол", "Асқарұлы", date(2011, 1, 30), "M", "26НО-11к")]


def main() -> None:
    pick = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        db = build_demo(Path(folder) / "demo.sqlite", Path(folder) / "backups")
        rows = [record for _, _, record in nedb.export_rows(db, date(2026, 11, 20))]
        db.close()
    for number, record in enumerate(rows, start=1):
        record["system_ei"] = str(4_810_000 + number * 7)
        record["system_id"] = str(91_200_000 + number * 13)
    rows[3]["surname"] = rows[3]["surname"].replace("ов", "ев", 1) if "ов" in rows[3]["surname"] else rows[3]["surname"] + "а"
    rows[10]["locality"] = "сельская местность" if rows[10]["locality"] != "сельская местность" else "городская местность"
    rows[25]["dormitory"] = words.DORMITORY[(True, False)] if rows[25]["dormitory"] == "не нуждается" else "не нуждается"
    moved = next(r for r in rows[40:] if r["group_code"] == "25УА-21р")
    moved["group_code"] = "26УА-11к"  # the system still has her in another group: reported, never applied
    template = {record["group_code"]: record for record in rows}
    for serial, (surname, given, patronymic, born, sex, group) in enumerate(NEWCOMERS, start=3100):
        iin = make_iin(born, sex, serial) or make_iin(born, sex, serial + 50)
        new = dict(template[group])
        new.update(iin=iin, surname=surname, given_name=given, patronymic=patronymic,
                   birth_date=born.isoformat(), enrolment_kind=words.ENROLMENT_KIND["transfer"],
                   enrolled_on="2026-11-09", locality=pick.choice(["городская местность", "сельская местность"]),
                   academic_leave="Нет", dormitory="не нуждается", scholarship="Нет", orphan="Нет", disability="Нет",
                   no_parental_care="Нет", large_family="Нет", left_on="", leaving_reason="", system_ei=str(4_820_000 + serial),
                   system_id=str(91_300_000 + serial))
        rows.append(new)
    nedb_file.write_file(OUT, nedb_file.from_records(rows))
    OUT.chmod(0o644)  # invented people: the demo file is shipped with the application
    print(f"{len(rows)} rows written to {OUT}")


if __name__ == "__main__":
    main()
