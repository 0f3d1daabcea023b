"""Issue 15 in the window: two counters on one record, an import that would remove facts, a
damaged or busy local store, text a person cannot read, and files that once were tracebacks.

Headless and strict, through the real window: dialogs are opened with ``open()`` (never
``exec()``), slow work runs on the window's worker thread and the test waits for it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
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


# -- two counters, one record (item 3) ----------------------------------------------------------


def rows_of(dialog) -> dict[str, list[str]]:
    t = dialog.table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, 5)]
            for r in range(t.rowCount())}


def test_the_second_counter_sees_both_versions_chooses_and_the_store_keeps_both(
        settle, window, ws, other):
    ed = window.maintainer.edit_record("card-stop")           # B opens the record
    loaded = other.record("card-stop")
    other.save(replace(loaded, alert="Nummer nagekeken", hours_text="dag en nacht"),
               loaded=loaded)                                 # A saves first
    ed.description_edit.setPlainText("Blokkeer je bankkaart meteen.")
    ed.hours_text_edit.setText("24 uur op 24")
    assert ed.save()
    settle(window)
    dialog = ed.conflict_dialog
    assert dialog is not None and dialog.isVisible() and ed.isVisible()
    assert ws.record("card-stop").description == loaded.description     # nothing stored yet
    assert "Balie 2" in dialog.intro.text()
    rows = rows_of(dialog)
    # loaded, theirs, mine, what
    assert rows["Warning for staff"][1:] == ["Nummer nagekeken", "—", "changed by them: kept"]
    assert rows["Description"][2] == "Blokkeer je bankkaart meteen."
    assert rows["Description"][3] == "changed by you: kept"
    assert rows["Hours as the source gave them"][0] == loaded.hours_text
    assert rows["Hours as the source gave them"][1:3] == ["dag en nacht", "24 uur op 24"]
    assert "both changed" in rows["Hours as the source gave them"][3]
    assert list(dialog.picks) == ["hours_text"]
    assert not dialog.save_button.isEnabled() and "1 field" in dialog.status.text()
    dialog.pick("hours_text", "mine")
    assert dialog.save_button.isEnabled()
    assert dialog.save_combined()
    settle(window)
    stored = ws.record("card-stop")
    assert stored.alert == "Nummer nagekeken"                       # theirs, kept
    assert stored.description == "Blokkeer je bankkaart meteen."    # mine
    assert stored.hours_text == "24 uur op 24"                      # mine, chosen
    assert not dialog.isVisible() and not ed.isVisible()
    change = ws.changes("card-stop")[0]
    assert change.counter == "Balie 1" and set(change.fields) == {"description", "hours_text"}
    assert "Blokkeer je bankkaart meteen." in window.catalogue.service("card-stop").record.description


def test_keeping_theirs_drops_mine_and_the_window_shows_theirs(settle, window, ws, other):
    ed = window.maintainer.edit_record("card-stop")
    loaded = other.record("card-stop")
    other.save(replace(loaded, cost="gratis (nagekeken)"), loaded=loaded)
    ed.cost_edit.setText("betalend")
    ed.save()
    settle(window)
    dialog = ed.conflict_dialog
    assert list(dialog.picks) == ["cost"]
    dialog.keep_theirs()
    settle(window)
    assert not ed.isVisible() and ws.record("card-stop").cost == "gratis (nagekeken)"
    assert window.catalogue.service("card-stop").record.cost == "gratis (nagekeken)"
    assert "Balie 2" in window.statusBar().currentMessage()


def test_a_record_retired_meanwhile_is_left_retired_or_saved_again(settle, window, ws, other):
    ed = window.maintainer.edit_record("card-stop")
    other.retire("card-stop", "gestopt?")
    ed.cost_edit.setText("gratis")
    ed.save()
    settle(window)
    dialog = ed.conflict_dialog
    assert "retired" in dialog.intro.text() and "Balie 2" in dialog.intro.text()
    assert dialog.mine_button.isVisible() and not dialog.save_button.isVisible()
    assert list(rows_of(dialog)) == ["Cost"]
    assert dialog.save_mine()
    settle(window)
    assert ws.state("card-stop") == "corrected" and ws.record("card-stop").cost == "gratis"


def test_a_third_change_in_between_shows_the_versions_again(settle, window, ws, other):
    ed = window.maintainer.edit_record("card-stop")
    first = other.record("card-stop")
    other.save(replace(first, cost="A"), loaded=first)
    ed.cost_edit.setText("B")
    ed.save()
    settle(window)
    dialog = ed.conflict_dialog
    dialog.pick("cost", "mine")
    second = other.record("card-stop")
    other.save(replace(second, cost="C", audience="iedereen"), loaded=second)
    dialog.save_combined()
    settle(window)
    assert dialog.isVisible() and "again" in dialog.status.text()
    assert rows_of(dialog)["Cost"][1:3] == ["C", "B"]
    dialog.pick("cost", "mine")
    dialog.save_combined()
    settle(window)
    stored = ws.record("card-stop")
    assert (stored.cost, stored.audience) == ("B", "iedereen")


def test_the_editor_keeps_fields_it_has_no_control_for(settle, window, ws):
    base = ws.record("card-stop")
    extra = {"accreditations": [{"name": "Erkend door FOD"}], "licenses": "none"}
    ws.save(replace(base, hsds_extra=extra, aliases=["cardstop"]))
    window.maintainer.changed()
    settle(window)
    ed = window.maintainer.edit_record("card-stop")
    assert not ed.ended_check.isChecked()
    ed.ended_check.setChecked(True)
    ed.alert_edit.setText("Financiering loopt af eind 2026")
    assert ed.save()
    settle(window)
    stored = ws.record("card-stop")
    assert stored.may_have_ended and stored.alert == "Financiering loopt af eind 2026"
    assert stored.hsds_extra == extra and stored.aliases == ["cardstop"]
    ed = window.maintainer.edit_record("card-stop")
    assert ed.ended_check.isChecked()
    ed.cost_edit.setText("gratis")
    assert ed.save()
    settle(window)
    stored = ws.record("card-stop")
    assert stored.may_have_ended and stored.hsds_extra == extra and stored.cost == "gratis"
    assert "may_have_ended" not in ws.changes("card-stop")[0].fields


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


# -- an import that would remove facts (item 2) ------------------------------------------------

SHEET = "id,naam,soort,straat,huisnummer,postcode,gemeente,telefoon,bron_url"


def sheet(tmp_path: Path, name: str, *rows: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([SHEET, *rows]) + "\n", encoding="utf-8")
    return path


def check(window, settle, path: Path):
    dialog = window.maintainer.show_import(path)
    dialog.check()
    settle(window)
    return dialog


def removal_rows(dialog) -> list[list[str]]:
    m = dialog.removals_model
    return [[m.index(r, c).data() for c in range(4)] for r in range(m.rowCount())]


@pytest.fixture
def imported(settle, window, ws, tmp_path):
    """Two records imported with a street and a phone each."""
    first = sheet(tmp_path, "a.csv",
                  "test-a,Digipunt A,digipunt,Markt,1,8730,Beernem,050 12 34 56,"
                  "https://www.beernem.be",
                  "test-b,Digipunt B,digipunt,Markt,2,8730,Beernem,050 12 34 57,"
                  "https://www.beernem.be")
    dialog = check(window, settle, first)
    assert dialog.removals_model.rowCount() == 0 and not dialog.choice_box.isVisible()
    assert dialog.do_import()
    settle(window)
    dialog.close()
    assert ws.record("test-a").phones[0].number == "050 12 34 56"


def test_an_import_lacking_facts_lists_them_and_keeps_them_by_default(settle, window, ws,
                                                                      tmp_path, imported):
    # the phone column left empty, and the name of A changed
    lacking = sheet(tmp_path, "b.csv",
                    "test-a,Digipunt A (bib),digipunt,Markt,1,8730,Beernem,,"
                    "https://www.beernem.be",
                    "test-b,Digipunt B,digipunt,Markt,2,8730,Beernem,,https://www.beernem.be")
    dialog = check(window, settle, lacking)
    assert removal_rows(dialog) == [
        ["Digipunt A (bib) (test-a)", "Phones", "050 12 34 56", "b.csv row 2"],
        ["Digipunt B (test-b)", "Phones", "050 12 34 57", "b.csv row 3"]]
    assert dialog.removals_table.isVisible() and dialog.choice_box.isVisible()
    assert "2 record" in dialog.summary.text() and "lack facts" in dialog.summary.text()
    assert dialog.keep_radio.isChecked() and not dialog.remove_radio.isChecked()   # safe default
    assert dialog.import_button.isEnabled() and "keeping" in dialog.import_button.text()
    assert dialog.do_import()
    settle(window)
    a, b = ws.record("test-a"), ws.record("test-b")
    assert a.name == "Digipunt A (bib)" and a.phones[0].number == "050 12 34 56"
    assert b.phones[0].number == "050 12 34 57"
    assert "kept" in dialog.summary.text()
    # the same file again, now choosing to remove: explicit, and said on the button
    dialog.check()
    settle(window)
    assert [r[0] for r in removal_rows(dialog)] == ["Digipunt A (bib) (test-a)",
                                                    "Digipunt B (test-b)"]
    dialog.remove_radio.setChecked(True)
    assert "removing 2 fact" in dialog.import_button.text()
    assert dialog.do_import()
    settle(window)
    assert ws.record("test-a").phones == [] and ws.record("test-b").phones == []
    assert "2 fact" in dialog.summary.text() and "removed" in dialog.summary.text()
    assert window.maintainer.undo_last()                 # one action: the phones come back
    settle(window)
    assert ws.record("test-b").phones[0].number == "050 12 34 57"


def test_a_fact_that_cannot_be_kept_leaves_the_choice_to_the_maintainer(settle, window, ws,
                                                                        tmp_path, imported):
    # B moved to Brugge and the file has no street: its Beernem street cannot be kept
    moved = sheet(tmp_path, "c.csv",
                  "test-a,Digipunt A,digipunt,Markt,1,8730,Beernem,050 12 34 56,"
                  "https://www.beernem.be",
                  "test-b,Digipunt B,digipunt,,,8000,Brugge,050 12 34 57,"
                  "https://www.beernem.be")
    before = ws.store.dump()
    dialog = check(window, settle, moved)
    rows = removal_rows(dialog)
    assert [r[:2] for r in rows] == [["Digipunt B (test-b)", "Addresses, row 1, street"],
                                    ["Digipunt B (test-b)", "Addresses, row 1, house number"]]
    assert not dialog.keep_radio.isEnabled() and dialog.cannot_label.isVisible()
    assert "cannot be kept" in dialog.cannot_label.text()
    assert not dialog.keep_radio.isChecked() and not dialog.remove_radio.isChecked()
    assert not dialog.import_button.isEnabled() and not dialog.do_import()
    assert ws.store.dump() == before
    dialog.remove_radio.setChecked(True)
    assert dialog.do_import()
    settle(window)
    assert ws.record("test-b").locations[0].postcode == "8000"


def test_what_the_reader_inferred_is_shown_in_the_check(settle, window, tmp_path):
    import json

    path = tmp_path / "services.json"
    path.write_text(json.dumps([{
        "id": "5b1f1c43-7f0a-4b7e-9d40-1c7b2a2f3e11", "name": "Laptop lenen Zedelgem",
        "description": "Leen een laptop bij de bibliotheek.", "status": "active"}]),
        encoding="utf-8")
    dialog = window.maintainer.show_import(path)
    dialog.source_edit.setText("https://www.zedelgem.be/laptop")
    dialog.check()
    settle(window)
    assert dialog.notes_table.isVisible() and dialog.notes_model.rowCount() >= 1
    said = [dialog.notes_model.index(r, 2).data() for r in range(dialog.notes_model.rowCount())]
    assert any(s.startswith("Kind of help “Device loan” inferred from the words: ")
               and "laptop" in s for s in said), said
    assert "inferred 1 thing" in dialog.notes_label.text()


# -- a damaged or busy local store (items 4 and 7) --------------------------------------------


def shut(w: MainWindow, session: Session) -> None:
    w.tasks.wait()
    w.close()
    w.session = None
    session.close()


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def store_with_a_record(folder: Path, catalogue_file: Path, cache: Path) -> None:
    s = open_session(folder, catalogue_file, cache, "Balie 2")
    try:
        r = s.record("card-stop")
        s.save(replace(r, name="Card Stop (lokaal nagekeken)"))
    finally:
        s.close()


def damage(path: Path, how: str) -> None:
    raw = bytearray(path.read_bytes())
    if how == "empty":
        raw = bytearray()
    elif how == "cut":
        raw = raw[: len(raw) // 2 + 123]
    elif how == "pages":
        page = int.from_bytes(raw[16:18], "big")
        for n in range(2, len(raw) // page):                  # every b-tree page's type byte
            raw[n * page] = 0x55
    elif how == "header":
        raw[:16] = b"NOT SQLITE AT AL"
    elif how == "foreign":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE addresses (name, street)")
        conn.commit()
        conn.close()
        return
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("how, words", [
    ("empty", "empty (0 bytes)"), ("cut", "cut off"), ("pages", "damaged pages"),
    ("header", "not a local store file"), ("foreign", "another program's database")])
def test_a_damaged_store_is_said_kept_and_the_shipped_catalogue_shown(
        qtbot, settle, tmp_path, catalogue_file, how, words):
    folder = tmp_path / "store"
    store_with_a_record(folder, catalogue_file, tmp_path / "cache-a")
    damage(folder / "local.sqlite", how)
    before = files(folder)
    session = open_session(folder, catalogue_file, tmp_path / "cache-b", "Balie 1")
    w = show(qtbot, session)
    try:
        status = w.statusBar().currentMessage()
        assert "damaged" in status and words in status and "local.sqlite" in status
        said = message_text()                     # a counter cannot miss it
        assert words in said and "restore" in said.lower()
        assert "backup" in said and "docs/local-store.md" in said
        assert "card-stop" in search(w, "card stop")          # the shipped catalogue runs
        assert w.catalogue.service("card-stop").name == "Card Stop"
        assert not w.maintainer.edit_action.isEnabled()
        assert files(folder) == before                        # the file is kept as it was
    finally:
        shut(w, session)


def test_page_damage_at_start_is_a_message_not_a_traceback_or_endless_loading(
        qtbot, settle, tmp_path):
    folder = tmp_path / "shared"
    from einclusie_app.core.paths import shipped_catalogue

    store_with_a_record(folder, shipped_catalogue(), tmp_path / "cache-a")
    damage(folder / "local.sqlite", "pages")
    w = MainWindow(site=Site(local_store=str(folder)))
    qtbot.addWidget(w)
    w.show()
    w.load_catalogue()                              # the real start: Session.open off-thread
    settle(w)
    try:
        assert w.catalogue is not None and "card-stop" in search(w, "card stop")
        assert "damaged pages" in w.statusBar().currentMessage()
        assert "restore" in message_text().lower()
    finally:
        shut(w, w.session)


def test_damage_found_after_start_is_said_by_each_action_never_a_traceback(
        qtbot, settle, tmp_path, catalogue_file):
    folder = tmp_path / "store"
    store_with_a_record(folder, catalogue_file, tmp_path / "cache-a")
    session = open_session(folder, catalogue_file, tmp_path / "cache-b", "Balie 1")
    w = show(qtbot, session)
    try:
        damage(folder / "local.sqlite", "pages")         # the shared drive breaks meanwhile
        dialog = w.maintainer.show_todo()                # a list read off the GUI thread
        settle(w)
        assert "damaged" in message_text() and dialog is not None
        last_message_box().close()
        assert w.maintainer.mark_checked("card-stop")    # a change
        settle(w)
        said = message_text()
        assert "Nothing was changed" in said and "damaged pages" in said
        assert "card-stop" in search(w, "card stop")     # the window keeps answering
    finally:
        shut(w, session)


def test_a_damaged_installed_update_is_said(qtbot, tmp_path, catalogue_file):
    folder = tmp_path / "store"
    updates = folder / "updates"
    updates.mkdir(parents=True)
    (updates / "state.json").write_text("{not json", encoding="utf-8")
    session = open_session(folder, catalogue_file, tmp_path / "cache", "Balie 1")
    w = show(qtbot, session)
    try:
        assert "is not used" in w.statusBar().currentMessage()
        assert "damaged" in message_text()
        assert w.catalogue is not None and w.catalogue.path == catalogue_file
    finally:
        shut(w, session)


@pytest.fixture
def short_waits(monkeypatch):
    """Counters wait 0.3 s (not 10) for another counter's lock; the window tries every 0.1 s."""
    from functools import partial

    from einclusie_app.core import session as session_module
    from einclusie_app.core.localstore import LocalStore
    from einclusie_app.gui.store_watch import StoreWatch

    monkeypatch.setattr(session_module, "LocalStore", partial(LocalStore, busy_timeout=0.3))
    monkeypatch.setattr(StoreWatch, "RETRY_MS", 100)


