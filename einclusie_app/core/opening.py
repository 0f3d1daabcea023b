"""Opening hours of catalogue records: "can the client go there today?", "can they call now?".

Glue between a :class:`~.record.Record` and the hours engine (:mod:`.hours`):

- the record's weekly ``hours`` and dated ``hours_exceptions`` make its schedule;
- a 24/7 line stays open on legal holidays unless its record says otherwise
  (``open_on_holidays``); every other service closes on them unless its record says it opens;
- the community days a site treats as closed (11 July, 27 September, 15 November; a site
  setting) close the services that have an address — a phone line keeps its own calendar;
- ``closed_school_holidays`` closes a service during that Community's school holidays.

Records whose hours are only dated sessions keep them as text: their status is "unknown — call
first".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from .hours import (
    BRUSSELS, Contact, DateException, Schedule, Status, format_window, schedule_from_weekly,
    sentence, status_at, week_table, closing_holidays, DayRow,
)
from .record import Record


def schedule_of(record: Record, community_days: Iterable[str] = ()) -> Schedule:
    """The schedule of a record, with the site's community days for services with an address."""
    exceptions = [
        DateException(dt.date.fromisoformat(e.date),
                      e.opens or None, (None if not e.closes else e.closes),
                      e.description)
        for e in record.hours_exceptions]
    if not record.hours:
        return Schedule(exceptions=tuple(exceptions))
    schedule = schedule_from_weekly(
        record.hours, exceptions=exceptions,
        closed_school_holidays=record.closed_school_holidays or None,
        community_holidays=frozenset(community_days) if record.locations else frozenset())
    open_on_holidays = record.open_on_holidays
    if open_on_holidays is None:
        open_on_holidays = schedule.always_open
    if open_on_holidays != schedule.open_on_holidays:
        from dataclasses import replace

        schedule = replace(schedule, open_on_holidays=open_on_holidays)
    return schedule


def is_phone(record: Record) -> bool:
    """Speak in calling words ("you can call now") for a helpline one does not walk into."""
    return record.kind == "helpline" and not {"walk_in", "appointment"} & set(record.access)


def now() -> dt.datetime:
    """The current moment, aware, in Brussels time."""
    return dt.datetime.now(BRUSSELS)


def parse_local(text: str) -> dt.datetime:
    """``2026-12-25T10:00`` (Brussels local time) as an aware datetime; ValueError if not."""
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=BRUSSELS)
    return value


def contact_of(record: Record) -> Contact:
    """How to reach the offer: its first phone number as the program shows it, then e-mail,
    website and organisation — what a "call first" sentence names."""
    phone = ""
    if record.phones:
        from .phones import PhoneError, parse_phone

        try:
            phone = parse_phone(record.phones[0].number).display
        except PhoneError:
            phone = record.phones[0].number
    return Contact(phone, record.email, record.website, record.organization)


@dataclass(frozen=True)
class Opening:
    """The answer for one record at one moment, ready to show."""

    status: Status
    phone: bool
    contact: Contact = Contact()
    may_have_ended: bool = False

    @property
    def open_now(self) -> bool | None:
        return self.status.open_now

    def sentence(self, lang: str = "en") -> str:
        """The staff sentence; one that asks to call names the number (or says there is none)."""
        return sentence(self.status, lang, phone=self.phone, contact=self.contact,
                        may_have_ended=self.may_have_ended)


def opening(record: Record, when: dt.datetime, schedule: Schedule | None = None,
            community_days: Iterable[str] = ()) -> Opening:
    schedule = schedule or schedule_of(record, community_days)
    return Opening(status_at(schedule, when), is_phone(record), contact_of(record),
                   record.may_have_ended)


def week_of(schedule: Schedule, today: dt.date) -> list[DayRow]:
    """Seven days from today's Monday, today marked."""
    monday = today - dt.timedelta(days=today.weekday())
    return week_table(schedule, monday, today=today)


def window_text(windows) -> str:
    return ", ".join(format_window(o, c) for o, c in windows)


def upcoming_closures(schedule: Schedule, today: dt.date, days: int = 42):
    """The holidays in the next ``days`` days that close this place: [(date, Holiday)]."""
    return closing_holidays(schedule, today, days)


def week_groups(rows) -> list[tuple[tuple[int, ...], tuple]] | None:
    """The coming days' regular hours as compact groups, Monday first: weekdays that share the
    same windows, e.g. ``[((0, 1, 2, 3, 4), ((09:00, 12:00),)), ((5,), ((10:00, 12:00),))]``.

    ``rows``: seven :class:`~.hours.DayRow` (one of each weekday). A day a holiday closes counts
    with its regular hours (the closures are said apart); closed days are left out. None when a
    day's hours are not known: then there is no honest short form.
    """
    by_day: dict[int, tuple] = {}
    for row in rows:
        if row.unknown:
            return None
        windows = row.regular if row.holiday is not None else row.windows
        if windows:
            by_day[row.weekday] = tuple(windows)
    groups: dict[tuple, list[int]] = {}
    for weekday in sorted(by_day):
        groups.setdefault(by_day[weekday], []).append(weekday)
    return sorted(((tuple(days), windows) for windows, days in groups.items()),
                  key=lambda g: g[0][0])


def day_span(days: tuple[int, ...], name, separator: str = ", ") -> str:
    """Weekdays as words: a run of three or more as "Monday–Friday", others listed."""
    runs: list[list[int]] = []
    for d in days:
        if runs and runs[-1][-1] == d - 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{name(run[0])}–{name(run[-1])}")
        else:
            parts.extend(name(d) for d in run)
    return separator.join(parts)
