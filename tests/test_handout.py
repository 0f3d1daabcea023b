"""The page the client takes home: rendered to PDF and read back with poppler's tools."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
import segno

from einclusie_app.cli import main
from einclusie_app.core.handout import qr_codes, website_url
from einclusie_app.core.hours import BRUSSELS
from einclusie_app.render.handout import HandoutError, HandoutRequest, write_pdf
from einclusie_app.render.qr import MODULE_PX, QUIET_ZONE, qr_image

WHEN = dt.datetime(2026, 11, 24, 14, 50, tzinfo=BRUSSELS)
THREE = ("card-stop", "torhout-bib-digipunt", "beernem-covias-digipunt")


def pdftext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def fonts(path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.fixture(scope="module")
def rendered(catalogue, tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("handouts")
    out = {}
    for lang in ("pl", "ar", "ti", "nl"):
        path = folder / f"{lang}.pdf"
        n = write_pdf(catalogue, HandoutRequest(THREE, lang, WHEN, "Sociaal Huis Beernem"), path)
        out[lang] = (path, n)
    return out


#: The three longest records of the catalogue on paper (a helpline with four topics, a digipunt
#: with no phone and holidays ahead, a project at seven places without a street), on a December
#: day when the holidays ahead are named: the kind of page that used to take two pages.
HEAVY = ("ombudsdienst-telecom", "mechelen-digibankpunt-den-abeel", "w13-digihulp-zuidwest")
DECEMBER = dt.datetime(2026, 12, 14, 10, 0, tzinfo=BRUSSELS)


@pytest.fixture(scope="module")
def every_language(catalogue, tmp_path_factory, qapp):
    """The three-record handout in every client language: {lang: (pdf, pages)}."""
    from einclusie_app.core.phrasebook import ORDER

    folder = tmp_path_factory.mktemp("every-language")
    out = {}
    for lang in ORDER:
        path = folder / f"{lang}.pdf"
        n = write_pdf(catalogue, HandoutRequest(HEAVY, lang, DECEMBER, "Sociaal Huis Beernem"), path)
        out[lang] = (path, n)
    return out


def test_three_long_records_fit_one_page_in_every_language(every_language):
    counts = {lang: (n, pages(path)) for lang, (path, n) in every_language.items()}
    assert counts == {lang: (1, 1) for lang in counts}


def test_fonts_are_embedded_in_every_language(every_language):
    for lang, (path, _) in every_language.items():
        rows = fonts(path)
        assert rows and all(r[-5] == "yes" for r in rows), (lang, rows)   # the "emb" column


DUTCH_HOLIDAYS = ("Kerstmis", "Nieuwjaar", "Paasmaandag", "Pinkstermaandag", "Wapenstilstand")


def test_no_dutch_holiday_name_in_a_client_column(every_language):
    # The Dutch column names each holiday once per record; a client column that still said
    # "Kerstmis" would add to that count.
    dutch_only = pdftext(every_language["nl"][0])
    for lang, (path, _) in every_language.items():
        if lang in ("nl", "nl_easy"):
            continue
        text = pdftext(path)
        for name in DUTCH_HOLIDAYS:
            assert text.count(name) == dutch_only.count(name), (lang, name)
    assert dutch_only.count("Kerstmis") >= 1      # the December page does name holidays


def test_every_qr_code_decodes_to_its_payload(every_language, rendered, catalogue, tmp_path):
    from collections import Counter

    for lang, path, ids in (("ar", every_language["ar"][0], HEAVY),
                            ("ti", every_language["ti"][0], HEAVY),
                            ("nl", rendered["nl"][0], THREE), ("pl", rendered["pl"][0], THREE)):
        png = tmp_path / f"{lang}"
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(path), str(png)], check=True)
        decoded = []
        for page in sorted(tmp_path.glob(f"{lang}-*.png")):
            out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable",
                                  str(page)], capture_output=True, text=True)
            decoded += [line for line in out.stdout.splitlines() if line]
        expected = [q.payload for i in ids for q in qr_codes(catalogue.service(i))]
        assert expected and Counter(decoded) == Counter(expected), lang


def test_short_payloads_are_standard_qr_not_micro_qr(qapp):
    # segno makes "tel:1700" a Micro QR M3 unless told otherwise; phones and zbar cannot read it
    from einclusie_app.render.qr import qr_image

    image = qr_image("tel:1700")
    assert image.width() == (21 + 2 * QUIET_ZONE) * MODULE_PX    # version 1 QR: 21 modules


def test_rtl_dates_stay_next_to_their_own_names(catalogue, qapp):
    """In the Arabic "closed on" line each date reads left-to-right ("25-12") and sits right
    of its own holiday's name, in the order of the dates."""
    from einclusie_app.core.phrasebook import LRI, PDI, phrasebook
    from einclusie_app.render.handout import handout_document

    doc = handout_document(catalogue, HandoutRequest(("belfius-klachtenbeheer",), "ar", DECEMBER))
    book = phrasebook("ar")
    christmas, new_year = book.phrases["holiday_christmas"], book.phrases["holiday_new_year"]
    block = doc.begin()
    while block.isValid() and christmas not in block.text():
        block = block.next()
    assert block.isValid()
    text = block.text()
    layout = block.layout()
    assert layout.lineCount() >= 1

    def span(start, end):
        xs = []
        for i in range(start, end + 1):
            line = layout.lineForTextPosition(i)
            xs.append((line.lineNumber(), line.cursorToX(i)[0]))
        return xs

    pieces = []
    for needle in (f"{LRI}25-12{PDI}", christmas, f"{LRI}01-01{PDI}", new_year):
        start = text.index(needle)
        pieces.append(span(start, start + len(needle)))
    # right to left on a line, and top to bottom across lines: each piece after the previous
    def key(xs):
        line = min(n for n, _ in xs)
        return (line, -max(x for n, x in xs if n == line))
    assert [key(p) for p in pieces] == sorted(key(p) for p in pieces)
    # the digits inside each date are laid out left to right: read the glyphs as drawn
    seen = ""
    for n in range(layout.lineCount()):
        drawn = []
        for run in layout.lineAt(n).glyphRuns():
            font = run.rawFont()
            glyphs = {font.glyphIndexesForString(ch)[0]: ch for ch in "0123456789-"}
            drawn += [(pos.x(), glyphs[g]) for g, pos in zip(run.glyphIndexes(), run.positions())
                      if g in glyphs]
        seen += " " + "".join(ch for _, ch in sorted(drawn))
    assert "25-12" in seen and "01-01" in seen, seen


