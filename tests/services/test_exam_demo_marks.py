"""The demo's finished exam session reads like real marking (issue #15's demo): no two aspects carry the same marks
down the candidate list, every mark within its aspect, and the same demo every time it is built."""
import random
from decimal import Decimal

from desktop.domain.exams import AspectKind
from desktop.services import exams
from desktop.services.demo_exams import ASPECTS, demo_marks


def _held(demo_db):
    return next(s.id for s in exams.list_sessions(demo_db) if s.status == "held")


def test_no_two_aspects_carry_the_same_marks_for_every_candidate(demo_db):
    aspects, lines = exams.session_scores(demo_db, _held(demo_db))
    scored = [line.scores for line in lines if not line.absent]
    assert len(scored) >= 8
    columns = {a.code: [tuple(s[a.code]) for s in scored] for a in aspects}
    codes = sorted(columns)
    for n, first in enumerate(codes):
        for second in codes[n + 1:]:
            assert columns[first] != columns[second], (first, second)
    # B and D (both measured out of 25) were copies of each other: now they differ for most candidates
    assert sum(b != d for b, d in zip(columns["B"], columns["D"])) >= len(scored) // 2


def test_marks_are_plausible_and_the_same_every_time():
    pick = random.Random(7)
    drawn = [demo_marks(pick) for _ in range(200)]
    for marks in drawn:
        for aspect in ASPECTS:
            values = marks[aspect.code]
            if aspect.kind == AspectKind.JUDGEMENT:
                assert len(values) == 3 and all(v in (0, 1, 2, 3) for v in values)
            else:
                [value] = values
                assert Decimal(0) <= Decimal(value) <= aspect.max_mark and Decimal(value) * 2 % 1 == 0
    assert drawn[:5] == [demo_marks(p) for p in [random.Random(7)] for _ in range(5)]
    totals = [float(exams.de.total_mark(list(ASPECTS), {k: tuple(Decimal(v) if isinstance(v, str) else v for v in vs)
                                                        for k, vs in m.items()})) for m in drawn]
    assert min(totals) < 50 < max(totals)  # some fail, some pass
