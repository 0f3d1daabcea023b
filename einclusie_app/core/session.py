"""What is open for one site, and every way to change it: the one object the window, the command
line and the self-test use.

:meth:`Session.open` works out, in ONE place, which catalogue a counter sees:

1. **the store** (:meth:`Session._open_store`): the local store in the folder the command line
   or the site names, or the user's data folder. A folder the site names that does not exist
   is said and not created; a store that cannot be opened is said (damaged: which file and
   what is wrong; the file is never touched); either way the program goes on with the shipped
   catalogue alone (and nothing can be changed). A store another counter keeps busy is not
   damaged: it is said, the program goes on without it, and :meth:`Session.retry_store` picks
   it up once it is free (the window tries again in the background).
2. **the shipped catalogue in use** (:meth:`Session._choose_shipped`): an installed, newer
   signed update, else the catalogue the program came with. An installed update that cannot be
   used is said, and the program falls back to the shipped file.
3. **the view** (:meth:`Session._open_view`): the merged catalogue (core/merged.py), found in
   the cache and brought up to date, or built; local records it cannot use are said. When the
   merged file cannot be opened, the shipped catalogue is shown and that is said.
4. **the home place** of the site, looked up in the gazetteer; an unknown one is said.

What went wrong on the way is in :attr:`Session.notices`: facts (:class:`Notice`, a ``code``
and its values), which each front end words in its own language. Only a catalogue that cannot
be opened at all raises (:class:`SessionError`).

Every changing action is one method — :meth:`save`, :meth:`mark_checked`, :meth:`retire`,
:meth:`restore`, :meth:`revert`, :meth:`undo`, :meth:`import_records` / :meth:`import_file`,
:meth:`apply_update`, :meth:`rollback`, :meth:`resolve`, :meth:`refresh` (another counter
changed the shared store), and for the municipality's loop :meth:`flag` (a counter says a
record is not right), :meth:`check_still_right`, :meth:`check_changed`, :meth:`check_ended`
(a maintainer checked it, and how) and :meth:`dismiss_flags` — and returns an
:class:`Outcome`: the logged changes, the records whose shown version changed, the new view
file when there is one, notices, and the action's own result. They raise, changing nothing,
when the change is refused (``RecordError``, ``StoreError``, ``UpdateError``,
``SessionError``). A later action is one more method of the same shape (``_change("name",
lambda ws: ...)``).

Reading for the loop: :meth:`flags` (the counters' flags), :meth:`check_round` (the round:
flagged first, then never checked, then oldest; narrowed to a home region), :meth:`home_region`,
:meth:`coverage`, :meth:`call_entries` (what a call list prints) and :meth:`fill_in_pack` (a
municipality's spreadsheet, pre-filled).

Threads. Actions may run on a worker thread while the window searches on the GUI thread:

* every thread that uses a session gets its OWN connections to the store and the shipped
  catalogue (made the first time it asks; SQLite connections are not shared between threads);
* actions are serialized (one lock): two never interleave;
* the view (:attr:`catalogue`) belongs to one thread at a time, the one that reads it (the GUI
  thread in the window). An action never touches it: it updates the merged file through its
  own connection, and the owner calls :meth:`take` with the outcome (drop the changed records
  from its caches, or switch to the new file the outcome carries, opened and warmed by the
  worker);
* :attr:`status` (counts and states for the menus) is a value replaced whole after each
  action, so any thread may read it without touching the store.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .catalogue import STALE_AFTER_DAYS, Catalogue, CatalogueError
from .localstore import Change, Flag, LocalStore, StoreBusy, StoreDamaged, StoreError
from .overlay import Conflict, ImportReport, StaleItem, Workspace
from .record import Problem, Record, RecordError, Source
from .site import Site

__all__ = ["Session", "SessionError", "Notice", "Outcome", "Status", "Checked"]


class SessionError(RuntimeError):
    """What was asked cannot be done here (no catalogue, no local store); the message says why.
    ``code``: ``no_catalogue``, ``no_store``."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Notice:
    """Something to tell the user, as facts. ``code`` says what; ``args`` the values to word
    it with; ``detail`` the technical text (an error message, a path) as it is.

    Codes: ``store_folder_missing`` (folder), ``store_unavailable`` (folder; ``why``:
    ``busy`` — another counter is writing, :meth:`Session.retry_store` tries again —,
    ``damaged`` — with ``file`` and ``reason`` —, or ``other``), ``update_unusable`` (file,
    kind), ``view_unavailable`` (file), ``merge_left_out`` (count; ``problems``),
    ``home_unknown`` (home, suggestions), ``conflicts`` (count)."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)
    detail: str = ""
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Status:
    """What the menus need, read without touching the store. ``maintainable``: changes can be
    made here (``why_not``: ``explicit_file``, ``no_store``, or "")."""

    maintainable: bool = False
    why_not: str = ""
    local_states: Mapping[str, str] = field(default_factory=dict)
    can_undo: bool = False
    conflicts: int = 0
    update_installed: bool = False
    left_out: int = 0
    #: The counters' open flags per record id (core/localstore.py ``Flag``): what staff see
    #: on a flagged record until a maintainer deals with it.
    open_flags: Mapping[str, tuple[Flag, ...]] = field(default_factory=dict)

    @property
    def retired(self) -> int:
        return sum(1 for s in self.local_states.values() if s == "retired")

    def state(self, record_id: str | None, shown: bool = True) -> str | None:
        """``added``, ``corrected``, ``retired``, ``shipped`` (a record shown and not local),
        or None."""
        if record_id is None:
            return None
        return self.local_states.get(record_id) or ("shipped" if shown else None)


@dataclass(frozen=True)
class Outcome:
    """What an action did. ``changes``: what the store logged (empty: nothing changed);
    ``changed_ids``: records whose shown version changed in the view file; ``view``: a new
    catalogue to show instead (opened by the thread that ran the action; hand it over with
    :meth:`Session.take`); ``value``: the action's own result (an ImportReport, a PackInfo...)."""

    action: str
    changes: tuple[Change, ...] = ()
    changed_ids: frozenset[str] = frozenset()
    view: Catalogue | None = None
    notices: tuple[Notice, ...] = ()
    value: Any = None

    @property
    def changed(self) -> bool:
        return bool(self.changes) or self.view is not None


