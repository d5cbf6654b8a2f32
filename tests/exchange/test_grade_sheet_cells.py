"""One item's four cells (п / б / цэ / трад) for every percent and the ways colleges write them."""
from decimal import Decimal

from hypothesis import given, strategies as st

from desktop.domain.grading import GradeKind, GradingScale, national_scale
from desktop.domain.grading_sheet import Role, SheetItem
from desktop.exchange.grade_sheet_cells import read_item

SCALE = national_scale()
ITEM = SheetItem("BS", 71, 74, "ОН 1.1", "Бизнестің мақсаттары", "Понимание целей бизнеса", "КМ 1",
                 columns=((Role.PERCENT, 71), (Role.POINTS, 72), (Role.LETTER, 73), (Role.TRADITIONAL, 74)))


def consistent(percent: int, style: int) -> dict:
    grade = SCALE.grade(percent)
    word = SCALE.traditional_of(grade.traditional)
    points = (float(grade.points), f"{grade.points:.2f}".replace(".", ","), str(grade.points), f"{grade.points:.1f}")
    traditional = (word.kk, word.ru, str(word.mark), f"{word.mark} ({word.ru})")
    letter = (grade.letter, grade.letter.lower(), grade.letter.replace("B", "В").replace("A", "А"), f" {grade.letter} ")
    return {Role.PERCENT: (percent, str(percent), f"{percent},0", float(percent))[style],
            Role.POINTS: points[style], Role.LETTER: letter[style], Role.TRADITIONAL: traditional[style]}


@given(st.integers(0, 100), st.integers(0, 3))
def test_consistent_cells_in_any_usual_spelling_make_the_percents_grade(percent, style):
    found, problems = read_item(ITEM, consistent(percent, style), SCALE)
    assert problems == []
    assert found.grade == SCALE.grade(percent) and found.percent == percent and found.item == "BS"


@given(st.integers(0, 100), st.integers(0, 100))
def test_a_letter_of_another_band_is_named_with_the_expected_one(percent, other):
    letter = SCALE.grade(other).letter
    cells = {Role.PERCENT: percent, Role.LETTER: letter}
    found, problems = read_item(ITEM, cells, SCALE)
    if letter == SCALE.grade(percent).letter:
        assert problems == [] and found is not None
    else:
        assert found is None
        assert problems == [(Role.LETTER, "grades.letter_disagrees", {
            "letter": letter, "percent": percent, "expected": SCALE.grade(percent).letter,
            "item": "ОН 1.1 Бизнестің мақсаттары"})]


@given(st.integers(0, 100), st.sampled_from(["excellent", "good", "satisfactory", "unsatisfactory"]))
def test_a_traditional_grade_of_another_band_is_named(percent, key):
    found, problems = read_item(ITEM, {Role.PERCENT: percent, Role.TRADITIONAL: SCALE.traditional_of(key).ru}, SCALE)
    expected = SCALE.grade(percent).traditional
    assert (problems == []) == (key == expected)
    if problems:
        assert problems[0][1] == "grades.traditional_disagrees"


def test_an_empty_item_is_no_grade_and_formula_zeros_beside_it_too():
    assert read_item(ITEM, {}, SCALE) == (None, [])
    assert read_item(ITEM, {Role.PERCENT: None, Role.POINTS: 0, Role.LETTER: "0", Role.TRADITIONAL: " "},
                     SCALE) == (None, [])


def test_pass_fail_is_read_from_whichever_cell_holds_it():
    for cells in ({Role.TRADITIONAL: "сынақ"}, {Role.PERCENT: "зачтено"}, {Role.LETTER: "сын", Role.TRADITIONAL: "Зачет"}):
        found, problems = read_item(ITEM, cells, SCALE)
        assert problems == [] and found.grade.kind is GradeKind.PASS_FAIL and found.grade.passed
    found, _ = read_item(ITEM, {Role.TRADITIONAL: "не зачтено"}, SCALE)
    assert not found.grade.passed


def test_cells_without_a_percent_ask_for_it():
    found, problems = read_item(ITEM, {Role.LETTER: "B+", Role.TRADITIONAL: "жақсы"}, SCALE)
    assert found is None and [p[1] for p in problems] == ["grades.no_percent"]


def test_points_far_from_the_scale_or_out_of_it_are_named():
    _, problems = read_item(ITEM, {Role.PERCENT: 93, Role.POINTS: "2,5"}, SCALE)
    assert problems == [(Role.POINTS, "grades.points_disagree", {"points": "2,5", "percent": 93, "expected": "3.67",
                                                                 "item": "ОН 1.1 Бизнестің мақсаттары"})]
    _, problems = read_item(ITEM, {Role.PERCENT: 93, Role.POINTS: 37}, SCALE)
    assert problems[0][1] == "grades.not_points"
    found, problems = read_item(ITEM, {Role.PERCENT: 93, Role.POINTS: "3,7"}, SCALE)  # rounded to one decimal
    assert problems == [] and found.points == Decimal("3.7")


def test_the_colleges_own_scale_decides_what_agrees():
    data = national_scale().to_dict()
    next(b for b in data["bands"] if b["letter"] == "C+")["traditional"] = "good"  # "good" from 70
    college = GradingScale.from_dict(data)
    cells = {Role.PERCENT: 72, Role.LETTER: "C+", Role.TRADITIONAL: "жақсы"}
    found, problems = read_item(ITEM, cells, college)
    assert problems == [] and college.word(found.grade, "ru") == "хорошо"
    _, problems = read_item(ITEM, cells, SCALE)
    assert [p[1] for p in problems] == ["grades.traditional_disagrees"]


ANY_CELL = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                     st.text(max_size=12), st.sampled_from(["#REF!", "сынақ", "A-", "В+", "84,5", "4 (хорошо)", "0"]),
                     st.dates(), st.decimals(allow_nan=False, allow_infinity=False, places=3))


@given(st.dictionaries(st.sampled_from(list(Role)), ANY_CELL))
def test_any_cells_give_a_grade_or_named_problems_never_an_error(cells):
    found, problems = read_item(ITEM, cells, SCALE)
    assert (found is None) or problems == []
    for role, code, params in problems:
        assert role in Role and code.startswith("grades.") and params["item"] == "ОН 1.1 Бизнестің мақсаттары"
    if found is not None and found.grade.kind is GradeKind.SCALED:
        assert 0 <= found.percent <= 100 and found.grade == SCALE.grade(found.percent)
