"""Which reader reads a file: HSDS JSON, the HSDS tabular package, or the spreadsheet template.

:func:`read_file` picks the reader by what the file is and returns its
:class:`~.validate.ReadResult`; :meth:`.overlay.Workspace.import_records` validates and stores
it (all or nothing). The command line's ``import`` and ``validate`` and the maintainer window
use these two steps.

* a folder, a ``datapackage.json``, or a CSV whose header is an HSDS table's → the tabular
  package (core/hsds.py);
* ``*.json`` → HSDS JSON (core/hsds.py);
* ``*.xlsx`` and any other ``*.csv`` → the spreadsheet template (core/spreadsheet.py).

An import never deletes facts it did not receive: :func:`removals` lists, per record and field,
what storing a record read from a file would take away from the record shown now (a phone, a
location, a description...). ``Workspace.import_records`` refuses such an import with
:class:`ImportWouldRemove` (nothing stored) unless the maintainer allows it explicitly
(``allow_removals=True``, ``--allow-removals``); a dry run lists them. Or the file is imported
keeping those facts (:func:`keeping`): what it says is taken, what it lacks stays as it is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Sequence

from .localstore import StoreError
from .record import Problem, Record, Source
from .validate import ReadResult

__all__ = ["FORMATS", "detect", "read_file", "Removal", "ImportWouldRemove", "removals",
           "keep_facts", "keeping"]

FORMATS = ("hsds-json", "hsds-csv", "spreadsheet")


def detect(path: Path) -> str | None:
    """``hsds-json``, ``hsds-csv`` or ``spreadsheet``; None when the path is none of them."""
    path = Path(path)
    if path.is_dir():
        return "hsds-csv"
    suffix = path.suffix.lower()
    if path.name == "datapackage.json":
        return "hsds-csv"
    if suffix == ".json":
        return "hsds-json"
    if suffix in (".xlsx", ".xlsm"):
        return "spreadsheet"
    if suffix == ".csv":
        try:
            with open(path, "rb") as fh:
                first = fh.readline(4096).decode("utf-8-sig", "replace").lower()
        except OSError:
            return "spreadsheet"
        cells = {c.strip().strip('"') for c in first.replace(";", ",").split(",")}
        if "naam" not in cells and ((path.parent / "datapackage.json").is_file()
                                    or {"id", "status", "organization_id"} <= cells):
            return "hsds-csv"
        return "spreadsheet"
    return None


def read_file(path: Path, *, default_kinds: Sequence[str] = (),
              default_source: Source | None = None, guesser: Any = "default") -> ReadResult:
    """Read an import file into records, without storing anything.

    HSDS data from another directory has no kinds and sources of ours. ``default_kinds`` and
    ``default_source``: the maintainer says what they are. Without ``default_kinds`` the kind
    is inferred from the service's words (``guesser``: a :class:`.infer.KindGuesser`; by
    default the one of the shipped catalogue's synonym list; None: infer nothing); without
    ``default_source`` a tabular package's own metadata (``homepage``, ``sources``) names the
    source. What was inferred is in the result's ``notes`` (one per record) and in the notes
    of the record's source; a service whose kind or source cannot be inferred is a problem
    that says to give ``--kind`` or ``--source``."""
    from . import hsds, spreadsheet

    path = Path(path)
    if not path.exists():
        return ReadResult(problems=[Problem(str(path), "", "does not exist")])
    kind = detect(path)
    infer = None
    if kind in ("hsds-json", "hsds-csv") and not default_kinds:
        if guesser == "default":
            from .infer import default_guesser

            guesser = default_guesser()
        infer = guesser
    if kind == "hsds-json":
        return hsds.read_json(path, default_kinds=default_kinds, default_source=default_source,
                              infer=infer)
    if kind == "hsds-csv":
        folder = path if path.is_dir() else path.parent
        return hsds.read_tabular(folder, default_kinds=default_kinds,
                                 default_source=default_source, infer=infer)
    if kind == "spreadsheet":
        return spreadsheet.read_spreadsheet(path)
    return ReadResult(problems=[Problem(path.name, "", "is not a file this program imports: "
                                                       "HSDS JSON (.json), an HSDS tabular "
                                                       "package (folder or datapackage.json), "
                                                       "or the spreadsheet template (.csv, "
                                                       ".xlsx)")])


# ---------------------------------------------------------------------------------------------
# What an import would take away


@dataclass(frozen=True)
class Removal:
    """One fact an import would remove: ``record_id``, ``where`` the record is in the file
    (``"phones.csv row 7"``, ``"services.json $[2]"``, ``"aanbod.csv row 3"``), the record
    ``field`` (``"phones"``, ``"locations[0].street"``, ``"description"``) and the ``values``
    that would go, as text (a phone's number, a location's address, the old description)."""

    record_id: str
    where: str
    field: str
    values: tuple[str, ...]

    def __str__(self) -> str:
        shown = "; ".join(v if len(v) <= 60 else v[:57] + "..." for v in self.values)
        return f"{self.where}: {self.record_id}: {self.field}: would remove {shown}"


class ImportWouldRemove(StoreError):
    """An import refused because records in the file lack facts the catalogue has; nothing
    was stored. ``removals``: every :class:`Removal`, in file order."""

    def __init__(self, source: str, removals: Sequence[Removal]):
        self.removals = list(removals)
        records = len({r.record_id for r in self.removals})
        listed = "\n".join(str(r) for r in self.removals[:30])
        more = f"\n... and {len(self.removals) - 30} more" if len(self.removals) > 30 else ""
        super().__init__(
            f"{source or 'The file'}: {records} record(s) in it lack facts the catalogue has; "
            f"importing it would remove them:\n{listed}{more}\nNothing was imported. If the "
            "file is complete and these facts should go, import it again allowing removals "
            "(--allow-removals).")


_ONE_LINE = ("name", "organization", "description", "alert", "audience", "cost", "email",
             "website", "hours", "hours_text", "closed_school_holidays", "assured_date")
_LISTS = ("kinds", "topics", "access", "to_bring", "languages", "service_area", "aliases")
_TABLES = ("phones", "locations", "sources", "hours_exceptions")


def _describe(table: str, item: Any) -> str:
    if table == "phones":
        return " ".join(p for p in (item.number, item.description and f"({item.description})")
                        if p)
    if table == "locations":
        parts = [item.name, " ".join(p for p in (item.street, item.house_number) if p),
                 " ".join(p for p in (item.postcode, item.municipality) if p)]
        return ", ".join(p for p in parts if p) or "a location"
    if table == "sources":
        return item.url
    return " ".join(p for p in (item.date, item.opens and f"{item.opens}-{item.closes}",
                                item.description) if p)


def removals(before: Record, after: Record) -> list[tuple[str, tuple[str, ...]]]:
    """``(field, values)`` that storing ``after`` would take away from ``before``: a text that
    becomes empty; values of a list that holds fewer afterwards (a phone, a location, a
    language); a part of a phone, location, source or dated exception that becomes empty
    (a street, measured coordinates); ``open_on_holidays`` said before, unsaid after; a field
    kept verbatim in ``hsds_extra`` that is gone afterwards.
    A value replaced by another one is a change, not a removal."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for name in _ONE_LINE:
        old, new = getattr(before, name), getattr(after, name)
        if old and not new:
            out.append((name, (old,)))
    for key, value in before.hsds_extra.items():
        if key not in after.hsds_extra:
            out.append((f"hsds_extra.{key}", (json.dumps(value, ensure_ascii=False)[:60],)))
    if before.open_on_holidays is not None and after.open_on_holidays is None:
        out.append(("open_on_holidays", ("yes" if before.open_on_holidays else "no",)))
    for name in _LISTS:
        old, new = getattr(before, name), getattr(after, name)
        gone = tuple(v for v in old if v not in new)
        if len(new) < len(old) and gone:
            out.append((name, gone))
    for name in _TABLES:
        old, new = getattr(before, name), getattr(after, name)
        if len(new) < len(old):
            gone = tuple(_describe(name, x) for x in old if x not in new) or \
                tuple(_describe(name, x) for x in old[len(new):])
            out.append((name, gone))
        for i, (a, b) in enumerate(zip(old, new)):
            for part, value in a.__dict__.items():
                if value not in ("", None) and getattr(b, part) in ("", None):
                    out.append((f"{name}[{i}].{part}", (str(value),)))
    return out


