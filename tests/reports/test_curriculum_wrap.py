"""The plan's cells break lines between words, or after a hyphen of a word too long for the cell, never
inside a word: whatever the text, the lines give it back whole and fit the cell where they can."""
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.curriculum_style import CELL_SIZE, _Styles, wrap

STYLES = _Styles()
WORD = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі", min_size=1, max_size=14)
HYPHENATED = st.lists(WORD, min_size=1, max_size=3).map("-".join)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(HYPHENATED, min_size=1, max_size=12), width=st.floats(min_value=40, max_value=220))
def test_lines_break_between_words_or_after_a_hyphen(words, width):
    text = " ".join(words)
    lines = wrap(text, STYLES.regular, width).split("\n")
    rejoined = "".join(lines[0:1] + [("" if prev.endswith("-") else " ") + line
                                     for prev, line in zip(lines, lines[1:])])
    assert rejoined == text
    parts = {part for word in words for part in word.replace("-", "- ").split()}
    for line in lines:
        if stringWidth(line, STYLES.regular, CELL_SIZE) > width - 4:
            assert line in parts or line in words  # only a word (or part) wider than the cell stands alone
