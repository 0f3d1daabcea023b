"""The catalogue build: deterministic, complete, HSDS-shaped, all-or-nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from einclusie_app.core.build import build_from_data, build_catalogue, load_inputs
from einclusie_app.core.catalogue import Catalogue, CatalogueError
from einclusie_app.core.record import Location, Phone, RecordError, load_records
from einclusie_app.core.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]


def dump(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_fts%'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    out = {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall() for t in tables}
    out["_fts"] = conn.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH 'tags : p1'"
                               " ORDER BY rowid").fetchall()
    conn.close()
    return out


def test_same_sources_same_rows(catalogue_file, tmp_path):
    again = tmp_path / "again.sqlite"
    build_from_data(again, ROOT / "data")
    assert dump(again) == dump(catalogue_file)


def test_every_record_is_in_the_catalogue_with_its_sources(catalogue):
    records = load_records(ROOT / "data" / "services")
    assert catalogue.count() == len(records) > 100
    for r in records:
        view = catalogue.service(r.id)
        assert view is not None and view.record.sources == r.sources
        for alias in r.aliases:
            assert catalogue.service(alias).id == r.id


def test_schema_version_and_hsds_tables(catalogue):
    conn = catalogue.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"organization", "service", "location", "service_at_location", "address", "phone",
            "schedule", "language", "cost_option", "attribute", "taxonomy_term", "service_area",
            "source", "search_fts"} <= names
    assert conn.execute("SELECT count(*) FROM source").fetchone()[0] >= 151
    # every located service is at a location with a point; addresses say BE
    assert conn.execute("SELECT count(*) FROM location WHERE latitude IS NULL").fetchone()[0] == 0
    assert {r[0] for r in conn.execute("SELECT DISTINCT country FROM address")} == {"BE"}


def test_national_services_carry_a_service_area(catalogue):
    for ident in ("card-stop", "vl-1700-infolijn", "child-focus-116000", "fod-financien-contactcenter"):
        view = catalogue.service(ident)
        assert view.areas and not view.locations, ident


def test_no_street_means_an_honest_place(catalogue):
    view = catalogue.service("gent-de-serre-digipunt")
    loc = view.locations[0]
    assert not loc.address_known and loc.approximate and loc.place == "Gent"


def test_the_catalogue_opens_read_only(catalogue_file):
    cat = Catalogue(catalogue_file)
    with pytest.raises(sqlite3.OperationalError):
        cat.conn.execute("DELETE FROM service")
    cat.close()


def test_wrong_version_is_refused(tmp_path):
    p = tmp_path / "old.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(CatalogueError, match="version 99"):
        Catalogue(p)
    with pytest.raises(CatalogueError, match="does not exist"):
        Catalogue(tmp_path / "missing.sqlite")


def test_bad_sources_leave_the_old_catalogue_untouched(catalogue_file, tmp_path):
    out = tmp_path / "cat.sqlite"
    out.write_bytes(catalogue_file.read_bytes())
    before = out.read_bytes()
    inputs = load_inputs(ROOT / "data")
    last = inputs.records[-1]
    last.locations.append(Location(municipality="Nergensdorp"))
    last.phones.append(Phone(number="12345"))
    with pytest.raises(RecordError) as exc:
        build_catalogue(inputs, out)
    text = str(exc.value)
    assert f"{last.id}: locations[" in text and "Nergensdorp" in text
    assert f"{last.id}: phones[" in text and "12345" in text
    assert out.read_bytes() == before
    assert not list(tmp_path.glob("*.building"))


def test_a_regional_offer_has_a_search_row_per_area_and_no_point(catalogue):
    rows = catalogue.conn.execute(
        "SELECT location_id, lat, place, areas FROM search_row"
        " WHERE service_id = 'w13-digihulp-zuidwest' ORDER BY rowid").fetchall()
    overview, *areas = rows
    # the first row names every area and is found by words only
    assert overview[:2] == (None, None) and overview[3] == ""
    assert overview[2] == ("Avelgem, Deerlijk, Harelbeke, Kuurne, Lendelede, Waregem, Wevelgem, "
                           "Zwevegem")
    assert [r[2] for r in areas] == ["Avelgem", "Deerlijk", "Harelbeke", "Kuurne", "Lendelede",
                                     "Waregem", "Wevelgem", "Zwevegem"]
    assert all(r[0] is None and r[1] is None and r[3].startswith("am") and " " not in r[3]
               for r in areas)


def test_a_desk_with_an_area_has_its_point_and_its_areas_apart(catalogue):
    rows = catalogue.conn.execute(
        "SELECT location_id, lat, place, areas FROM search_row"
        " WHERE service_id = 'eeklo-allemaal-digitaal' ORDER BY rowid").fetchall()
    desk, *areas = rows
    assert desk[0] and desk[1] is not None and desk[3] == ""
    assert len(areas) == 6 and all(r[1] is None and r[3] for r in areas)


def test_every_service_has_exactly_one_primary_search_row(catalogue):
    primary = catalogue.conn.execute(
        "SELECT r.service_id FROM search_row r JOIN search_fts f ON f.rowid = r.rowid"
        " WHERE search_fts MATCH 'tags : p1'").fetchall()
    assert sorted(i for (i,) in primary) == catalogue.ids()
