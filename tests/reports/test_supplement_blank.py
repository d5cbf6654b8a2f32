"""The supplement onto the pre-printed blank: the values alone, where the blank's fields are, moved by exactly the
printer's calibration (measured from the PDF); the calibration page; and the pagination rules both layouts share,
for any table."""
from __future__ import annotations

import re
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.reports.supplement_data import Calibration
from desktop.reports.supplement_labels import BLANK_FIELDS, BLANK_PAGE_MM
from desktop.reports.supplement_layout import paginate
from desktop.reports.supplement_pdf import write_calibration_page, write_supplement
from tests.reports.test_supplement_samples import sample


def placed(path) -> list[tuple[int, str, float, float]]:
    """Every piece of text with its page and its place on the page (points from the bottom-left)."""
    found = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        def visit(text, cm, tm, font, size, number=number):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((number, text.strip(), round(x, 2), round(y, 2)))
        page.extract_text(visitor_text=visit)
    return found


def test_the_blank_gets_the_values_alone_at_its_fields(tmp_path):
    s = sample()
    path = write_supplement(tmp_path / "blank.pdf", s, "kk", on_blank=True)
    text = " ".join(t for _, t, _, _ in placed(path))
    for value in (s.full_name, "JB № 0012345", "14.03.2007", "070314600123", "негізгі орта білім",
                  "06130100 «Бағдарламалық қамтамасыз ету»", "ОН 1.1", "Front-end web ресурстарды құру", "3,33",
                  "сынақ", "Сейтқалиев Е. Б.", "401", "«30» маусым 2026 ж.", "Тараз қаласы", "3,12; 81,5 %"):
        assert value in text, value
    # The blank has its own printed words: none of the form's words, no page numbers, no section headings.
    for printed_word in ("ДИПЛОМҒА ҚОСЫМША", "Тегі, аты", "Сағат саны", "Әріптік", "Директор", "М.О.", "бет",
                         "Кәсіптік модульдер"):
        assert printed_word not in text, printed_word
    name = next((x, y) for page, t, x, y in placed(path) if t == s.full_name and page == 1)
    box_x, box_top, box_width, box_height = BLANK_FIELDS["full_name"][:4]
    page_height = BLANK_PAGE_MM[1] * mm
    assert box_x * mm <= name[0] <= (box_x + box_width) * mm  # inside its box, centred
    assert page_height - (box_top + box_height) * mm <= name[1] <= page_height - box_top * mm


def test_the_calibration_moves_every_value_by_the_offset(tmp_path):
    s = sample()
    plain = placed(write_supplement(tmp_path / "0.pdf", s, "ru", on_blank=True))
    moved = placed(write_supplement(tmp_path / "1.pdf", s, "ru", on_blank=True, calibration=Calibration(3, 5)))
    back = placed(write_supplement(tmp_path / "2.pdf", s, "ru", on_blank=True, calibration=Calibration(-1.5, -2)))
    assert len(plain) == len(moved) == len(back) > 100
    for (page, text, x, y), (page1, text1, x1, y1), (_, _, x2, y2) in zip(plain, moved, back):
        assert (page, text) == (page1, text1)
        assert abs((x1 - x) - 3 * mm) < 0.05 and abs((y - y1) - 5 * mm) < 0.05  # right and down
        assert abs((x2 - x) + 1.5 * mm) < 0.05 and abs((y2 - y) - 2 * mm) < 0.05  # left and up


def test_the_calibration_page_names_each_field_and_moves_the_boxes_only(tmp_path):
    still = placed(write_calibration_page(tmp_path / "0.pdf", "kk"))
    moved = placed(write_calibration_page(tmp_path / "1.pdf", "kk", Calibration(2, 1.5)))
    text = " ".join(t for _, t, _, _ in moved)
    assert "Бланкке басып шығаруды туралау беті" in text and "dx = 2 мм (оңға), dy = 1,5 мм (төмен)" in text
    assert "Тегі, аты, әкесінің аты (бар болса)" in text and "Тіркеу нөмірі" in text and "ЖСН" in text
    assert "Өрістердің орындары нақты бланктен өлшенбеген" in text  # the layout is not measured: said so
    box = lambda found: next((x, y) for _, t, x, y in found if t.startswith("Оқу нысаны"))  # noqa: E731
    ruler = lambda found: next((x, y) for _, t, x, y in found if t == "150")  # noqa: E731
    assert abs(box(moved)[0] - box(still)[0] - 2 * mm) < 0.05 and abs(box(still)[1] - box(moved)[1] - 1.5 * mm) < 0.05
    assert ruler(moved) == ruler(still)  # the ruler measures from the sheet's edge: it never moves
    assert len(PdfReader(tmp_path / "1.pdf").pages) == 1


def test_a_long_supplement_continues_on_further_blanks_with_the_signatures_under_its_last_rows(tmp_path):
    from tests.reports.test_supplement_samples import sample_rows

    s = sample(rows=sample_rows() + sample_rows(seed=1))
    found = placed(write_supplement(tmp_path / "blank.pdf", s, "kk", on_blank=True))
    pages = max(page for page, *_ in found)
    assert pages >= 3
    last = [t for page, t, _, _ in found if page == pages]
    assert "Сейтқалиев Е. Б." in last and s.full_name not in last
    assert sum(1 for t in last if re.match(r"\d+ (ОН|Ф)\d*", t)) >= 2  # rows read back line by line


heights = st.lists(st.floats(min_value=8, max_value=60), min_size=0, max_size=150)


@settings(max_examples=200, deadline=None)
@given(heights, st.data())
def test_pagination_keeps_every_line_once_in_order_and_the_tail_never_alone(line_heights, data):
    keep = data.draw(st.lists(st.booleans(), min_size=len(line_heights), max_size=len(line_heights)))
    first, other = data.draw(st.floats(200, 500)), 700.0
    tail = data.draw(st.floats(0, 180))
    pages = paginate(line_heights, keep, first, other, tail)
    assert [i for page in pages for i in page] == list(range(len(line_heights)))
    assert all(pages) or len(line_heights) == 0
    if len(line_heights) >= 2:
        assert len(pages[-1]) >= 2  # the signatures stand under rows of the table
    for number, page in enumerate(pages[:-1]):
        room = first if number == 0 else other
        if len(page) > 1:  # a page of one tall line may overflow; any other page holds its lines
            assert sum(line_heights[i] for i in page) <= room + 1e-6
        if len(page) > 1 and not all(keep[i] for i in page):
            assert not keep[page[-1]]  # a heading never ends a page
    last = pages[-1]
    if len(pages) > 1 and len(last) > 1:
        assert sum(line_heights[i] for i in last) + tail <= other + 1e-6
