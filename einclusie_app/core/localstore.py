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
    ``detail`` (JSON, version 2): the structured facts of a change that are not record fields
    (:attr:`Change.detail`): a counter's flag, who checked a record and how, the flags a change
    dealt with; see "Flags and checks" below.
``flag`` (version 2)
    what a counter said is wrong with a record ("this is not right"): ``id``, ``record_id``,
    ``reason`` (:data:`FLAG_REASONS`), ``text`` (a short text for ``other``), ``flagged_on``
    (the DATE only), ``counter``, ``flag_seq`` (the change that made it), and, once a maintainer
    dealt with it, ``closed_on`` (date), ``closed_by`` (counter), ``closed_how``
    (:data:`CLOSED_HOW`) and ``closed_seq`` (the change that closed it). Open: ``closed_on`` is
    NULL.
``meta``
    ``store_id`` (random, made once) and ``revision`` (counts write transactions): together
    :meth:`LocalStore.revision`, which the overlay uses to know when to rebuild its merged file.

Flags and checks. A flag is one logged change (action ``flag``) that touches no record: its
``before``/``after`` are NULL and its ``detail`` is ``{"record_untouched": true, "flag": {...},
"flags": [[id, null, row]]}``. A check (:meth:`LocalStore.check_record`: "still right", "changed",
"ended") is one change that sets the record's row AND closes the record's open flags, in one
transaction; its ``detail`` holds ``{"check": {"result", "how", "by", "on"}, "flags": [[id,
row before, row after], ...]}``. Undo puts the record row and every listed flag back, and
refuses when any of them was changed since. Nothing about a client is in a flag: the reason,
the counter's short text (the window warns not to write anything about the client), the
date, the counter. A change that touches only flags (a flag, its undo, a flag dismissed) is
logged with the date only (``at`` = ``YYYY-MM-DD``): the minute a counter flagged a record would
tell when a client was at the desk.

Safety. Nothing about clients is ever written here. Every write is one short ``BEGIN
IMMEDIATE`` transaction (an import of thousands of records too: all of it or nothing); the
rollback journal (``journal_mode=DELETE``, ``synchronous=FULL``) means a crash or a power cut in
the middle leaves the file as it was before the transaction. WAL is not used: it needs shared
memory, which network drives do not give. Several counters may share one file on a network
drive: writers wait for each other (``busy_timeout``), no lock is held between calls, and every
undo checks that nobody changed the record since. The limits are in docs/local-store.md.

Two counters editing one record: a save may say what it was based on (:class:`Expect`: the
record as the editor loaded it). Inside the write transaction the store compares that with what
is there now; when another counter changed the record meanwhile nothing is written and
:class:`EditConflict` carries both versions, field by field, so the second counter can choose.

A damaged file is never replaced or treated as a new store: a 0-byte ``local.sqlite``, one that
is cut off, not SQLite, or whose pages SQLite's ``quick_check`` finds damaged, is refused at
open with :class:`StoreDamaged` (the file is left as it is; docs/local-store.md says how to
restore it). Damage found later, while reading or writing, raises the same error; a store that
another counter keeps busy raises :class:`StoreBusy`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import platform
import re
import sqlite3
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from .record import Record, RecordError, record_from_dict

__all__ = [
    "APP_NAME", "STORE_VERSION", "FILE_NAME", "StoreError", "StoreDamaged", "StoreBusy",
    "EditConflict", "FieldChange", "Expect", "LocalEntry", "Change", "Put", "LocalStore",
    "default_folder", "default_counter", "fingerprint", "record_json", "record_dict", "put_for",
    "Flag", "FLAG_REASONS", "CHECK_HOW", "CHECK_RESULTS", "CLOSED_HOW", "FLAG_TEXT_LIMIT",
    "flag_text_problem",
]

from .site import APP_NAME  # noqa: E402  (one name for every folder the program uses)
FILE_NAME = "local.sqlite"
STATES = ("added", "corrected", "retired")
#: What a counter can say is wrong with a record: the number does not answer, it has moved, it
#: is closed or has ended, the hours are wrong, something else (with a short text).
FLAG_REASONS = ("no_answer", "moved", "ended", "hours", "other")
#: How a maintainer checked a record: by phone, a visit, the web page, e-mail.
CHECK_HOW = ("phone", "visit", "web", "email")
#: What a check found: still right, changed (corrected), ended (retired).
CHECK_RESULTS = ("still_right", "changed", "ended")
#: How a flag was dealt with: one of the check results, or dismissed (not a problem).
CLOSED_HOW = (*CHECK_RESULTS, "dismissed")
#: The longest text a flag carries: a short remark about the record, never a story.
FLAG_TEXT_LIMIT = 200


class StoreError(RuntimeError):
    """The store cannot do what was asked; the message says why in plain words."""


