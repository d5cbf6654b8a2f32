"""The privileges of the application's own PostgreSQL role: what Zhospar needs to work, nothing more.

The owner role owns the tables and runs the migrations (`zhospar-cli migrate`); the workstations sign in to the
server as the application role, which may read and change the records but not the schema, and may only add
to the audit log: a workstation cannot edit or erase what was done.
"""
from __future__ import annotations

import re

from desktop.models import Base

APPEND_ONLY = {"audit_entry"}  # the log: read and added to, never changed or erased by the application
READ_ONLY = {"alembic_version"}  # the schema's version: written by the owner's migrations only
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]{0,62}$")


def quote(name: str) -> str:
    """A role, table or database name as an SQL identifier (names are checked, not trusted)."""
    if not name or "\x00" in name:
        raise ValueError(f"not a PostgreSQL name: {name!r}")
    if _NAME.match(name) and name == name.lower():
        return name
    return '"' + name.replace('"', '""') + '"'


def grant_statements(app_role: str, owner_role: str, database: str | None = None) -> list[str]:
    """The statements, run by the owner role on the migrated database, that give the application role its
    privileges. Without `database` the current database is granted (through a DO block)."""
    app, owner = quote(app_role), quote(owner_role)
    statements = []
    if database:
        target = quote(database)
        statements += [f"REVOKE CONNECT, TEMPORARY ON DATABASE {target} FROM PUBLIC",
                       f"GRANT CONNECT ON DATABASE {target} TO {app}"]
    else:
        # GRANT takes no expression for the database: the name is put in by the server itself.
        statements += [_on_current_database("REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC"),
                       _on_current_database(f"GRANT CONNECT ON DATABASE %I TO {app}")]
    statements += [
        # Before PostgreSQL 15 every role might create tables in public; the application must not.
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {app}",
    ]
    for table in sorted(Base.metadata.tables):
        if table in APPEND_ONLY:
            privileges = "SELECT, INSERT"
        else:
            privileges = "SELECT, INSERT, UPDATE, DELETE"
        statements.append(f"GRANT {privileges} ON TABLE public.{quote(table)} TO {app}")
    for table in sorted(APPEND_ONLY):  # a grant given earlier (a wider one by hand) is taken back
        statements.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON TABLE public.{quote(table)} FROM {app}")
    for table in sorted(READ_ONLY):
        statements.append(f"GRANT SELECT ON TABLE public.{quote(table)} TO {app}")
    statements += [
        # The ids' sequences: nextval needs USAGE, reading their value back SELECT.
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}",
        # Tables a later migration adds (run by the owner) are granted as they are created.
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {app}",
    ]
    return statements


def revoke_statements(app_role: str, owner_role: str, database: str) -> list[str]:
    """What `grant_statements` gave, taken back (before the role is dropped: a role holding privileges cannot be)."""
    app, owner = quote(app_role), quote(owner_role)
    return [
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public REVOKE ALL ON TABLES FROM {app}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public REVOKE ALL ON SEQUENCES FROM {app}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {app}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {app}",
        f"REVOKE ALL ON SCHEMA public FROM {app}",
        f"REVOKE ALL ON DATABASE {quote(database)} FROM {app}",
    ]


def _on_current_database(template: str) -> str:
    sql = template.replace("'", "''")
    return f"DO $$ BEGIN EXECUTE format('{sql}', current_database()); END $$"


def grant(engine, app_role: str) -> list[str]:
    """Run the grants as the engine's user (the owner role) in one transaction; the statements run."""
    from sqlalchemy import text  # noqa: PLC0415

    with engine.begin() as connection:
        owner = connection.execute(text("SELECT current_user")).scalar_one()
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": app_role})
        if exists.first() is None:
            raise LookupError(app_role)
        statements = grant_statements(app_role, owner, engine.url.database)
        for statement in statements:
            connection.exec_driver_sql(statement)
    return statements
