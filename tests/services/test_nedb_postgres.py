"""The NEDB import on PostgreSQL: the system's file, too-long texts and two imports at once.

Runs when ZHOSPAR_TEST_PG_URL names an empty database the tests may wipe; skipped otherwise.
"""
import os

import pytest
from nedb_system import TODAY, column, import_twice_at_once, system_file, system_rows

from desktop.services import contingent, nedb, nedb_import
from desktop.services.errors import ValidationFailed

URL = os.environ.get("ZHOSPAR_TEST_PG_URL")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="ZHOSPAR_TEST_PG_URL is not set")]


def test_the_systems_file_round_trips_and_overlong_cells_are_named_before_postgresql_refuses_them(pg, tmp_path):
    rows = system_rows(60)
    long = [list(row) for row in rows]
    long[3][column("Код группы")] = '="' + "Г" * 5000 + '"'
    path = tmp_path / "long.txt"
    path.write_bytes(system_file(long))
    with pytest.raises(ValidationFailed) as caught:
        nedb_import.analyse(pg, path, TODAY)
    assert {p.code for p in caught.value.problems} == {"file.too_long"}
    path.write_bytes(system_file(rows))
    nedb_import.apply(pg, nedb_import.analyse(pg, path, TODAY), set(), "registrar", TODAY)
    again = tmp_path / "again.txt"
    nedb.export_contingent(pg, again, "registrar", TODAY)
    assert again.read_bytes() == path.read_bytes()


def test_the_second_of_two_simultaneous_imports_is_refused_plainly_on_postgresql(pg, paths, tmp_path):
    path = tmp_path / "contingent.txt"
    path.write_bytes(system_file(system_rows(60)))
    outcomes = import_twice_at_once(URL, paths.backups, path)
    assert sorted(type(o).__name__ for o in outcomes) == ["ImportResult", "ValidationFailed"], outcomes
    refused = next(o for o in outcomes if isinstance(o, ValidationFailed))
    assert [p.code for p in refused.problems] == ["import.changed_meanwhile"]
    assert len(contingent.list_students(pg)) == 60
