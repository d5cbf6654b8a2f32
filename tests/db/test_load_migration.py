"""Migration 0014 (teacher load): a database stored at 0013 keeps its teachers (name, IIN, last upgrade) with empty
tarification fields and a full rate, takes departments and assignments, and downgrading drops only what it added."""
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop.models import migrate
from desktop.services import teachers
from desktop.services.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
NEW_TABLES = {"department", "load_assignment", "load_actual", "load_unit_seen"}


@pytest.fixture
def upgraded(tmp_path, paths):
    path = tmp_path / "schema-0013.sqlite"
    shutil.copy(FIXTURES / "schema-0013.sqlite", path)
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO teacher (full_name, iin, last_upgrade_on) "
                           "VALUES ('Ахметова Гүлнар Серікқызы', NULL, '2024-05-20')")
    db = open_database(path, paths.backups, create=False)
    yield db
    db.close()


def test_a_database_at_0013_keeps_its_teachers_with_empty_tarification_fields(upgraded):
    with upgraded.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        assert NEW_TABLES <= set(inspect(connection).get_table_names())
    [teacher] = teachers.list_teachers(upgraded)
    assert teacher.full_name == "Ахметова Гүлнар Серікқызы"
    assert teacher.last_upgrade_on == date(2024, 5, 20)
    assert teacher.rate == Decimal("1")
    assert (teacher.position, teacher.category, teacher.department_id) == ("", "", None)
    department = teachers.add_department(upgraded, "Жаратылыстану пәндері", "Естественные дисциплины")
    teachers.update_teacher(upgraded, teacher.id, teachers.TeacherData(
        full_name=teacher.full_name, rate=Decimal("1.5"), category="expert", category_on=date(2025, 1, 10),
        department_id=department))
    assert teachers.get_teacher(upgraded, teacher.id).rate == Decimal("1.5")


def test_downgrading_to_0013_drops_only_what_0014_added(upgraded):
    from alembic import command

    with upgraded.engine.connect() as connection:
        before = set(inspect(connection).get_table_names())
        command.downgrade(migrate._alembic_config(connection), "0013")
        connection.commit()
        # Later revisions' tables go too; of 0014's, all of them and nothing older.
        gone = before - set(inspect(connection).get_table_names())
        assert NEW_TABLES <= gone and not gone & {"teacher", "final_grade", "student"}
        assert "rate" not in {c["name"] for c in inspect(connection).get_columns("teacher")}
        assert connection.execute(text("SELECT full_name FROM teacher")).scalar() == "Ахметова Гүлнар Серікқызы"
    migrate.upgrade(upgraded.engine)
    with upgraded.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
