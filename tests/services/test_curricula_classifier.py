"""A curriculum whose specialty or qualification the college's classifier does not hold is flagged: a warning
with its own code and sentence in Kazakh, Russian and English, in the service's check, at approval and in the
printed rule check; it goes once the code is in the classifier."""
from dataclasses import replace
from datetime import datetime

from desktop.domain.rules import Severity
from desktop.domain.rules.engine import check
from desktop.services import classifier, curricula
from desktop.services.classifier import ClassifierEntry
from desktop.services.college import CollegeProfileData, save_profile
from desktop.services.demo_curricula import software_on_9_grades

WITH_UNKNOWN = ("3W06130101", "4S06130103")  # 3W06130101 is not in the starting classifier


def plan_with(qualifications: tuple[str, ...], specialty: str = "06130100"):
    plan = software_on_9_grades("ru")
    first, *_ = qualifications
    rows = tuple(replace(row, qualification=first, name_kk=row.name_kk.replace("3W06130102", first),
                         name_ru=row.name_ru.replace("3W06130102", first))
                 if row.qualification == "3W06130102" else row for row in plan.rows)
    return replace(plan, specialty=specialty, qualifications=qualifications, rows=rows)


def unknown(findings) -> list:
    return [f for f in findings if f.code.startswith("classifier.unknown")]


def test_a_qualification_missing_from_the_college_classifier_is_a_warning_naming_it_and_its_modules(db):
    plan = plan_with(WITH_UNKNOWN)
    [finding] = unknown(curricula.check_in_college(db, plan))
    assert (finding.rule, finding.severity, finding.code, finding.found) == (
        "CLASSIFIER", Severity.WARNING, "classifier.unknown_qualification", "3W06130101")
    assert set(finding.rows) == {"m1", "m2", "q1"}  # its modules and its exam, to select in the editor
    assert unknown(curricula.check_in_college(db, software_on_9_grades())) == []
    # without the college's codes the check is the rule set's alone, as before
    assert curricula.check_curriculum(plan) == check(plan, curricula.rule_set_for(plan))


def test_the_warning_reads_in_each_language():
    plan = plan_with(WITH_UNKNOWN, specialty="06139900")
    findings = unknown(curricula.check_curriculum(plan, frozenset({"4S06130103"})))
    texts, rules = curricula.finding_texts(), curricula.rule_set_for(plan)
    said = {(f.code, language): texts.message(f, language, rules) for f in findings for language in ("kk", "ru", "en")}
    assert said[("classifier.unknown_qualification", "kk")].startswith("3W06130101 біліктілігі колледж жіктеуішінде жоқ")
    assert said[("classifier.unknown_qualification", "ru")].startswith("Квалификации 3W06130101 нет в классификаторе")
    assert said[("classifier.unknown_qualification", "en")].startswith("The qualification 3W06130101 is not in")
    assert said[("classifier.unknown_specialty", "ru")].startswith("Специальности 06139900 нет в классификаторе")
    assert texts.rule_title("CLASSIFIER", "kk") == "Жіктеуіш"


def test_a_code_that_is_no_code_is_reported_once_by_the_rule_set_not_again():
    plan = plan_with(("3X0613", "4S06130103"), specialty="0613")
    findings = curricula.check_curriculum(plan, frozenset({"4S06130103"}))
    assert unknown(findings) == []
    assert {"classifier.bad_specialty", "classifier.bad_qualification"} <= {f.code for f in findings}


def test_approval_is_not_refused_but_returns_the_warning_and_the_print_lists_it(db):
    save_profile(db, CollegeProfileData(name_kk="Колледж", name_ru="Колледж", director="Директор"))
    plan_id = curricula.create(db, plan_with(WITH_UNKNOWN))
    for language, expected in (("kk", "3W06130101 біліктілігі колледж жіктеуішінде жоқ"),
                               ("ru", "Квалификации 3W06130101 нет в классификаторе колледжа")):
        lines = curricula.curriculum_document(db, plan_id, language).findings
        assert [line.message for line in lines if line.message.startswith(expected)], language
    warnings = curricula.approve(db, plan_id, "Директор", datetime(2025, 6, 20, 11))
    assert [f.found for f in unknown(warnings)] == ["3W06130101"]
    assert curricula.get_curriculum(db, plan_id).status == "approved"


def test_the_warning_goes_once_the_qualification_is_in_the_classifier(db):
    plan = plan_with(WITH_UNKNOWN)
    # a name the test makes up: the state classifier's name for this code is not at hand
    classifier.save_entry(db, ClassifierEntry("3W06130101", "Сынақ біліктілігі", "Тестовая квалификация",
                                              kind="worker", level=3))
    assert unknown(curricula.check_in_college(db, plan)) == []