def test_type_is_large_where_the_client_looks_first(catalogue, qapp):
    from einclusie_app.render import handout as H

    doc = H.handout_document(catalogue, HandoutRequest(THREE, "uk", WHEN))
    sizes = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            for needle in ("078\u00a017", "Card Stop"):
                if needle in frag.text():
                    size = frag.charFormat().fontPointSize()
                    sizes[needle] = max(sizes.get(needle, 0), size)
            it += 1
        block = block.next()
    assert H.BODY_PT >= 9 and sizes["078\u00a017"] >= 16 and sizes["Card Stop"] >= 14


@pytest.mark.parametrize("lang", ["pl", "ar", "ti", "nl"])
def test_three_records_fit_one_a4_page(rendered, lang):
    path, n = rendered[lang]
    assert n == 1 and pages(path) == 1
    assert "A4" in subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout


@pytest.mark.parametrize("lang", ["pl", "ar", "ti", "nl"])
def test_fonts_are_embedded(rendered, lang):
    rows = fonts(rendered[lang][0])
    assert rows and all(r[-5] == "yes" for r in rows), rows   # the "emb" column
    names = " ".join(r[0] for r in rows)
    assert "NotoSans" in names
    if lang == "ar":
        assert "NotoSansArabic" in names
    if lang == "ti":
        assert "NotoSansEthiopic" in names


def test_both_languages_names_and_numbers_survive(rendered, catalogue):
    text = pdftext(rendered["pl"][0])
    for name in ("Card Stop", "Digipunt stedelijke bibliotheek Torhout", "Digipunt Covias",
                 "078 17 01 70", "Ravenhofstraat, 8820 Torhout", "Sociaal Huis Beernem"):
        assert name in text, name
    assert "Proszę pokazać tę kartkę na miejscu" in text           # Polish
    assert "Toon dit blad als je daar bent" in text                # Dutch
    assert "Tłumaczenie robocze" in text                            # the draft notice
    assert "Afspraak" in text and "Wizyta" in text                  # boxes to write in
    assert "Laatst nagekeken: 10-01-2022" in text                   # a label, not a sentence
    assert "Bel eerst: " in text                                    # always with the number


