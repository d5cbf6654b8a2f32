"""The exam protocol read back in both languages; the results sheet; a scheme read from Excel."""
import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from desktop.reports.exam_pdf import build_protocol_pdf
from desktop.services import exam_documents, exams
from desktop.services.errors import ValidationFailed


def test_the_protocol_in_kazakh_and_russian(demo_db, tmp_path):
    held = next(s for s in exams.list_sessions(demo_db) if s.status == "held")
    doc = exam_documents.protocol_document(demo_db, held.id)
    for language, words in (("kk", ("ДЕМОНСТРАЦИЯЛЫҚ ЕМТИХАН ХАТТАМАСЫ", "Сарапшылар тобы", "біліктілік емтиханы",
                                    "бас сарапшы / ұйымдастырушы", "келмеді", "тапсырды")),
                            ("ru", ("ПРОТОКОЛ ДЕМОНСТРАЦИОННОГО ЭКЗАМЕНА", "Экспертная группа", "квалификационный экзамен",
                                    "главный эксперт / организатор", "неявка", "сдал"))):
        path = tmp_path / f"{language}.pdf"
        build_protocol_pdf(path, doc, language)
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        for expected in (*words, "3W06130102", doc.drawn_task, "WSK-0412", str(doc.lines[0].total or "")):
            assert expected in text, (language, expected)
        assert "■" not in text


def test_the_results_workbook(demo_db, tmp_path):
    held = next(s for s in exams.list_sessions(demo_db) if s.status == "held")
    path = tmp_path / "r.xlsx"
    assert exam_documents.write_results_workbook(demo_db, held.id, path) == 10
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("ФИО", "ИИН", "Группа") and rows[0][-3:] == ("Итого", "Оценка", "Результат")
    assert {row[-1] for row in rows[1:]} <= {"сдал", "не сдал", "неявка"} and "неявка" in {row[-1] for row in rows[1:]}


def test_a_scheme_from_excel_all_or_nothing(db, tmp_path):
    book = Workbook()
    book.active.append(["Aspect", "Kind", "Max", "Description"])
    for row in (("A", "M", 40, "x"), ("B", "J", 30, "y"), ("C", "измерение", "30", "z")):
        book.active.append(list(row))
    good = tmp_path / "good.xlsx"
    book.save(good)
    scheme = exam_documents.import_scheme(db, good, "Web", "Web 2027")
    assert dict(exams.list_schemes(db))[scheme] == "Web 2027"
    book.active.append(["D", "oral", "x", ""])
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    with pytest.raises(ValidationFailed) as error:
        exam_documents.import_scheme(db, bad, "Web", "Bad")
    assert {(p.row, p.column, p.code) for p in error.value.problems} == {(5, "B", "exam.bad_kind"),
                                                                         (5, "C", "nedb.bad_number")}
    assert len(exams.list_schemes(db)) == 1


def test_the_protocol_of_a_session_without_a_panel_leaves_it_to_be_filled_by_hand(demo_db, tmp_path):
    """Printed before the experts are entered (to take to the exam): blank panel rows with their roles, and the
    candidates not yet scored show no result (they have not failed)."""
    planned = next(s for s in exams.list_sessions(demo_db) if s.status == "planned")
    for expert_id, *_ in exams.list_experts(demo_db, planned.id):
        exams.remove_expert(demo_db, expert_id)
    doc = exam_documents.protocol_document(demo_db, planned.id)
    assert doc.experts == () and all(line.passed is None for line in doc.lines)
    for language, words in (("kk", ("Сарапшылар тобы бағдарламаға енгізілмеген", "бас сарапшы / ұйымдастырушы",
                                    "Сарапшылар тобының қолдары")),
                            ("ru", ("Экспертная группа не внесена в программу", "главный эксперт / организатор",
                                    "Подписи экспертной группы"))):
        path = tmp_path / f"{language}.pdf"
        build_protocol_pdf(path, doc, language)
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        for expected in (*words, doc.lines[0].name, "_" * 30):
            assert expected in text, (language, expected)
        assert ("тапсырмады" if language == "kk" else "не сдал") not in text
