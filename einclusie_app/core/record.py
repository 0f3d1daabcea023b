"""One catalogue record, as written in ``data/services/*.toml`` and as every importer yields it.

The record is the one shape that flows through the program: the text sources, the local store,
the HSDS and spreadsheet importers all produce :class:`Record` values, and the catalogue build
compiles them into SQLite. ``docs/data-format.md`` documents every field.

Validation here is structural (types, codes, dates, slugs). It reports every problem at once,
each with the file and field, and never guesses a value.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import MISSING, asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable


ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
POSTCODE_RE = re.compile(r"^\d{4}$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")
AREA_RE = re.compile(r"^(be|region:(flanders|brussels|wallonia)|province:.+|municipality:.+)$")


class RecordError(ValueError):
    """A record that cannot be used; ``problems`` holds every reason, each naming its field."""

    def __init__(self, problems: list["Problem"]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where (file, row or path), which field, and why."""

    where: str
    field: str
    reason: str

    def __str__(self) -> str:
        loc = f"{self.where}: " if self.where else ""
        fld = f"{self.field}: " if self.field else ""
        return f"{loc}{fld}{self.reason}"


@dataclass
class Phone:
    number: str
    description: str = ""


@dataclass
class Location:
    """Where the help is given. Without a street, the point is the postcode's or municipality's."""

    name: str = ""
    street: str = ""
    house_number: str = ""
    postcode: str = ""
    municipality: str = ""
    latitude: float | None = None
    longitude: float | None = None
    accessibility: str = ""  # e.g. "wheelchair"; empty when no source said


@dataclass
class Source:
    url: str
    date: str = ""
    confidence: str = "high"
    notes: str = ""


@dataclass
class HoursException:
    """A dated exception to the weekly hours: closed that day, or an extra session."""

    date: str
    opens: str = ""   # "HH:MM"; empty with ``closes`` empty = closed all day
    closes: str = ""
    description: str = ""


@dataclass
class Record:
    id: str
    name: str
    kinds: list[str]
    organization: str = ""
    description: str = ""
    status: str = "active"
    alert: str = ""
    # The record's own sources say the offer may have ended (funding not extended, a pilot, a
    # plan, a one-year project); ``alert`` says why. Staff see it; a client is never sent there
    # without "call first" and a way to call.
    may_have_ended: bool = False
    audience: str = ""
    topics: list[str] = field(default_factory=list)
    access: list[str] = field(default_factory=list)
    to_bring: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    cost: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""
    hours_text: str = ""
    open_on_holidays: bool | None = None   # None: only a 24/7 line stays open on holidays
    closed_school_holidays: str = ""       # "", "flanders", "french" or "german"
    service_area: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    assured_date: str = ""
    phones: list[Phone] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    hours_exceptions: list[HoursException] = field(default_factory=list)
    # HSDS data from another directory that the catalogue has no field for (HSDS 3.1
    # ``capacities`` and ``additional_urls``, their own taxonomy attributes, ...), kept verbatim
    # as JSON values so that an export gives it back (docs/hsds-profile.md, "Kept verbatim").
    # The program never shows it. Empty for every record of our own.
    hsds_extra: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """The main kind (the first one listed)."""
        return self.kinds[0]

    @property
    def is_free(self) -> bool | None:
        """True when the source says free, None when nobody said, False for a stated cost."""
        if not self.cost:
            return None
        return self.cost.strip().lower() in {"free", "gratis", "gratuit"}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def record_fields() -> list[str]:
    """The top-level fields of a record, in their order (what a field-by-field merge picks)."""
    return list(Record.__dataclass_fields__)


_LIST_FIELDS = {"kinds", "topics", "access", "to_bring", "languages", "service_area", "aliases"}
_STR_FIELDS = {
    "id", "name", "organization", "description", "status", "alert", "audience", "cost",
    "email", "website", "hours", "hours_text", "assured_date", "closed_school_holidays",
}
_BOOL_FIELDS = {"open_on_holidays", "may_have_ended"}
_TABLES = {"phones": Phone, "locations": Location, "sources": Source,
           "hours_exceptions": HoursException}


