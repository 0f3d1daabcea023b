"""The local store: short transactions, all or nothing, crash-safe, logged and undoable."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from einclusie_app.core.localstore import (
    FILE_NAME, STORE_VERSION, LocalStore, Put, StoreError, fingerprint, put_for,
)
from einclusie_app.core.record import load_records

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def records():
    return load_records(ROOT / "data" / "services")


@pytest.fixture
def store(tmp_path):
    s = LocalStore(tmp_path / "store", counter="Balie 1")
    yield s
    s.close()


def added(r, prefix="x"):
    new = replace(r, id=f"{prefix}-{r.id}"[:80].rstrip("-"), aliases=[])
    return Put(new.id, "added", new)


def test_a_new_store_has_its_schema_and_version(store):
    assert store.path.name == FILE_NAME and store.path.is_file()
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == STORE_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert store.count() == 0 and store.check() == []
    first = store.revision()
    store.put(added(load_records(ROOT / "data" / "services")[0]))
    assert store.revision() != first


def test_a_store_of_a_newer_program_is_refused_and_untouched(tmp_path):
    folder = tmp_path / "s"
    LocalStore(folder).close()
    conn = sqlite3.connect(folder / FILE_NAME)
    conn.execute(f"PRAGMA user_version = {STORE_VERSION + 1}")
    conn.close()
    before = (folder / FILE_NAME).read_bytes()
    with pytest.raises(StoreError, match="newer version of the program"):
        LocalStore(folder)
    assert (folder / FILE_NAME).read_bytes() == before


def test_a_file_that_is_no_store_is_refused_and_untouched(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"this is not a database at all" * 100)
    before = (folder / FILE_NAME).read_bytes()
    with pytest.raises(StoreError, match="not a local store file"):
        LocalStore(folder)
    assert (folder / FILE_NAME).read_bytes() == before


def test_an_empty_old_file_is_migrated_step_by_step(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    sqlite3.connect(folder / FILE_NAME).close()      # version 0, no tables
    with LocalStore(folder) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == STORE_VERSION
        assert s.entries() == []


def test_every_change_is_logged_with_counter_fields_old_and_new(store, records):
    r = records[0]
    shipped = r
    corrected = replace(r, alert="Gesloten tot 1 maart")
    c = store.put(put_for(corrected, shipped, None), "correct")
    assert c.counter == "Balie 1" and c.record_id == r.id and c.action == "correct"
    assert c.fields == {"alert": (r.alert, "Gesloten tot 1 maart"), "state": ("shipped", "corrected")}
    entry = store.entry(r.id)
    assert entry.state == "corrected" and entry.record == corrected
    assert entry.base_record == shipped and entry.base_fingerprint == fingerprint(shipped)
    # the same again changes nothing and logs nothing
    assert store.put(put_for(corrected, shipped, entry), "correct") is None
    assert len(store.changes()) == 1


def test_undo_restores_exactly_and_is_itself_undoable(store, records):
    r = records[1]
    store.put(put_for(replace(r, alert="a"), r, None), "correct")
    store.put(Put(r.id, "retired", replace(r, alert="a"), r, "closed for good"), "retire")
    [u] = store.undo()
    assert u.action == "undo" and u.fields["state"] == ("retired", "corrected")
    assert store.entry(r.id).state == "corrected"
    [u2] = store.undo()
    assert store.entry(r.id) is None                 # back to the shipped record
    redo = store.undo(u2.seq)                        # undo the undo
    assert store.entry(r.id).record.alert == "a" and redo[0].undoes == u2.seq
    assert store.change(u2.undoes).undone


def test_undoing_an_older_change_alone_is_refused_and_changes_nothing(store, records):
    r = records[2]
    first = store.put(put_for(replace(r, alert="one"), r, None), "correct")
    store.put(put_for(replace(r, alert="two"), r, store.entry(r.id)), "correct")
    before = store.dump()
    with pytest.raises(StoreError, match="undo change .* first"):
        store.undo(first.seq)
    assert store.dump() == before
    with pytest.raises(StoreError, match="nothing to undo"):
        LocalStore(store.folder / "other").undo()


def test_an_import_batch_is_undone_as_one_action(store, records):
    changes = store.put_many([added(r) for r in records[:5]])
    assert len(changes) == 5 and len({c.batch for c in changes}) == 1
    undone = store.undo()
    assert len(undone) == 5 and store.count() == 0


def test_a_failure_at_the_last_row_leaves_the_store_exactly_as_before(store, records):
    store.put_many([added(r, "keep") for r in records[:3]])
    before_rows = store.dump()
    before_bytes = store.path.read_bytes()
    puts = [added(r) for r in records[:40]] + [Put("broken", "no-such-state", records[0])]
    with pytest.raises(ValueError, match="unknown state"):
        store.put_many(puts)
    assert store.dump() == before_rows
    assert store.path.read_bytes() == before_bytes
    assert not store.path.with_name(FILE_NAME + "-journal").exists()


CHILD = textwrap.dedent("""
    import os, sys, time
    from dataclasses import replace
    from pathlib import Path
    from einclusie_app.core.localstore import LocalStore, Put
    from einclusie_app.core.record import load_records

    folder, mode, marker = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    records = load_records(Path(sys.argv[4]))

    class Crashing(LocalStore):
        n = 0
        def _put(self, p, action, batch):
            Crashing.n += 1
            if Crashing.n == 60:
                if mode == "exit":
                    os._exit(9)             # the process dies inside the transaction
                marker.write_text("inside")  # tell the parent, then wait to be killed
                time.sleep(60)
            return super()._put(p, action, batch)

    store = Crashing(folder, counter="crash")
    store.put_many([Put("y-" + r.id[:78], "added", replace(r, id="y-" + r.id[:78], aliases=[]))
                    for r in records])
    print("finished", flush=True)
