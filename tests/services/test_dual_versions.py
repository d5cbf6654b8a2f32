"""Two workstations on the same dual-training contract: the second save over the first is refused with who saved,
and what the first saved stays; a role without dual training is refused by the services whatever the window did."""
import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.domain.dual import ContractStep
from desktop.domain.roles import Role
from desktop.models import AuditEntry
from desktop.services import dual, dual_lists
from desktop.services.actors import AccessDenied, Actor
from desktop.services.database import open_database
from desktop.services.versions import StaleRecord


@pytest.fixture
def other(demo_db, paths):
    database = open_database(demo_db.path, paths.backups)
    database.actor = Actor("dana", "Дана Әлиқызы", Role.DUAL, workstation="DUAL-PC")
    yield database
    database.close()


def _draft(db):
    return next(c for c in dual_lists.list_contracts(db) if c.status == "draft")


def test_a_draft_saved_by_another_since_it_was_read_is_refused_and_theirs_stays(demo_db, other):
    draft = _draft(demo_db)
    mine, theirs = dual.contract_data(demo_db, draft.id), dual.contract_data(other, draft.id)
    assert mine.version == theirs.version is not None
    dual.update_contract(other, draft.id, replace(theirs, representative="Сейткали Серік"), version=theirs.version)
    with pytest.raises(StaleRecord) as refused:
        dual.update_contract(demo_db, draft.id, replace(mine, representative="Әлиев Марат",
                                                        modules=(("ПМ 01", "Модуль", 72),)), version=mine.version)
    assert refused.value.by == "Дана Әлиқызы" and refused.value.workstation == "DUAL-PC"
    assert refused.value.theirs == {"representative": "Сейткали Серік"}
    stored = dual.contract_data(demo_db, draft.id)
    assert stored.representative == "Сейткали Серік" and stored.modules == theirs.modules


def test_the_modules_alone_changed_move_the_version(demo_db, other):
    """The modules are rows of their own: a second editor's modules must not overwrite the first's unseen."""
    draft = _draft(demo_db)
    mine, theirs = dual.contract_data(demo_db, draft.id), dual.contract_data(other, draft.id)
    dual.update_contract(other, draft.id, replace(theirs, modules=(("КМ 02", "Кәсіптік модуль", 144),),
                                                  module_names_ru=("Профессиональный модуль",)),
                         version=theirs.version)
    with pytest.raises(StaleRecord):
        dual.update_contract(demo_db, draft.id, replace(mine, modules=(("КМ 03", "Басқа", 36),)), version=mine.version)
    assert dual.contract_data(demo_db, draft.id).modules == (("КМ 02", "Кәсіптік модуль", 144),)


def test_a_step_and_the_appendix_over_a_contract_changed_since_are_refused(demo_db, other):
    signed = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "signed")
    document = dual_lists.contract_document(demo_db, signed.id)
    dual.set_mentor(other, signed.id, None, version=dual_lists.contract_document(other, signed.id).version)
    with pytest.raises(StaleRecord):
        dual.step(demo_db, signed.id, ContractStep.END, date(2027, 6, 30), version=signed.version)
    with pytest.raises(StaleRecord):
        dual.set_periods(demo_db, signed.id, [("production", date(2027, 2, 1), date(2027, 2, 28), 72, "")],
                         version=document.version)
    now = next(c for c in dual_lists.list_contracts(demo_db) if c.id == signed.id)
    assert now.status == "signed" and now.mentor == ""
    assert dual_lists.contract_document(demo_db, signed.id).periods == document.periods


def test_a_contract_saved_writes_one_entry_with_its_modules(demo_db):
    draft = _draft(demo_db)
    data = dual.contract_data(demo_db, draft.id)
    with demo_db.session() as session:
        before = session.scalar(select(func.max(AuditEntry.id))) or 0
    dual.update_contract(demo_db, draft.id, replace(data, representative="Сейткали Серік",
                                                    modules=(("ПМ 01", "Модуль", 72),)), version=data.version)
    with demo_db.session() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.id > before)).all()
    assert (entry.record_kind, entry.record_id, entry.action) == ("dual_contract", draft.id, "update")
    changes = json.loads(entry.changes)
    assert changes["fields"]["representative"][1] == "Сейткали Серік"
    assert any(d["kind"] == "contract_module" for d in changes["details"])


def test_a_registrar_may_not_change_a_contract(demo_db):
    draft = _draft(demo_db)
    data = dual.contract_data(demo_db, draft.id)
    demo_db.actor = Actor("r", "R", Role.REGISTRAR)
    with pytest.raises(AccessDenied):
        dual.update_contract(demo_db, draft.id, replace(data, representative="Басқа"), version=data.version)
    with pytest.raises(AccessDenied):
        dual.step(demo_db, draft.id, ContractStep.SIGN, date(2026, 9, 1))
    assert dual.contract_data(demo_db, draft.id).representative == data.representative
