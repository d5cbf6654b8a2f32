"""Write resources/demo/students.csv (the demo college's students) and graduates.csv (its past graduates),
invented people with valid IINs.

Run once when the demo groups change (`graduates` writes only graduates.csv); the CSVs are committed so every demo
database is the same.
"""
import csv
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.ids import make_iin

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo"
SURNAMES = ["Ахметов", "Сейткали", "Жұмабаев", "Нұрланов", "Қасымов", "Әбенов", "Омаров", "Серікбаев", "Төлеуов",
            "Бекмұратов", "Исабеков", "Мұқанов", "Оспанов", "Сәрсенов", "Ермеков", "Қуанышев", "Тұрсынов",
            "Жақсылықов", "Әлиев", "Ким", "Иванов", "Петров", "Смағұлов", "Байжанов", "Ғабдуллин", "Құрманов"]
MALE = ["Нұрсұлтан", "Ерлан", "Айдос", "Арман", "Дәурен", "Ержан", "Әлихан", "Бауыржан", "Ілияс", "Темірлан",
        "Асқар", "Дамир", "Мирас", "Нұрлыбек", "Санжар", "Алексей", "Дмитрий", "Ұлан", "Қайрат", "Рауан"]
FEMALE = ["Айгерім", "Аружан", "Дана", "Жансая", "Әсел", "Гүлназ", "Мөлдір", "Інжу", "Томирис", "Аяулым",
          "Балжан", "Ақерке", "Камила", "Сабина", "Ұлжан", "Анастасия", "Мария", "Нұрай", "Зарина", "Әйгерім"]
FATHERS = ["Серік", "Болат", "Марат", "Қайрат", "Ержан", "Нұрлан", "Асқар", "Талғат", "Бекзат", "Ғалым", "Мұрат"]
FUNDING = ["state_local"] * 7 + ["state_republic", "enterprise", "paid", "paid"]


def surname_for(base: str, sex: str) -> str:
    if base.endswith(("ов", "ев", "ин")) and sex == "F":
        return base + "а"
    return base


def patronymic_for(father: str, sex: str) -> str:
    return father + ("ұлы" if sex == "M" else "қызы")


def people(groups: list[dict], rng: random.Random, used: set) -> list[dict]:
    rows = []
    for group in groups:
        for _ in range(rng.randint(22, 30)):
            sex = rng.choice("MF")
            age_at_entry = 15 if group["entry_base"] == "9" else 17
            born = date(group["intake_year"] - age_at_entry, 1, 1) + timedelta(days=rng.randint(0, 364))
            iin = None
            while iin is None or iin in used:
                iin = make_iin(born, sex, rng.randint(1, 9999))
            used.add(iin)
            rows.append({
                "iin": iin,
                "surname": surname_for(rng.choice(SURNAMES), sex),
                "given_name": rng.choice(MALE if sex == "M" else FEMALE),
                "patronymic": patronymic_for(rng.choice(FATHERS), sex),
                "birth_date": born.isoformat(),
                "sex": sex,
                "group": group["code"],
                "funding": "paid" if group["study_form"] == "part_time" else rng.choice(FUNDING),
                "enrolled_on": date(group["intake_year"], 8, 25 + rng.randint(0, 5)).isoformat(),
            })
    return rows


def write(name: str, rows: list[dict]) -> None:
    with open(DEMO / name, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} people")


def main(which: str = "all") -> None:
    data = json.loads((DEMO / "college.json").read_text(encoding="utf-8"))
    with open(DEMO / "students.csv", encoding="utf-8", newline="") as handle:
        existing = {row["iin"] for row in csv.DictReader(handle)}
    if which == "all":
        existing = set()
        write("students.csv", people(data["groups"], random.Random(2026), existing))
    write("graduates.csv", people(data["graduated_groups"], random.Random(2021), existing))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "all")
