"""Names entered in Kazakh and Russian show in the interface language and sort by that language's alphabet;
numeric columns sort by number; the enterprise and mentor forms mark what is required."""
import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QTableView

from desktop.domain.ids import make_bin
from desktop.services import dual, dual_lists
from desktop.services.dual import EnterpriseData
from desktop.views.dual.form import FormDialog
from desktop.views.table_model import Column, RowTableModel

# (Kazakh name, Russian name): one enterprise for each letter Kazakh has beyond Russian, and its neighbours.
ENTERPRISES = [("Төлеу ЖШС", "ТОО Толеу"), ("Ғарыш ЖШС", "ТОО Гарыш"), ("Қайнар ЖШС", "ТОО Кайнар"),
               ("Әлем ЖШС", "ТОО Алем"), ("Абай ЖШС", "ТОО Абай"), ("Гүл ЖШС", "ТОО Гуль"), ("Кен ЖШС", "ТОО Кен"),
               ("Ұлан ЖШС", "ТОО Улан"), ("Үміт ЖШС", "ТОО Умит"), ("Өркен ЖШС", "ТОО Оркен"),
               ("Нұр ЖШС", "ТОО Нур"), ("Ңа ЖШС", "ТОО На"), ("Іргелі ЖШС", "ТОО Иргели"), ("Ырыс ЖШС", "ТОО Ырыс"),
               ("Һас ЖШС", "ТОО Хас"), ("Хан ЖШС", "ТОО Хан")]
KAZAKH_ORDER = ["Абай ЖШС", "Әлем ЖШС", "Гүл ЖШС", "Ғарыш ЖШС", "Кен ЖШС", "Қайнар ЖШС", "Нұр ЖШС", "Ңа ЖШС",
                "Өркен ЖШС", "Төлеу ЖШС", "Ұлан ЖШС", "Үміт ЖШС", "Хан ЖШС", "Һас ЖШС", "Ырыс ЖШС", "Іргелі ЖШС"]


def add_enterprises(db, names=ENTERPRISES) -> dict[str, int]:
    ids = {}
    for serial, (kk, ru) in enumerate(names, start=1):
        ids[kk] = dual.save_enterprise(db, EnterpriseData(bin=make_bin(2010, 5, 4, 0, serial), name_kk=kk,
                                                          name_ru=ru, size="medium"))
    return ids


def column(table: QTableView, number: int) -> list[str]:
    model = table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_enterprises_and_mentors_show_in_the_interface_language(make_window, db, language):
    ids = add_enterprises(db, ENTERPRISES[:2])
    dual.save_mentor(db, ids["Төлеу ЖШС"], "Серіков Арман", "Шебер", position_ru="Мастер")
    dual.save_mentor(db, ids["Ғарыш ЖШС"], "Ахметова Дана", "", position_ru="Инженер")  # no Kazakh position
    page = make_window(db, language).page("dual")
    names = set(column(page.enterprises, 1))
    mentors = {m: (p, e) for m, p, e in zip(column(page.mentors, 0), column(page.mentors, 1), column(page.mentors, 2))}
    if language == "kk":
        assert names == {"Төлеу ЖШС", "Ғарыш ЖШС"}
        assert mentors["Серіков Арман"] == ("Шебер", "Төлеу ЖШС")
    else:
        assert names == {"ТОО Толеу", "ТОО Гарыш"}
        assert mentors["Серіков Арман"] == ("Мастер", "ТОО Толеу")
    assert mentors["Ахметова Дана"][0] == "Инженер"  # the other language's when this one was never entered


def test_a_kazakh_list_follows_the_kazakh_alphabet(make_window, db):
    add_enterprises(db)
    page = make_window(db, "kk").page("dual")
    assert column(page.enterprises, 1) == KAZAKH_ORDER
    choices = [label for _, label in page._enterprise_choices()]
    assert choices == KAZAKH_ORDER
    page.enterprises.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert column(page.enterprises, 1) == KAZAKH_ORDER[::-1]


def test_a_russian_list_follows_the_russian_alphabet(make_window, db):
    add_enterprises(db, [("Б", "ТОО Ёлка"), ("В", "ТОО Ежевика"), ("Г", "ТОО Жара"), ("Д", "ТОО Абрикос")])
    page = make_window(db, "ru").page("dual")
    assert column(page.enterprises, 1) == ["ТОО Абрикос", "ТОО Ежевика", "ТОО Ёлка", "ТОО Жара"]


