"""The users of a database, their roles and passwords, signing in, and whether this database asks for it.

Every write here goes through the journal like any other, so the administrator's area (Area.USERS) is checked
on the flush; the functions check it first too, so that a refusal comes before any validation message.
Two writes are allowed outside that area, each narrowed to one row and one column (see `_acting_as`):
a user changing their own password, and the first administrator created before anyone can sign in.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, inspect, select, text

from desktop.domain.problems import FieldProblem
from desktop.domain.roles import ROLES_SIGNING_IN, Area, Role
from desktop.models import AppUser, DatabaseSetting, StudyGroup, UserGroup
from desktop.services import passwords
from desktop.services.actors import AccessDenied, Actor
from desktop.services.errors import NotFound, ValidationFailed

__all__ = ["SignInFailed", "UserData", "UserRow", "authenticate", "change_own_password", "create_first_administrator",
           "create_user", "get_user", "has_users", "list_users", "set_password", "set_sign_in_required",
           "sign_in_required", "update_user"]

SIGN_IN_KEY = "sign_in"
MIN_PASSWORD = 8
LOGIN_PATTERN = re.compile(r"[\w.\-]{3,60}")  # \w: letters of any script, digits and the underscore


class SignInFailed(Exception):
    """The login and the password do not match an active user. Which of the two was wrong is not told (it
    would tell a stranger which logins exist); `inactive` only when the password was right."""

    def __init__(self, inactive: bool = False):
        super().__init__("switched off" if inactive else "wrong login or password")
        self.inactive = inactive


@dataclass(frozen=True)
class UserData:
    login: str
    full_name: str
    role: Role | str
    active: bool = True
    group_ids: frozenset[int] | tuple[int, ...] = frozenset()


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    full_name: str
    role: Role | str  # a Role; the text as stored if a newer program wrote a role this one does not know
    active: bool
    group_ids: frozenset[int]
    created_at: datetime | None


# --- who may -------------------------------------------------------------------------------------------------

def _require_admin(db) -> None:
    db.actor.require_write(Area.USERS)


class _ActingAs:
    """The Database as the journal of one session sees it: the same in everything but the actor."""

    acting = True  # the journal's check of the stored account is not for these narrow writes

    def __init__(self, db, actor: Actor):
        self._db, self.actor = db, actor

    def __getattr__(self, name):
        return getattr(self._db, name)


@contextmanager
def _acting_as(db, actor: Actor):
    """One session whose journal checks `actor` instead of db.actor, for the two writes a user who is not an
    administrator must make in the administrator's area: their own password (app_user's area is USERS, so the
    journal refuses a registrar's own password change), and the first administrator, created before anyone has
    signed in. The journal itself stays as strict as before: only this session is told otherwise, and the
    caller proves with `_only_changed` that nothing but the one row it means was written. The audit entry
    names the real person (the actor keeps their login and name)."""
    with db.session() as session:
        session.info["db"] = _ActingAs(db, actor)
        yield session


def _only_changed(session, user: AppUser, columns: set[str], new: bool = False) -> None:
    """Refuse the flush of an `_acting_as` session that would write more than `columns` of `user`."""
    others = [o for o in (*session.new, *session.deleted, *session.dirty) if o is not user]
    state = inspect(user)
    changed = {attr.key for attr in state.attrs if attr.history.has_changes()}
    if others or (not new and not changed <= columns) or (new and user not in session.new):
        raise AccessDenied(Role.OWNER, Area.USERS)  # a bug in this module, not the user's doing


# --- reading -------------------------------------------------------------------------------------------------

def _role(value: str) -> Role | str:
    try:
        return Role(value)
    except ValueError:
        return value


def _groups_of(session, user_ids) -> dict[int, set[int]]:
    groups: dict[int, set[int]] = {}
    for user_id, group_id in session.execute(select(UserGroup.user_id, UserGroup.group_id)
                                             .where(UserGroup.user_id.in_(list(user_ids)))):
        groups.setdefault(user_id, set()).add(group_id)
    return groups


def _row(user: AppUser, groups: dict[int, set[int]]) -> UserRow:
    return UserRow(user.id, user.login, user.full_name, _role(user.role), bool(user.active),
                   frozenset(groups.get(user.id, ())), user.created_at)


def list_users(db) -> list[UserRow]:
    """Every user, by login. Only who may see the users (an administrator, the local owner) may ask."""
    db.actor.require_read(Area.USERS)
    with db.session() as session:
        users = list(session.scalars(select(AppUser).order_by(AppUser.login)))
        groups = _groups_of(session, [u.id for u in users])
        return [_row(u, groups) for u in users]


def get_user(db, user_id: int) -> UserRow:
    db.actor.require_read(Area.USERS)
    with db.session() as session:
        user = session.get(AppUser, user_id)
        if user is None:
            raise NotFound(f"user {user_id}")
        return _row(user, _groups_of(session, [user.id]))


def has_users(db) -> bool:
    with db.session() as session:
        return bool(session.scalar(select(func.count()).select_from(AppUser)))


def _by_login(session, login: str) -> AppUser | None:
    """Logins are told apart without regard to case, in any script (SQLite's lower() knows only ASCII, so the
    few users of a college are compared here)."""
    wanted = login.strip().casefold()
    for user in session.scalars(select(AppUser)):
        if user.login.casefold() == wanted:
            return user
    return None


# --- checking ------------------------------------------------------------------------------------------------

def _password_problems(password: str, login: str, field: str = "password") -> list[FieldProblem]:
    if len(password or "") < MIN_PASSWORD:
        return [FieldProblem(field, "user.password_short", {"count": MIN_PASSWORD})]
    if password.strip().casefold() == (login or "").strip().casefold():
        return [FieldProblem(field, "user.password_is_login")]
    return []


def _problems(session, data: UserData, user_id: int | None) -> list[FieldProblem]:
    problems = []
    login = (data.login or "").strip()
    if not login:
        problems.append(FieldProblem("login", "field.required"))
    elif not LOGIN_PATTERN.fullmatch(login):
        problems.append(FieldProblem("login", "user.bad_login", {"value": login}))
    else:
        same = _by_login(session, login)
        if same is not None and same.id != user_id:
            problems.append(FieldProblem("login", "user.login_taken", {"value": login}))
    if not (data.full_name or "").strip():
        problems.append(FieldProblem("full_name", "field.required"))
    elif len(data.full_name.strip()) > 200:
        problems.append(FieldProblem("full_name", "user.too_long", {"count": 200}))
    role = _role(data.role.value if isinstance(data.role, Role) else str(data.role or ""))
    if role not in ROLES_SIGNING_IN:
        problems.append(FieldProblem("role", "user.bad_role", {"value": str(data.role or "")}))
    groups = set(data.group_ids or ())
    if groups and role is not Role.CURATOR:
        problems.append(FieldProblem("group_ids", "user.groups_not_curator"))
    elif groups:
        known = set(session.scalars(select(StudyGroup.id).where(StudyGroup.id.in_(groups))))
        if groups - known:
            problems.append(FieldProblem("group_ids", "user.no_such_group"))
    return problems


def _active_admins(session, but: int | None = None) -> int:
    query = select(func.count()).select_from(AppUser).where(AppUser.role == Role.ADMIN.value, AppUser.active)
    if but is not None:
        query = query.where(AppUser.id != but)
    return session.scalar(query) or 0


def _set_groups(session, user: AppUser, wanted: set[int]) -> None:
    # Kept rows stay: a row deleted and added again with the same key in one flush would clash.
    have = {g.group_id: g for g in user.groups}
    for group_id, link in have.items():
        if group_id not in wanted:
            user.groups.remove(link)
    for group_id in sorted(wanted - set(have)):
        user.groups.append(UserGroup(group_id=group_id))


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _lock_users(session) -> None:
    """On PostgreSQL, two administrators' checks of the users (the last administrator, a login taken, the first
    administrator) run one after the other, so that neither decides on what the other is changing."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE app_user IN SHARE ROW EXCLUSIVE MODE"))


