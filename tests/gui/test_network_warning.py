"""A SQLite database opened from a network share gets a clear warning, once; a local one none."""
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.views.access import network_warning


def _window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_file_on_a_share_is_warned_of_once(qtbot, db, monkeypatch):
    monkeypatch.setattr(network_warning, "network_location", lambda path: r"\\fileserver\college")
    monkeypatch.setattr(network_warning, "_warned", set())
    window = _window(qtbot)
    network_warning.warn_if_network_share(window, db)  # returns at once: the window works behind it
    box = window.findChild(QMessageBox, "network_share")
    assert box is not None and box.isVisible()
    assert r"\\fileserver\college" in box.text() and "PostgreSQL" in box.text() and "damaged" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "network_share") is None)
    network_warning.warn_if_network_share(window, db)  # opened again in the same run: not said twice
    assert window.findChild(QMessageBox, "network_share") is None


def test_a_local_file_and_a_server_are_not_warned_of(qtbot, db, monkeypatch):
    monkeypatch.setattr(network_warning, "_warned", set())
    window = _window(qtbot)
    network_warning.warn_if_network_share(window, db)  # the test's own folder is on a local disk
    assert window.findChild(QMessageBox, "network_share") is None

    class Server:
        path = None

    network_warning.warn_if_network_share(window, Server())
    assert window.findChild(QMessageBox, "network_share") is None


def test_a_mount_table_that_cannot_be_read_does_not_stop_the_opening(qtbot, db, monkeypatch):
    def broken(_path):
        raise PermissionError("/proc/mounts")

    monkeypatch.setattr(network_warning, "network_location", broken)
    monkeypatch.setattr(network_warning, "_warned", set())
    window = _window(qtbot)
    network_warning.warn_if_network_share(window, db)
    assert window.findChild(QMessageBox, "network_share") is None
