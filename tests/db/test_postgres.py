"""The same code on PostgreSQL, for colleges that share one database.

Runs when ZHOSPAR_TEST_PG_URL names an empty database the tests may wipe (.ci/run starts a server and
sets it); skipped otherwise.
"""
import os

import pytest

from desktop.models import Base, migrate
from desktop.services import classifier, college, contingent
from desktop.services.classifier import ClassifierEntry
from desktop.services.college import CollegeProfileData
from desktop.services.database import open_database
from desktop.services.demo import fill_demo
from desktop.services.errors import DatabaseEnvironmentError, DbProblem, ValidationFailed

URL = os.environ.get("ZHOSPAR_TEST_PG_URL")
pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not URL, reason="ZHOSPAR_TEST_PG_URL is not set")]


def test_migrations_build_the_models_on_postgres(pg):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with pg.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.HEAD_REVISION
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    assert ":zhospar@" not in pg.display_name and "***" in pg.display_name  # no password on screen


def test_services_and_the_demo_on_postgres(pg):
    fill_demo(pg)
    assert college.get_profile(pg).bin == "990340004720"
    assert len(contingent.list_students(pg)) == 368  # 290 studying now and 78 past graduates
    classifier.save_entry(pg, ClassifierEntry("07150300", "Машина жасау", "Машиностроение"))
    with pytest.raises(ValidationFailed):
        classifier.import_entries(pg, [(2, ClassifierEntry("07150300", "", ""))])
    college.save_profile(pg, CollegeProfileData(name_kk="Ортақ", name_ru="Общий"))
    assert college.get_profile(pg).name_ru == "Общий"
    assert pg.backups() == []


def test_a_server_that_does_not_answer_is_a_plain_problem(paths):
    with pytest.raises(DatabaseEnvironmentError) as caught:
        open_database("postgresql+psycopg://nobody:wrong@127.0.0.1:9/none", paths.backups)
    assert caught.value.problem is DbProblem.CANNOT_CONNECT


def test_the_contingent_and_nedb_on_postgres(pg, demo_db, tmp_path):
    """The same NEDB file from PostgreSQL as from SQLite, and the file read back into PostgreSQL."""
    from datetime import date

    from desktop.paths import resource_path
    from desktop.services import movements, nedb, nedb_import, preflight
    from desktop.services.contingent_reports import contingent_report
    from desktop.services.movements import OrderInput

    fill_demo(pg)
    day = date(2026, 11, 20)
    on_sqlite, on_postgres = tmp_path / "sqlite.txt", tmp_path / "postgres.txt"
    nedb.export_contingent(demo_db, on_sqlite, "R", day)
    nedb.export_contingent(pg, on_postgres, "R", day)
    assert on_postgres.read_bytes() == on_sqlite.read_bytes()
    students = contingent.list_students(pg)
    assert sorted((s.iin, s.birth_date, s.categories) for s in students) == sorted(
        (s.iin, s.birth_date, s.categories) for s in contingent.list_students(demo_db))
    plan = nedb_import.analyse(pg, resource_path("demo", "nedb-contingent.txt"), day)
    assert nedb_import.apply(pg, plan, set(), "R", day).added == 4
    moved = [s.id for s in contingent.list_students(pg) if s.status == "studying"][:2]
    movements.apply_order(pg, OrderInput("300-к", day, "leave", day, reason="health"), moved)
    assert len(preflight.preflight(pg)) > 0
    assert sum(line.on_leave for line in contingent_report(pg, day).movement) == 4


def test_dual_training_on_postgres(pg, demo_db):
    """The demo's dual training on PostgreSQL gives the same checks and coverage as on SQLite."""
    from datetime import date

    from desktop.services import dual, dual_lists, partnerships

    fill_demo(pg)
    day = date(2026, 11, 20)
    summary = lambda db: (sorted((i.code, i.subject) for i in dual.checks(db, today=day)),  # noqa: E731
                          dual.coverage_figures(db, day)[:2], len(dual_lists.list_contracts(db)),
                          partnerships.totals(db, date(2026, 9, 1), date(2027, 8, 31)))
    assert summary(pg) == summary(demo_db)


def test_demonstration_exams_on_postgres(pg, demo_db):
    """The demo's exams on PostgreSQL: the same results, gaps and protocol as on SQLite."""
    from desktop.services import exam_documents, exams

    fill_demo(pg)
    summary = lambda db: (exams.results_by_qualification(db), exams.qual_exam_gaps(db),  # noqa: E731
                          exams.holds_demonstration_exams(db),
                          [(line.name, line.total, line.letter) for line in exam_documents.protocol_document(db, 1).lines])
    assert summary(pg) == summary(demo_db)


def test_indicators_on_postgres(pg, demo_db):
    from datetime import date

    from desktop.services import indicators

    fill_demo(pg)
    from desktop.services import employment, report_pack

    day = date(2026, 11, 20)
    assert indicators.figures(pg, 2026, day) == indicators.figures(demo_db, 2026, day)
    assert indicators.history(pg, [2024, 2025, 2026], day) == indicators.history(demo_db, [2024, 2025, 2026], day)
    rows = lambda found: sorted(found.rows, key=repr)  # noqa: E731 (PostgreSQL sorts names by its own collation)
    for key in indicators.KEYS:
        assert rows(indicators.records(pg, key, 2026, day)) == rows(indicators.records(demo_db, key, 2026, day)), key
    assert sorted(employment.graduates(pg, 2025), key=repr) == sorted(employment.graduates(demo_db, 2025), key=repr)
    on_pg, on_sqlite = report_pack.collect(pg, 2026, day), report_pack.collect(demo_db, 2026, day)
    assert on_pg.employment_by_group == on_sqlite.employment_by_group and on_pg.figures == on_sqlite.figures