def test_numbers_sort_as_numbers_under_the_indicator(qapp):
    rows = [(2, "b"), (3, "c"), (10, "j"), (1, "a")]
    model = RowTableModel([Column("SessionColumns", QT_TRANSLATE_NOOP("SessionColumns", "№"), lambda r: r[0],
                                  align_right=True),
                           Column("SessionColumns", "Name", lambda r: r[1])])
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    model.set_rows(rows)
    header = table.horizontalHeader()
    for order, expected in ((Qt.SortOrder.AscendingOrder, ["1", "2", "3", "10"]),
                            (Qt.SortOrder.DescendingOrder, ["10", "3", "2", "1"])):
        table.sortByColumn(0, order)
        assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == order
        assert column(table, 0) == expected
    model.set_rows(rows[::-1])  # a reload keeps the order the header shows
    assert column(table, 0) == ["10", "3", "2", "1"]
    table.selectRow(0)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the selected row moves with its data
    assert table.selectionModel().selectedRows()[0].data() == "10"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_exam_sessions_follow_their_number_indicator(make_window, demo_db, language):
    page = make_window(demo_db, language).page("exams")
    header = page.sessions.horizontalHeader()
    numbers = [int(n) for n in column(page.sessions, 0)]
    assert len(numbers) >= 2 and header.sortIndicatorSection() == 0
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert numbers == sorted(numbers, reverse=not ascending)  # not 2, 3, 1 under the arrow
    page.sessions.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [int(n) for n in column(page.sessions, 0)] == sorted(numbers)
    page.reload()  # after any action the rows still follow the arrow
    assert [int(n) for n in column(page.sessions, 0)] == sorted(numbers)


def open_form(page, monkeypatch, action):
    shown = []
    monkeypatch.setattr(FormDialog, "exec", lambda self: shown.append(self) or 0)
    action()
    return shown[0]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_mentor_and_enterprise_forms_mark_what_is_required(make_window, db, monkeypatch, dialogs, language):
    add_enterprises(db, ENTERPRISES[:1])
    page = make_window(db, language).page("dual")
    mentor = open_form(page, monkeypatch, page.new_mentor)
    labels = {label.objectName(): label.text() for label in mentor.findChildren(QLabel) if label.objectName()}
    assert labels["full_name_label"].endswith(" *") and labels["enterprise_label"].endswith(" *")
    assert not labels["phone_label"].endswith("*")
    assert labels["required_note"].startswith("*")
    mentor.accept_if_valid()  # nothing typed: Save says what is missing and saves nothing
    assert dialogs and "full_name" not in dialogs[-1][3] and dialogs[-1][3].count("•") == 1
    assert dual_lists.list_mentors(db) == []
    enterprise = open_form(page, monkeypatch, page.new_enterprise)
    required = {n for n, label in ((c.objectName(), c.text()) for c in enterprise.findChildren(QLabel)) if label.endswith(" *")}
    assert required == {"bin_label", "name_kk_label", "name_ru_label", "size_label"}
    enterprise.accept_if_valid()
    assert dialogs[-1][3].count("•") == 3  # BIN and both names


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_forms_fit_a_college_laptop(make_window, db, monkeypatch, language):
    add_enterprises(db, ENTERPRISES[:1])
    page = make_window(db, language).page("dual")
    for action in (page.new_enterprise, page.new_mentor):
        form = open_form(page, monkeypatch, action)
        form.show()
        assert form.minimumSizeHint().width() <= 1366 and form.minimumSizeHint().height() <= 768 - 60
        assert form.height() <= 768 - 60 and form.width() >= 520
        form.close()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_student_table_sorts_surnames_by_the_alphabet_and_groups_by_number(qapp, language):
    from desktop.services.contingent import StudentRow
    from desktop.views.contingent.student_model import StudentFilter, StudentTableModel
    from desktop.views.i18n import Translations

    Translations().install(language)
    try:
        surnames = ["Төлеуов", "Ғабдуллин", "Қасымов", "Әбенов", "Абаев", "Үсенов", "Ұлан", "Уалиев", "Іргебаев",
                    "Ыбыраев", "Һасенов", "Хасенов", "Өмірбек", "Орынбаев", "Ңұрлан", "Нұрлан"]
        groups = ["П-10", "П-2", "П-1"]
        rows = [StudentRow(i, f"{i:012d}", name, "Ерлан", "", None, "M", 1, groups[i % 3], "paid")
                for i, name in enumerate(surnames)]
        model = StudentTableModel()
        model.set_rows(rows, StudentFilter(status=None))
        model.sort(0, Qt.SortOrder.AscendingOrder)
        shown = [model.index(r, 0).data().split()[0] for r in range(model.rowCount())]
        # Kazakh order in Kazakh; in Russian, Qt's Russian order (І beside И, Ү before Ұ, each Kazakh letter after its
        # Russian neighbour), as desktop.domain.collation gives it; never code-point order (Әбенов after Төлеуов).
        expected = {"kk": ["Абаев", "Әбенов", "Ғабдуллин", "Қасымов", "Нұрлан", "Ңұрлан", "Орынбаев", "Өмірбек",
                           "Төлеуов", "Уалиев", "Ұлан", "Үсенов", "Хасенов", "Һасенов", "Ыбыраев", "Іргебаев"],
                    "ru": ["Абаев", "Әбенов", "Ғабдуллин", "Іргебаев", "Қасымов", "Нұрлан", "Ңұрлан", "Орынбаев",
                           "Өмірбек", "Төлеуов", "Уалиев", "Үсенов", "Ұлан", "Хасенов", "Һасенов", "Ыбыраев"]}
        assert shown == expected[language]
        model.sort(3, Qt.SortOrder.AscendingOrder)
        codes = [model.index(r, 3).data() for r in range(model.rowCount())]
        assert codes == sorted(codes, key=lambda c: int(c.split("-")[1]))
    finally:
        Translations().install("en")
