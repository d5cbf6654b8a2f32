"""NEDB's file as the system really writes it: read with no error, written back the same, new rows in its forms."""
from dataclasses import replace
from datetime import date

import pytest
from contingent import person
from nedb_system import HEADERS, TODAY, column, system_file, system_rows

from desktop.services import contingent, nedb, nedb_import, students


@pytest.fixture
def system(tmp_path):
    path = tmp_path / "contingent-from-nedb.txt"
    path.write_bytes(system_file())
    return path


def _import(db, path, take=()):
    plan = nedb_import.analyse(db, path, TODAY)
    return plan, nedb_import.apply(db, plan, set(take), "registrar", TODAY)


def _lines(data: bytes) -> list[list[str]]:
    return [line.split("\t") for line in data[2:].decode("utf-16-le").split("\r\n")[:-1]]


def test_300_students_in_the_systems_words_import_with_no_error_and_export_byte_for_byte(db, system, tmp_path):
    plan, result = _import(db, system)
    assert (result.added, result.groups_added) == (300, 10)
    by_iin = {s.iin: s for s in contingent.list_students(db)}
    rows = system_rows()
    first = students.get_student(db, by_iin[rows[0][2][2:-1]].id)  # ="…" around the IIN
    assert (first.data.prior_education, first.data.enrolment_kind, first.data.funding) == ("9", "general", "paid")
    assert (first.nedb_ei, first.nedb_id, first.data.enrolled_on) == (rows[0][0], rows[0][1], date(2026, 8, 28))
    assert first.data.dormitory_needed and first.data.dormitory_given  # "обеспечен"
    on_leave = students.get_student(db, by_iin[rows[5][2][2:-1]].id)  # "по состоянию здоровья" for "Да"
    assert on_leave.status == "academic_leave"
    left = students.get_student(db, by_iin[rows[40][2][2:-1]].id)
    assert (left.status, left.left_on, left.leaving_reason) == ("expelled", date(2026, 10, 15), "own_wish")
    assert students.get_student(db, by_iin[rows[11][2][2:-1]].id).data.no_parental_care  # column [258]
    groups = {g.code: g for g in contingent.list_groups(db)}
    assert len(groups) == 10
    group = groups["26ПО-11р"]  # the main column holds the qualification, the specialty is beside it
    assert (group.specialty_code, group.qualification_code, group.duration_months) == ("06130100", "4S06130103", 46)
    assert groups["26ДВ-12к"].duration_months == 10 and groups["26ДВ-12к"].entry_base == "tvet"
    again = tmp_path / "again.txt"
    nedb.export_contingent(db, again, "registrar", TODAY)
    assert again.read_bytes() == system.read_bytes()  # columns, words, cell forms, row order, unknown columns
    plan = nedb_import.analyse(db, system, TODAY)
    assert (plan.count("same"), plan.count("conflict")) == (300, 0)


def test_an_export_after_it_writes_changes_and_new_students_in_the_files_forms(db, system, tmp_path):
    _import(db, system)
    rows = system_rows()
    by_iin = {s.iin: s.id for s in contingent.list_students(db)}
    changed = students.get_student(db, by_iin[rows[1][2][2:-1]])
    students.update_student(db, changed.id, replace(changed.data, scholarship=not changed.data.scholarship,
                                                    surname="Жаңаев"))
    group = next(g.id for g in contingent.list_groups(db) if g.code == "26ПО-11р")
    students.create_student(db, person(9000, enrolled_on=date(2026, 11, 2)), group)
    out = tmp_path / "out.txt"
    nedb.export_contingent(db, out, "registrar", TODAY)
    lines = _lines(out.read_bytes())
    assert lines[0] == HEADERS
    body = {cells[column("ИИН")]: cells for cells in lines[1:]}
    assert len(body) == 301
    before = {cells[column("ИИН")]: cells for cells in rows}
    for iin, cells in before.items():
        if iin != rows[1][2]:
            assert body[iin] == cells  # untouched students come back as they were
    mine = body[rows[1][2]]
    assert mine[column("Фамилия")] == "Жаңаев" and mine[column("Назначена стипендия")] == "Да"
    assert mine[column("Адрес постоянной регистрации")] == rows[1][column("Адрес постоянной регистрации")]
    new = next(cells for iin, cells in body.items() if iin not in before)
    assert lines[-1] == new  # students the file did not have come after its own
    assert new[column("Дата прибытия/зачисления")] == '="2026-11-02T00:00:00"'
    assert new[column("Дата рождения")] == "2010-05-17"  # bare ISO, as this file writes birth dates
    assert new[column("Дата выбытия")] == ""  # empty text cells bare, as this file writes them
    assert new[column("Курс обучения")] == "1 курс" and new[column("Срок обучения")] == "3 года 10 месяцев"
    assert new[column("Специальность и классификатор")] == "4S06130103 Разработчик программного обеспечения"
    assert new[column("Специальность [speciality_a]")] == "06130100 Программное обеспечение"
    assert new[column("Из числа принятых")] == "основную школу" and new[column("Сведения об общежитии")] == "не нуждается"
    assert new[column("Успеваемость")] == "" and new[column("Информация о начислении")] == ""
    assert new[column("Код группы")] == '="26ПО-11р"' and new[column("ID контингента")] == ""


def test_an_export_with_nothing_imported_yet_is_in_zhospars_own_layout_of_the_systems_words(db, tmp_path):
    from contingent import add_group, enrol

    enrol(db, add_group(db), 1)
    out = tmp_path / "own.txt"
    nedb.export_contingent(db, out, "registrar", TODAY)
    header, row = _lines(out.read_bytes())
    cells = dict(zip(header, row))
    assert header[:3] == ["EI Контингента", "ID контингента", "ИИН"]
    assert cells["Дата прибытия/зачисления [267]"] == '="2026-08-28"' and cells["Курс обучения [5802]"] == "1 курс"
    assert cells["Срок обучения [6129]"] == "3 года 10 месяцев" and cells["Из числа принятых, окончил(-а): [5573]"] == "основную школу"


def test_a_partial_file_last_read_keeps_its_columns_first_and_the_export_still_has_every_field(db, tmp_path):
    names = ["ИИН", "Фамилия", "Имя", "Дата рождения", "Код группы [6159]",
             "Специальность и классификатор (основной) [426]", "Курс обучения [5802]", "Срок обучения [6129]"]
    picked = [HEADERS.index(name) for name in names]
    rows = [[row[i] for i in picked] for row in system_rows(30)]
    path = tmp_path / "partial.txt"
    path.write_bytes(system_file(rows, names))
    _import(db, path)
    out = tmp_path / "out.txt"
    nedb.export_contingent(db, out, "registrar", TODAY)
    header, *body = _lines(out.read_bytes())
    assert header[:len(names)] == names and "Обучение за счет средств [6662]" in header
    assert len(set(header)) == len(header) and "Специальность [speciality_a]" in header
    assert [cells[:len(names)] for cells in body] == rows
