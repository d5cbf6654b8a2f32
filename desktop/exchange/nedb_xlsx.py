"""The contingent as an Excel workbook with NEDB's headers, for the sections the registrar keys in by hand.

One sheet with every exported row under the system's headers, and one per hand-filled section
(special educational needs, social categories) listing only the students concerned.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop.exchange.cells import bold_row
from desktop.exchange.nedb_file import COLUMNS, HEADER_OF
from desktop.paths import owner_only

SECTION_HEADERS = {
    "sen": ("ИИН", "ФИО", "Код группы", "Категория особых образовательных потребностей", "Учебная программа"),
    "social": ("ИИН", "ФИО", "Код группы", "Сирота", "Без попечения родителей", "С инвалидностью",
               "Из многодетной семьи", "Из малообеспеченной семьи"),
}


def write_nedb_workbook(path: Path, records: list[dict[str, str]], sen_rows: list[tuple], social_rows: list[tuple]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Контингент"
    keys = [key for key, _, _ in COLUMNS]
    sheet.append([HEADER_OF[k] for k in keys])
    for record in records:
        sheet.append([record.get(k, "") for k in keys])  # text cells: IINs and dates keep their leading zeros
    for title, headers, rows in (("ООП", SECTION_HEADERS["sen"], sen_rows),
                                 ("Социальные категории", SECTION_HEADERS["social"], social_rows)):
        section = workbook.create_sheet(title)
        section.append(list(headers))
        for row in rows:
            section.append(list(row))
    for each in workbook.worksheets:
        bold_row(each)
        each.freeze_panes = "A2"
    workbook.save(path)
    owner_only(path)
