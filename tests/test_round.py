"""The maintainer's check round: flagged first, then never checked, then oldest; narrowed to the
home region; worked through in the real window (still right / changed / ended, each one logged,
undoable change with who and how); the call list as a PDF; the change log in the staff's words;
and the same on the command line."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from einclusie_app.core.session import Session
from einclusie_app.core.site import Site
from einclusie_app.gui.main_window import MainWindow

from test_maintainer_gui import unnamed_controls

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 6, 1)
BEERNEM = {"beernem-bib-digipunt", "beernem-covias-digipunt", "beernem-ldc-flora-digipunt",
           "beernem-ldc-mirte-digipunt", "beernem-mobiel-digipunt-komkommer",
           "beernem-uitleendienst-laptop-tablet", "digibank-brugge-west"}


@pytest.fixture
def session(tmp_path, catalogue_file):
    s = Session.open(Site(home="Beernem", counter="Sociaal huis Beernem"),
                     shipped=catalogue_file, store=tmp_path / "store", cache=tmp_path / "cache",
                     counter="Balie 1")
    yield s
    s.close()


# -- core ------------------------------------------------------------------------------------


def test_flagged_first_then_never_checked_then_oldest_in_the_home_region(session):
    whole = session.check_round(TODAY, region=None)
    assert {i.id for i in whole.open} >= BEERNEM and "card-stop" in {i.id for i in whole.open}
    home = session.check_round(TODAY)                  # the site's home: Beernem only
    assert {i.id for i in home.items} == BEERNEM
    session.flag("beernem-ldc-flora-digipunt", "no_answer")
    rnd = session.check_round(TODAY)
    order = [i.id for i in rnd.open]
    assert order[0] == "beernem-ldc-flora-digipunt" and rnd.open[0].flags
    rest = rnd.open[1:]
    never = [i for i in rest if i.days is None]
    assert rest[: len(never)] == never
    dated = [i.days for i in rest if i.days is not None]
    assert dated == sorted(dated, reverse=True)
    wider = session.check_round(TODAY, km=10)
    assert {i.id for i in wider.items} > BEERNEM
    assert session.home_region(10).names[0] == "Beernem"


def test_a_record_checked_recently_is_on_the_round_only_while_flagged(session):
    session.check_still_right("beernem-covias-digipunt", "web", today=TODAY)
    later = TODAY + dt.timedelta(days=3)
    rnd = session.check_round(later, since=later)
    assert "beernem-covias-digipunt" not in {i.id for i in rnd.items}
    session.flag("beernem-covias-digipunt", "moved")
    rnd = session.check_round(later, since=TODAY)
    item = rnd.item("beernem-covias-digipunt")
    assert item.done is None and item.flags      # checked, then flagged again: to check
    assert rnd.open[0].id == "beernem-covias-digipunt"


# -- the window ------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, session):
    w = MainWindow(site=session.site)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.adopt_session(session)
    w.maintainer.today = TODAY
    yield w
    w.tasks.wait()
    w.session = None
    w.close()


@pytest.fixture
def round_dialog(settle, window):
    from PySide6.QtCore import QSettings

    QSettings().remove("maintainer/round_since")
    dialog = window.maintainer.show_round()
    settle(window)
    return dialog


def test_a_round_of_three_records_ends_with_three_logged_changes_and_the_right_dates(
        qtbot, settle, window, session, round_dialog):
    d = round_dialog
    assert d.region_combo.currentData() == 0 and set(d.ids()) == BEERNEM
    total = len(d.ids())
    assert d.progress_label.text().startswith(f"0 of {total} checked")
    before = len(session.changes())
    first, second, third = d.ids()[:3]
    # 1. still right, by phone, by a named person
    d.select(first)
    d.how_combo.setCurrentIndex(d.how_combo.findData("phone"))
    d.by_edit.setText("An Peeters")
    assert d.still_right()
    settle(window)
    assert d.selected_id() == second                   # on to the next record
    # 2. changed: the editor opens with the record; saving stores it as checked
    d.how_combo.setCurrentIndex(d.how_combo.findData("visit"))
    editor = d.changed()
    assert editor is not None and editor.isVisible() and editor.original.id == second
    assert editor.assured_edit.text() == TODAY.isoformat()
    editor.hours_text_edit.setText("elke werkdag 9-12 uur (nagevraagd)")
    assert editor.save()
    settle(window)
    assert not editor.isVisible()
    # 3. ended, with the reason
    d.select(third)
    d.how_combo.setCurrentIndex(d.how_combo.findData("web"))
    ended = d.ended()
    assert unnamed_controls(ended) == []
    ended.reason_edit.setText("project gestopt eind 2025")
    assert ended.end()
    settle(window)
    changes = session.changes()[: len(session.changes()) - before]
    assert len(changes) == 3
    assert [c.check["result"] for c in reversed(changes)] == ["still_right", "changed", "ended"]
    assert [(c.check["how"], c.check["on"]) for c in reversed(changes)] == [
        ("phone", "2026-06-01"), ("visit", "2026-06-01"), ("web", "2026-06-01")]
    assert {c.check["by"] for c in changes} == {"An Peeters"} and \
        {c.counter for c in changes} == {"Balie 1"}
    assert session.record(first).assured_date == "2026-06-01"
    assert session.record(second).assured_date == "2026-06-01"
    assert session.record(second).hours_text == "elke werkdag 9-12 uur (nagevraagd)"
    assert session.state(third) == "retired" and session.entry(third).note == \
        "project gestopt eind 2025"
    assert d.progress_label.text().startswith(f"3 of {total} checked")
    assert d.progress.value() == 3 and d.progress.maximum() == total
    assert set(d.done_ids()) == {first, second, third} and len(d.ids()) == total - 3
    # each one undoable on its own terms: the last first
    window.maintainer.undo_last()
    settle(window)
    assert session.state(third) != "retired"
    assert d.progress_label.text().startswith(f"2 of {total} checked")


def test_a_flagged_record_comes_first_and_not_a_problem_closes_its_flags(settle, window,
                                                                         session,
                                                                         round_dialog):
    session.flag("beernem-mobiel-digipunt-komkommer", "hours")
    window.maintainer.changed()
    settle(window)
    d = round_dialog
    assert d.ids()[0] == "beernem-mobiel-digipunt-komkommer"
    assert d.model.index(0, 5).data().endswith("the hours are wrong")
    d.select("beernem-mobiel-digipunt-komkommer")
    assert d.dismiss_button.isEnabled()
    assert d.dismiss()
    settle(window)
    assert session.flags() == [] and d.ids()[0] != "beernem-mobiel-digipunt-komkommer"


def test_the_round_is_read_again_another_day_from_the_store(settle, window, session,
                                                            round_dialog):
    from PySide6.QtCore import QDate

    session.check_still_right("beernem-covias-digipunt", "phone", today=TODAY)
    window.maintainer.today = TODAY + dt.timedelta(days=2)
    d = window.maintainer.show_round()
    settle(window)
    assert "beernem-covias-digipunt" not in d.done_ids()     # the round began today
    d.since_edit.setDate(QDate(2026, 6, 1))
    settle(window)
    assert d.done_ids() == ["beernem-covias-digipunt"]
    assert "1 of" in d.progress_label.text()


def test_the_call_list_is_an_a4_pdf_with_boxes_to_tick(settle, window, session, round_dialog,
                                                       tmp_path):
    session.flag("beernem-bib-digipunt", "no_answer")
    window.maintainer.changed()
    settle(window)
    out = tmp_path / "belronde.pdf"
    assert round_dialog.print_call_list(out)
    settle(window)
    assert out.is_file() and round_dialog.last_call_list == out
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "(A4)" in info
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True).stdout
    for rid in round_dialog.ids():
        assert session.record(rid).name in " ".join(text.split())
    assert "Reported at a counter: the number does not answer (Balie 1" in " ".join(text.split())
    for words in ("still right", "changed", "ended", "Date:", "Hours", "How to get in",
                  "Cost", "Sat 10:00–12:00", "Last checked"):
        assert words in text, words
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(png)],
                   check=True)
    assert list(tmp_path.glob("page*.png"))


def test_every_control_has_an_accessible_name_and_the_model_passes(settle, qtmodeltester,
                                                                   round_dialog):
    assert unnamed_controls(round_dialog) == []
    qtmodeltester.check(round_dialog.model)


# -- the change log in the staff's words -----------------------------------------------------


def test_the_change_log_says_codes_and_undo_in_the_staffs_language(settle, window, session):
    from einclusie_app.gui.i18n import install_translators

    record = session.record("beernem-bib-digipunt")
    assert record.access == ["walk_in"]
    session.save(replace(record, access=["appointment"]))
    session.undo()
    session.flag("card-stop", "no_answer")
    session.check_still_right("beernem-covias-digipunt", "phone", by="An", today=TODAY)
    window.maintainer.changed()
    settle(window)
    try:
        install_translators("nl")
        log = window.maintainer.show_log()
        rows = [[log.model.index(r, c).data() for c in range(5)]
                for r in range(log.model.rowCount())]
        text = "\n".join(" | ".join(r) for r in rows)
        assert "walk_in" not in text and "undoes change" not in text, text
        assert "binnenlopen" in text and "op afspraak" in text
        assert "nagekeken: klopt nog" in text and "gemeld aan een balie" in text
        undo_row = next(r for r in rows if r[3] == "ongedaan maken")
        assert "binnenlopen" in undo_row[4]
        log.table.selectRow(rows.index(undo_row))
        assert "Maakt wijziging 1 ongedaan." in log.details.toPlainText() or \
            "wijziging 1" in log.details.toPlainText()
        log.close()
    finally:
        install_translators("en")


# -- the command line ------------------------------------------------------------------------


@pytest.fixture
def cli(capsys, catalogue_file, tmp_path):
    from einclusie_app.cli import main

    def run(*args):
        argv = ["--catalogue", str(catalogue_file), "catalogue", *map(str, args),
                "--store", str(tmp_path / "s"), "--cache", str(tmp_path / "c")]
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_command_line_lists_checks_and_prints_the_round(tmp_path, cli):
    code, out, err = cli("round", "--near", "Beernem", "--pdf", tmp_path / "ronde.pdf")
    assert code == 0, err
    assert {ln.split("\t")[1] for ln in out.splitlines()} == BEERNEM
    assert "0 of 7 checked" in err and "Wrote" in err
    assert (tmp_path / "ronde.pdf").is_file()
    code, out, err = cli("check", "beernem-bib-digipunt", "--result", "still-right", "--how",
                         "phone", "--by", "An", "--counter", "Balie 3")
    assert code == 0 and "checked by An by phone" in err, err
    code, out, err = cli("check", "beernem-covias-digipunt", "--result", "ended", "--how", "web")
    assert code != 0 and "--reason" in err
    code, out, err = cli("round", "--near", "Beernem")
    assert "still right\tbeernem-bib-digipunt" in out and "1 of 7 checked" in err
    code, out, err = cli("flags")
    assert code == 0 and "0 flag(s)" in err
    code, out, err = cli("round", "--near", "Nergensdorp")
    assert code != 0 and "not a place" in err
