"""One start-up measured in a fresh interpreter (spawned by bench/startup.py; not run by hand).

argv: MODE (bare | ours) SPAWN_TIME (the parent's time.time() just before spawning) [CATALOGUE]

Both modes mark "first window painted" the same way: an application-wide event filter sees the
first QEvent.Paint sent to the window or any widget in it, and a zero timer started there fires
once that whole paint pass (and the backing-store flush) is over. ``ours`` starts the window
exactly as einclusie_app.gui.app.run does (QApplication, names, ``WindowHost(path).open()``:
translators, MainWindow, show, then load_catalogue started from the end of the first paint)
and also marks when load_catalogue returned (catalogue open, gazetteer loaded, first search
run) and when the paint that follows it is over ("first results shown"). In ``ours`` the
"window" mark is missing: open() makes and shows the window in one call ("shown").

Prints one JSON line: seconds since spawn for every mark, and ru_maxrss (KiB) at exit.
"""

import time

T_INTERP = time.time()  # first line of Python that runs: interpreter start-up is behind us

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

MODE, SPAWN = sys.argv[1], float(sys.argv[2])
CATALOGUE = sys.argv[3] if len(sys.argv) > 3 else None
marks = {"interp": T_INTERP - SPAWN}


def mark(name: str) -> None:
    marks.setdefault(name, time.time() - SPAWN)


from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

OURS = MODE == "ours"
if OURS:
    from pathlib import Path

    from einclusie_app.gui.app import WindowHost  # noqa: E402
    from einclusie_app.gui.main_window import MainWindow  # noqa: E402,F401  (as open() does)
mark("imports")


class PaintWatch(QObject):
    """Calls ``then`` once the first paint pass that reaches ``window`` after arming is over."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.armed = None

    def arm(self, then) -> None:
        self.armed = then

    def eventFilter(self, obj, event):
        if self.armed is not None and event.type() == QEvent.Type.Paint:
            w = obj.window() if hasattr(obj, "window") and callable(obj.window) else None
            if w is self.window:
                then, self.armed = self.armed, None
                QTimer.singleShot(0, then)
        return False


def finish() -> None:
    marks["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(marks), flush=True)
    QApplication.instance().exit(0)


app = QApplication(sys.argv[:1])
mark("app")
if OURS:
    # Exactly what einclusie_app.gui.app.run does after making the QApplication.
    app.setApplicationName("E-inclusie Wegwijzer")
    app.setOrganizationName("E-inclusie Wegwijzer")
    host = WindowHost(Path(CATALOGUE) if CATALOGUE else None)
    watch = None
    window = host.open()
    mark("shown")
    real_load = window.load_catalogue

    def load_and_mark(*args, **kwargs):
        real_load(*args, **kwargs)
        mark("loaded")
        marks["loaded_before_paint"] = "painted" not in marks
        marks["results"] = window.model.rowCount()
        if "painted" in marks:
            watch.arm(lambda: (mark("results_shown"), finish()))
        else:  # the load ran before the first paint: the first paint shows the results too
            watch.arm(lambda: (painted(), mark("results_shown"), finish()))

    window.load_catalogue = load_and_mark  # open()'s first-paint callback looks it up when it fires
else:
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 700)
    mark("window")
    window.show()
    mark("shown")

watch = PaintWatch(window)
app.installEventFilter(watch)


def painted() -> None:
    mark("painted")
    marks.setdefault("rss_painted_kib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    if MODE == "bare":
        finish()


watch.arm(painted)
QTimer.singleShot(20000, finish)  # never hang
sys.exit(app.exec())
