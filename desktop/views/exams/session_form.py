"""The exam session's form: a new session or a stored one, saved with the version it read (a save over another
computer's since is refused, saying who and when, with the offer to show the stored session), its History…, and
read-only for a role that may not change the exams."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.domain.roles import Area
from desktop.services import exams
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import show_stale
from desktop.views.contingent.read_only import history_button, make_read_only
from desktop.views.dual.form import Field, FormDialog
from desktop.views.exams.texts import exam_choice, mark_text

# The form's fields by the session's columns (a refused save names them by the form's labels).
SESSION_FIELDS = {"kind": "kind", "form": "form", "qualification_code": "qualification", "competence": "competence",
                  "scheme_id": "scheme", "starts_on": "starts_on", "ends_on": "ends_on", "venue_type": "venue_type",
                  "venue_name": "venue_name", "pass_mark": "pass_mark", "infrastructure": "infrastructure",
                  "tasks": "tasks", "cost_consumables": "consumables", "cost_venue": "venue_cost",
                  "cost_experts": "experts_cost"}


def session_form(page, title: str, d: exams.SessionData, session_id: int | None) -> FormDialog:
    """The form, not yet shown: the caller runs it and reads the sessions again when it was saved or refused."""
    from desktop.services import classifier  # noqa: PLC0415

    choices = lambda values: tuple((v, exam_choice(v)) for v in values)  # noqa: E731
    qualifications = tuple((e.code, f"{e.code} {e.name(page.language)}") for e in classifier.list_entries(page.db)
                           if not e.is_specialty)
    schemes = ((None, "—"), *exams.list_schemes(page.db))
    read = {"version": d.version}  # the session's version as read: given back on Save, renewed on a reload

    def data_of(v) -> exams.SessionData:
        return exams.SessionData(
            v["kind"], v["form"], v["qualification"] or "", v["starts_on"], v["ends_on"], v["venue_type"],
            v["venue_name"], v["competence"], v["scheme"], Decimal(v["pass_mark"]), v["infrastructure"],
            tuple(line.strip() for line in v["tasks"].splitlines() if line.strip()),
            (v["consumables"], v["venue_cost"], v["experts_cost"]))

    def save(v):
        if session_id is None:
            return exams.create_session(page.db, data_of(v))
        exams.update_session(page.db, session_id, data_of(v), read["version"])
        return session_id

    values = session_values(d)
    words = {  # the fields' labels
        "kind": QCoreApplication.translate("ExamsPage", "Kind"),
        "form": QCoreApplication.translate("ExamsPage", "Form"),
        "qualification": QCoreApplication.translate("ExamsPage", "Qualification"),
        "competence": QCoreApplication.translate("ExamsPage", "Competence (WorldSkills skill)"),
        "scheme": QCoreApplication.translate("ExamsPage", "Marking scheme"),
        "starts_on": QCoreApplication.translate("ExamsPage", "From"),
        "ends_on": QCoreApplication.translate("ExamsPage", "To"),
        "venue_type": QCoreApplication.translate("ExamsPage", "Venue"),
        "venue_name": QCoreApplication.translate("ExamsPage", "Venue name"),
        "pass_mark": QCoreApplication.translate("ExamsPage", "Pass mark"),
        "infrastructure": QCoreApplication.translate("ExamsPage", "Infrastructure list"),
        "tasks": QCoreApplication.translate("ExamsPage", "Task variants, one a line"),
        "consumables": QCoreApplication.translate("ExamsPage", "Consumables, ₸"),
        "venue_cost": QCoreApplication.translate("ExamsPage", "Venue, ₸"),
        "experts_cost": QCoreApplication.translate("ExamsPage", "Experts, ₸"),
    }
    dialog = FormDialog(title, [
        Field("kind", words["kind"], "choice", values["kind"], choices(exams.KINDS)),
        Field("form", words["form"], "choice", values["form"], choices(exams.FORMS)),
        Field("qualification", words["qualification"], "choice", values["qualification"], qualifications),
        Field("competence", words["competence"], value=values["competence"]),
        Field("scheme", words["scheme"], "choice", values["scheme"], schemes),
        Field("starts_on", words["starts_on"], "date", values["starts_on"]),
        Field("ends_on", words["ends_on"], "date", values["ends_on"]),
        Field("venue_type", words["venue_type"], "choice", values["venue_type"], choices(exams.VENUES)),
        Field("venue_name", words["venue_name"], value=values["venue_name"]),
        Field("pass_mark", words["pass_mark"], "int", values["pass_mark"], minimum=1, maximum=100),
        Field("infrastructure", words["infrastructure"], "lines", values["infrastructure"]),
        Field("tasks", words["tasks"], "lines", values["tasks"]),
        Field("consumables", words["consumables"], "money", values["consumables"]),
        Field("venue_cost", words["venue_cost"], "money", values["venue_cost"]),
        Field("experts_cost", words["experts_cost"], "money", values["experts_cost"])], save, page,
        stale=lambda form, error: _stale(page.db, form, error, session_id, read, data_of, schemes))
    if session_id is not None:
        history_button(dialog, dialog.button_box, page.db, "exam_session", session_id,
                       QCoreApplication.translate("ExamsPage", "Exam session № {id}").format(id=session_id))
    make_read_only(page.db, Area.EXAMS, dialog.widgets.values(), dialog.button_box)
    return dialog


def _stale(db, form, error: StaleRecord, session_id: int, read: dict, data_of, schemes) -> None:
    """Another computer saved the session since the form read it: who and when, both values, and the offer to
    show the stored session (its version then given back on the next Save)."""
    labels = {column: form.findChild(QLabel, f"{name}_label").text().rstrip(" *")
              for column, name in SESSION_FIELDS.items()}
    scheme_names = dict(schemes)

    def shown(values: dict) -> dict:
        words = {}
        for column, value in values.items():
            if column in ("kind", "form", "venue_type"):
                value = exam_choice(value)
            elif column == "scheme_id":
                value = scheme_names.get(value, value)
            elif column == "tasks":
                value = "; ".join(value or ())
            elif column == "pass_mark" or column.startswith("cost_"):
                value = mark_text(value)
            words[column] = value
        return words

    mine = shown(exams.session_fields(data_of(form.values())))
    if show_stale(form, replace(error, theirs=shown(error.theirs)), mine, labels):
        fresh = exams.session_data(db, session_id)
        read["version"] = fresh.version
        for name, value in session_values(fresh).items():
            form.set_value(name, value)


def session_values(d: exams.SessionData) -> dict:
    """The session form's fields' values of a session as read."""
    return {"kind": d.kind, "form": d.form, "qualification": d.qualification_code or None,
            "competence": d.competence, "scheme": d.scheme_id, "starts_on": d.starts_on, "ends_on": d.ends_on,
            "venue_type": d.venue_type, "venue_name": d.venue_name, "pass_mark": int(d.pass_mark),
            "infrastructure": d.infrastructure, "tasks": "\n".join(d.tasks), "consumables": d.costs[0],
            "venue_cost": d.costs[1], "experts_cost": d.costs[2]}
