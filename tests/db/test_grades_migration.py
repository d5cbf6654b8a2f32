"""Migration 0013 (final grades, the college's scale, the register): a database stored at 0012 upgrades with its
students kept and empty grades, takes grades and documents, and the register's unique key holds in the schema
itself (a number is refused by the database even when a service is bypassed); downgrading to 0012 drops only the
new tables."""
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from desktop.models import IssuedDocument, migrate
from desktop.services import diplomas, grades
from desktop.services.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
NEW_TABLES = {"final_grade", "grading_scale", "issued_document"}


@pytest.fixture
def upgraded(tmp_path, paths):
    path = tmp_path / "schema-0012.sqlite"
    shutil.copy(FIXTURES / "schema-0012.sqlite", path)
    db = open_database(path, paths.backups, create=False)
    yield db
    db.close()


def test_a_database_at_0012_upgrades_with_no_grades_and_the_national_scale(upgraded):
    with upgraded.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        assert NEW_TABLES <= set(inspect(connection).get_table_names())
        assert connection.execute(text("SELECT count(*) FROM final_grade")).scalar() == 0
        student = connection.execute(text("SELECT id FROM student")).scalar()
    assert grades.college_scale(upgraded).id == "national"
    diplomas.issue(upgraded, diplomas.IssueData("diploma", "JB", "0000001", student, date(2026, 6, 30), "1"))
    assert [e.number for e in diplomas.list_documents(upgraded)] == ["0000001"]


def test_the_schema_itself_refuses_a_number_used_twice(upgraded):
    def blank(status):
        return IssuedDocument(kind="supplement", series="JB", number="0000005", language="", status=status,
                              registration_number="", received_by="", spoiled_reason="x", with_honours=False,
                              created_at=datetime(2026, 6, 30))

    with upgraded.session() as session:
        session.add(blank("spoiled"))
    with pytest.raises(IntegrityError), upgraded.session() as session:
        session.add(blank("issued"))


def test_downgrading_to_0012_drops_only_the_new_tables(upgraded):
    from alembic import command

    with upgraded.engine.connect() as connection:
        before = set(inspect(connection).get_table_names())
        command.downgrade(migrate._alembic_config(connection), "0012")
        connection.commit()
        after = set(inspect(connection).get_table_names())
        assert NEW_TABLES <= before - after
        assert connection.execute(text("SELECT count(*) FROM student")).scalar() == 1
    migrate.upgrade(upgraded.engine)
    with upgraded.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
