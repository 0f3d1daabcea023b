"""Maintainer mode in the window: the editor checks as you type, every change is logged and can
be undone, imports are all or nothing, signed updates are checked, conflicts are settled.

Headless and strict. Dialogs are opened with ``open()`` (never ``exec()``), so nothing waits."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLineEdit,
    QHeaderView, QPlainTextEdit, QWidget,
)

from einclusie_app.core import updates as up
from einclusie_app.core.build import build_catalogue, load_inputs
from einclusie_app.core.record import load_records
from einclusie_app.core.session import Session
from einclusie_app.core.site import Site
from einclusie_app.gui.main_window import MainWindow
from einclusie_app.gui.maintainer.common import last_message_box

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 6, 1)
HEADER = "naam,soort,postcode,gemeente,telefoon,uren,bron_url"


# -- set-up -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    central = up.keygen(folder / "central")
    other = up.keygen(folder / "other")
    return {"private": central[0], "public": central[1], "other_private": other[0]}


@pytest.fixture(scope="module")
def changed_catalogue(tmp_path_factory):
    """A new shipped catalogue: card-stop's hours text and description changed."""
    out = []
    for r in load_records(ROOT / "data" / "services"):
        if r.id == "card-stop":
            r = replace(r, hours_text="dag en nacht", description="Nieuwe beschrijving.")
        out.append(r)
    path = tmp_path_factory.mktemp("changed") / "catalogue.sqlite"
    build_catalogue(load_inputs(ROOT / "data", records=out), path)
    return path


@pytest.fixture(scope="module")
def packs(tmp_path_factory, keys, catalogue_file, changed_catalogue):
    folder = tmp_path_factory.mktemp("packs")
    good = folder / "good.einclusie-update"
    up.pack(changed_catalogue, keys["private"], good, 5, note="card stop: new hours")
    wrong = folder / "wrong-key.einclusie-update"
    up.pack(changed_catalogue, keys["other_private"], wrong, 6)
    return {"good": good, "wrong_key": wrong}


def open_session(tmp_path, catalogue_file, site: Site) -> Session:
    return Session.open(site, shipped=catalogue_file, store=tmp_path / "store",
                        cache=tmp_path / "cache", counter="Balie 1")


@pytest.fixture
def ws(tmp_path, catalogue_file, keys):
    """The window's session (core/session.py): the tests read and change the store with it."""
    s = open_session(tmp_path, catalogue_file, Site(trusted_keys=(str(keys["public"]),)))
    yield s
    s.close()


@pytest.fixture
def make_window(qtbot, ws, tmp_path, catalogue_file):
    made = []

    def make(site: Site | None = None) -> MainWindow:
        session = ws if site is None else open_session(tmp_path, catalogue_file, site)
        w = MainWindow(site=session.site)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        w.adopt_session(session)
        w.maintainer.today = TODAY
        made.append(w)
        return w

    yield make
    for w in made:
        w.tasks.wait()
        w.session = None          # the session fixture closes its own
        w.close()


@pytest.fixture
def window(make_window):
    return make_window()


def search(w: MainWindow, text: str) -> list[str]:
    w.search_edit.setText(text)
    w.run_search()
    return [w.proxy.service_id(w.proxy.index(r, 0)) for r in range(w.proxy.rowCount())]


def select(w: MainWindow, text: str, ident: str) -> None:
    ids = search(w, text)
    assert ident in ids, ids
    w.table.selectRow(ids.index(ident))
    assert w.current_service_id() == ident


def problems_of(editor) -> list[tuple[str, str]]:
    return [(f.path, f.text) for f in editor.found]


