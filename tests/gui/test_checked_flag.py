"""Qt's clicked and triggered signals carry a `checked` flag, and PySide passes it to any slot that can take an
argument: a slot with an optional id took False for it (issue 12: the Contingent card opened blank, "New contract"
failed with NotFound: False). Every such connection in the views must drop the flag; this reads the source."""
import ast
from pathlib import Path

import desktop.views

VIEWS = Path(desktop.views.__file__).parent
SIGNALS = {"clicked", "triggered"}  # toggled is connected for its value (a setter, a filter)
OWN_SIGNALS = {"chart.clicked"}  # IndicatorChart.clicked = Signal(str): it carries the indicator's key, not a flag


def _drops_the_flag(slot: ast.expr) -> bool:
    if isinstance(slot, ast.Call) and isinstance(slot.func, ast.Name) and slot.func.id == "without_checked":
        return True
    if isinstance(slot, ast.Lambda):  # no parameter, or a first one that is there to swallow the flag
        arguments = slot.args.posonlyargs + slot.args.args
        return not arguments or arguments[0].arg in ("_", "checked")
    return False


def test_every_button_and_action_connection_drops_the_checked_flag():
    wrong, seen = [], 0
    for path in sorted(VIEWS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"
                    and isinstance(node.func.value, ast.Attribute) and node.func.value.attr in SIGNALS):
                continue
            if ast.unparse(node.func.value) in OWN_SIGNALS:
                continue
            seen += 1
            if not _drops_the_flag(node.args[0]):
                wrong.append(f"{path.relative_to(VIEWS)}:{node.lineno}: {ast.unparse(node)}")
    assert seen > 30
    assert wrong == [], "connect through widgets.without_checked:\n" + "\n".join(wrong)


def test_without_checked_calls_the_slot_with_nothing(qapp):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QPushButton

    from desktop.views.widgets import without_checked

    got = []

    def slot(student_id=None):
        got.append(student_id)

    button, action = QPushButton(), QAction()
    button.clicked.connect(without_checked(slot))
    action.triggered.connect(without_checked(slot))
    button.click()
    action.trigger()
    assert got == [None, None]