class StoreDamaged(StoreError):
    """The store file is damaged (or is no store at all): it is refused and left as it is.

    ``path``: the file; ``reason``: what is wrong, in plain words. The message says what to do
    (docs/local-store.md, "When the store is damaged")."""

    def __init__(self, path: Path, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"The local store {self.path} is damaged: {reason}. The file was left as it is; "
            "local records cannot be shown or changed until it is restored from the backup of "
            "that folder (docs/local-store.md, 'When the store is damaged').")


class StoreBusy(StoreError):
    """Another counter keeps the store busy for longer than the wait allows; nothing changed."""


@dataclass(frozen=True)
class FieldChange:
    """One field of a record in an edit conflict: as loaded, as the other counter saved it
    (theirs), and as this counter wants it (mine)."""

    field: str
    loaded: Any
    theirs: Any
    mine: Any

    @property
    def they_changed(self) -> bool:
        return self.theirs != self.loaded

    @property
    def i_changed(self) -> bool:
        return self.mine != self.loaded

    @property
    def clash(self) -> bool:
        """Both changed this field, differently: only the maintainer can choose."""
        return self.they_changed and self.i_changed and self.theirs != self.mine


class EditConflict(StoreError):
    """Another counter changed the record since this one loaded it; nothing was written.

    ``record_id``; ``loaded``: the record as this counter loaded it; ``theirs``: the record as
    it is now (None: retired or removed meanwhile); ``mine``: what this counter tried to save
    (None: a removal); ``changed_by`` / ``changed_at``: the other counter's change (empty when
    the record went back to the shipped version). :meth:`fields` lists every field either side
    changed; :meth:`merged` keeps both sides' changes where they do not clash.
    """

    def __init__(self, record_id: str, loaded: Record | None, theirs: Record | None,
                 mine: Record | None, changed_by: str = "", changed_at: str = "",
                 their_state: str | None = None):
        self.record_id = record_id
        self.loaded, self.theirs, self.mine = loaded, theirs, mine
        self.changed_by, self.changed_at, self.their_state = changed_by, changed_at, their_state
        who = f" by {changed_by}" if changed_by else ""
        when = f" at {changed_at}" if changed_at else ""
        fields = ", ".join(f.field for f in self.fields() if f.they_changed) or \
            ("state" if their_state else "the record")
        super().__init__(
            f"{record_id!r} was changed{who}{when} after you opened it ({fields}); your change "
            "was not saved. Look at both versions and choose.")

    def fields(self) -> list[FieldChange]:
        """Every field either side changed, in the record's field order."""
        loaded = record_dict(self.loaded) if self.loaded is not None else {}
        theirs = record_dict(self.theirs) if self.theirs is not None else {}
        mine = record_dict(self.mine) if self.mine is not None else {}
        out = []
        for name in Record.__dataclass_fields__:
            a, b, c = loaded.get(name), theirs.get(name), mine.get(name)
            if b != a or c != a:
                out.append(FieldChange(name, a, b, c))
        return out

    def clashes(self) -> list[str]:
        return [f.field for f in self.fields() if f.clash]

    def merged(self, picks: Mapping[str, str] | None = None) -> Record:
        """Their record with my changes on top: a field only one side changed takes that side;
        a clashing field takes ``picks[field]`` (``"mine"`` or ``"theirs"``). Raises ValueError
        naming clashing fields left without a pick, or when either side is no record."""
        if self.theirs is None or self.mine is None:
            raise ValueError(f"{self.record_id}: one side removed the record; choose a side")
        picks = dict(picks or {})
        missing = [f for f in self.clashes() if picks.get(f) not in ("mine", "theirs")]
        if missing:
            raise ValueError(f"{self.record_id}: choose mine or theirs for {', '.join(missing)}")
        out = record_dict(self.theirs)
        for f in self.fields():
            if f.i_changed and (not f.clash or picks[f.field] == "mine"):
                out[f.field] = f.mine
        return record_from_dict(out, self.record_id)


@dataclass(frozen=True)
class Expect:
    """What a save was based on: the effective record as the editor loaded it (``loaded``; None
    when there was none, or it was retired) and the shipped record (``shipped``: what shows when
    the store has no row for it)."""

    loaded: Record | None
    shipped: Record | None = None


def default_folder() -> Path:
    """The user's data folder for this program (platformdirs), e.g. ``~/.local/share/...``;
    in portable mode the ``userdata`` folder beside the program (core/site.py)."""
    from .site import data_dir

    return data_dir()


def default_counter() -> str:
    """The name logged with every change: ``EINCLUSIE_COUNTER``, else the computer's name."""
    from .site import environment

    return environment("EINCLUSIE_COUNTER") or platform.node() or "counter"


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


