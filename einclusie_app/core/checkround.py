"""The maintainer's check round: which records to check, in which order, how far the round is,
and what a call list says about each record.

A round is worked through record by record: "still right", "changed" or "ended", each one
change that records who checked and how (core/localstore.py, ``LocalStore.check_record``). What is in
the round, and how far it is, is read from the store each time, so a round can be carried over
several days and several counters of one shared store:

* **to check** (:attr:`Round.open`): records a counter flagged (open flags), then records never
  checked, then the oldest checks first (older than ``days``, by default 12 months). Narrowed to
  a :class:`~.coverage.Region` (the site's home municipality, or the municipalities within N
  km: located there or serving them), or the whole catalogue.
* **done** (:attr:`Round.done`): records of the same region checked since the round began
  (``since``: a date) and not flagged again since, in the order they were checked, each with
  its check (:attr:`RoundItem.done`, a logged :class:`~.localstore.Change` whose ``check`` says
  the result, how and by whom). A record ended in the round is among them (it is retired, so
  it is no longer shown at the counter).

Progress is ``len(done)`` of ``len(done) + len(open)``.

:func:`call_entries` gives, per record, what a phone round needs on paper (render/calllist.py
prints it): name, phones, e-mail, website, what the catalogue says (addresses, the weekly
hours, hours as the source gave them, how to get in, cost), the last check and the open flags.

Pure Python; the session (core/session.py) calls these on its worker's own connections.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .catalogue import STALE_AFTER_DAYS
from .localstore import Change, Flag

__all__ = ["RoundItem", "Round", "build_round", "CallEntry", "call_entries", "place_of",
           "flag_from_row"]


@dataclass(frozen=True)
class RoundItem:
    """One record of a round. ``assured_date`` and ``days``: the last check before this round
    (``days`` None: never checked); ``flags``: its open flags (for a done item: the flags its
    check closed); ``done``: the check made in this round (None: still to check)."""

    id: str
    name: str
    place: str
    assured_date: str
    days: int | None
    origin: str                 # shipped | local
    flags: tuple[Flag, ...] = ()
    done: Change | None = None

    @property
    def result(self) -> str:
        """``still_right``, ``changed``, ``ended`` or "" (to check)."""
        return (self.done.check or {}).get("result", "") if self.done is not None else ""


@dataclass(frozen=True)
class Round:
    items: tuple[RoundItem, ...]
    since: dt.date
    today: dt.date
    region: object | None = None     # coverage.Region, or None: the whole catalogue

    @property
    def open(self) -> list[RoundItem]:
        return [i for i in self.items if i.done is None]

    @property
    def done(self) -> list[RoundItem]:
        return [i for i in self.items if i.done is not None]

    @property
    def total(self) -> int:
        return len(self.items)

    def item(self, record_id: str) -> RoundItem | None:
        return next((i for i in self.items if i.id == record_id), None)


def _assured(text: str) -> dt.date | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return dt.date(*parts[:3])


def place_of(record, gazetteer) -> str:
    """Where a record is, in one short line: its first address's postcode and municipality, or
    the areas it serves."""
    for loc in record.locations:
        text = " ".join(p for p in (loc.postcode, loc.municipality) if p)
        if text:
            return text
    labels = []
    for code in record.service_area:
        try:
            labels.append(gazetteer.area_label(code))
        except Exception:  # noqa: BLE001 - an unknown code is shown as it is
            labels.append(code)
    return ", ".join(labels)


def build_round(ws, today: dt.date | None = None, since: dt.date | None = None,
                region=None, days: int = STALE_AFTER_DAYS) -> Round:
    """The round of ``ws`` (an overlay Workspace) as it stands: see the module's description.
    ``since``: the day the round began (default: today)."""
    today = today or dt.date.today()
    since = since or today
    gaz = ws.gazetteer
    records, local_ids = ws.effective_records()
    by_id = {r.id: r for r in records}
    flags = ws.store.open_flags()
    reach: dict[str, bool] = {}

    def in_region(record) -> bool:
        if region is None:
            return True
        if record.id not in reach:
            reach[record.id] = region.reaches(record, gaz)
        return reach[record.id]

    # the checks of this round: the newest check per record since the round began
    checks: dict[str, Change] = {}
    # (the log's time is UTC, the check's day the counter's: read one day more)
    for c in ws.store.changes(since=(since - dt.timedelta(days=1)).isoformat()):
        if c.check and not c.undone and c.check.get("on", "") >= since.isoformat() \
                and c.record_id not in checks:
            checks[c.record_id] = c
    done: list[RoundItem] = []
    for rid, c in sorted(checks.items(), key=lambda kv: kv[1].seq):
        if flags.get(rid):
            continue                       # flagged again since: to check again
        record = by_id.get(rid)
        if record is None:                 # ended in this round (retired), or gone
            entry = ws.store.entry(rid)
            record = entry.record if entry is not None else None
        if record is None or not in_region(record):
            continue
        before = c.fields.get("assured_date", (record.assured_date,))[0] or ""
        checked = _assured(before)
        closed = tuple(flag_from_row(rid, after) for _i, _b, after in
                       ((int(x[0]), x[1], x[2]) for x in c.detail.get("flags", ())))
        done.append(RoundItem(rid, record.name, place_of(record, gaz), before,
                              None if checked is None else (today - checked).days,
                              "local" if rid in local_ids else "shipped", closed, c))
    done_ids = {i.id for i in done}
    todo: list[RoundItem] = []
    for r in records:
        if r.id in done_ids:
            continue
        checked = _assured(r.assured_date)
        age = None if checked is None else (today - checked).days
        open_flags = flags.get(r.id, ())
        if not open_flags and age is not None and age <= days:
            continue
        if not in_region(r):
            continue
        todo.append(RoundItem(r.id, r.name, place_of(r, gaz), r.assured_date, age,
                              "local" if r.id in local_ids else "shipped", tuple(open_flags)))
    # as the to-do list always was (Workspace.stale), with the flagged ones first
    todo.sort(key=lambda i: (not i.flags, i.days is not None, -(i.days or 0), i.id))
    return Round(tuple(todo + done), since, today, region)


def flag_from_row(record_id: str, row: dict) -> Flag:
    """A flag as a change's ``detail["flags"]`` keeps it (a row without its id)."""
    return Flag(0, record_id, row.get("reason", ""), row.get("text", ""),
                row.get("flagged_on", ""), row.get("counter", ""), row.get("flag_seq"),
                row.get("closed_on") or "", row.get("closed_by") or "",
                row.get("closed_how") or "", row.get("closed_seq"))


