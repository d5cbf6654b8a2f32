"""Fuzzing the NEDB reader and the import: broken files are refused with named problems or imported whole.

Never another exception, never a partial write, never a run over 5 s. A longer run of the same
mutations is one call of tests/helpers/nedb_mutations.py (broken_files and exercise).
"""
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from nedb_mutations import NASTY_CELLS, broken_files, exercise
from nedb_system import HEADERS, TODAY, system_file, system_rows

from desktop.exchange import nedb_file
from desktop.services import nedb_import
from desktop.services.database import open_database
from desktop.services.errors import ValidationFailed

ROWS = system_rows(30)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A college that already has half of the file's students: both new rows and matches are exercised."""
    folder = tmp_path_factory.mktemp("fuzz-template")
    path = folder / "half.txt"
    path.write_bytes(system_file(ROWS[:15]))
    db = open_database(folder / "template.sqlite", folder / "backups")
    nedb_import.apply(db, nedb_import.analyse(db, path, TODAY), set(), "fuzz", TODAY)
    db.close()
    return folder / "template.sqlite"


def test_broken_files_are_refused_by_name_or_imported_whole(template, tmp_path):
    valid = system_file(ROWS)
    outcomes, slowest = {"refused": 0, "imported": 0}, 0.0
    for name, data in broken_files(valid, 120, seed=2026):
        start = time.perf_counter()
        outcomes[exercise(template, tmp_path, name, data, TODAY)] += 1
        slowest = max(slowest, time.perf_counter() - start)
    assert outcomes["refused"] > 60 and outcomes["imported"] > 5, outcomes  # both paths were exercised
    assert slowest < 5


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.integers(0, len(HEADERS) - 1),
       value=st.one_of(st.sampled_from(NASTY_CELLS),
                       st.text(st.characters(blacklist_characters="\t\r\n", blacklist_categories=("Cs",)), max_size=30)))
def test_any_text_in_any_cell_is_read_or_named(tmp_path_factory, column, value):
    """The reader and the dry run on their own (no database written): only ValidationFailed, with codes."""
    rows = [list(row) for row in ROWS[:3]]
    rows[1][column] = value
    data = system_file(rows)
    parsed = nedb_file.parse(data)
    assert parsed.rows[1][column] == (value[2:-1] if value.startswith('="') and value.endswith('"')
                                      and len(value) > 2 else value)
    folder = tmp_path_factory.getbasetemp() / "fuzz-reader"
    folder.mkdir(exist_ok=True)
    path = folder / "one.txt"
    path.write_bytes(data)
    global _READER_DB
    if _READER_DB is None:
        _READER_DB = open_database(folder / "reader.sqlite", folder / "backups")
    try:
        nedb_import.analyse(_READER_DB, path, TODAY)
    except ValidationFailed as refused:
        assert refused.problems and all(p.code and (p.row or p.field in ("file", "header")) for p in refused.problems)


_READER_DB = None


def teardown_module():
    if _READER_DB is not None:
        _READER_DB.close()
