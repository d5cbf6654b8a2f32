"""A database stored before revision 0012 keeps its profile and gains the deputy director and the Russian bank
name empty: the curriculum prints a line to sign on, Russian documents the one bank name kept so far."""
import shutil
from dataclasses import replace
from pathlib import Path

from desktop.services import college
from desktop.services.database import open_database

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0011.sqlite"


def test_a_profile_stored_at_0011_upgrades_with_the_new_fields_empty(tmp_path, paths):
    path = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, path)
    db = open_database(path, paths.backups, create=False)
    try:
        profile = college.get_profile(db)
        assert profile.name_kk.startswith("Орал")
        assert (profile.deputy_director, profile.bank_name_ru) == ("", "")
        assert profile.bank_name_in("ru") == profile.bank_name
        college.save_profile(db, replace(profile, deputy_director="Байжанова Динара Ерланқызы",
                                         bank_name="«Отбасы банк» АҚ", bank_name_ru="АО «Отбасы банк»"))
        again = college.get_profile(db)
        assert (again.deputy_director, again.bank_name_in("ru")) == ("Байжанова Динара Ерланқызы",
                                                                     "АО «Отбасы банк»")
    finally:
        db.close()
