"""Two imports of the same NEDB file at once: one imports, the other is told plainly, never an IntegrityError."""
from nedb_system import TODAY, import_twice_at_once, system_file, system_rows

from desktop.services import contingent, nedb, nedb_import
from desktop.services.errors import ValidationFailed


def test_the_second_of_two_simultaneous_imports_is_refused_plainly(db, paths, tmp_path):
    path = tmp_path / "contingent.txt"
    path.write_bytes(system_file(system_rows(60)))
    outcomes = import_twice_at_once(db.path, paths.backups, path)
    done = [o for o in outcomes if isinstance(o, nedb_import.ImportResult)]
    refused = [o for o in outcomes if isinstance(o, ValidationFailed)]
    assert len(done) == 1 and len(refused) == 1, outcomes
    assert [p.code for p in refused[0].problems] == ["import.changed_meanwhile"]
    assert len(contingent.list_students(db)) == 60  # once, not twice, and nothing half-written
    assert [s.direction for s in nedb.list_submissions(db)] == ["import"]


def test_an_import_planned_before_another_one_wrote_is_refused_plainly(db, tmp_path):
    """The same in sequence: a plan read before another import added the students is not applied over it."""
    path = tmp_path / "contingent.txt"
    path.write_bytes(system_file(system_rows(30)))
    first, second = nedb_import.analyse(db, path, TODAY), nedb_import.analyse(db, path, TODAY)
    nedb_import.apply(db, first, set(), "registrar", TODAY)
    try:
        nedb_import.apply(db, second, set(), "registrar", TODAY)
    except ValidationFailed as refused:
        assert [p.code for p in refused.problems] == ["import.changed_meanwhile"]
    else:
        raise AssertionError("the stale plan was applied")
    assert len(contingent.list_students(db)) == 30