def message_text() -> str:
    box = last_message_box()
    assert box is not None, "no message box is open"
    return box.text() + "\n" + box.informativeText()


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Every visible control (buttons, fields, lists, tables) without an accessible name."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)
    out = []
    for c in root.findChildren(QWidget):
        if not isinstance(c, kinds) or not c.isVisible():
            continue
        if isinstance(c.parent(), (QAbstractSpinBox, QComboBox)):   # their own inner editors
            continue
        if type(c).__name__ in ("QTabBar", "QToolButton") and not c.isWindow() and \
                type(c.parent()).__name__ in ("QTabBar", "QTabWidget"):
            continue                                            # a tab bar's scroll arrows
        if isinstance(c, QHeaderView) or c.objectName() == "qt_tableview_cornerbutton":
            continue                                            # parts of a table
        if c.objectName() == "qt_scrollarea_viewport":
            continue
        if not c.accessibleName():
            out.append(c)
    return out


# -- the menu ----------------------------------------------------------------------------------


def test_the_menu_sits_between_client_and_view_with_unique_accelerators(window):
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar[2] == "&Maintainer"
    keys = [t[t.index("&") + 1].lower() for t in bar]
    assert len(keys) == len(set(keys))
    entries = [a.text() for a in window.maintainer.menu.actions() if a.text()]
    letters = [t[t.index("&") + 1].lower() for t in entries]
    assert len(letters) == len(set(letters)), entries
    m = window.maintainer
    assert m.edit_action.shortcut().toString() == "Ctrl+E"
    assert m.undo_action.shortcut().isEmpty()      # Ctrl+Z stays with the text fields


def test_actions_follow_the_selection(window):
    m = window.maintainer
    window.table.clearSelection()
    window.table.setCurrentIndex(window.proxy.index(-1, -1))
    m.update_actions(full=True)
    assert not m.edit_action.isEnabled() and m.new_action.isEnabled()
    select(window, "card stop", "card-stop")
    assert m.edit_action.isEnabled() and not m.revert_action.isEnabled()
    assert not m.undo_action.isEnabled() and not m.rollback_action.isEnabled()


def test_without_a_workspace_the_actions_are_off_and_say_why(qtbot, settle, catalogue_file):
    w = MainWindow()
    qtbot.addWidget(w)
    w.load_catalogue(catalogue_file)          # a catalogue file given directly
    settle(w)
    try:
        m = w.maintainer
        m.update_actions(full=True)
        assert w.session.explicit and m.session is None
        assert not any(a.isEnabled() for a in m.needs_workspace)
        assert "catalogue file opened directly" in m.edit_action.toolTip()
        assert m.export_action.isEnabled()
        assert m.edit_record("card-stop") is None and not m.apply_update("x")
    finally:
        w.close()


# -- the editor: checks as you type --------------------------------------------------------------


@pytest.fixture
def editor(window):
    select(window, "beernem covias", "beernem-covias-digipunt")
    ed = window.maintainer.edit_record()
    assert ed is not None and ed.isVisible()
    assert ed.found == [] and ed.save_button.isEnabled()
    return ed


def test_a_bad_phone_shows_why_and_save_is_off_and_a_short_number_is_fine(editor):
    row = editor.phones_table.add_row()
    editor.phones_table.set_value(row, "number", "12345")
    assert [p for p, _ in problems_of(editor)] == ["phones[0].number"]
    slot_text = editor._slots["phones"].problem.text()
    assert "12345" in slot_text and "not a Belgian phone number" in slot_text
    assert "⚠" in slot_text and "Row 1" in slot_text
    assert not editor.save_button.isEnabled()
    assert "1 problem" in editor.summary.text() and "Contact" in editor.summary.text()
    assert "⚠" in editor.tabs.tabText(2)
    cell = editor.phones_table.item(row, 0)
    assert "12345" in cell.toolTip() and not cell.icon().isNull()
    editor.phones_table.set_value(row, "number", "1700")
    assert editor.found == [] and editor.save_button.isEnabled()
    assert "⚠" not in editor.tabs.tabText(2) and editor.phones_table.item(row, 0).icon().isNull()


