"""The English source texts of the users service's message codes and field names (services/users.py).

views/messages.py takes them in `_merge_contingent` as it takes services/load_texts.py; their Kazakh and Russian
translations come from the .ts files.
"""
from desktop.domain.problems import QT_TRANSLATE_NOOP

MESSAGES = {
    "user.bad_login": QT_TRANSLATE_NOOP("Messages", "“{value}” cannot be a login: 3 to 60 letters, digits, dots, hyphens or underscores, without spaces"),
    "user.login_taken": QT_TRANSLATE_NOOP("Messages", "“{value}” is already another user's login"),
    "user.too_long": QT_TRANSLATE_NOOP("Messages", "is longer than {count} characters"),
    "user.password_short": QT_TRANSLATE_NOOP("Messages", "must be at least {count} characters long"),
    "user.password_is_login": QT_TRANSLATE_NOOP("Messages", "must not be the same as the login"),
    "user.password_unchanged": QT_TRANSLATE_NOOP("Messages", "is the same as the current password"),
    "user.passwords_differ": QT_TRANSLATE_NOOP("Messages", "the two passwords typed differ: type the same password twice"),
    "user.wrong_password": QT_TRANSLATE_NOOP("Messages", "is not right"),
    "user.no_account": QT_TRANSLATE_NOOP("Messages", "you work without signing in, so there is no password of yours to change"),
    "user.bad_role": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a role of this program"),
    "user.groups_not_curator": QT_TRANSLATE_NOOP("Messages", "only a curator has groups of their own"),
    "user.no_such_group": QT_TRANSLATE_NOOP("Messages", "one of the chosen groups no longer exists"),
    "user.last_admin": QT_TRANSLATE_NOOP("Messages", "{value} is the last active administrator: make another user an administrator first, or nobody could manage the users"),
    "user.not_first": QT_TRANSLATE_NOOP("Messages", "this database has users already: an administrator adds new ones"),
    "user.sign_in_needs_admin": QT_TRANSLATE_NOOP("Messages", "add an active administrator first: with sign-in asked, somebody must be able to manage the users"),
    "user.sign_in_always_shared": QT_TRANSLATE_NOOP("Messages", "a database on a server is shared by several computers and always asks for sign-in"),
}

FIELDS = {
    "login": QT_TRANSLATE_NOOP("Fields", "Login"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "old_password": QT_TRANSLATE_NOOP("Fields", "Current password"),
    "group_ids": QT_TRANSLATE_NOOP("Fields", "Curator's groups"),
    "active": QT_TRANSLATE_NOOP("Fields", "May sign in"),
    "sign_in": QT_TRANSLATE_NOOP("Fields", "Sign-in"),
}
