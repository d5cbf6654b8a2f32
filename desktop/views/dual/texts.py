"""Words of the dual-training screens: statuses, kinds of periods, sizes, memorandum sections, messages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

DUAL_CHOICES = {
    "draft": QT_TRANSLATE_NOOP("DualChoices", "draft"),
    "signed": QT_TRANSLATE_NOOP("DualChoices", "signed"),
    "appendix_issued": QT_TRANSLATE_NOOP("DualChoices", "appendix handed over"),
    "ended": QT_TRANSLATE_NOOP("DualChoices", "ended"),
    "terminated": QT_TRANSLATE_NOOP("DualChoices", "terminated"),
    "small": QT_TRANSLATE_NOOP("DualChoices", "small"),
    "medium": QT_TRANSLATE_NOOP("DualChoices", "medium"),
    "large": QT_TRANSLATE_NOOP("DualChoices", "large"),
    "production_training": QT_TRANSLATE_NOOP("DualChoices", "production training"),
    "introductory": QT_TRANSLATE_NOOP("DualChoices", "introductory practice"),
    "educational": QT_TRANSLATE_NOOP("DualChoices", "educational practice"),
    "technological": QT_TRANSLATE_NOOP("DualChoices", "technological practice"),
    "production": QT_TRANSLATE_NOOP("DualChoices", "production practice"),
    "pre_diploma": QT_TRANSLATE_NOOP("DualChoices", "pre-diploma practice"),
    "subject": QT_TRANSLATE_NOOP("DualChoices", "subject and principles"),
    "implementation": QT_TRANSLATE_NOOP("DualChoices", "implementation"),
    "obligations": QT_TRANSLATE_NOOP("DualChoices", "obligations of the parties"),
    "validity": QT_TRANSLATE_NOOP("DualChoices", "validity period"),
    "responsibility": QT_TRANSLATE_NOOP("DualChoices", "responsibility"),
    "board_seats": QT_TRANSLATE_NOOP("DualChoices", "seats on the board of trustees and the industrial council"),
    "student_practice": QT_TRANSLATE_NOOP("DualChoices", "student practice"),
    "equipment": QT_TRANSLATE_NOOP("DualChoices", "equipping workshops and laboratories"),
    "programmes": QT_TRANSLATE_NOOP("DualChoices", "updating the educational programmes"),
    "teacher_internships": QT_TRANSLATE_NOOP("DualChoices", "teacher internships"),
    "employment": QT_TRANSLATE_NOOP("DualChoices", "graduate employment"),
    "mentor": QT_TRANSLATE_NOOP("DualChoices", "mentor's service contract"),
    "reimbursement": QT_TRANSLATE_NOOP("DualChoices", "reimbursement to the enterprise"),
    "request": QT_TRANSLATE_NOOP("DualChoices", "training on enterprise request"),
    "memorandum": QT_TRANSLATE_NOOP("DualChoices", "patronage memorandum"),
}


def dual_choice(value: str) -> str:
    return QCoreApplication.translate("DualChoices", DUAL_CHOICES[value]) if value in DUAL_CHOICES else value


ISSUES = {
    "dual.share_low": QT_TRANSLATE_NOOP("DualIssues", "{share}% of the practical training at the enterprise ({hours} of {practical} h), under {threshold}%"),
    "dual.expiring": QT_TRANSLATE_NOOP("DualIssues", "the contract ends on {date}"),
    "dual.ended_without_appendix": QT_TRANSLATE_NOOP("DualIssues", "ended without the appendix handed to the student"),
    "dual.no_contract": QT_TRANSLATE_NOOP("DualIssues", "in the dual group {group} without a contract in force"),
}


def issue_text(code: str, params: dict) -> str:
    template = ISSUES.get(code)
    return QCoreApplication.translate("DualIssues", template).format(**params) if template else code


MESSAGES = {
    "enterprise.duplicate_bin": QT_TRANSLATE_NOOP("Messages", "an enterprise with BIN {value} is already recorded"),
    "dual.mentor_elsewhere": QT_TRANSLATE_NOOP("Messages", "the mentor works at another enterprise"),
    "dual.bad_hours": QT_TRANSLATE_NOOP("Messages", "{code}: {value} is not a number of hours"),
    "dual.step_not_allowed": QT_TRANSLATE_NOOP("Messages", "not possible for a contract that is {status}"),
    "dual.minor_needs_representative": QT_TRANSLATE_NOOP("Messages", "the student is under 18: the legal representative signs too"),
    "dual.appendix_empty": QT_TRANSLATE_NOOP("Messages", "the appendix has no periods yet"),
    "dual.appendix_issued": QT_TRANSLATE_NOOP("Messages", "the appendix was handed to the student and is not changed any more"),
    "dual.already_contracted": QT_TRANSLATE_NOOP("Messages", "the student already has contract № {number}; end or terminate it first"),
    "dual.number_taken": QT_TRANSLATE_NOOP("Messages", "№ {number} is already another contract's number; give this one its own"),
    "dual.repeated_module": QT_TRANSLATE_NOOP("Messages", "module {code} is listed twice: keep one line with all its hours"),
    "dual.hours_beyond_days": QT_TRANSLATE_NOOP("Messages", "{hours} hours are more than {days} days allow ({most} at 8 hours a day; a plausibility check, not a legal limit)"),
    "dual.bad_amount": QT_TRANSLATE_NOOP("Messages", "{value} is not an amount"),
    "dual.not_eligible_for_request": QT_TRANSLATE_NOOP("Messages", "{name} cannot order training: a medium or large enterprise outside the agro-industrial sector is required"),
    "dual.bad_places": QT_TRANSLATE_NOOP("Messages", "{value} is not a number of places"),
    "dual.memorandum_needs_large": QT_TRANSLATE_NOOP("Messages", "{name} is not a large enterprise: memoranda are made with large ones"),
    "bank.bad_account": QT_TRANSLATE_NOOP("Messages", "“{value}” is not an account number (IBAN): KZ and 18 characters with the right check digits"),
    "bank.bad_bik": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a bank BIC: 8 or 11 Latin letters and digits"),
}

FIELDS = {
    "contract_number": QT_TRANSLATE_NOOP("Fields", "Contract number"),
    "student": QT_TRANSLATE_NOOP("Fields", "Student"),
    "enterprise": QT_TRANSLATE_NOOP("Fields", "Enterprise"),
    "mentor": QT_TRANSLATE_NOOP("Fields", "Mentor"),
    "modules": QT_TRANSLATE_NOOP("Fields", "Modules at the enterprise"),
    "ends_on": QT_TRANSLATE_NOOP("Fields", "End"),
    "starts_on": QT_TRANSLATE_NOOP("Fields", "Start"),
    "representative": QT_TRANSLATE_NOOP("Fields", "Legal representative"),
    "periods": QT_TRANSLATE_NOOP("Fields", "Appendix"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "period_to": QT_TRANSLATE_NOOP("Fields", "Period end"),
    "places": QT_TRANSLATE_NOOP("Fields", "Places"),
    "sections": QT_TRANSLATE_NOOP("Fields", "Sections"),
    "valid_to": QT_TRANSLATE_NOOP("Fields", "Valid until"),
    "representative_iin": QT_TRANSLATE_NOOP("Fields", "Legal representative's IIN"),
    "signatory": QT_TRANSLATE_NOOP("Fields", "Signs for the enterprise (full name)"),
    "signatory_position_kk": QT_TRANSLATE_NOOP("Fields", "Signatory's position in Kazakh"),
    "signatory_position_ru": QT_TRANSLATE_NOOP("Fields", "Signatory's position in Russian"),
    "bank_account": QT_TRANSLATE_NOOP("Fields", "Account (IIK, IBAN)"),
    "bank_bik": QT_TRANSLATE_NOOP("Fields", "Bank BIC"),
    "bank_name": QT_TRANSLATE_NOOP("Fields", "Bank"),
    "locality_kk": QT_TRANSLATE_NOOP("Fields", "Place of signing contracts, in Kazakh"),
    "locality_ru": QT_TRANSLATE_NOOP("Fields", "Place of signing contracts, in Russian"),
}
