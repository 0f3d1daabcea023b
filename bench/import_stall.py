"""The window's longest pause while it imports 10,000 services.

The window (offscreen) opens the real catalogue with an empty local store; the synthetic
catalogue of ``n`` services (``bench/synthetic.py``) is exported as HSDS JSON and imported
through the Import dialog: check, then import, until the first imported record is shown. A
QTimer ticking every 5 ms on the GUI thread records the gaps between ticks (a gap is a time the
window could not paint, type or search), and a search is typed every 200 ms meanwhile.

Before issue 11 everything ran on the GUI thread: the longest gap was the whole check and the
whole import (17.5 s at 10k, load 4.2). Figures depend heavily on the load of the machine
(the worker and the GUI thread share two cores with everything else); the load average is
printed. One remaining pause is known: reading a 68 MB JSON file is one json.loads call, which
holds Python's GIL for about a second.

Run from the repository root:  .venv/bin/python -m bench.import_stall  [--n 10000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import percentile  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10000)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench-stall-"))
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        os.environ[var] = str(tmp / var.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        return run(args.n, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(n: int, tmp: Path) -> int:
    from bench import synthetic
    from einclusie_app.core import hsds
    from einclusie_app.core.catalogue import Catalogue

    cat = Catalogue(synthetic.cached(n))
    path, count = hsds.export_json(cat, tmp / "export")
    cat.close()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from einclusie_app.core.site import Site
    from einclusie_app.gui.main_window import MainWindow

    app = QApplication(["bench"])
    (tmp / "store").mkdir()
    win = MainWindow(site=Site(local_store=tmp / "store"))
    win.resize(1366, 768)
    win.show()

    def wait(pred, timeout=900.0, settle=0.05):
        t0 = time.perf_counter()
        until = t0 + settle
        while not pred() or time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() - t0 > timeout:
                raise TimeoutError

    print(f"import of {count:,} services (HSDS JSON, {path.stat().st_size / 1e6:.0f} MB); "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)
    win.load_catalogue()
    wait(lambda: win.catalogue is not None and win.tasks.is_idle())
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    searches: list[float] = []

    def search() -> None:
        t = time.perf_counter()
        win.search_edit.setText("digipunt" if len(searches) % 2 else "laptop")
        win.run_search()
        searches.append(time.perf_counter() - t)

    timer, probe = QTimer(), QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    probe.setInterval(200)
    probe.timeout.connect(search)
    dialog = win.maintainer.show_import(path)
    t0 = time.perf_counter()
    last[0] = t0
    timer.start()
    probe.start()
    dialog.check()
    wait(lambda: win.tasks.is_idle() and (dialog.import_button.isEnabled() or dialog.problems))
    t1 = time.perf_counter()
    dialog.do_import()
    first = "syn-000001"
    wait(lambda: win.tasks.is_idle() and win.catalogue.service(first) is not None)
    t2 = time.perf_counter()
    timer.stop()
    probe.stop()
    print(f"check {t1 - t0:.1f} s, import until shown {t2 - t1:.1f} s")
    print(f"GUI-thread gaps: longest {max(gaps) * 1000:.0f} ms, p99 "
          f"{percentile(gaps, 99) * 1000:.0f} ms, over 100 ms: {sum(g > 0.1 for g in gaps)} "
          f"of {len(gaps)} ticks")
    print(f"searches typed meanwhile: {len(searches)}, median "
          f"{percentile(searches, 50) * 1000:.0f} ms, slowest {max(searches) * 1000:.0f} ms")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    win.tasks.wait()
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