@pytest.mark.parametrize("setup, path, words", [
    (lambda e: e.locations_table.set_value(0, "postcode", "9999"), "locations[0].postcode",
     "Postcode 9999 does not exist"),
    (lambda e: (e.locations_table.set_value(0, "latitude", "100"),
                e.locations_table.set_value(0, "longitude", "3.2")), "locations[0].latitude",
     "Latitude 100 does not exist"),
    (lambda e: (e.locations_table.set_value(0, "latitude", "48.5"),
                e.locations_table.set_value(0, "longitude", "3.2")), "locations[0].latitude",
     "not in Belgium"),
    (lambda e: e.website_edit.setText("http//www.beernem.be"), "website", "not a web address"),
    (lambda e: e.website_edit.setText("www beernem.be"), "website", "contains a space"),
    (lambda e: e.email_edit.setText("digipunt@"), "email", "not an e-mail address"),
    (lambda e: e.email_edit.setText("digipunt.beernem.be"), "email", "not an e-mail address"),
    (lambda e: e.hours_edit.setText("Mx 25:00-26:00"), "hours", "do not make sense"),
    (lambda e: e.hours_edit.setText("Mo 25:00-26:00"), "hours", "does not exist"),
    (lambda e: e.hours_edit.setText("Mo 09:00-05:00"), "hours", "ends before it starts"),
    (lambda e: e.assured_edit.setText("2099-01-01"), "assured_date", "in the future"),
    (lambda e: e.languages_edit.setText("nl, nederlands"), "languages", "not a language code"),
    (lambda e: e.name_edit.setText("  "), "name", "required"),
])
def test_each_field_says_what_is_wrong_in_plain_words(editor, setup, path, words):
    setup(editor)
    found = problems_of(editor)
    assert [p for p, _ in found] == [path], found
    assert words in found[0][1]
    assert not editor.save_button.isEnabled()
    assert words in editor.problem_list.item(0).text()


def test_exceptions_and_the_week_preview(editor):
    editor.hours_edit.setText("Tu 14:00-16:30; Fr 09:00-11:30")
    preview = editor.preview.text()
    assert "14:00" in preview and "09:00" in preview
    row = editor.exceptions_table.add_row()
    editor.exceptions_table.set_value(row, "date", "2026-12-25")
    editor.exceptions_table.set_value(row, "opens", "10:00")
    assert [p for p, _ in problems_of(editor)] == ["hours_exceptions[0]"]
    assert "both an opening and a closing time" in editor.found[0].text
    editor.exceptions_table.set_value(row, "opens", "")
    editor.exceptions_table.set_value(row, "description", "Kerstmis")
    assert editor.found == []
    editor.exceptions_table.set_value(row, "date", "2026-02-30")
    assert "does not exist" in editor.found[0].text


def test_service_area_helper_adds_known_areas_only(editor):
    editor.area_scope.setCurrentIndex(editor.area_scope.findData("municipality"))
    editor.area_value.setText("8730")
    assert editor.add_area() and editor.area_codes() == ["municipality:Beernem"]
    editor.area_scope.setCurrentIndex(editor.area_scope.findData("province"))
    editor.area_value.setText("Oost-Atlantis")
    assert not editor.add_area()
    assert "not known" in editor.area_hint.text()
    editor.area_value.setText("West-Vlaanderen")
    assert editor.add_area()
    editor.area_scope.setCurrentIndex(editor.area_scope.findData("region"))
    assert editor.add_area()
    assert editor.area_codes() == ["municipality:Beernem", "province:West-Vlaanderen",
                                   "region:flanders"]
    assert editor.found == []


def test_a_new_records_id_follows_its_name_and_never_clashes(window):
    ed = window.maintainer.new_record()
    ed.name_edit.setText("Card Stop")
    row = ed.locations_table.add_row()
    ed.locations_table.set_value(row, "postcode", "8730")
    assert ed.id_edit.text() == "card-stop-8730"
    ed.locations_table.set_value(row, "postcode", "")
    ed.locations_table.set_value(row, "municipality", "Beernem")
    assert ed.id_edit.text() == "card-stop-beernem"
    ed.locations_table.set_value(row, "municipality", "")
    assert ed.id_edit.text() == "card-stop-2"        # card-stop is taken
    ed.id_edit.setText("card-stop")
    ed.id_edit.textEdited.emit("card-stop")
    assert ("id" in [p for p, _ in problems_of(ed)]) and "already used" in ed.found[0].text
    ed.reject()


