"""The change log read back: who changed which field from what to what, a record's history, the filters, the roles
that may read it, and the exported file with the IINs masked."""
import csv
import os
from dataclasses import replace
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from contingent import add_group, enrol

from desktop.domain.roles import Role
from desktop.services import audit_log, audit_words, contingent, students
from desktop.services.actors import AccessDenied, Actor
from desktop.services.audit_log import LogFilter
from desktop.services.errors import ValidationFailed


def as_user(db, login, role=Role.REGISTRAR, name=None):
    db.actor = Actor(login=login, name=name or login.title(), role=role, workstation="PC-7")


def student_with_phone(db):
    group = add_group(db)
    [sid] = enrol(db, group)
    card = students.get_student(db, sid)
    as_user(db, "aigul", name="Айгүл Сапарова")
    students.update_student(db, sid, replace(card.data, phone="+7 701 123 4567", large_family=True), card.row_version)
    return sid, card


def sheet_rows(path):
    sheet = openpyxl.load_workbook(path).active
    return [[("" if v is None else v) for v in row] for row in sheet.iter_rows(values_only=True)]


def test_a_saved_card_says_who_changed_which_field_from_what_to_what(db):
    sid, _ = student_with_phone(db)
    [latest] = audit_log.search(db, limit=1)
    assert (latest.user_name, latest.workstation, latest.action, latest.kind, latest.record_id) == (
        "Айгүл Сапарова", "PC-7", "update", "student", sid)
    assert "Phone: was «(empty)», became «+7 701 123 4567»" in audit_log.describe(latest)
    assert "Large family: was «no», became «yes»" in audit_log.describe(latest)
    assert audit_log.summary(latest) == "Large family, Phone"


def test_a_records_history_has_its_creation_its_movements_and_its_edits(db):
    sid, card = student_with_phone(db)
    lines = audit_log.history(db, "student", sid)
    assert [line.action for line in lines][-1] == "create"  # newest first
    said = [text for line in lines for text in audit_log.describe(line)]
    assert f"IIN: «{card.data.iin}»" in said  # the window shows the IIN whole
    assert "Movement — created: Into the group: «26ПО-11к»" in said  # the group's code, not its id
    assert any(text.startswith("Phone:") for text in said)
    assert all(line.record_id == sid and line.kind == "student" for line in lines)
    assert audit_log.record_text(lines[-2]) == card.data.surname + " " + card.data.given_name


def test_the_filters_narrow_by_person_day_kind_and_text(db):
    sid, card = student_with_phone(db)
    assert {line.user_login for line in audit_log.search(db, LogFilter(person_login="aigul"))} == {"aigul"}
    assert ("aigul", "Айгүл Сапарова") in audit_log.people(db)
    today = date.today()
    assert audit_log.search(db, LogFilter(since=today, until=today))
    assert audit_log.search(db, LogFilter(until=today - timedelta(days=1))) == []
    assert audit_log.search(db, LogFilter(since=today + timedelta(days=1))) == []
    groups = audit_log.search(db, LogFilter(kind="study_group"))
    assert groups and {line.kind for line in groups} <= {"study_group", "classifier_seed"}
    by_phone = audit_log.search(db, LogFilter(text="701 123"))
    assert [line.record_id for line in by_phone] == [sid]
    by_iin = audit_log.search(db, LogFilter(text=card.data.iin))
    assert by_iin and by_iin[-1].action == "create"
    assert audit_log.search(db, LogFilter(text=card.data.surname.upper()))  # case does not matter
    assert audit_log.search(db, LogFilter(text="сейткали"))  # nor in Cyrillic, which SQLite's LIKE ignores
    assert {line.record_id for line in audit_log.search(db, LogFilter(text=f"№ {sid}"), limit=None)} >= {sid}
    assert audit_log.search(db, LogFilter(text="17.05.2010"))  # a date as the window writes it
    assert audit_log.search(db, LogFilter(text="nothing like this")) == []


def test_the_kind_filter_finds_the_imports_that_counted_such_records(demo_db):
    found = audit_log.search(demo_db, LogFilter(kind="student"))
    demo = [line for line in found if line.operation == "demo"]
    assert demo and "Student: " in " ".join(audit_log.describe(demo[0]))
    assert "student" in audit_log.kinds(demo_db) and "movement" not in audit_log.kinds(demo_db)


