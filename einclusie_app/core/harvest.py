"""``einclusie catalogue harvest``: many sources merged into the catalogue's text sources.

The central maintainer points the harvest at sources and at a data folder (``data/`` of the
catalogue's repository, or a copy): ``harvest(readers, DIR)`` merges every record the sources
give into ``DIR/services/<id>.toml`` (``docs/data-format.md``), so that the usual review by
diff and ``einclusie catalogue build --data DIR`` follow. It reports per source what it applied
(added, updated, unchanged), what conflicts and what it refused, and why.

Sources are read by **source readers** (:class:`SourceReader`): each yields batches of records
(an :class:`~.hsds.HsdsRead`: records, where each came from, problems, notes), says what it is
(``kind``, ``label``), what to remember for next time (``state``), which records it may
update (``may_update``) and one line for the report (``detail``). The readers here:

* :class:`FeedReader`: an HSDS 3.0 API read page by page, over http(s) (core/feeds.py, the
  program's only network code) or from a published static feed folder on disk; increments with
  ``modified_after`` from the day of the last complete harvest of that feed;
* :class:`FileReader`: an HSDS JSON file or tabular package (core/importer.py).

A municipality's signed contribution (issue 12's counter flags and checks, coming) is one more
reader: it yields the records of the contribution, and its ``may_update`` is "records of the
municipalities its key is delegated for"; the merge below stays as it is.

The rules of the merge (``docs/feeds.md``):

* a record the folder does not have is **added**; one it has with the same bytes is
  **unchanged**;
* a record the folder has otherwise is **updated** only when the folder's file is still what
  the same source wrote at its last harvest (the harvest state remembers the SHA-256 of every
  file it wrote, and from which source) and the new version removes no fact; otherwise it is
  **conflicting**, with the fields that differ, and the file is left alone: a shipped record
  or one edited by hand is never overwritten by a feed, a record one feed brought is never
  taken over by another, two sources giving different versions of one record both conflict;
* a record with problems (a phone that cannot be Belgian, an unknown postcode, an id used
  twice...) is **refused** with its problems; a source that cannot be read whole (a page
  missing, a timeout after the retries, a malformed page) is refused whole and changes nothing;
* nothing is ever removed: a record a source no longer gives stays;
* record files are written beside and renamed, the state last; the same harvest run twice
  writes the same bytes (the state's dates move only with the calendar day).

The state: ``DIR/harvest-state.json`` (per source: when it was last harvested completely; per
record: the source it came from, when, and the SHA-256 of the file written).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tomllib
import urllib.parse
import uuid
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from .hsds import HsdsRead, read_service_objects
from .record import Problem, Record, Source, record_from_dict
from .recordfile import record_toml, write_bytes

__all__ = ["SourceReader", "FeedReader", "FileReader", "Transport", "FolderTransport",
           "HttpTransport", "SourceRefused", "HarvestContext", "SourceReport", "Conflict",
           "harvest", "reader_for", "STATE_FILE", "MAX_PAGES"]

STATE_FILE = "harvest-state.json"
STATE_FORMAT = "einclusie-harvest/1"
#: A feed of more pages than this is refused (a server that never says it is done).
MAX_PAGES = 100_000
DEFAULT_PER_PAGE = 100


class SourceRefused(Exception):
    """A source that cannot be read whole; nothing of it is applied. The message says why."""


# =============================================================================================
# Where pages come from


class Transport(ABC):
    """Gets the documents of an HSDS API: ``get(path, params, page)`` → parsed JSON."""

    label: str
    #: Are its addresses web addresses (a record's source), or files on this computer?
    web = False

    @abstractmethod
    def get(self, path: str, params: dict[str, str] | None = None,
            page: int | None = None) -> Any: ...

    def url(self, path: str, params: dict[str, str] | None = None) -> str:
        return path


def _json(data: bytes, where: str) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceRefused(f"{where}: is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceRefused(f"{where}: is not valid JSON (line {exc.lineno} column "
                            f"{exc.colno}: {exc.msg})") from None
    except (ValueError, RecursionError) as exc:
        raise SourceRefused(f"{where}: cannot be read as JSON ({str(exc)[:80]})") from None


class HttpTransport(Transport):
    """An HSDS API at a web address, through core/feeds.py."""

    web = True

    def __init__(self, base_url: str, limits=None):
        from . import feeds

        self.base = base_url.rstrip("/")
        self.label = self.base
        self.limits = limits or feeds.Limits()

    def url(self, path: str, params: dict[str, str] | None = None) -> str:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        # the root is the address as given: it may be an HSDS JSON document itself
        return f"{self.base}{'' if path == '/' else path}{query}"

    def get(self, path, params=None, page=None):
        from .feeds import FeedError, get

        url = self.url(path, params)
        try:
            data = get(url, self.limits, page=page)
        except FeedError as exc:
            raise SourceRefused(str(exc)) from None
        where = f"page {page} ({url})" if page is not None else url
        return _json(data, where)


class FolderTransport(Transport):
    """A feed written by ``catalogue publish``, read from its folder: the same files a static
    server serves (``?page=N`` is ``page/N.json``)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.label = str(self.folder)

    def url(self, path, params=None):
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        return f"{self.folder}{path}{query}"

    def get(self, path, params=None, page=None):
        rel = path.strip("/")
        if not rel:
            rel = "index.json"
        elif "/" not in rel:
            rel = f"{rel}/page/{int((params or {}).get('page', 1))}.json"
        target = (self.folder / rel).resolve()
        where = f"page {page} ({target})" if page is not None else str(target)
        try:
            target.relative_to(self.folder.resolve())
            data = target.read_bytes()
        except ValueError:
            raise SourceRefused(f"{where}: is outside the feed folder") from None
        except FileNotFoundError:
            raise SourceRefused(f"{where}: is missing") from None
        except OSError as exc:
            raise SourceRefused(f"{where}: cannot be read ({exc.strerror})") from None
        return _json(data, where)