""")


@pytest.mark.parametrize("mode", ["exit", "kill"])
def test_a_crash_in_the_middle_of_an_import_leaves_the_store_intact(tmp_path, records, mode):
    folder = tmp_path / "store"
    with LocalStore(folder, counter="before") as s:
        s.put_many([added(r, "keep") for r in records[:3]])
        before = s.dump()
    marker = tmp_path / "marker"
    args = [sys.executable, "-c", CHILD, str(folder), mode, str(marker),
            str(ROOT / "data" / "services")]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if mode == "kill":
        deadline = time.monotonic() + 60
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), proc.stderr.read() if proc.poll() is not None else "timeout"
        proc.kill()
    out, err = proc.communicate(timeout=60)
    assert "finished" not in out and proc.returncode != 0, err
    with LocalStore(folder, counter="after") as s:
        assert s.check() == []
        assert s.dump() == before
        assert [e.id for e in s.entries()] == sorted(f"keep-{r.id}" for r in records[:3])


def test_two_counters_share_one_store(tmp_path, records):
    folder = tmp_path / "shared"
    a = LocalStore(folder, counter="Balie 1")
    b = LocalStore(folder, counter="Balie 2", busy_timeout=0.2)
    try:
        a.put(added(records[0], "a"))
        b.put(added(records[1], "b"))
        assert {e.counter for e in a.entries()} == {"Balie 1", "Balie 2"}
        # while one counter writes, the other waits, then gives up with a clear message
        a.conn.execute("BEGIN IMMEDIATE")
        before = b.dump()
        with pytest.raises(StoreError, match="busy"):
            b.put(added(records[2], "b"))
        a.conn.execute("ROLLBACK")
        assert b.dump() == before
        b.put(added(records[2], "b"))
        assert a.count() == 3
    finally:
        a.close()
        b.close()


def test_put_for_decides_add_correct_or_nothing(records):
    r = records[0]
    assert put_for(r, r, None).state is None                      # equal to shipped
    assert put_for(replace(r, alert="x"), r, None).state == "corrected"
    assert put_for(replace(r, id="brand-new"), None, None).state == "added"


def test_record_dict_is_to_dict_without_the_deep_copies(records):
    from einclusie_app.core.localstore import record_dict

    for r in records:
        d = record_dict(r)
        assert d == r.to_dict() and list(d) == list(r.to_dict())
        d["phones"].append({"number": "1700"})
        assert d != r.to_dict()                      # a copy, not the record's own lists
