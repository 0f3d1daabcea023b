"""catalogue coverage: what the catalogue knows per municipality of Flanders and Brussels."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from einclusie_app.cli import main
from einclusie_app.core.build import build_catalogue, load_inputs
from einclusie_app.core.coverage import BRUSSELS_GROUP, coverage, report_json, report_text
from einclusie_app.core.record import Location, Phone, Record, Source

ROOT = Path(__file__).resolve().parents[1]


def _record(ident, kinds, *, locations=(), area=(), status="active", date="", ended=False,
            phone=""):
    return Record(id=ident, name=ident, kinds=list(kinds), status=status,
                  locations=[Location(municipality=m) for m in locations],
                  service_area=list(area), assured_date=date, may_have_ended=ended,
                  phones=[Phone(phone)] if phone else [],
                  sources=[Source("https://example.org/test", date)])


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A synthetic catalogue (tests only): each counting rule once."""
    records = [
        _record("gent-both", ["digipunt", "training"], locations=["Gent", "Gentbrugge"],
                date="2024-05"),
        _record("boom-area", ["device_loan"], area=["municipality:Boom", "municipality:Niel"],
                date="2023-01", ended=True),
        _record("wvl-province", ["training"], area=["province:West-Vlaanderen"], date="2022"),
        _record("national", ["helpline"], area=["be"], phone="1700"),
        _record("flemish", ["helpline"], area=["region:flanders"]),
        _record("brugge-closed", ["digipunt"], locations=["Brugge"], status="inactive"),
        _record("gent-desk", ["digipunt"], locations=["Gent"],
                area=["municipality:Gent", "municipality:Merelbeke-Melle"]),
        _record("nowhere", ["training"]),
    ]
    out = tmp_path_factory.mktemp("coverage") / "small.sqlite"
    build_catalogue(load_inputs(ROOT / "data", records), out)
    conn = sqlite3.connect(out)
    yield coverage(conn), out
    conn.close()


def _m(cov, name):
    (m,) = [m for m in cov.municipalities if m.municipality == name]
    return m


def test_every_municipality_of_flanders_and_brussels_once(small):
    cov, _ = small
    assert len(cov.municipalities) == 304
    assert sum(m.region == "brussels" for m in cov.municipalities) == 19
    assert len({m.refnis for m in cov.municipalities}) == 304
    assert cov.provinces() == ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant",
                               "West-Vlaanderen", BRUSSELS_GROUP]
    assert all(m.province == BRUSSELS_GROUP for m in cov.in_province(BRUSSELS_GROUP))


def test_located_counts_each_kind_once_per_record(small):
    cov, _ = small
    gent = _m(cov, "Gent")
    assert gent.located == {"digipunt": 2, "device_loan": 0, "helpline": 0, "training": 1}
    assert gent.located_ids == ("gent-both", "gent-desk")
    assert gent.serving == 0          # its own area does not count twice
    assert gent.newest_check == "2024-05"


def test_serving_counts_municipality_and_province_areas_not_regions(small):
    cov, _ = small
    boom = _m(cov, "Boom")
    assert boom.nothing_known is False and boom.serving_ids == ("boom-area",)
    assert boom.located == dict.fromkeys(boom.located, 0)
    assert boom.may_have_ended == 1 and boom.newest_check == "2023-01"
    assert _m(cov, "Merelbeke-Melle").serving_ids == ("gent-desk",)
    assert _m(cov, "Ieper").serving_ids == ("wvl-province",)
    # a national or Flemish line makes no municipality look covered ...
    assert _m(cov, "Mechelen").nothing_known
    assert all("national" not in m.serving_ids and "flemish" not in m.serving_ids
               for m in cov.municipalities)
    # ... it is listed once per region instead
    assert cov.wide == {"flanders": ("flemish", "national"), "brussels": ("national",)}


def test_inactive_records_cover_nobody(small):
    cov, _ = small
    assert _m(cov, "Brugge").located_ids == ()
    assert _m(cov, "Brugge").serving_ids == ("wvl-province",)


def test_record_figures(small):
    cov, _ = small
    f = cov.records
    assert (f.total, f.active, f.with_contact, f.with_phone) == (8, 7, 1, 1)
    assert (f.checked_recently, f.undated, f.may_have_ended) == (1, 5, 1)
    assert (f.located, f.by_area_only, f.nowhere) == (3, 4, 1)


