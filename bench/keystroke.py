"""Keystroke → results painted, in the real window (offscreen), beside a bare Qt baseline.

For each catalogue — the real one built from data/ and synthetic ones of 10k and 100k services
(``bench/synthetic.py``) — the program's MainWindow (1366×768, offscreen) is given the
catalogue and typing is simulated key by key (``QTest.keyClick`` on the search field) for
counter texts: words, prefixes, a typo, an unknown extra word, counter stop words. For each
keystroke the clock runs from just before the key is sent until the results table has painted
the answer to the text as it then stands (the table's ``painted`` signal; the window records
which query its results answer). Keys come every ``--interval`` ms (120: a quick typist) or as
soon as the answer is painted, whichever is later. The place field is empty, then "Gent",
then "Brussel" (radius 15 km).

Three ways, in the same run, on the same rows and the same keys:

* **window** — the program as it is: every key asks the search thread (gui/search_worker.py)
  at once, no debounce; the answer is painted when it comes.
* **window, search on the GUI thread** — the same window with the search run on the GUI thread
  for every key (no debounce): what the search costs when it blocks the keys.
* **bare Qt** — a QLineEdit and a QTableView over a QStandardItemModel of the same services
  (name, kind, place) and a QSortFilterProxyModel that keeps the rows whose name contains the
  text (case-insensitive): Qt's own filtering, in C++, with no ranking, no place and no typo
  help — the floor for "a table that filters as you type".

Besides key → painted (p50 / p95 / max) it reports, per key, the longest time the GUI thread did
not answer (a 1 ms timer's largest gap between the key and the paint: while it is blocked, the
next key waits), p95 over the keys. Goal: key → painted p95
≤ 50 ms at 100k services, with no debounce.

Run from the repository root:  .venv/bin/python -m bench.keystroke  [--sizes 0 10000 100000]
(0 is the real catalogue). ``BENCH_ANY_VERSION=1`` reuses synthetic catalogues built by other
code (see bench/synthetic.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import REPO, percentile, table  # noqa: E402

TEXTS = ["digipunt", "laptop lenen", "itsme", "computerles senioren", "kaart kwijt",
         "itsmee",           # a typo: corrected
         "itsme zwxq",       # an unknown extra word: partial matches
         "hulp bij itsme"]   # counter stop words
PLACES = ["", "Gent", "Brussel"]
GOAL_MS = 50.0
SIZE = (1366, 768)


def catalogue_path(n: int, tmp: Path) -> Path:
    if n == 0:
        from einclusie_app.core.build import build_from_data

        out = tmp / "real.sqlite"
        build_from_data(out, REPO / "data")
        return out
    from bench import synthetic

    return synthetic.cached(n)


class Clock:
    """Times one keystroke: from the key until a paint shows the answer to ``want``."""

    def __init__(self):
        self.want = None
        self.start = 0.0
        self.painted_at: float | None = None
        self.shown = lambda: None

    def paint(self) -> None:
        if self.want is not None and self.painted_at is None and self.shown() == self.want:
            self.painted_at = time.perf_counter()


def type_texts(app, edit, clock: Clock, texts, interval_ms: float, timeout_s: float = 5.0):
    """Type each text key by key into ``edit``; returns [(key→painted ms, GUI blocked ms)]:
    the longest the GUI thread did not answer a 1 ms timer between the key and the paint."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    out = []
    for text in texts:
        edit.setText("")
        settle(app, clock, "", timeout_s)
        for ch in text:
            clock.want = edit.text() + ch
            clock.painted_at = None
            clock.start = time.perf_counter()
            ticks.clear()
            ticks.append(clock.start)
            QTest.keyClick(edit, ch if ch != " " else Qt.Key.Key_Space)
            deadline = clock.start + timeout_s
            while clock.painted_at is None and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.0005)
            if clock.painted_at is None:
                raise RuntimeError(f"no paint for {clock.want!r} within {timeout_s} s")
            marks = [t for t in ticks if t <= clock.painted_at] + [clock.painted_at]
            blocked = max(b - a for a, b in zip(marks, marks[1:]))
            out.append(((clock.painted_at - clock.start) * 1000, blocked * 1000))
            rest = clock.start + interval_ms / 1000 - time.perf_counter()
            while rest > 0:
                app.processEvents()
                time.sleep(min(rest, 0.002))
                rest = clock.start + interval_ms / 1000 - time.perf_counter()
    heartbeat.stop()
    return out


