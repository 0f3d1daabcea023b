"""``catalogue publish``: a static HSDS 3.0 API, valid page by page, served by a plain static
server, and read back by ``catalogue harvest`` without losing anything."""

from __future__ import annotations

import hashlib
import json
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from einclusie_app.core import hsds
from einclusie_app.core.harvest import FeedReader, FolderTransport, HttpTransport, harvest
from einclusie_app.core.infer import guesser_of
from einclusie_app.core.localstore import LocalStore
from einclusie_app.core.overlay import Workspace
from einclusie_app.core.publish import PublishError, is_published_folder, publish
from einclusie_app.core.record import Phone, load_record
from einclusie_app.core.recordfile import record_toml
from feedserver import base, static

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = Path(__file__).parent / "fixtures" / "hsds-3.0"
TODAY = __import__("datetime").date(2026, 12, 6)


def _schema_registry() -> Registry:
    """The official schemas by the addresses openapi.json and the schemas use for them."""
    resources = []
    for path in sorted((SCHEMAS / "schema").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(schema, default_specification=_DIALECT)
        resources.append((path.name, resource))
        resources.append(("https://raw.githubusercontent.com/openreferral/specification/3.0/"
                          f"schema/{path.name}", resource))
    for name in ("service.json", "service_list.json"):
        schema = json.loads((SCHEMAS / ("service.json" if name == "service.json"
                                        else "schema/compiled/service_list.json")
                             ).read_text(encoding="utf-8"))
        resources.append(("https://raw.githubusercontent.com/openreferral/specification/3.0/"
                          f"schema/compiled/{name}",
                          Resource.from_contents(schema, default_specification=_DIALECT)))
    return Registry().with_resources(resources)


from referencing.jsonschema import DRAFT202012 as _DIALECT  # noqa: E402

REGISTRY = _schema_registry()
OPENAPI = json.loads((SCHEMAS / "schema" / "openapi.json").read_text(encoding="utf-8"))


def response_schema(path: str) -> dict:
    """The schema of a 200 answer of ``path`` in the official openapi.json, with the Page
    component in place."""
    schema = OPENAPI["paths"][path]["get"]["responses"]["200"]["content"][
        "application/json"]["schema"]
    text = json.dumps(schema).replace("#/components/schemas/Page", "urn:hsds:page")
    return json.loads(text)


def validator(path: str) -> Draft202012Validator:
    page = Resource.from_contents(OPENAPI["components"]["schemas"]["Page"],
                                  default_specification=_DIALECT)
    registry = REGISTRY.with_resource("urn:hsds:page", page)
    return Draft202012Validator(response_schema(path), registry=registry,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


LOCAL = "lokaal-laptopdienst"


@pytest.fixture(scope="module")
def published(tmp_path_factory, catalogue_file):
    """The catalogue as the program shows it (shipped + one local addition and one local
    correction), published with pages of 25."""
    base_dir = tmp_path_factory.mktemp("publish")
    store = LocalStore(base_dir / "store", counter="test")
    ws = Workspace(catalogue_file, store, base_dir / "cache")
    r = ws.record("beernem-covias-digipunt")
    ws.save(replace(r, id=LOCAL, name="Lokale laptopdienst", aliases=[], kinds=["device_loan"],
                    phones=[Phone("050 12 34 56", "onthaal")], assured_date="2026-11-14",
                    hsds_extra={"capacities": [{"id": "2f0f0a1e-8c1b-4c5e-9d7a-3b2c1d0e9f8a",
                                                "available": 3, "unit": {
                                                    "id": "5b1c9e2a-7d3f-4a6b-8c9d-0e1f2a3b4c5d",
                                                    "name": "laptop"}}]}))
    ws.save(replace(ws.record("card-stop"), alert="Lokaal: nummer nagekeken"))
    cat = ws.open_catalogue()
    try:
        info = publish(cat, base_dir / "feed", per_page=25, base_url="https://data.example.be/hsds/")
        records = {i: cat.service(i).record for i in cat.ids()}
    finally:
        cat.close()
        ws.close()
        store.close()
    return {"dir": base_dir / "feed", "info": info, "records": records, "base": base_dir}


def files_of(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_layout_a_static_server_can_serve(published):
    d, info = published["dir"], published["info"]
    n = len(published["records"])
    assert info.services == n and info.pages == -(-n // 25)
    for name in ("index.json", "index.html", "openapi.json", "profile.json",
                 "services/index.json", "services/index.html", "taxonomies/index.json",
                 "taxonomy_terms/index.json"):
        assert (d / name).is_file(), name
    assert (d / "index.json").read_bytes() == (d / "index.html").read_bytes()
    assert (d / "services/index.json").read_bytes() == (d / "services/page/1.json").read_bytes()
    root = load(d / "index.json")
    assert root["version"] == "3.0"
    assert root["openapi_url"] == "https://data.example.be/hsds/openapi.json"
    assert root["profile"] == "https://data.example.be/hsds/profile.json"
    assert root["einclusie"]["pages"]["services"] == "services/page/{page}.json"
    spec = load(d / "openapi.json")
    assert set(spec["paths"]) == {"/", "/services", "/services/{id}", "/taxonomies",
                                  "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}"}
    assert spec["servers"] == [{"url": "https://data.example.be/hsds"}]


def test_every_page_and_every_object_validates_against_the_official_schemas(published):
    d = published["dir"]
    errors = []

    def check(path: str, doc, where: str) -> None:
        errors.extend((where, list(e.absolute_path)[:4], e.message[:100])
                      for e in validator(path).iter_errors(doc))

    check("/", load(d / "index.json"), "index.json")
    for endpoint in ("services", "taxonomies", "taxonomy_terms"):
        pages = sorted((d / endpoint / "page").glob("*.json"), key=lambda p: int(p.stem))
        seen = []
        for number, p in enumerate(pages, start=1):
            doc = load(p)
            check(f"/{endpoint}", doc, str(p.relative_to(d)))
            assert list(doc)[:8] == ["total_items", "total_pages", "page_number", "size",
                                     "first_page", "last_page", "empty", "contents"]
            assert doc["page_number"] == number and doc["total_pages"] == len(pages)
            assert doc["first_page"] == (number == 1) and doc["last_page"] == (
                number == len(pages))
            assert doc["size"] == len(doc["contents"]) and not doc["empty"]
            seen += [c["id"] for c in doc["contents"]]
        assert len(seen) == len(set(seen)) == doc["total_items"]
        for ident in seen:
            check(f"/{endpoint}/{{id}}", load(d / endpoint / ident), f"{endpoint}/{ident}")
    assert errors == []
    assert len(seen) > 30       # every profile code and every topic as a taxonomy term


def test_pages_carry_full_services_equal_to_their_own_file(published):
    d = published["dir"]
    page = load(d / "services" / "page" / "2.json")
    for s in page["contents"]:
        assert s == load(d / "services" / s["id"])
        assert "service_at_locations" in s and "attributes" in s


def test_the_same_catalogue_publishes_the_same_bytes_and_replaces_only_its_own(
        published, catalogue_file, tmp_path):
    from einclusie_app.core.catalogue import Catalogue

    cat = Catalogue(catalogue_file)
    try:
        out = tmp_path / "feed"
        publish(cat, out, per_page=25)
        first = files_of(out)
        publish(cat, out, per_page=25)          # over its own earlier publish
        assert files_of(out) == first
        assert is_published_folder(out)
        other = tmp_path / "other"
        other.mkdir()
        (other / "notes.txt").write_text("mine", encoding="utf-8")
        with pytest.raises(PublishError, match="not empty and holds no feed"):
            publish(cat, other)
        assert [p.name for p in other.iterdir()] == ["notes.txt"]
        with pytest.raises(PublishError, match="http"):
            publish(cat, tmp_path / "x", base_url="ftp://example.be")
    finally:
        cat.close()
    assert not load(out / "index.json").get("openapi_url")   # no address given: none claimed
    assert not list(tmp_path.glob(".*publishing*"))


def test_published_feed_served_by_http_server_is_harvested_back_without_loss(
        published, tmp_path, catalogue):
    """publish → python's http.server on 127.0.0.1 → harvest: the TOML files are the
    catalogue's own sources, byte for byte."""
    into = tmp_path / "data"

    def run(server):
        reader = FeedReader(HttpTransport(base(server)), per_page=25)
        [rep] = harvest([reader], into, today=TODAY, gazetteer=catalogue.gazetteer,
                        guesser=guesser_of(catalogue))
        return rep

    with static(published["dir"]) as server:
        # the server serves the layout as it is
        with urllib.request.urlopen(base(server) + "/services") as resp:
            assert json.loads(resp.read())["page_number"] == 1
        rep = run(server)
        assert rep.complete and rep.refused_source == ""
        assert len(rep.added) == len(published["records"])
        assert "/services/page/2.json" in server.log   # ?page= ignored: the root said where
        shipped = sorted((ROOT / "data" / "services").glob("*.toml"))
        for f in shipped:
            if f.stem == "card-stop":
                continue                        # corrected locally: the feed has the local one
            assert (into / "services" / f.name).read_bytes() == f.read_bytes(), f.name
        card = load_record(into / "services" / "card-stop.toml")
        assert card.alert == "Lokaal: nummer nagekeken"
        mine = into / "services" / f"{LOCAL}.toml"
        assert mine.read_text(encoding="utf-8") == record_toml(published["records"][LOCAL])
        assert "hsds_extra = '{\"capacities\"" in mine.read_text(encoding="utf-8")

        # the same harvest again: every file byte-identical
        before = files_of(into)
        rep = run(server)
        assert (rep.added, rep.updated, rep.conflicts) == ([], [], [])
        assert len(rep.unchanged) == len(published["records"])
        assert files_of(into) == before


def test_the_published_folder_itself_is_a_source(published, tmp_path, catalogue):
    into = tmp_path / "data"
    reader = FeedReader(FolderTransport(published["dir"]))
    [rep] = harvest([reader], into, today=TODAY, gazetteer=catalogue.gazetteer)
    assert rep.complete and len(rep.added) == len(published["records"])
    assert (into / "services" / "123-digit.toml").read_bytes() == (
        ROOT / "data" / "services" / "123-digit.toml").read_bytes()
    assert reader.detail().startswith(f"{published['info'].pages} pages")


def test_publish_on_the_command_line(tmp_path, catalogue_file, capsys):
    from einclusie_app.cli import main

    out = tmp_path / "feed"
    code = main(["--catalogue", str(catalogue_file), "catalogue", "publish", str(out),
                 "--store", str(tmp_path / "store"), "--base-url", "https://x.example.be"])
    err = capsys.readouterr().err
    assert code == 0 and "services on" in err and "http.server" in err
    assert load(out / "index.json")["openapi_url"] == "https://x.example.be/openapi.json"
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "a.txt").write_text("x", encoding="utf-8")
    code = main(["--catalogue", str(catalogue_file), "catalogue", "publish",
                 str(tmp_path / "foreign"), "--store", str(tmp_path / "store")])
    assert code == 1 and "not empty" in capsys.readouterr().err
    assert hsds.service_uuid("card-stop") in {p.name for p in (out / "services").iterdir()}
