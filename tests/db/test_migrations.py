"""Migrations: the head the app expects, the models they produce, and upgrades of stored databases.

tests/fixtures/db/schema-NNNN.sqlite is a database at revision NNNN with a little data, made once with
migrate.upgrade(engine, "NNNN") when that revision was the newest; add one for every new revision.
"""
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.models import Base, migrate
from desktop.services import classifier, college
from desktop.services.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_the_cheap_head_check_agrees_with_alembic():
    assert migrate.alembic_head() == migrate.HEAD_REVISION
    assert migrate.HEAD_REVISION in migrate.known_revisions()


def test_migrations_build_exactly_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.sqlite")), ids=lambda p: p.stem)
def test_a_stored_database_upgrades_with_its_data(fixture, tmp_path, paths):
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    db = open_database(path, paths.backups, create=False)
    try:
        with db.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.HEAD_REVISION
            students = connection.execute(text("SELECT count(*) FROM student")).scalar()
            assert students == {"schema-0001": 0}.get(fixture.stem, 1)
        profile = college.get_profile(db)
        assert profile.name_kk.startswith("Орал")
        assert {e.code for e in classifier.list_entries(db)} >= {"01140100", "4S01140101"}
        backups = db.backups()
        assert backups and "before-migration" in backups[0].name
    finally:
        db.close()


def test_every_migration_downgrades_and_upgrades_again(db):
    from alembic import command

    with db.engine.connect() as connection:
        config = migrate._alembic_config(connection)
        command.downgrade(config, "base")
        connection.commit()
        assert migrate.is_empty(connection) or migrate.current_revision(connection) is None
    migrate.upgrade(db.engine)
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
