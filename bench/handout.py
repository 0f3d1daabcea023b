"""Time to render a three-record handout to PDF (goal: at most 300 ms).

Run from the repository root:  .venv/bin/python bench/handout.py
Uses the shipped catalogue (make catalogue builds it) and real records; prints figures.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from einclusie_app.core.catalogue import Catalogue  # noqa: E402
from einclusie_app.core.hours import BRUSSELS  # noqa: E402
from einclusie_app.core.paths import shipped_catalogue  # noqa: E402
from einclusie_app.render.handout import HandoutRequest, handout_document, write_pdf  # noqa: E402

RECORDS = ("card-stop", "torhout-bib-digipunt", "beernem-covias-digipunt")
RUNS = 15


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(["bench"])
    cat = Catalogue(shipped_catalogue())
    when = dt.datetime(2026, 11, 24, 14, 50, tzinfo=BRUSSELS)
    print(f"three-record handout, {RUNS} runs each (first run, then median / max of the rest)")
    print(f"{'language':<10}{'first ms':>10}{'median ms':>11}{'max ms':>9}{'layout ms':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("pl", "ar", "ti", "nl"):
            req = HandoutRequest(RECORDS, lang, when, "Sociaal Huis")
            times, layout = [], []
            for i in range(RUNS):
                t0 = time.perf_counter()
                write_pdf(cat, req, Path(tmp) / f"{lang}.pdf")
                times.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                handout_document(cat, req)
                layout.append((time.perf_counter() - t0) * 1000)
            rest = times[1:]
            print(f"{lang:<10}{times[0]:>10.0f}{statistics.median(rest):>11.0f}{max(rest):>9.0f}"
                  f"{statistics.median(layout[1:]):>11.0f}")
    print("goal: a three-record handout in at most 300 ms")
    del app


if __name__ == "__main__":
    main()
