"""A valid workbook for every reader, to be broken by workbook_mutations; and each reader as a function of a path."""
from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

from curricula import mid_level_9
from openpyxl import Workbook

from desktop.domain.ids import make_iin

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _iins(count: int) -> list[str]:
    found, serial = [], 1000
    while len(found) < count:
        iin = make_iin(date(2005, 5, 17), "F", serial)
        serial += 1
        if iin:
            found.append(iin)
    return found


def _save(rows: list[list], path: Path, title: str = "Sheet") -> Path:
    book = Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def curriculum(path: Path) -> Path:
    from desktop.exchange.curriculum_xlsx import write_curriculum  # noqa: PLC0415

    write_curriculum(path, replace(mid_level_9(), title="Fuzz"))
    return path


def college_sheet(path: Path) -> Path:
    shutil.copyfile(FIXTURES / "college-sheets" / "oral-primary-teacher-2022-2026-headers.xlsx", path)
    return path


def classifier(path: Path) -> Path:
    from desktop.exchange.classifier_xlsx import ClassifierRow, write_classifier  # noqa: PLC0415

    write_classifier(path, [ClassifierRow(2, "07150300", "Машина жасау", "Машиностроение", "", date(2020, 1, 1), None),
                            ClassifierRow(3, "3W07150301", "Токарь", "Токарь", "Turner", None, None),
                            ClassifierRow(4, "4S07150302", "Техник", "Техник", "", None, date(2030, 6, 30))])
    return path


def students(path: Path) -> Path:
    rows = [["Список студентов"], ["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Группа"]]
    rows += [[iin, f"Сейткали{n}", "Аружан", "Серікқызы", date(2005, 5, 17), "Ж", "26ПО-11к"]
             for n, iin in enumerate(_iins(5))]
    return _save(rows, path)


def exam_scheme(path: Path) -> Path:
    return _save([["Аспект / Aspect", "Түрі / Вид (M, J)", "Макс. балл", "Сипаттамасы / Описание"],
                  ["A1", "M", 40, "Measured"], ["A2", "J", 30, "Judged"], ["A3", "измерение", "30", "z"]], path)


def exam_scores(path: Path) -> Path:
    rows = [["ЖСН / ИИН", "Аспект / Aspect", "Балл / Судья 1", "Судья 2", "Судья 3"]]
    rows += [[iin, aspect, 7.5, 8, "6,5"] for iin in _iins(3) for aspect in ("A1", "A2")]
    return _save(rows, path)


def employment(path: Path) -> Path:
    rows = [["ЖСН / ИИН", "Graduate", "Group", "Status", "Date", "Employer", "Evidence"]]
    statuses = ("employed_in_specialty", "further_study", "unknown", "трудоустроен по специальности")
    rows += [[iin, f"Graduate {n}", "22ПО-41", statuses[n % 4], date(2026, 9, 1), "ТОО Жол", "confirmed"]
             for n, iin in enumerate(_iins(4))]
    return _save(rows, path)


BASES = {"curriculum": curriculum, "college_sheet": college_sheet, "classifier": classifier, "students": students,
         "exam_scheme": exam_scheme, "exam_scores": exam_scores, "employment": employment}


def readers():
    """name -> the reader of a path (desktop/exchange), which may return or raise SheetFileError, nothing else."""
    from desktop.exchange import classifier_xlsx, curriculum_xlsx, employment_xlsx, exam_xlsx, student_sheet  # noqa

    return {"curriculum": curriculum_xlsx.read_curriculum, "college_sheet": curriculum_xlsx.read_curriculum,
            "classifier": classifier_xlsx.read_classifier, "students": student_sheet.read_sheet,
            "exam_scheme": exam_xlsx.read_scheme, "exam_scores": exam_xlsx.read_scores,
            "employment": employment_xlsx.read_employment}
