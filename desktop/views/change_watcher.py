"""Tells the open pages which kinds of records other workstations changed, so they refresh.

On a SQLite file: a look at the audit log when the window becomes active again and when `check()` is called
(a page being shown). On PostgreSQL: a thread listening for the journal's notifications, heard at once; if
its connection drops, the look at the audit log takes over until the thread is connected again.
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from desktop.services import change_watch

log = logging.getLogger(__name__)
RECONNECT_AFTER = 30.0  # seconds between attempts to listen again after the server went away
POLL = 0.5  # seconds the thread waits for a notification before it looks whether it must stop


class ChangeWatcher(QObject):
    changed = Signal(set)  # the kinds of records (table names) others changed: student, study_group…
    _heard = Signal(set)  # from the listening thread, delivered in the window's thread
    _listening = Signal(bool)

    def __init__(self, db, parent: QObject | None = None, *, listen: bool | None = None):
        super().__init__(parent)
        self.db = db
        self._last = self._latest()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = False  # a PostgreSQL listener is connected: no need to look at the log
        self._heard.connect(self._emit, Qt.ConnectionType.QueuedConnection)
        self._listening.connect(self._set_listening, Qt.ConnectionType.QueuedConnection)
        app = QGuiApplication.instance()
        self._app = app
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)
        if db.shared if listen is None else listen:
            self._thread = threading.Thread(target=self._listen, name="zhospar-changes", daemon=True)
            self._thread.start()

    def _latest(self) -> int:
        try:
            return change_watch.latest_entry(self.db)
        except Exception:  # noqa: BLE001 - watching is a convenience: a database problem shows elsewhere
            log.warning("cannot read the audit log of %s", self.db.display_name, exc_info=True)
            return 0

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> set[str]:
        """Look at the audit log for others' changes since the last look (emitting `changed` when any)."""
        if self.listening or self._stopping.is_set():
            return set()
        try:
            self._last, kinds = change_watch.changes_since(self.db, self._last)
        except Exception:  # noqa: BLE001 - a busy or lost database must not break the window over a refresh
            log.warning("cannot look for changes in %s", self.db.display_name, exc_info=True)
            return set()
        if kinds:
            self.changed.emit(kinds)
        return kinds

    @Slot(set)
    def _emit(self, kinds) -> None:
        if not self._stopping.is_set():
            self.changed.emit(set(kinds))

    @Slot(bool)
    def _set_listening(self, listening: bool) -> None:
        if self._stopping.is_set():
            return
        if listening:
            # Whatever changed while nobody listened is read from the log once, then the mark moves on.
            self.listening = False
            self.check()
        self.listening = listening

    def _listen(self) -> None:
        """The thread: listen, and after a dropped connection try again now and then."""
        while not self._stopping.is_set():
            listener = None
            try:
                listener = change_watch.PgListener(self.db.url, self.db.origin)
                self._send(self._listening, True)
                while not self._stopping.is_set():
                    kinds = listener.wait(POLL)
                    if kinds:
                        self._send(self._heard, kinds)
            except Exception:  # noqa: BLE001 - the server went away; the focus check takes over
                log.warning("stopped listening to %s for changes", self.db.display_name, exc_info=True)
                self._send(self._listening, False)
            finally:
                if listener is not None:
                    listener.close()
            self._stopping.wait(RECONNECT_AFTER)

    def _send(self, signal, value) -> None:
        if self._stopping.is_set():
            return
        try:
            signal.emit(value)
        except RuntimeError:  # the watcher was deleted with its window while this thread was connecting
            self._stopping.set()

    def stop(self) -> None:
        """End the watching (the window closes or opens another database); safe to call twice."""
        self._stopping.set()
        if self._app is not None:
            try:
                self._app.applicationStateChanged.disconnect(self._state_changed)
            except (RuntimeError, TypeError):  # already disconnected
                pass
            self._app = None
        if self._thread is not None:
            # The thread notices within POLL seconds; one stuck connecting to a dead server is a daemon and
            # finds the watcher stopped when it gets through.
            self._thread.join(timeout=POLL * 3)
            self._thread = None
        self.listening = False