def test_a_curator_may_not_read_the_log(db):
    student_with_phone(db)
    as_user(db, "curator", Role.CURATOR)
    for read in (lambda: audit_log.search(db), lambda: audit_log.history(db, "student", 1),
                 lambda: audit_log.people(db), lambda: audit_log.export_log(db, None, db.path.parent / "x.xlsx")):
        with pytest.raises(AccessDenied):
            read()
    assert not (db.path.parent / "x.xlsx").exists()


def test_the_director_reads_everything_a_coordinator_only_their_own(demo_db):
    as_user(demo_db, "director", Role.DIRECTOR)
    everything = audit_log.search(demo_db, limit=None)
    as_user(demo_db, "dual", Role.DUAL)
    own = audit_log.search(demo_db, limit=None)
    assert len(own) <= len(everything)
    [demo] = [line for line in own if line.operation == "demo"]
    kinds = set(demo.changes["counts"])
    assert "dual_contract" in kinds and "student" not in kinds and "curriculum" not in kinds
    with pytest.raises(AccessDenied):
        audit_log.history(demo_db, "curriculum", 1)
    with pytest.raises(AccessDenied):
        audit_log.search(demo_db, LogFilter(kind="teacher"))
    assert "dual_contract" in audit_log.kinds(demo_db) and "teacher" not in audit_log.kinds(demo_db)


def test_a_detail_row_of_the_roles_own_under_anothers_record_is_seen_without_that_records_fields(db):
    sid, _ = student_with_phone(db)
    line = audit_log.LogLine(1, datetime(2026, 9, 1, 10, 0), "R", "r", "PC", "update", "student", sid, "Student A",
                             "", {"fields": {"phone": ["", "+7 701 123 4567"]},
                                  "details": [{"kind": "graduate_employment", "id": 4, "action": "create",
                                               "fields": {"employer": [None, "KazAtomProm"]}},
                                              {"kind": "movement", "id": 9, "action": "create", "fields": {}}]})
    tables = audit_log.readable_kinds(Actor("dual", "D", Role.DUAL))
    seen = audit_log._visible(line, tables)
    assert seen.changes == {"details": [line.changes["details"][0]]}
    assert audit_log.describe(seen) == ["Graduate's employment — created: Employer: «KazAtomProm»"]
    as_user(db, "dual", Role.DUAL)
    with pytest.raises(AccessDenied):  # the card and its movements are not the coordinator's
        audit_log.history(db, "student", sid)
    assert all(line.kind != "student" for line in audit_log.search(db))


def test_the_export_has_one_row_per_changed_field_and_masks_the_iins(db):
    sid, card = student_with_phone(db)
    group = contingent.list_groups(db)[0]
    as_user(db, "admin", Role.OWNER)
    group_card = contingent.read_group(db, group.id)
    contingent.save_group(db, replace(group_card.data, curator=f"IIN {card.data.iin} typed here"), group.id,
                          group_card.row_version)
    path = db.path.parent / "log.xlsx"
    written = audit_log.export_log(db, None, path, "en")
    rows = sheet_rows(path)
    assert rows[0] == ["Date", "User", "Computer", "Action", "Record kind", "Record", "Field", "Was", "Became"]
    assert written == len(audit_log.search(db, limit=None))
    phone = [r for r in rows if r[6] == "Phone"]
    assert phone and phone[0][1:9] == ["Айгүл Сапарова (aigul)", "PC-7", "Changed", "Student",
                                       f"{card.data.surname} {card.data.given_name}", "Phone", "", "+7 701 123 4567"]
    assert phone[0][0].date() == date.today()
    assert ["Large family", "no", "yes"] in [r[6:9] for r in rows]
    iin = [r for r in rows if r[6] == "IIN"]
    assert iin and iin[0][8] == "********" + card.data.iin[-4:]
    text = "\n".join(str(v) for r in rows for v in r)
    assert card.data.iin not in text
    assert "17.05.2010" in text and "2010-05-17" not in text
    assert ["Curator", "Curator", "IIN ********" + card.data.iin[-4:] + " typed here"] in [r[6:9] for r in rows]
    assert openpyxl.load_workbook(path).active["A2"].number_format.startswith("DD.MM.YYYY")


