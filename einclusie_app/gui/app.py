"""Starting the window: check the environment, show the window, then load the catalogue."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NO_DISPLAY = ("einclusie: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the "
              "window cannot open; run it on a desktop, or use 'einclusie search' here.")


def display_problem() -> str | None:
    """One sentence when no window can open here, instead of Qt's abort; None when fine."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return NO_DISPLAY
    return None


def run(catalogue_path: Path | None = None, argv: list[str] | None = None) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("E-inclusie Wegwijzer")
    app.setOrganizationName("E-inclusie Wegwijzer")
    window = MainWindow()
    window.show()
    # Everything slow happens after the first paint.
    QTimer.singleShot(0, lambda: window.load_catalogue(catalogue_path))
    return app.exec()
