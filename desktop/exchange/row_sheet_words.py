"""The words of a curriculum typed in rows: section rows, totals, practice kept in a module, control forms, codes
at the start of a name, and the usual abbreviations of general-education subjects (kept as data)."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from desktop.domain.curriculum import Control, ExamForm, Section
from desktop.domain.sheet_text import MAX_HOURS, parse_hours_credits, section_of, split_code
from desktop.exchange.curriculum_xlsx import CONTROL_WORDS
from desktop.exchange.row_sheet_header import control_kind

# Section rows, by the words they are written with (Kazakh and Russian), in the order they are tried.
HEADINGS = (
    (("жалпы білім бер", "общеобразовательн"), Section.GENERAL),
    (("базалық модуль", "базовые модул", "базовых модул", "базовым модул"), Section.BASIC),
    (("кәсіптік модуль", "профессиональные модул", "профессиональных модул", "профессиональным модул"),
     Section.PROFESSIONAL),
    (("кәсіптік практика", "профессиональная практика", "өндірістік оқыту және кәсіптік практика",
      "производственное обучение и профессиональная практика"), Section.PRACTICE),
    (("аралық аттестат", "промежуточная аттестац"), Section.INTERMEDIATE),
    (("қорытынды аттестат", "итоговая аттестац"), Section.FINAL),
    (("консультац",), Section.CONSULTATIONS),
    (("факультатив",), Section.ELECTIVES),
)
# Practice typed inside a professional module, right under its outcomes: it stays in the module.
MODULE_PRACTICE = ("өндірістік практика", "дипломалды", "диплом алды", "преддипломн", "производственная практика",
                   "оқу практика", "учебная практика", "өндірістік оқыту", "производственное обучение")
TOTAL = re.compile(r"^(барлығы|барлыгы|итого|всего|жиыны|жиынтығы)(?!\w)|бойынша барлығы|(?<!\w)(барлығы|итого|всего)$")
# How a qualification exam is held, by the words of its row (QUAL-EXAM asks for it)
EXAM_FORMS = ((("демонстрациялық", "демонстрацион"), ExamForm.DEMONSTRATION_EXAM),
              (("практикалық жұмыс", "практическая работа", "практической работ"), ExamForm.PRACTICAL_WORK))
EXAM_WORDS = ("емтихан", "экзамен")
# A qualification exam is intermediate attestation, wherever it is typed (MR: after each module of a qualification)
QUALIFYING_EXAM = ("квалификационн", "біліктілік емтихан", "біліктілікті беру")
MANDATORY = ("міндетті", "обязательн")
# A group of general subjects with its sum ("Базовые дисциплины", "Профильные дисциплины", "Бейіндік пәндер")
GROUP = re.compile(r"(дисциплин[ыа]?|пәндер\w*|предметы)(?!\w)")
ASIDE = re.compile(r"^(оның ішінде|в том числе|в т\.\s?ч\.)", re.IGNORECASE)
# The counts under the table, one a semester ("Количество экзаменов 5 | 1 | 2", "Емтихандар саны", "Недельная
# нагрузка 36"): written in the semester columns like hours, but no row of the plan.
TALLY = re.compile(r"^(количество|кол-во|число)\s|\sсаны(?!\w)|недельная нагрузка|нагрузка в неделю|апталық жүктеме"
                   r"|аптасына|в неделю", re.IGNORECASE)
MODULE_IN_TEXT = re.compile(r"(?<!\w)(КМ|ПМ)\s*(\d{1,3})(?![\d.])")
# The module a subtotal names: "Итого по ПМ 01", "ПМ.02 бойынша барлығы", "Итого по модулю БМ 03"
MODULE_TOTAL = re.compile(r"(?<!\w)(БМ|КМ|ПМ)\s*[.\-–]?\s*(\d{1,3})(?![\d.])")
DEFAULT_CODE = {Section.GENERAL: "ЖБП", Section.PRACTICE: "КП", Section.INTERMEDIATE: "АА", Section.FINAL: "ҚА",
                 Section.CONSULTATIONS: "К", Section.ELECTIVES: "Ф"}
MODULES = ("БМ", "КМ", "ПМ")
SEMESTER_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    from desktop.paths import resource_path  # noqa: PLC0415

    data = json.loads(resource_path("sheets", "subject-abbreviations.json").read_text("utf-8"))
    return {_fold(name): item["subject"] for name, item in data["abbreviations"].items()}


def _fold(name: str) -> str:
    """'Қаз.тілі' and 'қаз. тілі' alike: case, dots and spaces folded."""
    return " ".join(name.casefold().replace("ё", "е").replace(".", ". ").split()).replace(" .", ".")


def subject_of(names, subject_key) -> str | None:
    """The general-education subject a row means: by the rule set's names, else by a usual abbreviation."""
    for name in names:
        if name and (found := subject_key(name) or _abbreviations().get(_fold(name))):
            return found
    for name in names:  # "Шетел тілі (ағылшын)", "Иностранный язык (англ.)": the subject before the bracket
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", name or "")
        if bare and bare != name and (found := subject_key(bare) or _abbreviations().get(_fold(bare))):
            return found
    return None


