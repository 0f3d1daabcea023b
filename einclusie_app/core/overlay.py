"""Two stores, one view: the shipped catalogue overlaid by the local store.

The shipped catalogue file stays read-only. :class:`Workspace` joins it with a
:class:`~.localstore.LocalStore` and is the one API the maintainer window and the command line
use:

* reading: :meth:`Workspace.record` (the effective version), :meth:`Workspace.state`,
  :meth:`Workspace.effective_records`, :meth:`Workspace.stale` (the to-do list: not checked for
  12 months, oldest first);
* editing (every change validated, logged, undoable): :meth:`~Workspace.save`,
  :meth:`~Workspace.retire`, :meth:`~Workspace.revert`, :meth:`~Workspace.mark_checked`,
  :meth:`~Workspace.undo`, and :meth:`~Workspace.import_records` (all or nothing);
* updates: :meth:`~Workspace.conflicts` lists local corrections whose shipped record changed
  since (local, old shipped, new shipped) and :meth:`~Workspace.resolve` settles one (keep
  local, take shipped, or merge field by field). Until then the local version keeps winning.
* the merged catalogue: :meth:`Workspace.catalogue_path` compiles the effective records with the
  same build code (core/build.py, gazetteer, topics and synonyms taken from the shipped file)
  into a cache file keyed by the shipped file and the store's revision, and returns it (the
  shipped file itself while the store is empty). A local record is marked
  (``ServiceView.origin == 'local'``); a retired one is gone; an added one appears.

A local record the merged build cannot compile (say, an update's gazetteer no longer knows its
postcode) does not stop the program: its shipped version (or nothing) is shown and
:attr:`Workspace.merge_problems` says why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator, Sequence

from .catalogue import STALE_AFTER_DAYS, Catalogue
from .localstore import (
    APP_NAME, Change, Expect, LocalStore, Put, StoreError, fingerprint, put_for,
)
from .record import Problem, Record, RecordError, record_fields, record_from_dict

__all__ = [
    "Workspace", "Conflict", "ImportReport", "StaleItem", "default_cache_dir",
    "record_fields",
]

_UNCHECKED = object()  # save(): no loaded version given, no conflict check


def default_cache_dir() -> Path:
    """The user's cache folder (or, in portable mode, ``userdata/cache`` beside the program)."""
    from .site import data_dir, portable

    if portable():
        return data_dir() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def _assured(text: str) -> dt.date | None:
    """A last-checked date (a partial date counts from its first day), as ServiceView does."""
    if not text:
        return None
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return dt.date(*parts[:3])


@dataclass(frozen=True)
class StaleItem:
    """A record on the maintainer's to-do list."""

    id: str
    name: str
    assured_date: str       # "" = never checked
    origin: str             # shipped | local
    days: int | None        # days since the check (None: never)


