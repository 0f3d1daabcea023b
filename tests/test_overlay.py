"""Two stores, one view: the shipped catalogue overlaid by local additions, corrections and
retirements; conflicts after an update; the maintainer's to-do list."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from einclusie_app.core.build import build_catalogue, load_inputs
from einclusie_app.core.catalogue import Catalogue
from einclusie_app.core.localstore import LocalStore, Put, StoreError
from einclusie_app.core.overlay import Workspace
from einclusie_app.core.record import Location, Phone, RecordError, Source, load_records
from einclusie_app.core.search import Query
from einclusie_app.core.validate import ReadResult

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ws(tmp_path, catalogue_file):
    store = LocalStore(tmp_path / "store", counter="Balie 1")
    w = Workspace(catalogue_file, store, tmp_path / "cache")
    yield w
    w.close()
    store.close()


def new_record(ws, ident="test-digipunt-beernem"):
    base = ws.record("beernem-covias-digipunt")
    return replace(base, id=ident, name="Digipunt Test Beernem", aliases=[],
                   phones=[Phone("050 12 34 56")],
                   sources=[Source("https://www.beernem.be/digipunt", "2025-01-10")])


def rows(path: Path, table: str, columns: str = "*") -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT {columns} FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


def test_without_local_records_the_shipped_file_is_shown(ws, catalogue_file):
    assert ws.catalogue_path() == catalogue_file


def test_the_merged_file_is_the_same_build_as_the_shipped_one(ws, catalogue_file, tmp_path):
    """Built from the shipped file alone (no data/ folder): same gazetteer, search, topics."""
    out = tmp_path / "merged.sqlite"
    assert ws.build_merged(out) == []
    for table in ("gaz_name", "gaz_postcode", "gaz_municipality", "gaz_province", "gaz_region",
                  "search_row", "synonym", "topic", "taxonomy_term", "attribute", "location",
                  "phone", "schedule", "source"):
        assert rows(out, table) == rows(catalogue_file, table), table
    cols = "id, name, record, resolved, origin"
    assert rows(out, "service", cols) == rows(catalogue_file, "service", cols)


def test_a_local_correction_wins_and_is_marked_local(ws):
    card = ws.record("card-stop")
    ws.save(replace(card, alert="Nummer gewijzigd? Eerst nakijken."))
    assert ws.state("card-stop") == "corrected"
    cat = ws.open_catalogue()
    try:
        view = cat.service("card-stop")
        assert view.origin == "local" and view.is_local
        assert view.record.alert == "Nummer gewijzigd? Eerst nakijken."
        assert cat.service("tele-onthaal-106").origin == "shipped"
        assert cat.local_ids() == ["card-stop"]
        hits = cat.searcher.search(Query(text="kaart kwijt"))
        assert hits and hits[0].service_id == "card-stop"
    finally:
        cat.close()


def test_additions_appear_and_retired_records_vanish(ws):
    ws.save(new_record(ws))
    ws.retire("tele-onthaal-106", "line stopped?")
    cat = ws.open_catalogue()
    try:
        assert cat.service("test-digipunt-beernem").origin == "local"
        assert cat.service("tele-onthaal-106") is None
        assert cat.count() == ws.shipped.count()      # one more, one less
    finally:
        cat.close()
    assert ws.record("tele-onthaal-106") is None and ws.state("tele-onthaal-106") == "retired"


def test_the_merged_file_is_cached_and_updated_in_place_when_the_store_changes(ws):
    """A change touches the records it changed, in the same file; nothing is rebuilt."""
    ws.save(new_record(ws))
    first = ws.catalogue_path()
    stamp = first.stat().st_mtime_ns
    assert ws.catalogue_path() == first and first.stat().st_mtime_ns == stamp
    ws.mark_checked("card-stop", dt.date(2026, 1, 5))
    synced = ws.sync()
    assert synced.path == first and synced.changed == {"card-stop"}
    cat = Catalogue(first, live=True)
    try:
        assert cat.service("card-stop").record.assured_date == "2026-01-05"
        assert cat.service("card-stop").is_local
        ws.undo()
        ws.undo()
        assert ws.sync().changed == {"card-stop", "test-digipunt-beernem"}
        cat.forget({"card-stop"})
        assert cat.service("test-digipunt-beernem") is None
        assert cat.service("card-stop").record.assured_date != "2026-01-05"
        assert cat.local_ids() == [] and cat.count() == ws.shipped.count()
    finally:
        cat.close()


def test_an_invalid_record_is_refused_and_nothing_is_stored(ws):
    before = ws.store.dump()
    bad = replace(new_record(ws), phones=[Phone("12345")],
                  locations=[Location(postcode="9999")])
    with pytest.raises(RecordError) as exc:
        ws.save(bad)
    fields = {p.field for p in exc.value.problems}
    assert {"phones[0].number", "locations[0].postcode"} <= fields
    assert ws.store.dump() == before


def test_an_id_or_alias_of_another_record_is_refused(ws):
    alias_owner = next(r for r in ws.shipped_records() if r.aliases)
    with pytest.raises(RecordError, match="already used by"):
        ws.save(replace(new_record(ws), id=alias_owner.aliases[0]))
    with pytest.raises(RecordError, match="already used by"):
        ws.save(replace(new_record(ws), aliases=["card-stop"]))


def test_the_todo_list_is_oldest_first_and_checked_today_takes_a_record_off(ws):
    today = dt.date(2026, 6, 1)
    items = ws.stale(today)
    never = [s for s in items if s.days is None]
    dated = [s for s in items if s.days is not None]
    assert items[: len(never)] == never                 # never checked: first
    assert [s.days for s in dated] == sorted((s.days for s in dated), reverse=True)
    assert all(s.days > 365 for s in dated)
    target = dated[0].id
    change = ws.mark_checked(target, today)
    assert change.action == "checked" and change.fields["assured_date"][1] == "2026-06-01"
    assert target not in {s.id for s in ws.stale(today)}
    assert ws.record(target).assured_date == "2026-06-01"


def test_editing_hours_exceptions_phones_and_area(ws):
    from einclusie_app.core.record import HoursException

    r = ws.record("beernem-covias-digipunt")
    changed = replace(r, hours="Tu 14:00-16:30; Fr 09:00-11:30; Sa 10:00-12:00",
                      hours_exceptions=[HoursException("2026-12-25", description="Kerstmis"),
                                        HoursException("2026-12-27", "10:00", "12:00")],
                      phones=[Phone("050 12 34 56", "onthaal"), Phone("1700")],
                      languages=["nl", "fr"], access=["walk_in"], to_bring=["eid", "phone"],
                      service_area=["municipality:Beernem"])
    change = ws.save(changed)
    assert {"hours", "hours_exceptions", "phones", "languages", "access", "to_bring",
            "service_area"} <= set(change.fields)
    cat = ws.open_catalogue()
    try:
        view = cat.service(r.id)
        assert [p.display for p in view.phones] == ["050 12 34 56", "1700"]
        assert view.areas[0].label == "Beernem"
    finally:
        cat.close()


# -- imports --------------------------------------------------------------------------------


def test_reimport_changes_nothing_and_a_changed_file_updates_the_same_records(ws):
    recs = [new_record(ws, "test-a"), replace(new_record(ws, "test-b"), name="Digipunt B")]
    first = ws.import_records(ReadResult.of(recs))
    assert first.added == ["test-a", "test-b"] and len(first.changes) == 2
    before = ws.store.dump()
    again = ws.import_records(ReadResult.of(recs))
    assert again.unchanged == ["test-a", "test-b"] and again.changes == []
    assert ws.store.dump()["local_record"] == before["local_record"]
    assert ws.store.dump()["change_log"] == before["change_log"]
    changed = [recs[0], replace(recs[1], hours_text="elke dinsdag")]
    third = ws.import_records(ReadResult.of(changed))
    assert third.updated == ["test-b"] and ws.record("test-b").hours_text == "elke dinsdag"
    assert ws.store.count() == 2


def test_importing_a_shipped_record_makes_a_correction_and_equal_ones_are_left(ws):
    card = ws.record("card-stop")
    report = ws.import_records(ReadResult.of([card, replace(ws.record("awel-102"), alert="x")]))
    assert report.unchanged == ["card-stop"] and report.updated == ["awel-102"]
    assert ws.state("card-stop") == "shipped" and ws.state("awel-102") == "corrected"


def test_a_record_retired_here_stays_retired_on_import(ws):
    r = ws.record("awel-102")
    ws.retire("awel-102")
    report = ws.import_records(ReadResult.of([replace(r, alert="x")]))
    assert report.kept_retired == ["awel-102"] and ws.state("awel-102") == "retired"


def test_an_import_with_a_bad_last_record_stores_nothing(ws):
    ws.save(new_record(ws, "already-here"))
    before_rows = ws.store.dump()
    before_bytes = ws.store.path.read_bytes()
    recs = [new_record(ws, f"ok-{i}") for i in range(30)]
    recs.append(replace(new_record(ws, "bad-last"), locations=[Location(postcode="8730",
                                                                        latitude=100.0,
                                                                        longitude=3.0)]))
    with pytest.raises(RecordError) as exc:
        ws.import_records(ReadResult.of(recs))
    assert [(p.where, p.field) for p in exc.value.problems] == [("bad-last", "locations[0].latitude")]
    assert ws.store.dump() == before_rows and ws.store.path.read_bytes() == before_bytes


def test_a_dry_run_reports_and_stores_nothing(ws):
    before = ws.store.dump()
    report = ws.import_records(ReadResult.of([new_record(ws)]), dry_run=True)
    assert report.added == ["test-digipunt-beernem"] and report.dry_run
    assert "would add 1" in report.summary()
    assert ws.store.dump() == before


# -- conflicts after an update ----------------------------------------------------------------


@pytest.fixture(scope="module")
def updated_catalogue(tmp_path_factory):
    """A new shipped catalogue: card-stop's phone and hours text changed, awel-102 removed."""
    records = load_records(ROOT / "data" / "services")
    out = []
    for r in records:
        if r.id == "awel-102":
            continue
        if r.id == "card-stop":
            r = replace(r, hours_text="dag en nacht", description="Nieuwe beschrijving.")
        out.append(r)
    path = tmp_path_factory.mktemp("update") / "catalogue.sqlite"
    build_catalogue(load_inputs(ROOT / "data", records=out), path)
    return path


