"""Academic leave's end and reason (issue #16): stored with the order, cached on the student, checked before an NEDB
round, and written back in the leave column of a file that writes reasons there."""
from datetime import date

import pytest
from contingent import add_group, enrol

from desktop.exchange import nedb_file
from desktop.exchange import nedb_values as words
from desktop.services import movements, nedb, nedb_import
from desktop.services.errors import ValidationFailed
from desktop.services.movements import OrderInput
from desktop.services.preflight import preflight

TODAY = date(2026, 11, 20)
LEAVE_COLUMN = nedb_file.HEADER_OF["academic_leave"]


def _leave(db, ids, reason="health", until=date(2027, 11, 19), number="7-к"):
    return movements.apply_order(db, OrderInput(number, TODAY, "leave", TODAY, reason=reason, until=until), ids)


def test_the_end_and_reason_are_kept_until_the_return(db):
    ids = enrol(db, add_group(db), 2)
    _leave(db, ids[:1], "military")
    assert movements.leave_details(db, ids[0]) == movements.LeaveDetails(date(2027, 11, 19), "military", TODAY)
    assert movements.leave_details(db, ids[1]) is None
    movements.apply_order(db, OrderInput("8-к", date(2026, 12, 1), "return", date(2026, 12, 1)), ids[:1])
    assert movements.leave_details(db, ids[0]) is None


@pytest.mark.parametrize("until", [TODAY, date(2026, 11, 1)])
def test_a_leave_ending_on_or_before_its_start_is_refused(db, until):
    ids = enrol(db, add_group(db), 1)
    with pytest.raises(ValidationFailed) as error:
        _leave(db, ids, until=until)
    assert [(p.field, p.code) for p in error.value.problems] == [("leave_until", "code.dates_reversed")]
    assert movements.leave_details(db, ids[0]) is None


def test_a_reason_not_in_the_list_is_refused(db):
    ids = enrol(db, add_group(db), 1)
    with pytest.raises(ValidationFailed) as error:
        _leave(db, ids, reason="holiday")
    assert error.value.problems[0].field == "leave_reason"


def test_revoking_the_order_takes_the_details_away(db):
    ids = enrol(db, add_group(db), 1)
    movements.revoke_order(db, _leave(db, ids))
    assert movements.leave_details(db, ids[0]) is None


def test_the_nedb_check_lists_a_leave_without_its_end_or_reason(db):
    ids = enrol(db, add_group(db), 3)
    _leave(db, ids[:1])
    movements.apply_order(db, OrderInput("9-к", TODAY, "leave", TODAY, reason="health"), ids[1:2])
    movements.apply_order(db, OrderInput("10-к", TODAY, "leave", TODAY), ids[2:])
    flagged = [issue.target_id for issue in preflight(db) if issue.code == "preflight.leave_details"]
    assert sorted(flagged) == sorted(ids[1:])


def test_the_demo_leaves_have_their_details(demo_db):
    assert not [issue for issue in preflight(demo_db) if issue.code == "preflight.leave_details"]


@pytest.mark.parametrize("reason", ["health", "childcare", "military", "other"])
def test_every_reason_is_read_back_from_its_word(reason):
    assert words.read_leave_reason(words.LEAVE_REASON[reason]) == reason
    assert words.read_leave(words.LEAVE_REASON[reason]) is True


def _file_with_reasons(db, tmp_path):
    """Our export with the leave column holding the system's reason word instead of "Да"."""
    path = tmp_path / "system.txt"
    nedb.export_contingent(db, path, "registrar", TODAY)
    parsed = nedb_file.parse(path.read_bytes())
    column = parsed.headers.index(LEAVE_COLUMN)
    lines = []
    for row in parsed.rows:
        row = list(row)
        if row[column] == words.YES:
            row[column] = "по состоянию здоровья"
        lines.append("\t".join(row))
    path.write_bytes(nedb_file.render_lines(parsed.headers, lines))
    return path


def test_a_file_writing_reasons_in_its_leave_column_gets_ours_back(db, tmp_path):
    ids = enrol(db, add_group(db), 3)
    _leave(db, ids[:1], "health")
    plan = nedb_import.analyse(db, _file_with_reasons(db, tmp_path), TODAY)
    nedb_import.apply(db, plan, set(), "registrar", TODAY)
    _leave(db, ids[1:2], "military", number="11-к")  # a new leave after the import
    data, _ = nedb.render_export(db, TODAY)
    parsed = nedb_file.parse(data)
    column = parsed.headers.index(LEAVE_COLUMN)
    assert sorted(row[column] for row in parsed.rows) == ["Нет", "по состоянию здоровья",
                                                         "призыв на воинскую службу"]


def test_our_own_layout_still_writes_yes(db, tmp_path):
    ids = enrol(db, add_group(db), 2)
    _leave(db, ids[:1], "childcare")
    data, _ = nedb.render_export(db, TODAY)
    parsed = nedb_file.parse(data)
    assert sorted(row[parsed.headers.index(LEAVE_COLUMN)] for row in parsed.rows) == ["Да", "Нет"]


def test_a_leave_recorded_without_details_is_completed_and_leaves_the_check(db):
    ids = enrol(db, add_group(db), 2)
    movements.apply_order(db, OrderInput("10-к", TODAY, "leave", TODAY), ids[:1])
    with pytest.raises(ValidationFailed) as error:
        movements.complete_leave(db, ids[0], None, "")
    assert {p.field for p in error.value.problems} == {"leave_until", "leave_reason"}
    with pytest.raises(ValidationFailed):
        movements.complete_leave(db, ids[0], TODAY, "health")  # not after the start
    movements.complete_leave(db, ids[0], date(2027, 6, 30), "childcare")
    assert movements.leave_details(db, ids[0]) == movements.LeaveDetails(date(2027, 6, 30), "childcare", TODAY)
    assert not [issue for issue in preflight(db) if issue.code == "preflight.leave_details"]
    with pytest.raises(ValidationFailed):  # a student not on leave has no leave to complete
        movements.complete_leave(db, ids[1], date(2027, 6, 30), "health")


def test_a_row_of_a_file_writing_the_ground_of_leave_reads_its_reason():
    from datetime import date

    from desktop.services.nedb_rows import read_row

    problems = []
    values = read_row(2, {"surname": "Әбенова", "given_name": "Айгүл", "group_code": "П-21",
                          "academic_leave": words.LEAVE_REASON["health"]}, {}, problems, date(2026, 12, 6))
    assert values["academic_leave"] is True and values["leave_reason"] == "health"
    values = read_row(3, {"surname": "Ким", "given_name": "Олег", "group_code": "П-21", "academic_leave": "Нет"},
                      {}, [], date(2026, 12, 6))
    assert values["academic_leave"] is False and not values["leave_reason"]


def test_the_nedb_check_names_a_leave_without_details_in_words():
    from desktop.views.contingent.texts import PREFLIGHT

    assert "end date" in PREFLIGHT["preflight.leave_details"]