@dataclass(frozen=True)
class Conflict:
    """A local record whose shipped counterpart changed since it was made.

    ``kind``: ``changed`` (the shipped record changed), ``removed`` (the shipped catalogue no
    longer has it) or ``also_shipped`` (added locally, and now the shipped catalogue has the
    same id). ``state``: the local state (corrected, retired, added).
    """

    id: str
    kind: str
    state: str
    local: Record
    old_shipped: Record | None
    new_shipped: Record | None

    def _differ(self, a: Record | None, b: Record | None) -> list[str]:
        da = a.to_dict() if a else {}
        db = b.to_dict() if b else {}
        return [f for f in record_fields() if da.get(f) != db.get(f)]

    def local_fields(self) -> list[str]:
        """Fields the municipality changed (local against the old shipped record)."""
        return self._differ(self.old_shipped, self.local)

    def shipped_fields(self) -> list[str]:
        """Fields the update changed (old shipped against new shipped)."""
        return self._differ(self.old_shipped, self.new_shipped)

    def clashes(self) -> list[str]:
        """Fields both sides changed, differently: these need the maintainer's choice."""
        if self.old_shipped is None:
            return self._differ(self.local, self.new_shipped)
        both = set(self.local_fields()) & set(self.shipped_fields())
        return [f for f in self._differ(self.local, self.new_shipped) if f in both]

    def merged(self, picks: dict[str, str] | None = None) -> Record:
        """The record made field by field: a field only one side changed takes that side's
        value; a clashing field takes what ``picks[field]`` says (``local`` or ``shipped``).
        Raises ValueError naming the clashing fields left without a pick."""
        if self.new_shipped is None:
            raise ValueError(f"{self.id}: the shipped catalogue no longer has this record; keep "
                             "the local version or take the shipped side (remove it)")
        picks = dict(picks or {})
        bad = {f: v for f, v in picks.items() if v not in ("local", "shipped")}
        if bad:
            raise ValueError(f"a pick is 'local' or 'shipped', not {bad}")
        unknown = set(picks) - set(record_fields())
        if unknown:
            raise ValueError(f"unknown fields {', '.join(sorted(unknown))}")
        missing = [f for f in self.clashes() if f not in picks]
        if missing:
            raise ValueError(f"{self.id}: choose local or shipped for {', '.join(missing)}")
        local, new = self.local.to_dict(), self.new_shipped.to_dict()
        mine = set(self.local_fields())
        out = {}
        for f in record_fields():
            side = picks.get(f) or ("local" if f in mine else "shipped")
            out[f] = local[f] if side == "local" else new[f]
        return record_from_dict(out)


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_retired: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False
    #: Facts the file lacks that the records shown have (core/importer.py ``Removal``).
    removals: list = field(default_factory=list)

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        upd = "would update" if self.dry_run else "updated"
        text = (f"{verb} {len(self.added)}, {upd} {len(self.updated)}, "
                f"unchanged {len(self.unchanged)}")
        if self.kept_retired:
            text += f", kept retired {len(self.kept_retired)} ({', '.join(self.kept_retired)})"
        if self.removals:
            verb = "would remove" if self.dry_run else "removed"
            text += (f"; {verb} {len(self.removals)} fact(s) from "
                     f"{len({r.record_id for r in self.removals})} record(s)")
        return text