def test_an_update_never_loses_a_local_edit_and_shows_both(ws, updated_catalogue, tmp_path):
    card = ws.record("card-stop")
    ws.save(replace(card, alert="Lokaal nagekeken", hours_text="24 uur op 24"))
    ws.save(replace(ws.record("awel-102"), alert="nog actief?"))
    ws.save(new_record(ws))
    after = Workspace(updated_catalogue, ws.store, tmp_path / "cache2")
    try:
        conflicts = {c.id: c for c in after.conflicts()}
        assert set(conflicts) == {"card-stop", "awel-102"}
        c = conflicts["card-stop"]
        assert c.kind == "changed" and c.old_shipped == card
        assert c.new_shipped.description == "Nieuwe beschrijving."
        assert set(c.local_fields()) == {"alert", "hours_text"}
        assert set(c.shipped_fields()) == {"description", "hours_text"}
        assert c.clashes() == ["hours_text"]
        assert conflicts["awel-102"].kind == "removed"
        # the local version keeps winning until the maintainer chooses
        assert after.record("card-stop").hours_text == "24 uur op 24"
        cat = after.open_catalogue()
        try:
            assert cat.service("card-stop").record.alert == "Lokaal nagekeken"
            assert cat.service("awel-102").origin == "local"
        finally:
            cat.close()
        # merge field by field: the clash needs a pick
        with pytest.raises(StoreError, match="hours_text"):
            after.resolve("card-stop", "merge")
        after.resolve("card-stop", "merge", {"hours_text": "shipped"})
        merged = after.record("card-stop")
        assert (merged.alert, merged.hours_text, merged.description) == (
            "Lokaal nagekeken", "dag en nacht", "Nieuwe beschrijving.")
        after.resolve("awel-102", "local")
        assert after.conflicts() == [] and after.state("awel-102") == "added"
        # and the choice can be undone
        after.undo()
        assert {c.id for c in after.conflicts()} == {"awel-102"}
    finally:
        after.close()