def test_summary_per_province(small):
    cov, _ = small
    by = {s.province: s for s in cov.summary()}
    ovl = by["Oost-Vlaanderen"]
    assert ovl.located["digipunt"] == 1 and ovl.any_located == 1
    assert ovl.serving_only == 1 and ovl.any_offer == 2
    assert len(ovl.nothing_known) == ovl.municipalities - 2
    wvl = by["West-Vlaanderen"]
    assert wvl.any_offer == wvl.municipalities and not wvl.nothing_known
    assert cov.total().municipalities == 304


def test_home_region_for_the_maintainer_window(small, catalogue):
    cov, _ = small
    gent = catalogue.gazetteer.resolve("Ledeberg").place
    (only,) = cov.for_place(gent)
    assert only.municipality == "Gent"
    around = cov.for_place(gent, km=10)
    assert around[0].municipality == "Gent" and len(around) > 3
    assert "Merelbeke-Melle" in {m.municipality for m in around}
    assert "Brugge" not in {m.municipality for m in around}
    liege = catalogue.gazetteer.resolve("Liège").place
    assert cov.for_place(liege) == []


def test_text_and_json_reports(small):
    cov, _ = small
    text = report_text(cov)
    assert "Region-wide and Belgium-wide lines are not counted per municipality" in text
    assert "Summary: municipalities with" in text
    boom_line = next(ln for ln in text.splitlines() if ln.strip().startswith("Boom "))
    assert "2023-01" in boom_line and "ended? 1" in boom_line
    assert "nothing known" in next(ln for ln in text.splitlines() if ln.strip().startswith("Mechelen "))
    lines = report_json(cov.municipalities).splitlines()
    assert len(lines) == 304
    first = json.loads(lines[0])
    assert {"municipality", "province", "located", "serving", "newest_check"} <= set(first)
    assert set(first["located"]) == {"digipunt", "device_loan", "helpline", "training"}


# -- the command line, on the shipped catalogue ------------------------------------------------


def _cli(capsys, catalogue_file, *args):
    code = main(["--catalogue", str(catalogue_file), "catalogue", "coverage", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_coverage_text(capsys, catalogue_file):
    code, out, err = _cli(capsys, catalogue_file)
    assert code == 0 and err == ""
    assert out.startswith("Coverage of the catalogue: 304 municipalities of Flanders and Brussels")
    for province in ("Antwerpen (", "Limburg (", "West-Vlaanderen (", "Brussel (19 municipalities)"):
        assert province in out
    assert "Vlaanderen en Brussel" in out and "Nothing known in" in out
    kuurne = next(ln for ln in out.splitlines() if ln.strip().startswith("Kuurne "))
    assert "nothing known" not in kuurne   # served by the W13 Digihulp area


def test_cli_coverage_json_one_object_per_municipality(capsys, catalogue_file):
    code, out, _ = _cli(capsys, catalogue_file, "--json")
    rows = [json.loads(ln) for ln in out.splitlines()]
    assert code == 0 and len(rows) == 304
    boom = next(r for r in rows if r["municipality"] == "Boom")
    assert boom["province"] == "Antwerpen" and boom["serving"] >= 2
    assert "rupelaar-digibanken" in boom["serving_ids"]
    assert "card-stop" not in {i for r in rows for i in r["serving_ids"]}
    assert all(r["newest_check"] is None or r["newest_check"][:4].isdigit() for r in rows)


def test_cli_coverage_one_province(capsys, catalogue_file):
    code, out, _ = _cli(capsys, catalogue_file, "--province", "west-vlaanderen", "--json")
    rows = [json.loads(ln) for ln in out.splitlines()]
    assert code == 0 and rows and {r["province"] for r in rows} == {"West-Vlaanderen"}
    code, out, _ = _cli(capsys, catalogue_file, "--province", "Bruxelles")
    assert code == 0 and "Brussel (19 municipalities)" in out and "Antwerpen (" not in out


def test_cli_coverage_unknown_province_says_which_exist(capsys, catalogue_file):
    code, out, err = _cli(capsys, catalogue_file, "--province", "Henegouwen")
    assert code != 0 and out == ""
    assert "Unknown province 'Henegouwen'" in err and "West-Vlaanderen" in err