def test_rtl_and_ethiopic_text_is_there(rendered):
    ar = pdftext(rendered["ar"][0])
    # shaped Arabic comes back as presentation forms (U+FB50–U+FEFF) or base letters
    assert re.search(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]{3}", ar)
    assert "078 17 01 70" in ar
    assert "Voor: een bankkaart die kwijt of gestolen is" in ar     # what the line is for
    ti = pdftext(rendered["ti"][0])
    assert re.search(r"[\u1200-\u137F]{3}", ti) and "Ravenhofstraat" in ti


def test_dutch_client_gets_one_language_and_no_draft(rendered):
    text = pdftext(rendered["nl"][0])
    assert "Ontwerpvertaling" not in text and text.count("Toon dit blad") == 1


def test_english_is_a_source_language_not_a_draft(catalogue, tmp_path, qapp):
    path = tmp_path / "en.pdf"
    write_pdf(catalogue, HandoutRequest(THREE, "en", WHEN), path)
    text = pdftext(path)
    assert "Draft translation" not in text and "Ontwerpvertaling" not in text


def test_a_full_basket_continues_cleanly_on_page_two(catalogue, tmp_path, qapp):
    ids = THREE + ("vl-1700-infolijn", "pensioenlijn-1765", "gent-de-serre-digipunt")
    path = tmp_path / "six.pdf"
    assert write_pdf(catalogue, HandoutRequest(ids, "fr", WHEN, "Sociaal Huis Beernem"), path) \
        == 2 == pages(path)
    names = [catalogue.service(i).name for i in ids]

    def page(n):
        return subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-"],
                              capture_output=True, text=True, check=True).stdout

    first, second = page(1), page(2)
    assert all(n in first and n not in second for n in names[:3])
    assert all(n in second and n not in first for n in names[3:])
    # the appointment boxes stay whole at the end, with the counter named on page two too
    assert "Afspraak" in second and "Afspraak" not in first and "Sociaal Huis Beernem" in second
    with pytest.raises(HandoutError, match="at most 6"):
        write_pdf(catalogue, HandoutRequest(ids + ("card-stop",), "fr", WHEN), tmp_path / "x.pdf")


def test_no_record_box_crosses_a_page_boundary(catalogue, qapp):
    from PySide6.QtGui import QTextTable

    from einclusie_app.render.handout import PAGE_PX, handout_document

    ids = HEAVY + THREE
    for lang in ("ar", "de", "ps", "so"):
        doc = handout_document(catalogue, HandoutRequest(ids, lang, DECEMBER))
        layout = doc.documentLayout()
        for table in [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]:
            rect = layout.frameBoundingRect(table)
            assert rect.top() // PAGE_PX.height() == (rect.bottom() - 1) // PAGE_PX.height(), lang


# -- QR codes -----------------------------------------------------------------------------

def test_qr_payloads(catalogue):
    card = {q.kind: q.payload for q in qr_codes(catalogue.service("card-stop"))}
    assert card == {"phone": "tel:+3278170170", "website": "https://cardstop.be"}
    line = {q.kind: q.payload for q in qr_codes(catalogue.service("vl-1700-infolijn"))}
    assert line["phone"] == "tel:1700"
    torhout = {q.kind: q.payload for q in qr_codes(catalogue.service("torhout-bib-digipunt"))}
    assert torhout["map"].startswith("geo:51.") and "?q=Ravenhofstraat%2C%208820%20Torhout" in torhout["map"]
    # no street, no map: a municipality's point would send the client to the wrong door
    assert "map" not in {q.kind for q in qr_codes(catalogue.service("gent-de-serre-digipunt"))}
    assert website_url("www.denderleeuw.be") == "https://www.denderleeuw.be"
    assert website_url("https://x.be/a") == "https://x.be/a"


@pytest.mark.parametrize("payload", ["tel:+3278170170", "https://www.denderleeuw.be", "tel:1700",
                                     "geo:51.06150,3.10540?q=Ravenhofstraat%2C%208820%20Torhout"])