# ---------------------------------------------------------------------------------------------
# Importing while keeping what the file lacks

#: The parts that say two entries of a table are the same entry (compared where both have one).
_SAME = {"phones": ("number",), "sources": ("url",), "hours_exceptions": ("date",),
         "locations": ("postcode", "municipality", "street", "house_number", "name")}


def _key(table: str, part: str, value: Any) -> str:
    if table == "phones" and part == "number":
        return re.sub(r"\D", "", str(value))
    return " ".join(str(value).casefold().split())


def _same_entry(table: str, a: Any, b: Any) -> bool:
    """Whether ``b`` (from the file) is the entry ``a`` (shown now), changed or not: no
    identifying part differs, and at least one is there in both."""
    shared = False
    for part in _SAME[table]:
        x, y = getattr(a, part), getattr(b, part)
        if x in ("", None) or y in ("", None):
            continue
        if _key(table, part, x) != _key(table, part, y):
            return False
        shared = True
    return shared


def _kept_entries(table: str, old: list, new: list) -> list:
    """The file's entries, each completed from the entry it is shown as now; with fewer
    entries in the file, the ones it lacks stay (in their place)."""
    out, used = [], set()
    for o in old:
        j = next((j for j, n in enumerate(new) if j not in used and n == o), None)
        if j is None:
            j = next((j for j, n in enumerate(new)
                      if j not in used and _same_entry(table, o, n)), None)
        if j is not None:
            used.add(j)
            n = new[j]
            out.append(type(n)(**{k: v if v not in ("", None) else getattr(o, k)
                                  for k, v in n.__dict__.items()}))
        elif len(new) < len(old):
            out.append(o)
    return out + [n for j, n in enumerate(new) if j not in used]