# ---------------------------------------------------------------------------------------------
# The call list


@dataclass(frozen=True)
class CallEntry:
    """What a phone round needs to know of one record, as facts (render/calllist.py words
    them): ``week``: ``(weekday 0-6, "09:00-12:00,13:00-17:00")`` from the weekly hours;
    ``addresses``: one line each; ``areas``: the areas it serves (Dutch labels)."""

    id: str
    name: str
    organization: str
    phones: tuple[tuple[str, str], ...]      # (number as shown, description)
    email: str
    website: str
    addresses: tuple[str, ...]
    areas: tuple[str, ...]
    week: tuple[tuple[int, str], ...]
    hours_text: str
    access: tuple[str, ...]
    cost: str
    assured_date: str
    flags: tuple[Flag, ...]


_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


def _week(hours: str) -> tuple[tuple[int, str], ...]:
    out = []
    for part in hours.split(";"):
        part = part.strip()
        if not part:
            continue
        day, _sp, times = part.partition(" ")
        if day in _DAYS:
            out.append((_DAYS.index(day), times.strip()))
    return tuple(sorted(out))


def _phone(number: str) -> str:
    from .phones import PhoneError, parse_phone

    try:
        return parse_phone(number).display
    except PhoneError:
        return number


def call_entries(records, gazetteer, flags: dict[str, tuple[Flag, ...]]) -> list[CallEntry]:
    """A :class:`CallEntry` per record (in the order given)."""
    out = []
    for r in records:
        addresses = []
        for loc in r.locations:
            street = " ".join(p for p in (loc.street, loc.house_number) if p)
            place = " ".join(p for p in (loc.postcode, loc.municipality) if p)
            line = ", ".join(p for p in (loc.name, street, place) if p)
            if line:
                addresses.append(line)
        areas = []
        for code in r.service_area:
            try:
                areas.append(gazetteer.area_label(code))
            except Exception:  # noqa: BLE001 - shown as it is
                areas.append(code)
        out.append(CallEntry(
            r.id, r.name, r.organization,
            tuple((_phone(p.number), p.description) for p in r.phones), r.email, r.website,
            tuple(addresses), tuple(areas), _week(r.hours), r.hours_text, tuple(r.access),
            r.cost, r.assured_date, tuple(flags.get(r.id, ()))))
    return out
