"""The local store: what a municipality adds, corrects and retires, apart from the shipped file.

One SQLite file, ``local.sqlite``, in a folder: the user's data folder
(:func:`default_folder`, from platformdirs) or a folder the site configuration names (a shared
drive for all counters of a municipality). No update of the shipped catalogue ever writes here;
``core/overlay.py`` shows the two as one.

Tables (``PRAGMA user_version`` = :data:`STORE_VERSION`; :data:`MIGRATIONS` bring an older file
up step by step, each step in its own transaction; a file of a newer program is refused, never
touched):

``local_record``
    one row per record the municipality changed: ``id``, ``state`` (``added``: not in the
    shipped catalogue; ``corrected``: a shipped record, changed; ``retired``: no longer shown),
    ``record`` (the local version as JSON: the record shape of core/record.py), ``base_record``
    and ``base_fingerprint`` (the shipped record it was based on, so that an update that changes
    it shows up as a conflict: core/overlay.py), ``changed_at``, ``counter``, ``note``.
``change_log``
    one row per change: when (UTC), which counter, which record, the action, the changed fields
    with old and new values (JSON ``{"field": [old, new]}``), and the whole row before and after,
    so that any change can be undone exactly. Changes made together (an import) share a
    ``batch``. Undoing is itself a logged change (action ``undo``), so it can be undone in turn.
``meta``
    ``store_id`` (random, made once) and ``revision`` (counts write transactions): together
    :meth:`LocalStore.revision`, which the overlay uses to know when to rebuild its merged file.

Safety. Nothing about clients is ever written here. Every write is one short ``BEGIN
IMMEDIATE`` transaction (an import of thousands of records too: all of it or nothing); the
rollback journal (``journal_mode=DELETE``, ``synchronous=FULL``) means a crash or a power cut in
the middle leaves the file as it was before the transaction. WAL is not used: it needs shared
memory, which network drives do not give. Several counters may share one file on a network
drive: writers wait for each other (``busy_timeout``), no lock is held between calls, and every
undo checks that nobody changed the record since. The limits are in docs/local-store.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

from .record import Record, RecordError, record_from_dict

__all__ = [
    "APP_NAME", "STORE_VERSION", "FILE_NAME", "StoreError", "LocalEntry", "Change", "Put",
    "LocalStore", "default_folder", "default_counter", "fingerprint", "record_json",
    "record_dict", "put_for",
]

from .site import APP_NAME  # noqa: E402  (one name for every folder the program uses)
FILE_NAME = "local.sqlite"
STATES = ("added", "corrected", "retired")


class StoreError(RuntimeError):
    """The store cannot do what was asked; the message says why in plain words."""


def default_folder() -> Path:
    """The user's data folder for this program (platformdirs), e.g. ``~/.local/share/...``;
    in portable mode the ``userdata`` folder beside the program (core/site.py)."""
    from .site import data_dir

    return data_dir()


def default_counter() -> str:
    """The name logged with every change: ``EINCLUSIE_COUNTER``, else the computer's name."""
    return os.environ.get("EINCLUSIE_COUNTER", "").strip() or platform.node() or "counter"


_TABLES = ("phones", "locations", "sources", "hours_exceptions")


def record_dict(record: Record) -> dict[str, Any]:
    """``record.to_dict()``, without ``asdict``'s deep copies (a record holds only text,
    numbers, lists and flat dataclasses): an import turns thousands of records into JSON."""
    d = dict(record.__dict__)
    for key, value in d.items():
        if isinstance(value, list):
            d[key] = [dict(x.__dict__) for x in value] if key in _TABLES else list(value)
    return d


def record_json(record: Record) -> str:
    """A record as canonical JSON (sorted keys): equal records give equal text."""
    return json.dumps(record_dict(record), ensure_ascii=False, sort_keys=True)


def fingerprint(record: Record | None) -> str | None:
    """SHA-256 of :func:`record_json`; ``None`` for no record."""
    if record is None:
        return None
    return hashlib.sha256(record_json(record).encode()).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------------------------
# Schema and migrations


