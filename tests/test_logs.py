import logging

from desktop.logs import setup_logging


def test_iins_never_reach_the_log(tmp_path):
    log_file = tmp_path / "zhospar.log"
    setup_logging(log_file)
    logging.getLogger("test").warning("student %s moved; BIN 990340004720 kept", "070107580828")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "070107580828" not in text and "990340004720" not in text
    assert "07**********" in text


def test_a_large_log_is_rotated_at_start(tmp_path):
    log_file = tmp_path / "zhospar.log"
    log_file.write_bytes(b"x" * 2_000_001)
    setup_logging(log_file)
    assert (tmp_path / "zhospar.log.1").stat().st_size == 2_000_001
    assert log_file.stat().st_size < 1000


def logged(log_file):
    for handler in logging.getLogger().handlers:
        handler.flush()
    return log_file.read_text(encoding="utf-8")


def test_tracebacks_carry_no_iin_name_date_or_sql_values(tmp_path):
    import traceback
    from datetime import date

    log_file = tmp_path / "zhospar.log"
    setup_logging(log_file)
    log = logging.getLogger("zhospar")
    iin, name, born = "070107580828", "Сейткали Аружан", date(2007, 1, 7)  # not on a line a traceback shows
    message = (f"{iin} {name} born {born} {born!r} {born:%d.%m.%Y}\n[SQL: INSERT INTO student (iin, surname) "
               f"VALUES (?, ?)]\n[parameters: ({iin!r}, 'Seitkali', 1, 0)]")
    try:
        try:
            raise KeyError(name)
        except KeyError as first:
            raise ValueError(message) from first
    except ValueError as exc:
        log.exception("import failed")  # exc_info: the formatter's traceback
        log.warning("import failed: %s", exc)  # the exception as an argument
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(exc)))  # the crash handler's way
    text = logged(log_file)
    for secret in ("070107580828", "Сейткали", "Аружан", "2007-01-07", "2007, 1, 7", "07.01.2007", "Seitkali"):
        assert secret not in text
    assert text.count("ValueError") >= 3 and "KeyError" in text and "[SQL: INSERT INTO student" in text
    assert "07**********" in text and "[parameters: hidden]" in text


def test_a_failing_import_of_a_student_logs_neither_his_iin_nor_his_name(db, tmp_path):
    """The database refuses the row (a trigger stands in for any failure of the write): the traceback
    logged for it names the statement, not the student."""
    from datetime import date, datetime

    import pytest
    from contingent import add_group, person
    from openpyxl import Workbook
    from sqlalchemy import text

    from desktop.exchange.student_sheet import guess_mapping, read_sheet
    from desktop.services import student_import

    log_file = tmp_path / "zhospar.log"
    setup_logging(log_file)
    add_group(db)
    student = person(4000, born=date(2009, 3, 14))
    book = Workbook()
    book.active.append(["ФИО", "ИИН", "Дата рождения", "Пол", "Группа"])
    book.active.append([f"{student.surname} {student.given_name} {student.patronymic}", student.iin,
                        datetime(2009, 3, 14), "Ж", "26ПО-11к"])
    book.save(tmp_path / "students.xlsx")
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON student BEGIN "
                                "SELECT RAISE(ABORT, 'refused by the test'); END"))
    sheet = read_sheet(tmp_path / "students.xlsx")
    with pytest.raises(Exception) as caught:
        student_import.import_students(db, sheet, guess_mapping(sheet.headers), date(2026, 9, 1))
    logging.getLogger("zhospar.cli").error("command import failed", exc_info=caught.value)
    text_logged = logged(log_file)
    assert "refused by the test" in text_logged and "INSERT INTO student" in text_logged
    for secret in (student.iin, student.surname, student.given_name, student.patronymic, "2009-03-14", "2009, 3, 14"):
        assert secret not in text_logged
