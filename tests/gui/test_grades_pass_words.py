"""A Russian grades page names the pass/fail words in Russian only («зачтено / не зачтено»), never «сынақ»."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_the_russian_hint_says_zachteno_and_not_synaq(make_window, demo_db):
    window = make_window(demo_db, "ru")
    window.show_page("grades")
    texts = " ".join(label.text() for label in window.page("grades").findChildren(QLabel))
    assert "зачтено / не зачтено" in texts and "сынақ" not in texts


def test_the_kazakh_hint_says_synaq(make_window, demo_db):
    window = make_window(demo_db, "kk")
    window.show_page("grades")
    texts = " ".join(label.text() for label in window.page("grades").findChildren(QLabel))
    assert "сынақ / сынақ емес" in texts and "зачтено" not in texts
