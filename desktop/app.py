"""zhospar: the desktop application.

main(): paths -> logging -> excepthook -> QApplication -> fonts and translations -> database -> window.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from desktop import __version__
from desktop.paths import private_file, resolve_paths

log = logging.getLogger("zhospar")
QUIT_WHEN_SHOWN = "ZHOSPAR_QUIT_WHEN_SHOWN"  # benchmarks and smoke tests: leave once the window is up


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="zhospar", description="Zhospar: plans and records of a TVET college.")
    parser.add_argument("--demo", action="store_true", help="open the demo college (a separate database)")
    parser.add_argument("--db", metavar="PATH|URL", help="open this database instead of your own")
    parser.add_argument("--lang", choices=("kk", "ru", "en"), help="interface language for this run")
    parser.add_argument("--version", action="version", version=f"zhospar {__version__}")
    return parser.parse_args(argv)


def install_excepthook(log_file) -> None:
    """Until the first exception, a stand-in that loads the real handler (and its dialogs) on demand."""

    def first(kind, value, tb):
        from desktop.views.errors import install_excepthook as install_real  # noqa: PLC0415

        install_real(log_file)
        sys.excepthook(kind, value, tb)

    sys.excepthook = first


def start_target(args, paths, last: str = "") -> tuple[str, bool]:
    """Which database to open at start, and whether it is the demo: the one asked for on the command line, else
    the one open when the app was last left (if it is still there), else the user's own."""
    demo = str(paths.demo_db)
    if args.demo:
        return demo, True
    if args.db:
        return args.db, False
    if last and ("://" in last or os.path.exists(last)):
        return last, last == demo
    return str(paths.default_db), False


def open_start_database(target: str, is_demo: bool, paths):
    from desktop.services.database import open_database  # noqa: PLC0415

    if is_demo:
        from desktop.services.demo import build_demo  # noqa: PLC0415

        return build_demo(paths.demo_db, paths.backups)
    return open_database(target, paths.backups, create=target == str(paths.default_db))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = resolve_paths().ensure()
    from desktop.logs import closed_cleanly, setup_logging, watch_for_crash  # noqa: PLC0415

    setup_logging(paths.log_file)
    log.info("zhospar %s starting", __version__)
    crashed_last_time = watch_for_crash(paths.log_file)
    if crashed_last_time:
        log.warning("the last run ended without closing; a crash inside Qt left its stack above")

    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    install_excepthook(paths.log_file)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Zhospar")
    app.setApplicationVersion(__version__)

    from desktop.views.context import AppContext, icon, load_fonts  # noqa: PLC0415
    from desktop.views.i18n import Translations, system_language  # noqa: PLC0415
    from desktop.views.main_window import MainWindow  # noqa: PLC0415
    from desktop.views.settings import AppSettings  # noqa: PLC0415

    app.setFont(load_fonts())
    app.setWindowIcon(icon("zhospar"))
    private_file(paths.settings_file)  # Qt rewrites the file keeping its mode: the owner's alone (recent files)
    settings = AppSettings(paths.settings_file)
    translations = Translations()
    translations.install(args.lang or settings.language(system_language()))
    window = MainWindow(AppContext(paths, settings, translations), loading=True)
    window.show()
    if crashed_last_time:
        from desktop.views.errors import show_last_crash  # noqa: PLC0415

        show_last_crash(window, paths.log_file)
    quit_when_shown = bool(os.environ.get(QUIT_WHEN_SHOWN))
    running: list[bool] = []
    if quit_when_shown:
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        QTimer.singleShot(0, lambda: print("window shown", flush=True))
        # Only while this run's loop runs: a quit asked after it ended would stop every later event loop at once
        window.database_ready.connect(lambda: (print("database shown", flush=True), running and app.quit()))

    def failed(error: BaseException) -> None:
        from desktop.services.errors import DatabaseEnvironmentError  # noqa: PLC0415
        from desktop.views.errors import show_database_problem  # noqa: PLC0415

        if not isinstance(error, DatabaseEnvironmentError):
            raise error
        log.warning("cannot open the start database: %s", error)
        show_database_problem(window, error)
        if quit_when_shown:
            app.exit(2)

    last = settings.last_database()
    target, is_demo = start_target(args, paths, last)
    if last and not args.db and not args.demo and target != last:  # moved or deleted since: say why it is not open
        window.missing_last = last
    window.open_in_background(lambda: open_start_database(target, is_demo, paths), target, is_demo, failed)
    running.append(True)
    code = app.exec()
    running.clear()
    closed_cleanly(paths.log_file)
    return code


if __name__ == "__main__":
    sys.exit(main())
