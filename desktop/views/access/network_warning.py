"""The warning for a SQLite file on a network share: several computers writing it can damage it."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.network_fs import network_location

log = logging.getLogger(__name__)
_warned: set[str] = set()  # files already warned of in this run: once is enough, not at every opening



def warning_text(where: str) -> str:
    return QCoreApplication.translate("NetworkShare", "This database is a file on a network share ({where}).\n\n"
              "A database file is not made to be shared that way: when several computers write to it at the same "
              "time, the file can be damaged and work can be lost. Until the database is moved to a server, let "
              "only one computer at a time work with it, and keep backups.\n\n"
              "For several workstations, put the college's database on a PostgreSQL server: the README's section "
              "“A college server (PostgreSQL)” tells the administrator how.").format(where=where)


def warn_if_network_share(parent: QWidget | None, db) -> None:
    """Said once after a SQLite database opens from a network share. Not modal: the window works behind it."""
    path = db.path
    if path is None or str(path) in _warned:
        return
    try:
        where = network_location(path)
    except Exception:  # noqa: BLE001 - a mount table we cannot read must not stop the database from opening
        log.warning("cannot tell whether %s is on a network share", path, exc_info=True)
        return
    if where is None:
        return
    _warned.add(str(path))
    log.warning("database %s is on a network share: %s", path, where)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("NetworkShare", "Database on a network share"), warning_text(where),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("network_share")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
