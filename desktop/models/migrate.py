"""Schema version checks (cheap, no Alembic import) and upgrades (Alembic)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Kept in step with the newest file in migrations/versions (a test checks it), so that a start on an
# up-to-date database does not pay for importing Alembic.
HEAD_REVISION = "0016"


def known_revisions() -> set[str]:
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")}


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_empty(connection: Connection) -> bool:
    return not inspect(connection).get_table_names()


def _alembic_config(connection: Connection):
    from alembic.config import Config  # noqa: PLC0415 - only when a migration is due

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` in one transaction: a failure or a kill leaves the old schema."""
    from alembic import command  # noqa: PLC0415

    from desktop.models.engine import make_migration_engine, sqlite_path  # noqa: PLC0415

    if engine.dialect.name != "sqlite" or sqlite_path(engine.url) is None:
        # PostgreSQL's DDL is transactional as it is (an in-memory SQLite has nothing to keep).
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), revision)
        return
    migration_engine = make_migration_engine(engine.url)
    try:
        with migration_engine.begin() as connection:
            command.upgrade(_alembic_config(connection), revision)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:  # raised inside the transaction: nothing of the upgrade stays
                raise RuntimeError(f"migration left broken references: {broken[:5]}")
    finally:
        migration_engine.dispose()


def alembic_head() -> str:
    """The head according to Alembic itself (tests compare it with HEAD_REVISION)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()