class Workspace:
    """The shipped catalogue file plus the local store: one view, and every way to change it.

    ``shipped_path``: the shipped catalogue in use (``updates.effective_shipped_catalogue``).
    ``cache_dir``: where merged catalogue files are kept (default: the user's cache folder).
    """

    def __init__(self, shipped_path: Path, store: LocalStore, cache_dir: Path | None = None):
        self.shipped_path = Path(shipped_path)
        self.store = store
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.shipped = Catalogue(self.shipped_path)
        #: Why local records were left out of the last merged build (empty: none were).
        self.merge_problems: list[Problem] = []
        self._owns_store = False

    @classmethod
    def open(cls, shipped_path: Path, folder: Path | None = None, counter: str | None = None,
             cache_dir: Path | None = None, trusted_keys=None) -> "Workspace":
        """What the program does at start: the shipped catalogue in use (a newer installed
        update, verified against ``trusted_keys``, the site's keys: core/updates.py), the local
        store in ``folder`` (default: the user's data folder); :meth:`close` closes both."""
        from .localstore import default_folder
        from .updates import effective_shipped_catalogue

        folder = Path(folder) if folder is not None else default_folder()
        store = LocalStore(folder, counter)
        try:
            ws = cls(effective_shipped_catalogue(shipped_path, folder, trusted_keys), store,
                     cache_dir)
        except BaseException:
            store.close()
            raise
        ws._owns_store = True
        return ws

    def close(self) -> None:
        """Close the shipped catalogue (and the store when :meth:`open` made it)."""
        self.shipped.close()
        if self._owns_store:
            self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def gazetteer(self):
        return self.shipped.gazetteer

    # -- reading -------------------------------------------------------------------------

    def shipped_record(self, record_id: str) -> Record | None:
        row = self.shipped.conn.execute("SELECT record FROM service WHERE id = ?",
                                        (record_id,)).fetchone()
        return catalogue_record(row[0]) if row else None

    def shipped_records(self) -> Iterator[Record]:
        for (text,) in self.shipped.conn.execute("SELECT record FROM service ORDER BY id"):
            yield catalogue_record(text)

    def record(self, record_id: str) -> Record | None:
        """The effective version: the local one when there is one, None when retired."""
        entry = self.store.entry(record_id)
        if entry is not None:
            return None if entry.state == "retired" else entry.record
        return self.shipped_record(record_id)

    def state(self, record_id: str) -> str | None:
        """``shipped``, ``added``, ``corrected``, ``retired``, or None (unknown id)."""
        entry = self.store.entry(record_id)
        if entry is not None:
            return entry.state
        return "shipped" if self.shipped_record(record_id) is not None else None

    def effective_records(self) -> tuple[list[Record], frozenset[str]]:
        """Every record shown (sorted by id) and the ids that come from the local store."""
        local = {e.id: e for e in self.store.entries()}
        out: dict[str, Record] = {}
        for r in self.shipped_records():
            if r.id not in local:
                out[r.id] = r
        local_ids = set()
        for e in local.values():
            if e.state != "retired":
                out[e.id] = e.record
                local_ids.add(e.id)
        return [out[k] for k in sorted(out)], frozenset(local_ids)

    def stale(self, today: dt.date | None = None,
              days: int = STALE_AFTER_DAYS) -> list[StaleItem]:
        """Records not checked for ``days`` days (or never): oldest first, never-checked first."""
        today = today or dt.date.today()
        records, local_ids = self.effective_records()
        out = []
        for r in records:
            checked = _assured(r.assured_date)
            age = None if checked is None else (today - checked).days
            if age is None or age > days:
                out.append(StaleItem(r.id, r.name, r.assured_date,
                                     "local" if r.id in local_ids else "shipped", age))
        out.sort(key=lambda s: (s.days is not None, -(s.days or 0), s.id))
        return out

    # -- checking ------------------------------------------------------------------------

    def issues(self, record: Record, today: dt.date | None = None,
               new: bool = False) -> list:
        """Everything wrong with a record before it may be stored, as core/validate.py Issues:
        the record's own rules, and (``new``) an id some record already has, and ids or
        aliases another shown record uses."""
        from .validate import Issue, record_issues

        out = record_issues(record, self.gazetteer, today)
        if new and record.id and self.state(record.id) is not None:
            out.append(Issue("id.used", f"{record.id!r} is already used", "id",
                             {"value": record.id}))
        for rid, fld, name, owner in self._name_clashes([record]):
            out.append(Issue("name.used", f"{name!r} is already used by {owner!r}", fld,
                             {"value": name, "owner": owner}))
        return out

    def problems(self, record: Record, where: str = "") -> list[Problem]:
        """Everything wrong with a record before it may be stored (:meth:`issues`), as
        Problems naming ``where``."""
        return [i.problem(where or record.id) for i in self.issues(record)]

    def _name_clashes(self, records: Sequence[Record]) -> list[tuple[str, str, str, str]]:
        """(record id, field, name, owner) for each id or alias of ``records`` that another
        shown record already uses. Reads only the names asked about (shipped) and the local
        records' names (no record is read whole)."""
        own = {r.id for r in records}
        asked = sorted({n for r in records for n in [r.id, *r.aliases]})
        local = self.store.local_names()
        states = self.store.states()
        owners: dict[str, str] = {}
        for i in range(0, len(asked), 400):
            chunk = asked[i:i + 400]
            marks = ",".join("?" * len(chunk))
            for name, owner in self.shipped.conn.execute(
                    f"SELECT id, id FROM service WHERE id IN ({marks}) UNION ALL "
                    f"SELECT alias, service_id FROM service_alias WHERE alias IN ({marks})",
                    (*chunk, *chunk)):
                if owner not in states and owner not in own:
                    owners[name] = owner         # a shipped record shown as shipped
        for name in asked:
            owner = local.get(name)
            if owner is not None and owner not in own:
                owners[name] = owner
        out = []
        for r in records:
            for n in [r.id, *r.aliases]:
                if n in owners:
                    out.append((r.id, "id" if n == r.id else "aliases", n, owners[n]))
        return out

    def _clashing_names(self, records: Sequence[Record], where: dict[str, str]) -> list[Problem]:
        """Ids and aliases of ``records`` that another shown record already uses."""
        return [Problem(where.get(rid, rid), fld, f"{name!r} is already used by {owner!r}")
                for rid, fld, name, owner in self._name_clashes(records)]

    # -- editing -------------------------------------------------------------------------

    def save(self, record: Record, note: str = "", action: str | None = None, *,
             loaded=_UNCHECKED) -> Change | None:
        """Store ``record`` as the effective version (add or correct). Raises RecordError with
        every problem, and stores nothing, when it is not valid. None: nothing changed.

        ``loaded``: the record as the editor loaded it (None: a new one). When another counter
        changed it since, :class:`~.localstore.EditConflict` is raised and nothing is stored."""
        problems = self.problems(record)
        if problems:
            raise RecordError(problems)
        current = self.store.entry(record.id)
        shipped = self.shipped_record(record.id)
        put = put_for(record, shipped, current, note)
        if action is None:
            action = "add" if put.state == "added" and current is None else (
                "revert" if put.state is None else "correct")
        expect = None if loaded is _UNCHECKED else Expect(loaded, shipped)
        return self.store.put(put, action, expect=expect)

    def mark_checked(self, record_id: str, today: dt.date | None = None) -> Change | None:
        """"Checked today": set the last-checked date of the effective record."""
        record = self._require(record_id)
        today = today or dt.date.today()
        return self.save(replace(record, assured_date=today.isoformat()), action="checked",
                         loaded=record)

    def retire(self, record_id: str, note: str = "") -> Change:
        """No longer show a record (it stays in the store, so it can be undone)."""
        record = self._require(record_id)
        current = self.store.entry(record_id)
        shipped = self.shipped_record(record_id)
        base = current.base_record if current is not None and current.base_record else shipped
        change = self.store.put(Put(record_id, "retired", record, base, note), "retire")
        assert change is not None
        return change

    def restore(self, record_id: str) -> Change | None:
        """Show a retired record again, as it was before it was retired."""
        entry = self.store.entry(record_id)
        if entry is None or entry.state != "retired":
            raise StoreError(f"The record {record_id!r} is not retired.")
        problems = self.problems(entry.record)
        if problems:
            raise RecordError(problems)
        put = put_for(entry.record, self.shipped_record(record_id), entry, entry.note)
        return self.store.put(put, "restore")

    def revert(self, record_id: str) -> Change | None:
        """Drop the local version: the shipped record shows again (an added one is gone)."""
        if self.store.entry(record_id) is None:
            raise StoreError(f"{record_id!r} has no local version.")
        return self.store.put(Put(record_id, None), "revert")

    def undo(self, seq: int | None = None, whole_batch: bool = False) -> list[Change]:
        return self.store.undo(seq, whole_batch=whole_batch)

    def _require(self, record_id: str) -> Record:
        record = self.record(record_id)
        if record is None:
            state = self.store.entry(record_id)
            why = "is retired" if state is not None else "does not exist"
            raise StoreError(f"The record {record_id!r} {why}.")
        return record

    # -- importing -----------------------------------------------------------------------

    def import_records(self, read, *, dry_run: bool = False, today: dt.date | None = None,
                       allow_removals: bool = False, progress=None) -> ImportReport:
        """Validate everything read first, then store all of it in one transaction, or nothing.

        ``read``: a :class:`~.validate.ReadResult` (from core/hsds.py, core/spreadsheet.py, or
        ``ReadResult.of(records)``). With any problem at all (the reader's, a record's, an id
        used twice in the file or by another record shown here) RecordError is raised with
        every problem, in the file's own words, and nothing is stored. A record equal to the
        effective one is left alone (importing the same file twice changes nothing); a record
        retired here stays retired (restore it first) and is reported. ``dry_run``: report what
        would change, change nothing. A record in the file that lacks facts the record shown
        has (core/importer.py ``removals``) makes the import refuse with ``ImportWouldRemove``
        unless ``allow_removals``; the report lists them either way.
        """
        from .importer import ImportWouldRemove, Removal, removals
        from .validate import ReadResult, check_read

        if not isinstance(read, ReadResult):
            read = ReadResult.of(list(read))
        found = check_read(read, self.gazetteer, today, progress)
        if not found:
            by_id = {r.id: i for i, r in enumerate(read.records)}
            for p in self._clashing_names(read.records, {}):
                where, name = read.locate(by_id[p.where], p.field)
                found.append(Problem(where, name, p.reason))
        if found:
            raise RecordError(found)
        report = ImportReport(dry_run=dry_run)
        puts = []
        expect = {}
        for i, r in enumerate(read.records):
            current = self.store.entry(r.id)
            if current is not None and current.state == "retired":
                report.kept_retired.append(r.id)
                continue
            shipped = self.shipped_record(r.id)
            before = current.record if current is not None else shipped
            if before is None:
                report.added.append(r.id)
            elif before == r:
                report.unchanged.append(r.id)
                continue
            else:
                report.updated.append(r.id)
                report.removals.extend(Removal(r.id, read.wheres[i], f, v)
                                       for f, v in removals(before, r))
            puts.append(put_for(r, shipped, current))
            expect[r.id] = Expect(before, shipped)
        if report.removals and not allow_removals and not dry_run:
            raise ImportWouldRemove(read.source, report.removals)
        if not dry_run and puts:
            report.changes = self.store.put_many(puts, "import", expect=expect)
        return report

    # -- conflicts after an update -------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """Local records whose shipped counterpart is no longer the one they were based on."""
        out = []
        for e in self.store.entries():
            new = self.shipped_record(e.id)
            if e.state == "added":
                if new is not None:
                    out.append(Conflict(e.id, "also_shipped", e.state, e.record, None, new))
            elif fingerprint(new) != e.base_fingerprint:
                kind = "removed" if new is None else "changed"
                out.append(Conflict(e.id, kind, e.state, e.record, e.base_record, new))
        return out

    def conflict_ids(self) -> list[str]:
        """The ids :meth:`conflicts` would list, without reading any record: the shipped
        record's fingerprint is the SHA-256 of its stored JSON (the same canonical text)."""
        out = []
        for rid, (state, base) in sorted(self.store.states().items()):
            row = self.shipped.conn.execute("SELECT record FROM service WHERE id = ?",
                                            (rid,)).fetchone()
            if state == "added":
                if row is not None:
                    out.append(rid)
                continue
            now = hashlib.sha256(row[0].encode()).hexdigest() if row else None
            if now != base:
                out.append(rid)
        return out

    def conflict(self, record_id: str) -> Conflict | None:
        return next((c for c in self.conflicts() if c.id == record_id), None)

    def resolve(self, record_id: str, choice: str,
                picks: dict[str, str] | None = None) -> Change | None:
        """Settle a conflict: ``local`` (keep the local version, now based on the new shipped
        record), ``shipped`` (drop the local version) or ``merge`` (field by field, ``picks``
        for the fields both sides changed; see :meth:`Conflict.merged`)."""
        c = self.conflict(record_id)
        if c is None:
            raise StoreError(f"{record_id!r} has no conflict to resolve.")
        if choice == "shipped":
            return self.store.put(Put(record_id, None), "resolve")
        if choice == "local":
            if c.new_shipped is None:
                put = (Put(record_id, None) if c.state == "retired"
                       else Put(record_id, "added", c.local, None))
            else:
                state = "corrected" if c.state == "added" else c.state
                put = Put(record_id, state, c.local, c.new_shipped)
            return self.store.put(put, "resolve")
        if choice == "merge":
            if c.state == "retired":
                raise StoreError(f"{record_id!r} is retired here: keep it retired (local) or "
                                 "take the shipped version.")
            try:
                record = c.merged(picks)
            except ValueError as exc:
                raise StoreError(str(exc)) from None
            problems = self.problems(record)
            if problems:
                raise RecordError(problems)
            put = (Put(record_id, None) if record == c.new_shipped
                   else Put(record_id, "corrected", record, c.new_shipped))
            return self.store.put(put, "resolve")
        raise ValueError(f"choice must be local, shipped or merge, not {choice!r}")

    # -- the merged catalogue ------------------------------------------------------------

    def sync(self):
        """Bring the merged catalogue up to the store (core/merged.py); returns its
        :class:`~.merged.Synced` and keeps its problems in :attr:`merge_problems`."""
        from .merged import sync

        synced = sync(self)
        self.merge_problems = list(synced.problems)
        return synced

    def catalogue_path(self) -> Path:
        """The catalogue file to show: the shipped one while nothing is local, else the merged
        file, brought up to date record by record (core/merged.py)."""
        return self.sync().path

    def open_catalogue(self, community_days: tuple[str, ...] = ()) -> Catalogue:
        path = self.catalogue_path()
        return Catalogue(path, community_days, live=path != self.shipped_path)

    def build_merged(self, out: Path) -> list[Problem]:
        """Compile the effective records into ``out`` (the whole merged file); returns the
        problems of the local records that had to be left out."""
        from .merged import build_full

        found = build_full(self, out)
        return [p for i in sorted(found) for p in found[i]]


def catalogue_record(text: str) -> Record:
    """A record of a compiled catalogue: checked by the build, so not checked again."""
    from .validate import lenient_record

    data = json.loads(text)
    return lenient_record(data) or record_from_dict(data)
