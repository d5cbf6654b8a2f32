"""Shared fixtures. Qt runs offscreen; every test gets its own ZHOSPAR_HOME, so nothing touches the user's files."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.paths import resolve_paths  # noqa: E402


@pytest.fixture(autouse=True)
def zhospar_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("ZHOSPAR_HOME", str(home))
    return home


@pytest.fixture
def paths(zhospar_home):
    return resolve_paths(zhospar_home).ensure()


@pytest.fixture
def db(paths):
    from desktop.services.database import open_database

    database = open_database(paths.default_db, paths.backups)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo database built once; tests get their own copy."""
    from desktop.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo")
    database = build_demo(folder / "demo.sqlite", folder / "backups")
    database.close()
    return folder / "demo.sqlite"


@pytest.fixture
def demo_db(demo_template, paths):
    from desktop.models.backup import copy_database
    from desktop.services.database import open_database

    target = paths.demo_db
    copy_database(demo_template, target)
    database = open_database(target, paths.backups)
    yield database
    database.close()


@pytest.fixture
def pg(paths):
    """The PostgreSQL database of ZHOSPAR_TEST_PG_URL, wiped, opened as Zhospar opens it (the tests using it
    skip themselves when the variable is not set)."""
    from sqlalchemy import create_engine, text  # noqa: PLC0415

    from desktop.services.database import open_database  # noqa: PLC0415

    url = os.environ["ZHOSPAR_TEST_PG_URL"]
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    db = open_database(url, paths.backups)
    yield db
    db.close()