# -- saving, retiring, undo ---------------------------------------------------------------------


def fill_new_record(ed, name="Digipunt Teststraat"):
    ed.name_edit.setText(name)
    ed.kind_checks["digipunt"].setChecked(True)
    row = ed.locations_table.add_row()
    ed.locations_table.set_value(row, "street", "Teststraat")
    ed.locations_table.set_value(row, "postcode", "8730")
    ed.locations_table.set_value(row, "municipality", "Beernem")
    row = ed.phones_table.add_row()
    ed.phones_table.set_value(row, "number", "050 12 34 56")
    row = ed.sources_table.add_row()
    ed.sources_table.set_value(row, "url", "https://www.beernem.be/digipunt")
    ed.sources_table.set_value(row, "date", "2026-05-30")
    ed.hours_edit.setText("We 14:00-16:00")


def test_a_new_record_is_saved_logged_and_found(settle, window, ws):
    ed = window.maintainer.new_record()
    assert not ed.save_button.isEnabled()          # no name, no kind, no source yet
    fill_new_record(ed)
    assert ed.found == [], ed.found
    assert ed.save()
    settle(window)
    assert not ed.isVisible()
    rid = ed.id_edit.text()
    assert ws.state(rid) == "added"
    change = ws.store.changes()[0]
    assert change.action == "add" and change.counter == "Balie 1"
    assert change.fields["name"] == (None, "Digipunt Teststraat")
    assert rid in search(window, "teststraat")
    assert window.catalogue.service(rid).is_local


def test_a_shipped_record_corrected_here_shows_as_local(settle, window, ws):
    select(window, "card stop", "card-stop")
    ed = window.maintainer.edit_record()
    assert not ed.id_edit.isEnabled() or ed.id_edit.isReadOnly()
    ed.alert_edit.setText("Nummer nagekeken door de gemeente")
    assert ed.save()
    settle(window)
    assert ws.state("card-stop") == "corrected"
    assert window.current_service_id() == "card-stop"          # the selection is kept
    text = window.detail.toPlainText()
    assert "Local record" in text and "Nummer nagekeken door de gemeente" in text
    change = ws.store.changes()[0]
    assert change.action == "correct" and set(change.fields) >= {"alert"}
    assert "Warning for staff" in window.statusBar().currentMessage()


def test_retire_then_undo_from_the_change_log(settle, window, ws):
    select(window, "card stop", "card-stop")
    dialog = window.maintainer.retire_selected()
    dialog.note_edit.setText("gestopt?")
    assert dialog.retire()
    settle(window)
    assert ws.state("card-stop") == "retired"
    assert "card-stop" not in search(window, "card stop")
    log = window.maintainer.show_log()
    first = log.model.payload(0)
    assert first.action == "retire" and first.record_id == "card-stop"
    assert "retired" in log.model.index(0, 3).data()
    assert "gestopt?" in log.details.toPlainText()
    assert log.undo_selected()
    settle(window)
    assert ws.state("card-stop") == "shipped"
    assert "card-stop" in search(window, "card stop")
    assert log.model.payload(0).action == "undo"            # the log refreshed itself
    assert "(undone)" in log.model.index(1, 3).data()


def test_undo_refuses_a_change_made_over_since_and_says_why(settle, window, ws):
    for alert in ("eerste", "tweede"):
        ws.save(replace(ws.record("card-stop"), alert=alert))
    window.maintainer.changed("")
    settle(window)
    log = window.maintainer.show_log()
    log.table.selectRow(1)                                 # the older change
    assert log.model.payload(1).fields["alert"][1] == "eerste"
    log.undo_selected()
    settle(window)
    assert window.maintainer.last_ok is False              # refused
    assert "cannot be undone" in message_text() and "changed later" in message_text()
    assert ws.record("card-stop").alert == "tweede"
    last_message_box().close()
    assert window.maintainer.undo_last()
    settle(window)
    assert ws.record("card-stop").alert == "eerste"