def keep_facts(before: Record, after: Record) -> Record:
    """``after`` (a record read from a file) with the facts :func:`removals` finds it lacks
    put back from ``before`` (the record shown now): an emptied text keeps its text, a shorter
    list keeps the values it lacks, an entry (phone, address, source, dated exception) the file
    lacks stays, an emptied part of an entry is filled from the same entry, HSDS data kept as
    received stays. What the file changes is taken. A part of an entry the file replaced by
    another entry is not put back (:func:`keeping` reports it)."""
    changes: dict[str, Any] = {}
    for name in _ONE_LINE:
        old, new = getattr(before, name), getattr(after, name)
        if old and not new:
            changes[name] = old
    missing = {k: v for k, v in before.hsds_extra.items() if k not in after.hsds_extra}
    if missing:
        changes["hsds_extra"] = {**after.hsds_extra, **missing}
    if before.open_on_holidays is not None and after.open_on_holidays is None:
        changes["open_on_holidays"] = before.open_on_holidays
    for name in _LISTS:
        old, new = getattr(before, name), getattr(after, name)
        if len(new) < len(old):
            changes[name] = list(new) + [v for v in old if v not in new]
    for name in _TABLES:
        old, new = getattr(before, name), getattr(after, name)
        kept = _kept_entries(name, old, new)
        if kept != new:
            changes[name] = kept
    return replace(after, **changes) if changes else after


def keeping(read: ReadResult, shown) -> tuple[ReadResult, list[Removal]]:
    """What was read, with every fact it lacks kept from the record shown now (``shown(id)``:
    that record, or None for a new or retired one), and the :class:`Removal` s that remain
    even so (a part of an entry the file replaced by another entry): with none, importing the
    result removes nothing; otherwise the maintainer chooses (import removing them, or not)."""
    records: list[Record] = []
    left: list[Removal] = []
    for i, r in enumerate(read.records):
        before = shown(r.id)
        if before is not None and before != r and removals(before, r):
            r = keep_facts(before, r)
            left.extend(Removal(r.id, read.wheres[i], f, v) for f, v in removals(before, r))
        records.append(r)
    # a plain ReadResult, whatever the reader's own kind: a spreadsheet read would otherwise be
    # made whole again from its rows as read at import (SheetRead.complete), losing what was kept
    base = {f.name: getattr(read, f.name) for f in fields(ReadResult) if f.init}
    return ReadResult(**{**base, "records": records}), left
