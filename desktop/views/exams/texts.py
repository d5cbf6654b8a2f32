"""Words of the exam screens and the message codes of the exam services, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

EXAM_CHOICES = {
    "intermediate": QT_TRANSLATE_NOOP("ExamChoices", "intermediate attestation"),
    "final": QT_TRANSLATE_NOOP("ExamChoices", "final attestation"),
    "qualification": QT_TRANSLATE_NOOP("ExamChoices", "qualification exam"),
    "practical": QT_TRANSLATE_NOOP("ExamChoices", "practical work"),
    "demonstration": QT_TRANSLATE_NOOP("ExamChoices", "demonstration exam"),
    "workshop": QT_TRANSLATE_NOOP("ExamChoices", "college workshop"),
    "laboratory": QT_TRANSLATE_NOOP("ExamChoices", "laboratory"),
    "training_centre": QT_TRANSLATE_NOOP("ExamChoices", "training centre"),
    "enterprise": QT_TRANSLATE_NOOP("ExamChoices", "enterprise site"),
    "competence_centre": QT_TRANSLATE_NOOP("ExamChoices", "competence centre"),
    "chief": QT_TRANSLATE_NOOP("ExamChoices", "chief expert / organiser"),
    "expert": QT_TRANSLATE_NOOP("ExamChoices", "expert"),
    "technical": QT_TRANSLATE_NOOP("ExamChoices", "technical expert"),
    "employer": QT_TRANSLATE_NOOP("ExamChoices", "employer representative"),
    "planned": QT_TRANSLATE_NOOP("ExamChoices", "planned"),
    "held": QT_TRANSLATE_NOOP("ExamChoices", "held"),
    "measurement": QT_TRANSLATE_NOOP("ExamChoices", "measurement"),
    "judgement": QT_TRANSLATE_NOOP("ExamChoices", "judgement"),
}


def exam_choice(value: str) -> str:
    return QCoreApplication.translate("ExamChoices", EXAM_CHOICES[value]) if value in EXAM_CHOICES else value


# The same words shortened for the narrow list of sessions (its row tooltip gives them whole).
SHORT_CHOICES = {
    "intermediate": QT_TRANSLATE_NOOP("ExamShortChoices", "intermediate"),
    "final": QT_TRANSLATE_NOOP("ExamShortChoices", "final"),
    "qualification": QT_TRANSLATE_NOOP("ExamShortChoices", "qualification"),
    "practical": QT_TRANSLATE_NOOP("ExamShortChoices", "practical"),
    "demonstration": QT_TRANSLATE_NOOP("ExamShortChoices", "demo"),
}


def mark_text(value) -> str:
    """A mark, total or pass mark as the protocol prints it: 18, 22,5, 46,84 (a decimal comma in the Kazakh and
    Russian interface, a point in English), never 50.00; "" for none."""
    from decimal import Decimal  # noqa: PLC0415

    from desktop.views.i18n import current_language  # noqa: PLC0415

    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    text = str(number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize())
    return text.replace(".", ",") if current_language() in ("kk", "ru") else text


def short_choice(value: str) -> str:
    if value in SHORT_CHOICES:
        return QCoreApplication.translate("ExamShortChoices", SHORT_CHOICES[value])
    return exam_choice(value)


MESSAGES = {
    "exam.repeated_aspect": QT_TRANSLATE_NOOP("Messages", "aspect {aspect} is listed twice"),
    "exam.bad_max": QT_TRANSLATE_NOOP("Messages", "aspect {aspect}: {value} is not a maximum mark"),
    "exam.scheme_not_100": QT_TRANSLATE_NOOP("Messages", "the maximum marks sum to {value}, not 100"),
    "exam.one_score": QT_TRANSLATE_NOOP("Messages", "aspect {aspect} is measured: one score is expected"),
    "exam.score_out_of_range": QT_TRANSLATE_NOOP("Messages", "aspect {aspect}: {value} is more than its maximum or below 0"),
    "exam.three_judges": QT_TRANSLATE_NOOP("Messages", "aspect {aspect} is judged: three judges' scores are expected"),
    "exam.judgement_0_3": QT_TRANSLATE_NOOP("Messages", "aspect {aspect}: each judge gives a whole 0, 1, 2 or 3 ({value})"),
    "exam.unknown_aspect": QT_TRANSLATE_NOOP("Messages", "there is no aspect {aspect} in the marking scheme"),
    "exam.incomplete_scores": QT_TRANSLATE_NOOP("Messages", "aspects {aspects} have no marks yet: type 0 where the candidate did not do the task, or clear the whole row to leave it not scored"),
    "exam.bad_pass_mark": QT_TRANSLATE_NOOP("Messages", "{value} is not a pass mark (above 0, at most 100)"),
    "exam.no_tasks": QT_TRANSLATE_NOOP("Messages", "the session has no tasks to draw from"),
    "exam.no_scheme": QT_TRANSLATE_NOOP("Messages", "the session has no marking scheme"),
    "exam.not_a_candidate": QT_TRANSLATE_NOOP("Messages", "{value} is not a candidate of this session"),
    "exam.unscored": QT_TRANSLATE_NOOP("Messages", "{count} candidates present have no scores yet"),
    "exam.no_panel": QT_TRANSLATE_NOOP("Messages", "the session has no expert panel: add the experts on the Panel tab "
                                                   "first (they sign the protocol)"),
    "exam.bad_kind": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a kind of aspect: write M (measurement) or J (judgement)"),
    "exam.has_results": QT_TRANSLATE_NOOP("Messages", "the session has results: it is kept as the record of the exam"),
    "exam.off_scale": QT_TRANSLATE_NOOP("Messages", "{value} is outside the grading scale"),
    "exam.before_session": QT_TRANSLATE_NOOP("Messages", "the session is on {date}: scores are entered on or after "
                                                         "that day"),
    "exam.not_drawn": QT_TRANSLATE_NOOP("Messages", "draw the task first: the candidates are marked on the task "
                                                    "drawn by lot"),
}

FIELDS = {
    "aspect": QT_TRANSLATE_NOOP("Fields", "Aspect"),
    "score": QT_TRANSLATE_NOOP("Fields", "Score"),
    "pass_mark": QT_TRANSLATE_NOOP("Fields", "Pass mark"),
    "venue_type": QT_TRANSLATE_NOOP("Fields", "Venue"),
    "scheme": QT_TRANSLATE_NOOP("Fields", "Marking scheme"),
    "tasks": QT_TRANSLATE_NOOP("Fields", "Tasks"),
    "candidates": QT_TRANSLATE_NOOP("Fields", "Candidates"),
    "panel": QT_TRANSLATE_NOOP("Fields", "Panel"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "form": QT_TRANSLATE_NOOP("Fields", "Form"),
}
