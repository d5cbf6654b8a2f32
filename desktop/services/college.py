"""The college profile: one row per database."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import select

from desktop.domain.ids import bin_problems
from desktop.models import CollegeProfile
from desktop.services.database import Database
from desktop.domain.problems import FieldProblem
from desktop.services.dual_details import bank_problems, clean_account
from desktop.services.errors import ValidationFailed
from desktop.services.text_limits import phone_problems, text_problems


@dataclass(frozen=True)
class CollegeProfileData:
    name_kk: str = ""
    name_ru: str = ""
    bin: str = ""
    region: str = ""
    address: str = ""
    director: str = ""
    phone: str = ""
    email: str = ""
    has_ramps: bool = False
    has_light_signals: bool = False
    has_call_button: bool = False
    has_sanitary_unit: bool = False
    # the place of signing contracts and the bank details they print (the dual-training contract)
    locality_kk: str = ""
    locality_ru: str = ""
    bank_account: str = ""
    bank_bik: str = ""
    bank_name: str = ""  # the bank's name as Kazakh documents print it
    bank_name_ru: str = ""  # as Russian ones print it; empty when it reads the same (see bank_name_in)
    # the deputy director for academic work: the working curriculum's compiler («Құрастырған / Составил»)
    deputy_director: str = ""
    chief_accountant: str = ""  # signs the tarification list

    @property
    def inclusive_conditions_met(self) -> bool:
        """All four conditions the state order requires (MR l.880-892)."""
        return self.has_ramps and self.has_light_signals and self.has_call_button and self.has_sanitary_unit

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_kk or self.name_ru

    def bank_name_in(self, language: str) -> str:
        """The bank's name for a document in `language`: a Russian document takes the Russian name and falls back
        to the one name kept (many banks write their name the same in both languages)."""
        return (self.bank_name_ru or self.bank_name) if language == "ru" else self.bank_name


def profile_problems(data: CollegeProfileData) -> list[FieldProblem]:
    problems = [FieldProblem(name, "field.required") for name in ("name_kk", "name_ru") if not getattr(data, name).strip()]
    if data.bin.strip():
        problems += [FieldProblem("bin", p.value, {"value": data.bin}) for p in bin_problems(data.bin)]
    if data.email.strip() and "@" not in data.email:
        problems.append(FieldProblem("email", "field.email", {"value": data.email}))
    problems += bank_problems(data.bank_account, data.bank_bik)
    problems += phone_problems("phone", data.phone, several=True)
    problems += text_problems(asdict(data), {name: getattr(CollegeProfile, name) for name in (
        "locality_kk", "locality_ru", "bank_account", "bank_bik", "bank_name", "bank_name_ru", "director",
        "deputy_director", "chief_accountant")})
    return problems


def get_profile(db: Database) -> CollegeProfileData | None:
    with db.session() as session:
        row = session.scalar(select(CollegeProfile).order_by(CollegeProfile.id))
        if row is None:
            return None
        return CollegeProfileData(**{f.name: getattr(row, f.name) for f in fields(CollegeProfileData)})


def save_profile(db: Database, data: CollegeProfileData) -> CollegeProfileData:
    clean = CollegeProfileData(**{k: v.strip() if isinstance(v, str) else v for k, v in asdict(data).items()})
    clean = replace(clean, bank_account=clean_account(clean.bank_account), bank_bik=clean.bank_bik.upper())
    problems = profile_problems(clean)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        row = session.scalar(select(CollegeProfile).order_by(CollegeProfile.id))
        if row is None:
            row = CollegeProfile()
            session.add(row)
        for name, value in asdict(clean).items():
            setattr(row, name, value)
    return clean
