"""The report pack lists graduates by group code, then by the alphabet of the pack's language: І beside И in
the Russian pack, after Ы in the Kazakh one."""
from dataclasses import replace
from datetime import date

from alphabet import KAZAKH_ORDER, RUSSIAN_ORDER

from desktop.services import report_pack
from desktop.services.employment import Graduate
from desktop.services.report_pack import EmploymentLine


def graduate(name: str, group: str) -> Graduate:
    return Graduate(1, f"{name} Аружан", "", group, date(2026, 6, 30), True, "unknown", None, "", "")


def test_graduates_and_groups_in_the_packs_language(db):
    data = report_pack.collect(db, 2026, date(2026, 11, 22))
    graduates = [graduate(name, "26ПО-2к") for name in sorted(KAZAKH_ORDER, reverse=True)]
    data = replace(data, graduates=[graduate("Абаев", "26ПО-10к"), *graduates],
                   employment_by_group=[EmploymentLine("26ПО-10к", {}), EmploymentLine("26ПО-2к", {})])
    for language, expected in (("kk", KAZAKH_ORDER), ("ru", RUSSIAN_ORDER)):
        ordered = report_pack.in_order(data, language)
        assert [g.name.split()[0] for g in ordered.graduates] == expected + ["Абаев"], language
        assert [line.group_code for line in ordered.employment_by_group] == ["26ПО-2к", "26ПО-10к"]