# "ООД.01", "БМ.01", "ПМ-03": a dot or a dash between the prefix and its number, as many plans write the index
_JOINED = re.compile(r"^(\s*[^\W\d_]{1,4})\s*[.\-–]\s*(?=\d)")


def split_index(text: str) -> tuple[str, str]:
    """split_code that reads "ООД.01", "БМ.01", "ПМ-03" as "ООД 01", "БМ 01", "ПМ 03"."""
    return split_code(_JOINED.sub(r"\1 ", text))


def code_of(text: str, any_case: bool = False) -> tuple[str, str]:
    """A section code at the start of a text, written in capitals as codes are ("ОН 1.1", "БМ 1", "ООД.01"):
    ("", "") for a word that merely starts like one ("Математика", "Физика"). In the index column, where nothing
    but a code is typed, any_case reads "бм 1" and "пм 03" too."""
    text = _JOINED.sub(r"\1 ", text)
    prefix, number = split_code(text)
    word = re.match(r"\s*([^\W\d_]+)", text.upper() if any_case else text)
    if not prefix or section_of(prefix) is None or not word or word.group(1) != prefix:
        return "", ""
    if not number and prefix not in ("ЖБП", "ООД", "БМ", "КМ", "ПМ", "ОН", "РО", "КП"):
        return "", ""
    return prefix, number


def strip_code(text: str) -> str:
    prefix, _ = code_of(text)
    if prefix:
        text = re.sub(r"^\s*[^\W\d_]+\s*\d*(?:[.,]\s*\d+)?\.?\s*", "", text, count=1)
    return text.strip(" .-–")


def heading_of(folded: str, start: bool = False) -> Section | None:
    """The section a text names; with start, only a text that begins with it in one of its languages (a section
    row), not one that mentions it ("КМ 02 кәсіптік модулі бойынша емтихан")."""
    parts = [re.sub(r"^\s*(?:[^\W\d_]{1,4}\s*)?\d[\d.,]*\s*", "", p) for p in re.split(r"\s*/\s*|\n", folded)] \
        if start else [folded]
    for words, section in HEADINGS:
        if any(p.startswith(word) if start else word in p for p in parts for word in words):
            return section
    return None


def section_in(folded: str) -> Section | None:
    """The section a subtotal names by its code: "ЖБП бойынша барлығы", "Итого по ООД"."""
    for word in re.findall(r"[^\W\d_]+", folded.upper()):
        if word in ("ЖБП", "ООД", "БМ", "КМ", "ПМ"):
            return section_of(word)
    return None


# Written beside the controls but not a control of the row: course work and control work are kinds of work.
NOT_CONTROLS = re.compile(r"курстық|курсов|бақылау жұмыс|контрольн|^(кж|кр|кп|бж|к/ж|к/р|к/п|б/ж)(?!\w)", re.IGNORECASE)
# Controls shortened as plans shorten them: "экз.", "зач.", "емт.", "сын."; "Е" and "СС" by analogy with "Э" and
# "ДЗ" (Kazakh initials of емтихан and сараланған сынақ; usual in plans, unconfirmed by any legal text)
_SHORT_CONTROLS = {"з": Control.TEST, "дз": Control.GRADED_TEST, "экз": Control.EXAM, "зач": Control.TEST,
                   "емт": Control.EXAM, "сын": Control.TEST, "е": Control.EXAM, "сс": Control.GRADED_TEST,
                   "дифзач": Control.GRADED_TEST, "диф зач": Control.GRADED_TEST}


def control_pieces(text: str) -> list[tuple[Control | None, list[int], str]]:
    """Each control a control cell holds, with its semesters: "экзамен 2, зачет 1", "сынақ 2,3", "Э-2"; None for a
    word that is no control. Course work written beside them is passed over."""
    pieces = []
    for piece in re.split(r"[;,\n]+(?!\s*\d+\s*(?:$|[;,]))", text or ""):
        piece = piece.strip()
        if piece and not NOT_CONTROLS.search(piece):
            pieces.append((control_word(piece), [int(n) for n in SEMESTER_NUMBER.findall(piece)], piece))
    return pieces