def test_a_busy_store_at_start_is_busy_not_damaged_and_its_records_come_when_free(
        qtbot, settle, tmp_path, catalogue_file, short_waits):
    folder = tmp_path / "store"
    store_with_a_record(folder, catalogue_file, tmp_path / "cache-a")
    holder = sqlite3.connect(folder / "local.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")                     # another counter writes, long
    session = Session.open(Site(), shipped=catalogue_file, store=folder,
                           cache=tmp_path / "cache-b", counter="Balie 1", store_wait=0.2)
    w = show(qtbot, session)
    try:
        from PySide6.QtWidgets import QMessageBox

        from einclusie_app.gui.store_watch import StoreWatch

        [notice] = session.notices
        assert notice.args["why"] == "busy"
        status = w.statusBar().currentMessage()
        assert "busy" in status and "trying again" in status and "damaged" not in status
        assert not [b for b in w.findChildren(QMessageBox) if b.isVisible()]  # no alarm
        assert w.catalogue.service("card-stop").name == "Card Stop"
        watch = StoreWatch.of(w)
        qtbot.waitUntil(lambda: watch.tries >= 2, timeout=10_000)   # tried, still busy
        assert not session.maintainable
        holder.execute("ROLLBACK")                        # the other counter is done
        qtbot.waitUntil(lambda: session.maintainable, timeout=10_000)
        settle(w)
        assert w.catalogue.service("card-stop").name == "Card Stop (lokaal nagekeken)"
        assert "free again" in w.statusBar().currentMessage()
        assert w.maintainer.new_action.isEnabled() and not watch.active
    finally:
        holder.close()
        shut(w, session)


