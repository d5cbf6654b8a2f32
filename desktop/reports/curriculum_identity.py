"""How a printed curriculum document names its curriculum in the document's language.

A curriculum's title is typed once, in one language ("06130100 Программное обеспечение, на базе 9 классов, 2021"): a
Kazakh schedule or rule-check report naming the plan by that title hands a Kazakh reviewer a Russian line. Such a
title is replaced by the plan's description in the document's language, built from what the classifier names in both:
the specialty's code and name, the qualifications' codes and the intake year."""
from __future__ import annotations

# letters only the Kazakh alphabet has: a title holding one is Kazakh, one without is taken as Russian
_KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


def title_language(title: str) -> str:
    return "kk" if _KAZAKH_ONLY & set(title) else "ru"


def plan_description(doc) -> str:
    """The specialty's code and name (in the language the document was resolved in), the qualifications' codes and
    the intake year: what every page of the printed curriculum names."""
    c = doc.curriculum
    return ", ".join(part for part in (f"{c.specialty} {doc.specialty_name}".strip(), " ".join(c.qualifications),
                                       str(c.intake_year)) if part)


def plan_name(doc, language: str) -> str:
    """The curriculum's title when it is written in `language`, else its description in `language`."""
    title = doc.curriculum.title.strip()
    if title and title_language(title) == language:
        return title
    return plan_description(doc)
