"""The change list starts from the last file exchanged with NEDB, imported or exported (issue #16): importing the
system's file and taking nothing used to leave every student "changed since the last export"."""
from dataclasses import replace
from datetime import date

from desktop.paths import resource_path
from desktop.services import movements, nedb, nedb_import, students
from desktop.services.movements import OrderInput

TODAY = date(2026, 11, 20)
DEMO_FILE = resource_path("demo", "nedb-contingent.txt")


def _import(db, take=None):
    plan = nedb_import.analyse(db, DEMO_FILE, TODAY)
    take = {row.line for row in plan.rows if row.outcome == "conflict"} if take == "all" else set()
    nedb_import.apply(db, plan, take, "registrar", TODAY)
    return plan


def _counts(db):
    changes = nedb.changes_since_last_exchange(db, TODAY)
    return len(changes.added), len(changes.changed), len(changes.left)


def test_after_importing_the_demo_file_only_what_differs_from_it_shows(demo_db):
    plan = _import(demo_db)
    changes = nedb.changes_since_last_exchange(demo_db, TODAY)
    assert changes.since is not None and changes.since.direction == "import"
    # Nobody is new or left; the only students listed are those whose differences from the file were kept
    # (surname, locality, dormitory) and the one in another group (changed only by an order).
    kept = sorted(row.name for row in plan.rows if row.outcome == "conflict")
    assert len(kept) == 4
    assert (changes.added, changes.left) == ([], [])
    assert sorted(changes.changed) == sorted(f"{s} {g}" for s, g, *_ in
                                             (name.split() for name in _names_of_ours(demo_db, plan)))


def _names_of_ours(db, plan):
    """Our names of the students the file disagrees with (a kept surname differs from the file's)."""
    names = []
    for row in plan.rows:
        if row.outcome == "conflict":
            card = students.get_student(db, row.student_id)
            names.append(f"{card.data.surname} {card.data.given_name}")
    return names


def test_taking_every_difference_leaves_only_the_group_that_needs_an_order(demo_db):
    _import(demo_db, take="all")
    assert _counts(demo_db) == (0, 1, 0)


def test_a_student_changed_after_the_import_is_the_one_listed(demo_db):
    plan = _import(demo_db, take="all")
    same = next(row for row in plan.rows if row.outcome == "same")
    card = students.get_student(demo_db, same.student_id)
    students.update_student(demo_db, same.student_id, replace(card.data, scholarship=not card.data.scholarship))
    changes = nedb.changes_since_last_exchange(demo_db, TODAY)
    assert len(changes.changed) == 2 and f"{card.data.surname} {card.data.given_name}" in changes.changed


def test_an_export_after_the_import_starts_the_list_again(demo_db, tmp_path):
    _import(demo_db)
    row = nedb.export_contingent(demo_db, tmp_path / "out.txt", "registrar", TODAY)
    assert (row.added, row.changed, row.left) == (0, 4, 0)  # the export says what it told NEDB anew
    assert _counts(demo_db) == (0, 0, 0)


def test_an_import_after_an_export_is_the_newer_baseline(demo_db, tmp_path):
    nedb.export_contingent(demo_db, tmp_path / "out.txt", "registrar", TODAY)
    ids = [row.student_id for row in _import(demo_db, take="all").rows if row.outcome == "same"][:1]
    movements.apply_order(demo_db, OrderInput("5-к", TODAY, "expulsion", TODAY, reason="own_wish"), ids)
    assert _counts(demo_db) == (0, 1, 1)
