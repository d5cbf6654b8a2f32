"""The dual-training lists in the order a Kazakh or Russian reader expects: the students of dual groups without a
contract by group (П-2 before П-10) and surname in the Kazakh alphabet, the contracts by number as counted."""
from datetime import date

from contingent import add_group, enrol

from desktop.domain.collation import KAZAKH_ALPHABET
from desktop.services import dual, dual_lists
from desktop.services.dual import ContractData, EnterpriseData
from desktop.domain.ids import make_bin

# one surname starting with each letter of the Kazakh alphabet that starts a name, in the alphabet's order
SURNAMES = [f"{letter}{'бенов' if letter not in 'ЪЬЫ' else 'ров'}" for letter in KAZAKH_ALPHABET if letter not in "ЪЬЫ"]


def test_students_without_a_contract_by_group_and_the_kazakh_alphabet(db):
    late, early = add_group(db, "П-10", dual=True), add_group(db, "П-2", dual=True)
    shuffled = SURNAMES[1::2] + SURNAMES[0::2]
    for group in (late, early):
        for n, surname in enumerate(shuffled):
            enrol(db, group, 1, start=5000 + 40 * group + 3 * n, surname=surname)
    missing = [(i.params["group"], i.subject.split()[0]) for i in dual.checks(db, threshold=0.0,
                                                                              today=date(2026, 11, 20))
               if i.code == "dual.no_contract"]
    assert missing == [("П-2", s) for s in SURNAMES] + [("П-10", s) for s in SURNAMES]


def test_contracts_of_a_day_are_listed_by_number_as_counted(db):
    group = add_group(db, "П-1", dual=True)
    order = [7, 12, 1, 10, 3, 2, 11, 5, 9, 4, 8, 6]  # made in this order; listed by number
    students = enrol(db, group, len(order))
    company = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 7) or make_bin(5, 3, 4, 0, 8),
                                                      "Кәсіпорын", "Предприятие", "large", "IT"))
    for student, n in zip(students, order):
        dual.create_contract(db, ContractData(f"Д-{n}/2026", student, company, date(2026, 9, 1), date(2027, 6, 30)))
    later = dual.create_contract(db, ContractData("Д-99/2026", enrol(db, group, 1, start=7000)[0], company,
                                                  date(2027, 1, 10), date(2027, 6, 30)))
    listed = dual_lists.list_contracts(db)
    assert listed[0].id == later  # the newest first
    assert [c.number for c in listed[1:]] == [f"Д-{n}/2026" for n in range(1, 13)]


def test_mentors_by_enterprise_and_name_in_the_readers_alphabet(db):
    """І is after Ы in Kazakh and after И in Russian; the enterprise is named (and ordered) in the reader's language."""
    first = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 21) or make_bin(5, 3, 4, 0, 22),
                                                    "Ақ Жол", "Ак Жол", "large", "IT"))
    second = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 31) or make_bin(5, 3, 4, 0, 32),
                                                     "Бірлік", "Единство", "large", "IT"))
    for name in ("Ыбыраев Арман", "Іргебаев Сәкен", "Исаев Олег"):
        dual.save_mentor(db, first, name)
        dual.save_mentor(db, second, name)
    listed = lambda language: [(m.enterprise, m.full_name.split()[0]) for m in dual_lists.list_mentors(db, language)]  # noqa
    # Kazakh: Ақ Жол before Бірлік; Russian: Ак Жол before Единство, the same order here, names differ
    assert listed("kk") == [(e, s) for e in ("Ак Жол", "Единство") for s in ("Исаев", "Ыбыраев", "Іргебаев")]
    assert listed("ru") == [(e, s) for e in ("Ак Жол", "Единство") for s in ("Исаев", "Іргебаев", "Ыбыраев")]


def test_mentors_follow_the_enterprises_name_in_the_readers_language(db):
    kazakh_first = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 41) or make_bin(5, 3, 4, 0, 42),
                                                           "Әлем", "Ясный мир", "large", "IT"))
    russian_first = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 51) or make_bin(5, 3, 4, 0, 52),
                                                            "Ұлан", "Альфа", "large", "IT"))
    dual.save_mentor(db, kazakh_first, "Сейітов Нұр")
    dual.save_mentor(db, russian_first, "Омаров Ерлан")
    assert [m.full_name for m in dual_lists.list_mentors(db, "kk")] == ["Сейітов Нұр", "Омаров Ерлан"]  # Әлем, Ұлан
    assert [m.full_name for m in dual_lists.list_mentors(db, "ru")] == ["Омаров Ерлан", "Сейітов Нұр"]  # Альфа, Ясный