# --- changing ------------------------------------------------------------------------------------------------

def create_user(db, data: UserData, password: str) -> int:
    _require_admin(db)
    with db.session() as session:
        _lock_users(session)
        problems = _problems(session, data, None) + _password_problems(password, data.login)
        if problems:
            raise ValidationFailed(problems)
        role = Role(data.role)
        user = AppUser(login=data.login.strip(), full_name=data.full_name.strip(), role=role.value,
                       password_hash=passwords.hash_password(password), active=bool(data.active), created_at=_now())
        session.add(user)
        _set_groups(session, user, set(data.group_ids or ()))
        session.flush()
        return user.id


def update_user(db, user_id: int, data: UserData) -> None:
    """A user's login, name, role, groups and whether they may sign in; the last active administrator keeps
    both (nobody could manage the users otherwise)."""
    _require_admin(db)
    with db.session() as session:
        _lock_users(session)
        user = session.get(AppUser, user_id)
        if user is None:
            raise NotFound(f"user {user_id}")
        problems = _problems(session, data, user_id)
        if problems:
            raise ValidationFailed(problems)
        role = Role(data.role)
        stays_admin = role is Role.ADMIN and bool(data.active)
        if user.role == Role.ADMIN.value and user.active and not stays_admin and not _active_admins(session, user.id):
            field = "active" if role is Role.ADMIN else "role"
            raise ValidationFailed([FieldProblem(field, "user.last_admin", {"value": user.login})])
        was = user.login
        user.login, user.full_name = data.login.strip(), data.full_name.strip()
        user.role, user.active = role.value, bool(data.active)
        _set_groups(session, user, set(data.group_ids or ()))
    if was.casefold() == db.actor.login.casefold() and db.actor.role is not Role.OWNER:
        # The administrator renamed themselves: the change log and their own password change go by the new
        # login from now on. Their role stays as they signed in until the next sign-in.
        db.actor = replace(db.actor, login=user.login, name=user.full_name)


