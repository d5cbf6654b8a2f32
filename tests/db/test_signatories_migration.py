"""Migration 0015: a database stored at 0014 keeps its college profile and departments, which get an empty chief
accountant and chair (the documents print a line to sign on) until they are entered."""
import shutil
from pathlib import Path

from sqlalchemy import inspect

from desktop.models import migrate
from desktop.services import college, teachers
from desktop.services.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_a_database_at_0014_gets_empty_signatories_and_keeps_the_rest(tmp_path, paths):
    path = tmp_path / "schema-0014.sqlite"
    shutil.copy(FIXTURES / "schema-0014.sqlite", path)
    db = open_database(path, paths.backups, create=False)
    try:
        with db.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.HEAD_REVISION
            assert "head" in {c["name"] for c in inspect(connection).get_columns("department")}
        profile = college.get_profile(db)
        assert profile is not None and profile.name_kk and profile.chief_accountant == ""
        college.save_profile(db, profile.__class__(**{**profile.__dict__, "chief_accountant": "Омарова Л.Б."}))
        assert college.get_profile(db).chief_accountant == "Омарова Л.Б."
        department = teachers.add_department(db, "Тілдер", "Языки", "Жұмабекова А.С.")
        assert [d.head for d in teachers.list_departments(db) if d.id == department] == ["Жұмабекова А.С."]
    finally:
        db.close()
