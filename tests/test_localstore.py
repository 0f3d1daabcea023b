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
    FILE_NAME, STORE_VERSION, EditConflict, Expect, LocalStore, Put, StoreBusy, StoreDamaged,
    StoreError, fingerprint, put_for,
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
    with pytest.raises(StoreDamaged, match="not a local store file"):
        LocalStore(folder)
    assert (folder / FILE_NAME).read_bytes() == before


def test_an_old_store_of_version_0_is_migrated_step_by_step(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    conn = sqlite3.connect(folder / FILE_NAME)         # an SQLite file of version 0, no tables
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
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
        def _put(self, p, action, batch, *rest):
            Crashing.n += 1
            if Crashing.n == int(sys.argv[5]):
                if mode == "exit":
                    os._exit(9)             # the process dies inside the transaction
                marker.write_text("inside")  # tell the parent, then wait to be killed
                time.sleep(60)
            return super()._put(p, action, batch, *rest)

    store = Crashing(folder, counter="crash")
    store.put_many([Put("y-" + r.id[:78], "added", replace(r, id="y-" + r.id[:78], aliases=[]))
                    for r in records])
    print("finished", flush=True)
""")


@pytest.mark.parametrize("mode", ["exit", "kill"])
@pytest.mark.parametrize("at", [1, 60, "last"])
def test_a_crash_in_the_middle_of_an_import_leaves_the_store_intact(tmp_path, records, mode, at):
    folder = tmp_path / "store"
    with LocalStore(folder, counter="before") as s:
        s.put_many([added(r, "keep") for r in records[:3]])
        before = s.dump()
    marker = tmp_path / "marker"
    at = len(records) if at == "last" else at
    args = [sys.executable, "-c", CHILD, str(folder), mode, str(marker),
            str(ROOT / "data" / "services"), str(at)]
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


# -- a damaged store is never replaced or taken for a new one (issue 15, item 4) ---------------


def a_store_with_records(folder: Path, records, n=30) -> bytes:
    with LocalStore(folder, counter="before") as s:
        s.put_many([added(r) for r in records[:n]])
    return (folder / FILE_NAME).read_bytes()


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_zero_byte_store_is_refused_and_kept(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"")
    with pytest.raises(StoreDamaged, match="0 bytes") as exc:
        LocalStore(folder)
    assert exc.value.path == folder / FILE_NAME and "backup" in str(exc.value)
    assert files(folder) == {FILE_NAME: b""}                 # not turned into a new empty store


@pytest.mark.parametrize("damage", ["cut", "page", "header", "foreign"])
def test_a_damaged_store_is_refused_on_open_and_left_as_it_is(tmp_path, records, damage):
    folder = tmp_path / "s"
    raw = bytearray(a_store_with_records(folder, records))
    path = folder / FILE_NAME
    if damage == "cut":
        raw = raw[: len(raw) // 2 + 123]
    elif damage == "page":
        page = int.from_bytes(raw[16:18], "big")
        for n in range(2, len(raw) // page):                  # every b-tree page's type byte
            raw[n * page] = 0x55
    elif damage == "header":
        raw[:16] = b"NOT SQLITE AT AL"
    elif damage == "foreign":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE addresses (name, street)")
        conn.commit()
        conn.close()
        raw = bytearray(path.read_bytes())
    path.write_bytes(bytes(raw))
    before = files(folder)
    with pytest.raises(StoreDamaged) as exc:
        LocalStore(folder)
    assert {"cut": "cut off", "page": "damaged pages", "header": "not a local store",
            "foreign": "another database"}[damage] in str(exc.value)
    assert files(folder) == before


def test_damage_found_later_is_a_clear_error_not_a_traceback(tmp_path, records):
    folder = tmp_path / "s"
    raw = bytearray(a_store_with_records(folder, records))
    page = int.from_bytes(raw[16:18], "big")
    for n in range(2, len(raw) // page):
        raw[n * page] = 0x55
    (folder / FILE_NAME).write_bytes(bytes(raw))
    s = LocalStore(folder, quick_check=False)           # opened without the check on purpose
    try:
        with pytest.raises(StoreDamaged, match="SQLite reports"):
            s.entries()
        with pytest.raises(StoreDamaged):
            s.put(added(records[40]))
    finally:
        s.close()


def test_a_busy_store_is_busy_not_damaged(tmp_path, records):
    folder = tmp_path / "s"
    a_store_with_records(folder, records, 3)
    holder = sqlite3.connect(folder / FILE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreBusy, match="busy"):
            LocalStore(folder, busy_timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_counters_opening_a_new_store_at_once_share_one_whole_file(tmp_path):
    import threading

    folder = tmp_path / "new"
    ids, errors = [], []

    def open_one():
        try:
            with LocalStore(folder) as s:
                ids.append(s.revision().split(":")[0])
        except Exception as exc:  # noqa: BLE001 - collected, asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == [] and len(set(ids)) == 1
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAME]   # no leftovers


def test_text_that_cannot_be_stored_is_refused_and_changes_nothing(store, records):
    before = store.dump()
    bad = replace(records[0], id="surrogate-test", name="Digipunt \ud800", aliases=[])
    with pytest.raises(StoreError, match="cannot be stored"):
        store.put(Put(bad.id, "added", bad))
    assert store.dump() == before


# -- two counters, one record: no lost update (issue 15, item 3) -------------------------------


def test_a_save_based_on_an_old_version_is_a_conflict_with_both_versions(tmp_path, records):
    folder = tmp_path / "shared"
    shipped = records[0]
    a, b = LocalStore(folder, counter="Balie A"), LocalStore(folder, counter="Balie B")
    try:
        loaded_a = loaded_b = shipped                        # both open the same record
        mine_a = replace(loaded_a, alert="Gesloten op 3 maart")
        a.put(put_for(mine_a, shipped, a.entry(shipped.id)), "correct",
              expect=Expect(loaded_a, shipped))
        mine_b = replace(loaded_b, hours_text="ma 9-12")
        before = b.dump()
        with pytest.raises(EditConflict, match="changed by Balie A") as exc:
            b.put(put_for(mine_b, shipped, b.entry(shipped.id)), "correct",
                  expect=Expect(loaded_b, shipped))
        assert b.dump() == before                          # nothing written
        c = exc.value
        assert c.theirs == mine_a and c.mine == mine_b and c.loaded == shipped
        by_field = {f.field: f for f in c.fields()}
        assert set(by_field) == {"alert", "hours_text"} and c.clashes() == []
        assert by_field["alert"].they_changed and not by_field["alert"].i_changed
        both = c.merged()
        assert both.alert == "Gesloten op 3 maart" and both.hours_text == "ma 9-12"
        b.put(put_for(both, shipped, b.entry(shipped.id)), "correct",
              expect=Expect(c.theirs, shipped))
        assert a.entry(shipped.id).record == both
        # a clash needs a choice
        theirs = replace(both, alert="A again")
        a.put(put_for(theirs, shipped, a.entry(shipped.id)), "correct",
              expect=Expect(both, shipped))
        with pytest.raises(EditConflict) as exc:
            b.put(put_for(replace(both, alert="B"), shipped, b.entry(shipped.id)), "correct",
                  expect=Expect(both, shipped))
        assert exc.value.clashes() == ["alert"]
        with pytest.raises(ValueError, match="choose mine or theirs for alert"):
            exc.value.merged()
        assert exc.value.merged({"alert": "mine"}).alert == "B"
        # retired meanwhile: a conflict too
        a.put(Put(shipped.id, "retired", theirs, shipped), "retire")
        with pytest.raises(EditConflict) as exc:
            b.put(put_for(replace(theirs, alert="C"), shipped, b.entry(shipped.id)),
                  "correct", expect=Expect(theirs, shipped))
        assert exc.value.theirs is None and exc.value.their_state == "retired"
    finally:
        a.close()
        b.close()


EDITOR = textwrap.dedent("""
    import sys
    import time
    from dataclasses import replace
    from pathlib import Path
    from einclusie_app.core.localstore import EditConflict, Expect, LocalStore, put_for
    from einclusie_app.core.record import load_record

    folder, field, n, rec = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
    shipped = load_record(Path(rec))
    conflicts = 0
    with LocalStore(folder, counter=field) as s:
        for i in range(n):
            while True:
                entry = s.entry(shipped.id)
                loaded = entry.record if entry else shipped
                mine = replace(loaded, **{field: f"{field} {i}"})
                time.sleep(0.002)            # the counter types: the other one may save
                try:
                    s.put(put_for(mine, shipped, entry), "correct",
                          expect=Expect(loaded, shipped))
                    break
                except EditConflict:
                    conflicts += 1           # the counter sees both and saves again
    print(conflicts, flush=True)
""")


def test_300_concurrent_saves_by_two_counters_lose_no_update(tmp_path, records):
    folder = tmp_path / "shared"
    LocalStore(folder).close()
    rec = ROOT / "data" / "services" / "card-stop.toml"
    procs = [subprocess.Popen([sys.executable, "-c", EDITOR, str(folder), field, "150",
                               str(rec)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
             for field in ("alert", "hours_text")]
    outs = [p.communicate(timeout=240) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    with LocalStore(folder) as s:
        final = s.entry("card-stop").record
        assert (final.alert, final.hours_text) == ("alert 149", "hours_text 149")
        saves = [c for c in s.changes() if c.action == "correct"]
        assert len(saves) == 300
        for c in saves:                 # no save ever put the other counter's field back
            other = {"alert": "hours_text", "hours_text": "alert"}[c.counter]
            assert other not in c.fields, (c.seq, c.counter, c.fields)


def test_the_workspace_passes_what_the_editor_loaded(tmp_path, catalogue_file):
    from einclusie_app.core.overlay import Workspace

    folder = tmp_path / "shared"
    a = Workspace(catalogue_file, LocalStore(folder, counter="A"), tmp_path / "ca")
    b = Workspace(catalogue_file, LocalStore(folder, counter="B"), tmp_path / "cb")
    try:
        loaded_a, loaded_b = a.record("card-stop"), b.record("card-stop")
        a.save(replace(loaded_a, alert="A"), loaded=loaded_a)
        with pytest.raises(EditConflict) as exc:
            b.save(replace(loaded_b, hours_text="B"), loaded=loaded_b)
        b.save(exc.value.merged(), loaded=exc.value.theirs)
        assert (a.record("card-stop").alert, a.record("card-stop").hours_text) == ("A", "B")
        # "checked today" never puts back a field another counter changed
        a.mark_checked("card-stop")
        assert a.record("card-stop").hours_text == "B"
    finally:
        for w in (a, b):
            w.close()
            w.store.close()


KILLED_CREATE = """
import os, sys
from pathlib import Path
from einclusie_app.core.localstore import LocalStore

os.link = lambda src, dst: os._exit(9)       # killed after making the file, before linking it
LocalStore(Path(sys.argv[1]))
"""


def test_a_kill_while_making_a_new_store_leaves_no_half_store(tmp_path):
    folder = tmp_path / "new"
    proc = subprocess.run([sys.executable, "-c", KILLED_CREATE, str(folder)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    assert not (folder / FILE_NAME).exists()             # nothing under the real name
    [left] = list(folder.glob(".local.sqlite.*.new"))
    old = time.time() - 7200
    import os

    os.utime(left, (old, old))
    with LocalStore(folder) as s:                        # the next open makes it whole
        assert s.count() == 0
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAME]
