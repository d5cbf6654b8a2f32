"""The share of practical training at the enterprise, contract by contract: the hours a contract places at the
enterprise against the practical training of the modules it covers, not of the whole programme (which warned of
every contract: a year's 360 hours against four years' 792). The 60 % threshold and its source stay the rule set's
(resources/rules: the Law on Education as reported by the Atameken chamber; DOMAIN.md section 3)."""
from hypothesis import given, strategies as st

from desktop.domain import dual as dd

# The demo college's plan, as far as the share needs it: two modules of four outcomes (72 hours of production
# training in some), professional practice in the last semester.
PLAN = [("m1", "КМ 01", "professional", None, 576, 0),
        *[(f"m1.{k}", f"ОН 1.{k}", "professional", "m1", 144, p) for k, p in enumerate((72, 72, 72, 0), start=1)],
        ("m2", "КМ 02", "professional", None, 576, 0),
        *[(f"m2.{k}", f"ОН 2.{k}", "professional", "m2", 144, p) for k, p in enumerate((72, 72, 0, 0), start=1)],
        ("pp", "КП", "practice", None, 432, 432)]


def test_a_years_contract_is_compared_with_that_years_modules():
    share = dd.contract_share([("КМ 01", 216), ("КМ 02", 144)], PLAN)
    assert (share.enterprise_hours, share.practical_hours, share.ratio) == (360, 360, 1.0)
    assert not share.below(0.6)  # the whole programme (792 hours) would have made it 45 %


def test_the_final_appendix_counts_what_took_place():
    share = dd.contract_share([("КМ 01", 216), ("КМ 02", 144)], PLAN, appendix_hours=216)
    assert share.ratio == 0.6 and not share.below(0.6) and share.below(0.61)
    assert dd.contract_share([("КМ 01", 216), ("КМ 02", 144)], PLAN, appendix_hours=144).below(0.6)  # 40 %


def test_practice_rows_count_whole_and_modules_by_their_outcomes():
    practical = dd.practical_by_row(PLAN)
    assert (practical["m1"], practical["m2"], practical["pp"], practical["m1.4"]) == (216, 144, 432, 0)
    assert dd.contract_share([("КП", 200)], PLAN).practical_hours == 432


def test_codes_outside_the_curriculum_count_on_neither_side():
    share = dd.contract_share([("КМ 01", 216), ("КМ 99", 500)], PLAN)
    assert (share.enterprise_hours, share.practical_hours) == (216, 216)
    nothing = dd.contract_share([("КМ 99", 500)], PLAN)
    assert nothing.ratio is None and not nothing.below(0.6)  # no share can be told: no warning
    assert dd.contract_share([], PLAN).ratio is None  # a draft without modules yet


rows = st.lists(st.tuples(st.sampled_from(["professional", "practice", "general"]), st.integers(0, 600),
                          st.integers(0, 300), st.integers(0, 4)), min_size=1, max_size=12)


def _plan(spec):
    """Modules (every fifth spec row) and outcomes under the latest module."""
    plan, module = [], None
    for n, (section, hours, production, _) in enumerate(spec):
        if n % 5 == 0:
            module = f"m{n}"
            plan.append((module, f"КМ {n:02d}", section, None, hours, 0))
        else:
            plan.append((f"{module}.{n}", f"ОН {n}", section, module, hours, min(production, hours)))
    return plan


@given(rows, rows, st.data())
def test_rows_the_contract_does_not_name_never_change_its_share(mine, others, data):
    plan = _plan(mine)
    codes = [code for _, code, *_ in plan]
    named = data.draw(st.lists(st.sampled_from(codes), min_size=1, max_size=4, unique=True))
    lines = [(code, data.draw(st.integers(0, 500))) for code in named]
    # another year's modules, practice and everything else of the programme, under codes of their own
    extra = [(f"x{key}", f"Х {code}", section, f"x{parent}" if parent else None, hours, production)
             for key, code, section, parent, hours, production in _plan(others)]
    alone, in_programme = dd.contract_share(lines, plan), dd.contract_share(lines, plan + extra)
    assert (alone.enterprise_hours, alone.practical_hours) == (in_programme.enterprise_hours,
                                                               in_programme.practical_hours)


@given(rows, st.data())
def test_a_contract_placing_its_modules_practical_hours_has_all_of_them(spec, data):
    plan = _plan(spec)
    practical = dd.practical_by_row(plan)
    modules = [(code, practical[key]) for key, code, _, parent, *_ in plan if parent is None]
    share = dd.contract_share(modules, plan)
    assert share.ratio == (None if sum(hours for _, hours in modules) == 0 else 1.0)


@given(rows, st.integers(0, 4))
def test_an_outcome_named_beside_its_module_is_counted_once(spec, pick):
    plan = _plan(spec)
    outcomes = [(key, code, parent) for key, code, _, parent, *_ in plan if parent]
    if not outcomes:
        return
    key, code, parent = outcomes[pick % len(outcomes)]
    module_code = next(c for k, c, *_ in plan if k == parent)
    with_outcome = dd.contract_share([(module_code, 10), (code, 5)], plan)
    assert with_outcome.practical_hours == dd.contract_share([(module_code, 10)], plan).practical_hours
    assert with_outcome.enterprise_hours == 15  # its hours at the enterprise still count


@given(st.integers(0, 3000), st.integers(0, 3000))
def test_the_appendix_replaces_the_plan_on_the_enterprises_side_only(planned, took_place):
    plan = [("pp", "КП", "practice", None, 432, 432)]
    share = dd.contract_share([("КП", planned)], plan, appendix_hours=took_place)
    assert (share.enterprise_hours, share.practical_hours) == (took_place, 432)
