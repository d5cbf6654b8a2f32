"""A catalogue compiled again (or reinstalled) while the app runs: the running app keeps its texts and does not crash.
Qt had mapped the .qm file and read it in place; lrelease rewrites it in place, and the next translated text died
inside Qt (a bus error or a segfault, no dialog; seen as "Fatal Python error" in the every-button walk)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.catalogs import find_tool
from desktop.paths import resource_path
from desktop.views import i18n

SOURCES = Path(__file__).resolve().parents[2] / "i18n"
APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from desktop.views import i18n
app = QCoreApplication([])
i18n.catalogue_folder = lambda: Path(sys.argv[1])
i18n.Translations().install("kk")
for _step in iter(sys.stdin.readline, ""):
    print(QCoreApplication.translate("Navigation", "Curricula"), flush=True)
"""


def test_a_catalogue_written_over_meanwhile_crashes_no_running_app(tmp_path):
    """In a separate process (a crash would take the test run down): lrelease writes over the file in place, then
    the file is emptied, while the app translates."""
    shutil.copy(resource_path("i18n", "zhospar_kk.qm"), tmp_path)
    with subprocess.Popen([sys.executable, "-c", APP, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True, encoding="utf-8", cwd=SOURCES.parent) as app:
        def shown() -> str:
            app.stdin.write("\n")
            app.stdin.flush()
            return app.stdout.readline().strip()

        assert shown() == "Оқу жоспарлары"
        subprocess.run([find_tool("lrelease"), "-silent", str(SOURCES / "zhospar_ru.ts"), "-qm",
                        str(tmp_path / "zhospar_kk.qm")], check=True)
        assert shown() == "Оқу жоспарлары"
        (tmp_path / "zhospar_kk.qm").write_bytes(b"")  # as a compile starts: truncated under the running app
        assert shown() == "Оқу жоспарлары"
        app.stdin.close()
        app.wait(timeout=60)
    assert app.returncode == 0


def test_a_switch_reads_the_catalogue_as_it_is_now(qapp, tmp_path, monkeypatch):
    for language in ("kk", "ru"):
        shutil.copy(resource_path("i18n", f"zhospar_{language}.qm"), tmp_path)
    monkeypatch.setattr(i18n, "catalogue_folder", lambda: tmp_path)
    translations = i18n.Translations()
    try:
        translations.install("kk")
        assert QCoreApplication.translate("Navigation", "Curricula") == "Оқу жоспарлары"
        translations.install("ru")
        assert QCoreApplication.translate("Navigation", "Curricula") not in ("Curricula", "Оқу жоспарлары")
        (tmp_path / "zhospar_kk.qm").unlink()  # gone: English rather than a failure
        translations.install("kk")
        assert QCoreApplication.translate("Navigation", "Curricula") == "Curricula"
    finally:
        translations.install("en")
