"""Who works on a shared database and what they did: users with their roles, the audit log, the holds on
records being edited, and the settings that belong to the database rather than to one computer."""
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base


class AppUser(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))  # domain.roles.Role
    password_hash: Mapped[str] = mapped_column(String(300))  # services.passwords: scrypt, salted
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    groups: Mapped[list["UserGroup"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class UserGroup(Base):
    """A curator's own groups: the ones they see."""

    __tablename__ = "user_group"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("study_group.id", ondelete="CASCADE"), primary_key=True)


class AuditEntry(Base):
    """One change through the services: a record's fields from what to what (JSON), or an import's or an
    order's counts. Written in the same transaction as the change; never updated."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "record_kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_login: Mapped[str] = mapped_column(String(60), index=True)
    user_name: Mapped[str] = mapped_column(String(200))
    workstation: Mapped[str] = mapped_column(String(100))
    origin: Mapped[str] = mapped_column(String(40))  # one running program: its own changes need no refresh
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, bulk
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    record_label: Mapped[str] = mapped_column(String(300))
    operation: Mapped[str] = mapped_column(String(60))  # for bulk entries: what was done (an import, an order)
    changes: Mapped[str] = mapped_column(Text)  # JSON


class RecordHold(Base):
    """A record held by the one who edits it; others open it read-only. A hold whose `seen_at` is older than
    services.holds.STALE_AFTER belongs to a program that is gone and may be taken over."""

    __tablename__ = "record_hold"

    record_kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_login: Mapped[str] = mapped_column(String(60))
    user_name: Mapped[str] = mapped_column(String(200))
    workstation: Mapped[str] = mapped_column(String(100))
    origin: Mapped[str] = mapped_column(String(40))
    since: Mapped[datetime] = mapped_column(DateTime)
    seen_at: Mapped[datetime] = mapped_column(DateTime)


class DatabaseSetting(Base):
    """Settings of the database itself (every workstation sees the same), e.g. whether sign-in is asked."""

    __tablename__ = "database_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
