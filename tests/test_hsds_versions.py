"""HSDS 3.1 and 3.3 data from other directories: kept, not dropped; kinds and sources inferred."""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from einclusie_app.core import hsds
from einclusie_app.core.importer import read_file
from einclusie_app.core.infer import KindGuesser, guesser_of
from einclusie_app.core.localstore import LocalStore
from einclusie_app.core.overlay import Workspace
from einclusie_app.core.record import Source
from einclusie_app.core.validate import check_read

SCHEMAS = Path(__file__).parent / "fixtures" / "hsds-3.0"
SOURCE = Source("https://www.zedelgem.be/digitaal", "2025-02-01")


def uid(n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.invalid/v/{n}"))


def service_31(**changes) -> dict:
    """A service as an HSDS 3.1 directory publishes it."""
    s = {
        "id": uid(0), "name": "Laptops lenen bij het Sociaal Huis", "status": "active",
        "description": "Wie geen computer heeft, kan er een lenen voor drie maanden.",
        "alternate_name": "Uitleendienst", "last_modified": "2026-10-01T09:30:00Z",
        "additional_urls": [{"id": uid(1), "label": "Facebook",
                             "url": "https://www.facebook.com/sociaalhuiszedelgem"}],
        "capacities": [{"id": uid(2), "available": 4, "maximum": 20,
                        "description": "laptops om uit te lenen",
                        "updated": "2026-10-01T09:30:00Z",
                        "unit": {"id": uid(3), "name": "laptop"}}],
        "organization": {"id": uid(4), "name": "OCMW Zedelgem",
                         "description": "Het OCMW van Zedelgem",
                         "website": "https://www.zedelgem.be"},
        "phones": [{"id": uid(5), "number": "050 20 80 00", "extension": 12}],
        "attributes": [{"id": uid(6), "link_id": uid(0), "link_type": "service",
                        "link_entity": "service", "taxonomy_term_id": uid(7),
                        "label": "Device lending", "value": "",
                        "taxonomy_term": {"id": uid(7), "code": "BM-3000",
                                          "name": "Computer Lending",
                                          "description": "Lending of laptops and tablets",
                                          "taxonomy": "open-eligibility"}}],
        "schedules": [{"id": uid(8), "freq": "WEEKLY", "byday": "TU",
                       "opens_at": "09:00", "closes_at": "12:00"}],
        "service_at_locations": [{"id": uid(9), "location": {
            "id": uid(10), "location_type": "physical", "name": "Sociaal Huis",
            "latitude": 51.14, "longitude": 3.14, "transportation": "bus 52",
            "addresses": [{"id": uid(11), "address_1": "Torhoutsesteenweg 39",
                           "address_2": "2de verdieping", "city": "Zedelgem",
                           "postal_code": "8210", "country": "BE"}]}}],
    }
    s.update(changes)
    return s


def write(tmp_path: Path, value, name="theirs.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def guesser(catalogue) -> KindGuesser:
    return guesser_of(catalogue)


@pytest.fixture
def ws(tmp_path, catalogue_file):
    store = LocalStore(tmp_path / "store", counter="test")
    w = Workspace(catalogue_file, store, tmp_path / "cache")
    yield w
    w.close()
    store.close()


def test_hsds_31_fields_are_kept_through_import_and_both_exports(tmp_path, ws, catalogue):
    read = hsds.read_json(write(tmp_path, service_31()), default_kinds=["device_loan"],
                          default_source=SOURCE)
    assert check_read(read, catalogue.gazetteer) == []
    [r] = read.records
    extra = r.hsds_extra
    assert extra["capacities"][0]["unit"] == {"id": uid(3), "name": "laptop"}
    assert extra["additional_urls"][0]["url"] == "https://www.facebook.com/sociaalhuiszedelgem"
    assert extra["alternate_name"] == "Uitleendienst"
    assert extra["organization"]["website"] == "https://www.zedelgem.be"
    [attr] = extra["attributes"]
    assert attr["label"] == "Device lending" and attr["taxonomy_term"]["code"] == "BM-3000"
    # what cannot be kept is said, field by field
    notes = {(n.field, n.reason.split(":")[0]) for n in read.notes}
    assert ("phones[0].extension", "not kept") in notes
    assert ("service_at_locations[0].location.transportation", "not kept") in notes
    assert ("service_at_locations[0].location.addresses[0].address_2", "not kept") in notes

    ws.import_records(read)
    cat = ws.open_catalogue()
    try:
        json_path, _ = hsds.export_json(cat, tmp_path / "json")
        dp, _ = hsds.export_tabular(cat, tmp_path / "csv")
    finally:
        cat.close()
    services = json.loads(json_path.read_text(encoding="utf-8"))
    mine = next(s for s in services if s["id"] == uid(0))
    schema = json.loads((SCHEMAS / "service.json").read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(mine)) == []
    assert "capacities" not in mine           # we write HSDS 3.0: kept in the profile
    codes = {a["taxonomy_term"]["code"] for a in mine["attributes"]}
    assert "hsds_extra" in codes
    for back in (hsds.read_json(json_path), hsds.read_tabular(dp.parent)):
        assert back.problems == []
        again = next(x for x in back.records if x.id == r.id)
        assert again == r


def test_hsds_31_tables_of_a_package_are_nested_and_kept(tmp_path, ws):
    cat = ws.open_catalogue()
    try:
        dp, _ = hsds.export_tabular(cat, tmp_path / "pkg")
    finally:
        cat.close()
    folder = dp.parent
    sid = hsds.service_uuid("card-stop")
    rows = {"url.csv": [["id", "label", "url", "service_id"],
                        [uid(20), "Twitter", "https://x.com/cardstop", sid]],
            "service_capacity.csv": [["id", "service_id", "unit_id", "available", "description"],
                                     [uid(21), sid, uid(22), "2", "lijnen"]],
            "units.csv": [["id", "name"], [uid(22), "telefoonlijn"]],
            "contacts.csv": [["id", "name"], [uid(23), "Jan"]]}
    for name, table in rows.items():
        with open(folder / name, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\r\n").writerows(table)
    descriptor = json.loads(dp.read_text(encoding="utf-8"))
    descriptor["resources"] += [{"name": "url", "path": "url.csv"},
                                {"name": "service_capacity", "path": "service_capacity.csv"},
                                {"name": "unit", "path": "units.csv"},
                                {"name": "contact", "path": "contacts.csv"}]
    dp.write_text(json.dumps(descriptor), encoding="utf-8")
    read = hsds.read_tabular(folder)
    assert read.problems == []
    card = next(r for r in read.records if r.id == "card-stop")
    assert card.hsds_extra["additional_urls"] == [
        {"id": uid(20), "label": "Twitter", "url": "https://x.com/cardstop", "service_id": sid}]
    [cap] = card.hsds_extra["capacities"]
    assert cap["available"] == 2 and cap["unit"] == {"id": uid(22), "name": "telefoonlijn"}
    assert [str(n) for n in read.notes] == [
        "contacts.csv: not read: the catalogue keeps no contact table"]


def test_hsds_33_operating_hours_and_events_win_over_the_deprecated_schedules(tmp_path):
    s = service_31(
        operating_hours=[{"id": uid(30), "freq": "WEEKLY", "byday": "MO,TH",
                          "opens_at": "13:00", "closes_at": "16:00", "group": "regular"}],
        events=[{"id": uid(31), "dtstart": "2026-12-05", "until": "2026-12-05",
                 "opens_at": "10:00", "closes_at": "12:00", "description": "Laptopdag"}])
    read = hsds.read_json(write(tmp_path, s), default_kinds=["device_loan"],
                          default_source=SOURCE)
    assert read.problems == []
    [r] = read.records
    assert r.hours == "Mo 13:00-16:00; Th 13:00-16:00"
    assert [(e.date, e.opens, e.closes) for e in r.hours_exceptions] == [
        ("2026-12-05", "10:00", "12:00")]
    assert any(n.field == "schedules" and "deprecated" in n.reason for n in read.notes)
    # schedules alone (3.0 to 3.2) are read as before
    s.pop("operating_hours"), s.pop("events")
    [r] = hsds.read_json(write(tmp_path, s), default_kinds=["device_loan"],
                         default_source=SOURCE).records
    assert r.hours == "Tu 09:00-12:00"


@pytest.mark.parametrize("name, description, kind", [
    ("Laptops lenen bij het Sociaal Huis", "", "device_loan"),
    ("Infolijn digitale vragen", "Bel ons met al je vragen.", "helpline"),
    ("Cursus online bankieren", "In vier lessen leer je bankieren.", "training"),
    ("Digipunt Zedelgem", "Hulp met je smartphone.", "digipunt"),
])
def test_the_kind_is_inferred_from_the_synonym_list(tmp_path, guesser, name, description, kind):
    s = service_31(name=name, description=description, attributes=[])
    read = hsds.read_json(write(tmp_path, s), default_source=SOURCE, infer=guesser)
    assert read.problems == []
    [r] = read.records
    assert r.kinds == [kind]
    [note] = [n for n in read.notes if n.field == "kinds"]
    assert note.reason.startswith(f"kind {kind} inferred from")
    # said on the record itself, as the catalogue says every inferred fact
    assert r.sources[0].confidence == "partial"
    assert f"kind {kind} inferred" in r.sources[0].notes


def test_taxonomy_terms_count_and_an_unclear_service_asks_for_its_kind(tmp_path, guesser):
    theirs = service_31()["attributes"][0]
    theirs["label"] = "Uitlenen van laptops"
    s = service_31(name="Sociaal Huis Zedelgem", description="", attributes=[theirs])
    read = hsds.read_json(write(tmp_path, s), default_source=SOURCE, infer=guesser)
    assert read.problems == [] and read.records[0].kinds == ["device_loan"]
    assert "taxonomy 'uitlenen' → device_loan" in str(read.notes)
    # "smartphone" points at a digipunt or a course: no kind stands out, so it is asked
    s = service_31(name="Sociaal Huis Zedelgem", description="Smartphone en tablet",
                   attributes=[])
    read = hsds.read_json(write(tmp_path, s), default_source=SOURCE, infer=guesser)
    [p] = read.problems
    assert "--kind" in p.reason and "none can be inferred" in p.reason


def test_import_infers_by_default_and_a_package_names_its_own_source(tmp_path, ws):
    path = write(tmp_path, service_31(attributes=[]))
    read = read_file(path)                     # the shipped catalogue's synonym list
    assert [p.field for p in read.problems] == ["attributes"]   # the source only
    assert "--source" in read.problems[0].reason
    read = read_file(path, default_source=SOURCE)
    assert read.problems == [] and read.records[0].kinds == ["device_loan"]
    # a tabular package with a homepage: that is the source
    ws.import_records(read)
    cat = ws.open_catalogue()
    try:
        dp, _ = hsds.export_tabular(cat, tmp_path / "pkg")
    finally:
        cat.close()
    d = json.loads(dp.read_text(encoding="utf-8"))
    d.update(homepage="https://data.zedelgem.be/hsds", created="2026-11-02T10:00:00Z")
    dp.write_text(json.dumps(d), encoding="utf-8")
    svc = (dp.parent / "attributes.csv")
    # drop our profile attributes of that one service: it reads as theirs
    lines = svc.read_text(encoding="utf-8").splitlines(keepends=True)
    sid = uid(0)
    svc.write_text("".join(line for line in lines if sid not in line), encoding="utf-8")
    d["resources"] = [{k: v for k, v in r.items() if k not in ("bytes", "hash")}
                      for r in d["resources"]]
    dp.write_text(json.dumps(d), encoding="utf-8")
    read = read_file(dp.parent)
    assert read.problems == []
    r = next(x for x in read.records if x.id == "hsds-" + uuid.UUID(sid).hex)
    assert r.sources[0].url == "https://data.zedelgem.be/hsds"
    assert r.sources[0].date == "2026-11-02"
    assert r.kinds == ["device_loan"]
