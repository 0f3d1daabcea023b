"""The merged catalogue: the shipped records overlaid by the local store's, as one catalogue file,
kept up to date record by record.

The program shows one catalogue. While the local store is empty that is the shipped file itself;
otherwise it is a *merged* file in the cache folder, compiled with the same build code
(core/build.py) as the shipped one, so search, gazetteer and topics work the same. A local
record is marked (``service.origin = 'local'``), a retired one is gone, an added one appears.

:func:`sync` keeps that file equal to what the store holds, and says which records changed:

* The file is named ``merged-<key>-<generation>.sqlite``; the key covers this program's merge
  format, the shipped file in use (path, size, time, digest, update sequence) and the store's
  identity. So another shipped catalogue (an update, a rollback) or another store never reuses
  it.
* Inside it, table ``merged_local`` lists every local row it reflects (id, a digest of the row
  as stored, the problems that kept it out), and ``meta.store_revision`` the store revision it
  was last brought to. A sync compares the store's digests (``LocalStore.row_digests``, cheap)
  with that table: only the records whose row changed are taken out of the file (their HSDS
  rows, their search rows and their full-text entries) and put back as they are now. A save
  at 10,000 services touches one record, not 10,000.
* Search rows are numbered in (reach, kind, name) order with gaps (``build.ROWID_STEP``), and a
  changed record's rows go into the gap where they sort, so a text-only search still reads in
  that order. When a gap is used up, when many records changed at once (an import: rebuilding
  is then faster), or when ids or aliases clash, the whole file is built again, as the next
  generation; the old file stays readable for whoever still has it open.
* The first time a record is stored locally, the shipped file is copied and that one record
  is applied (no full build).
* A local record the build cannot use (say an update's gazetteer no longer knows its
  postcode) never stops the program: its shipped version (or nothing) is shown, and the
  problem is kept with it in ``merged_local`` (:attr:`Synced.problems`).

Threads and connections: :func:`sync` opens its own short-lived connection to write the file
(in the thread that calls it; in the window that is the worker thread). Readers keep theirs:
the file is in WAL mode, so a search on the GUI thread reads the last committed state while a
sync writes, and sees the new state at its next query. A reader that caches records by id
must drop those of :attr:`Synced.changed` (``Catalogue.forget``). The file is opened read-only
*without* SQLite's ``immutable`` flag for that reason (the shipped file keeps it).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .build import (
    FTS_INSERT, RECORD_TABLES, ROWID_STEP, SEARCH_COLUMNS, _compile, hsds_rows,
    inputs_from_catalogue, search_entries, search_order,
)
from .record import Problem, Record, RecordError
from .schema import FTS_COLUMNS, SCHEMA_VERSION
from .tags import missing as _missing
from .text import normalize

if TYPE_CHECKING:
    from .overlay import Workspace

__all__ = ["MERGE_FORMAT", "Synced", "sync", "build_full", "current_file"]

#: Part of the cache key: a program whose merge works differently never reuses an old file.
MERGE_FORMAT = f"merge/3 schema/{SCHEMA_VERSION} rows/{ROWID_STEP}"
#: Up to this many changed records (or a quarter of the catalogue, when that is more) are
#: applied in place; more are rebuilt (faster for an import of thousands).
IN_PLACE_MAX = 200

#: Tables whose rows of one record are found by its service id (indexed in a merged file).
_BY_SERVICE = ("service_alias", "service_at_location", "phone", "language", "cost_option",
               "service_area", "schedule", "source", "search_row")
_FTS_DELETE = (f"INSERT INTO search_fts (search_fts, rowid, {', '.join(FTS_COLUMNS)}) "
               f"VALUES ('delete', ?, {', '.join('?' * len(FTS_COLUMNS))})")


@dataclass(frozen=True)
class Synced:
    """What :func:`sync` found: the file to show, the records whose shown version changed in
    it (empty when the file is new to the caller, or nothing changed), and why local records
    are left out."""

    path: Path
    changed: frozenset[str]
    problems: tuple[Problem, ...]


class _Rebuild(Exception):
    """The change cannot be applied in place (no gap left, clashing names): build anew."""


# ---------------------------------------------------------------------------------------------
# Files


def _key(ws: "Workspace") -> str:
    st = ws.shipped_path.stat()
    meta = ws.shipped.meta()
    store_id = ws.store.revision().split(":")[0]
    parts = [MERGE_FORMAT, str(ws.shipped_path.resolve()), str(st.st_size), str(st.st_mtime_ns),
             meta.get("input_sha256", ""), meta.get("sequence", ""), store_id]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:24]


_NAME = re.compile(r"^merged-(?P<key>[0-9a-f]{24})-(?P<gen>\d+)\.sqlite$")


def _generations(cache_dir: Path, key: str) -> list[tuple[int, Path]]:
    out = []
    for p in cache_dir.glob(f"merged-{key}-*.sqlite"):
        m = _NAME.match(p.name)
        if m:
            out.append((int(m["gen"]), p))
    return sorted(out)


def current_file(ws: "Workspace") -> Path | None:
    """The newest merged file for this shipped catalogue and store, if there is one."""
    gens = _generations(ws.cache_dir, _key(ws))
    return gens[-1][1] if gens else None


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def _prepare(path: Path, revision: str, applied: dict[str, tuple[str, list[Problem]]]) -> None:
    """Make a freshly built or copied catalogue a merged file: WAL, the indexes a change needs,
    what it reflects."""
    conn = _connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN")
        for table in _BY_SERVICE:
            conn.execute(f"CREATE INDEX IF NOT EXISTS merged_{table}_service "
                         f"ON [{table}] (service_id)")
        conn.execute("CREATE INDEX IF NOT EXISTS merged_attribute_link ON attribute (link_id)")
        conn.execute("CREATE INDEX IF NOT EXISTS merged_address_location "
                     "ON address (location_id)")
        conn.execute("CREATE TABLE IF NOT EXISTS merged_local (id TEXT PRIMARY KEY, "
                     "digest TEXT NOT NULL, problems TEXT NOT NULL)")
        conn.execute("DELETE FROM merged_local")
        conn.executemany("INSERT INTO merged_local VALUES (?, ?, ?)",
                         [(i, d, _problems_json(p)) for i, (d, p) in sorted(applied.items())])
        _set_meta(conn, {"merge_format": MERGE_FORMAT, "store_revision": revision})
        conn.execute("COMMIT")
    finally:
        conn.close()


def _set_meta(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     sorted(values.items()))


def _problems_json(problems: list[Problem]) -> str:
    return json.dumps([[p.where, p.field, p.reason] for p in problems], ensure_ascii=False)


def _read_problems(conn: sqlite3.Connection) -> tuple[Problem, ...]:
    out = []
    for (text,) in conn.execute("SELECT problems FROM merged_local WHERE problems != '[]' "
                                "ORDER BY id"):
        out += [Problem(*row) for row in json.loads(text)]
    return tuple(out)


def _clean(cache_dir: Path, keep: Path) -> None:
    """Remove older merged files (never another program's build in progress)."""
    for p in cache_dir.glob("merged-*"):
        if p.name.startswith(keep.name) or ".tmp" in p.name:
            continue        # in progress elsewhere (core/cachefiles.py cleans the killed ones)
        try:
            p.unlink()
        except OSError:
            pass  # still open somewhere (Windows): next time


# ---------------------------------------------------------------------------------------------
# Syncing


def sync(ws: "Workspace") -> Synced:
    """Bring the merged file up to what the store holds now; see the module's description."""
    key = _key(ws)
    gens = _generations(ws.cache_dir, key)
    if not gens:
        if ws.store.count() == 0:
            return Synced(ws.shipped_path, frozenset(), ())
        return _first(ws, key)
    gen, path = gens[-1]
    try:
        changed, problems = _update(ws, path)
    except _Rebuild:
        return _full(ws, key, gen + 1)
    except sqlite3.DatabaseError:
        return _full(ws, key, gen + 1)     # a damaged cache is derived data: build it again
    return Synced(path, frozenset(changed), problems)


def _changed(conn: sqlite3.Connection, digests: dict[str, str]) -> list[str]:
    applied = dict(conn.execute("SELECT id, digest FROM merged_local"))
    return sorted(i for i in set(applied) | set(digests) if applied.get(i) != digests.get(i))


def _update(ws: "Workspace", path: Path) -> tuple[list[str], tuple[Problem, ...]]:
    conn = _connect(path)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        if meta.get("merge_format") != MERGE_FORMAT:
            raise _Rebuild
        revision = ws.store.revision()
        if meta.get("store_revision") == revision:
            return [], _read_problems(conn)
        digests = ws.store.row_digests()
        conn.execute("BEGIN IMMEDIATE")
        try:
            # under the write lock: another program may have brought the file further
            changed = _changed(conn, digests)
            if len(changed) > max(IN_PLACE_MAX, ws.shipped.count() // 4):
                raise _Rebuild
            _apply(conn, ws, changed, digests)
            _set_meta(conn, {"store_revision": revision, **_counts(conn)})
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        # Fold the change into the file itself now (readers between queries do not stop it):
        # the file alone is then complete, e.g. copied off a counter to recover a store.
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        return changed, _read_problems(conn)
    finally:
        conn.close()


def _first(ws: "Workspace", key: str) -> Synced:
    """The first local record: copy the shipped file and apply the store (few records), or
    build (many)."""
    revision = ws.store.revision()
    digests = ws.store.row_digests()
    if len(digests) > IN_PLACE_MAX:
        return _full(ws, key, 1)
    ws.cache_dir.mkdir(parents=True, exist_ok=True)
    out = ws.cache_dir / f"merged-{key}-1.sqlite"
    tmp = out.with_name(f"{out.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(ws.shipped_path, tmp)
        _prepare(tmp, "", {})
        conn = _connect(tmp)
        try:
            conn.execute("BEGIN IMMEDIATE")
            changed = _changed(conn, digests)
            _apply(conn, ws, changed, digests)
            _set_meta(conn, {"store_revision": revision, **_counts(conn)})
            conn.execute("COMMIT")
            problems = _read_problems(conn)
        finally:
            conn.close()
        _settle(tmp)
        os.replace(tmp, out)
    except (_Rebuild, sqlite3.DatabaseError):
        _remove_file(tmp)
        return _full(ws, key, 1)
    except BaseException:
        _remove_file(tmp)
        raise
    _clean(ws.cache_dir, out)
    return Synced(out, frozenset(), problems)


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file before it is renamed into place."""
    conn = _connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        _remove_file(path.with_name(path.name + suffix))


def _remove_file(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _full(ws: "Workspace", key: str, gen: int) -> Synced:
    """Build the whole merged file as generation ``gen``."""
    ws.cache_dir.mkdir(parents=True, exist_ok=True)
    revision = ws.store.revision()
    digests = ws.store.row_digests()           # read before the records: never newer than them
    out = ws.cache_dir / f"merged-{key}-{gen}.sqlite"
    tmp = out.with_name(f"{out.name}.{os.getpid()}.tmp")
    try:
        problems = build_full(ws, tmp)
        applied = {i: (d, problems.get(i, [])) for i, d in digests.items()}
        _prepare(tmp, revision, applied)
        _settle(tmp)
        os.replace(tmp, out)
    except RecordError as exc:
        # Never stop the program: show the shipped catalogue and say why.
        _remove_file(tmp)
        return Synced(ws.shipped_path, frozenset(), tuple(exc.problems))
    except BaseException:
        _remove_file(tmp)
        raise
    _clean(ws.cache_dir, out)
    return Synced(out, frozenset(), tuple(p for i in sorted(problems) for p in problems[i]))


def build_full(ws: "Workspace", out: Path) -> dict[str, list[Problem]]:
    """Compile the effective records into ``out``; returns, per local record left out, why
    (its shipped version is used instead)."""
    from .build import build_catalogue
    from .validate import validate_record

    shipped = {r.id: r for r in ws.shipped_records()}
    records = dict(shipped)
    local_ids: set[str] = set()
    problems: dict[str, list[Problem]] = {}
    for e in ws.store.entries():
        if e.state == "retired":
            records.pop(e.id, None)
            continue
        found = validate_record(e.record, ws.gazetteer, f"local record {e.id}")
        if found:
            problems[e.id] = found
            continue
        records[e.id] = e.record
        local_ids.add(e.id)
    # An id or alias used twice would stop the build: leave such local records out too.
    owners: dict[str, str] = {}
    for r in records.values():
        if r.id not in local_ids:
            for n in [r.id, *r.aliases]:
                owners.setdefault(n, r.id)
    for rid in sorted(local_ids):
        names = [rid, *records[rid].aliases]
        taken = [n for n in names if owners.get(n, rid) != rid]
        if taken or len(set(names)) != len(names):
            problems.setdefault(rid, []).append(Problem(
                f"local record {rid}", "id",
                f"{', '.join(taken or names)} is also used by another record; left out"))
            local_ids.discard(rid)
            if rid in shipped:
                records[rid] = shipped[rid]
            else:
                records.pop(rid)
        else:
            owners.update((n, rid) for n in names)
    inputs = inputs_from_catalogue(ws.shipped_path, list(records.values()), local_ids)
    build_catalogue(inputs, out)
    return problems


# ---------------------------------------------------------------------------------------------
# One record in place


def _counts(conn: sqlite3.Connection) -> dict[str, str]:
    return {"services": str(conn.execute("SELECT count(*) FROM service").fetchone()[0]),
            "search_rows": str(conn.execute("SELECT count(*) FROM search_row").fetchone()[0])}


def _apply(conn: sqlite3.Connection, ws: "Workspace", ids: list[str],
           digests: dict[str, str]) -> None:
    """Take each record of ``ids`` out of the file and put back what the store says now
    (inside the caller's transaction)."""
    if not ids:
        return
    if conn.execute("SELECT 1 FROM merged_local WHERE problems LIKE '%\"id\"%' LIMIT 1"
                    ).fetchone():
        raise _Rebuild                 # a record left out for its names: the rules are global
    topics = inputs_from_catalogue(ws.shipped_path, []).topics
    gaz = ws.gazetteer
    for rid in ids:
        want, local, problems = _wanted(conn, ws, rid)
        _take_out(conn, rid, gaz, topics)
        if want is not None:
            _put_in(conn, want, local, gaz, topics)
        if rid in digests:
            conn.execute("INSERT OR REPLACE INTO merged_local VALUES (?, ?, ?)",
                         (rid, digests[rid], _problems_json(problems)))
        else:
            conn.execute("DELETE FROM merged_local WHERE id = ?", (rid,))
    conn.execute("DELETE FROM organization WHERE id NOT IN "
                 "(SELECT organization_id FROM service WHERE organization_id IS NOT NULL)")


def _wanted(conn: sqlite3.Connection, ws: "Workspace",
            rid: str) -> tuple[Record | None, bool, list[Problem]]:
    """(the record to show for ``rid``, whether it is the local one, why the local one is not)."""
    from .validate import validate_record

    entry = ws.store.entry(rid)
    if entry is None:
        return ws.shipped_record(rid), False, []
    if entry.state == "retired":
        return None, False, []
    problems = validate_record(entry.record, ws.gazetteer, f"local record {rid}")
    if problems:
        return ws.shipped_record(rid), False, problems
    names = [rid, *entry.record.aliases]
    marks = ",".join("?" * len(names))
    taken = conn.execute(
        f"SELECT id FROM service WHERE id IN ({marks}) AND id != ? UNION "
        f"SELECT service_id FROM service_alias WHERE alias IN ({marks}) AND service_id != ?",
        (*names, rid, *names, rid)).fetchone()
    if taken or len(set(names)) != len(names):
        raise _Rebuild
    return entry.record, True, []


def _take_out(conn: sqlite3.Connection, rid: str, gaz, topics) -> None:
    """Remove every row of ``rid``: HSDS tables, search rows, and its full-text entries (a
    contentless index deletes an entry given the values it was made of: the record is
    compiled again, as the build did)."""
    from .overlay import catalogue_record

    row = conn.execute("SELECT record FROM service WHERE id = ?", (rid,)).fetchone()
    if row is None:
        return
    try:
        old = _compile(catalogue_record(row[0]), gaz, topics)
    except RecordError:
        raise _Rebuild from None
    # a service's rows are numbered in the order its entries sort (core/build.search_order)
    rowids = [n for (n,) in conn.execute(
        "SELECT rowid FROM search_row WHERE service_id = ? ORDER BY rowid", (rid,))]
    entries = search_entries([old])
    if len(entries) != len(rowids):
        raise _Rebuild
    for n, (_entry, text, tags, geo) in zip(rowids, entries):
        conn.execute(_FTS_DELETE, (n, text["name"], text["organization"], text["body"],
                                   text["topics"], text["places"], text["infix"], tags, geo))
    locations = [r[0] for r in conn.execute(
        "SELECT location_id FROM service_at_location WHERE service_id = ?", (rid,))]
    for loc in locations:
        conn.execute("DELETE FROM address WHERE location_id = ?", (loc,))
        conn.execute("DELETE FROM location WHERE id = ?", (loc,))
    for table in _BY_SERVICE:
        conn.execute(f"DELETE FROM [{table}] WHERE service_id = ?", (rid,))
    conn.execute("DELETE FROM attribute WHERE link_id = ?", (rid,))
    conn.execute("DELETE FROM service WHERE id = ?", (rid,))


def _put_in(conn: sqlite3.Connection, record: Record, local: bool, gaz, topics) -> None:
    try:
        compiled = _compile(record, gaz, topics)
    except RecordError:
        raise _Rebuild from None
    rows = hsds_rows([compiled], frozenset({record.id}) if local else frozenset())
    for table in RECORD_TABLES:
        verb = "INSERT OR IGNORE" if table == "organization" else "INSERT"
        for row in rows[table]:
            cols = list(row)
            conn.execute(f"{verb} INTO [{table}] ({', '.join(cols)}) "
                         f"VALUES ({', '.join('?' * len(cols))})", [row[c] for c in cols])
    for entry, text, tags, geo in search_entries([compiled]):
        n = _slot(conn, search_order(entry))
        conn.execute(f"INSERT INTO search_row ({', '.join(SEARCH_COLUMNS)}) "
                     f"VALUES ({', '.join('?' * len(SEARCH_COLUMNS))})",
                     [n] + [entry[c] for c in SEARCH_COLUMNS[1:]])
        conn.execute(FTS_INSERT, (n, text["name"], text["organization"], text["body"],
                                  text["topics"], text["places"], text["infix"], tags, geo))


def _before(row: tuple, key: tuple) -> bool:
    """Whether a search row sorts before ``key`` (a ``search_order``). A row of the same
    service is one put in just before (its entries go in in order, after all of its old rows
    were taken out)."""
    _n, reach, lat, kind_order, name, service_id, _location = row
    return (_missing(reach, lat is not None), kind_order, normalize(name),
            service_id) <= key[:4]


def _slot(conn: sqlite3.Connection, key: tuple) -> int:
    """A free rowid between the search rows that sort just before and just after ``key``
    (binary search on rowids: the rows are numbered in sort order)."""
    last = conn.execute("SELECT max(rowid) FROM search_row").fetchone()[0] or 0
    # Rows at or below lo sort before key; none lie in [hi, succ); succ sorts after key.
    lo, hi, succ = 0, last + 1, None
    while hi - lo > 1:
        mid = (lo + hi) // 2
        row = conn.execute(
            "SELECT rowid, reach, lat, kind_order, name, service_id, location_id FROM search_row "
            "WHERE rowid >= ? AND rowid < ? ORDER BY rowid LIMIT 1", (mid, hi)).fetchone()
        if row is None:
            hi = mid
        elif _before(row, key):
            lo = row[0]
        else:
            hi = succ = row[0]
    if succ is None:
        return max(lo, last) + ROWID_STEP
    if succ - lo < 2:
        raise _Rebuild
    return (lo + succ) // 2