def test_restore_and_revert(settle, window, ws):
    m = window.maintainer
    ws.retire("awel-102")
    m.changed("")
    settle(window)
    dialog = m.show_restore()
    assert dialog.model.payload(0).id == "awel-102"
    assert dialog.restore()
    settle(window)
    assert ws.state("awel-102") == "shipped" and dialog.model.rowCount() == 0
    ws.save(replace(ws.record("card-stop"), alert="x"))
    m.changed("")
    settle(window)
    select(window, "card stop", "card-stop")
    box = m.revert_selected()
    box.yes_button.click()
    settle(window)
    assert ws.state("card-stop") == "shipped"


# -- the to-do list --------------------------------------------------------------------------


def test_todo_list_oldest_first_and_checked_today_takes_a_record_off(settle, window, ws):
    dialog = window.maintainer.show_todo()
    settle(window)
    ids = dialog.ids()
    assert ids == [s.id for s in ws.stale(TODAY)] and ids
    items = [dialog.model.payload(r) for r in range(dialog.model.rowCount())]
    never = [s for s in items if s.days is None]
    dated = [s for s in items if s.days is not None]
    assert items[: len(never)] == never
    assert [s.days for s in dated] == sorted((s.days for s in dated), reverse=True)
    assert dialog.model.index(0, 1).data() == "never" if never else True
    target = dated[0].id
    dialog.select(target)
    assert dialog.mark_checked()
    settle(window)
    assert ws.record(target).assured_date == TODAY.isoformat()
    assert target not in dialog.ids()
    assert f"{len(ids) - 1} record" in dialog.count_label.text()


def test_todo_enter_opens_the_editor(settle, qtbot, window):
    dialog = window.maintainer.show_todo()
    settle(window)
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    editor = window.maintainer.editor
    assert editor is not None and editor.isVisible()
    assert editor.original.id == dialog.ids()[0]
    editor.checked_today()
    assert editor.save()
    settle(window)
    assert editor.original.id not in dialog.ids()


# -- import and export ------------------------------------------------------------------------


