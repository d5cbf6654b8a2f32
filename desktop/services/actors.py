"""Who is working: the signed-in user (or the one user of a local file) and what their role lets them do."""
from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass, field

from desktop.domain.roles import Area, Role, may_read, may_write


@dataclass(frozen=True)
class Actor:
    login: str
    name: str
    role: Role
    group_ids: frozenset[int] = frozenset()  # a curator's own groups
    workstation: str = field(default_factory=lambda: _host())
    # Signed in with a password: the journal checks now and then that the stored account still allows it.
    signed_in: bool = False

    def may_write(self, area: Area) -> bool:
        return may_write(self.role, area)

    def may_read(self, area: Area) -> bool:
        return may_read(self.role, area)

    def require_write(self, area: Area) -> None:
        """AccessDenied unless this role may change `area`: the one refusal every service uses."""
        if not self.may_write(area):
            raise AccessDenied(self.role, area)

    def require_read(self, area: Area) -> None:
        if not self.may_read(area):
            raise AccessDenied(self.role, area)


class AccessDenied(Exception):
    """The actor's role may not change this area: refused by the services whatever the window allowed."""

    def __init__(self, role: Role, area: Area, why: str = ""):
        super().__init__(f"{role.value} may not change {area.value} {why}".strip())
        # why: "" (the role), "switched_off" (the account since), "role_changed" (role is the one stored now)
        self.role, self.area, self.why = role, area, why


def _host() -> str:
    try:
        return socket.gethostname()[:100] or "?"
    except OSError:
        return "?"


def local_owner() -> Actor:
    """The single user of a local database that asks for no sign-in: named after the computer's account."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = "local"
    return Actor(login=login[:60] or "local", name=login[:200] or "local", role=Role.OWNER)