# =============================================================================================
# Source readers


@dataclass
class HarvestContext:
    """What readers share: the day, the kind guesser, the maintainer's defaults, the state
    this source left last time, and the folder's current records (for dates first seen)."""

    today: dt.date
    guesser: Any = None
    default_kinds: Sequence[str] = ()
    default_source: Source | None = None
    previous: dict = field(default_factory=dict)
    existing: Callable[[str], Record | None] = lambda _id: None


class SourceReader(ABC):
    """One source of records for the harvest (see the module's docstring)."""

    kind: str = ""
    label: str = ""

    @abstractmethod
    def batches(self, ctx: HarvestContext) -> Iterator[HsdsRead]:
        """Records in batches (a page, a file). Raise :class:`SourceRefused` when the source
        cannot be read whole: nothing of it is applied."""

    def detail(self) -> str:
        """What was read, for the report line ("12 pages, 1,130 services")."""
        return ""

    def state(self, ctx: HarvestContext, complete: bool) -> dict:
        """What to remember for the next harvest of this source; ``complete``: every record
        of it was applied or unchanged (no conflict, no refusal)."""
        out = {"kind": self.kind}
        last = ctx.previous.get("last_harvest")
        if complete:
            last = ctx.today.isoformat()
        if last:
            out["last_harvest"] = last
        return out

    def may_update(self, record_id: str, entry: dict | None) -> bool:
        """May this source update a record the folder has? ``entry``: the state of that record
        (which source wrote it, and the SHA-256 written), or None."""
        return entry is not None and entry.get("source") == self.label


def _page_number(doc: dict) -> int | None:
    for key in ("page_number", "page"):
        value = doc.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def _full(item: Any) -> bool:
    """Does a page's service carry its nested lists (a full service), or only its own fields
    (the API's list form)?"""
    return isinstance(item, dict) and any(k in item for k in (
        "service_at_locations", "phones", "attributes", "schedules", "service_areas"))


