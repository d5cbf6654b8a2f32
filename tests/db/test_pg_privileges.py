"""The application's PostgreSQL role may work with the records but not change the schema nor the audit log.

Needs ZHOSPAR_TEST_PG_URL and a test user that may create roles (CREATEROLE, given by .ci/run); skipped otherwise.
"""
import os

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desktop.models import AuditEntry, migrate
from desktop.services import college, pg_setup
from desktop.services.college import CollegeProfileData
from desktop.services.database import open_database
from desktop.services.errors import DatabaseEnvironmentError, DbProblem, classify

URL = os.environ.get("ZHOSPAR_TEST_PG_URL")

def needs_pg(test):
    return pytest.mark.postgres(pytest.mark.skipif(not URL, reason="ZHOSPAR_TEST_PG_URL is not set")(test))

ROLE = "zhospar_app_test"
PASSWORD = "app-secret"


def _run(engine, *statements):
    with engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def _drop_role(owner_engine):
    with owner_engine.begin() as connection:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ROLE}).first() is None:
            return
        for statement in pg_setup.revoke_statements(ROLE, "zhospar", owner_engine.url.database):
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql(f"DROP ROLE {ROLE}")


@pytest.fixture
def app_url(pg):
    """A login role with the application's privileges on the freshly migrated database; its URL."""
    owner = pg.engine
    _drop_role(owner)
    try:
        _run(owner, f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
    except DBAPIError as exc:
        if classify(exc) is DbProblem.NO_PRIVILEGE:
            pytest.skip("the test user may not create roles: ALTER USER zhospar CREATEROLE")
        raise
    pg_setup.grant(owner, ROLE)
    yield make_url(URL).set(username=ROLE, password=PASSWORD).render_as_string(hide_password=False)
    _drop_role(owner)
    # The database is the tests' own: give PUBLIC back what the grants took from it.
    _run(owner, f"GRANT CONNECT, TEMPORARY ON DATABASE {owner.url.database} TO PUBLIC")


def _refused(engine, statement) -> bool:
    try:
        _run(engine, statement)
    except DBAPIError as exc:
        return classify(exc) is DbProblem.NO_PRIVILEGE
    return False


def test_the_statements_grant_records_and_only_add_to_the_log():
    statements = pg_setup.grant_statements("zhospar_app", "zhospar_owner", "college")
    assert "GRANT CONNECT ON DATABASE college TO zhospar_app" in statements
    assert "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.student TO zhospar_app" in statements
    assert "GRANT SELECT, INSERT ON TABLE public.audit_entry TO zhospar_app" in statements
    assert "GRANT SELECT ON TABLE public.alembic_version TO zhospar_app" in statements
    assert not any("audit_entry" in s and "UPDATE" in s and s.startswith("GRANT") for s in statements)
    assert "REVOKE CREATE ON SCHEMA public FROM PUBLIC" in statements
    assert any(s.startswith("ALTER DEFAULT PRIVILEGES FOR ROLE zhospar_owner") for s in statements)
    # A name that is not a plain identifier is quoted, never pasted in as it is.
    assert 'TO "app; DROP TABLE student"' in pg_setup.grant_statements("app; DROP TABLE student", "o")[-1]
    assert "current_database()" in pg_setup.grant_statements("a", "o")[0]


def test_a_refusal_of_the_server_is_told_apart_from_a_bug():
    from psycopg import errors
    from sqlalchemy.exc import ProgrammingError

    refused = errors.InsufficientPrivilege("permission denied for table student")
    assert classify(ProgrammingError("UPDATE student", {}, refused)) is DbProblem.NO_PRIVILEGE
    assert classify(ProgrammingError("SELECT", {}, errors.UndefinedTable("no table"))) is None


@needs_pg
def test_the_app_role_works_and_the_journal_is_written(pg, app_url, paths):
    app = open_database(app_url, paths.backups)
    try:
        college.save_profile(app, CollegeProfileData(name_kk="Колледж", name_ru="Колледж"))
        assert college.get_profile(app).name_ru == "Колледж"
        with app.session() as session:
            entries = session.scalar(select(func.count()).select_from(AuditEntry)
                                     .where(AuditEntry.record_kind == "college_profile"))
        assert entries == 1
    finally:
        app.close()


@needs_pg
def test_the_app_role_cannot_change_the_schema_nor_the_log(pg, app_url, paths):
    college.save_profile(pg, CollegeProfileData(name_kk="Колледж", name_ru="Колледж"))
    engine = create_engine(app_url)
    count = "SELECT count(*) FROM audit_entry"
    try:
        with engine.connect() as connection:
            before = connection.execute(text(count)).scalar_one()
        assert before >= 1
        assert _refused(engine, "DROP TABLE student")
        assert _refused(engine, "ALTER TABLE student ADD COLUMN nickname text")
        assert _refused(engine, "CREATE TABLE mine (id integer)")
        assert _refused(engine, "UPDATE audit_entry SET user_name = 'nobody'")
        assert _refused(engine, "DELETE FROM audit_entry")
        assert _refused(engine, "TRUNCATE audit_entry")
        assert _refused(engine, "UPDATE alembic_version SET version_num = 'x'")
        with engine.connect() as connection:
            assert connection.execute(text(count)).scalar_one() == before
    finally:
        engine.dispose()


@needs_pg
def test_a_table_a_later_migration_adds_is_granted_too(pg, app_url):
    _run(pg.engine, "CREATE TABLE later_table (id serial PRIMARY KEY, name text)")
    engine = create_engine(app_url)
    try:
        _run(engine, "INSERT INTO later_table (name) VALUES ('new')")
    finally:
        engine.dispose()
    _run(pg.engine, "DROP TABLE later_table")


@needs_pg
def test_a_due_migration_or_a_missing_grant_is_a_plain_problem(pg, app_url, paths):
    app = open_database(app_url, paths.backups)
    try:
        _run(pg.engine, f"REVOKE INSERT ON college_profile FROM {ROLE}")
        with pytest.raises(DatabaseEnvironmentError) as caught:
            college.save_profile(app, CollegeProfileData(name_kk="К", name_ru="К"))
        assert caught.value.problem is DbProblem.NO_PRIVILEGE
    finally:
        app.close()
    # An older schema: the app role may not migrate it, the user is told the administrator must.
    previous = max(r for r in migrate.known_revisions() if r != migrate.HEAD_REVISION)
    _run(pg.engine, f"UPDATE alembic_version SET version_num = '{previous}'")
    with pytest.raises(DatabaseEnvironmentError) as caught:
        open_database(app_url, paths.backups)
    assert caught.value.problem is DbProblem.NO_PRIVILEGE


@needs_pg
def test_the_command_line_says_the_administrator_must_upgrade(pg, app_url, capsys):
    from desktop.cli import UNREADABLE, main

    previous = max(r for r in migrate.known_revisions() if r != migrate.HEAD_REVISION)
    _run(pg.engine, f"UPDATE alembic_version SET version_num = '{previous}'")
    assert main(["--lang", "en", "--db", app_url, "migrate"]) == UNREADABLE
    said = capsys.readouterr().err
    assert "needs an upgrade that its administrator runs" in said and "Traceback" not in said
    assert PASSWORD not in said


@needs_pg
def test_the_cli_grants_as_the_owner(pg, app_url, capsys):
    from desktop.cli import main

    assert main(["grant", "--db", URL, "--role", ROLE]) == 0
    assert ROLE in capsys.readouterr().out
    assert main(["--db", URL, "grant", "--role", "no_such_role_here"]) == 1
    assert main(["--db", "some.sqlite", "grant", "--role", ROLE]) == 1