def test_twelve_digits_anywhere_are_masked():
    assert audit_log.mask_text("BIN 123456789012, phone 87011234567") == "BIN ********9012, phone 87011234567"
    assert audit_log.mask_text("a 1234567890123 long run stays") == "a 1234567890123 long run stays"
    assert audit_log.masked_iin("010203 500123") == "********0123"


def test_the_csv_export_in_russian_uses_the_catalogues_words(db):
    student_with_phone(db)
    path = db.path.parent / "log.csv"
    audit_log.export_log(db, LogFilter(person_login="aigul"), path, "ru")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows[0]) == 9
    fields = {r[6]: r[7:9] for r in rows[1:]}
    assert fields["Телефон"] == ["", "+7 701 123 4567"]  # "Phone" in the Russian catalogue
    assert all(len(r[0]) == 16 and r[0][2] == "." for r in rows[1:])  # dd.mm.yyyy HH:MM


def test_the_export_is_written_whole_or_not_at_all(db, monkeypatch):
    student_with_phone(db)
    path = db.path.parent / "log.xlsx"
    path.write_bytes(b"the old file")

    def broken(part, *args):
        part.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(audit_log, "_write_xlsx", broken)
    with pytest.raises(ValidationFailed) as error:
        audit_log.export_log(db, None, path, "kk")
    assert error.value.problems[0].code == "file.cannot_write"
    assert path.read_bytes() == b"the old file"
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".log")) == []


def test_words_fall_back_to_the_column_name():
    assert audit_words.field_name("phone") == "Phone"
    assert audit_words.field_name("some_new_column") == "some_new_column"
    assert audit_words.kind_name("student") == "Student"
    assert audit_words.kind_name("nedb_import") == "NEDB import"
    assert audit_words.kind_name("unheard_of") == "unheard_of"
    from desktop.domain.roles import AREA_OF_TABLE  # noqa: PLC0415

    assert set(AREA_OF_TABLE) <= set(audit_words.KINDS)
    assert audit_words.shown("status", "expelled") == "expelled"
    assert audit_words.shown("birth_date", "2010-05-17") == "17.05.2010"
    assert audit_words.shown("rate", "1.25") == "1,25"
    assert audit_words.shown("at", "2026-03-01T09:05:00") == "01.03.2026 09:05"


@pytest.mark.skipif(not os.environ.get("ZHOSPAR_TEST_PG_URL"), reason="ZHOSPAR_TEST_PG_URL is not set")
def test_on_postgresql_the_search_and_the_export_work_the_same(pg):
    sid, card = student_with_phone(pg)
    assert [line.record_id for line in audit_log.search(pg, LogFilter(text="701 123"))] == [sid]
    assert audit_log.search(pg, LogFilter(text="сейткали"))
    assert audit_log.search(pg, LogFilter(text="50%_")) == []  # LIKE's signs are looked for as typed
    assert [line.action for line in audit_log.history(pg, "student", sid)][-1] == "create"
    path = pg.backups_root.parent / "log.xlsx"
    audit_log.export_log(pg, None, path, "en")
    text = "\n".join(str(v) for row in sheet_rows(path) for v in row)
    assert "+7 701 123 4567" in text and card.data.iin not in text


def test_a_student_s_iin_finds_their_whole_history(demo_db):
    from dataclasses import replace as changed

    from sqlalchemy import select as query

    from desktop.models import Student
    from desktop.services import audit_log, students

    with demo_db.session() as session:
        sid, iin = session.execute(query(Student.id, Student.iin).where(Student.iin.is_not(None)).limit(1)).one()
    card = students.get_student(demo_db, sid)
    students.update_student(demo_db, sid, changed(card.data, phone="+7 701 222 3344"), version=card.row_version)
    found = audit_log.search(demo_db, audit_log.LogFilter(text=iin))
    assert [(line.kind, line.record_id) for line in found] == [("student", sid)]