def test_take_shipped_drops_the_local_version(ws, updated_catalogue, tmp_path):
    ws.save(replace(ws.record("card-stop"), alert="x"))
    after = Workspace(updated_catalogue, ws.store, tmp_path / "cache2")
    try:
        after.resolve("card-stop", "shipped")
        assert after.state("card-stop") == "shipped"
        assert after.record("card-stop").description == "Nieuwe beschrijving."
    finally:
        after.close()


def test_a_local_record_the_build_cannot_use_is_left_out_and_said(ws):
    good = new_record(ws, "good-one")
    ws.save(good)
    broken = replace(new_record(ws, "broken-one"), locations=[Location(postcode="9999")])
    ws.store.put(Put(broken.id, "added", broken))     # e.g. written by an older program
    path = ws.catalogue_path()
    assert [p.where for p in ws.merge_problems] == ["local record broken-one"]
    cat = Catalogue(path)
    try:
        assert cat.service("good-one") is not None and cat.service("broken-one") is None
    finally:
        cat.close()
    # the reason is kept with the merged file: another program (or the next start) says it
    again = Workspace(ws.shipped_path, ws.store, ws.cache_dir)
    try:
        assert again.catalogue_path() == path
        assert [p.where for p in again.merge_problems] == ["local record broken-one"]
    finally:
        again.close()


def test_restore_brings_a_retired_record_back_as_it_was(ws):
    added = new_record(ws)
    ws.save(added)
    ws.retire(added.id, "stopped?")
    assert ws.record(added.id) is None
    assert ws.restore(added.id).action == "restore"
    assert ws.record(added.id) == added and ws.state(added.id) == "added"
    ws.retire("card-stop")
    ws.restore("card-stop")
    assert ws.state("card-stop") == "shipped"            # equal to shipped: no local row left
    with pytest.raises(StoreError, match="is not retired"):
        ws.restore("card-stop")


def test_open_uses_an_installed_update_and_closes_the_store(tmp_path, catalogue_file):
    w = Workspace.open(catalogue_file, tmp_path / "site", counter="Balie 9",
                       cache_dir=tmp_path / "cache")
    try:
        assert w.shipped_path == catalogue_file and w.store.counter == "Balie 9"
        assert w.store.path == tmp_path / "site" / "local.sqlite"
    finally:
        w.close()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        w.store.count()                                  # closed with the workspace