def record_from_dict(data: dict[str, Any], where: str = "") -> Record:
    """Build a :class:`Record` from plain data, raising :class:`RecordError` with every problem."""
    problems: list[Problem] = []
    known = _LIST_FIELDS | _STR_FIELDS | _BOOL_FIELDS | set(_TABLES) | {"hsds_extra"}
    for key in data:
        if key not in known:
            problems.append(Problem(where, key, "unknown field"))
    kwargs: dict[str, Any] = {}
    for key in _STR_FIELDS:
        if key in data:
            value = data[key]
            if not isinstance(value, str):
                problems.append(Problem(where, key, f"must be text, not {type(value).__name__}"))
                continue
            kwargs[key] = value.strip()
    for key in _BOOL_FIELDS:
        if key in data and data[key] is not None:
            if not isinstance(data[key], bool):
                problems.append(Problem(where, key, "must be true or false"))
            else:
                kwargs[key] = data[key]
    for key in _LIST_FIELDS:
        if key in data:
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                problems.append(Problem(where, key, "must be a list of text"))
                continue
            kwargs[key] = [v.strip() for v in value if v.strip()]
    for key, cls in _TABLES.items():
        items = data.get(key, [])
        if not isinstance(items, list):
            problems.append(Problem(where, key, "must be a list of tables"))
            continue
        built = []
        for i, item in enumerate(items):
            path = f"{key}[{i}]"
            if not isinstance(item, dict):
                problems.append(Problem(where, path, "must be a table"))
                continue
            allowed = set(cls.__dataclass_fields__)
            extra = set(item) - allowed
            for name in sorted(extra):
                problems.append(Problem(where, f"{path}.{name}", "unknown field"))
            clean = {}
            for name, value in item.items():
                if name in extra:
                    continue
                if name in ("latitude", "longitude"):
                    if value is None:
                        continue
                    if not isinstance(value, (int, float)) or isinstance(value, bool):
                        problems.append(Problem(where, f"{path}.{name}", "must be a number"))
                        continue
                    clean[name] = float(value)
                elif not isinstance(value, str):
                    problems.append(Problem(where, f"{path}.{name}", "must be text"))
                else:
                    clean[name] = value.strip()
            missing = [n for n, f in cls.__dataclass_fields__.items()
                       if f.default is MISSING and f.default_factory is MISSING and n not in clean]
            for name in missing:
                problems.append(Problem(where, f"{path}.{name}", "is required"))
            if not missing:
                built.append(cls(**clean))
        kwargs[key] = built
    if "hsds_extra" in data:
        extra, reason = extra_mapping(data["hsds_extra"])
        if reason:
            problems.append(Problem(where, "hsds_extra", reason))
        else:
            kwargs["hsds_extra"] = extra
    for key in ("id", "name"):
        if not kwargs.get(key):
            problems.append(Problem(where, key, "is required"))
    if not kwargs.get("kinds"):
        problems.append(Problem(where, "kinds", "needs at least one kind"))
    if problems:
        raise RecordError(problems)
    record = Record(**kwargs)
    problems.extend(check_record(record, where))
    if problems:
        raise RecordError(problems)
    return record


def extra_mapping(value: Any) -> tuple[dict[str, Any], str]:
    """``hsds_extra`` as a mapping: a JSON object given as text (TOML files) or as a mapping
    (JSON). Returns (mapping, "") or ({}, the reason it cannot be one)."""
    import json

    if isinstance(value, str):
        if not value.strip():
            return {}, ""
        try:
            value = json.loads(value)
        except (ValueError, RecursionError) as exc:
            return {}, f"is not JSON ({str(exc)[:80]})"
    if not isinstance(value, dict):
        return {}, "must be a JSON object (HSDS fields by name)"
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as exc:
        return {}, f"holds a value that is not JSON ({str(exc)[:80]})"
    return value, ""


def check_record(r: Record, where: str = "") -> list[Problem]:
    """Every structural problem of a record (codes, dates, slugs, coordinates): the rules of
    core/validate.py (``structural_issues``), as Problems naming ``where``."""
    from .validate import structural_issues

    return [i.problem(where) for i in structural_issues(r)]


def valid_date(text: str) -> bool:
    """A full or partial ISO date that exists (``2023-02-30`` does not)."""
    if not DATE_RE.match(text):
        return False
    import datetime as _dt

    parts = [int(p) for p in text.split("-")]
    parts += [1] * (3 - len(parts))
    try:
        _dt.date(*parts)
    except ValueError:
        return False
    return True


def load_record(path: Path) -> Record:
    """Read one TOML record; problems name the file."""
    where = str(path)
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except UnicodeDecodeError:
        raise RecordError([Problem(where, "", "is not UTF-8 text")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise RecordError([Problem(where, "", f"is not valid TOML ({exc})")]) from None
    record = record_from_dict(data, where)
    if path.stem != record.id:
        raise RecordError([Problem(where, "id", f"{record.id!r} differs from the file name")])
    return record


def load_records(directory: Path) -> list[Record]:
    """Every ``*.toml`` record under a folder, sorted by id; all problems reported together."""
    problems: list[Problem] = []
    records: list[Record] = []
    for path in sorted(directory.glob("*.toml")):
        try:
            records.append(load_record(path))
        except RecordError as exc:
            problems.extend(exc.problems)
    problems.extend(check_unique(records))
    if problems:
        raise RecordError(problems)
    return records


def check_unique(records: Iterable[Record]) -> list[Problem]:
    """An id or alias used twice makes ``show ID`` ambiguous: report it."""
    seen: dict[str, str] = {}
    out = []
    for r in records:
        for name in [r.id, *r.aliases]:
            if name in seen:
                out.append(Problem(r.id, "id", f"{name!r} is already used by {seen[name]!r}"))
            else:
                seen[name] = r.id
    return out
