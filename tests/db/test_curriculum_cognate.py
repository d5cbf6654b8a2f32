"""The intake's cognate TVET qualification (MR l.258-260) is stored with the curriculum: a plan stored before
the column existed upgrades as not cognate, and the flag survives save, reload and a new version, on SQLite
and (when ZHOSPAR_TEST_PG_URL is set) on PostgreSQL."""
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.domain.rules import Severity
from desktop.services import curricula
from desktop.services.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def total_range(curriculum):
    return [(f.code, f.severity, f.found) for f in curricula.check_curriculum(curriculum) if f.rule == "TOTAL-RANGE"]


def test_a_plan_stored_before_the_column_upgrades_as_not_cognate(tmp_path, paths):
    path = tmp_path / "schema-0007.sqlite"
    shutil.copy(FIXTURES / "schema-0007.sqlite", path)
    db = open_database(path, paths.backups, create=False)
    try:
        stored = curricula.get_curriculum(db, 1)
        # A one-year TVET-base mid-level plan of 60 credits, approved when every such intake was held to 60.
        assert (stored.status, stored.curriculum.entry_base, stored.curriculum.cognate) == ("approved", "tvet", False)
        assert total_range(stored.curriculum) == [("total_range.not_cognate", Severity.WARNING, "60")]
        draft = curricula.get_curriculum(db, curricula.new_version(db, 1))
        assert draft.curriculum.cognate is False
        curricula.save(db, draft.id, replace(draft.curriculum, cognate=True))
        again = curricula.get_curriculum(db, draft.id).curriculum
        assert again.cognate is True and total_range(again) == []
        assert curricula.get_curriculum(db, curricula.new_version(db, 1)).curriculum.cognate is False
    finally:
        db.close()


def stores_the_flag(db):
    new_id = curricula.create_from_template(db, "ТжКБ", "06130100", ("4S06130103",), "tvet", "kk", 1, 2025,
                                            cognate=True)
    assert curricula.get_curriculum(db, new_id).curriculum.cognate is True
    plain = curricula.create_from_template(db, "ТжКБ 2", "06130100", ("4S06130103",), "tvet", "kk", 1, 2025)
    stored = curricula.get_curriculum(db, plain)
    assert stored.curriculum.cognate is False
    curricula.save(db, plain, replace(stored.curriculum, cognate=True))
    assert curricula.get_curriculum(db, plain).curriculum.cognate is True


def test_the_flag_is_stored_from_the_new_curriculum_dialog_on(db):
    stores_the_flag(db)


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("ZHOSPAR_TEST_PG_URL"), reason="ZHOSPAR_TEST_PG_URL is not set")
def test_the_flag_is_stored_on_postgres(pg):
    stores_the_flag(pg)