@dataclass(frozen=True)
class Checked:
    """An import file read and checked (nothing stored): the records read, every problem (in
    the file's own words), and — with a store — what importing would do."""

    read: Any
    problems: tuple[Problem, ...]
    report: ImportReport | None


_UNCHECKED = object()   # save(): no loaded version given, no conflict check


class _PerThread(threading.local):
    generation: int = -1
    ws: Workspace | None = None


class Session:
    """What is open for one site (see the module's description)."""

    def __init__(self, site: Site | None = None, *, shipped: Path | None = None,
                 store: Path | None = None, cache: Path | None = None,
                 counter: str | None = None):
        from .paths import shipped_catalogue

        self.site = site or Site()
        #: The catalogue the program came with (or the file --catalogue named to maintain).
        self.shipped_file = Path(shipped) if shipped is not None else shipped_catalogue()
        #: The shipped catalogue in use: an installed update, or :attr:`shipped_file`.
        self.shipped_path = self.shipped_file
        self._store_arg = Path(store) if store is not None else None
        #: The local store's folder (None: no local store is open).
        self.folder: Path | None = None
        self.cache_dir = Path(cache) if cache is not None else None
        self.counter = counter
        self.catalogue: Catalogue | None = None
        #: The store's folder while another counter keeps it busy (:meth:`retry_store`).
        self.waiting: Path | None = None
        #: How long opening waits for another counter's write (None: the store's own wait).
        self.store_wait: float | None = None
        self.notices: list[Notice] = []
        self.status = Status()
        self.explicit = False
        self._lock = threading.RLock()
        self._local = _PerThread()
        self._generation = 0
        self._open_objects: list[tuple[Workspace, LocalStore]] = []
        self._objects_lock = threading.Lock()

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, site: Site | None = None, *, catalogue: Path | None = None,
             shipped: Path | None = None, store: Path | None = None, cache: Path | None = None,
             counter: str | None = None, store_wait: float | None = None) -> "Session":
        """Open what this site shows. ``catalogue``: show that file as it is (nothing can be
        changed). ``shipped``: the program's own catalogue (default: the one it ships).
        ``store``: the local store's folder, made when missing (default: the site's, which must
        exist, else the user's data folder). ``store_wait``: seconds to wait for another
        counter's write before going on without the store (the window waits briefly and tries
        again later; default: the store's own wait). Raises :class:`SessionError` only when no
        catalogue at all can be opened."""
        s = cls(site, shipped=shipped, store=store, cache=cache, counter=counter)
        s.store_wait = store_wait
        days = s.site.community_holidays
        if catalogue is not None:
            s.explicit = True
            s.catalogue = s._catalogue(Path(catalogue), days, live=False)
            s.status = Status(why_not="explicit_file")
            return s
        s._open_store()
        s.shipped_path = s._choose_shipped()
        s._open_view(days)
        s._check_home()
        return s

    def _catalogue(self, path: Path, days, live: bool) -> Catalogue:
        try:
            cat = Catalogue(path, community_days=days, live=live)
        except CatalogueError as exc:
            raise SessionError("no_catalogue", str(exc)) from None
        cat.searcher  # noqa: B018 - warmed here, off the thread that will search on it
        return cat

    def _open_store(self) -> None:
        """Step 1: the local store (see the module's description)."""
        from .localstore import default_folder

        if self._store_arg is not None:
            folder = self._store_arg
        elif self.site.local_store is not None:
            folder = Path(self.site.local_store)
            if not folder.is_dir():
                self.notices.append(Notice("store_folder_missing", {"folder": str(folder)}))
                return
        else:
            folder = default_folder()
        try:
            self._probe(folder)
        except StoreError as exc:
            self._unavailable(folder, exc)
            return
        self.folder = folder

    def _probe(self, folder: Path) -> None:
        """Open the store once (it is made when missing, checked for damage) and close it."""
        wait = {} if self.store_wait is None else {"busy_timeout": self.store_wait}
        LocalStore(folder, self.counter, **wait).close()

    def _unavailable(self, folder: Path, exc: StoreError) -> None:
        """Say why the store is not used; a busy one is tried again (:meth:`retry_store`)."""
        args: dict[str, Any] = {"folder": str(folder), "why": "other"}
        if isinstance(exc, StoreBusy):
            args["why"] = "busy"
            self.waiting = folder
        elif isinstance(exc, StoreDamaged):
            args.update(why="damaged", file=str(exc.path), reason=exc.reason)
        self.notices.append(Notice("store_unavailable", args, str(exc)))

    def _choose_shipped(self) -> Path:
        """Step 2: the one place the installed update is chosen and verified (its kept
        signature against the site's trusted keys, its digest: core/updates.py): a newer
        installed update, else the shipped file; an update that is refused is said, with
        why."""
        from .updates import InstalledUpdateError, verified_catalogue

        if self.folder is None:
            return self.shipped_file
        try:
            return verified_catalogue(self.shipped_file, self.folder,
                                      self.site.trusted_keys).path
        except InstalledUpdateError as exc:
            self.notices.append(Notice("update_unusable", {
                "file": str(exc.path or self.folder / "updates"), "kind": exc.kind}, str(exc)))
            return self.shipped_file

    def _open_view(self, days) -> None:
        """Step 3: the merged view (found, brought up to date, or built), else the shipped
        catalogue."""
        if self.folder is None:
            self.catalogue = self._catalogue(self.shipped_path, days, live=False)
            self.status = Status(why_not="no_store")
            return
        from .cachefiles import clean_leftovers

        clean_leftovers(self._cache())          # half-built views of a killed program
        try:
            ws = self._ws()
            synced = ws.sync()
            live = synced.path != self.shipped_path
            self.catalogue = self._catalogue(synced.path, days, live=live)
        except (SessionError, StoreError, OSError) as exc:
            if isinstance(exc, (StoreBusy, StoreDamaged)):     # the store, not the view
                self._unavailable(self.folder, exc)
                self.shipped_path = self.shipped_file
            else:
                self.notices.append(Notice("view_unavailable", {"file": str(self.shipped_path)},
                                           str(exc)))
            self.catalogue = self._catalogue(self.shipped_path, days, live=False)
            self.folder = None
            self.status = Status(why_not="no_store")
            return
        if synced.problems:
            self.notices.append(_left_out(synced.problems))
        self.status = self._status(ws, conflicts=True)

    def _check_home(self) -> None:
        """Step 4: the site's home place is a place the gazetteer knows."""
        home = self.site.home.strip()
        if not home or self.catalogue is None:
            return
        res = self.catalogue.gazetteer.resolve(home)
        if res.place is None:
            self.notices.append(Notice("home_unknown", {
                "home": home, "suggestions": ", ".join(p.label for p in res.choices[:4])
                or ", ".join(res.suggestions[:4])}))

    def retry_store(self) -> Outcome | None:
        """Try again to open the store another counter kept busy at open (:attr:`waiting`).

        Returns the Outcome that shows it (``view``: the catalogue with the local records; hand
        it over with :meth:`take`), or None when no store waits. Raises :class:`StoreBusy` while
        it is still busy (try again later), another ``StoreError`` or ``SessionError`` when it
        cannot be used now for another reason (then it is no longer waited for)."""
        with self._lock:
            folder = self.waiting
            if folder is None or self.folder is not None:
                return None
            said = len(self.notices)
            try:
                self._probe(folder)
                self.folder = folder
                self._generation += 1                 # every thread's connections anew
                self.shipped_path = self._choose_shipped()
                ws = self._ws()
                synced = ws.sync()
                view = self._catalogue(synced.path, self.site.community_holidays,
                                       live=synced.path != self.shipped_path)
            except BaseException as exc:
                self.folder, self.shipped_path = None, self.shipped_file
                del self.notices[said:]
                if not isinstance(exc, StoreBusy):
                    self.waiting = None
                raise
            self.waiting = None
            notices = self.notices[said:]
            self.notices = [n for n in self.notices if not (
                n.code == "store_unavailable" and n.args.get("why") == "busy")]
            if synced.problems:
                notices.append(_left_out(synced.problems))
            self.status = self._status(ws, conflicts=True)
            return Outcome("store_opened", (), synced.changed, view, tuple(notices))

    @property
    def home_known(self) -> bool:
        return not any(n.code == "home_unknown" for n in self.notices)

    # -- per-thread connections ----------------------------------------------------------------

    def _ws(self) -> Workspace:
        """This thread's workspace (its own store and shipped-catalogue connections)."""
        if self.folder is None:
            why = ("this window shows a catalogue file opened directly" if self.explicit else
                   "the local store is busy (another counter is writing); try again in a "
                   "moment" if self.waiting is not None else "no local store is open")
            raise SessionError("no_store", f"Nothing can be changed: {why}.")
        local = self._local
        if local.generation != self._generation or local.ws is None:
            if local.ws is not None:
                self._close_objects(local.ws)
            store = LocalStore(self.folder, self.counter)
            try:
                ws = Workspace(self.shipped_path, store, self._cache())
            except BaseException:
                store.close()
                raise
            with self._objects_lock:
                self._open_objects.append((ws, store))
            local.ws, local.generation = ws, self._generation
        return local.ws

    def _cache(self) -> Path:
        if self.cache_dir is None:
            from .overlay import default_cache_dir

            self.cache_dir = default_cache_dir()
        return self.cache_dir

    def _close_objects(self, ws: Workspace) -> None:
        with self._objects_lock:
            pairs = [p for p in self._open_objects if p[0] is ws]
            self._open_objects = [p for p in self._open_objects if p[0] is not ws]
        for w, store in pairs:
            w.close()
            store.close()

    def close(self) -> None:
        """Close everything (every thread's connections and the view). Call it when no action
        runs any more."""
        with self._objects_lock:
            pairs, self._open_objects = self._open_objects, []
        for ws, store in pairs:
            ws.close()
            store.close()
        if self.catalogue is not None:
            self.catalogue.close()
            self.catalogue = None

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading (any thread) ------------------------------------------------------------------

    @property
    def maintainable(self) -> bool:
        return self.folder is not None

    @property
    def counter_name(self) -> str:
        """The name every change made here is logged with (``--counter``, the site's counter,
        ``EINCLUSIE_COUNTER``, or the computer's name)."""
        from .localstore import default_counter

        return (self.counter or "").strip() or default_counter()

    @property
    def store(self) -> LocalStore:
        """This thread's connection to the local store."""
        return self._ws().store

    @property
    def gazetteer(self):
        """This thread's gazetteer (of the shipped catalogue in use)."""
        if self.folder is None:
            return self.catalogue.gazetteer
        return self._ws().gazetteer

    def record(self, record_id: str) -> Record | None:
        """The effective version of a record (None: retired or unknown)."""
        return self._ws().record(record_id)

    def state(self, record_id: str) -> str | None:
        return self._ws().state(record_id)

    def entry(self, record_id: str):
        return self._ws().store.entry(record_id)

    def name(self, record_id: str) -> str:
        """The record's name as the maintainer knows it (also a retired one), else its id."""
        if self.folder is None:
            return record_id
        r = self.record(record_id)
        if r is None:
            e = self.entry(record_id)
            r = e.record if e is not None else None
        return r.name if r is not None else record_id

    def changes(self, record_id: str | None = None, limit: int | None = None) -> list[Change]:
        return self._ws().store.changes(record_id, limit)

    def retired(self):
        return self._ws().store.entries("retired")

    def stale(self, today: dt.date | None = None,
              days: int = STALE_AFTER_DAYS) -> list[StaleItem]:
        return self._ws().stale(today, days)

    def conflicts(self) -> list[Conflict]:
        return self._ws().conflicts()

    def conflict(self, record_id: str) -> Conflict | None:
        return self._ws().conflict(record_id)

    def check(self, record: Record, *, new: bool = False, today: dt.date | None = None):
        """Every problem of ``record`` as core/validate.py Issues (a code each, for the
        window's words): the one set of rules the editor, the importers and the command line
        ask; ``new``: also whether its id is free."""
        if self.folder is None:
            from .validate import record_issues

            return record_issues(record, self.gazetteer, today)
        return self._ws().issues(record, today, new)

    def problems(self, record: Record, where: str = "") -> list[Problem]:
        """Everything wrong with a record before it may be stored (the rules every front end
        asks: core/validate.py, plus ids and aliases no other shown record uses)."""
        if self.folder is None:
            from .validate import validate_record

            return validate_record(record, self.gazetteer, where or record.id)
        return self._ws().problems(record, where)

    def installed(self) -> dict:
        from .updates import installed

        if self.folder is None:
            return {"current": None, "previous": None}
        return installed(self.folder)

    def check_file(self, path: Path, *, kinds: Sequence[str] = (),
                   source: Source | None = None, today: dt.date | None = None,
                   progress=None) -> Checked:
        """Read an import file and check all of it; nothing is stored. With a local store, also
        what importing would do (and names the store already uses). ``progress(done, total)``
        per record checked."""
        from .importer import read_file
        from .validate import check_read

        read = read_file(Path(path), default_kinds=kinds, default_source=source)
        if self.folder is None:
            return Checked(read, tuple(check_read(read, self.gazetteer, today, progress)), None)
        try:
            ws = self._ws()
            report = ws.import_records(_completed(read, ws), dry_run=True, today=today,
                                       progress=progress)
        except RecordError as exc:
            return Checked(read, tuple(exc.problems), None)
        return Checked(read, (), report)

    def export(self, fmt: str, folder: Path) -> Outcome:
        """Write what is shown (shipped and local together) as HSDS 3.0: ``fmt`` ``hsds-json``
        (value: (path, services)) or ``hsds-csv`` (value: (path, rows per table)). Reads the
        view file through this thread's own connection."""
        from . import hsds

        view = self.catalogue
        if view is None:
            raise SessionError("no_catalogue", "The catalogue is not open.")
        cat = Catalogue(view.path, view.community_days, live=view.live)
        try:
            if fmt == "hsds-json":
                value = hsds.export_json(cat, Path(folder))
            elif fmt == "hsds-csv":
                value = hsds.export_tabular(cat, Path(folder))
            else:
                raise ValueError(f"unknown export format {fmt!r}")
        finally:
            cat.close()
        left = self.status.left_out
        notices = (Notice("merge_left_out", {"count": left}),) if left else ()
        return Outcome("export", notices=notices, value=value)

    def pack_local_changes(self, key, delegation: Path, out: Path, sequence: int,
                           note: str = "", expires=None):
        """A municipality's signed update: the view (the catalogue in use plus this local
        store), signed with its delegated key (core/updates.py). Returns its PackInfo."""
        from .updates import pack_local_changes

        with self._lock:
            return pack_local_changes(self._ws(), key, delegation, out, sequence, note,
                                      expires)

    # -- changing (one at a time; any thread) ------------------------------------------------

    def _status(self, ws: Workspace, *, conflicts: bool = False) -> Status:
        states = {i: s for i, (s, _base) in ws.store.states().items()}
        return Status(
            maintainable=True, local_states=states, can_undo=bool(ws.store.last_action()),
            conflicts=len(ws.conflict_ids()) if conflicts else self.status.conflicts,
            update_installed=bool(self.installed()["current"]),
            left_out=len(ws.merge_problems), open_flags=ws.store.open_flags())

    def _change(self, action: str, fn: Callable[[Workspace], Any], *,
                changes_of: Callable[[Any], Sequence[Change]] = lambda r: [r] if r else [],
                conflicts: bool = True) -> Outcome:
        with self._lock:
            ws = self._ws()
            result = fn(ws)
            changes = tuple(c for c in changes_of(result) if c is not None)
            return self._synced(action, ws, changes, result, conflicts=conflicts)

    def _synced(self, action: str, ws: Workspace, changes: tuple[Change, ...], value: Any,
                conflicts: bool = True, notices: Sequence[Notice] = ()) -> Outcome:
        """Bring the view file up to the store; say what changed."""
        synced = ws.sync()
        view = None
        current = self.catalogue.path if self.catalogue is not None else None
        if synced.path != current:
            view = self._catalogue(synced.path, self.site.community_holidays,
                                   live=synced.path != self.shipped_path)
        self.status = self._status(ws, conflicts=conflicts)
        out = list(notices)
        if synced.problems and (changes or view is not None):
            out.append(_left_out(synced.problems))
        return Outcome(action, changes, synced.changed, view, tuple(out), value)

    def save(self, record: Record, note: str = "", *, loaded: Any = _UNCHECKED) -> Outcome:
        """Store ``record`` as the version shown (add or correct); value: the Change or None.
        ``loaded``: the record as the editor loaded it (None: a new one); when another counter
        changed it since, ``localstore.EditConflict`` is raised and nothing is stored."""
        if loaded is _UNCHECKED:
            return self._change("save", lambda ws: ws.save(record, note), conflicts=False)
        return self._change("save", lambda ws: ws.save(record, note, loaded=loaded),
                            conflicts=False)

    def mark_checked(self, record_id: str, today: dt.date | None = None) -> Outcome:
        return self._change("checked", lambda ws: ws.mark_checked(record_id, today),
                            conflicts=False)

    def retire(self, record_id: str, note: str = "") -> Outcome:
        return self._change("retire", lambda ws: ws.retire(record_id, note))

    def restore(self, record_id: str) -> Outcome:
        return self._change("restore", lambda ws: ws.restore(record_id))

    def revert(self, record_id: str) -> Outcome:
        return self._change("revert", lambda ws: ws.revert(record_id))

    def undo(self, seq: int | None = None, whole_batch: bool = False) -> Outcome:
        """Undo a change (default: the last action, an import as a whole); value: the undo
        changes."""
        return self._change("undo", lambda ws: ws.undo(seq, whole_batch=whole_batch),
                            changes_of=lambda r: r)

    def resolve(self, record_id: str, choice: str,
                picks: dict[str, str] | None = None) -> Outcome:
        return self._change("resolve", lambda ws: ws.resolve(record_id, choice, picks))

    # -- the municipality's loop: flags and checks ---------------------------------------------

    def flag(self, record_id: str, reason: str, text: str = "",
             today: dt.date | None = None) -> Outcome:
        """A counter says what is wrong with a record shown here: ``reason`` one of
        ``localstore.FLAG_REASONS`` (``no_answer``, ``moved``, ``ended``, ``hours``,
        ``other`` with a short ``text``). Stored with the date and the counter's name, and
        nothing else (never a search term, never anything about a client: a text that holds
        a national register number is refused); logged and undoable. value: the Change (its
        ``detail["flag"]``: ``id``, ``reason``, ``text``)."""
        def fn(ws: Workspace) -> Change:
            if ws.record(record_id) is None:
                raise StoreError(f"The record {record_id!r} is not shown here; it cannot be "
                                 "flagged.")
            return ws.store.flag(record_id, reason, text, today)

        return self._change("flag", fn, conflicts=False)

    def flags(self, record_id: str | None = None, *, open_only: bool = True) -> list[Flag]:
        """The counters' flags (open ones unless ``open_only`` is False), oldest first."""
        return self._ws().store.flags(record_id, open_only=open_only)

    def dismiss_flags(self, record_id: str, ids: Sequence[int] | None = None,
                      note: str = "") -> Outcome:
        """A maintainer closes a record's open flags without a check (they were no problem):
        one logged, undoable change that touches no record. value: the Change."""
        return self._change("flags_closed",
                            lambda ws: ws.store.dismiss_flags(record_id, ids, note),
                            conflicts=False)

    def _checked(self, ws: Workspace, record_id: str, record: Record | None, state: str | None,
                 action: str, result: str, how: str, by: str, today: dt.date | None,
                 loaded: Any = _UNCHECKED, note: str = "") -> Change:
        """One check (see :meth:`check_still_right`): the record's new row and the flags
        closed, in one transaction."""
        from .localstore import Expect, Put, put_for

        current = ws.store.entry(record_id)
        shipped = ws.shipped_record(record_id)
        if state == "retired":
            base = current.base_record if current is not None and current.base_record \
                else shipped
            put = Put(record_id, "retired", record, base, note)
            expect = None
        else:
            problems = ws.problems(record)
            if problems:
                raise RecordError(problems)
            put = put_for(record, shipped, current, note)
            expect = None if loaded is _UNCHECKED else Expect(loaded, shipped)
        return ws.store.check_record(put, record_id, action, result=result, how=how, by=by,
                              on=today, expect=expect, note=note)

    def _shown(self, ws: Workspace, record_id: str) -> Record:
        record = ws.record(record_id)
        if record is None:
            why = "is retired" if ws.store.entry(record_id) is not None else "does not exist"
            raise StoreError(f"The record {record_id!r} {why}.")
        return record

    def check_still_right(self, record_id: str, how: str, by: str = "",
                          today: dt.date | None = None) -> Outcome:
        """A maintainer checked a record and it is still right: its last-checked date becomes
        ``today``, its open flags are closed, and who checked (``by``, default the counter's
        name) and how (``how``: ``phone``, ``visit``, ``web``, ``email``) are logged, as ONE
        undoable change (action ``checked``; ``Change.check``: result ``still_right``, how, by,
        on). value: the Change."""
        from dataclasses import replace

        day = today or dt.date.today()

        def fn(ws: Workspace) -> Change:
            record = self._shown(ws, record_id)
            return self._checked(ws, record_id, replace(record, assured_date=day.isoformat()),
                                 "", "checked", "still_right", how, by, day, loaded=record)

        return self._change("checked", fn, conflicts=False)

    def check_changed(self, record: Record, how: str, by: str = "", *,
                      loaded: Any = _UNCHECKED, today: dt.date | None = None) -> Outcome:
        """A maintainer checked a record and corrected it (the editor's record): stored with
        its last-checked date set to ``today``, its open flags closed, who and how logged; ONE
        undoable change (action ``correct``, ``Change.check`` result ``changed``). ``loaded``:
        the record as the editor loaded it (another counter's change since raises
        ``EditConflict``, as :meth:`save`). value: the Change."""
        from dataclasses import replace

        day = today or dt.date.today()
        record = replace(record, assured_date=day.isoformat())
        return self._change("correct", lambda ws: self._checked(
            ws, record.id, record, "", "correct", "changed", how, by, day, loaded=loaded),
            conflicts=False)

    def check_ended(self, record_id: str, reason: str, how: str, by: str = "",
                    today: dt.date | None = None) -> Outcome:
        """A maintainer checked a record and it has ended: it is retired (``reason`` is the
        note), its open flags closed, who and how logged; ONE undoable change (action
        ``retire``, ``Change.check`` result ``ended``). value: the Change."""
        day = today or dt.date.today()

        def fn(ws: Workspace) -> Change:
            record = self._shown(ws, record_id)
            return self._checked(ws, record_id, record, "retired", "retire", "ended", how, by,
                                 day, note=reason)

        return self._change("retire", fn)

    def check_round(self, today: dt.date | None = None, *, since: dt.date | None = None,
                    km: float | None = None, region: Any = "home",
                    days: int = STALE_AFTER_DAYS):
        """The check round as it stands (core/checkround.py ``Round``): flagged records first,
        then never checked, then oldest; and those checked since ``since`` (default today).
        ``region``: ``"home"`` (the site's home region: its home municipality, and with ``km``
        the municipalities within that distance; the whole catalogue when the site names no
        known home), a coverage ``Region``, or None (the whole catalogue)."""
        from .checkround import build_round

        with self._lock:
            ws = self._ws()
            if region == "home":
                region = self._home_region(ws, km)
            return build_round(ws, today, since, region, days)

    def _home_region(self, ws: Workspace, km: float | None):
        from .coverage import region_of

        home = self.site.home.strip()
        if not home:
            return None
        place = ws.gazetteer.resolve(home).place
        if place is None:
            return None
        return region_of(ws.shipped.conn, place, 0.0 if km is None else km)

    def home_region(self, km: float | None = None):
        """The site's home region (coverage ``Region``), or None when the site names no known
        home place."""
        with self._lock:
            return self._home_region(self._ws(), km)

    def region(self, place_text: str, km: float = 0.0):
        """The region of a municipality or place the maintainer names (a name or a postcode);
        None when the gazetteer does not know it."""
        from .coverage import region_of

        with self._lock:
            ws = self._ws()
            place = ws.gazetteer.resolve(place_text.strip()).place if place_text.strip() \
                else None
            return None if place is None else region_of(ws.shipped.conn, place, km)

    def call_entries(self, record_ids: Sequence[str]):
        """What the call list prints of each record (core/checkround.py ``CallEntry``), in the
        order given; retired and unknown ids are left out."""
        from .checkround import call_entries

        with self._lock:
            ws = self._ws()
            records = [r for r in (ws.record(i) for i in record_ids) if r is not None]
            return call_entries(records, ws.gazetteer, ws.store.open_flags())

    def coverage(self):
        """The coverage (core/coverage.py) of what is shown here: the shipped catalogue in use
        and the local records. Reads the view file through this thread's own connection."""
        from .coverage import coverage

        cat = self._view_here()
        try:
            return coverage(cat.conn)
        finally:
            cat.close()

    def _view_here(self) -> Catalogue:
        """The view as the store holds it now, opened on this thread's own connection (close
        it): the merged file brought up to date (an action's outcome may not have been taken
        yet), or the catalogue shown."""
        view = self.catalogue
        if view is None:
            raise SessionError("no_catalogue", "The catalogue is not open.")
        if self.folder is None:
            return Catalogue(view.path, view.community_days, live=view.live)
        with self._lock:
            path = self._ws().sync().path
        return Catalogue(path, view.community_days, live=path != self.shipped_path)

    def fill_in_pack(self, municipality: str, out: Path, *, empty_rows: int | None = None,
                     today: dt.date | None = None) -> Outcome:
        """Write the fill-in pack of a municipality (a name or a postcode) to ``out`` (.xlsx,
        core/fillin.py): every record shown here that is located in or serves it, plus empty
        rows, after a first sheet that explains what to fill in. Nothing is stored; reads the
        view (shipped and local records as shown) through this thread's own connection.
        value: the ``fillin.PackInfo``. Raises ``fillin.PackError`` for a place that is not
        known."""
        from . import fillin
        from .overlay import catalogue_record

        cat = self._view_here()
        try:
            records = [catalogue_record(t) for (t,) in cat.conn.execute(
                "SELECT record FROM service ORDER BY id")]
            info = fillin.write_pack(municipality, records, cat.gazetteer, cat.conn, Path(out),
                                     empty_rows=empty_rows, today=today)
        finally:
            cat.close()
        return Outcome("fill_in_pack", value=info)

    def import_records(self, read, *, today: dt.date | None = None,
                       allow_removals: bool = False, progress=None) -> Outcome:
        """Import what was read (all or nothing); value: the ImportReport. A file whose
        records lack facts the catalogue has is refused (``importer.ImportWouldRemove``)
        unless ``allow_removals``. ``progress(done, total)`` per record checked."""
        return self._change("import", lambda ws: ws.import_records(
            _completed(read, ws), today=today, allow_removals=allow_removals,
            progress=progress), changes_of=lambda report: report.changes)

    def import_file(self, path: Path, *, kinds: Sequence[str] = (),
                    source: Source | None = None, today: dt.date | None = None,
                    allow_removals: bool = False) -> Outcome:
        """Read, check and import a file in one go (all or nothing)."""
        from .importer import read_file

        read = read_file(Path(path), default_kinds=kinds, default_source=source)
        return self.import_records(read, today=today, allow_removals=allow_removals)

    def refresh(self) -> Outcome:
        """Show what the store holds now (another counter may have changed a shared store)."""
        with self._lock:
            return self._synced("refresh", self._ws(), (), None)

    def apply_update(self, path: Path, trusted: Sequence[str] | None = None) -> Outcome:
        """Check a signed update and install it (nothing changes when it is refused:
        ``UpdateError``); the view switches to it. value: the update's PackInfo."""
        from .updates import apply_update

        with self._lock:
            self._ws()                                  # a store is needed
            keys = list(trusted) if trusted else list(self.site.trusted_keys)
            info = apply_update(Path(path), keys, self.shipped_file, self.folder)
            return self._reopened("update", info)

    def rollback(self) -> Outcome:
        """Go back to the catalogue in use before the last update; value: the file now in use."""
        from .updates import rollback

        with self._lock:
            self._ws()
            rollback(self.shipped_file, self.folder, list(self.site.trusted_keys))
            return self._reopened("rollback", None)

    def _reopened(self, action: str, value: Any) -> Outcome:
        """After the shipped catalogue changed: every thread's connections are made anew."""
        self.shipped_path = self._choose_shipped()
        self._generation += 1
        ws = self._ws()
        conflicts = ws.conflict_ids()
        notices = [Notice("conflicts", {"count": len(conflicts)})] if conflicts else []
        outcome = self._synced(action, ws, (), value if value is not None else self.shipped_path,
                               notices=notices)
        return outcome

    # -- the view (on the thread that reads it) --------------------------------------------------

    def take(self, outcome: Outcome) -> None:
        """Show what ``outcome`` changed: switch to its new view file, or drop the changed
        records from the view's caches. Call it on the thread that reads :attr:`catalogue`."""
        if outcome.view is not None and outcome.view is not self.catalogue:
            old, self.catalogue = self.catalogue, outcome.view
            if old is not None:
                old.close()
        elif outcome.action == "refresh" and self.catalogue is not None:
            self.catalogue.forget()          # changed elsewhere: read every record again
        elif outcome.changed_ids and self.catalogue is not None:
            self.catalogue.forget(outcome.changed_ids)


def _completed(read, ws: Workspace):
    """A spreadsheet read made whole against the records shown (core/spreadsheet.py
    ``SheetRead.complete``: what one row cannot hold is carried over; a fill-in pack's
    supplier becomes the source of what it added or changed); other reads as they are."""
    from .spreadsheet import SheetRead

    if isinstance(read, SheetRead):
        read.complete(ws.record)
    return read


def _left_out(problems: Sequence[Problem]) -> Notice:
    return Notice("merge_left_out", {"count": len({p.where for p in problems})},
                  problems=tuple(problems))
