"""Bank details as contracts print them: a Kazakh ИИК is an IBAN of 20 characters (KZ, two check digits, the
bank's three-character code, thirteen account characters) and a БИК is the bank's SWIFT-style code of 8 or 11
characters. Checked only when given: older records have none, and the contract prints blanks for them."""
from __future__ import annotations

import re

from desktop.domain.problems import FieldProblem

_IBAN = re.compile(r"^KZ\d{2}[0-9A-Z]{16}$")
_BIK = re.compile(r"^[A-Z]{6}[0-9A-Z]{2}([0-9A-Z]{3})?$")


def iban_ok(value: str) -> bool:
    """The ISO 13616 check: the first four characters moved to the end, letters as 10..35, the number mod 97 = 1."""
    value = value.replace(" ", "").upper()
    if not _IBAN.match(value):
        return False
    moved = value[4:] + value[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def make_iban(bank_code: str, account: str) -> str:
    """A valid KZ IBAN for a bank code (3 characters) and an account (13): for demonstration data and tests."""
    body = (bank_code + account).upper()
    digits = "".join(str(int(ch, 36)) for ch in body + "KZ00")
    return f"KZ{98 - int(digits) % 97:02d}{body}"


def clean_account(value: str) -> str:
    return value.replace(" ", "").strip().upper()


def bank_problems(account: str, bik: str) -> list[FieldProblem]:
    problems = []
    if account and not iban_ok(account):
        problems.append(FieldProblem("bank_account", "bank.bad_account", {"value": account}))
    if bik and not _BIK.match(bik.strip().upper()):
        problems.append(FieldProblem("bank_bik", "bank.bad_bik", {"value": bik}))
    return problems