def _migrate_1(conn: sqlite3.Connection) -> None:
    conn.execute("""CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""")
    conn.execute("""CREATE TABLE local_record (
        id TEXT PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('added', 'corrected', 'retired')),
        record TEXT NOT NULL,
        base_record TEXT,
        base_fingerprint TEXT,
        changed_at TEXT NOT NULL,
        counter TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '')""")
    conn.execute("""CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        counter TEXT NOT NULL,
        record_id TEXT NOT NULL,
        action TEXT NOT NULL,
        fields TEXT NOT NULL,
        before TEXT,
        after TEXT,
        batch TEXT,
        undoes INTEGER REFERENCES change_log(seq),
        undone_by INTEGER REFERENCES change_log(seq),
        note TEXT NOT NULL DEFAULT '')""")
    conn.execute("CREATE INDEX change_log_record ON change_log(record_id, seq)")
    conn.execute("CREATE INDEX change_log_batch ON change_log(batch)")
    conn.execute("INSERT INTO meta VALUES ('store_id', ?), ('revision', '0')",
                 (uuid.uuid4().hex,))


#: Step ``i`` brings a store from version ``i`` to ``i + 1``.
MIGRATIONS = (_migrate_1,)
STORE_VERSION = len(MIGRATIONS)


# ---------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class LocalEntry:
    """One record as the local store holds it."""

    id: str
    state: str                    # added | corrected | retired
    record: Record                # the local version (for retired: the record as it was)
    base_record: Record | None    # the shipped record it was based on (None: added)
    base_fingerprint: str | None
    changed_at: str
    counter: str
    note: str = ""


@dataclass(frozen=True)
class Change:
    """One logged change. ``fields``: ``{field: (old, new)}`` of the record (and ``state``)."""

    seq: int
    at: str
    counter: str
    record_id: str
    action: str
    fields: dict[str, tuple[Any, Any]] = field(compare=False)
    batch: str | None = None
    undoes: int | None = None
    undone_by: int | None = None
    note: str = ""

    @property
    def undone(self) -> bool:
        return self.undone_by is not None


@dataclass(frozen=True)
class Put:
    """One planned write: the row a record should have afterwards (``state`` None: no row)."""

    id: str
    state: str | None
    record: Record | None = None
    base_record: Record | None = None
    note: str = ""


def _row_dict(state: str | None, record: Record | None, base: Record | None, note: str,
              changed_at: str = "", counter: str = "") -> dict | None:
    if state is None:
        return None
    return {"state": state, "record": None if record is None else record_dict(record),
            "base_record": None if base is None else record_dict(base),
            "base_fingerprint": fingerprint(base), "note": note,
            "changed_at": changed_at, "counter": counter}


def _content(row: dict | None) -> tuple | None:
    """What "the same row" means (for undo and for "nothing changed"): the row without its
    time stamp and counter."""
    if row is None:
        return None
    return (row["state"], row["record"], row["base_fingerprint"], row["note"])


def _diff(before: dict | None, after: dict | None) -> dict[str, list]:
    """Field-level old/new values of the record as shown, between two rows.

    No row means the shipped record shows (the other row's base), or nothing for an added one;
    ``state`` is then ``shipped`` or None. ``state`` and ``note`` are listed when they change.
    """
    def side(row: dict | None, other: dict | None) -> tuple[str | None, dict]:
        if row is not None:
            return row["state"], row.get("record") or {}
        base = (other or {}).get("base_record")
        return ("shipped", base) if base else (None, {})

    b_state, b_rec = side(before, after)
    a_state, a_rec = side(after, before)
    out: dict[str, list] = {}
    if b_state != a_state:
        out["state"] = [b_state, a_state]
    for key in sorted(set(b_rec) | set(a_rec)):
        if b_rec.get(key) != a_rec.get(key):
            out[key] = [b_rec.get(key), a_rec.get(key)]
    if (before or {}).get("note", "") != (after or {}).get("note", ""):
        out["note"] = [(before or {}).get("note", ""), (after or {}).get("note", "")]
    return out


# ---------------------------------------------------------------------------------------------
# The store


