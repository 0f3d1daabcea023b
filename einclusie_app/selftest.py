"""``einclusie --self-test``: check an installed program on its own files, headless.

Municipal IT runs it after installing (and CI runs it on the bundle and on the installed .deb):
it opens the shipped catalogue, runs searches, shows a client view in Arabic and Tigrinya,
writes a handout PDF in Arabic to a temporary folder, and reports each step. It writes nothing
outside a temporary folder and opens no network connection. Exit code 0 when all is well,
1 with the failing steps named otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

from .core.site import environment


def run(catalogue_path: Path | None = None, out=sys.stdout) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[tuple[str, bool, str]] = []
    state: dict = {}

    def step(name: str, fn: Callable[[], str]) -> None:
        t0 = time.perf_counter()
        try:
            detail = fn() or ""
            ok = True
        except Exception as exc:  # report every failure, keep checking the rest
            detail = f"{type(exc).__name__}: {exc}"
            if environment("EINCLUSIE_DEBUG"):
                detail += "\n" + traceback.format_exc()
            ok = False
        ms = (time.perf_counter() - t0) * 1000
        results.append((name, ok, detail))
        out.write(f"{'ok  ' if ok else 'FAIL'} {name} ({ms:.0f} ms){': ' + detail if detail else ''}\n")

    def open_catalogue() -> str:
        from .core.catalogue import SQLITE_VERSION
        from .core.paths import shipped_catalogue
        from .core.session import Session

        # the installation's own file, as it is (not this PC's local store or updates)
        path = catalogue_path or shipped_catalogue()
        session = Session.open(catalogue=path)
        state["session"] = session
        cat = state["cat"] = session.catalogue
        return f"{path} ({cat.count()} services, SQLite {SQLITE_VERSION})"

    def searches() -> str:
        from .core.search import Query

        cat = state["cat"]
        gent = cat.gazetteer.resolve("Gent").place
        checks = {
            "kaart kwijt": ("card-stop", Query(text="kaart kwijt")),
            "itsme near Gent": (None, Query(text="itsme", place=gent)),
            "laptop": (None, Query(text="laptop")),
        }
        found = []
        for label, (first, query) in checks.items():
            hits = cat.searcher.search(query)
            if not hits:
                raise AssertionError(f"no results for {label!r}")
            if first and hits[0].service_id != first:
                raise AssertionError(f"{label!r} gave {hits[0].service_id} first, not {first}")
            found.append(f"{label}: {len(hits)}")
        if cat.gazetteer.resolve("Antwepren").place is None:
            raise AssertionError("the gazetteer did not forgive 'Antwepren'")
        return "; ".join(found)

    def opening_hours() -> str:
        from .core.hours import BRUSSELS

        cat = state["cat"]
        christmas = dt.datetime(2026, 12, 25, 10, 0, tzinfo=BRUSSELS)
        if cat.opening("vl-1700-infolijn", christmas).open_now is not False:
            raise AssertionError("1700 should be closed on Christmas Day")
        new_year_night = dt.datetime(2027, 1, 1, 3, 0, tzinfo=BRUSSELS)
        if cat.opening("card-stop", new_year_night).open_now is not True:
            raise AssertionError("Card Stop should answer at 03:00 on 1 January")
        return "holidays known"

    def client_view() -> str:
        from PySide6.QtWidgets import QApplication

        from .core.opening import now
        from .core.phrasebook import lines_for, problems
        from .gui.client_view import ClientView

        app = QApplication.instance() or QApplication(["einclusie-self-test"])
        state["app"] = app
        bad = problems()
        if bad:
            raise AssertionError("; ".join(bad[:5]))
        cat = state["cat"]
        sizes = []
        for lang in ("ar", "ti"):
            view = ClientView()
            view.resize(600, 800)
            view.set_lines(lines_for(cat, "card-stop", lang, now()), lang)
            image = view.grab().toImage()
            if image.isNull() or "078 17 01 70" not in view.text():
                raise AssertionError(f"the {lang} client view did not render")
            sizes.append(f"{lang} {image.width()}x{image.height()}")
            view.deleteLater()
        return ", ".join(sizes)

    def handout() -> str:
        from .core.opening import now
        from .render.handout import HandoutRequest, write_pdf

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "self-test.pdf"
            req = HandoutRequest(("card-stop", "vl-1700-infolijn", "torhout-bib-digipunt"), "ar",
                                 now(), "self-test")
            pages = write_pdf(state["cat"], req, path)
            data = path.read_bytes()
            if not data.startswith(b"%PDF") or b"NotoSansArabic" not in data:
                raise AssertionError("the PDF lacks the embedded Arabic font")
            return f"{pages} page(s), {len(data) // 1024} KiB"

    step("catalogue opens", open_catalogue)
    if "cat" in state:
        step("searches", searches)
        step("opening hours", opening_hours)
        step("client view (Arabic, Tigrinya)", client_view)
        step("handout PDF in Arabic", handout)
    if "session" in state:
        state["session"].close()
    failed = [name for name, ok, _ in results if not ok]
    if failed:
        out.write(f"self-test FAILED: {', '.join(failed)}\n")
        return 1
    out.write("self-test passed\n")
    return 0
