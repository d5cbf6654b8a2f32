from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class CollegeProfile(Base):
    """The one college this database belongs to (a single row)."""

    __tablename__ = "college_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    bin: Mapped[str] = mapped_column(String(12), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    director: Mapped[str] = mapped_column(String(200), default="")
    # The deputy director for academic work: compiles the working curriculum and signs it as its compiler.
    deputy_director: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The chief accountant signs the tarification list the teachers are paid from.
    chief_accountant: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # The place of signing contracts ("Алматы қ." / "г. Алматы") and the bank details they print.
    locality_kk: Mapped[str] = mapped_column(String(100), default="", server_default="")
    locality_ru: Mapped[str] = mapped_column(String(100), default="", server_default="")
    bank_account: Mapped[str] = mapped_column(String(34), default="", server_default="")  # ИИК (IBAN)
    bank_bik: Mapped[str] = mapped_column(String(11), default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(200), default="", server_default="")  # as Kazakh documents print it
    # as Russian documents print it; empty: the one name above serves both (see CollegeProfileData.bank_name_in)
    bank_name_ru: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Inclusive-education conditions required for the state order (MR l.880-892).
    has_ramps: Mapped[bool] = mapped_column(default=False)
    has_light_signals: Mapped[bool] = mapped_column(default=False)
    has_call_button: Mapped[bool] = mapped_column(default=False)
    has_sanitary_unit: Mapped[bool] = mapped_column(default=False)
