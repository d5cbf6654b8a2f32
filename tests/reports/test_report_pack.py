"""The report pack of the demo college: every section in the PDF (text read back, both languages), the workbook's
sheets and totals agreeing with the records, and nothing half-written when the folder cannot be written."""
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop import cli
from desktop.services import employment, indicators, report_pack
from desktop.services.errors import ValidationFailed

TODAY = date(2026, 11, 22)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_demo_pack_in_kazakh_has_every_report(demo_db, tmp_path):
    steps = []
    pdf, xlsx = report_pack.make_pack(demo_db, tmp_path, 2026, "kk", TODAY,
                                      progress=lambda done, total, what: steps.append((done, total, what)))
    assert steps[0] == (0, 7, "contingent") and steps[-1] == (7, 7, "done")
    text = text_of(pdf)
    assert "БСН 990340004720" in text and "БИН" not in text  # the header on the cover, in Kazakh only
    for heading in ("Мемлекеттік есептер жинағы", "1. Көрсеткіштер және ұлттық нысаналы мәндер", "2. Контингент",
                    "3. Студенттер қозғалысы", "4. Дуальды оқыту", "5. Демонстрациялық емтихандар",
                    "6. Түлектерді жұмысқа орналастыру", "Директор", "Жасалған күні: 22.11.2026"):
        assert heading in text, heading
    # the figures printed are the service's: 20 of 35 state-order graduates of 2026 employed (57.1 %); further
    # study, military service and parental leave, 6 of 35 (17.1 %), printed beside it with the reading used
    employed = {f.key: f for f in indicators.figures(demo_db, 2026, TODAY)}["employment"]
    assert (employed.numerator, employed.continuing, employed.denominator) == (20, 6, 35) and "57,1" in text
    flat = " ".join(text.split())  # the PDF's lines wrap where the page does
    assert "Жұмысқа орналасқандар: 20 / 35 (57,1%)" in flat
    assert "Жалғастырушылар / жұмысқа шыға алмайтындар (оқу, әскери қызмет, бала күтімі бойынша демалыс): 6 / 35 (17,1%)" in flat
    assert "барлық түлектерден; оқуын жалғастырушылар, әскери қызметтегілер және бала күтімі бойынша демалыстағылар бөлек көрсетіледі" in flat
    graduates = employment.graduates(demo_db, 2026)
    assert graduates[0].name in text and "2026 жылғы түлектер: 50" in text
    assert len(PdfReader(pdf).pages) >= 8


def test_the_demo_pack_in_russian_and_its_workbook(demo_db, tmp_path):
    pdf, xlsx = report_pack.make_pack(demo_db, tmp_path, 2026, "ru", TODAY)
    text = text_of(pdf)
    assert "Пакет государственной отчётности" in text and "Трудоустройство выпускников" in text
    assert "Трудоустроены: 20 / 35 (57,1%)" in " ".join(text.split())
    assert "Показатели по годам, %" in text and "Страница 2 из 12" in text
    book = load_workbook(xlsx)
    names = book.sheetnames
    assert names[0] == "Показатели"
    assert {"Демонстрационные экзамены", "Трудоустройство выпускников", "Выпускники"} <= set(names)
    assert len(names) >= 10  # indicators, 4 contingent, 4 dual, exams, employment, graduates
    indicators_sheet = book[names[0]]
    rows = list(indicators_sheet.iter_rows(min_row=4, values_only=True))
    assert [r[1:3] for r in rows][0] == (20, 35) and rows[6] == (None,) * len(rows[0])  # six indicators, a gap
    # below them, the reading used and the graduates shown beside the employment figure, as numbers
    assert rows[7][0].startswith("Показатель: трудоустроенные в первый год после окончания, от всех выпускников")
    assert rows[8][:4] == ("Продолжают / недоступны для работы", 6, 35, 17.1)
    summary = list(book["Трудоустройство выпускников"].iter_rows(values_only=True))
    assert summary[-1][0].startswith("Показатель: трудоустроенные")
    summary = summary[:-2]
    assert summary[-1][0] == "Итого" and summary[-1][-1] == 50  # all graduates of 2026, by group and status
    assert sum(r[-1] for r in summary[1:-1]) == 50
    listed = list(book["Выпускники"].iter_rows(min_row=2, values_only=True))
    assert len(listed) == 50 and {r[3] for r in listed} >= {"трудоустроен по специальности", "неизвестно"}


def test_a_folder_that_cannot_be_written_leaves_nothing_and_says_so(demo_db, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(ValidationFailed) as error:
        report_pack.make_pack(demo_db, blocked / "pack", 2026, "kk", TODAY)
    assert [p.code for p in error.value.problems] == ["file.cannot_write"]


def test_the_pack_from_the_command_line(demo_db, tmp_path, capsys):
    out = tmp_path / "pack"
    assert cli.main(["--db", str(demo_db.path), "report", "pack", "--year", "2026", "--lang", "ru",
                     "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["pack-2026-ru.pdf", "pack-2026-ru.xlsx"]
    assert "[7/7] done" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="not a date"):
        cli.main(["--lang", "en", "--db", str(demo_db.path), "report", "pack", "--from", "31.12.2026"])
