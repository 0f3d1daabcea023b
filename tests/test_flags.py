"""At the counter, "this is not right": flags in the store (a migration, logged, undoable, the
date only, nothing about a client), in the session, and through the real window (F6, two clicks,
the detail pane for staff only, never a search term in the store)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from einclusie_app.core import localstore
from einclusie_app.core.localstore import FILE_NAME, STORE_VERSION, LocalStore, StoreError
from einclusie_app.core.session import Session
from einclusie_app.core.site import Site
from einclusie_app.gui.main_window import MainWindow

from test_maintainer_gui import select, unnamed_controls

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def session(tmp_path, catalogue_file):
    s = Session.open(Site(home="Beernem"), shipped=catalogue_file, store=tmp_path / "store",
                     cache=tmp_path / "cache", counter="Balie 2")
    yield s
    s.close()


# -- the store ---------------------------------------------------------------------------------


def test_a_store_of_version_1_gets_the_flags_in_a_migration_and_keeps_its_log(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    conn = sqlite3.connect(folder / FILE_NAME)
    conn.isolation_level = None
    localstore.MIGRATIONS[0](conn)               # a store as version 1 made it
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO change_log (at, counter, record_id, action, fields, before, "
                 "after, note) VALUES ('2026-01-02T10:00:00+00:00', 'Balie 1', 'card-stop', "
                 "'retire', '{}', NULL, NULL, '')")
    conn.close()
    with LocalStore(folder, "Balie 1") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == STORE_VERSION == 2
        old = store.changes()
        assert [c.action for c in old] == ["retire"] and old[0].detail == {}
        change = store.flag("card-stop", "no_answer", on=TODAY)
        assert [f.record_id for f in store.flags()] == ["card-stop"]
        assert change.seq == old[0].seq + 1


def test_a_flag_is_one_logged_change_with_the_date_only_and_undo_takes_it_back(tmp_path):
    with LocalStore(tmp_path / "s", "Balie 2") as store:
        c = store.flag("card-stop", "other", "  de website   bestaat niet meer ", on=TODAY)
        assert c.action == "flag" and c.fields == {} and c.counter == "Balie 2"
        assert c.at == dt.date.today().isoformat()          # no minute: when a client was there
        assert c.detail["flag"] == {"id": 1, "reason": "other",
                                    "text": "de website bestaat niet meer"}
        [f] = store.flags("card-stop")
        assert (f.reason, f.text, f.on, f.counter, f.seq, f.open) == (
            "other", "de website bestaat niet meer", "2026-06-01", "Balie 2", c.seq, True)
        assert store.open_flags() == {"card-stop": (f,)}
        assert store.last_action() == [c.seq]
        [u] = store.undo()
        assert u.undoes == c.seq and u.detail["record_untouched"] and len(u.at) == 10
        assert store.flags() == [] and store.changes()[1].undone
        [again] = store.undo(u.seq)              # an undo can be undone: the flag is back
        assert store.flags()[0].id == f.id and again.undoes == u.seq


@pytest.mark.parametrize("reason, text, words", [
    ("other", "", "Say in a few words"),
    ("other", "x" * 201, "at most 200"),
    ("nonsense", "", "Unknown reason"),
    ("other", "klant 85.07.30-033.61 vond het niet", "national register number"),
    ("other", "rijksregister 85073003361", "national register number"),
])
def test_a_flag_is_refused_when_it_says_too_much_or_nothing(tmp_path, reason, text, words):
    with LocalStore(tmp_path / "s", "Balie 2") as store:
        with pytest.raises(StoreError, match=words):
            store.flag("card-stop", reason, text)
        assert store.flags() == [] and store.changes() == []


def test_a_check_closes_the_flags_in_the_same_change_and_undo_reopens_them(session):
    first = session.flag("beernem-covias-digipunt", "no_answer").value
    session.flag("beernem-covias-digipunt", "hours")
    assert len(session.status.open_flags["beernem-covias-digipunt"]) == 2
    out = session.check_still_right("beernem-covias-digipunt", "phone", by="An (sociale dienst)",
                                    today=TODAY)
    c = out.value
    assert [x.seq for x in out.changes] == [c.seq] and c.action == "checked"
    assert c.check == {"result": "still_right", "how": "phone", "by": "An (sociale dienst)",
                       "on": "2026-06-01"}
    assert c.fields["assured_date"][1] == "2026-06-01"
    assert [x[2]["closed_how"] for x in c.detail["flags"]] == ["still_right"] * 2
    assert session.status.open_flags == {}
    closed = session.flags(open_only=False)
    assert {(f.closed_on, f.closed_by, f.closed_seq) for f in closed} == {
        ("2026-06-01", "Balie 2", c.seq)}
    # the flag cannot be undone on its own now: it was dealt with later
    with pytest.raises(StoreError, match=f"undo change {c.seq} first"):
        session.undo(first.seq)
    session.undo()
    assert len(session.status.open_flags["beernem-covias-digipunt"]) == 2
    assert session.record("beernem-covias-digipunt").assured_date == "2023-12"


def test_changed_and_ended_are_one_change_each_and_not_a_problem_closes_flags(session):
    from dataclasses import replace

    session.flag("beernem-bib-digipunt", "moved")
    record = session.record("beernem-bib-digipunt")
    c = session.check_changed(replace(record, hours_text="zaterdag 10-12 uur"), "visit",
                              loaded=record, today=TODAY).value
    assert c.action == "correct" and c.check["result"] == "changed"
    assert session.record("beernem-bib-digipunt").assured_date == "2026-06-01"
    assert session.flags() == []
    e = session.check_ended("beernem-ldc-mirte-digipunt", "gestopt in 2026", "email",
                            today=TODAY).value
    assert e.action == "retire" and e.note == "gestopt in 2026" and e.check["how"] == "email"
    assert session.state("beernem-ldc-mirte-digipunt") == "retired"
    session.flag("card-stop", "other", "nummer gewijzigd?")
    d = session.dismiss_flags("card-stop").value
    assert d.action == "flags_closed" and d.fields == {} and session.flags() == []
    assert [f.closed_how for f in session.flags("card-stop", open_only=False)] == ["dismissed"]
    with pytest.raises(StoreError, match="is not shown here"):
        session.flag("beernem-ldc-mirte-digipunt", "moved")


# -- the window --------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, session, settle):
    w = MainWindow(site=session.site)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.adopt_session(session)
    yield w
    w.tasks.wait()
    w.session = None
    w.close()


def test_a_flag_never_holds_the_search_or_anything_about_the_client(qtbot, settle, window,
                                                                    session):
    secret = "xylofoonzebra"
    window.place_edit.setText("Oedelem")
    select(window, f"kaart kwijt {secret}", "card-stop")        # partial matches find it
    dialog = window.flagger.open()
    dialog.buttons["no_answer"].click()                          # the second click
    settle(window)
    assert not dialog.isVisible() and dialog.outcome.value.action == "flag"
    assert [f.reason for f in session.flags("card-stop")] == ["no_answer"]
    files = [p for p in (session.folder).rglob("*") if p.is_file()]
    assert files and any(p.name == FILE_NAME for p in files)
    for path in files:
        data = path.read_bytes()
        for word in (secret, "kaart kwijt", "kwijt", "Oedelem"):
            assert word.encode() not in data, (path, word)
    # what the store holds of the flag: the record, the reason, the date, the counter
    row = session.store.conn.execute("SELECT * FROM flag").fetchone()
    assert row[1:6] == ("card-stop", "no_answer", "", dt.date.today().isoformat(), "Balie 2")


def test_f9_opens_the_dialog_and_the_keyboard_alone_sends_a_flag(qtbot, settle, window,
                                                                 session):
    from einclusie_app.gui.flag import SHORTCUT, FlagDialog

    select(window, "digipunt covias", "beernem-covias-digipunt")
    assert window.flagger.action.shortcut().toString() == SHORTCUT
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F6)
    dialog = window.flagger.dialog
    assert isinstance(dialog, FlagDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.buttons["no_answer"].hasFocus()
    assert unnamed_controls(dialog) == []
    note = next(lbl for lbl in dialog.findChildren(type(dialog.already))
                if lbl.accessibleName() == "Privacy note")
    assert "Write nothing about the client" in note.text() and note.isVisible()
    qtbot.keyClick(dialog.buttons["no_answer"], Qt.Key.Key_Tab)
    assert dialog.buttons["moved"].hasFocus()
    qtbot.keyClick(dialog.buttons["moved"], Qt.Key.Key_Space)
    settle(window)
    assert [f.reason for f in session.flags()] == ["moved"]
    # "something else" with a short text, from the keyboard
    dialog = window.flagger.open()
    dialog.other_edit.setFocus()
    qtbot.keyClicks(dialog.other_edit, "website werkt niet")
    qtbot.keyClick(dialog.other_edit, Qt.Key.Key_Return)
    settle(window)
    assert [(f.reason, f.text) for f in session.flags()] == [
        ("moved", ""), ("other", "website werkt niet")]


def test_the_action_is_in_the_menu_and_the_details_context_menu(qtbot, window):
    act = window.flagger.action
    menus = [o for o in act.associatedObjects() if type(o).__name__ == "QMenu"]
    assert menus and window.show_client_action in menus[0].actions()
    select(window, "card stop", "card-stop")
    assert act.isEnabled()
    window.detail.customContextMenuRequested.emit(window.detail.rect().center())
    menu = window.flagger.context_menu
    assert act in menu.actions() and menu.isVisible()
    menu.close()
    window.table.clearSelection()
    window.table.setCurrentIndex(window.proxy.index(-1, -1))
    window.flagger.update()
    assert not act.isEnabled() and "Choose a result first" in act.toolTip()


def test_a_flagged_record_shows_its_flags_to_staff_only_until_dealt_with(qtbot, settle, window,
                                                                         session):
    from einclusie_app.core.phrasebook import lines_for

    select(window, "digipunt covias", "beernem-covias-digipunt")
    dialog = window.flagger.open()
    dialog.buttons["hours"].click()
    settle(window)
    assert window.current_service_id() == "beernem-covias-digipunt"
    text = window.detail.toPlainText()
    assert "Reported as not right at a counter" in text and "the hours are wrong" in text
    assert "Balie 2" in text
    for lang in ("nl", "en", "ar"):          # the client's view never shows it
        lines = " ".join(ln.text for ln in lines_for(window.catalogue,
                                                     "beernem-covias-digipunt", lang,
                                                     dt.datetime(2026, 6, 1, 10)))
        assert "hours are wrong" not in lines and "Balie 2" not in lines
    # the dialog says it is noted already, and the flag made here today can be withdrawn
    dialog = window.flagger.open()
    assert "Already noted" in dialog.already.text() and dialog.withdraw_button.isVisible()
    dialog.withdraw()
    settle(window)
    assert session.flags() == [] and "Reported as not right" not in window.detail.toPlainText()
    assert session.changes()[0].action == "undo"


def test_without_a_store_the_action_is_off_and_says_why(qtbot, settle, catalogue_file):
    w = MainWindow()
    qtbot.addWidget(w)
    w.load_catalogue(catalogue_file)
    settle(w)
    try:
        select(w, "card stop", "card-stop")
        assert not w.flagger.action.isEnabled()
        assert "no local store" in w.flagger.action.toolTip()
        assert w.flagger.open() is None
    finally:
        w.close()


def test_the_dialog_speaks_dutch_and_french(qtbot, window):
    from einclusie_app.gui.i18n import install_translators

    select(window, "card stop", "card-stop")
    try:
        for code, words in (("nl", "Schrijf niets over de cliënt"),
                            ("fr", "N'écrivez rien sur le client")):
            install_translators(code)
            dialog = window.flagger.open()
            texts = " ".join(lbl.text() for lbl in dialog.findChildren(type(dialog.already)))
            assert words in texts, texts
            assert "Write nothing" not in texts
            dialog.reject()
    finally:
        install_translators("en")


def test_nothing_is_noted_when_the_store_refuses(qtbot, settle, window, session):
    select(window, "card stop", "card-stop")
    dialog = window.flagger.open()
    dialog.other_edit.setText("rijksregisternummer 85.07.30-033.61")
    dialog.send("other")
    settle(window)
    assert dialog.isVisible() and "national register number" in dialog.message.text()
    assert session.flags() == []
    dialog.reject()


def test_the_store_file_name_is_the_one_the_test_greps(session):
    assert Path(session.store.path).name == FILE_NAME
