"""Errors a user can act on, as codes the views translate.

Errors of the environment (a locked, read-only, full or foreign file; a server that does not answer)
are told apart from bugs here, once, so every screen and the command line say the same plain thing.
"""
from __future__ import annotations

from enum import Enum

from desktop.domain.problems import FieldProblem


class DbProblem(str, Enum):
    LOCKED = "db.locked"
    READ_ONLY = "db.read_only"
    DISK_FULL = "db.disk_full"
    NOT_A_DATABASE = "db.not_a_database"
    CANNOT_OPEN = "db.cannot_open"
    IO_ERROR = "db.io_error"
    SCHEMA_TOO_NEW = "db.schema_too_new"
    NOT_ZHOSPAR = "db.not_zhospar"
    CANNOT_CONNECT = "db.cannot_connect"
    # The server refused the application's role: a migration is due that the owner runs, or a grant is missing.
    NO_PRIVILEGE = "db.no_privilege"


class DatabaseEnvironmentError(Exception):
    def __init__(self, problem: DbProblem, location: str, detail: str = ""):
        super().__init__(f"{problem.value}: {location} {detail}".strip())
        self.problem = problem
        self.location = location
        self.detail = detail


# SQLSTATE codes of PostgreSQL's errors (psycopg's `sqlstate`).
_SQLSTATES = {
    "42501": DbProblem.NO_PRIVILEGE,  # insufficient_privilege: "permission denied", "must be owner of"
}
# Lower-case fragments of SQLite's and PostgreSQL's own messages.
_SIGNATURES = (
    ("database is locked", DbProblem.LOCKED),
    ("database table is locked", DbProblem.LOCKED),
    ("readonly database", DbProblem.READ_ONLY),
    ("read-only", DbProblem.READ_ONLY),
    ("database or disk is full", DbProblem.DISK_FULL),
    ("no space left", DbProblem.DISK_FULL),
    ("file is not a database", DbProblem.NOT_A_DATABASE),
    ("file is encrypted", DbProblem.NOT_A_DATABASE),
    ("database disk image is malformed", DbProblem.NOT_A_DATABASE),
    ("unable to open database", DbProblem.CANNOT_OPEN),
    ("disk i/o error", DbProblem.IO_ERROR),
    ("could not connect", DbProblem.CANNOT_CONNECT),
    ("connection refused", DbProblem.CANNOT_CONNECT),
    ("password authentication failed", DbProblem.CANNOT_CONNECT),
    ("server closed the connection", DbProblem.CANNOT_CONNECT),
)


def classify(exc: BaseException) -> DbProblem | None:
    """The environment problem behind an exception, or None for a bug."""
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DatabaseEnvironmentError):
            return current.problem
        state = _SQLSTATES.get(getattr(current, "sqlstate", None) or "")
        if state is not None:
            return state
        message = str(current).lower()
        for fragment, problem in _SIGNATURES:
            if fragment in message:
                return problem
        current = getattr(current, "orig", None) or current.__cause__
    return None


class ValidationFailed(Exception):
    def __init__(self, problems: list[FieldProblem]):
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in problems))
        self.problems = problems


class NotFound(Exception):
    pass