#: A Belgian national register number (rijksregisternummer): 11 digits, often written
#: YY.MM.DD-XXX.YY. It identifies a person: a flag never carries one.
_NATIONAL_NUMBER = re.compile(r"(?<!\d)\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2}(?!\d)")


def flag_text_problem(text: str) -> str:
    """Why a flag's text may not be stored ("" when it may): it holds what looks like a
    national register number, or it is longer than :data:`FLAG_TEXT_LIMIT`. A flag says what
    is wrong with the record, never anything about a client."""
    text = " ".join((text or "").split())
    if _NATIONAL_NUMBER.search(text):
        return ("The text holds a number that looks like a national register number. Write "
                "nothing about the client: only what is wrong with the record.")
    if len(text) > FLAG_TEXT_LIMIT:
        return (f"The text is {len(text)} characters long; a flag says in at most "
                f"{FLAG_TEXT_LIMIT} what is wrong with the record.")
    return ""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _today() -> str:
    """Today's date (the counter's), for changes logged without their minute (flags)."""
    return dt.date.today().isoformat()


def _busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _guarded(method):
    """SQLite errors of a store method become StoreBusy / StoreDamaged: a message, never a
    traceback (a closed connection stays a ProgrammingError: a bug, not the file)."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.ProgrammingError, sqlite3.InterfaceError):
            raise
        except sqlite3.OperationalError as exc:
            if _busy(exc):
                raise StoreBusy(f"The local store {self.path} is busy: another counter is "
                                f"writing ({exc}). Nothing was changed; try again.") from None
            raise StoreDamaged(self.path, f"SQLite reports '{exc}'") from None
        except sqlite3.DatabaseError as exc:
            raise StoreDamaged(self.path, f"SQLite reports '{exc}'") from None
    return wrapper


_SQLITE_MAGIC = b"SQLite format 3\x00"


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


def _migrate_2(conn: sqlite3.Connection) -> None:
    """Counter flags, and the structured detail of a change (who checked, how, which flags)."""
    conn.execute("ALTER TABLE change_log ADD COLUMN detail TEXT")
    conn.execute(f"""CREATE TABLE flag (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ({", ".join(repr(r) for r in FLAG_REASONS)})),
        text TEXT NOT NULL DEFAULT '',
        flagged_on TEXT NOT NULL,
        counter TEXT NOT NULL,
        flag_seq INTEGER REFERENCES change_log(seq),
        closed_on TEXT,
        closed_by TEXT,
        closed_how TEXT CHECK (closed_how IS NULL OR closed_how IN
                               ({", ".join(repr(r) for r in CLOSED_HOW)})),
        closed_seq INTEGER REFERENCES change_log(seq))""")
    conn.execute("CREATE INDEX flag_record ON flag(record_id, closed_on)")


#: Step ``i`` brings a store from version ``i`` to ``i + 1``.
MIGRATIONS = (_migrate_1, _migrate_2)
STORE_VERSION = len(MIGRATIONS)
_OUR_TABLES = {"meta", "local_record", "change_log", "sqlite_sequence", "flag"}


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the store up to :data:`STORE_VERSION`, one step per transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > STORE_VERSION:
        raise StoreError(
            f"{path} was written by a newer version of the program (store version "
            f"{version}; this program knows up to {STORE_VERSION}). Update the program; "
            "the store was not changed.")
    if version == 0:
        other = sorted({r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")} - _OUR_TABLES)
        if other:
            raise StoreDamaged(path, f"it is not a local store file (it is another database, "
                                     f"with tables {', '.join(other[:5])})")
    while version < STORE_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another counter may have migrated it meanwhile: read again under the lock.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < STORE_VERSION:
                MIGRATIONS[version](conn)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _check_file(path: Path) -> None:
    """What can be told from the file's size and header before SQLite opens it: StoreDamaged
    for a file that is empty, cut off or not SQLite at all. Never writes."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StoreError(f"The local store {path} cannot be read ({exc.strerror or exc}).") \
            from None
    if size == 0:
        raise StoreDamaged(path, "it is empty (0 bytes): it was cut off or wiped, and the "
                                 "records it held are not in it")
    if not head.startswith(_SQLITE_MAGIC[: len(head)]) or len(head) < len(_SQLITE_MAGIC):
        raise StoreDamaged(path, "it is not a local store file (not an SQLite database)")
    if len(head) < 100:
        raise StoreDamaged(path, f"it is cut off ({size} bytes)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid = pages > 0 and head[24:28] == head[92:96]
    if page_size < 512 or page_size & (page_size - 1):
        raise StoreDamaged(path, "its header is damaged (page size)")
    if valid and size < pages * page_size:
        raise StoreDamaged(path, f"it is cut off ({size} bytes; its header says "
                                 f"{pages * page_size})")


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
    #: Structured facts beside the record's fields (store version 2; ``{}`` when none):
    #: ``check`` (``result``, ``how``, ``by``, ``on``: who checked the record and how),
    #: ``flag`` (the flag a counter made: ``id``, ``reason``, ``text``), ``flags`` (the flags
    #: the change opened or closed: ``[id, row before, row after]``), ``record_untouched``
    #: (true: the change touched no record, only flags), ``undoes_check`` (an undo of a check).
    detail: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def undone(self) -> bool:
        return self.undone_by is not None

    @property
    def check(self) -> dict[str, str] | None:
        """Who checked the record, how and with what result (None: not a check)."""
        return self.detail.get("check")


@dataclass(frozen=True)
class Flag:
    """What a counter said is wrong with a record (see the module's description).

    ``reason``: one of :data:`FLAG_REASONS`; ``text``: the counter's short text (for
    ``other``); ``on``: the date it was flagged; ``counter``: where; ``seq``: the change that
    made it. Closed (dealt with by a maintainer): ``closed_on``, ``closed_by``, ``closed_how``
    (:data:`CLOSED_HOW`), ``closed_seq``."""

    id: int
    record_id: str
    reason: str
    text: str
    on: str
    counter: str
    seq: int | None = None
    closed_on: str = ""
    closed_by: str = ""
    closed_how: str = ""
    closed_seq: int | None = None

    @property
    def open(self) -> bool:
        return not self.closed_on

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


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

    Opening refuses a damaged file with :class:`StoreDamaged` and leaves it as it is: 0 bytes,
    cut off, not SQLite, another program's database, or pages ``PRAGMA quick_check`` finds
    damaged (``quick_check``: False skips that last check; it reads the whole file, about
    150 ms for a store of 10,000 records and 65 MB on a local disk). A new store is made whole beside the
    final name and then linked in, so no other counter ever sees a half-made (0-byte) file.
    """

    def __init__(self, folder: Path | None = None, counter: str | None = None, *,
                 busy_timeout: float = 10.0, quick_check: bool = True):
        self.folder = Path(folder) if folder is not None else default_folder()
        self.path = self.folder / FILE_NAME
        self.counter = (counter or "").strip() or default_counter()
        self.busy_timeout = busy_timeout
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"The local store folder {self.folder} cannot be made "
                             f"({exc.strerror or exc}).") from None
        journal = self.path.with_name(FILE_NAME + "-journal")
        if self.path.exists():
            if not journal.exists():   # a hot journal: SQLite rolls it back on open
                _check_file(self.path)
        else:
            self._create()
        self.conn: sqlite3.Connection | None = None
        try:
            self.conn = self._connect(self.path)
            if quick_check:
                self._quick_check()
            self._migrate()
        except sqlite3.OperationalError as exc:
            self._close_failed()
            if _busy(exc):
                raise StoreBusy(f"The local store {self.path} is busy: another counter is "
                                f"writing ({exc}). Nothing was changed; try again.") from None
            raise StoreDamaged(self.path, f"SQLite reports '{exc}'") from None
        except sqlite3.DatabaseError as exc:
            self._close_failed()
            raise StoreDamaged(self.path, f"it is not a local store file, or it is damaged "
                                          f"(SQLite reports '{exc}')") from None
        except StoreError:
            self._close_failed()
            raise

    def _close_failed(self) -> None:
        if self.conn is not None:
            self.conn.close()

    def _connect(self, path: Path) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(path, timeout=self.busy_timeout, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"The local store {path} cannot be opened ({exc}).") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _create(self) -> None:
        """Make a new store whole under a temporary name, then link it in under its name (if
        another counter made one meanwhile, that one is used)."""
        tmp = self.folder / f".{FILE_NAME}.{os.getpid()}.{uuid.uuid4().hex[:8]}.new"
        for stale in self.folder.glob(f".{FILE_NAME}.*.new"):   # of a counter killed making one
            try:
                if time.time() - stale.stat().st_mtime > 3600:
                    stale.unlink()
            except OSError:
                pass
        try:
            conn = self._connect(tmp)
            try:
                _migrate(conn, tmp)
            finally:
                conn.close()
            try:
                os.link(tmp, self.path)
            except FileExistsError:
                pass
            except OSError:                       # no hard links here (some network drives)
                if os.name == "nt":
                    try:
                        os.rename(tmp, self.path)  # refuses to replace an existing file
                    except FileExistsError:
                        pass
                elif not self.path.exists():
                    os.replace(tmp, self.path)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"The local store {self.path} cannot be made "
                             f"({getattr(exc, 'strerror', None) or exc}).") from None
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                try:
                    leftover.unlink()
                except FileNotFoundError:
                    pass
                except OSError:
                    pass

    def _quick_check(self) -> None:
        rows = [r[0] for r in self.conn.execute("PRAGMA quick_check(5)")]
        if rows != ["ok"]:
            raise StoreDamaged(self.path, "SQLite finds damaged pages (" + "; ".join(rows) + ")")
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        size = self.conn.execute("PRAGMA page_size").fetchone()[0]
        actual = self.path.stat().st_size
        if actual < pages * size:
            raise StoreDamaged(self.path, f"it is cut off ({actual} bytes; it should have "
                                          f"{pages * size})")

    # -- life cycle ----------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "LocalStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _migrate(self) -> None:
        _migrate(self.conn, self.path)

    @_guarded
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
            if _busy(exc):
                raise StoreBusy(f"The local store {self.path} is busy: another counter is "
                                f"writing ({exc}); nothing was changed. Try again.") from None
            raise StoreError(f"The local store {self.path} is busy or read-only ({exc}); "
                             "nothing was changed. Try again.") from None
        try:
            yield self.conn
            self.conn.execute(
                "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")
            self.conn.execute("COMMIT")
        except BaseException:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the transaction is gone with the connection's error; nothing was kept
            raise

    # -- reading -------------------------------------------------------------------------

    @_guarded
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

    @_guarded
    def entry(self, record_id: str) -> LocalEntry | None:
        row = self.conn.execute(f"SELECT {self._COLS} FROM local_record WHERE id = ?",
                                (record_id,)).fetchone()
        return self._entry(row) if row else None

    @_guarded
    def entries(self, state: str | None = None) -> list[LocalEntry]:
        """Every local record (or those in one state), by id."""
        if state is None:
            rows = self.conn.execute(f"SELECT {self._COLS} FROM local_record ORDER BY id")
        else:
            rows = self.conn.execute(f"SELECT {self._COLS} FROM local_record WHERE state = ? "
                                     "ORDER BY id", (state,))
        return [self._entry(r) for r in rows]

    @_guarded
    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM local_record").fetchone()[0]

    def states(self) -> dict[str, tuple[str, str | None]]:
        """``{id: (state, base_fingerprint)}`` of every local row, without reading the records
        (what the window's menus and the conflict count need)."""
        return {ident: (state, base) for ident, state, base in self.conn.execute(
            "SELECT id, state, base_fingerprint FROM local_record")}

    def local_names(self) -> dict[str, str]:
        """``{id or alias: record id}`` of every local record that is shown (not retired),
        without reading the records whole (the checks of a record's names need them)."""
        out = {ident: ident for (ident,) in self.conn.execute(
            "SELECT id FROM local_record WHERE state != 'retired'")}
        out.update(self.conn.execute(
            "SELECT a.value, r.id FROM local_record r, json_each(r.record, '$.aliases') a "
            "WHERE r.state != 'retired'"))
        return out

    def row_digests(self) -> dict[str, str]:
        """``{id: digest}`` of every local row (its state and record as stored), without
        reading the records: the merged view (core/merged.py) compares them with what it
        shows to find the records that changed."""
        return {ident: hashlib.sha256(f"{state}\n{record}".encode()).hexdigest()
                for ident, state, record in self.conn.execute(
                    "SELECT id, state, record FROM local_record")}

    def _change(self, row: tuple) -> Change:
        seq, at, counter, rid, action, fields, batch, undoes, undone_by, note, detail = row
        return Change(seq, at, counter, rid, action,
                      {k: tuple(v) for k, v in json.loads(fields).items()},
                      batch, undoes, undone_by, note, json.loads(detail) if detail else {})

    _CHANGE_COLS = ("seq, at, counter, record_id, action, fields, batch, undoes, undone_by, "
                    "note, detail")

    @_guarded
    def changes(self, record_id: str | None = None, limit: int | None = None,
                batch: str | None = None, *, since: str | None = None) -> list[Change]:
        """The change log, newest first (of one record or one batch when given; ``since``: a
        date, ``YYYY-MM-DD``: only the changes logged that day or later, UTC)."""
        sql = f"SELECT {self._CHANGE_COLS} FROM change_log"
        args: list[Any] = []
        where = []
        if since is not None:
            where.append("at >= ?")
            args.append(since)
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

    @_guarded
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
             batch: str | None, note: str = "", undoes: int | None = None,
             detail: dict | None = None) -> Change:
        detail = detail or {}
        # a change that touches only flags keeps its date, not its minute (module description)
        at = _today() if detail.get("record_untouched") else _now()
        fields = {} if detail.get("record_untouched") else _diff(before, after)
        cur = self.conn.execute(
            "INSERT INTO change_log (at, counter, record_id, action, fields, before, after, "
            "batch, undoes, note, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (at, self.counter, record_id, action,
             json.dumps(fields, ensure_ascii=False, sort_keys=True),
             None if before is None else json.dumps(before, ensure_ascii=False, sort_keys=True),
             None if after is None else json.dumps(after, ensure_ascii=False, sort_keys=True),
             batch, undoes, note,
             json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None))
        return Change(cur.lastrowid, at, self.counter, record_id, action,
                      {k: tuple(v) for k, v in fields.items()}, batch, undoes, None, note, detail)

    def _put(self, p: Put, action: str, batch: str | None,
             expect: Expect | None = None) -> Change | None:
        """Write one planned row inside a transaction; log it; None when nothing changes."""
        if p.state is not None and p.state not in STATES:
            raise ValueError(f"unknown state {p.state!r}")
        if p.state is not None and p.record is None:
            raise ValueError("a local row needs its record")
        if p.record is not None and p.record.id != p.id:
            raise ValueError(f"record {p.record.id!r} put under id {p.id!r}")
        before = self._current_row(p.id)
        if expect is not None:
            self._check_expect(p, before, expect)
        after = _row_dict(p.state, p.record, p.base_record, p.note, _now(), self.counter)
        if _content(before) == _content(after):
            return None
        try:
            self._set_row(p.id, after)
            return self._log(p.id, action, before, after, batch, p.note)
        except UnicodeEncodeError as exc:
            raise StoreError(f"{p.id!r} holds a character that cannot be stored "
                             f"({exc.reason}: {exc.object[exc.start:exc.end]!a}); nothing was "
                             "changed.") from None

    def _check_expect(self, p: Put, before: dict | None, expect: Expect) -> None:
        """EditConflict when the record is no longer what the editor loaded (inside the write
        transaction, so no other counter can slip in between)."""
        if before is None:
            now, now_fp = expect.shipped, fingerprint(expect.shipped)
        elif before["state"] == "retired":
            now, now_fp = None, None
        else:
            text = json.dumps(before["record"], ensure_ascii=False, sort_keys=True)
            now, now_fp = self._record(text, p.id), hashlib.sha256(text.encode()).hexdigest()
        mine = p.record if p.state in ("added", "corrected") else (
            expect.shipped if p.state is None else None)
        if now_fp == fingerprint(expect.loaded) or now_fp == fingerprint(mine):
            return
        last = self.conn.execute("SELECT counter, at FROM change_log WHERE record_id = ? "
                                 "ORDER BY seq DESC LIMIT 1", (p.id,)).fetchone()
        by, at = last if last else ("", "")
        raise EditConflict(p.id, expect.loaded, now, mine, by, at,
                           before["state"] if before else None)

    @_guarded
    def put(self, p: Put, action: str = "edit", *, expect: Expect | None = None) -> Change | None:
        """Write one record's local row (or remove it, ``state=None``) in its own transaction.

        ``expect``: what the change was based on; when another counter changed the record since,
        :class:`EditConflict` is raised and nothing is written. Returns the logged change, or
        None when the row already was like that."""
        with self._write():
            return self._put(p, action, None, expect)

    @_guarded
    def put_many(self, puts: Sequence[Put], action: str = "import", *,
                 expect: Mapping[str, Expect] | None = None) -> list[Change]:
        """Write many rows in ONE transaction (an import): all of them, or none.

        ``expect``: per record id, what the plan was based on (see :meth:`put`). The changes
        share a batch id, so :meth:`undo` takes them back together."""
        batch = uuid.uuid4().hex
        changes: list[Change] = []
        expect = expect or {}
        with self._write():
            for p in puts:
                change = self._put(p, action, batch, expect.get(p.id))
                if change is not None:
                    changes.append(change)
        return changes

    # -- undo ----------------------------------------------------------------------------

    def _undo_one(self, seq: int, batch: str | None) -> Change:
        row = self.conn.execute("SELECT record_id, before, after, undone_by, detail "
                                "FROM change_log WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise StoreError(f"There is no change {seq} in the log.")
        record_id, before_j, after_j, undone_by, detail_j = row
        if undone_by is not None:
            raise StoreError(f"Change {seq} was already undone (by change {undone_by}).")
        detail = json.loads(detail_j) if detail_j else {}
        untouched = bool(detail.get("record_untouched"))
        flags = [(int(i), b, a) for i, b, a in detail.get("flags", ())]
        before = json.loads(before_j) if before_j else None
        after = json.loads(after_j) if after_j else None
        current = None if untouched else self._current_row(record_id)
        if not untouched and _content(current) != _content(after):
            later = self.conn.execute(
                "SELECT seq FROM change_log WHERE record_id = ? AND seq > ? AND undone_by IS NULL "
                "ORDER BY seq DESC LIMIT 1", (record_id, seq)).fetchone()
            hint = f"undo change {later[0]} first" if later else "it was changed since"
            raise StoreError(f"Change {seq} of {record_id!r} cannot be undone on its own: "
                             f"the record was changed later ({hint}). Nothing was changed.")
        for ident, _b, a in flags:
            if self._flag_row(ident) != a:
                later = self.conn.execute(
                    "SELECT closed_seq FROM flag WHERE id = ?", (ident,)).fetchone()
                hint = (f"undo change {later[0]} first" if later and later[0] and
                        later[0] != seq else "it was changed since")
                raise StoreError(f"Change {seq} of {record_id!r} cannot be undone on its own: "
                                 f"a flag it made or closed was dealt with later ({hint}). "
                                 "Nothing was changed.")
        if not untouched:
            self._set_row(record_id, before)
        back = []
        for ident, b, a in flags:
            self._set_flag_row(ident, record_id, b)
            back.append([ident, a, b])
        undo_detail: dict[str, Any] = {}
        if back:
            undo_detail["flags"] = back
        if untouched:
            undo_detail["record_untouched"] = True
        if detail.get("check"):
            undo_detail["undoes_check"] = detail["check"]
        new = self._log(record_id, "undo", None if untouched else current,
                        None if untouched else before, batch, f"undoes change {seq}",
                        undoes=seq, detail=undo_detail)
        self.conn.execute("UPDATE change_log SET undone_by = ? WHERE seq = ?", (new.seq, seq))
        return new

    @_guarded
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

    @_guarded
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

    # -- flags and checks ----------------------------------------------------------------

    _FLAG_COLS = ("id, record_id, reason, text, flagged_on, counter, flag_seq, closed_on, "
                  "closed_by, closed_how, closed_seq")

    def _flag_row(self, ident: int) -> dict | None:
        """A flag's row as the change log keeps it (everything but its id), or None."""
        row = self.conn.execute(f"SELECT {self._FLAG_COLS} FROM flag WHERE id = ?",
                                (ident,)).fetchone()
        if row is None:
            return None
        keys = self._FLAG_COLS.split(", ")[1:]
        return dict(zip(keys, row[1:]))

    def _set_flag_row(self, ident: int, record_id: str, row: dict | None) -> None:
        if row is None:
            self.conn.execute("DELETE FROM flag WHERE id = ?", (ident,))
            return
        self.conn.execute(
            f"INSERT OR REPLACE INTO flag ({self._FLAG_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)", (ident, record_id, row["reason"], row["text"], row["flagged_on"],
                      row["counter"], row["flag_seq"], row["closed_on"], row["closed_by"],
                      row["closed_how"], row["closed_seq"]))

    @staticmethod
    def _flag(row: tuple) -> Flag:
        (ident, rid, reason, text, on, counter, seq, closed_on, closed_by, closed_how,
         closed_seq) = row
        return Flag(ident, rid, reason, text, on, counter, seq, closed_on or "",
                    closed_by or "", closed_how or "", closed_seq)

    @_guarded
    def flags(self, record_id: str | None = None, *, open_only: bool = True) -> list[Flag]:
        """Flags (open ones unless ``open_only`` is False), oldest first; of one record when
        given."""
        sql = f"SELECT {self._FLAG_COLS} FROM flag"
        where, args = [], []
        if record_id is not None:
            where.append("record_id = ?")
            args.append(record_id)
        if open_only:
            where.append("closed_on IS NULL")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [self._flag(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    @_guarded
    def open_flags(self) -> dict[str, tuple[Flag, ...]]:
        """``{record id: its open flags}``, without reading any record (for the menus and the
        detail pane)."""
        out: dict[str, list[Flag]] = {}
        for f in self.flags():
            out.setdefault(f.record_id, []).append(f)
        return {k: tuple(v) for k, v in out.items()}

    @_guarded
    def flag(self, record_id: str, reason: str, text: str = "",
             on: dt.date | None = None) -> Change:
        """A counter says what is wrong with a record: one flag, logged as one change (action
        ``flag``, undoable), with the date and this store's counter name. ``text`` is required
        for ``other`` and at most :data:`FLAG_TEXT_LIMIT` characters; nothing else is kept."""
        text = " ".join((text or "").split())
        problem = flag_text_problem(text)
        if problem:
            raise StoreError(problem)
        if reason not in FLAG_REASONS:
            raise StoreError(f"Unknown reason {reason!r} (one of {', '.join(FLAG_REASONS)}).")
        if reason == "other" and not text:
            raise StoreError("Say in a few words what is wrong with the record.")
        if not record_id:
            raise StoreError("A flag needs the record it is about.")
        on = (on or dt.date.today()).isoformat()
        with self._write():
            ident = self.conn.execute(
                "INSERT INTO flag (record_id, reason, text, flagged_on, counter) "
                "VALUES (?, ?, ?, ?, ?)", (record_id, reason, text, on, self.counter)).lastrowid
            change = self._log(record_id, "flag", None, None, None, "",
                               detail={"record_untouched": True})
            self.conn.execute("UPDATE flag SET flag_seq = ? WHERE id = ?", (change.seq, ident))
            detail = {"record_untouched": True,
                      "flag": {"id": ident, "reason": reason, "text": text},
                      "flags": [[ident, None, self._flag_row(ident)]]}
            self._rewrite_detail(change.seq, detail)
        return replace(change, detail=detail)

    def _rewrite_detail(self, seq: int, detail: dict) -> None:
        self.conn.execute("UPDATE change_log SET detail = ? WHERE seq = ?",
                          (json.dumps(detail, ensure_ascii=False, sort_keys=True), seq))

    def _close_flags(self, record_id: str, how: str, on: str,
                     only: Sequence[int] | None = None) -> list[tuple[int, dict, dict]]:
        """Close the record's open flags (or those of ``only``) inside a write transaction;
        returns the transitions for the change log (their ``closed_seq`` filled in later)."""
        out = []
        for f in self.flags(record_id):
            if only is not None and f.id not in only:
                continue
            before = self._flag_row(f.id)
            after = dict(before, closed_on=on, closed_by=self.counter, closed_how=how)
            out.append((f.id, before, after))
        return out

    def _apply_closing(self, record_id: str, transitions, seq: int) -> list[list]:
        logged = []
        for ident, before, after in transitions:
            after = dict(after, closed_seq=seq)
            self._set_flag_row(ident, record_id, after)
            logged.append([ident, before, after])
        return logged

    @_guarded
    def check_record(self, p: Put | None, record_id: str, action: str, *, result: str,
                     how: str, by: str = "", on: dt.date | None = None,
                     expect: Expect | None = None, note: str = "") -> Change:
        """A maintainer checked a record: ONE change that writes the record's row (``p``;
        None: the row stays as it is) and closes the record's open flags, in one transaction.
        ``result``: :data:`CHECK_RESULTS`; ``how``: :data:`CHECK_HOW`; ``by``: who checked
        (default: this store's counter); ``on``: the day (default: today). Logged even when the
        row does not change (the check itself is a fact); undo reopens the flags."""
        if result not in CHECK_RESULTS:
            raise StoreError(f"Unknown result {result!r} (one of {', '.join(CHECK_RESULTS)}).")
        if how not in CHECK_HOW:
            raise StoreError(f"Unknown way of checking {how!r} (one of {', '.join(CHECK_HOW)}).")
        by = " ".join((by or "").split()) or self.counter
        if len(by) > FLAG_TEXT_LIMIT:
            raise StoreError("The name of who checked is too long.")
        day = (on or dt.date.today()).isoformat()
        check = {"result": result, "how": how, "by": by, "on": day}
        with self._write():
            before = self._current_row(record_id)
            if p is not None:
                if p.id != record_id:
                    raise ValueError(f"record {p.id!r} checked as {record_id!r}")
                if expect is not None:
                    self._check_expect(p, before, expect)
                after = _row_dict(p.state, p.record, p.base_record, p.note, _now(), self.counter)
                if _content(before) == _content(after):
                    after = before
                else:
                    try:
                        self._set_row(record_id, after)
                    except UnicodeEncodeError as exc:
                        raise StoreError(f"{record_id!r} holds a character that cannot be "
                                         f"stored ({exc.reason}); nothing was changed.") from None
            else:
                after = before
            transitions = self._close_flags(record_id, result, day)
            change = self._log(record_id, action, before, after, None, note,
                               detail={"check": check})
            detail = {"check": check}
            logged = self._apply_closing(record_id, transitions, change.seq)
            if logged:
                detail["flags"] = logged
                self._rewrite_detail(change.seq, detail)
        return replace(change, detail=detail)

    @_guarded
    def dismiss_flags(self, record_id: str, ids: Sequence[int] | None = None,
                      note: str = "") -> Change:
        """A maintainer finds a record's open flags are no problem (or dealt with elsewhere):
        they are closed as ``dismissed``, as one logged, undoable change that touches no
        record. ``ids``: only these flags (default: all of the record's open flags)."""
        with self._write():
            transitions = self._close_flags(record_id, "dismissed", _today(),
                                            None if ids is None else list(ids))
            if not transitions:
                raise StoreError(f"{record_id!r} has no open flag to close.")
            change = self._log(record_id, "flags_closed", None, None, None, note,
                               detail={"record_untouched": True})
            detail = {"record_untouched": True,
                      "flags": self._apply_closing(record_id, transitions, change.seq)}
            self._rewrite_detail(change.seq, detail)
        return replace(change, detail=detail)

    # -- dump, for tests and support -----------------------------------------------------

    @_guarded
    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table (for comparisons: an aborted import changes none)."""
        return {t: self.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("meta", "local_record", "change_log", "flag")}


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

