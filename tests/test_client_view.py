"""The client's view: phrasebooks, fonts, right-to-left, read aloud, the keyboard-only flow."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QApplication, QPushButton

from einclusie_app.cli import main
from einclusie_app.core.hours import BRUSSELS
from einclusie_app.core.paths import resources
from einclusie_app.core.phrasebook import (
    LRI, PDI, ORDER, client_lines, languages, lines_for, phrasebook, plain, problems,
)
from einclusie_app.gui.main_window import MainWindow

WHEN = dt.datetime(2026, 11, 24, 14, 50, tzinfo=BRUSSELS)   # a Tuesday afternoon
REQUIRED = {"nl", "nl_easy", "fr", "en", "de", "ar", "tr", "pl", "ro", "bg", "uk", "ru", "es",
            "fa", "ps", "ti", "so"}


# -- phrasebooks -------------------------------------------------------------------------------

def test_every_required_language_is_there_in_picker_order():
    codes = [b.code for b in languages()]
    assert set(codes) >= REQUIRED
    assert codes[: len(ORDER)] == [c for c in ORDER if c in codes]


def test_no_language_lacks_a_phrase_or_breaks_a_placeholder():
    assert problems() == []


def test_language_names_are_in_their_own_script():
    names = {b.code: b.name for b in languages()}
    assert names["ar"] == "العربية" and names["tr"] == "Türkçe" and names["ti"] == "ትግርኛ"
    assert names["uk"] == "Українська" and names["nl"] == "Nederlands"


def test_unchecked_languages_are_drafts():
    assert not phrasebook("nl").draft and not phrasebook("nl_easy").draft
    assert phrasebook("ar").draft and phrasebook("ti").draft
    # English is a source language; every translation stays a draft until a native speaker
    # checked it (a language a tool reviewed too)
    assert not phrasebook("en").draft
    assert [b.code for b in languages() if not b.draft] == ["nl", "nl_easy", "en"]


def test_plain_dutch_avoids_jargon():
    text = " ".join(phrasebook("nl_easy").phrases.values()).lower()
    for word in ("toeleiding", "intake", "eid-lezer", "doelgroep"):
        assert word not in text
    sentences = [s for phrase in phrasebook("nl_easy").phrases.values()
                 for s in re.split(r"[.?!:]", phrase)]
    assert [s for s in sentences if len(s.split()) > 12] == []   # short sentences


def test_rtl_languages_are_marked():
    assert {b.code for b in languages() if b.rtl} == {"ar", "fa", "ps"}


# -- every phrase renders with the bundled fonts ---------------------------------------------

IGNORABLE = {"\u200c", "\u200d", "\u200e", "\u200f", LRI, PDI, " ", "\u00a0", "\n"}


def test_bundled_fonts_cover_every_phrase_in_every_language(qapp):
    fonts = [QRawFont(str(p), 12) for p in sorted((resources() / "fonts").glob("*-Regular.ttf"))]
    assert len(fonts) == 3 and all(f.isValid() for f in fonts)
    missing = {}
    for book in languages():
        text = book.name + "".join(book.phrases.values())
        for ch in set(text) - IGNORABLE:
            if unicodedata.category(ch).startswith("C"):
                continue
            if not any(f.supportsCharacter(ord(ch)) for f in fonts):
                missing.setdefault(book.code, set()).add(f"U+{ord(ch):04X}")
    assert missing == {}


# -- the view of a record -------------------------------------------------------------------

@pytest.mark.parametrize("lang", sorted(REQUIRED))
def test_names_numbers_and_addresses_are_never_translated(catalogue, lang):
    lines = lines_for(catalogue, "card-stop", lang, WHEN)
    text = plain("\n".join(ln.text for ln in lines))
    assert "Card Stop" in text and "078 17 01 70" in text
    lines = lines_for(catalogue, "torhout-bib-digipunt", lang, WHEN)
    text = plain("\n".join(ln.text for ln in lines))
    assert "Ravenhofstraat, 8820 Torhout" in text
    assert all(ln.pictogram is None or (resources() / "pictograms" / f"{ln.pictogram}.svg").is_file()
               for ln in lines)


def test_a_draft_language_says_so_first(catalogue):
    assert lines_for(catalogue, "card-stop", "ar", WHEN)[0].key == "draft_notice"
    assert lines_for(catalogue, "card-stop", "nl", WHEN)[0].key == "name"


def test_rtl_keeps_numbers_left_to_right(catalogue):
    lines = lines_for(catalogue, "card-stop", "ar", WHEN)
    phone = next(ln for ln in lines if ln.key == "phone")
    assert f"{LRI}078 17 01 70{PDI}" in phone.text
    nl = lines_for(catalogue, "card-stop", "nl", WHEN)
    assert LRI not in "".join(ln.text for ln in nl)


def test_status_speaks_calling_words_for_a_helpline(catalogue):
    monday_7 = dt.datetime(2026, 11, 23, 7, 0, tzinfo=BRUSSELS)
    status = next(ln for ln in lines_for(catalogue, "vl-1700-infolijn", "nl", monday_7)
                  if ln.key == "status")
    assert status.text == "Bel vandaag vanaf 09:00."
    christmas = dt.datetime(2026, 12, 25, 10, 0, tzinfo=BRUSSELS)
    status = next(ln for ln in lines_for(catalogue, "vl-1700-infolijn", "fr", christmas)
                  if ln.key == "status")
    assert "Noël" in status.text


def test_old_records_say_call_first(catalogue):
    keys = [ln.key for ln in lines_for(catalogue, "torhout-bib-digipunt", "nl_easy", WHEN)]
    assert "old_info" in keys and "last_checked" in keys
    assert "opening_hours" in keys


def test_cli_prints_the_same_sentences_as_the_window(capsys, catalogue_file, catalogue):
    code = main(["--catalogue", str(catalogue_file), "show", "beernem-covias-digipunt",
                 "--lang", "uk", "--at", "2026-11-24T14:50"])
    out = capsys.readouterr().out
    lines = lines_for(catalogue, "beernem-covias-digipunt", "uk", WHEN)
    assert code == 0
    assert [x.strip() for x in out.splitlines()] == [plain(ln.text) for ln in lines]


def test_cli_unknown_client_language(capsys, catalogue_file):
    code = main(["--catalogue", str(catalogue_file), "show", "card-stop", "--lang", "xx"])
    err = capsys.readouterr().err
    assert code != 0 and "nl_easy" in err and "ti" in err


# -- the window -----------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, settle, catalogue_file):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.load_catalogue(catalogue_file)
    settle(w)
    w.model.clock = lambda: WHEN
    return w


def _search(qtbot, w, text):
    w.search_edit.setText(text)
    qtbot.waitUntil(w.search_settled)


def _answer_picker(qtbot, lang_name, keys=True, tries=100):
    """Answer the modal "I speak…" picker with the keyboard, once it shows.

    Polls until the dialog is up (a busy machine may be slow to show it); if it never shows,
    nothing is left waiting: the test fails on its own assertions instead of hanging.
    """
    def answer():
        picker = QApplication.activeModalWidget()
        if picker is None:
            if tries > 0:
                _answer_picker(qtbot, lang_name, keys, tries - 1)
            return
        target = next(b for b in picker.findChildren(QPushButton) if b.text() == lang_name)
        picker.activateWindow()
        QApplication.processEvents()
        if keys:
            # walk with Tab to the language, then Enter, as a worker would
            for _ in range(40):
                if QApplication.focusWidget() is target:
                    break
                qtbot.keyClick(QApplication.focusWidget() or picker, Qt.Key.Key_Tab)
                QApplication.processEvents()
            if QApplication.focusWidget() is not target:
                picker.reject()
                return
            qtbot.keyClick(target, Qt.Key.Key_Return)
        else:
            target.click()
    QTimer.singleShot(50, answer)


def test_keyboard_only_flow(qtbot, window):
    _search(qtbot, window, "digipunt covias")
    window.table.setFocus()
    _answer_picker(qtbot, "العربية")
    qtbot.keyClick(window.table, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.client_panel)
    view = window.client_panel.view
    assert view.book.code == "ar" and view.widget().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "Digipunt Covias" in view.text()
    # read aloud: the mock engine has no Arabic voice, and says so
    qtbot.keyClick(window.client_panel, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "العربية" in window.client_panel.voice_note.text()
    assert not window.client_panel.read_button.isEnabled()
    # another language with F7, chosen with the keyboard
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _answer_picker(qtbot, "English")
    qtbot.keyClick(window.client_panel, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: window.client_panel.view.book.code == "en")
    assert window.client_panel.read_button.isEnabled()
    window.activateWindow()   # offscreen, a closed dialog does not give the focus back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.speaker.speaking_changed, timeout=3000,
                          check_params_cb=lambda speaking: speaking):
        qtbot.keyClick(window.client_panel, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    window.speaker.stop()
    # zoom with the keyboard
    before = window.client_panel.view.zoom
    qtbot.keyClick(window.client_panel, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.client_panel.view.zoom > before
    # back with Esc
    qtbot.keyClick(window.client_panel, Qt.Key.Key_Escape)
    assert window.right.currentWidget() is window.detail
    assert QApplication.focusWidget() is window.table


def test_the_view_follows_the_selection_and_the_client_screen_too(qtbot, window):
    _search(qtbot, window, "beernem")
    window.client_panel.set_language("ti")
    window.show_to_client()
    window.toggle_client_screen()
    screen = window.client_screen
    qtbot.addWidget(screen)
    assert screen.isVisible()
    first = window.client_panel.view.text()
    window.table.selectRow(1)
    assert window.client_panel.view.text() != first
    assert screen.view.text() == window.client_panel.view.text()
    assert screen.view.book.code == "ti"
    window.toggle_client_screen()
    assert not screen.isVisible()


def test_rtl_only_for_rtl_languages(qtbot, window):
    _search(qtbot, window, "card stop")
    for lang, direction in (("fa", Qt.LayoutDirection.RightToLeft), ("ps", Qt.LayoutDirection.RightToLeft),
                            ("ti", Qt.LayoutDirection.LeftToRight), ("nl", Qt.LayoutDirection.LeftToRight)):
        window.client_panel.set_language(lang)
        window.show_to_client()
        assert window.client_panel.view.widget().layoutDirection() == direction, lang


def test_the_client_language_is_never_written_to_disk(qtbot, window):
    _search(qtbot, window, "card stop")
    window.client_panel.set_language("so")
    window.show_to_client()
    settings = QSettings()
    settings.sync()
    assert not any("client" in k.lower() or settings.value(k) == "so" for k in settings.allKeys())


# -- the staff interface in three languages -----------------------------------------------------

TS = sorted((resources() / "translations").glob("einclusie_*.ts"))


def test_nl_fr_en_translations_exist_and_are_complete():
    import xml.etree.ElementTree as ET

    assert {p.stem for p in TS} == {"einclusie_nl", "einclusie_fr", "einclusie_en"}
    for path in TS:
        root = ET.parse(path).getroot()
        def texts(m):
            t = m.find("translation")
            return [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
        unfinished = [m.findtext("source") for m in root.iter("message")
                      if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                      or not all(x.strip() for x in texts(m))]
        assert unfinished == [], path.name


@pytest.mark.parametrize("path", TS, ids=lambda p: p.stem)
def test_translations_keep_every_placeholder(path):
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source")
        t = message.find("translation")
        for translation in [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]:
            assert sorted(re.findall(r"%[\dn]", source)) == \
                sorted(re.findall(r"%[\dn]", translation)), source
            assert source.count("&") - source.count("&&") == \
                translation.count("&") - translation.count("&&"), source


def test_switching_the_interface_language_keeps_the_work(qtbot, settle, catalogue_file):
    from einclusie_app.gui.app import WindowHost
    from einclusie_app.gui.i18n import install_translators, set_ui_language, ui_language

    set_ui_language("en")
    host = WindowHost(catalogue_file)
    w = host.open()
    qtbot.addWidget(w)
    w.load_catalogue(catalogue_file)
    settle(w)
    w.search_edit.setText("card stop")
    w.run_search()
    host.switch_language("nl")
    new = host.window
    qtbot.addWidget(new)
    try:
        assert new is not w and ui_language() == "nl"
        assert new.search_edit.text() == "card stop" and new.current_service_id() == "card-stop"
        assert new.kind_buttons["helpline"].text() == "Hulplijn"
        assert new.menuBar().actions()[0].text() == "&Bestand"
    finally:
        set_ui_language("en")
        install_translators("en")


@pytest.mark.parametrize("ident, key", [
    ("card-stop", "cost_call"),                 # "regulier nummer, zonder bijkomende kost"
    ("fod-financien-contactcenter", "cost_call"),  # "normaal tarief"
    ("halle-digiplek-bib", "cost_unknown"),     # "gratis (printen betalend)": ask
    ("brugge-sint-michiels-digisenior", "cost_paid"),
    ("tienen-digipunten", "cost_free"),
    ("westerlo-laptopbib", "cost_unknown"),     # nobody said
])
def test_cost_is_said_as_the_source_stated_it(catalogue, ident, key):
    keys = [ln.key for ln in lines_for(catalogue, ident, "nl", WHEN)]
    assert key in keys and sum(k.startswith("cost_") for k in keys) == 1


# -- never "call first" without a way to call ----------------------------------------------------

CONTACT_KEYS = {"call_first", "no_phone", "no_phone_email", "no_phone_website", "no_phone_org"}


@pytest.mark.parametrize("lang", ["nl", "en", "ar", "ti"])
def test_every_line_that_asks_to_call_is_followed_by_the_way_to_call(catalogue, lang):
    from einclusie_app.core.phrasebook import CALL_FIRST, CALLING

    for ident in catalogue.ids():
        view = catalogue.service(ident)
        lines = lines_for(catalogue, ident, lang, WHEN)
        keys = [ln.key for ln in lines]
        asking = [i for i, k in enumerate(keys)
                  if k in CALL_FIRST or (k in CALLING and not view.phones)]
        if not asking:
            continue
        if "ended_no_phone" in keys:  # the may-have-ended warning itself says no number is known
            assert keys.index("ended_no_phone") < asking[0] and not view.phones, ident
            continue
        contact = asking[0] + 1
        assert keys[contact] in CONTACT_KEYS, (ident, keys)
        if view.phones:
            assert view.phones[0].display in plain(lines[contact].text), ident
        else:
            assert keys[contact] != "call_first", ident
        assert sum(k in CONTACT_KEYS for k in keys) == 1, ident     # said once


def test_call_first_words_only_come_with_the_number():
    # the phrase that says "call first" is the one that carries {phone}
    for code, words in (("en", "call first"), ("nl", "bel eerst"), ("fr", "appelez d'abord"),
                        ("de", "zuerst an")):
        book = phrasebook(code)
        saying = [k for k, v in book.phrases.items() if words in v.lower()]
        assert saying == ["call_first"], (code, saying)
        assert "{phone}" in book.phrases["call_first"]


def _view_with(catalogue, ident, **changes):
    from dataclasses import replace

    view = catalogue.service(ident)
    record = replace(view.record, **changes)
    fields = {"record": record}
    if "phones" in changes:
        fields["phones"] = ()
    return replace(view, **fields)


@pytest.mark.parametrize("lang", sorted(REQUIRED))
def test_an_offer_that_may_have_ended_says_so_with_the_number(catalogue, lang):
    view = _view_with(catalogue, "card-stop", may_have_ended=True)
    lines = client_lines(view, lang, catalogue.opening(view.id, WHEN), today=WHEN.date())
    keys = [ln.key for ln in lines]
    assert keys[keys.index("may_have_ended") + 1] == "call_first"
    assert keys.index("may_have_ended") < keys.index("status")        # before anything else
    number = view.phones[0].display
    assert number in plain(lines[keys.index("call_first")].text)


@pytest.mark.parametrize("lang", sorted(REQUIRED))
def test_an_offer_that_may_have_ended_without_a_number_warns(catalogue, lang):
    view = _view_with(catalogue, "torhout-bib-digipunt", may_have_ended=True, phones=[])
    lines = client_lines(view, lang, None, today=WHEN.date())
    keys = [ln.key for ln in lines]
    assert "ended_no_phone" in keys and "call_first" not in keys
    warning = lines[keys.index("ended_no_phone")]
    assert warning.role == "notice" and warning.pictogram == "warning"


@pytest.mark.parametrize("lang", sorted(REQUIRED))
def test_no_phone_says_so_and_gives_the_other_way(catalogue, lang):
    view = _view_with(catalogue, "torhout-bib-digipunt", phones=[], email="bib@torhout.be")
    lines = client_lines(view, lang, None, today=WHEN.date())
    contact = next(ln for ln in lines if ln.key in CONTACT_KEYS)
    assert contact.key == "no_phone_email" and "bib@torhout.be" in plain(contact.text)


def test_holidays_are_named_in_every_client_language():
    import datetime as _dt

    from einclusie_app.core.holidays_be import HolidayCalendar
    from einclusie_app.core.phrasebook import holiday_name

    cal = HolidayCalendar({"flanders", "wallonia_brussels", "german"})
    days = cal.legal_holidays(2027) + [cal.community_day(_dt.date(2027, m, d), [c])
                                       for c, (m, d, _) in __import__(
                                           "einclusie_app.core.holidays_be",
                                           fromlist=["COMMUNITY_DAYS"]).COMMUNITY_DAYS.items()]
    assert all(h.key for h in days)
    same_in_german = {"Allerheiligen"}
    for book in languages():
        for h in days:
            name = holiday_name(h, book.code)
            assert name == book.phrases[f"holiday_{h.key}"]
            if book.code not in ("nl", "nl_easy") and h.nl not in same_in_german:
                assert name != h.nl, (book.code, h.nl)


def test_lists_use_the_languages_own_separator(catalogue):
    assert phrasebook("ar").join(["a", "b"]) == "a، b"
    assert phrasebook("ti").join(["a", "b"]) == "a፣ b"
    assert phrasebook("en").join(["a", "b"]) == "a, b"
    helpline = next(ln for ln in lines_for(catalogue, "card-stop", "fa", WHEN)
                    if ln.key == "helpline_for")
    assert "، " in helpline.text and ", " not in helpline.text


def test_check_dates_are_labels_and_plain_dutch_writes_the_month():
    assert phrasebook("nl_easy").date_text("2023-07") == "juli 2023"
    assert phrasebook("nl_easy").date_text("2022-01-10") == "10 januari 2022"
    assert phrasebook("fr").date_text("2023-07") == "07-2023"
    for book in languages():
        assert "{date}" in book.phrases["last_checked"]
        assert book.phrases["last_checked"].split("{date}")[0].rstrip().endswith((":", "：", "፡"))


def test_closing_soon_needs_no_plural():
    for book in languages():
        assert "{minutes}" not in " ".join(book.phrases.values())
        assert "{time}" in book.phrases["closes_soon"]


def test_free_pay_and_ask_look_different_and_no_tick_beside_doubt(catalogue):
    from einclusie_app.core.phrasebook import PICTOGRAMS

    costs = [PICTOGRAMS[k] for k in ("cost_free", "cost_paid", "cost_unknown", "cost_call")]
    assert len(set(costs)) == 4
    files = {(resources() / "pictograms" / f"{p}.svg").read_bytes() for p in costs}
    assert len(files) == 4
    assert PICTOGRAMS["last_checked_unknown"] != "checked"
    old = next(ln for ln in lines_for(catalogue, "torhout-bib-digipunt", "nl", WHEN)
               if ln.key == "last_checked")
    assert old.pictogram == "warning"      # checked 2022: no tick beside "may be old"
