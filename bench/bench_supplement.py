"""Diploma supplements for 300 graduates in both languages (goal from the grades-and-supplement issue: under 3 s
and at most 1.5x the baseline). Baseline: reportlab writing 300 plain tables of the same rows (one per graduate,
each row's number, both names, hours, credits and grade), in the same run.

    python -m bench.bench_supplement
"""
from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import Figure, median

GRADUATES = 300
# The national scale's bands used to grade the made-up rows (the supplement prints what the caller decided).
_BANDS = ((95, "A", 4.0, "өте жақсы", "отлично"), (90, "A-", 3.67, "өте жақсы", "отлично"),
          (85, "B+", 3.33, "жақсы", "хорошо"), (80, "B", 3.0, "жақсы", "хорошо"), (75, "B-", 2.67, "жақсы", "хорошо"),
          (70, "C+", 2.33, "қанағаттанарлық", "удовлетворительно"), (0, "C", 2.0, "қанағаттанарлық",
                                                                      "удовлетворительно"))


def _rows(seed: int):
    from desktop.reports.supplement_data import Grade, RowKind, SupplementRow

    def grade(n):
        percent = 70 + (n * 7 + seed * 13) % 31
        _, letter, points, kk, ru = next(b for b in _BANDS if percent >= b[0])
        return Grade(percent, letter, points, kk, ru)

    rows, n = [], 0
    plan = [(RowKind.GENERAL, "", f"Жалпы білім беретін пән {i}", f"Общеобразовательная дисциплина {i}", 96)
            for i in range(1, 14)]
    plan += [(RowKind.BASIC_MODULE, f"БМ {i:02d}", f"Базалық модуль {i}: цифрлық технологияларды қолдану",
              f"Базовый модуль {i}: применение цифровых технологий", 72) for i in range(1, 5)]
    for m in range(1, 11):
        plan.append((RowKind.PROFESSIONAL_MODULE, f"КМ {m:02d}", f"Кәсіптік модуль {m}: web ресурстарды құру",
                     f"Профессиональный модуль {m}: разработка web-ресурсов", 216))
        plan += [(RowKind.OUTCOME, f"ОН {m}.{o}", f"Контентті басқару жүйесі үшін шаблондар жасау {m}.{o}",
                  f"Создание шаблонов для систем управления контентом {m}.{o}", 72) for o in range(1, 4)]
    plan += [(RowKind.PRACTICE, "", "Кәсіптік практика", "Профессиональная практика", 432),
             (RowKind.FINAL_ATTESTATION, "ҚА", "Қорытынды аттестаттау", "Итоговая аттестация", 72)]
    for kind, code, kk, ru, hours in plan:
        n += 1
        graded = None if kind is RowKind.PROFESSIONAL_MODULE else grade(n)
        rows.append(SupplementRow(kind, str(n), code, kk, ru, hours, hours / 24, graded))
    rows += [SupplementRow(RowKind.ELECTIVE, str(n + i), f"Ф{i}", f"Факультатив {i}", f"Факультатив {i}", 36, 1.5,
                           Grade(passed=True)) for i in (1, 2)]
    return tuple(rows)


def graduates(count: int = GRADUATES):
    from desktop.reports.supplement_data import College, Qualification, Signatory, Supplement

    college = College("«Алатау» жоғары политехникалық колледжі", "Высший политехнический колледж «Алатау»",
                      "Тараз қаласы", "город Тараз")
    signatories = (Signatory("Директор", "Директор", "Сейтқалиев Е. Б."), Signatory("Хатшы", "Секретарь", ""))
    plans = [_rows(seed) for seed in range(5)]  # five grade patterns, as a group's graduates differ
    return [Supplement(college, "JB", f"{10000 + n:07d}", str(500 + n), date(2026, 6, 30), f"Студент {n} Маратұлы",
                       date(2006, 1, 1 + n % 28), f"0601{n:08d}", 2022, 2026, "негізгі орта білім",
                       "основное среднее образование", "күндізгі", "очная", "06130100",
                       "Бағдарламалық қамтамасыз ету", "Программное обеспечение",
                       (Qualification("4S06130103", "Бағдарламашы", "Программист"),), plans[n % 5],
                       average_points=3.1, average_percent=82.4, signatories=signatories) for n in range(count)]


def _baseline(folder: Path, supplements) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    from desktop.reports.fonts import register_fonts

    regular, _ = register_fonts()
    style = TableStyle([("FONT", (0, 0), (-1, -1), regular, 8)])
    story = []
    for s in supplements:
        data = [[r.number, r.name_kk, r.name_ru, r.hours, r.credits, r.grade.letter if r.grade else ""] for r in s.rows]
        story += [Table(data, repeatRows=1, style=style), PageBreak()]
    SimpleDocTemplate(str(folder / "plain.pdf"), pagesize=A4).build(story)


def run() -> list[Figure]:
    from desktop.reports.supplement_pdf import write_supplements, write_supplements_file

    folder = Path(tempfile.mkdtemp(prefix="zhospar-bench-supplement-"))
    supplements = graduates()
    timings, plain, separate = [], [], []
    for n in range(3):
        start = time.perf_counter()
        for language in ("kk", "ru"):
            write_supplements_file(folder / f"group-{n}-{language}.pdf", supplements, language)
        timings.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        _baseline(folder, supplements)
        plain.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    write_supplements(folder / "each", supplements)
    separate.append((time.perf_counter() - start) * 1000)
    return [Figure(f"diploma supplements, {GRADUATES} graduates x kk and ru in one file each (vs reportlab writing "
                   f"{GRADUATES} plain tables of the same rows)", median(timings), median(plain), 1.5, limit=3000),
            Figure(f"diploma supplements, {GRADUATES} graduates x kk and ru, a file each (vs the same plain tables)",
                   separate[0], median(plain), None)]


if __name__ == "__main__":
    for figure in run():
        print(figure.line(), flush=True)
