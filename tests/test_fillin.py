"""The fill-in pack of a municipality: the spreadsheet template pre-filled with what is known
there, empty rows, a first sheet that explains (with the import's own rules); imported back
unchanged when untouched, and with who filled it in as the source when filled in."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from einclusie_app.cli import main
from einclusie_app.core import fillin
from einclusie_app.core.record import Location, Phone, Source, load_records
from einclusie_app.core.session import Session
from einclusie_app.core.site import Site
from einclusie_app.core.spreadsheet import (
    HEADERS, PACK_MARK, PACK_SHEET, SUPPLIER_LABELS, SpreadsheetError, _finish, _Row,
    carry_over, row_of,
)

ROOT = Path(__file__).resolve().parents[1]
BEERNEM = ("beernem-bib-digipunt", "beernem-covias-digipunt", "beernem-ldc-flora-digipunt",
           "beernem-ldc-mirte-digipunt", "beernem-mobiel-digipunt-komkommer",
           "beernem-uitleendienst-laptop-tablet")


@pytest.fixture
def cli(capsys, catalogue_file, tmp_path):
    def run(*args, store=True):
        argv = ["--catalogue", str(catalogue_file), "catalogue", *map(str, args)]
        if store:
            argv += ["--store", str(tmp_path / "store"), "--cache", str(tmp_path / "cache")]
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def session(tmp_path, catalogue_file):
    s = Session.open(Site(home="Beernem"), shipped=catalogue_file, store=tmp_path / "store",
                     cache=tmp_path / "cache", counter="Balie 1")
    yield s
    s.close()


def sheet_rows(path: Path, name: str = "aanbod") -> list[dict]:
    wb = openpyxl.load_workbook(path)
    ws = wb[name]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    return [dict(zip(head, r)) for r in rows[1:]]


# -- the command line ------------------------------------------------------------------------


def test_a_pack_for_beernem_opens_with_openpyxl_and_imports_back_unchanged(cli, tmp_path):
    out = tmp_path / "beernem.xlsx"
    code, stdout, err = cli("fill-in-pack", "Beernem", "--out", out)
    assert code == 0, err
    assert [ln.split("\t") for ln in stdout.splitlines()] == \
        [["located", i] for i in BEERNEM] + [["serving", "digibank-brugge-west"]]
    assert "6 record(s) located there, 1 serving it, 25 empty row(s)" in err
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [PACK_SHEET, "aanbod"] and wb.active.title == PACK_SHEET
    first = wb[PACK_SHEET]
    assert first["A1"].value == PACK_MARK and "Beernem" in first["A2"].value
    labels = [c.value for c in first["A"] if c.value]
    assert all(label in labels for _k, label in SUPPLIER_LABELS)
    rows = sheet_rows(out)
    assert list(rows[0]) == list(HEADERS)
    filled = [r for r in rows if any(v not in (None, "") for v in r.values())]
    assert [r["id"] for r in filled] == [*BEERNEM, "digibank-brugge-west"]
    assert len(rows) == len(filled) + 25
    assert all(c.number_format == "@" for c in wb["aanbod"]["Q"][1:])   # telefoon: text
    code, stdout, err = cli("import", out, "--dry-run")
    assert code == 0 and "would add 0, would update 0, unchanged 7" in err, err
    code, stdout, err = cli("import", out)
    assert code == 0 and "added 0, updated 0, unchanged 7" in err and stdout == ""
    code, stdout, _ = cli("log")
    assert stdout == ""                                    # nothing was stored


@pytest.mark.parametrize("municipality, serving", [("Ardooie", 0), ("Oostkamp", 1)])
def test_a_pack_for_a_municipality_with_nothing_has_empty_rows_and_what_serves_it(
        cli, tmp_path, municipality, serving):
    out = tmp_path / "pack.xlsx"
    code, stdout, err = cli("fill-in-pack", municipality, "--out", out, "--empty-rows", 10)
    assert code == 0, err
    assert f"0 record(s) located there, {serving} serving it, 10 empty row(s)" in err
    rows = sheet_rows(out)
    assert len(rows) == serving + 10
    assert all(r["werkgebied"] for r in rows[:serving])     # the regional offers
    code, _, err = cli("import", out)
    assert code == 0 and f"added 0, updated 0, unchanged {serving}" in err, err


def test_the_pack_is_made_without_a_local_store_and_refuses_an_unknown_place(cli, tmp_path):
    code, _, err = cli("fill-in-pack", "8730", "--out", tmp_path / "p.xlsx", store=False)
    assert code == 0 and "fill-in pack of Beernem" in err
    code, _, err = cli("fill-in-pack", "Nergensdorp", "--out", tmp_path / "q.xlsx")
    assert code != 0 and "'Nergensdorp' is not a municipality" in err
    assert not (tmp_path / "q.xlsx").exists()
    code, _, err = cli("fill-in-pack", "Beernem", "--out", tmp_path / "p.csv")
    assert code != 0 and ".xlsx" in err


# -- what one row cannot hold ----------------------------------------------------------------


def test_every_record_of_the_catalogue_comes_back_whole_from_its_row():
    for r in load_records(ROOT / "data" / "services"):
        row = row_of(r, whole=False)
        read = _finish([_Row("pack.xlsx row 2", row)], [], "pack.xlsx")
        assert read.problems == [], (r.id, read.problems)
        assert carry_over(read.records[0], r) == r, r.id


def test_the_plain_template_still_refuses_what_it_cannot_hold():
    r = next(r for r in load_records(ROOT / "data" / "services") if len(r.sources) > 1)
    with pytest.raises(SpreadsheetError, match="sources"):
        row_of(r)


def test_hsds_data_kept_verbatim_and_other_ids_survive_an_untouched_pack(session, tmp_path):
    base = session.record("beernem-covias-digipunt")
    extra = replace(
        base, id="beernem-hsds-extra", name="Digipunt met HSDS 3.1", aliases=["hsds-alias"],
        hsds_extra={"capacities": [{"available": 3, "unit": {"name": "laptops"}}],
                    "additional_urls": [{"url": "https://example.org/x", "label": "info"}]},
        phones=[Phone("050 12 34 56", "afspraken; ook voor e-mail")],
        locations=[*base.locations, Location(name="Tweede plaats", postcode="8730",
                                             municipality="Oedelem")],
        sources=[*base.sources, Source("https://www.beernem.be/digipunt", "2024-05")])
    session.save(extra)
    out = tmp_path / "p.xlsx"
    info = session.fill_in_pack("Beernem", out).value
    assert "beernem-hsds-extra" in info.located
    row = next(r for r in sheet_rows(out) if r["id"] == "beernem-hsds-extra")
    assert row["telefoon_omschrijving"] == "afspraken, ook voor e-mail"
    checked = session.check_file(out)
    assert checked.problems == () and checked.report.updated == []
    assert "beernem-hsds-extra" in checked.report.unchanged
    report = session.import_records(checked.read).value
    assert report.summary() == "added 0, updated 0, unchanged 8"


# -- filled in and imported back -------------------------------------------------------------


def fill_supplier(wb, **values) -> None:
    ws = wb[PACK_SHEET]
    labels = dict(SUPPLIER_LABELS)
    for cell in ws["A"]:
        for key, label in labels.items():
            if cell.value == label and key in values:
                ws.cell(cell.row, 2, values[key])


def test_a_filled_in_pack_records_who_supplied_it_and_when_as_the_source(session, tmp_path):
    out = tmp_path / "p.xlsx"
    session.fill_in_pack("Beernem", out)
    wb = openpyxl.load_workbook(out)
    fill_supplier(wb, name="An Peeters", organisation="Sociaal huis Beernem",
                  contact="digipunt@beernem.be", date="2026-05-28", url="www.beernem.be")
    ws = wb["aanbod"]
    head = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(head)}
    target = next(r for r in range(2, ws.max_row + 1)
                  if ws.cell(r, col["id"]).value == "beernem-bib-digipunt")
    ws.cell(target, col["telefoon"], "050 79 79 79")
    empty = next(r for r in range(2, ws.max_row + 1) if not ws.cell(r, col["naam"]).value)
    for key, value in {"naam": "Digicafé Oedelem", "soort": "digipunt",
                       "postcode": "8730", "gemeente": "Oedelem",
                       "uren": "di 14:00-16:00"}.items():
        ws.cell(empty, col[key], value)
    wb.save(out)
    checked = session.check_file(out)
    assert checked.problems == ()
    assert checked.report.summary() == "would add 1, would update 1, unchanged 6"
    report = session.import_records(checked.read).value
    assert report.added == ["digicafe-oedelem-8730"] and report.updated == ["beernem-bib-digipunt"]
    new = session.record("digicafe-oedelem-8730")
    [src] = new.sources
    assert (src.url, src.date) == ("www.beernem.be", "2026-05-28")
    assert "An Peeters" in src.notes and "Sociaal huis Beernem" in src.notes
    changed = session.record("beernem-bib-digipunt")
    assert changed.phones[0].number == "050 79 79 79"
    assert changed.sources[0] == src and changed.sources[1:] == \
        session.store.entry("beernem-bib-digipunt").base_record.sources
    again = session.check_file(out)
    assert again.report.summary() == "would add 0, would update 0, unchanged 8"


def test_a_filled_pack_without_who_filled_it_in_imports_nothing_and_says_where(session,
                                                                              tmp_path):
    out = tmp_path / "p.xlsx"
    session.fill_in_pack("Ardooie", out, empty_rows=5)
    wb = openpyxl.load_workbook(out)
    ws = wb["aanbod"]
    ws["B2"], ws["C2"], ws["Q2"], ws["AB2"] = "Digipunt Ardooie", "digipunt", "12345", "8850"
    wb.save(out)
    checked = session.check_file(out)
    said = [str(p) for p in checked.problems]
    assert any(f"({PACK_SHEET})" in p and "Ingevuld door" in p for p in said), said
    assert any("row 2: telefoon:" in p for p in said), said
    assert any("row 2: bron_url:" in p and PACK_SHEET in p for p in said), said
    fill_supplier(wb, name="Jan", date="2099-01-01", url="geen adres")
    wb.save(out)
    said = [str(p) for p in session.check_file(out).problems]
    assert any("in the future" in p for p in said) and any("web address" in p for p in said)
    assert session.changes() == []


# -- the first sheet tells the import's rules ------------------------------------------------


@pytest.mark.parametrize("refnis, province", [("31003", "West-Vlaanderen"), ("21009", "")])
def test_every_example_on_the_first_sheet_is_what_the_import_does(catalogue, refnis, province):
    rules = fillin.column_rules(catalogue.conn, refnis, province, dt.date(2026, 6, 1))
    assert [r.column for r in rules] == list(HEADERS)
    assert fillin.check_examples(rules, catalogue.gazetteer) == []
    assert sum(len(r.bad) for r in rules) >= 20


# -- the window ------------------------------------------------------------------------------


def test_the_maintainer_makes_a_pack_from_the_coverage_of_the_region(qtbot, settle, session,
                                                                     tmp_path):
    from einclusie_app.gui.main_window import MainWindow
    from test_maintainer_gui import unnamed_controls

    w = MainWindow(site=session.site)
    qtbot.addWidget(w)
    w.show()
    w.adopt_session(session)
    try:
        cov = w.maintainer.show_coverage()
        settle(w)
        names = [m.municipality for m in cov.rows]
        assert names[0] == "Beernem" and "Oostkamp" in names
        beernem = cov.rows[0]
        assert beernem.located["digipunt"] == 5 and cov.model.index(0, 1).data() == "5"
        assert "nothing known" in cov.summary.text() or all(not m.nothing_known
                                                            for m in cov.rows)
        cov.region_combo.setCurrentIndex(cov.region_combo.count() - 1)   # everywhere
        settle(w)
        assert len(cov.rows) == 304
        cov.select("Ardooie")
        assert cov.selected().nothing_known and "Nothing is known" in cov.pack_button.toolTip()
        pack = cov.make_pack()
        assert pack.place_edit.text() == "Ardooie" and unnamed_controls(pack) == []
        assert unnamed_controls(cov) == []
        out = tmp_path / "ardooie.xlsx"
        assert pack.save(out)
        settle(w)
        assert out.is_file() and pack.info.municipality == "Ardooie"
        assert "Ardooie" in pack.message.text()
        pack.place_edit.setText("Nergensdorp")
        pack.save(tmp_path / "x.xlsx")
        settle(w)
        assert "not a municipality" in pack.message.text()
    finally:
        w.tasks.wait()
        w.session = None
        w.close()
