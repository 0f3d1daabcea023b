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
    assert "Laatst nagekeken op 10-01-2022" in text                 # last checked, old: call first
    assert "Bel eerst" in text


def test_rtl_and_ethiopic_text_is_there(rendered):
    ar = pdftext(rendered["ar"][0])
    # shaped Arabic comes back as presentation forms (U+FB50–U+FEFF) or base letters
    assert re.search(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]{3}", ar)
    assert "078 17 01 70" in ar
    assert "Naar dit nummer kan je bellen voor hulp" in ar
    ti = pdftext(rendered["ti"][0])
    assert re.search(r"[\u1200-\u137F]{3}", ti) and "Ravenhofstraat" in ti


def test_dutch_client_gets_one_language_and_no_draft(rendered):
    text = pdftext(rendered["nl"][0])
    assert "Ontwerpvertaling" not in text and text.count("Toon dit blad") == 1


def test_a_full_basket_takes_two_pages(catalogue, tmp_path, qapp):
    ids = THREE + ("vl-1700-infolijn", "pensioenlijn-1765", "gent-de-serre-digipunt")
    path = tmp_path / "six.pdf"
    assert write_pdf(catalogue, HandoutRequest(ids, "fr", WHEN), path) == 2 == pages(path)
    with pytest.raises(HandoutError, match="at most 6"):
        write_pdf(catalogue, HandoutRequest(ids + ("card-stop",), "fr", WHEN), tmp_path / "x.pdf")


# -- QR codes -----------------------------------------------------------------------------

def test_qr_payloads(catalogue):
    card = {q.kind: q.payload for q in qr_codes(catalogue.service("card-stop"))}
    assert card == {"phone": "tel:+3278170170"}
    line = {q.kind: q.payload for q in qr_codes(catalogue.service("vl-1700-infolijn"))}
    assert line["phone"] == "tel:1700"
    torhout = {q.kind: q.payload for q in qr_codes(catalogue.service("torhout-bib-digipunt"))}
    assert torhout["map"].startswith("geo:51.") and "?q=Ravenhofstraat%2C%208820%20Torhout" in torhout["map"]
    # no street, no map: a municipality's point would send the client to the wrong door
    assert "map" not in {q.kind for q in qr_codes(catalogue.service("gent-de-serre-digipunt"))}
    assert website_url("www.denderleeuw.be") == "https://www.denderleeuw.be"
    assert website_url("https://x.be/a") == "https://x.be/a"


@pytest.mark.parametrize("payload", ["tel:+3278170170", "https://www.denderleeuw.be",
                                     "geo:51.06150,3.10540?q=Ravenhofstraat%2C%208820%20Torhout"])
def test_qr_image_draws_exactly_the_payload(qapp, payload):
    matrix = segno.make(payload, error="m", boost_error=False).matrix
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

def test_basket_handout_and_new_client(qtbot, catalogue_file, tmp_path):
    from PySide6.QtCore import QSettings

    from einclusie_app.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.load_catalogue(catalogue_file)
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