def settle(app, clock: Clock, text: str, timeout_s: float) -> None:
    """Let the field's last change be answered and painted before the next text."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        app.processEvents()
        if clock.shown() == text:
            break
        time.sleep(0.001)
    end = time.perf_counter() + 0.15
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def measure_window(app, path: Path, place: str, interval_ms: float, on_gui_thread: bool):
    from einclusie_app.core.catalogue import Catalogue
    from einclusie_app.gui.main_window import MainWindow

    w = MainWindow()
    w.resize(*SIZE)
    w.show()
    cat = Catalogue(path)
    w.set_catalogue(cat)
    w.tasks.wait()                       # the typo word list is read (as on a counter PC)
    for _ in range(50):
        app.processEvents()
    w.place_edit.setText(place)
    w.run_search()
    if on_gui_thread:                    # every change searched at once, on the GUI thread
        w._timer.timeout.disconnect()
        w._timer.timeout.connect(w.run_search)
    clock = Clock()
    clock.shown = lambda: w.shown_query.text if w.shown_query is not None else None
    w.table.painted.connect(clock.paint)
    w.search_edit.setFocus()
    try:
        return type_texts(app, w.search_edit, clock, TEXTS, interval_ms)
    finally:
        w.close()
        w.deleteLater()
        cat.close()
        for _ in range(20):
            app.processEvents()


def measure_bare(app, path: Path, interval_ms: float):
    """A QLineEdit filtering a QTableView over the same services (names, kind, place)."""
    import sqlite3

    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    rows = conn.execute("SELECT name, kind, place FROM search_row GROUP BY service_id").fetchall()
    conn.close()
    model = QStandardItemModel(0, 3)
    for name, kind, place in rows:
        model.appendRow([QStandardItem(name), QStandardItem(kind), QStandardItem(place or "")])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)

    class View(QTableView):
        hook = None

        def paintEvent(self, event):
            super().paintEvent(event)
            if self.hook is not None:
                self.hook()

    window = QWidget()
    edit = QLineEdit()
    view = View()
    view.setModel(proxy)
    layout = QVBoxLayout(window)
    layout.addWidget(edit)
    layout.addWidget(view)
    window.resize(*SIZE)
    window.show()
    state = {"text": "", "changed": False}

    def changed(*_args) -> None:
        state["changed"] = True

    for signal in (proxy.rowsRemoved, proxy.rowsInserted, proxy.layoutChanged, proxy.modelReset):
        signal.connect(changed)

    def apply(text: str) -> None:
        state["changed"] = False
        proxy.setFilterFixedString(text)
        state["text"] = text
        if not state["changed"]:       # the same rows: nothing to paint, answered now
            clock.paint()

    edit.textChanged.connect(apply)
    clock = Clock()
    clock.shown = lambda: state["text"]
    view.hook = clock.paint
    edit.setFocus()
    try:
        return type_texts(app, edit, clock, TEXTS, interval_ms)
    finally:
        window.close()
        window.deleteLater()
        for _ in range(20):
            app.processEvents()


def summary(label: str, n_label: str, place: str, timings) -> list:
    painted = [t for t, _busy in timings]
    busy = [b for _t, b in timings]
    p95 = percentile(painted, 95)
    return [n_label, place or "—", label, f"{percentile(painted, 50):.1f}", f"{p95:.1f}",
            f"{max(painted):.1f}", f"{percentile(busy, 95):.1f}",
            "yes" if p95 <= GOAL_MS else "no"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[0, 10000, 100000],
                    help="0: the real catalogue built from data/")
    ap.add_argument("--places", nargs="*", default=PLACES)
    ap.add_argument("--interval", type=float, default=120.0, help="ms between keys (at least)")
    ap.add_argument("--no-sync", action="store_true", help="leave out the GUI-thread variant")
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])
    print(f"keystroke → results painted; {len(TEXTS)} texts, {sum(map(len, TEXTS))} keys per "
          f"place; a key every {args.interval:.0f} ms or after its answer; load average "
          f"{os.getloadavg()[0]:.2f}", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="bench-keys-"))
    rows = []
    for n in args.sizes:
        path = catalogue_path(n, tmp)
        from einclusie_app.core.catalogue import Catalogue

        cat = Catalogue(path)
        n_label = f"{cat.count():,}" + (" (real)" if n == 0 else "")
        cat.close()
        rows.append(summary("bare Qt (QSortFilterProxyModel)", n_label, "",
                            measure_bare(app, path, args.interval)))
        print(" | ".join(rows[-1]), flush=True)
        for place in args.places:
            rows.append(summary("window", n_label, place,
                                measure_window(app, path, place, args.interval, False)))
            print(" | ".join(rows[-1]), flush=True)
            if not args.no_sync:
                rows.append(summary("window, search on the GUI thread", n_label, place,
                                    measure_window(app, path, place, args.interval, True)))
                print(" | ".join(rows[-1]), flush=True)
    print()
    print(table(["services", "place", "how", "p50 ms", "p95 ms", "max ms", "GUI blocked p95 ms",
                 f"p95 ≤ {GOAL_MS:.0f}"], rows, align="lllrrrrl"))
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
