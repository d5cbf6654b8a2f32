"""The Dual page's save dialogs (the contract, the report, the monitoring sheet) start in the folder the user last
saved to, with the file's own name offered."""
from PySide6.QtWidgets import QFileDialog


def test_each_save_dialog_starts_where_the_last_file_went(make_window, demo_db, monkeypatch, tmp_path):
    page = make_window(demo_db, "ru").page("dual")
    folder = tmp_path / "Договоры"
    folder.mkdir()
    offered = []

    def choose(parent, title, start, filters, *args, **kwargs):
        offered.append(start)
        return str(folder / start.rsplit("/", 1)[-1]), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    page.contracts.selectRow(0)
    number = page.selected_contract().number
    assert page.print_contract().parent == folder
    page.save_report("xlsx")
    page.save_monitoring()
    assert offered[0].endswith(f"Договор {number.replace('/', '-')} (ru).pdf")
    assert offered[1:] == [str(folder / "dual-ru.xlsx"), str(folder / "dual-monitoring.xlsx")]
    assert (folder / "dual-ru.xlsx").exists() and (folder / "dual-monitoring.xlsx").exists()