def write_sheet(tmp_path: Path, rows: list[str], name="aanbod.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


GOOD_ROWS = [f"Digipunt {i},digipunt,8730,Beernem,050 12 34 {i:02d},ma 09:00-12:00,"
             "https://www.beernem.be" for i in range(10, 20)]


def test_an_import_with_a_bad_last_row_lists_it_and_imports_nothing(settle, window, ws, tmp_path):
    before = ws.store.dump()
    path = write_sheet(tmp_path, GOOD_ROWS + [
        "Digipunt laatste,digipunt,8730,Beernem,12345,ma 09:00-12:00;zz 10:00-11:00,"
        "https://www.beernem.be"])
    dialog = window.maintainer.show_import(path)
    dialog.check()
    settle(window)
    problems = dialog.problems
    rows = sorted((p.where, p.field) for p in problems)
    assert rows == [("aanbod.csv row 12", "telefoon"), ("aanbod.csv row 12", "uren")], rows
    assert dialog.model.rowCount() == 2
    shown = {dialog.model.index(r, 1).data(): (dialog.model.index(r, 0).data(),
                                                dialog.model.index(r, 2).data())
             for r in range(2)}
    assert shown["uren"][0] == "aanbod.csv row 12" and "zz" in shown["uren"][1]
    assert "12345" in shown["telefoon"][1]
    assert "2 problem" in dialog.summary.text() and "Nothing" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.do_import()
    assert ws.store.dump() == before


def test_a_good_import_is_checked_then_stored_in_one_go(settle, window, ws, tmp_path):
    path = write_sheet(tmp_path, GOOD_ROWS)
    dialog = window.maintainer.show_import(path)
    dialog.check()
    settle(window)
    assert dialog.problems == []
    assert "adds 10" in dialog.summary.text() and dialog.import_button.isEnabled()
    assert ws.store.count() == 0                     # the check stored nothing
    assert dialog.do_import()
    settle(window)
    report = dialog.report
    assert len(report.added) == 10 and ws.store.count() == 10
    assert len({c.batch for c in ws.store.changes()}) == 1
    assert "digipunt-15-8730" in search(window, "digipunt 15")
    assert not dialog.import_button.isEnabled()
    assert window.maintainer.undo_last()
    settle(window)
    assert ws.store.count() == 0                     # undone as one action


def test_import_defaults_for_hsds_from_elsewhere(settle, window, tmp_path):
    import json

    path = tmp_path / "services.json"
    path.write_text(json.dumps([{"id": "5b1f1c43-7f0a-4b7e-9d40-1c7b2a2f3e11",
                                 "name": "Digihulp elders", "status": "active"}]),
                    encoding="utf-8")
    dialog = window.maintainer.show_import(path)
    dialog.check()
    settle(window)
    fields = {p.field for p in dialog.problems}
    assert {"kinds", "sources"} <= fields or len(fields) >= 1
    dialog.kind_checks["digipunt"].setChecked(True)
    dialog.source_edit.setText("https://elders.example.be/digihulp")
    dialog.source_date_edit.setText("2026-05")
    dialog.check()
    settle(window)
    assert dialog.problems == []
    dialog.source_edit.setText("niet een adres")
    dialog.check()
    settle(window)
    assert dialog.problems and "web address" in dialog.model.index(0, 2).data()


@pytest.mark.parametrize("fmt, name", [("hsds-json", "services.json"),
                                       ("hsds-csv", "datapackage.json")])
def test_export_writes_shipped_and_local_together(settle, window, ws, tmp_path, fmt, name):
    ed = window.maintainer.new_record()
    fill_new_record(ed, "Digipunt Exportstraat")
    assert ed.save()
    settle(window)
    dialog = window.maintainer.show_export()
    assert dialog.export(tmp_path / "out", fmt)
    settle(window)
    path = dialog.written
    assert path == tmp_path / "out" / name and path.is_file()
    assert "Wrote" in dialog.result.text()
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir())
    assert "Digipunt Exportstraat" in text and "Card Stop" in text


# -- signed updates -----------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_a_wrong_key_update_is_refused_with_a_message_that_says_so(settle, window, ws, packs):
    before = snapshot(ws.store.folder)
    catalogue = window.catalogue
    window.maintainer.apply_update(packs["wrong_key"])
    settle(window)
    assert window.maintainer.last_ok is False
    assert window.maintainer.last_refusal == "wrong_key"
    text = message_text()
    assert "wrong key" in text and "Nothing was changed" in text
    assert window.session is ws and window.catalogue is catalogue
    assert snapshot(ws.store.folder) == before
    assert up.installed(ws.store.folder)["current"] is None


@pytest.mark.parametrize("kind", ["unsigned", "not_a_pack", "no_keys"])
def test_other_refusals_say_which(settle, make_window, ws, packs, tmp_path, kind):
    import zipfile

    site = None
    path = packs["good"]
    if kind == "unsigned":
        path = tmp_path / "unsigned.einclusie-update"
        with zipfile.ZipFile(packs["good"]) as zin, zipfile.ZipFile(path, "w") as zout:
            for n in zin.namelist():
                if n != "update.sig":
                    zout.writestr(n, zin.read(n))
    elif kind == "not_a_pack":
        path = tmp_path / "holiday-photo.einclusie-update"
        path.write_bytes(b"not a zip")
    else:
        site = Site(trusted_keys=())
    w = make_window(site)
    w.maintainer.apply_update(path)
    settle(w)
    assert w.maintainer.last_ok is False
    assert w.maintainer.last_refusal == kind
    words = {"unsigned": "not signed", "not_a_pack": "not a catalogue update",
             "no_keys": "No trusted key"}[kind]
    assert words in message_text()


