"""Message codes from the domain and the services, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.domain.problems import FieldProblem

MESSAGES = {
    "db.locked": QT_TRANSLATE_NOOP("Messages", "The database is busy: another program or another Zhospar window is writing to it. Wait a moment and try again."),
    "db.read_only": QT_TRANSLATE_NOOP("Messages", "The database file is read-only. Copy it to a folder where you may write, or ask the administrator to allow writing."),
    "db.disk_full": QT_TRANSLATE_NOOP("Messages", "The disk is full. Free some space and try again; nothing was lost."),
    "db.not_a_database": QT_TRANSLATE_NOOP("Messages", "This file is not a Zhospar database, or it is damaged. Choose another file or restore a backup."),
    "db.cannot_open": QT_TRANSLATE_NOOP("Messages", "The database cannot be opened. Check that the file exists and that you may read it."),
    "db.io_error": QT_TRANSLATE_NOOP("Messages", "The disk reported an error while reading or writing the database. Check the disk or the network folder."),
    "db.schema_too_new": QT_TRANSLATE_NOOP("Messages", "This database was saved by a newer version of Zhospar. Update the application to open it."),
    "db.not_zhospar": QT_TRANSLATE_NOOP("Messages", "This database belongs to another program, not to Zhospar."),
    "db.cannot_connect": QT_TRANSLATE_NOOP("Messages", "The database server cannot be reached. Check the address, the password and the network."),
    "db.no_privilege": QT_TRANSLATE_NOOP("Messages", "The database server refused this to Zhospar's account: the database needs an upgrade that its administrator runs (zhospar-cli migrate, then zhospar-cli grant), or the account lacks a privilege. Ask the administrator of the database server."),
    "id.empty": QT_TRANSLATE_NOOP("Messages", "is empty"),
    "id.not_12_digits": QT_TRANSLATE_NOOP("Messages", "must be exactly 12 digits"),
    "id.foreign_digits": QT_TRANSLATE_NOOP("Messages", "has digits of another script (full-width, as some programs copy them): type the 12 digits again with the keyboard"),
    "id.bad_check_digit": QT_TRANSLATE_NOOP("Messages", "has a wrong check digit (the last digit): check for a typo"),
    "id.not_issuable": QT_TRANSLATE_NOOP("Messages", "cannot exist: no check digit fits its first 11 digits"),
    "id.bad_date": QT_TRANSLATE_NOOP("Messages", "does not start with a real date"),
    "id.bad_century": QT_TRANSLATE_NOOP("Messages", "has a 7th digit that is not 1-6 (century and sex)"),
    "id.bad_entity_type": QT_TRANSLATE_NOOP("Messages", "has a 5th digit that is not 4, 5 or 6 (kind of organisation)"),
    "id.birth_date_mismatch": QT_TRANSLATE_NOOP("Messages", "does not agree with the birth date"),
    "id.sex_mismatch": QT_TRANSLATE_NOOP("Messages", "does not agree with the sex"),
    "code.empty": QT_TRANSLATE_NOOP("Messages", "is empty"),
    "code.bad_specialty": QT_TRANSLATE_NOOP("Messages", "“{code}” is not a specialty code: 8 digits are expected, like 06130100"),
    "code.bad_qualification": QT_TRANSLATE_NOOP("Messages", "“{code}” is not a qualification code: level, W, S or AB and 8 digits are expected, like 3W06130102"),
    "code.unknown": QT_TRANSLATE_NOOP("Messages", "“{code}” is neither a specialty code (06130100) nor a qualification code (4S06130103)"),
    "code.specialty_mismatch": QT_TRANSLATE_NOOP("Messages", "“{code}” does not start with the specialty's first 6 digits"),
    "code.dates_reversed": QT_TRANSLATE_NOOP("Messages", "ends before it starts"),
    "code.no_specialty": QT_TRANSLATE_NOOP("Messages", "“{code}”: there is no specialty with the same first 6 digits; add the specialty first"),
    "code.duplicate": QT_TRANSLATE_NOOP("Messages", "“{code}” is already in the classifier"),
    "code.kind_change": QT_TRANSLATE_NOOP("Messages", "“{code}”: a specialty cannot become a qualification, nor the other way round"),
    "code.has_qualifications": QT_TRANSLATE_NOOP("Messages", "“{code}” has {count} qualifications; delete them first"),
    "code.in_use": QT_TRANSLATE_NOOP("Messages", "“{code}” is used by {count} groups and cannot be deleted"),
    "code.repeated": QT_TRANSLATE_NOOP("Messages", "“{code}” is already on row {row}"),
    "field.required": QT_TRANSLATE_NOOP("Messages", "is required"),
    "field.email": QT_TRANSLATE_NOOP("Messages", "“{value}” is not an e-mail address"),
    "file.no_header": QT_TRANSLATE_NOOP("Messages", "no header row was found in the first rows; the sheet needs the columns {columns}"),
    "file.bad_date": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a date: write it as 2025-07-15 or 15.07.2025"),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "the file cannot be read as an Excel workbook (.xlsx): {detail}"),
    "file.cannot_write": QT_TRANSLATE_NOOP("Messages", "the file cannot be written ({detail}); choose another folder or close the file in the other program"),
    "file.no_rows": QT_TRANSLATE_NOOP("Messages", "the sheet has a header but no rows"),
}

FIELDS = {
    "name_kk": QT_TRANSLATE_NOOP("Fields", "Name in Kazakh"),
    "name_ru": QT_TRANSLATE_NOOP("Fields", "Name in Russian"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "Name in English"),
    "bin": QT_TRANSLATE_NOOP("Fields", "BIN"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "director": QT_TRANSLATE_NOOP("Fields", "Director"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "valid_from": QT_TRANSLATE_NOOP("Fields", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "header": QT_TRANSLATE_NOOP("Fields", "Header"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "deputy_director": QT_TRANSLATE_NOOP("Fields", "Deputy director for academic work"),
    "chief_accountant": QT_TRANSLATE_NOOP("Fields", "Chief accountant"),
    "bank_name_ru": QT_TRANSLATE_NOOP("Fields", "Bank, in Russian"),
}


def _merge_contingent() -> None:
    from desktop.views.contingent.texts import FIELDS as CONTINGENT_FIELDS  # noqa: PLC0415
    from desktop.views.curricula.texts import FIELDS as CURRICULUM_FIELDS  # noqa: PLC0415
    from desktop.views.curricula.texts import MESSAGES as CURRICULUM_MESSAGES  # noqa: PLC0415
    from desktop.views.contingent.texts import MESSAGES as CONTINGENT_MESSAGES  # noqa: PLC0415

    from desktop.views.dual.texts import FIELDS as DUAL_FIELDS  # noqa: PLC0415
    from desktop.views.dual.texts import MESSAGES as DUAL_MESSAGES  # noqa: PLC0415

    from desktop.views.exams.texts import FIELDS as EXAM_FIELDS  # noqa: PLC0415
    from desktop.views.exams.texts import MESSAGES as EXAM_MESSAGES  # noqa: PLC0415

    from desktop.views.reports.texts import FIELDS as REPORT_FIELDS  # noqa: PLC0415
    from desktop.views.reports.texts import MESSAGES as REPORT_MESSAGES  # noqa: PLC0415

    from desktop.exchange.file_messages import FILE_FIELDS, FILE_MESSAGES  # noqa: PLC0415
    from desktop.domain.grading import GRADING_MESSAGES  # noqa: PLC0415
    from desktop.exchange.grade_sheet import GRADE_SHEET_MESSAGES  # noqa: PLC0415
    from desktop.services.grade_texts import FIELDS as GRADE_FIELDS  # noqa: PLC0415
    from desktop.services.grade_texts import MESSAGES as GRADE_MESSAGES  # noqa: PLC0415
    from desktop.domain.load_norms import LOAD_NORM_MESSAGES  # noqa: PLC0415
    from desktop.services.load_texts import FIELDS as LOAD_FIELDS  # noqa: PLC0415
    from desktop.services.load_texts import MESSAGES as LOAD_MESSAGES  # noqa: PLC0415
    from desktop.exchange.load_actual_xlsx import LOAD_ACTUAL_MESSAGES  # noqa: PLC0415
    from desktop.services.users_texts import FIELDS as USER_FIELDS  # noqa: PLC0415
    from desktop.services.users_texts import MESSAGES as USER_MESSAGES  # noqa: PLC0415

    MESSAGES.update(CONTINGENT_MESSAGES)
    MESSAGES.update(CURRICULUM_MESSAGES)
    MESSAGES.update(DUAL_MESSAGES)
    MESSAGES.update(EXAM_MESSAGES)
    MESSAGES.update(REPORT_MESSAGES)
    MESSAGES.update(GRADING_MESSAGES)
    MESSAGES.update(GRADE_SHEET_MESSAGES)
    MESSAGES.update(GRADE_MESSAGES)
    MESSAGES.update(LOAD_NORM_MESSAGES)
    MESSAGES.update(LOAD_MESSAGES)
    MESSAGES.update(LOAD_ACTUAL_MESSAGES)
    MESSAGES.update(USER_MESSAGES)
    for code, text in FILE_MESSAGES.items():
        MESSAGES.setdefault(code, text)
    for name, text in (*CONTINGENT_FIELDS.items(), *CURRICULUM_FIELDS.items(), *DUAL_FIELDS.items(),
                       *EXAM_FIELDS.items(), *REPORT_FIELDS.items(), *FILE_FIELDS.items(), *GRADE_FIELDS.items(),
                       *LOAD_FIELDS.items(), *USER_FIELDS.items()):
        FIELDS.setdefault(name, text)


_merge_contingent()


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message(code: str, params: dict | None = None) -> str:
    template = MESSAGES.get(code)
    if template is None:
        return code
    params = dict(params or {})
    if "status" in params:  # a student's or a contract's status arrives as its code
        from desktop.views.contingent.texts import CHOICES, choice  # noqa: PLC0415
        from desktop.views.dual.texts import dual_choice  # noqa: PLC0415

        status = params["status"]
        params["status"] = choice(status) if status in CHOICES else dual_choice(status)
    return _translate("Messages", template).format(**params)


def field_name(name: str) -> str:
    return _translate("Fields", FIELDS[name]) if name in FIELDS else name


def problem_text(problem: FieldProblem) -> str:
    """“Sheet Classifier, row 7, column B — Name in Kazakh: is required”."""
    where = []
    if problem.sheet:
        where.append(QCoreApplication.translate("Messages", "sheet {sheet}").format(sheet=problem.sheet))
    if problem.row is not None:
        where.append(QCoreApplication.translate("Messages", "row {row}").format(row=problem.row))
    if problem.column:
        where.append(QCoreApplication.translate("Messages", "column {column}").format(column=problem.column))
    text = f"{field_name(problem.field)}: {message(problem.code, problem.params)}"
    return f"{', '.join(where)} — {text}" if where else text