def test_qr_image_draws_exactly_the_payload(qapp, payload):
    matrix = segno.make_qr(payload, error="m", boost_error=False).matrix
    image = qr_image(payload)
    for y, row in enumerate(matrix):
        for x, bit in enumerate(row):
            px = image.pixelColor((x + QUIET_ZONE) * MODULE_PX + MODULE_PX // 2,
                                  (y + QUIET_ZONE) * MODULE_PX + MODULE_PX // 2)
            assert (px.lightness() < 128) == bool(bit)


# -- command line -------------------------------------------------------------------------

def test_cli_writes_the_pdf(catalogue_file, tmp_path, capsys):
    out = tmp_path / "h.pdf"
    code = main(["--catalogue", str(catalogue_file), "handout", *THREE, "--lang", "ar",
                 "--pdf", str(out), "--at", "2026-11-24T14:50"])
    assert code == 0 and pages(out) == 1 and "1 page" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["card-stop", "no-such-record", "--lang", "ar"], "no-such-record"),
    (["card-stop", "--lang", "klingon"], "klingon"),
])
def test_cli_refuses_and_writes_nothing(catalogue_file, tmp_path, capsys, args, message):
    out = tmp_path / "h.pdf"
    code = main(["--catalogue", str(catalogue_file), "handout", *args, "--pdf", str(out)])
    assert code != 0 and message in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == []


# -- the basket and "new client" in the window -----------------------------------------------

def test_basket_handout_and_new_client(qtbot, settle, catalogue_file, tmp_path):
    from PySide6.QtCore import QSettings

    from einclusie_app.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.load_catalogue(catalogue_file)
    settle(w)
    w.model.clock = lambda: WHEN
    for text in ("card stop", "torhout bib", "covias"):
        w.search_edit.setText(text)
        w.run_search()
        w.add_to_basket()
    w.add_to_basket()   # twice: kept once
    assert w.basket.ids() == ["card-stop", "torhout-bib-digipunt", "beernem-covias-digipunt"]
    w.basket.list.setCurrentRow(2)
    w.basket.move(-1)
    assert w.basket.ids()[1] == "beernem-covias-digipunt"
    w.basket.list.setCurrentRow(0)
    w.basket.remove_current()
    assert w.basket.ids() == ["beernem-covias-digipunt", "torhout-bib-digipunt"]
    w.client_panel.set_language("ti")
    saved = w.save_handout_pdf(str(tmp_path / "client.pdf"))
    assert saved and pages(saved) == 1 and "Digipunt Covias" in pdftext(saved)
    w.new_client()
    assert w.basket.ids() == [] and w.client_lang is None
    assert w.search_edit.text() == "" and w.current_service_id() in (None, w.current_service_id())
    settings = QSettings()
    assert not any("basket" in k or "client" in k for k in settings.allKeys())


def test_basket_size_matches_the_handout():
    from einclusie_app.core.handout import MAX_RECORDS
    from einclusie_app.gui import basket

    assert basket.MAX_RECORDS == MAX_RECORDS


class _Ended:
    """The catalogue, with some records marked "may have ended" (as the catalogue engineer's
    real records will be), optionally without their phone numbers."""

    def __init__(self, catalogue, ended, no_phone=()):
        self._cat, self._ended, self._no_phone = catalogue, set(ended), set(no_phone)

    def __getattr__(self, name):
        return getattr(self._cat, name)

    def service(self, ident):
        from dataclasses import replace

        view = self._cat.service(ident)
        if ident in self._ended:
            view = replace(view, record=replace(view.record, may_have_ended=True))
        if ident in self._no_phone:
            view = replace(view, phones=(), record=replace(view.record, phones=[]))
        return view


def test_an_offer_that_may_have_ended_is_never_printed_without_a_warning(catalogue, tmp_path, qapp):
    from einclusie_app.core.phrasebook import phrasebook

    from einclusie_app.render.handout import handout_document

    cat = _Ended(catalogue, {"card-stop", "torhout-bib-digipunt"})
    req = HandoutRequest(("card-stop", "torhout-bib-digipunt"), "pl", WHEN)
    assert write_pdf(cat, req, tmp_path / "ended.pdf") == 1
    text = " ".join(handout_document(cat, req).toPlainText().split())
    # with a number: "may have stopped" and the number to call first, in Polish and Dutch
    assert "Deze hulp is misschien gestopt. Bel eerst: 078 17 01 70." in text
    assert "Ta pomoc mogła się skończyć. Proszę najpierw zadzwonić: 078 17 01 70." in text
    # without a number: a warning line for that record, in Polish and in Dutch
    for code in ("pl", "nl"):
        assert phrasebook(code).phrases["ended_no_phone"] in text, code