def test_a_good_update_applies_and_rolls_back(settle, window, ws, packs, catalogue_file):
    m = window.maintainer
    assert m.apply_update(packs["good"])
    settle(window)
    info = m.last_outcome.value
    assert m.last_ok and info.sequence == 5
    assert "Update 5 applied" in message_text() and "card stop: new hours" in message_text()
    assert window.session.shipped_path.name == "catalogue-5.sqlite"
    assert window.catalogue.service("card-stop").record.description == "Nieuwe beschrijving."
    last_message_box().close()
    m.update_actions(full=True)
    assert m.rollback_action.isEnabled()
    box = m.rollback_update()
    box.yes_button.click()
    settle(window)
    assert window.session.shipped_path == catalogue_file
    assert "came with" in message_text()
    assert window.catalogue.service("card-stop").record.description != "Nieuwe beschrijving."
    last_message_box().close()
    m.apply_update(packs["good"])
    settle(window)
    assert m.last_ok and m.last_outcome.value.sequence == 5    # can be applied again


@pytest.mark.parametrize("choice", ["local", "shipped", "merge"])
def test_a_conflict_after_an_update_is_shown_and_settled(settle, window, ws, packs, choice):
    m = window.maintainer
    select(window, "card stop", "card-stop")
    ed = m.edit_record()
    ed.alert_edit.setText("Lokaal nagekeken")
    ed.hours_text_edit.setText("24 uur op 24")
    assert ed.save()
    settle(window)
    assert m.apply_update(packs["good"])
    settle(window)
    assert m.last_ok
    assert "1 record" in message_text() and "corrected here" in message_text()
    last_message_box().yes_button.click()                 # "Show the conflicts"
    settle(window)
    dialog = next(d for d in m.dialogs if type(d).__name__ == "ConflictsDialog")
    assert dialog.isVisible() and [c.id for c in dialog.conflicts] == ["card-stop"]
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in range(1, 5)]
            for r in range(dialog.table.rowCount())}
    here, before, update, what = rows["Hours as the source gave them"]
    assert here == "24 uur op 24" and update == "dag en nacht" and "⚠ both changed" == what
    assert rows["Warning for staff"][3] == "changed here"
    assert rows["Description"][3] == "changed by the update"
    ws2 = window.session
    assert ws2.record("card-stop").alert == "Lokaal nagekeken"    # ours shows until chosen
    if choice == "merge":
        assert not dialog.merge_button.isEnabled()
        dialog.pick("hours_text", "shipped")
        assert dialog.merge_button.isEnabled()
        assert dialog.merge()
        settle(window)
        r = ws2.record("card-stop")
        assert (r.alert, r.hours_text, r.description) == (
            "Lokaal nagekeken", "dag en nacht", "Nieuwe beschrijving.")
    elif choice == "local":
        assert dialog.keep_local()
        settle(window)
        assert ws2.record("card-stop").hours_text == "24 uur op 24"
    else:
        assert dialog.take_shipped()
        settle(window)
        assert ws2.state("card-stop") == "shipped"
        assert ws2.record("card-stop").hours_text == "dag en nacht"
    assert ws2.conflicts() == [] and dialog.conflicts == []
    assert "No conflicts" in dialog.status.text()


# -- keyboard and accessibility -------------------------------------------------------------------


def test_the_editor_can_be_filled_and_saved_with_the_keyboard_alone(settle, qtbot, window, ws):
    def key(k, mod=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget(), k, mod)

    def type_(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    ed = window.maintainer.new_record()
    qtbot.waitUntil(ed.isActiveWindow)
    assert QApplication.focusWidget() is ed.name_edit
    type_("Digipunt Toetsenbord")
    assert ed.id_edit.text() == "digipunt-toetsenbord"
    for _ in range(3):                     # name → id → organisation → first kind
        key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ed.kind_checks["digipunt"]
    key(Qt.Key.Key_Space)
    assert ed.kind_checks["digipunt"].isChecked()
    key(Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)        # the Sources tab
    assert ed.tabs.currentIndex() == 5
    key(Qt.Key.Key_Tab)                                        # into the page: the table
    while QApplication.focusWidget() is not ed.sources_table.add_button:
        key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Space)                                      # add a source: its cell opens
    type_("https://www.toetsenbord.be")
    key(Qt.Key.Key_Return)                                     # kept (the delegate's queued)
    qtbot.waitUntil(lambda: ed.sources_table.value(0, "url") == "https://www.toetsenbord.be")
    assert ed.found == [] and ed.save_button.isEnabled()
    key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)     # save
    settle(window)
    assert not ed.isVisible()
    assert ws.state("digipunt-toetsenbord") == "added"