def control_word(piece: str) -> Control | None:
    text = re.sub(r"[\d\s\-–.,()]+", " ", piece.casefold()).strip()
    words = text.split("/")
    kind = control_kind(piece.casefold())
    if kind is not None:
        return kind
    for word in words:
        found = CONTROL_WORDS.get(word.strip()) or _SHORT_CONTROLS.get(word.strip())
        if found is not None:
            return found
    return None


# "Қабылдау жылы: 2024", "Год набора 2024", "для набора 2024 года", "2024 жылғы қабылдау", "2024 жылы
# қабылданған": the intake written out, surer than a range
_INTAKE = re.compile(r"(?:қабылдау\s+жылы|год\s+(?:приема|приёма|набора|поступления)|(?<!\w)(?:набор|прием|приём)\w*)"
                     r"\D{0,6}(20\d\d)(?!\d)"
                     r"|(?<!\d)(20\d\d)\s*(?:ж\.|жылы|жылғы)?\s*(?:қабылда|года\s+(?:приема|приёма|набора))",
                     re.IGNORECASE)
# "оқу мерзімі 3 жыл 10 ай", "срок обучения: 2 года 10 месяцев": the length of study, the last year counted whole
_LENGTH = re.compile(r"(?:(\d)\s*(?:жыл|год|лет)\w*)?\s*(?:(\d{1,2})\s*(?:ай|месяц)\w*)?", re.IGNORECASE)
_LENGTH_LABEL = re.compile(r"оқу\s+мерзімі|срок\s+обучения|нормативный\s+срок", re.IGNORECASE)


def intake_written(text: str) -> int | None:
    match = _INTAKE.search(text)
    return int(match.group(1) or match.group(2)) if match else None


def study_length(text: str) -> int | None:
    """Study years from "3 жыл 10 ай" after "оқу мерзімі" / "срок обучения": 4 (the last year incomplete)."""
    label = _LENGTH_LABEL.search(text)
    if not label:
        return None
    for start in range(label.end(), min(label.end() + 12, len(text))):
        match = _LENGTH.match(text, start)
        if match and (match.group(1) or match.group(2)):
            years, months = int(match.group(1) or 0), int(match.group(2) or 0)
            return -(-(years * 12 + months) // 12) if 0 < years * 12 + months <= 72 else None
    return None



# "144(6)", "72 (3 кр.)": hours with their credits in brackets
_BRACKETED = re.compile(r"^\s*(\d{1,6})\s*\(\s*(\d{1,4}(?:[.,]\d{1,4})?)\s*(?:к|кр|кредит\w*)?\.?\s*\)\s*$", re.IGNORECASE)


_GROUPED = re.compile(r"^\s*\d{1,2}(?:[\s\u00a0\u202f]\d{3})+\s*$")


def hours_of(value: object, weeks: int | None = None) -> tuple[int, float | None] | None:
    """(hours, credits or None) of a cell as parse_hours_credits reads it, "144(6)" too; with weeks, the cell
    holds hours a week (3, 1.5) and the semester's hours are those times its weeks."""
    if weeks:
        number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        if number is None and re.fullmatch(r"\s*\d{1,2}(?:[.,]\d{1,2})?\s*", str(value)):
            number = float(str(value).replace(",", "."))
        hours = number * weeks if number is not None else None
        if hours is None or hours != hours or abs(hours - round(hours)) > 1e-6 or not 0 <= hours <= MAX_HOURS:
            return None
        return int(round(hours)), None
    if isinstance(value, str) and _GROUPED.match(value):  # "1 440": thousands set apart with a space
        value = re.sub(r"[\s\u00a0\u202f]", "", value)
    parsed = parse_hours_credits(value)
    if parsed is None and isinstance(value, str) and (match := _BRACKETED.match(value)):
        hours = int(match.group(1))
        parsed = (hours, float(match.group(2).replace(",", "."))) if hours <= MAX_HOURS else None
    return parsed


# "2024-2025 оқу жылына", "на 2024-2025 учебный год": one academic year (singular), not a cohort's years
_ACADEMIC_YEAR = re.compile(r"(20\d\d)\s*[-–—]\s*(20\d\d)\s*(?:ж\.?\s*)?(?:оқу\s+жыл(?:ы|ына|ында|ының)(?!\w)"
                            r"|уч(?:ебн(?:ый|ого|ом)|\.)\s*год(?:а|у)?(?!\w))", re.IGNORECASE)


def academic_year(text: str, years: tuple[int, int]) -> bool:
    """Whether the range found in a title is written as one academic year."""
    return any((int(m.group(1)), int(m.group(2))) == years for m in _ACADEMIC_YEAR.finditer(text))