def test_checked_today_under_a_lock_says_it_could_not_be_saved_and_why(
        settle, tmp_path, catalogue_file, short_waits, qtbot):
    session = open_session(tmp_path / "store", catalogue_file, tmp_path / "cache", "Balie 1")
    w = show(qtbot, session)
    holder = sqlite3.connect(tmp_path / "store" / "local.sqlite", isolation_level=None)
    try:
        before = session.record("card-stop").assured_date
        holder.execute("BEGIN IMMEDIATE")                 # another counter is saving
        assert w.maintainer.mark_checked("card-stop")
        settle(w)
        said = message_text()
        assert "could not be saved now" in said and "busy" in said
        assert "another counter" in said
        holder.execute("ROLLBACK")
        assert session.record("card-stop").assured_date == before
        assert w.maintainer.mark_checked("card-stop")     # once it is free, it works
        settle(w)
        assert session.record("card-stop").assured_date == TODAY.isoformat()
    finally:
        holder.close()
        shut(w, session)


# -- files that were tracebacks: Import… → Check shows a message (item 6) -----------------------


def _json(tmp_path: Path, raw: bytes) -> Path:
    path = tmp_path / "services.json"
    path.write_bytes(raw)
    return path


def _package(tmp_path: Path, session: Session, change) -> Path:
    import json

    folder = tmp_path / "pkg"
    session.export("hsds-csv", folder)
    dp = folder / "datapackage.json"
    descriptor = json.loads(dp.read_text(encoding="utf-8"))
    for res in descriptor["resources"]:          # no sizes: the cut is found by reading
        res.pop("bytes", None)
        res.pop("hash", None)
    dp.write_text(json.dumps(descriptor), encoding="utf-8")
    change(folder)
    return folder