def set_active(db, user_id: int, active: bool) -> None:
    """Switch a user off (they can no longer sign in; what they did stays theirs in the log) or on again."""
    row = get_user(db, user_id)
    if not isinstance(row.role, Role):
        raise ValidationFailed([FieldProblem("role", "user.bad_role", {"value": str(row.role)})])
    update_user(db, user_id, UserData(row.login, row.full_name, row.role, active, row.group_ids))


def set_password(db, user_id: int, password: str) -> None:
    """The administrator gives a user a new password (a forgotten one cannot be read back, only replaced)."""
    _require_admin(db)
    with db.session() as session:
        user = session.get(AppUser, user_id)
        if user is None:
            raise NotFound(f"user {user_id}")
        problems = _password_problems(password, user.login)
        if problems:
            raise ValidationFailed(problems)
        user.password_hash = passwords.hash_password(password)


def change_own_password(db, old: str, new: str) -> None:
    """The signed-in user replaces their own password, whatever their role; the old one must be right."""
    with db.session() as session:
        user = _by_login(session, db.actor.login)
        found = user is not None and user.active
    if not found:  # the local owner of a file without sign-in has no password to change
        raise ValidationFailed([FieldProblem("old_password", "user.no_account")])
    with _acting_as(db, replace(db.actor, role=Role.ADMIN)) as session:
        user = session.get(AppUser, user.id)
        if not passwords.verify_password(old or "", user.password_hash):
            raise ValidationFailed([FieldProblem("old_password", "user.wrong_password")])
        problems = _password_problems(new, user.login)
        if not problems and new == old:
            problems = [FieldProblem("password", "user.password_unchanged")]
        if problems:
            raise ValidationFailed(problems)
        user.password_hash = passwords.hash_password(new)
        _only_changed(session, user, {"password_hash"})


def create_first_administrator(db, login: str, full_name: str, password: str) -> Actor:
    """The first user of a database, its administrator, created before anyone can sign in (on PostgreSQL by
    whoever opens it first). Refused once any user exists. Returns the new administrator, signed in."""
    actor = Actor(login=(login or "").strip(), name=(full_name or "").strip(), role=Role.ADMIN)
    with _acting_as(db, actor) as session:
        _lock_users(session)
        if session.scalar(select(func.count()).select_from(AppUser)):
            raise ValidationFailed([FieldProblem("login", "user.not_first")])
        data = UserData(login, full_name, Role.ADMIN)
        problems = _problems(session, data, None) + _password_problems(password, login)
        if problems:
            raise ValidationFailed(problems)
        user = AppUser(login=actor.login, full_name=actor.name, role=Role.ADMIN.value,
                       password_hash=passwords.hash_password(password), active=True, created_at=_now())
        session.add(user)
        _only_changed(session, user, set(), new=True)
    return replace(actor, signed_in=True)


# --- signing in ----------------------------------------------------------------------------------------------

def authenticate(db, login: str, password: str) -> Actor:
    """The Actor of an active user whose password this is; SignInFailed otherwise, the same for an unknown
    login as for a wrong password (and as slow: an unknown login is checked against a dummy hash)."""
    with db.session() as session:
        user = _by_login(session, login or "")
        if user is None:
            passwords.verify_password(password or "", passwords.dummy_hash())
            raise SignInFailed()
        if not passwords.verify_password(password or "", user.password_hash):
            raise SignInFailed()
        role = _role(user.role)
        if not user.active or role not in ROLES_SIGNING_IN:
            raise SignInFailed(inactive=True)
        groups = frozenset(_groups_of(session, [user.id]).get(user.id, ())) if role is Role.CURATOR else frozenset()
        actor = Actor(login=user.login, name=user.full_name, role=role, group_ids=groups, signed_in=True)
        stale_hash = passwords.needs_rehash(user.password_hash)
        user_id = user.id
    if stale_hash:  # made with weaker parameters: renewed now that the password is known
        with _acting_as(db, replace(actor, role=Role.ADMIN)) as session:
            user = session.get(AppUser, user_id)
            user.password_hash = passwords.hash_password(password)
            _only_changed(session, user, {"password_hash"})
    return actor


def sign_in_required(db) -> bool:
    """Always on a shared (server) database; on a local file when its administrator asked for it."""
    if db.shared:
        return True
    with db.session() as session:
        setting = session.get(DatabaseSetting, SIGN_IN_KEY)
        return setting is not None and setting.value == "1"


def set_sign_in_required(db, on: bool) -> None:
    """Ask (or stop asking) for sign-in on this local file. Turning it on needs an active administrator, who
    can then sign in; a shared database always asks."""
    _require_admin(db)
    if db.shared and not on:
        raise ValidationFailed([FieldProblem("sign_in", "user.sign_in_always_shared")])
    with db.session() as session:
        if on and not _active_admins(session):
            raise ValidationFailed([FieldProblem("sign_in", "user.sign_in_needs_admin")])
        setting = session.get(DatabaseSetting, SIGN_IN_KEY)
        value = "1" if on else "0"
        if setting is None:
            session.add(DatabaseSetting(key=SIGN_IN_KEY, value=value))
        elif setting.value != value:
            setting.value = value
