"""The window keeps answering while it imports 10,000 services: the check and the import run off
the GUI thread (gui/tasks.py), and a search typed meanwhile shows its results at once."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer

from einclusie_app.core.session import Session
from einclusie_app.core.site import Site
from einclusie_app.gui.main_window import MainWindow

N = 10_000
HEADER = "naam,soort,postcode,gemeente,telefoon,uren,bron_url"


def synthetic_sheet(path: Path) -> Path:
    """10,000 made-up help points in one spreadsheet (test data only, never shipped)."""
    rows = [f"Testpunt {i:05d},digipunt,8730,Beernem,050 12 34 56,ma 09:00-12:00,"
            f"https://example.invalid/test/{i}" for i in range(N)]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def results(w) -> list[str]:
    return [w.proxy.service_id(w.proxy.index(r, 0)) for r in range(w.proxy.rowCount())]


def search_while_busy(qtbot, w, text: str, expect: str) -> float:
    """Type ``text`` while the worker is busy; the results show before the work is done.
    Returns how long the results took."""
    assert w.tasks.busy()
    w.search_edit.clear()
    t0 = time.perf_counter()
    qtbot.keyClicks(w.search_edit, text)
    qtbot.waitUntil(lambda: expect in results(w), timeout=5000)
    took = time.perf_counter() - t0
    assert w.tasks.busy(), "the work ended before the search could be tried"
    return took


def test_a_search_answers_while_10000_services_are_checked_and_imported(qtbot, tmp_path,
                                                                         catalogue_file):
    session = Session.open(Site(), shipped=catalogue_file, store=tmp_path / "store",
                           cache=tmp_path / "cache", counter="Balie 1")
    w = MainWindow(site=session.site)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.adopt_session(session)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        dialog = w.maintainer.show_import(synthetic_sheet(tmp_path / "aanbod.csv"))
        dialog.check()
        assert search_while_busy(qtbot, w, "card stop", "card-stop") < 2
        qtbot.waitUntil(w.tasks.is_idle, timeout=120_000)
        assert dialog.problems == [] and len(dialog.report.added) == N
        assert dialog.do_import()
        assert search_while_busy(qtbot, w, "kaart kwijt", "card-stop") < 2
        qtbot.waitUntil(w.tasks.is_idle, timeout=300_000)
        assert session.store.count() == N
        w.search_edit.setText("testpunt 09999")
        w.run_search()
        assert results(w)[0] == "testpunt-09999-8730"
    finally:
        timer.stop()
        w.tasks.wait()
        w.close()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    # a frame or two at most, never seconds (before: 17.5 s of frozen window)
    assert max(gaps) < 2.0, max(gaps)