def _giant_cell(folder: Path) -> None:
    f = folder / "phones.csv"
    lines = f.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1] + "x" * 140_000
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _workbook(tmp_path: Path, session: Session, how: str) -> Path:
    import re
    import zipfile

    from einclusie_app.core.spreadsheet import write_xlsx

    good = tmp_path / "good.xlsx"
    write_xlsx([session.record("beernem-covias-digipunt")], good)
    bad = tmp_path / "aanbod.xlsx"
    if how == "cut":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
        return bad
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for n in zin.namelist():
            data = zin.read(n)
            if how == "no_sheet" and n == "xl/workbook.xml":
                data = re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", data)
            if how == "no_sheet_xml" and "worksheets/" in n:
                continue
            zout.writestr(n, data)
    return bad


FILES_THAT_WERE_TRACEBACKS = {
    "json nested 1000 deep": lambda t, s: _json(t, b"[" * 1000 + b"]" * 1000),
    "json integer of 4400 digits": lambda t, s: _json(t, b'[{"name": ' + b"9" * 4400 + b"}]"),
    "json lone surrogate": lambda t, s: _json(
        t, b'[{"id": "5b1f1c43-7f0a-4b7e-9d40-1c7b2a2f3e11", "name": "Digipunt \\ud800", '
           b'"status": "active"}]'),
    "datapackage.json not an object": lambda t, s: _package(
        t, s, lambda f: (f / "datapackage.json").write_text("[]", encoding="utf-8")),
    "package cell over 131072 characters": lambda t, s: _package(t, s, _giant_cell),
    "spreadsheet cell over 131072 characters": lambda t, s: sheet(
        t, "aanbod.csv", "x,Digipunt " + "x" * 140_000 + ",digipunt,,,8730,Beernem,,"),
    "xlsx cut off": lambda t, s: _workbook(t, s, "cut"),
    "xlsx with no sheet": lambda t, s: _workbook(t, s, "no_sheet"),
    "xlsx without its sheet file": lambda t, s: _workbook(t, s, "no_sheet_xml"),
}