class FeedReader(SourceReader):
    """An HSDS 3.0 API (``/``, ``/services?page=N``, ``/services/{id}``), page by page."""

    kind = "hsds-feed"

    def __init__(self, transport: Transport, per_page: int = DEFAULT_PER_PAGE,
                 full: bool = False):
        self.transport = transport
        self.label = transport.label
        self.per_page = per_page
        self.full = full
        self.pages = 0
        self.services = 0
        self.since = ""
        self.fetched_one_by_one = 0

    def detail(self) -> str:
        parts = [f"{self.pages} page{'s' if self.pages != 1 else ''}",
                 f"{self.services:,} services"]
        if self.fetched_one_by_one:
            parts.append(f"{self.fetched_one_by_one:,} fetched one by one")
        if self.since:
            parts.append(f"modified after {self.since}")
        return ", ".join(parts)

    def _source_for(self, ctx: HarvestContext,
                    document: bool = False) -> Callable[[dict], Source | None]:
        """The source of a service that names none: its address in the feed (or the
        document's address); None for a feed read from files (then --source is asked)."""
        def source_for(obj: dict) -> Source | None:
            if not self.transport.web:
                return None
            sid = str(obj.get("id") or "")
            url = self.transport.url("/" if document else f"/services/{sid}")
            date = ""
            lm = obj.get("last_modified")
            if isinstance(lm, str) and re.match(r"^\d{4}-\d{2}-\d{2}", lm):
                date = lm[:10]
            if not date:
                # the day this feed first gave the service, kept from the folder's record
                try:
                    rid = "hsds-" + uuid.UUID(sid).hex
                except ValueError:
                    rid = ""
                before = ctx.existing(rid) if rid else None
                for src in (before.sources if before else []):
                    if src.url == url and src.date:
                        date = src.date
                        break
            return Source(url, date or ctx.today.isoformat(), "high",
                          f"Read from the HSDS feed {self.label}.")
        return source_for

    def _read(self, items: list, name: str, ctx: HarvestContext) -> HsdsRead:
        return read_service_objects({"contents": items}, name, default_kinds=ctx.default_kinds,
                                    default_source=ctx.default_source,
                                    infer=None if ctx.default_kinds else ctx.guesser,
                                    source_for=self._source_for(ctx))

    def batches(self, ctx: HarvestContext) -> Iterator[HsdsRead]:
        t = self.transport
        try:
            root = t.get("/")
        except SourceRefused:
            root = None     # not every API answers at its root; /services is what counts
        api = isinstance(root, dict) and ("version" in root or "einclusie" in root)
        if not api and (isinstance(root, list) or isinstance(root, dict) and (
                isinstance(root.get("contents"), list) or isinstance(root.get("services"), list)
                or ("id" in root and "name" in root))):
            # a plain HSDS JSON document at that address: a list, a page, an organization
            self.pages = 1
            read = read_service_objects(root, t.label, default_kinds=ctx.default_kinds,
                                        default_source=ctx.default_source,
                                        infer=None if ctx.default_kinds else ctx.guesser,
                                        source_for=self._source_for(ctx, document=True))
            self.services = len(read.spans)
            yield read
            return
        ours = (root or {}).get("einclusie") if isinstance(root, dict) else None
        templates = ours.get("pages") if isinstance(ours, dict) and \
            isinstance(ours.get("pages"), dict) else {}
        since = "" if self.full else str(ctx.previous.get("last_harvest") or "")
        self.since = since
        params = {"per_page": str(self.per_page), "full": "true"}
        if since:
            params["modified_after"] = f"{since}T00:00:00Z"
        number, total_pages, first_ids, static = 1, None, None, False
        while True:
            if number > MAX_PAGES:
                raise SourceRefused(f"{t.label}: more than {MAX_PAGES:,} pages; not read")
            path, q = "/services", {**params, "page": str(number)}
            if static:
                path, q = "/" + templates["services"].format(page=number), None
            doc = t.get(path, q, page=number)
            where = f"page {number} ({t.url(path, q)})"
            if not isinstance(doc, dict) or not isinstance(doc.get("contents"), list):
                raise SourceRefused(f"{where}: is not an HSDS page (an object with a "
                                    "'contents' list)")
            got = _page_number(doc)
            ids = [c.get("id") for c in doc["contents"][:3] if isinstance(c, dict)]
            if number > 1 and not static and (
                    (got is not None and got != number) or (got is None and ids == first_ids
                                                            and ids)):
                if "services" in templates:
                    static = True      # a static server ignores ?page=: use its page files
                    continue
                raise SourceRefused(f"{where}: the server ignores ?page= (asked for page "
                                    f"{number}, got page {got or 1}); it cannot be read")
            if number == 1:
                first_ids = ids
                tp = doc.get("total_pages")
                total_pages = tp if isinstance(tp, int) and not isinstance(tp, bool) else None
            items = []
            for item in doc["contents"]:
                if not _full(item) and isinstance(item, dict) and item.get("id"):
                    item = t.get(f"/services/{urllib.parse.quote(str(item['id']))}",
                                 page=number)
                    self.fetched_one_by_one += 1
                items.append(item)
            self.pages += 1
            self.services += len(items)
            if items:
                yield self._read(items, where, ctx)
            if not doc["contents"] or doc.get("last_page") is True or doc.get("empty") is True \
                    or (total_pages is not None and number >= total_pages):
                break
            number += 1


