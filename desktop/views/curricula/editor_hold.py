"""The hold the curriculum editor keeps on the draft it edits (services.holds): taken when the draft opens,
refreshed by a heartbeat while it stays open, let go when the editor or the window closes. Why the editor is
read-only when it is not the holder's: another's hold, a role that may not change curricula, a hold lost."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from desktop.domain.roles import Area
from desktop.services import curricula, holds
from desktop.services.actors import AccessDenied
from desktop.services.curricula import HOLD_KIND
from desktop.views.access.texts import refused_role

log = logging.getLogger(__name__)
C = "CurriculumHold"



class _Holding:
    """Whether this program holds the curriculum: shared with the last-resort release when the editor is
    destroyed (which must not reach back into the editor being deleted)."""

    def __init__(self):
        self.on = False


def _release_quietly(db, curriculum_id: int, holding: _Holding) -> None:
    if not holding.on:
        return
    holding.on = False
    try:
        holds.release(db, HOLD_KIND, curriculum_id)
    except Exception:  # noqa: BLE001 - closing down with the database gone: the hold goes stale by itself
        log.warning("the hold on curriculum %s was not released", curriculum_id, exc_info=True)


class HoldKeeper(QObject):
    lost = Signal()  # the hold was taken over (or vanished): the editor must turn read-only
    freed = Signal()  # the program that held the draft let it go: it is held here now, to edit
    saved_elsewhere = Signal()  # the holder saved: a read-only editor shows it

    def __init__(self, db, curriculum_id: int, editor):
        super().__init__(editor)
        self.db, self.curriculum_id = db, curriculum_id
        self.held_by: holds.HeldBy | None = None  # another program's hold found when the draft opened
        self.lost_to: holds.Hold | None = None
        self.was_lost = False
        self._holding = _Holding()
        self._window = None
        self._hidden = False
        self._closing = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(holds.HEARTBEAT.total_seconds() * 1000))
        self.timer.timeout.connect(self.beat)
        # Opened read-only because another program holds the draft: look now and then whether it was let go
        # or saved (a read-only editor kept showing the holder's old rows and its closed hold).
        self.looker = QTimer(self)
        self.looker.setInterval(int(holds.HEARTBEAT.total_seconds() * 1000))
        self.looker.timeout.connect(self.look)
        self.seen_version: int | None = None
        holding, db_ = self._holding, db
        editor.destroyed.connect(lambda *_: _release_quietly(db_, curriculum_id, holding))

    @property
    def holding(self) -> bool:
        return self._holding.on

    def may_write(self) -> bool:
        return self.db.actor.may_write(Area.CURRICULA)

    def take(self) -> bool:
        """Hold the draft; False (and held_by says whose) when another program edits it, or the role may not."""
        if not self.may_write():
            return False
        try:
            holds.take(self.db, HOLD_KIND, self.curriculum_id)
        except holds.HeldBy as error:
            self.held_by = error
            self.looker.start()
            return False
        except AccessDenied:
            return False
        self._holding.on = True
        self.timer.start()
        return True

    def look(self) -> None:
        """While another program holds the draft: take it once they let it go, or show what they saved."""
        try:
            if holds.holder(self.db, HOLD_KIND, self.curriculum_id) is None and self.take():
                self.held_by = None
                self.looker.stop()
                self.freed.emit()
                return
            version = curricula.stored_version(self.db, self.curriculum_id)
        except Exception:  # noqa: BLE001 - the server out of reach for a moment: the next look tries again
            log.warning("could not look at the hold on curriculum %s", self.curriculum_id, exc_info=True)
            return
        if self.seen_version is not None and version != self.seen_version:
            self.saved_elsewhere.emit()
        self.seen_version = version

    def beat(self) -> None:
        if not self.holding:
            return
        try:
            still = holds.refresh(self.db, HOLD_KIND, self.curriculum_id)
        except Exception:  # noqa: BLE001 - the server out of reach for a moment: the next beat tries again
            log.warning("the hold on curriculum %s was not refreshed", self.curriculum_id, exc_info=True)
            return
        if not still:
            self._lose()

    def still_held(self) -> bool:
        """Asked before a save: a computer that slept past holds.STALE_AFTER may have lost its hold since the last
        beat, and must not save over the new holder's work."""
        if not self.holding:
            return False
        self.beat()
        return self.holding

    def _lose(self) -> None:
        self._holding.on = False
        self.timer.stop()
        self.was_lost = True
        try:
            self.lost_to = holds.holder(self.db, HOLD_KIND, self.curriculum_id, live_only=False)
        except Exception:  # noqa: BLE001
            self.lost_to = None
        self.lost.emit()

    def release(self) -> None:
        self.timer.stop()
        self.looker.stop()
        _release_quietly(self.db, self.curriculum_id, self._holding)

    # --- the window --------------------------------------------------------------------------------

    def watch(self, window) -> None:
        """Let go of the draft when the window closes (a closed window is hidden, not minimized), and hold it
        again if the same window comes back."""
        if window is self._window:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close:  # the hide that follows, if the window agrees to close, is its closing
            self._closing = True
            QTimer.singleShot(0, self._closed_or_not)
        elif (kind == QEvent.Type.Hide and not event.spontaneous() and self.holding
              and (self._closing or not watched.isMinimized())):
            self._hidden = True
            self.release()
        elif kind == QEvent.Type.Show and self._hidden:
            self._hidden = False
            if not self.take():
                self._lose()
        return False

    def _closed_or_not(self) -> None:
        self._closing = False

    # --- what the editor says --------------------------------------------------------------------------

    def reason(self) -> str | None:
        """Why the draft may not be changed here (the actions' tooltips), or None."""
        if not self.may_write():
            return refused_role(self.db, Area.CURRICULA)()
        if self.held_by is not None:
            return QCoreApplication.translate("CurriculumHold", "{who} is editing this curriculum on {computer}: it is open read-only here.").format(
                who=self.held_by.user_name, computer=self.held_by.workstation)
        if self.was_lost:
            return QCoreApplication.translate("CurriculumHold", "This computer no longer holds the curriculum: it is read-only here.")
        return None

    def banner_text(self) -> str:
        if not self.may_write():
            return refused_role(self.db, Area.CURRICULA)() + " " + QCoreApplication.translate("CurriculumHold", "It is opened read-only.")
        if self.held_by is not None and self.held_by.user_login == self.db.actor.login:
            # the same person in another window (or on another computer): "someone is editing" puzzled them
            return QCoreApplication.translate("CurriculumHold", "You are editing this curriculum in another window "
                                              "(computer {computer}) since {time}: it is open read-only here.").format(
                computer=self.held_by.workstation, time=self.held_by.since.strftime("%H:%M"))
        if self.held_by is not None:
            return QCoreApplication.translate("CurriculumHold", "Being edited by {who} on {computer} since {time} — opened read-only.").format(
                who=self.held_by.user_name, computer=self.held_by.workstation,
                time=self.held_by.since.strftime("%H:%M"))
        if self.was_lost:
            return lost_text(self.lost_to)
        return ""


def lost_text(holder: holds.Hold | None) -> str:
    keep = QCoreApplication.translate("CurriculumHold", "What is on screen stays: export it to Excel or copy its rows to keep your changes.")
    if holder is not None and not holder.ours:
        said = QCoreApplication.translate("CurriculumHold", "{who} on {computer} took this curriculum over at {time}, after this computer had not answered "
                  "for a while: it is read-only here now.").format(
            who=holder.user_name, computer=holder.workstation, time=holder.since.strftime("%H:%M"))
    else:
        said = QCoreApplication.translate("CurriculumHold", "This computer lost its hold on the curriculum after it had not answered for a while: it is "
                  "read-only here now.")
    return f"{said} {keep}"


def banner() -> QLabel:
    label = QLabel()
    label.setObjectName("hold_banner")
    label.setWordWrap(True)
    # The one line that explains why nothing can be typed: it must not look like the page's usual hints.
    label.setStyleSheet("QLabel#hold_banner { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }")
    label.hide()
    return label
