"""``catalogue harvest`` against feeds that page, fail, hang, break off and lie; the merge rules."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import socket
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from einclusie_app.core import hsds
from einclusie_app.core.feeds import FeedError, Limits, check_url, get
from einclusie_app.core.harvest import (
    STATE_FILE, FeedReader, FileReader, HttpTransport, SourceRefused, harvest, reader_for,
)
from einclusie_app.core.infer import guesser_of
from einclusie_app.core.record import load_record
from einclusie_app.core.recordfile import record_toml
from feedserver import ApiServer, base, static

ROOT = Path(__file__).resolve().parents[1]
DAY1, DAY2 = dt.date(2026, 12, 6), dt.date(2026, 12, 9)
FAST = Limits(timeout=0.5, deadline=5, retries=2, backoff=0.01, max_bytes=200_000)
IDS = ["card-stop", "awel-102", "123-digit", "beernem-bib-digipunt", "aalst-ocmw-laptop",
       "beernem-covias-digipunt", "antwerpen-digipunt-linkeroever"]


@pytest.fixture(scope="module")
def services(catalogue) -> list[dict]:
    """Seven real services as HSDS (with our profile), in this order."""
    by_id = {}
    for obj in hsds.service_objects(catalogue):
        by_id[obj["id"]] = obj
    return [copy.deepcopy(by_id[hsds.service_uuid(i)]) for i in IDS]


def run(url, into, catalogue, *, today=DAY1, per_page=2, full=False, limits=FAST, **kw):
    reader = FeedReader(HttpTransport(url, limits), per_page=per_page, full=full)
    [rep] = harvest([reader], into, today=today, gazetteer=catalogue.gazetteer,
                    guesser=guesser_of(catalogue), **kw)
    return rep


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_pages_are_read_to_the_last_and_increments_ask_modified_after(services, tmp_path,
                                                                      catalogue):
    api = ApiServer(services)
    into = tmp_path / "data"
    with api.running() as url:
        rep = run(url, into, catalogue)
        assert rep.complete and sorted(rep.added) == sorted(IDS)
        assert rep.detail == "4 pages, 7 services"
        pages = [r for r in api.requests if r.startswith("/services?")]
        assert len(pages) == 4 and all("per_page=2" in r and "full=true" in r for r in pages)
        assert not any("modified_after" in r for r in pages)
        for i in IDS:
            assert (into / "services" / f"{i}.toml").read_bytes() == (
                ROOT / "data" / "services" / f"{i}.toml").read_bytes()
        state = json.loads((into / STATE_FILE).read_text(encoding="utf-8"))
        assert state["sources"][url] == {"kind": "hsds-feed", "last_harvest": "2026-12-06"}
        assert state["records"]["card-stop"]["source"] == url
        # three days later: only what changed since the last complete harvest
        api.requests.clear()
        api.modified = {services[0]["id"]}
        changed = copy.deepcopy(services[0])
        changed["alert"] = "Nieuw nummer vanaf januari"
        api.services[0] = changed
        rep = run(url, into, catalogue, today=DAY2)
        assert "modified_after=2026-12-06T00%3A00%3A00Z" in api.requests[1]
        assert (rep.updated, rep.unchanged, rep.added) == (["card-stop"], [], [])
        assert rep.detail.endswith("modified after 2026-12-06")
        assert load_record(into / "services" / "card-stop.toml").alert == \
            "Nieuw nummer vanaf januari"
        # --full reads everything again
        api.requests.clear()
        rep = run(url, into, catalogue, today=DAY2, full=True)
        assert len(rep.unchanged) == 7 and not any("modified_after" in r for r in api.requests)


def test_a_server_error_is_tried_again_and_then_refuses_the_whole_feed(services, tmp_path,
                                                                       catalogue):
    api = ApiServer(services)
    api.fail_page, api.fail_times = 2, 2          # twice 500, then fine: the retries carry it
    into = tmp_path / "data"
    with api.running() as url:
        rep = run(url, into, catalogue)
        assert rep.complete and len(rep.added) == 7 and api.failed == 2
        api.fail_page, api.fail_times, api.failed = 3, None, 0   # always 500 on page 3
        before = tree(into)
        rep = run(url, tmp_path / "other", catalogue)
    assert not rep.complete and rep.added == []
    assert rep.refused_source == (f"page 3 ({url}/services?per_page=2&full=true&page=3): "
                                  "HTTP 500 (Internal Server Error); tried 3 times")
    assert api.failed == 3
    assert not (tmp_path / "other" / "services").exists()    # nothing of it was written
    assert tree(into) == before


def test_a_page_that_never_comes_times_out_with_its_url(services, tmp_path, catalogue):
    api = ApiServer(services)
    api.slow_page, api.slow_seconds = 2, 2.0
    with api.running() as url:
        rep = run(url, tmp_path / "data", catalogue,
                  limits=Limits(timeout=0.3, retries=1, backoff=0.01))
    assert rep.refused_source.startswith(f"page 2 ({url}/services?")
    assert rep.refused_source.endswith("timed out after 0.3 s; tried 2 times")
    assert not (tmp_path / "data" / "services").exists()


def test_a_malformed_page_is_refused_with_its_place(services, tmp_path, catalogue):
    api = ApiServer(services)
    api.malformed_page = 2
    with api.running() as url:
        rep = run(url, tmp_path / "data", catalogue)
    assert rep.refused_source.startswith(f"page 2 ({url}/services?")
    assert "is not valid JSON (line 1 column" in rep.refused_source
    assert not (tmp_path / "data" / "services").exists()


def test_limits_size_redirects_and_schemes(services, tmp_path, catalogue):
    api = ApiServer(services)
    api.big_page, api.big_bytes = 1, 300_000
    with api.running() as url:
        rep = run(url, tmp_path / "a", catalogue)
        assert "more than the limit of 200,000 bytes" in rep.refused_source
        api.big_page = None
        api.redirect_root = "file:///etc/passwd"
        with pytest.raises(FeedError, match="redirect .302. to file:///etc/passwd: only http"):
            get(url + "/", FAST)
        api.redirect_root = None
        api.ignore_page = True                    # a server that always sends page 1
        rep = run(url, tmp_path / "b", catalogue)
        assert "the server ignores ?page= (asked for page 2, got page 1)" in rep.refused_source
    for bad in ("file:///etc/passwd", "ftp://example.be/x", "https://user:pw@example.be/",
                "javascript:alert(1)"):
        assert check_url(bad)
        with pytest.raises(FeedError):
            get(bad)
    with pytest.raises(SourceRefused, match="only http"):
        reader_for("ftp://example.be/hsds")


def test_list_form_pages_fetch_each_service_whole(services, tmp_path, catalogue):
    api = ApiServer(services)
    api.list_form = True
    with api.running() as url:
        rep = run(url, tmp_path / "data", catalogue)
    assert rep.complete and len(rep.added) == 7
    assert "7 fetched one by one" in rep.detail
    assert (tmp_path / "data" / "services" / "card-stop.toml").read_bytes() == (
        ROOT / "data" / "services" / "card-stop.toml").read_bytes()


def test_a_bad_service_is_refused_alone_and_the_feed_is_read_again_next_time(
        services, tmp_path, catalogue):
    bad = copy.deepcopy(services)
    bad[3]["phones"] = [{"id": str(uuid.uuid4()), "number": "12345"}]
    api = ApiServer(bad)
    into = tmp_path / "data"
    with api.running() as url:
        rep = run(url, into, catalogue)
        [(what, problems)] = rep.refused
        assert what == "beernem-bib-digipunt"
        assert "phones[0].number" in str(problems[0]) and "page 2" in str(problems[0])
        assert len(rep.added) == 6 and not rep.complete
        state = json.loads((into / STATE_FILE).read_text(encoding="utf-8"))
        assert "last_harvest" not in state["sources"][url]   # not complete: no increment
        api.requests.clear()
        run(url, into, catalogue, today=DAY2)
        assert not any("modified_after" in r for r in api.requests)


def test_conflicts_never_overwrite_and_two_sources_disagreeing_both_conflict(
        services, tmp_path, catalogue):
    into = tmp_path / "data"
    (into / "services").mkdir(parents=True)
    shipped = ROOT / "data" / "services" / "awel-102.toml"
    (into / "services" / "awel-102.toml").write_bytes(shipped.read_bytes())
    mine = copy.deepcopy(services)
    mine[1]["alert"] = "Gewijzigd door de gemeente"       # awel-102: a shipped record
    a, b = ApiServer(mine), ApiServer(copy.deepcopy(services))
    with a.running() as url_a, b.running() as url_b:
        reps = harvest([FeedReader(HttpTransport(url_a, FAST), 2),
                        FeedReader(HttpTransport(url_b, FAST), 2)], into, today=DAY1,
                       gazetteer=catalogue.gazetteer)
        ra, rb = reps
        # awel-102: a differs from b, so neither; b's is the shipped bytes: also in conflict
        assert [c.id for c in ra.conflicts] == ["awel-102"] == [c.id for c in rb.conflicts]
        assert "another source gives another version" in ra.conflicts[0].reason
        assert (into / "services" / "awel-102.toml").read_bytes() == shipped.read_bytes()
        assert sorted(ra.added + rb.added) == sorted(i for i in IDS if i != "awel-102")
        # from now on a feed changing a record another feed brought is a conflict
        b.services[0] = {**b.services[0], "alert": "van B"}
        [rb] = harvest([FeedReader(HttpTransport(url_b, FAST), 2)], into, today=DAY2,
                       gazetteer=catalogue.gazetteer)
        owners = json.loads((into / STATE_FILE).read_text("utf-8"))["records"]
        assert owners["card-stop"]["source"] == url_a       # both gave it: the first one
        assert [c.id for c in rb.conflicts] == ["card-stop"]
        assert f"brought by another source ({url_a})" in str(rb.conflicts[0])
        assert "awel-102" in rb.unchanged      # b's is the folder's own: nothing to do
        # the maintainer edits a harvested file by hand; the feed changes it too: conflict
        path = into / "services" / "123-digit.toml"
        path.write_text(record_toml(replace(load_record(path), alert="hand")),
                        encoding="utf-8")
        a.services[2] = {**a.services[2], "alert": "van de feed"}
        rep = run(url_a, into, catalogue, today=DAY2, full=True)
        [c] = [c for c in rep.conflicts if c.id == "123-digit"]
        assert "changed in the folder since" in c.reason
        assert "alert: here 'hand' / source 'van de feed'" in str(c)
        assert load_record(path).alert == "hand"


def test_an_update_that_drops_facts_needs_allow_removals(services, tmp_path, catalogue):
    api = ApiServer(copy.deepcopy(services))
    into = tmp_path / "data"
    with api.running() as url:
        run(url, into, catalogue)
        api.services[0] = {**api.services[0], "phones": []}
        rep = run(url, into, catalogue, today=DAY2)
        [c] = rep.conflicts
        assert c.id == "card-stop" and "would remove phones: 078 170 170" in c.reason
        assert load_record(into / "services" / "card-stop.toml").phones
        rep = run(url, into, catalogue, today=DAY2, allow_removals=True)
        assert rep.updated == ["card-stop"]
        assert load_record(into / "services" / "card-stop.toml").phones == []


@pytest.fixture
def public_name(monkeypatch):
    """``feed.example.test`` resolves to 127.0.0.1: a feed has a public name, and a record's
    source must be a web address with one."""
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: real(
        "127.0.0.1" if host == "feed.example.test" else host, *a, **k))
    return lambda url: url.replace("127.0.0.1", "feed.example.test")


def _uid(n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.invalid/harvest/{n}"))


#: A service of another directory: no profile of ours.
THEIRS = {"id": "5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b", "name": "Laptops lenen",
          "status": "active", "description": "Leen een laptop voor drie maanden.",
          "phones": [{"id": _uid(1), "number": "050 20 80 00"}],
          "service_at_locations": [{"id": _uid(2), "location": {
              "id": _uid(3), "location_type": "physical",
              "addresses": [{"id": _uid(4), "address_1": "Markt 1", "city": "Zedelgem",
                             "postal_code": "8210", "country": "BE"}]}}]}


def test_a_plain_feed_of_another_directory_gets_its_kind_and_its_feed_as_source(
        tmp_path, catalogue, public_name):
    theirs = copy.deepcopy(THEIRS)
    api = ApiServer([theirs])
    into = tmp_path / "data"
    with api.running() as local:
        url = public_name(local)
        rep = run(url, into, catalogue)
        assert rep.complete, rep.refused
        rid = "hsds-5f1d2c3b4a594e6f8a7b9c0d1e2f3a4b"
        r = load_record(into / "services" / f"{rid}.toml")
        assert r.kinds == ["device_loan"]
        [src] = r.sources
        assert src.url == f"{url}/services/{theirs['id']}" and src.date == "2026-12-06"
        assert src.confidence == "partial" and "kind device_loan inferred" in src.notes
        assert any(n.field == "kinds" for n in rep.notes)
        # a later day: the same service, the same file (the date it was first read stays)
        before = tree(into / "services")
        rep = run(url, into, catalogue, today=DAY2, full=True)
        assert rep.unchanged == [rid] and tree(into / "services") == before


def test_an_hsds_document_at_a_web_address_is_a_source(tmp_path, catalogue, public_name):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "theirs.json").write_text(json.dumps([THEIRS]), encoding="utf-8")
    with static(folder) as server:
        url = public_name(base(server)) + "/theirs.json"
        rep = run(url, tmp_path / "data", catalogue)
    assert rep.complete and rep.detail == "1 page, 1 services"
    [name] = rep.added
    [src] = load_record(tmp_path / "data" / "services" / f"{name}.toml").sources
    assert src.url == url


def test_files_are_sources_too(services, tmp_path, catalogue):
    path = tmp_path / "theirs.json"
    path.write_text(json.dumps(services[:2]), encoding="utf-8")
    reader = reader_for(str(path))
    assert isinstance(reader, FileReader)
    [rep] = harvest([reader], tmp_path / "data", today=DAY1, gazetteer=catalogue.gazetteer)
    assert sorted(rep.added) == ["awel-102", "card-stop"] and rep.detail == "2 services"
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    [rep] = harvest([reader_for(str(broken))], tmp_path / "data", today=DAY1)
    assert "is not valid JSON" in rep.refused_source


def test_harvest_on_the_command_line_reports_per_source(services, tmp_path, catalogue_file,
                                                        capsys):
    from einclusie_app.cli import main

    api = ApiServer(services)
    into = tmp_path / "data"
    with api.running() as url:
        args = ["--catalogue", str(catalogue_file), "catalogue", "harvest", url,
                str(tmp_path / "missing.json"), "ftp://example.be/x", "--into", str(into),
                "--per-page", "3", "--timeout", "2"]
        code = main(args)
        out, err = capsys.readouterr()
        assert code == 1                    # two sources refused
        lines = out.splitlines()
        assert lines[0] == ("ftp://example.be/x: only http:// and https:// addresses are read,"
                            " not ftp:: refused, nothing applied")
        assert lines[1].startswith(f"{url}: applied 7 added, 0 updated, 0 unchanged; "
                                   "0 conflicting; 0 refused (3 pages, 7 services)")
        assert "  add\tcard-stop" in lines
        assert any("missing.json" in line and "refused" in line for line in lines)
        assert "7 added" in err
        code = main(args[:5] + ["--into", str(into), "--per-page", "3", "--dry-run"])
        out, _ = capsys.readouterr()
        assert code == 0 and "would be applied 0 added" in out