class FileReader(SourceReader):
    """An HSDS JSON file or tabular package on disk (the import's reader)."""

    kind = "hsds-file"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.label = str(self.path.resolve())
        self.count = 0

    def detail(self) -> str:
        return f"{self.count:,} services"

    def batches(self, ctx: HarvestContext) -> Iterator[HsdsRead]:
        from .importer import read_file

        read = read_file(self.path, default_kinds=ctx.default_kinds,
                         default_source=ctx.default_source,
                         guesser=None if ctx.default_kinds else ctx.guesser)
        if not isinstance(read, HsdsRead):
            # a spreadsheet, or a file that is none of the formats: refused as a whole
            raise SourceRefused("; ".join(str(p) for p in read.problems[:5]) or
                                f"{self.path}: is not an HSDS file or package")
        self.count = len(read.spans)
        yield read


def reader_for(source: str, *, per_page: int = DEFAULT_PER_PAGE, full: bool = False,
               limits=None) -> SourceReader:
    """The reader of a source as the maintainer names it: a web address (an HSDS API, or an
    HSDS JSON document), a folder written by ``publish``, or an HSDS file or package."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        from .feeds import check_url

        why = check_url(source)
        if why:
            raise SourceRefused(f"{source}: {why}")
        return FeedReader(HttpTransport(source, limits), per_page, full)
    path = Path(source)
    if path.is_dir() and (path / "index.json").is_file() and \
            (path / "services" / "page" / "1.json").is_file():
        return FeedReader(FolderTransport(path), per_page, full)
    return FileReader(path)


# =============================================================================================
# The merge


@dataclass
class Conflict:
    """A record not applied: ``reason``, and per differing field (folder's value, source's)."""

    id: str
    reason: str
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)

    def __str__(self) -> str:
        shown = "; ".join(f"{f}: here {_short(a)} / source {_short(b)}"
                          for f, a, b in self.fields[:6])
        more = f"; and {len(self.fields) - 6} more field(s)" if len(self.fields) > 6 else ""
        return f"{self.id}: {self.reason}" + (f" ({shown}{more})" if shown else "")


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 70 else text[:67] + "..."


@dataclass
class SourceReport:
    """What the harvest did with one source."""

    label: str
    kind: str
    detail: str = ""
    refused_source: str = ""
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    refused: list[tuple[str, list[Problem]]] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.refused_source or self.conflicts or self.refused)

    def line(self, dry_run: bool = False) -> str:
        if self.refused_source:
            return f"{self.label}: refused, nothing applied: {self.refused_source}"
        would = "would be " if dry_run else ""
        text = (f"{self.label}: {would}applied {len(self.added)} added, {len(self.updated)} "
                f"updated, {len(self.unchanged)} unchanged; {len(self.conflicts)} conflicting; "
                f"{len(self.refused)} refused")
        return text + (f" ({self.detail})" if self.detail else "")


@dataclass(slots=True)
class _Staged:
    """One record a source gave, kept small: a feed may give 100,000 of them."""

    source: int
    where: str
    sha: str
    aliases: tuple[str, ...]
    stage: str              # the staged file; "": the folder already has these bytes

    @property
    def path(self) -> Path | None:
        return Path(self.stage) if self.stage else None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_ALIASES = re.compile(r'^aliases = (\[.*\])$', re.MULTILINE)


def _parse(data: bytes | None) -> Record | None:
    if data is None:
        return None
    try:
        return record_from_dict(tomllib.loads(data.decode("utf-8")))
    except (ValueError, UnicodeDecodeError):
        return None


class _Folder:
    """The data folder's records, read when needed: ids from file names, aliases from their
    line (the record files are written by core/recordfile.py, one line per key)."""

    def __init__(self, into: Path):
        self.dir = into / "services"
        self.ids = {p.stem for p in self.dir.glob("*.toml")} if self.dir.is_dir() else set()
        self._names: dict[str, str] | None = None

    def data(self, rid: str) -> bytes | None:
        try:
            return (self.dir / f"{rid}.toml").read_bytes()
        except FileNotFoundError:
            return None

    def record(self, rid: str) -> Record | None:
        return _parse(self.data(rid))

    def names(self) -> dict[str, str]:
        """Every id and alias used in the folder → the record using it."""
        if self._names is None:
            self._names = {rid: rid for rid in self.ids}
            for rid in sorted(self.ids):
                m = _ALIASES.search((self.data(rid) or b"").decode("utf-8", "replace"))
                if m:
                    try:
                        for alias in json.loads(m[1]):
                            self._names.setdefault(alias, rid)
                    except ValueError:
                        pass
        return self._names


def _differences(a: Record | None, b: Record | None) -> list[tuple[str, Any, Any]]:
    da = a.to_dict() if a is not None else {}
    db = b.to_dict() if b is not None else {}
    return [(k, da.get(k), db.get(k)) for k in db if da.get(k) != db.get(k)]


def load_state(into: Path) -> dict:
    try:
        state = json.loads((into / STATE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"format": STATE_FORMAT, "sources": {}, "records": {}}
    except (OSError, ValueError) as exc:
        raise SourceRefused(f"{into / STATE_FILE}: cannot be read ({exc}); nothing was "
                            "harvested. Restore it from the repository") from None
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
        raise SourceRefused(f"{into / STATE_FILE}: is not a harvest state of this program")
    state.setdefault("sources", {})
    state.setdefault("records", {})
    return state


def harvest(readers: Sequence[SourceReader], into: Path, *, today: dt.date | None = None,
            gazetteer=None, guesser=None, default_kinds: Sequence[str] = (),
            default_source: Source | None = None, allow_removals: bool = False,
            dry_run: bool = False) -> list[SourceReport]:
    """Read every source and merge what it gives into ``into/services`` (see the module's
    docstring). ``gazetteer``: the checks every import makes (postcodes, places); ``guesser``:
    infers the kind of services from other directories (core/infer.py). Returns one
    :class:`SourceReport` per reader, in order. Raises :class:`SourceRefused` only when the
    harvest state cannot be read (then nothing is read at all)."""

    into = Path(into)
    today = today or dt.date.today()
    state = load_state(into)
    folder = _Folder(into)
    stage = into / f".harvest-{os.getpid()}"
    try:
        return _harvest(readers, into, folder, state, stage, today, gazetteer, guesser,
                        default_kinds, default_source, allow_removals, dry_run)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _harvest(readers, into, folder, state, stage, today, gazetteer, guesser, default_kinds,
             default_source, allow_removals, dry_run) -> list[SourceReport]:
    from .importer import removals
    from .validate import ReadResult, check_read

    reports: list[SourceReport] = []
    staged: dict[str, list[_Staged]] = {}
    for n, reader in enumerate(readers):
        rep = SourceReport(reader.label, reader.kind)
        reports.append(rep)
        ctx = HarvestContext(today, guesser, default_kinds, default_source,
                             dict(state["sources"].get(reader.label, {})), folder.record)
        mine: dict[str, _Staged] = {}
        refused: list[tuple[str, list[Problem]]] = []
        notes: list[Problem] = []
        where_to = stage / str(n)
        try:
            for read in reader.batches(ctx):
                notes.extend(read.notes)
                covered = set()
                for where, rid, first, last, index in read.spans:
                    covered.update(range(first, last))
                    found = list(read.problems[first:last])
                    record = read.records[index] if index is not None else None
                    if record is not None:
                        one = ReadResult([record], [], [read.wheres[index]],
                                         [read.fields[index]], read.source)
                        found += check_read(one, gazetteer, today)
                        if record.id in mine:
                            found.append(Problem(where, "id", f"{record.id!r} is given twice "
                                                 f"by this source (also {mine[record.id].where})"))
                    if found:
                        refused.append((rid or where, found))
                        continue
                    data = record_toml(record).encode("utf-8")
                    path = ""
                    if folder.data(record.id) != data:
                        # kept on disk until the merge, not in memory: a feed may be large
                        where_to.mkdir(parents=True, exist_ok=True)
                        path = str(where_to / f"{record.id}.toml")
                        with open(path, "wb") as fh:
                            fh.write(data)
                    mine[record.id] = _Staged(n, where, _sha(data), tuple(record.aliases), path)
                loose = [p for i, p in enumerate(read.problems) if i not in covered]
                if loose:
                    raise SourceRefused("; ".join(str(p) for p in loose[:5]))
        except SourceRefused as exc:
            rep.refused_source = str(exc)
            rep.detail = reader.detail()
            rep.notes = notes
            shutil.rmtree(where_to, ignore_errors=True)
            continue
        rep.detail = reader.detail()
        rep.refused = refused
        rep.notes = notes
        for rid, item in mine.items():
            staged.setdefault(rid, []).append(item)
    # -- decide, record by record, in a fixed order
    moves: list[tuple[str, _Staged]] = []
    names = folder.names()
    new_names: dict[str, str] = {}
    for rid in sorted(staged):
        items = staged[rid]
        if len({i.sha for i in items}) > 1:
            first = _parse(items[0].path.read_bytes()) if items[0].path else folder.record(rid)
            for i in items:
                others = ", ".join(reports[j.source].label for j in items if j is not i)
                this = _parse(i.path.read_bytes()) if i.path else folder.record(rid)
                reports[i.source].conflicts.append(Conflict(
                    rid, f"another source gives another version ({others}); neither is "
                         "applied", _differences(first, this) if i is not items[0] else []))
            continue
        item = items[0]
        rep = reports[item.source]
        reader = readers[item.source]
        if item.path is None:
            for i in items:
                reports[i.source].unchanged.append(rid)
            continue
        current = folder.data(rid)
        if current is None:
            clash = [(name, names.get(name) or new_names.get(name))
                     for name in (rid, *item.aliases)
                     if (names.get(name) or new_names.get(name)) not in (None, rid)]
            if clash:
                rep.refused.append((rid, [Problem(item.where, "aliases" if c[0] != rid else "id",
                                                  f"{c[0]!r} is already used by {c[1]!r}")
                                          for c in clash]))
                continue
            for name in (rid, *item.aliases):
                new_names[name] = rid
            moves.append((rid, item))
            rep.added.append(rid)
            continue
        entry = state["records"].get(rid)
        before, after = _parse(current), _parse(item.path.read_bytes())
        fields = _differences(before, after)
        if not reader.may_update(rid, entry):
            reason = "not this source's to change"
            if entry is None:
                reason = ("not harvested from this source: a record of the catalogue itself "
                          "or one edited by hand")
            elif entry.get("source") != reader.label:
                reason = f"brought by another source ({entry.get('source')})"
            rep.conflicts.append(Conflict(rid, reason, fields))
            continue
        if entry.get("sha256") != _sha(current):
            rep.conflicts.append(Conflict(rid, "changed in the folder since this source's last "
                                               "harvest; the source changed it too", fields))
            continue
        gone = removals(before, after) if before is not None and after is not None else []
        if gone and not allow_removals:
            rep.conflicts.append(Conflict(rid, "would remove " + "; ".join(
                f"{f}: {', '.join(v)}" for f, v in gone) + " (harvest with --allow-removals "
                "if the source dropped them on purpose)", fields))
            continue
        moves.append((rid, item))
        rep.updated.append(rid)
    if dry_run:
        return reports
    # -- write: records first (each renamed into place), the state last
    if moves:
        folder.dir.mkdir(parents=True, exist_ok=True)
    for rid, item in moves:
        os.replace(item.path, folder.dir / f"{rid}.toml")
        state["records"][rid] = {"source": readers[item.source].label, "sha256": item.sha,
                                 "date": today.isoformat()}
    for n, reader in enumerate(readers):
        rep = reports[n]
        if rep.refused_source:
            continue
        ctx = HarvestContext(today, previous=dict(state["sources"].get(reader.label, {})))
        state["sources"][reader.label] = reader.state(ctx, rep.complete)
    text = json.dumps({"format": STATE_FORMAT, "sources": state["sources"],
                       "records": state["records"]}, ensure_ascii=False, sort_keys=True,
                      indent=1) + "\n"
    into.mkdir(parents=True, exist_ok=True)
    path = into / STATE_FILE
    try:
        same = path.read_bytes() == text.encode("utf-8")
    except FileNotFoundError:
        same = False
    if not same:
        write_bytes(path, text.encode("utf-8"))
    return reports
