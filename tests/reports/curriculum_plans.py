"""The demo's profile and curricula in a fresh database (without the rest of the demo: the curriculum's
print needs no students), with the plans found by what they are."""
from desktop.services import curricula
from desktop.services.college import save_profile
from desktop.services.demo import demo_profile
from desktop.services.demo_curricula import add_demo_curricula


def fill_plans(db) -> dict[str, int]:
    profile = save_profile(db, demo_profile())
    add_demo_curricula(db, profile.director)
    found = {}
    for summary in curricula.list_curricula(db):
        key = ("draft" if summary.status == "draft" else "eleven" if summary.entry_base == "11"
               else {"kk": "nine", "ru": "dual"}[summary.language])
        found[key] = summary.id
    return found