def test_a_problem_in_the_list_leads_to_its_field(qtbot, window):
    ed = window.maintainer.new_record()
    qtbot.waitUntil(ed.isActiveWindow)
    ed.name_edit.setText("X")
    ed.kind_checks["training"].setChecked(True)
    ed.email_edit.setText("x@")
    item = next(ed.problem_list.item(i) for i in range(ed.problem_list.count())
                if "e-mail" in ed.problem_list.item(i).text())
    assert item.text().startswith("⚠ Contact")
    ed.problem_list.itemActivated.emit(item)
    assert ed.tabs.currentIndex() == 2 and QApplication.focusWidget() is ed.email_edit


def test_ctrl_e_opens_the_editor_from_the_results(qtbot, window):
    select(window, "card stop", "card-stop")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.maintainer.editor is not None and window.maintainer.editor.isVisible()
    assert window.maintainer.editor.original.id == "card-stop"


def test_every_control_of_every_dialog_has_an_accessible_name(settle, qtbot, window, ws, packs,
                                                              tmp_path):
    m = window.maintainer
    select(window, "card stop", "card-stop")
    editor = m.edit_record()
    for i in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(i)
        for scope in range(editor.area_scope.count()):
            editor.area_scope.setCurrentIndex(scope)
            assert unnamed_controls(editor) == [], (i, unnamed_controls(editor))
    editor.reject()
    ws.save(replace(ws.record("card-stop"), alert="x", hours_text="y"))
    ws.retire("awel-102")
    m.changed("")
    settle(window)
    dialogs = [m.show_todo(), m.show_log(), m.show_restore(),
               m.show_import(write_sheet(tmp_path, GOOD_ROWS)), m.show_export(),
               m.retire_selected()]
    settle(window)
    for d in dialogs:
        assert unnamed_controls(d) == [], (type(d).__name__, unnamed_controls(d))
        d.close()
    m.apply_update(packs["good"])
    settle(window)
    last_message_box().yes_button.click()
    settle(window)
    conflicts = next(d for d in m.dialogs if type(d).__name__ == "ConflictsDialog")
    assert unnamed_controls(conflicts) == []
    assert all(isinstance(b.accessibleName(), str) and b.accessibleName()
               for b in conflicts.picks.values())


def test_models_pass_the_model_tester(settle, qtmodeltester, window):
    m = window.maintainer
    dialogs = (m.show_todo(), m.show_log(), m.show_restore())
    settle(window)
    for d in dialogs:
        qtmodeltester.check(d.model)


def test_save_keeps_what_is_being_typed_in_a_cell(settle, qtbot, window, ws):
    select(window, "card stop", "card-stop")
    ed = window.maintainer.edit_record()
    qtbot.waitUntil(ed.isActiveWindow)
    ed.tabs.setCurrentIndex(2)
    ed.phones_table.add_button.setFocus()
    qtbot.keyClick(ed.phones_table.add_button, Qt.Key.Key_Space)
    qtbot.keyClicks(QApplication.focusWidget(), "1700")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)      # next cell, still typing
    qtbot.keyClicks(QApplication.focusWidget(), "Digitaal Vlaanderen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(window)
    assert not ed.isVisible()
    phones = ws.record("card-stop").phones
    assert (phones[-1].number, phones[-1].description) == ("1700", "Digitaal Vlaanderen")