class LocalStore:
    """The local store file in ``folder`` (created when missing).

    ``counter``: the name logged with every change (:func:`default_counter` when not given).
    ``busy_timeout``: how long a write waits for another counter's write, in seconds.
    """

    def __init__(self, folder: Path | None = None, counter: str | None = None, *,
                 busy_timeout: float = 10.0):
        self.folder = Path(folder) if folder is not None else default_folder()
        self.path = self.folder / FILE_NAME
        self.counter = (counter or "").strip() or default_counter()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"The local store folder {self.folder} cannot be made "
                             f"({exc.strerror or exc}).") from None
        try:
            self.conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None,
                                        check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"The local store {self.path} cannot be opened ({exc}).") from None
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self.conn.execute("PRAGMA journal_mode = DELETE")
            self.conn.execute("PRAGMA synchronous = FULL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path} is not a local store file, or it is damaged "
                             f"({exc}). Nothing was changed.") from None
        except StoreError:
            self.conn.close()
            raise

    # -- life cycle ----------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "LocalStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > STORE_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer version of the program (store version "
                f"{version}; this program knows up to {STORE_VERSION}). Update the program; "
                "the store was not changed.")
        while version < STORE_VERSION:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                # Another counter may have migrated it meanwhile: read again under the lock.
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version < STORE_VERSION:
                    MIGRATIONS[version](self.conn)
                    version += 1
                    self.conn.execute(f"PRAGMA user_version = {version}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def check(self) -> list[str]:
        """SQLite's integrity check: ``[]`` when the file is sound, else what is wrong."""
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction; everything in it is kept, or nothing."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"The local store {self.path} is busy or read-only ({exc}); "
                             "nothing was changed. Try again.") from None
        try:
            yield self.conn
            self.conn.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- reading -------------------------------------------------------------------------

    def revision(self) -> str:
        """Changes whenever the store does (``<store id>:<write count>``); cheap to read."""
        meta = dict(self.conn.execute("SELECT key, value FROM meta"))
        return f"{meta['store_id']}:{meta['revision']}"

    def _entry(self, row: tuple) -> LocalEntry:
        ident, state, rec, base, base_fp, at, counter, note = row
        record = self._record(rec, ident)
        base_record = self._record(base, f"{ident} (base)") if base else None
        return LocalEntry(ident, state, record, base_record, base_fp, at, counter, note)

    def _record(self, text: str, what: str) -> Record:
        """A stored record. It was checked when it was stored, so it is not checked again
        (a rule made stricter later must not make the store unreadable); one that does not
        even have the record shape is a damaged store."""
        from .validate import lenient_record

        try:
            data = json.loads(text)
            record = lenient_record(data) if isinstance(data, dict) else None
            return record if record is not None else record_from_dict(data, what)
        except (ValueError, RecordError) as exc:
            raise StoreError(f"The local store {self.path} holds a record it cannot read "
                             f"({what}: {exc}).") from None

    _COLS = "id, state, record, base_record, base_fingerprint, changed_at, counter, note"

    def entry(self, record_id: str) -> LocalEntry | None:
        row = self.conn.execute(f"SELECT {self._COLS} FROM local_record WHERE id = ?",
                                (record_id,)).fetchone()
        return self._entry(row) if row else None

    def entries(self, state: str | None = None) -> list[LocalEntry]:
        """Every local record (or those in one state), by id."""
        if state is None:
            rows = self.conn.execute(f"SELECT {self._COLS} FROM local_record ORDER BY id")
        else:
            rows = self.conn.execute(f"SELECT {self._COLS} FROM local_record WHERE state = ? "
                                     "ORDER BY id", (state,))
        return [self._entry(r) for r in rows]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM local_record").fetchone()[0]

    def _change(self, row: tuple) -> Change:
        seq, at, counter, rid, action, fields, batch, undoes, undone_by, note = row
        return Change(seq, at, counter, rid, action,
                      {k: tuple(v) for k, v in json.loads(fields).items()},
                      batch, undoes, undone_by, note)

    _CHANGE_COLS = "seq, at, counter, record_id, action, fields, batch, undoes, undone_by, note"

    def changes(self, record_id: str | None = None, limit: int | None = None,
                batch: str | None = None) -> list[Change]:
        """The change log, newest first (of one record or one batch when given)."""
        sql = f"SELECT {self._CHANGE_COLS} FROM change_log"
        args: list[Any] = []
        where = []
        if record_id is not None:
            where.append("record_id = ?")
            args.append(record_id)
        if batch is not None:
            where.append("batch = ?")
            args.append(batch)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._change(r) for r in self.conn.execute(sql, args)]

    def change(self, seq: int) -> Change | None:
        row = self.conn.execute(f"SELECT {self._CHANGE_COLS} FROM change_log WHERE seq = ?",
                                (seq,)).fetchone()
        return self._change(row) if row else None

    # -- writing -------------------------------------------------------------------------

    def _current_row(self, record_id: str) -> dict | None:
        row = self.conn.execute(f"SELECT {self._COLS} FROM local_record WHERE id = ?",
                                (record_id,)).fetchone()
        if row is None:
            return None
        _id, state, rec, base, base_fp, at, counter, note = row
        return {"state": state, "record": json.loads(rec),
                "base_record": json.loads(base) if base else None,
                "base_fingerprint": base_fp, "note": note, "changed_at": at, "counter": counter}

    def _set_row(self, record_id: str, row: dict | None) -> None:
        if row is None:
            self.conn.execute("DELETE FROM local_record WHERE id = ?", (record_id,))
            return
        self.conn.execute(
            "INSERT OR REPLACE INTO local_record (id, state, record, base_record, "
            "base_fingerprint, changed_at, counter, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (record_id, row["state"],
             json.dumps(row["record"], ensure_ascii=False, sort_keys=True),
             None if row["base_record"] is None
             else json.dumps(row["base_record"], ensure_ascii=False, sort_keys=True),
             row["base_fingerprint"], row["changed_at"], row["counter"], row["note"]))

    def _log(self, record_id: str, action: str, before: dict | None, after: dict | None,
             batch: str | None, note: str = "", undoes: int | None = None) -> Change:
        at = _now()
        fields = _diff(before, after)
        cur = self.conn.execute(
            "INSERT INTO change_log (at, counter, record_id, action, fields, before, after, "
            "batch, undoes, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (at, self.counter, record_id, action,
             json.dumps(fields, ensure_ascii=False, sort_keys=True),
             None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
             None if after is None else json.dumps(after, ensure_ascii=False, sort_keys=True),
             batch, undoes, note))
        return Change(cur.lastrowid, at, self.counter, record_id, action,
                      {k: tuple(v) for k, v in fields.items()}, batch, undoes, None, note)

    def _put(self, p: Put, action: str, batch: str | None) -> Change | None:
        """Write one planned row inside a transaction; log it; None when nothing changes."""
        if p.state is not None and p.state not in STATES:
            raise ValueError(f"unknown state {p.state!r}")
        if p.state is not None and p.record is None:
            raise ValueError("a local row needs its record")
        if p.record is not None and p.record.id != p.id:
            raise ValueError(f"record {p.record.id!r} put under id {p.id!r}")
        before = self._current_row(p.id)
        after = _row_dict(p.state, p.record, p.base_record, p.note, _now(), self.counter)
        if _content(before) == _content(after):
            return None
        self._set_row(p.id, after)
        return self._log(p.id, action, before, after, batch, p.note)

    def put(self, p: Put, action: str = "edit") -> Change | None:
        """Write one record's local row (or remove it, ``state=None``) in its own transaction.

        Returns the logged change, or None when the row already was like that."""
        with self._write():
            return self._put(p, action, None)

    def put_many(self, puts: Sequence[Put], action: str = "import") -> list[Change]:
        """Write many rows in ONE transaction (an import): all of them, or none.

        The changes share a batch id, so :meth:`undo` takes them back together."""
        batch = uuid.uuid4().hex
        changes: list[Change] = []
        with self._write():
            for p in puts:
                change = self._put(p, action, batch)
                if change is not None:
                    changes.append(change)
        return changes

    # -- undo ----------------------------------------------------------------------------

    def _undo_one(self, seq: int, batch: str | None) -> Change:
        row = self.conn.execute("SELECT record_id, before, after, undone_by FROM change_log "
                                "WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise StoreError(f"There is no change {seq} in the log.")
        record_id, before_j, after_j, undone_by = row
        if undone_by is not None:
            raise StoreError(f"Change {seq} was already undone (by change {undone_by}).")
        before = json.loads(before_j) if before_j else None
        after = json.loads(after_j) if after_j else None
        current = self._current_row(record_id)
        if _content(current) != _content(after):
            later = self.conn.execute(
                "SELECT seq FROM change_log WHERE record_id = ? AND seq > ? AND undone_by IS NULL "
                "ORDER BY seq DESC LIMIT 1", (record_id, seq)).fetchone()
            hint = f"undo change {later[0]} first" if later else "it was changed since"
            raise StoreError(f"Change {seq} of {record_id!r} cannot be undone on its own: "
                             f"the record was changed later ({hint}). Nothing was changed.")
        self._set_row(record_id, before)
        new = self._log(record_id, "undo", current, before, batch, f"undoes change {seq}",
                        undoes=seq)
        self.conn.execute("UPDATE change_log SET undone_by = ? WHERE seq = ?", (new.seq, seq))
        return new

    def last_action(self) -> list[int]:
        """The seqs of the newest change not yet undone, with the rest of its batch."""
        row = self.conn.execute("SELECT seq, batch FROM change_log WHERE undone_by IS NULL "
                                "AND action != 'undo' ORDER BY seq DESC LIMIT 1").fetchone()
        if row is None:
            return []
        seq, batch = row
        if not batch:
            return [seq]
        return [r[0] for r in self.conn.execute(
            "SELECT seq FROM change_log WHERE batch = ? AND undone_by IS NULL AND action != 'undo' "
            "ORDER BY seq DESC", (batch,))]

    def undo(self, seq: int | None = None, *, whole_batch: bool = False) -> list[Change]:
        """Undo a change, in one transaction; the undo is logged (and can be undone itself).

        Without ``seq``: the newest change that is not undone, with its whole batch (an import
        is one action). With ``seq``: that change (its whole batch with ``whole_batch``). A
        change whose record was changed later is refused (:class:`StoreError`) until the later
        change is undone: nothing is ever overwritten behind a maintainer's back.
        """
        with self._write():
            if seq is None:
                seqs = self.last_action()
                if not seqs:
                    raise StoreError("There is nothing to undo.")
            elif whole_batch:
                batch = self.conn.execute("SELECT batch FROM change_log WHERE seq = ?",
                                          (seq,)).fetchone()
                if batch is None:
                    raise StoreError(f"There is no change {seq} in the log.")
                seqs = [seq] if not batch[0] else [r[0] for r in self.conn.execute(
                    "SELECT seq FROM change_log WHERE batch = ? AND undone_by IS NULL "
                    "ORDER BY seq DESC", (batch[0],))]
            else:
                seqs = [seq]
            batch_id = uuid.uuid4().hex if len(seqs) > 1 else None
            return [self._undo_one(s, batch_id) for s in sorted(seqs, reverse=True)]

    # -- dump, for tests and support -----------------------------------------------------

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table (for comparisons: an aborted import changes none)."""
        return {t: self.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("meta", "local_record", "change_log")}


def put_for(record: Record, shipped: Record | None, current: LocalEntry | None,
            note: str = "") -> Put:
    """The row that makes ``record`` the effective version, given the shipped record.

    Equal to the shipped record: no local row is needed (an existing one goes). A shipped id:
    a correction, based on the shipped record (an existing correction keeps its base, so a
    pending conflict stays visible). Otherwise: an addition.
    """
    if shipped is not None and record == shipped:
        return Put(record.id, None)
    if shipped is not None:
        base = current.base_record if (current is not None and current.base_record is not None) \
            else shipped
        return Put(record.id, "corrected", record, base, note)
    return Put(record.id, "added", record, None, note)

