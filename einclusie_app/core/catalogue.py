"""Reading the compiled catalogue: one record with everything known about it.

The shipped file is opened read-only (``mode=ro``, ``immutable=1``: no lock, no journal, safe on a
read-only program folder or a shared drive). A file built for another schema version is refused
with a message, never misread.

The same class opens the *merged* catalogue (shipped records overlaid by the local store's,
core/overlay.py): there ``ServiceView.origin`` says ``'local'`` for a record added or corrected
in the local store, ``'shipped'`` otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .record import Record, record_from_dict
from .schema import SCHEMA_VERSION

#: The SQLite library this program reads with (a frozen bundle carries the build machine's).
SQLITE_VERSION = sqlite3.sqlite_version

#: A record last checked longer ago than this is marked, and the client is told to call first.
STALE_AFTER_DAYS = 365


class CatalogueError(RuntimeError):
    """The catalogue file is missing, unreadable or of another version; the message says which."""


@dataclass(frozen=True)
class LocationView:
    id: str
    name: str
    street: str
    house_number: str
    postcode: str
    place: str           # the place as the source named it ("Ruiselede", "Gent")
    municipality: str    # the 2025 municipality, Dutch name
    lat: float
    lon: float
    precision: str       # measured | postcode | submunicipality | municipality
    address_known: bool
    accessibility: str

    @property
    def approximate(self) -> bool:
        return self.precision != "measured"

    @property
    def street_line(self) -> str:
        return " ".join(p for p in (self.street, self.house_number) if p)

    @property
    def place_line(self) -> str:
        place = self.place
        if self.municipality and self.municipality != self.place:
            place = f"{self.place} ({self.municipality})"
        return " ".join(p for p in (self.postcode, place) if p)


@dataclass(frozen=True)
class PhoneView:
    number: str      # as printed on the source
    display: str     # how we show it
    tel: str         # for tel: links
    short: bool
    description: str


@dataclass(frozen=True)
class AreaView:
    code: str
    label: str


@dataclass(frozen=True)
class ServiceView:
    """A record as the program shows it: the source record plus what the build resolved."""

    record: Record
    locations: tuple[LocationView, ...]
    phones: tuple[PhoneView, ...]
    areas: tuple[AreaView, ...]
    topics: tuple[str, ...]
    #: 'shipped', or 'local' for a record added or corrected in the local store.
    origin: str = "shipped"

    @property
    def is_local(self) -> bool:
        return self.origin == "local"

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def name(self) -> str:
        return self.record.name

    @property
    def kind(self) -> str:
        return self.record.kind

    def assured(self) -> dt.date | None:
        """The last-checked date (a partial date counts from its first day), or None."""
        text = self.record.assured_date
        if not text:
            return None
        parts = [int(p) for p in text.split("-")] + [1, 1]
        return dt.date(*parts[:3])

    def is_stale(self, today: dt.date | None = None) -> bool:
        """Not checked within 12 months, or never dated: the program says "call first"."""
        checked = self.assured()
        if checked is None:
            return True
        today = today or dt.date.today()
        return (today - checked).days > STALE_AFTER_DAYS


def _view(record_json: str, resolved_json: str, origin: str = "shipped") -> ServiceView:
    record = record_from_dict(json.loads(record_json))
    res = json.loads(resolved_json)
    locations = tuple(LocationView(
        id=loc["id"], name=loc["name"], street=loc["street"],
        house_number=loc["house_number"], postcode=loc["postcode"], place=loc["place"],
        municipality=loc["municipality"], lat=loc["lat"], lon=loc["lon"],
        precision=loc["precision"], address_known=loc["address_known"],
        accessibility=loc["accessibility"]) for loc in res["locations"])
    phones = tuple(PhoneView(p["number"], p["display"], p["tel"], p["short"], p["description"])
                   for p in res["phones"])
    areas = tuple(AreaView(a["code"], a["label"]) for a in res["areas"])
    return ServiceView(record, locations, phones, areas, tuple(res["topics"]), origin)


class Catalogue:
    """A compiled catalogue file, opened read-only."""

    def __init__(self, path: Path, community_days: tuple[str, ...] = (), *, live: bool = False):
        """``live``: the file may change while it is open (a merged catalogue that
        core/merged.py updates in place); otherwise it is opened as immutable (no locks, safe on
        a read-only program folder or a shared drive)."""
        self.path = Path(path)
        self.live = live
        #: Community days (11 July...) this site closes its local services on.
        self.community_days = tuple(community_days)
        self._views: dict[str, ServiceView] = {}
        self._schedules: dict[str, object] = {}
        # held by work on another thread (:meth:`in_use`) and by :meth:`close`: the connection
        # is never closed under a query (SQLite ends that in a crash, not an error)
        self._use_lock = threading.Lock()
        self._closed = False
        if not self.path.is_file():
            raise CatalogueError(f"The catalogue file {self.path} does not exist.")
        uri = self.path.resolve().as_uri() + ("?mode=ro" if live else "?mode=ro&immutable=1")
        try:
            # One thread at a time: the thread that opened it may hand it to another (the
            # window opens it off the GUI thread, then searches on it).
            self.conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise CatalogueError(f"{self.path} is not a catalogue file ({exc}).") from None
        if version != SCHEMA_VERSION:
            self.conn.close()
            raise CatalogueError(
                f"{self.path} has catalogue version {version}; this program reads version "
                f"{SCHEMA_VERSION}. Rebuild it with 'einclusie catalogue build'.")

    def close(self) -> None:
        """Close the file; waits for work :meth:`in_use` on another thread to end first."""
        with self._use_lock:
            self._closed = True
            self.conn.close()

    @contextmanager
    def in_use(self):
        """For work on this catalogue on another thread than the one that shows it (reading its
        words ahead, say): :meth:`close` waits until it ends; once closed, CatalogueError."""
        with self._use_lock:
            if self._closed:
                raise CatalogueError(f"The catalogue {self.path} was closed.")
            yield self

    @cached_property
    def gazetteer(self):
        from .gazetteer import Gazetteer

        return Gazetteer(self.conn)

    @cached_property
    def searcher(self):
        from .search import Searcher

        return Searcher(self.conn, self.gazetteer, open_at=self.open_at)

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM meta"))

    def resolve_id(self, ident: str) -> str | None:
        """The record id for an id or a merged-away alias, or None."""
        row = self.conn.execute("SELECT id FROM service WHERE id = ?", (ident,)).fetchone()
        if row:
            return row[0]
        row = self.conn.execute("SELECT service_id FROM service_alias WHERE alias = ?",
                                (ident,)).fetchone()
        return row[0] if row else None

    def service(self, ident: str) -> ServiceView | None:
        view = self._views.get(ident)
        if view is not None:
            return view
        sid = self.resolve_id(ident)
        if sid is None:
            return None
        record_json, resolved_json, origin = self.conn.execute(
            "SELECT record, resolved, origin FROM service WHERE id = ?",
            (sid,)).fetchone()
        view = self._views[ident] = _view(record_json, resolved_json, origin)
        return view

    def forget(self, ids=None) -> None:
        """Drop what is cached of these records (their rows changed in a live file); of every
        record when ``ids`` is None."""
        if ids is None:
            self._views.clear()
            self._schedules.clear()
            return
        ids = set(ids)
        for key in [k for k, v in self._views.items() if k in ids or v.id in ids]:
            del self._views[key]
        for key in [k for k in self._schedules if k in ids]:
            del self._schedules[key]

    def local_ids(self) -> list[str]:
        """Ids of the records that come from the local store (empty for a shipped file)."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM service WHERE origin = 'local' ORDER BY id")]

    # -- opening hours ---------------------------------------------------------------------

    def schedule(self, ident: str):
        """The record's schedule (core.hours.Schedule), with this site's community days."""
        from .opening import schedule_of

        sched = self._schedules.get(ident)
        if sched is None:
            sched = self._schedules[ident] = schedule_of(self.service(ident).record,
                                                         self.community_days)
        return sched

    def opening(self, ident: str, when):
        """Open now / closes at / next open... for one record at one moment."""
        from .opening import opening

        return opening(self.service(ident).record, when, self.schedule(ident))

    def open_at(self, ident: str, when) -> bool | None:
        from .hours import open_at

        return open_at(self.schedule(ident), when)

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM service ORDER BY id")]

    def closest_ids(self, ident: str, n: int = 3) -> list[str]:
        import difflib

        names = self.ids() + [r[0] for r in self.conn.execute("SELECT alias FROM service_alias")]
        return difflib.get_close_matches(ident, names, n=n, cutoff=0.5)

    def languages(self) -> list[str]:
        """The codes of the languages help is given in, as the records state them, the most
        used first (for a language filter: every language the catalogue knows, no other)."""
        return [r[0] for r in self.conn.execute(
            "SELECT code FROM language GROUP BY code ORDER BY count(*) DESC, code")]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM service").fetchone()[0]