@pytest.mark.parametrize("name", list(FILES_THAT_WERE_TRACEBACKS))
def test_a_file_that_was_a_traceback_shows_a_message_in_the_check(settle, window, ws, tmp_path,
                                                                  name):
    path = FILES_THAT_WERE_TRACEBACKS[name](tmp_path, ws)
    before = ws.store.dump()
    dialog = window.maintainer.show_import(path)
    dialog.kind_checks["digipunt"].setChecked(True)       # what an HSDS file from elsewhere
    dialog.source_edit.setText("https://www.beernem.be")  # needs: only the damage is left
    dialog.check()
    settle(window)
    assert dialog.problems, dialog.summary.text()
    assert dialog.table.isVisible() and dialog.model.rowCount() == len(dialog.problems)
    shown = [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount())
             for c in range(3)]
    assert all(isinstance(t, str) for t in shown) and any(shown)
    assert "problem" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert ws.store.dump() == before


# -- in the staff's language ----------------------------------------------------------------------


@pytest.fixture
def staff_language(qapp):
    """Install the Dutch or French translation for one test, then take it away again."""
    from PySide6.QtCore import QLocale

    from einclusie_app.gui import i18n

    before = QLocale()

    def use(code: str) -> None:
        i18n.install_translators(code)

    yield use
    while i18n._installed:
        qapp.removeTranslator(i18n._installed.pop())
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang, words", [
    ("nl", ["onzichtbaar richtingsteken (U+202E)", "stuurteken (U+0007)",
            "kapot teken (U+D800)", "400 tekens lang; hier passen er hoogstens 300"]),
    ("fr", ["marque de direction invisible (U+202E)", "caractère de contrôle invisible (U+0007)",
            "caractère cassé (U+D800)", "400 caractères\u00a0; 300 au plus"]),
])
def test_text_checks_and_store_notices_are_worded_in_the_staff_language(staff_language, lang,
                                                                        words):
    from einclusie_app.core.session import Notice
    from einclusie_app.core.validate import check_text
    from einclusie_app.gui.maintainer.messages import issue_text
    from einclusie_app.gui.notices import notice_text

    staff_language(lang)
    said = [issue_text(check_text(t, "name")) for t in (
        "Digipunt \u202eenilpleh", "Digipunt\x07", "Digipunt \ud800", "D" * 400)]
    for text, expected in zip(said, words):
        assert expected in text, (text, expected)
    busy = notice_text(Notice("store_unavailable", {"folder": "S:/wegwijzer", "why": "busy"}))
    damaged = notice_text(Notice("store_unavailable", {
        "folder": "S:/wegwijzer", "why": "damaged", "file": "S:/wegwijzer/local.sqlite",
        "reason": "it is empty (0 bytes): it was cut off or wiped"}))
    assert {"nl": "bezet", "fr": "occupé"}[lang] in busy
    assert {"nl": "is leeg (0 bytes)", "fr": "est vide (0 octet)"}[lang] in damaged
