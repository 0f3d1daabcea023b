"""Issue 15 in the window: two counters on one record, an import that would remove facts, a
damaged or busy local store, text a person cannot read, and files that once were tracebacks.

Headless and strict, through the real window: dialogs are opened with ``open()`` (never
``exec()``), slow work runs on the window's worker thread and the test waits for it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from einclusie_app.core.session import Session
from einclusie_app.core.site import Site
from einclusie_app.gui.main_window import MainWindow
from einclusie_app.gui.maintainer.common import last_message_box

TODAY = dt.date(2026, 6, 1)


def open_session(folder: Path, catalogue_file: Path, cache: Path, counter: str) -> Session:
    return Session.open(Site(), shipped=catalogue_file, store=folder, cache=cache,
                        counter=counter)


@pytest.fixture
def ws(tmp_path, catalogue_file):
    """Counter B's session: the window's."""
    s = open_session(tmp_path / "store", catalogue_file, tmp_path / "cache-b", "Balie 1")
    yield s
    s.close()


@pytest.fixture
def other(tmp_path, catalogue_file, ws):
    """Counter A: another PC on the same shared store (its own cache)."""
    s = open_session(tmp_path / "store", catalogue_file, tmp_path / "cache-a", "Balie 2")
    yield s
    s.close()


def show(qtbot, session) -> MainWindow:
    w = MainWindow(site=session.site)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.adopt_session(session)
    if getattr(w, "maintainer", None) is not None:
        w.maintainer.today = TODAY
    return w


@pytest.fixture
def window(qtbot, ws):
    w = show(qtbot, ws)
    yield w
    w.tasks.wait()
    w.session = None              # the fixture closes its own session
    w.close()


def search(w: MainWindow, text: str) -> list[str]:
    w.search_edit.setText(text)
    w.run_search()
    return [w.proxy.service_id(w.proxy.index(r, 0)) for r in range(w.proxy.rowCount())]


def message_text() -> str:
    box = last_message_box()
    assert box is not None, "no message box is open"
    return "\n".join((box.text(), box.informativeText(), box.detailedText()))


# -- text a person cannot read, in the staff's words (item 8) ------------------------------------


@pytest.mark.parametrize("text, words", [
    ("Digipunt\x07", "control character (U+0007)"),
    ("Digipunt \u202eenilpleh", "direction mark (U+202E)"),
    ("D" * 400, "400 characters long; at most 300"),
])
def test_text_checks_say_what_is_wrong_in_plain_words(window, text, words):
    ed = window.maintainer.edit_record("card-stop")
    ed.name_edit.setText(text)
    [(path, said)] = [(f.path, f.text) for f in ed.found]
    assert path == "name" and words in said
    assert not ed.save_button.isEnabled()
