"""Starting the window: check the environment, show the window, then load the catalogue."""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: For bench/bundle.py: when set (to the spawn time), print when the window was first painted
#: and when the first results were shown, then quit. Nothing else reads it.
STARTUP_PROBE = "EINCLUSIE_STARTUP_PROBE"  # declared in core.site.ENVIRONMENT

NO_DISPLAY = ("einclusie: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
              "window cannot open; run it on a desktop, or use 'einclusie search' here.")


def display_problem() -> str | None:
    """One sentence when no window can open here, instead of Qt's abort; None when fine."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return NO_DISPLAY
    return None


def run(catalogue_path: Path | None = None, argv: list[str] | None = None, site=None) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("E-inclusie Wegwijzer")
    app.setOrganizationName("E-inclusie Wegwijzer")
    from ..core.site import Site, portable, data_dir

    if portable():
        # a USB stick: settings beside the program, never in the PC's profile
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir()))
    host = WindowHost(catalogue_path, site or Site())
    window = host.open()
    from ..core.site import environment

    if environment(STARTUP_PROBE):
        _probe(window)
    return app.exec()


def _probe(window) -> None:
    """Print the first paint and the first results as JSON lines, then quit (benchmarks)."""
    import json
    import resource
    import time

    from PySide6.QtCore import QCoreApplication, QTimer

    def mark(name: str) -> None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"mark": name, "t": time.time(), "rss_mib": rss}), flush=True)

    after_first_paint(window, lambda: mark("painted"))
    loaded = window.set_catalogue

    def set_and_mark(catalogue) -> None:
        loaded(catalogue)
        QTimer.singleShot(0, lambda: (mark("results"), QCoreApplication.quit()))

    window.set_catalogue = set_and_mark


def after_first_paint(widget, callback) -> None:
    """Run ``callback`` once, just after ``widget`` has been painted for the first time."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, callback)
                self.deleteLater()
            return False

    widget.installEventFilter(_FirstPaint(widget))


class WindowHost:
    """Owns the main window; builds it again when the staff switch the interface language."""

    def __init__(self, catalogue_path: Path | None = None, site=None):
        from ..core.site import Site

        self.catalogue_path = catalogue_path
        self.site = site or Site()
        self.window = None
        self._told = False

    def open(self, state: dict | None = None, catalogue=None):
        from .i18n import install_translators
        from .main_window import MainWindow

        install_translators()
        window = MainWindow(site=self.site)
        window.language_switch_requested.connect(self.switch_language)
        if not self._told:
            # a broken site file is said once, plainly, and the program goes on
            window.announce_site_problems()
            self._told = True
        window.show()
        self.window = window
        if catalogue is not None:
            window.adopt(catalogue)
            window.restore_state(state or {})
        else:
            # Everything slow happens after the first paint (a zero timer started after show()
            # can fire before it: wait for the paint itself).
            after_first_paint(window, lambda: window.load_catalogue(self.catalogue_path))
        return window

    def switch_language(self, code: str) -> None:
        from .i18n import set_ui_language

        old = self.window
        set_ui_language(code)
        state = old.save_state()
        catalogue = old.take_catalogue()
        self.open(state, catalogue)
        old.close()
        old.deleteLater()
