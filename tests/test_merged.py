"""The merged view updated record by record is the same catalogue a full build makes.

After every kind of change (add, correct, rename, retire, revert, undo, restore), the merged
file that core/merged.py updated in place is compared with one built from scratch: every HSDS
table row, every search row, every term of the full-text index (read back with fts5vocab), the
order of the search rows, and what searches find."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from einclusie_app.core import merged
from einclusie_app.core.build import RECORD_TABLES, search_order
from einclusie_app.core.catalogue import Catalogue
from einclusie_app.core.localstore import LocalStore
from einclusie_app.core.overlay import Workspace
from einclusie_app.core.record import Location, Phone, Source
from einclusie_app.core.search import Query


@pytest.fixture
def ws(tmp_path, catalogue_file):
    store = LocalStore(tmp_path / "store", counter="Balie 1")
    w = Workspace(catalogue_file, store, tmp_path / "cache")
    yield w
    w.close()
    store.close()


def _rows(conn, table):
    return sorted(conn.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr)


def _search_rows(conn):
    cols = "service_id, location_id, lat, lon, precision, kind, kind_order, name, name_norm, " \
           "place, municipality, postcode, address_known, phone, areas, focus, reach"
    rows = conn.execute(f"SELECT rowid, {cols} FROM search_row ORDER BY rowid").fetchall()
    return rows


def _index(conn):
    """Every (term, column, service, location) of the full-text index."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab "
                 "USING fts5vocab(main, search_fts, 'instance')")
    where = {n: (s, loc) for n, s, loc in
             conn.execute("SELECT rowid, service_id, location_id FROM search_row")}
    out = []
    for term, doc, col in conn.execute("SELECT term, doc, col FROM temp.vocab"):
        assert doc in where, f"index entry {term!r} of a removed row {doc}"
        out.append((term, col, *where[doc]))
    return sorted(out, key=repr)


QUERIES = [Query(text=t) for t in ("", "digipunt", "card stop", "kaart kwijt", "laptop",
                                   "teststraat", "itsme", "cursus")]


def _searches(path, gazetteer_place=None):
    cat = Catalogue(path, live=True)
    try:
        out = []
        gent = cat.gazetteer.resolve("Gent").place
        for q in QUERIES + [replace(q, place=gent) for q in QUERIES[:4]]:
            out.append([(h.service_id, h.tier, h.place, h.by_area) for h in cat.searcher.search(q)])
        return out
    finally:
        cat.close()


def assert_same_as_a_full_build(ws, tmp_path):
    path = ws.catalogue_path()
    fresh = tmp_path / f"fresh-{len(list(tmp_path.glob('fresh-*')))}.sqlite"
    ws.build_merged(fresh)
    a, b = sqlite3.connect(path), sqlite3.connect(fresh)
    try:
        for table in (*RECORD_TABLES, "taxonomy_term"):
            assert _rows(a, table) == _rows(b, table), table
        inc, full = _search_rows(a), _search_rows(b)
        assert sorted((r[1:] for r in inc), key=repr) == sorted((r[1:] for r in full), key=repr)
        # the rows are numbered in (reach, kind, name, id) order, a service's own rows in the
        # build's
        keys = [search_order({"reach": r[17], "lat": r[3], "kind_order": r[7], "name": r[8],
                              "service_id": r[1], "site": 0})[:4] for r in inc]
        assert keys == sorted(keys), "search rows out of (reach, kind, name) order"
        for sid in {r[1] for r in inc}:
            mine = [r[1:] for r in inc if r[1] == sid]
            theirs = [r[1:] for r in full if r[1] == sid]
            assert mine == theirs, sid
        assert _index(a) == _index(b)
        assert a.execute("SELECT value FROM meta WHERE key = 'services'").fetchone()[0] == \
            b.execute("SELECT value FROM meta WHERE key = 'services'").fetchone()[0]
    finally:
        a.close()
        b.close()
    assert _searches(path) == _searches(fresh)


def new_record(ws, ident, name):
    base = ws.record("beernem-covias-digipunt")
    return replace(base, id=ident, name=name, aliases=[], organization="Testorganisatie",
                   phones=[Phone("050 12 34 56")],
                   locations=[Location(street="Teststraat", house_number="1", postcode="8730",
                                       municipality="Beernem")],
                   sources=[Source("https://www.beernem.be/digipunt", "2025-01-10")])


def test_every_kind_of_change_gives_the_same_catalogue_as_a_full_build(ws, tmp_path):
    ws.save(new_record(ws, "test-a", "Aaa digipunt eerst"))           # first: copy + apply
    first = ws.catalogue_path()
    assert_same_as_a_full_build(ws, tmp_path)
    ws.save(new_record(ws, "test-z", "Zzz digipunt laatst"))          # sorts at the end
    ws.save(replace(ws.record("card-stop"), alert="Nagekeken",
                    name="Card Stop (blokkeren)"))                   # renamed: moves
    assert_same_as_a_full_build(ws, tmp_path)
    ws.retire("awel-102", "gestopt?")
    ws.save(replace(ws.record("test-a"), kinds=["training", "digipunt"]))  # another kind
    assert_same_as_a_full_build(ws, tmp_path)
    ws.revert("card-stop")
    ws.restore("awel-102")
    ws.mark_checked("tele-onthaal-106", dt.date(2026, 5, 1))
    assert_same_as_a_full_build(ws, tmp_path)
    ws.undo()
    ws.undo()
    ws.undo()
    assert_same_as_a_full_build(ws, tmp_path)
    assert ws.catalogue_path() == first                              # never rebuilt


def test_many_records_in_one_gap_end_in_a_full_build_that_is_still_right(ws, tmp_path):
    ws.save(new_record(ws, "test-m0", "Mmm digipunt 0"))
    first = ws.catalogue_path()
    for i in range(1, 9):       # all between the same two neighbours: the gap runs out
        ws.save(new_record(ws, f"test-m{i}", f"Mmm digipunt {i}"))
        ws.catalogue_path()
    assert ws.catalogue_path() != first
    assert_same_as_a_full_build(ws, tmp_path)


def test_a_large_change_is_rebuilt_not_applied_one_by_one(ws, tmp_path, monkeypatch):
    monkeypatch.setattr(merged, "IN_PLACE_MAX", 2)
    ws.save(new_record(ws, "test-a", "Aaa"))
    first = ws.catalogue_path()
    for i in range(40):          # more than a quarter of the 123 shipped records
        ws.save(new_record(ws, f"test-b{i}", f"Bbb {i}"))
    assert ws.catalogue_path() != first
    assert_same_as_a_full_build(ws, tmp_path)


def test_a_second_program_on_the_same_store_catches_up(ws, tmp_path):
    ws.save(new_record(ws, "test-a", "Aaa"))
    path = ws.catalogue_path()
    other_store = LocalStore(ws.store.folder, counter="Balie 2")
    other = Workspace(ws.shipped_path, other_store, ws.cache_dir)
    try:
        other.save(replace(other.record("card-stop"), alert="Door balie 2"))
        synced = ws.sync()
        assert synced.path == path and synced.changed == {"card-stop"}
        assert_same_as_a_full_build(ws, tmp_path)
    finally:
        other.close()
        other_store.close()


def test_a_damaged_merged_file_is_built_again(ws, tmp_path):
    ws.save(new_record(ws, "test-a", "Aaa"))
    path = ws.catalogue_path()
    path.write_bytes(b"not a database at all" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    ws.save(new_record(ws, "test-b", "Bbb"))
    again = ws.catalogue_path()
    assert again != path
    assert_same_as_a_full_build(ws, tmp_path)
