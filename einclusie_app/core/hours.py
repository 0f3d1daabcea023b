"""Opening hours: "can the client go there today?" and "can they call now?".

Pure Python (no Qt, no network). The model follows HSDS 3.0 schedules (RRULE-like rows); the
catalogue's short weekly text form ("Mo 09:00-12:00,13:00-17:00; Fr 09:00-12:00") parses into
the same model.

Time
----
Everything is Europe/Brussels wall-clock time. Public functions take an aware ``datetime`` (any
zone; converted) or a naive one, read as Brussels wall-clock time (its ``fold`` is respected; a
naive time inside the spring-forward gap is read with the offset before the gap, as ``zoneinfo``
and RFC 5545 do). Returned instants (``Status.next_change``, :func:`open_intervals`) are aware
UTC datetimes: Python compares two datetimes that share a tzinfo by wall time, ignoring
``fold``, which gets the autumn hour wrong -- UTC has no such trap. Display values (``"17:00"``,
weekday, date) are in ``Status.args``.

Daylight saving. An opening window is one stretch of real time from its opening to its closing
wall-clock time, where a wall-clock time stands for **the first instant at which the clock on the
wall shows that time or later**:

* spring forward (last Sunday of March, 02:00 -> 03:00): a window 01:00-05:00 lasts 3 real
  hours; one that starts in the missing hour opens at 03:00; a window lying wholly inside the
  missing hour (02:00-03:00 that night) has no real instant and is empty -- the clock never
  shows those times. Week tables still list it as scheduled.
* fall back (last Sunday of October, 03:00 -> 02:00): a window 01:00-05:00 lasts 5 real hours;
  a time in the repeated hour means its first occurrence; nothing is counted twice (a window
  02:00-02:30 is 30 minutes, not two half hours).

Windows stay contiguous and additive: 01:00-02:30 plus 02:30-04:00 is exactly 01:00-04:00.

Windows
-------
A window is ``(opens_at, closes_at)`` on a date. ``closes_at`` ``00:00`` means 24:00 (end of the
day; written "24:00" in the text form); a window whose ``closes_at`` is at or before its
``opens_at`` runs past midnight into the next day (22:00-02:00). ``00:00-24:00`` is a whole
day; otherwise ``opens_at == closes_at`` is refused. A window belongs to the day it opens: a
holiday or a dated closure on that day removes it whole (including the part after midnight); a
window opened the evening before a holiday runs on into it.

What closes a day (first match wins): a dated closure (:class:`DateException` without times);
a Belgian legal holiday unless ``open_on_holidays``; a community day in
``community_holidays``; a school holiday of ``closed_school_holidays``. Dated extra sessions are
added on top, even on a holiday (an explicit date beats a general rule); a closure plus an extra
session on the same date replaces that day's hours.

Unknown
-------
A schedule with no rules (and no extra sessions) is unknown: ``state == "unknown"``. A day is
also unknown when no rule's ``valid_from``/``valid_to`` covers it -- in HSDS those fields say for
how long the *information* holds, so after ``valid_to`` the hours are unknown, not closed (to end
a recurrence, use ``until``) -- and, for a site that closes during school holidays, when the
school calendar of that date is not in ``resources/calendar/school_holidays.toml``. Extra sessions on
an unknown day are not used.

Status keys (``Status.key``)
----------------------------
``open_24h`` (open, no closing in the next 14 days), ``open_closes_at`` (closes later; args
``minutes``, ``time``, ``weekday``, ``date``, ``days``), ``closes_soon`` (<= 30 minutes left;
``minutes``, ``time``), ``open_now`` (open, but the closing falls after the known data;
``unknown_from``), ``opens_today_at`` (``time``, ``minutes``), ``next_open`` (``time``,
``weekday``, ``date``, ``days``; within 14 days), ``closed_holiday`` (a closing reason removed
today's hours; ``holiday`` (a :class:`Holiday`, names in nl/fr/en) and the next opening's
``time``/``weekday``/``date``/``days`` when there is one), ``closed_no_next`` (nothing in 14
days; ``days``, and ``unknown_from`` when the search hit unknown data), ``unknown``
(``reason``: ``"no_hours"``, ``"validity"`` or ``"school_calendar"``). ``args["days"]`` counts
days from today to the shown date; for a closing "tonight" (within 12 hours) it is 0.

HSDS mapping (:func:`to_hsds` / :func:`from_hsds`)
--------------------------------------------------
* one rule -> one row: ``freq``, ``byday`` ("MO,TU", "1SA", "-1FR"), ``opens_at``/``closes_at``
  as "HH:MM" Brussels wall-clock time (no offset; the ``timezone`` field is left out), optional
  ``valid_from``, ``valid_to``, ``dtstart``, ``until``, ``interval`` (when not 1),
  ``bymonthday``, ``description``. Several windows on a day are several rows.
* 24:00 is written "23:59" (the HSDS note on 24-hour services); on reading, a ``closes_at`` of
  "23:59" means end of day. So a genuine 23:59 closing reads back as 24:00.
* 24/7: the rule ``MO..SU 00:00-24:00``, i.e. one row 00:00-23:59 for all seven days; reading
  such rows sets ``always_open``.
* a dated closure: a row without ``freq`` or times, ``valid_from = valid_to = date``,
  ``description = "closed"``, its reason in ``notes``. On reading, a ``valid_from..valid_to``
  range without ``freq`` or times closes every date in it (at most 366).
* an extra session: a row without ``freq``, ``dtstart = until = date``, ``opens_at``/
  ``closes_at``, ``description = "extra session"``, its reason in ``notes``.
* ``id``: a UUID derived from the service id and the row's content (stable across exports).
* our non-HSDS flags go in a separate profile dict (:func:`hsds_profile`):
  ``{"profile": "einclusie-hours/1", "time_zone": "Europe/Brussels", "always_open": bool,
  "open_on_holidays": bool, "community_holidays": [..], "closed_school_holidays": str|None}``.
* refused on reading (:class:`HoursError` names the row and field): ``count``, ``byweekno``,
  ``byyearday``, ``wkst`` other than MO, ``timezone`` other than 1 or 2, times with a UTC offset,
  ``interval`` > 1 without ``dtstart``.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any, Iterable, Mapping
from zoneinfo import ZoneInfo

from .holidays_be import (
    COMMUNITY_DAYS,
    SCHOOL_COMMUNITIES,
    Holiday,
    HolidayCalendar,
    default_calendar,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
UTC = timezone.utc
LOOKAHEAD_DAYS = 14
CLOSES_SOON_MINUTES = 30
MIDNIGHT = time(0, 0)

RFC_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
TEXT_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
STATES = ("open", "closed", "unknown")

__all__ = [
    "BRUSSELS", "LOOKAHEAD_DAYS", "CLOSES_SOON_MINUTES", "HoursError", "Rule", "DateException",
    "Schedule", "Status", "DayRow", "Holiday", "HolidayCalendar", "parse_weekly", "format_weekly",
    "format_window", "schedule_from_weekly", "to_hsds", "hsds_profile", "from_hsds", "status_at",
    "open_at", "open_intervals", "week_table", "closing_holidays", "sentence", "format_time",
    "Contact", "call_words",
]


class HoursError(ValueError):
    """Hours that cannot be used. ``part`` is the piece of input at fault, ``reason`` why."""

    def __init__(self, part: str, reason: str):
        self.part = part
        self.reason = reason
        super().__init__(f"{part!r}: {reason}" if part else reason)


# -- small helpers ------------------------------------------------------------------------

def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _close_minutes(opens: time, closes: time) -> int:
    """Minutes from the opening day's midnight to the closing (may exceed 1440)."""
    o, c = _minutes(opens), _minutes(closes)
    return c if c > o else c + 1440


def _window_length(opens: time, closes: time) -> int:
    return _close_minutes(opens, closes) - _minutes(opens)


def format_window(opens: time, closes: time) -> str:
    """``"09:00-12:00"``; a closing at midnight is written ``"24:00"``."""
    end = "24:00" if closes == MIDNIGHT else closes.strftime("%H:%M")
    return f"{opens.strftime('%H:%M')}-{end}"


def _as_time(value: Any, what: str, *, closing: bool = False) -> time:
    if isinstance(value, time):
        if value.tzinfo is not None:
            raise HoursError(what, "times are Brussels wall-clock times, without a time zone")
        if value.second or value.microsecond:
            raise HoursError(what, f"time {value.isoformat()} is not on a whole minute")
        return value
    if isinstance(value, str):
        m = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip())
        if not m:
            raise HoursError(what, f"{value!r} is not a time (HH:MM)")
        h, mi = int(m[1]), int(m[2])
        if h == 24 and mi == 0 and closing:
            return MIDNIGHT
        if h > 23 or mi > 59:
            raise HoursError(what, f"time {value.strip()} does not exist")
        return time(h, mi)
    raise HoursError(what, f"{value!r} is not a time")


def _as_date(value: Any, what: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        raise HoursError(what, f"{value!r} is a date-time; give a date (YYYY-MM-DD)")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise HoursError(what, f"{value!r} is not a date (YYYY-MM-DD)")


_BYDAY_RE = re.compile(r"([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)")


# -- the model ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """One HSDS schedule row: a recurring opening window.

    ``freq``: ``"WEEKLY"`` or ``"MONTHLY"``. ``byday``: weekday codes (``"MO"``..``"SU"``; a list,
    tuple or comma-separated text); for MONTHLY each may carry an ordinal: ``"1SA"`` = first
    Saturday, ``"-1FR"`` = last Friday (plain ``"SA"`` = every Saturday of the month).
    ``opens_at``/``closes_at``: ``datetime.time`` (or "HH:MM"; closes "24:00" = ``time(0)`` =
    end of day); a closing at or before the opening runs past midnight.
    ``valid_from``/``valid_to``: inclusive dates for which this information holds (outside
    them it says nothing: see "Unknown" in the module notes). ``dtstart``/``until``: inclusive
    first and last date of the recurrence. ``interval``: every n-th week/month counted from
    ``dtstart``'s week (weeks start on Monday) or month. ``bymonthday`` (MONTHLY): days of the
    month, negative from the end; with ``byday`` both must match (RFC 5545).
    ``description``: free text (not written in the weekly text form).
    """

    freq: str
    byday: tuple[str, ...]
    opens_at: time
    closes_at: time
    valid_from: date | None = None
    valid_to: date | None = None
    dtstart: date | None = None
    until: date | None = None
    description: str = ""
    interval: int = 1
    bymonthday: tuple[int, ...] = ()
    _days: tuple[tuple[int | None, int], ...] = field(
        default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        put = object.__setattr__
        if self.freq not in ("WEEKLY", "MONTHLY"):
            raise HoursError(f"freq {self.freq}", "freq must be WEEKLY or MONTHLY")
        byday = self.byday
        if isinstance(byday, str):
            byday = [b for b in byday.split(",")]
        codes = tuple(str(b).strip().upper() for b in byday if str(b).strip())
        parsed = []
        for code in codes:
            m = _BYDAY_RE.fullmatch(code)
            if not m:
                raise HoursError(f"byday {code}", f"unknown day {code!r} (MO..SU, or 1SA, -1FR)")
            if m[1] and self.freq != "MONTHLY":
                raise HoursError(f"byday {code}", "an ordinal like 1SA needs freq MONTHLY")
            parsed.append((int(m[1]) if m[1] else None, RFC_DAYS.index(m[2])))
        if len(set(parsed)) != len(parsed):
            raise HoursError(f"byday {','.join(codes)}", "a day is listed twice")
        put(self, "byday", codes)
        put(self, "_days", tuple(parsed))
        put(self, "opens_at", _as_time(self.opens_at, "opens_at"))
        put(self, "closes_at", _as_time(self.closes_at, "closes_at", closing=True))
        if self.opens_at == self.closes_at and self.opens_at != MIDNIGHT:
            raise HoursError(format_window(self.opens_at, self.closes_at),
                             "a window cannot open and close at the same time "
                             "(00:00-24:00 is a whole day)")
        for name in ("valid_from", "valid_to", "dtstart", "until"):
            put(self, name, _as_date(getattr(self, name), name))
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            raise HoursError(f"valid {self.valid_from}..{self.valid_to}", "valid_to is before valid_from")
        if self.dtstart and self.until and self.dtstart > self.until:
            raise HoursError(f"dtstart {self.dtstart}", "until is before dtstart")
        if isinstance(self.interval, bool) or not isinstance(self.interval, int) or self.interval < 1:
            raise HoursError(f"interval {self.interval!r}", "interval must be a whole number >= 1")
        if self.interval > 1 and self.dtstart is None:
            raise HoursError(f"interval {self.interval}", "an interval needs a dtstart to count from")
        md = self.bymonthday
        if isinstance(md, (str, int)):
            md = [md] if isinstance(md, int) else [p for p in md.split(",") if p.strip()]
        try:
            mdays = tuple(int(x) for x in md)
        except (TypeError, ValueError):
            raise HoursError(f"bymonthday {self.bymonthday!r}", "days of the month are numbers") from None
        for x in mdays:
            if not (1 <= abs(x) <= 31):
                raise HoursError(f"bymonthday {x}", "a day of the month is 1..31 or -31..-1")
        if mdays and self.freq != "MONTHLY":
            raise HoursError(f"bymonthday {md}", "bymonthday needs freq MONTHLY")
        put(self, "bymonthday", mdays)
        if not parsed and not mdays and self.dtstart is None:
            raise HoursError(f"freq {self.freq}", "byday (or a dtstart to repeat) is needed")
        if not isinstance(self.description, str):
            raise HoursError("description", "must be text")

    @property
    def overnight(self) -> bool:
        """True when the window runs past midnight (24:00 closings included)."""
        return _minutes(self.closes_at) <= _minutes(self.opens_at)

    def valid_on(self, d: date) -> bool:
        """Whether ``valid_from``/``valid_to`` cover ``d`` (the information holds that day)."""
        return (self.valid_from is None or self.valid_from <= d) and (
            self.valid_to is None or d <= self.valid_to)

    def occurs_on(self, d: date) -> bool:
        """Whether the window opens on ``d`` (validity and recurrence both)."""
        if not self.valid_on(d):
            return False
        if (self.dtstart and d < self.dtstart) or (self.until and d > self.until):
            return False
        if self.freq == "WEEKLY":
            days = {wd for _, wd in self._days} or {self.dtstart.weekday()}  # type: ignore[union-attr]
            if d.weekday() not in days:
                return False
            if self.interval > 1:
                assert self.dtstart is not None
                w0 = self.dtstart - timedelta(days=self.dtstart.weekday())
                w1 = d - timedelta(days=d.weekday())
                return ((w1 - w0).days // 7) % self.interval == 0
            return True
        # MONTHLY
        if self.interval > 1:
            assert self.dtstart is not None
            months = (d.year * 12 + d.month) - (self.dtstart.year * 12 + self.dtstart.month)
            if months % self.interval:
                return False
        dim = _days_in_month(d)
        ok_day = ok_mday = True
        if self._days:
            ok_day = any(
                wd == d.weekday() and (
                    n is None
                    or (n > 0 and (d.day - 1) // 7 + 1 == n)
                    or (n < 0 and (dim - d.day) // 7 + 1 == -n))
                for n, wd in self._days)
        if self.bymonthday:
            ok_mday = any(d.day == (x if x > 0 else dim + x + 1) for x in self.bymonthday)
        if not self._days and not self.bymonthday:
            assert self.dtstart is not None
            return d.day == self.dtstart.day
        return ok_day and ok_mday


def _days_in_month(d: date) -> int:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


@dataclass(frozen=True)
class DateException:
    """A dated exception. Without times: closed that whole day (``description`` = the reason,
    shown to staff). With ``opens_at``/``closes_at``: an extra session that day."""

    day: date
    opens_at: time | None = None
    closes_at: time | None = None
    description: str = ""

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "day", _as_date(self.day, "day"))
        if self.day is None:
            raise HoursError("day", "a dated exception needs a date")
        if (self.opens_at is None) != (self.closes_at is None):
            raise HoursError(str(self.day), "an extra session needs both opens_at and closes_at")
        if self.opens_at is not None:
            put(self, "opens_at", _as_time(self.opens_at, "opens_at"))
            put(self, "closes_at", _as_time(self.closes_at, "closes_at", closing=True))
            if self.opens_at == self.closes_at and self.opens_at != MIDNIGHT:
                raise HoursError(str(self.day), "a session cannot open and close at the same time")

    @property
    def closed(self) -> bool:
        return self.opens_at is None


_RULE_247 = Rule("WEEKLY", RFC_DAYS, MIDNIGHT, MIDNIGHT)


@dataclass(frozen=True)
class Schedule:
    """The hours of one service or site.

    ``rules``: the recurring windows. ``exceptions``: dated closures and extra sessions.
    ``always_open``: a 24/7 service; set automatically when the rules cover every day
    00:00-24:00, and given alone it supplies that rule (holidays and exceptions still apply,
    per the flags below). ``open_on_holidays``: stays open on Belgian legal holidays (default:
    closed on them). ``community_holidays``: community days the site closes on, among
    ``"flanders"`` (11 July), ``"wallonia_brussels"`` (27 September), ``"german"``
    (15 November). ``closed_school_holidays``: None, or ``"flanders"``/``"french"``/``"german"``
    -- closed during that community's school holidays. ``unknown`` (property): no weekly
    schedule is known.
    """

    rules: tuple[Rule, ...] = ()
    exceptions: tuple[DateException, ...] = ()
    always_open: bool = False
    open_on_holidays: bool = False
    community_holidays: frozenset[str] = frozenset()
    closed_school_holidays: str | None = None

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "rules", tuple(self.rules))
        put(self, "exceptions", tuple(sorted(
            self.exceptions, key=lambda e: (e.day, e.opens_at is not None,
                                            _minutes(e.opens_at) if e.opens_at else 0))))
        if isinstance(self.community_holidays, str):
            raise HoursError("community_holidays", "give a set of communities, not one text")
        put(self, "community_holidays", frozenset(self.community_holidays))
        for c in self.community_holidays:
            if c not in COMMUNITY_DAYS:
                raise HoursError(f"community_holidays {c}",
                                 f"unknown community day (one of {', '.join(COMMUNITY_DAYS)})")
        if self.closed_school_holidays is not None and self.closed_school_holidays not in SCHOOL_COMMUNITIES:
            raise HoursError(f"closed_school_holidays {self.closed_school_holidays}",
                             f"unknown school calendar (one of {', '.join(SCHOOL_COMMUNITIES)})")
        for r in self.rules:
            if not isinstance(r, Rule):
                raise HoursError("rules", f"{r!r} is not a Rule")
        for e in self.exceptions:
            if not isinstance(e, DateException):
                raise HoursError("exceptions", f"{e!r} is not a DateException")
        covers = _covers_247(self.rules)
        if self.always_open and not self.rules:
            put(self, "rules", (_RULE_247,))
        elif self.always_open and not covers:
            raise HoursError("always_open", "a 24/7 schedule cannot also have limited rules")
        elif covers:
            put(self, "always_open", True)

    @property
    def unknown(self) -> bool:
        """No weekly schedule and no extra session is known."""
        return not self.rules and not any(not e.closed for e in self.exceptions)


def _covers_247(rules: Iterable[Rule]) -> bool:
    days: set[int] = set()
    for r in rules:
        if (r.freq == "WEEKLY" and r.interval == 1 and not (r.valid_from or r.valid_to or r.dtstart
                                                             or r.until or r.bymonthday)
                and r.opens_at == MIDNIGHT and r.closes_at == MIDNIGHT):
            days |= {wd for _, wd in r._days}
    return len(days) == 7


# -- the weekly text form -----------------------------------------------------------------

def _text_time(s: str, part: str, *, closing: bool) -> int:
    """Minutes since midnight; a closing "24:00" or "00:00" is 1440."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", s)
    if not m:
        raise HoursError(part, f"{s!r} is not a time (HH:MM)")
    h, mi = int(m[1]), int(m[2])
    if h > 24 or mi > 59 or (h == 24 and mi):
        raise HoursError(part, f"time {s} does not exist")
    if h == 24 and not closing:
        raise HoursError(part, "24:00 can only close a window")
    v = h * 60 + mi
    return 1440 if closing and v == 0 else v


def parse_weekly(text: str) -> list[Rule]:
    """Parse the catalogue's weekly form into rules (one per distinct window, days grouped).

    ``"Mo 09:00-12:00,13:00-17:00; Fr 09:00-12:00"``: day codes ``Mo Tu We Th Fr Sa Su`` (exact
    spelling), each day once; windows separated by ``,``, days by ``;``. ``24:00`` (or
    ``00:00``) as a closing time is midnight. A window that ends before it starts runs past
    midnight -- accepted only when it opens at 12:00 or later and closes at 12:00 or earlier
    ("22:00-02:00", "18:00-08:00"); anything else ("09:00-05:00") is refused as a likely typo.
    Overlapping windows (also across midnight) are refused. Empty text -> ``[]`` (unknown
    hours). Raises :class:`HoursError` naming the part and the reason.
    """
    per_day: dict[int, list[tuple[int, int]]] = {}
    for raw in text.split(";"):
        part = raw.strip()
        if not part:
            continue
        m = re.fullmatch(r"(\S+)\s+(.+)", part)
        if not m:
            raise HoursError(part, "expected a day and its times, like 'Mo 09:00-12:00'")
        code, rest = m[1], m[2]
        if code not in TEXT_DAYS:
            raise HoursError(part, f"unknown day {code!r} (use Mo Tu We Th Fr Sa Su)")
        wd = TEXT_DAYS.index(code)
        if wd in per_day:
            raise HoursError(part, f"day {code!r} is given twice")
        windows = []
        for w in rest.split(","):
            w = w.strip()
            wm = re.fullmatch(r"(\S+?)\s*-\s*(\S+)", w)
            if not wm:
                raise HoursError(part, f"{w!r} is not a window like 09:00-12:00")
            o = _text_time(wm[1], part, closing=False)
            c = _text_time(wm[2], part, closing=True)
            if c == o:
                raise HoursError(part, f"window {w} is empty")
            if c < o:
                if not (o >= 720 and c <= 720):
                    raise HoursError(part, f"window {w} ends before it starts (a window past "
                                           "midnight must open after noon and close before noon)")
                c += 1440
            windows.append((o, c))
        per_day[wd] = windows
    # Overlaps, on a cyclic week (Sunday night runs into Monday).
    spans = []
    for wd, wins in per_day.items():
        for o, c in wins:
            spans.append((wd * 1440 + o, wd * 1440 + c, wd))
            if wd * 1440 + c > 7 * 1440:
                spans.append((0, wd * 1440 + c - 7 * 1440, wd))
    spans.sort()
    for (s1, e1, d1), (s2, e2, d2) in zip(spans, spans[1:]):
        if s2 < e1:
            days = TEXT_DAYS[d1] if d1 == d2 else f"{TEXT_DAYS[d1]} and {TEXT_DAYS[d2]}"
            raise HoursError(text.strip(), f"windows overlap ({days})")
    groups: dict[tuple[int, int], list[int]] = {}
    for wd in sorted(per_day):
        for o, c in per_day[wd]:
            groups.setdefault((o, c % 1440), []).append(wd)
    rules = [
        Rule("WEEKLY", tuple(RFC_DAYS[d] for d in days),
             time(o // 60, o % 60), time(c // 60, c % 60))
        for (o, c), days in groups.items()
    ]
    rules.sort(key=lambda r: (r._days[0][1], _minutes(r.opens_at), _close_minutes(r.opens_at, r.closes_at)))
    return rules


def format_weekly(rules: Iterable[Rule]) -> str:
    """The weekly text form of plain weekly rules; ``parse_weekly`` reads it back.

    Raises :class:`HoursError` for rules the text form cannot hold (MONTHLY, validity or
    recurrence limits, an interval) and for windows ``parse_weekly`` would refuse.
    Descriptions are not written."""
    per_day: dict[int, set[tuple[time, time]]] = {}
    for i, r in enumerate(rules):
        if (r.freq != "WEEKLY" or r.interval != 1 or r.bymonthday or not r._days
                or r.valid_from or r.valid_to or r.dtstart or r.until):
            raise HoursError(f"rule {i + 1}", "only plain weekly rules have a text form")
        for _, wd in r._days:
            per_day.setdefault(wd, set()).add((r.opens_at, r.closes_at))
    parts = []
    for wd in sorted(per_day):
        wins = sorted(per_day[wd], key=lambda w: (_minutes(w[0]), _close_minutes(*w)))
        parts.append(f"{TEXT_DAYS[wd]} " + ",".join(format_window(o, c) for o, c in wins))
    text = "; ".join(parts)
    parse_weekly(text)  # the text form must read back
    return text


def schedule_from_weekly(text: str, *, exceptions: Iterable[DateException] = (),
                         open_on_holidays: bool = False, community_holidays: Iterable[str] = (),
                         closed_school_holidays: str | None = None) -> Schedule:
    """A :class:`Schedule` from the weekly text form (all days 00:00-24:00 -> ``always_open``)."""
    return Schedule(tuple(parse_weekly(text)), tuple(exceptions), False, open_on_holidays,
                    frozenset(community_holidays), closed_school_holidays)


# -- HSDS 3.0 -------------------------------------------------------------------------------

_HSDS_NS = uuid.UUID("6f0b3a52-2f7e-4c55-9a43-6f4d1f1c2e10")
PROFILE_NAME = "einclusie-hours/1"


def _hsds_time(t: time, closing: bool = False) -> str:
    return "23:59" if closing and t == MIDNIGHT else t.strftime("%H:%M")


def to_hsds(schedule: Schedule, service_id: str) -> list[dict[str, Any]]:
    """HSDS 3.0 ``schedule`` rows for a schedule (see the module notes for the mapping).
    The flags go in :func:`hsds_profile`."""
    rows: list[dict[str, Any]] = []
    for r in schedule.rules:
        row: dict[str, Any] = {"service_id": service_id, "freq": r.freq}
        if r.byday:
            row["byday"] = ",".join(r.byday)
        if r.bymonthday:
            row["bymonthday"] = ",".join(str(x) for x in r.bymonthday)
        if r.interval != 1:
            row["interval"] = r.interval
        row["opens_at"] = _hsds_time(r.opens_at)
        row["closes_at"] = _hsds_time(r.closes_at, closing=True)
        for name in ("valid_from", "valid_to", "dtstart", "until"):
            v = getattr(r, name)
            if v is not None:
                row[name] = v.isoformat()
        if r.description:
            row["description"] = r.description
        rows.append(row)
    for e in schedule.exceptions:
        if e.closed:
            row = {"service_id": service_id, "valid_from": e.day.isoformat(),
                   "valid_to": e.day.isoformat(), "description": "closed"}
        else:
            assert e.opens_at is not None and e.closes_at is not None
            row = {"service_id": service_id, "dtstart": e.day.isoformat(),
                   "until": e.day.isoformat(), "opens_at": _hsds_time(e.opens_at),
                   "closes_at": _hsds_time(e.closes_at, closing=True),
                   "description": "extra session"}
        if e.description:
            row["notes"] = e.description
        rows.append(row)
    out = []
    for i, row in enumerate(rows):
        key = json.dumps([service_id, i, row], sort_keys=True, ensure_ascii=False)
        out.append({"id": str(uuid.uuid5(_HSDS_NS, key)), **row})
    return out


def hsds_profile(schedule: Schedule) -> dict[str, Any]:
    """Our flags, which HSDS has no field for, as a separate dict (see the module notes)."""
    return {
        "profile": PROFILE_NAME,
        "time_zone": "Europe/Brussels",
        "always_open": schedule.always_open,
        "open_on_holidays": schedule.open_on_holidays,
        "community_holidays": sorted(schedule.community_holidays),
        "closed_school_holidays": schedule.closed_school_holidays,
    }


def _hsds_in_time(value: Any, where: str, *, closing: bool) -> time:
    if isinstance(value, time):
        t = _as_time(value, where)
    elif isinstance(value, str):
        s = value.strip()
        if re.search(r"(Z|[+-]\d{2}:?\d{2})$", s):
            raise HoursError(where, f"{s!r} has a UTC offset; give Brussels wall-clock time "
                                    "(the offset changes with daylight saving)")
        m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", s)
        if not m:
            raise HoursError(where, f"{s!r} is not a time (HH:MM)")
        h, mi, sec = int(m[1]), int(m[2]), int(m[3] or 0)
        if closing and (h, mi) == (23, 59):
            return MIDNIGHT
        if sec:
            raise HoursError(where, f"time {s} is not on a whole minute")
        t = _as_time(f"{h:02d}:{mi:02d}", where, closing=closing)
    else:
        raise HoursError(where, f"{value!r} is not a time")
    if closing and t == time(23, 59):
        return MIDNIGHT
    return t


def from_hsds(rows: Iterable[Mapping[str, Any]], profile: Mapping[str, Any] | None = None) -> Schedule:
    """A :class:`Schedule` from HSDS 3.0 schedule rows (and our optional profile dict).

    Empty strings count as absent (CSV). Raises :class:`HoursError` naming the row and field."""
    rules: list[Rule] = []
    exceptions: list[DateException] = []
    for i, row in enumerate(rows):
        where = f"row {i + 1}" + (f" (id {row['id']})" if row.get("id") else "")

        def get(key: str) -> Any:
            v = row.get(key)  # noqa: B023 (used within this iteration only)
            return None if v is None or (isinstance(v, str) and not v.strip()) else v

        for key in ("count", "byweekno", "byyearday"):
            if get(key) is not None:
                raise HoursError(f"{where}: {key}", f"{key} is not supported")
        if get("wkst") not in (None, "MO"):
            raise HoursError(f"{where}: wkst", "only weeks starting on Monday are supported")
        if get("timezone") is not None and str(get("timezone")).strip() not in ("1", "2", "1.0", "2.0"):
            raise HoursError(f"{where}: timezone", "only Belgian time (UTC+1/+2) is supported")
        try:
            opens = _hsds_in_time(get("opens_at"), f"{where}: opens_at", closing=False) \
                if get("opens_at") is not None else None
            closes = _hsds_in_time(get("closes_at"), f"{where}: closes_at", closing=True) \
                if get("closes_at") is not None else None
            if (opens is None) != (closes is None):
                raise HoursError(where, "opens_at and closes_at go together")
            note = str(get("notes") or "")
            if get("freq") is None:
                if opens is None:
                    first = _as_date(get("valid_from"), f"{where}: valid_from") or \
                        _as_date(get("dtstart"), f"{where}: dtstart")
                    last = _as_date(get("valid_to"), f"{where}: valid_to") or \
                        _as_date(get("until"), f"{where}: until") or first
                    if first is None or last is None:
                        raise HoursError(where, "a row without freq or times must give the "
                                                "closed date(s) in valid_from/valid_to")
                    if last < first or (last - first).days > 365:
                        raise HoursError(where, f"closed {first}..{last} is not a range of at "
                                                "most 366 days")
                    d = first
                    while d <= last:
                        exceptions.append(DateException(d, description=note))
                        d += timedelta(days=1)
                else:
                    day = _as_date(get("dtstart"), f"{where}: dtstart") or \
                        _as_date(get("valid_from"), f"{where}: valid_from")
                    end = _as_date(get("until"), f"{where}: until") or \
                        _as_date(get("valid_to"), f"{where}: valid_to") or day
                    if day is None or end != day:
                        raise HoursError(where, "a session without freq needs one date "
                                                "(dtstart, and until the same day)")
                    exceptions.append(DateException(day, opens, closes, note))
                continue
            if opens is None or closes is None:
                raise HoursError(where, "opens_at and closes_at are needed")
            interval = get("interval")
            if interval is None:
                interval = 1
            elif isinstance(interval, str) or isinstance(interval, float):
                try:
                    f = float(interval)
                except ValueError:
                    raise HoursError(f"{where}: interval", f"{interval!r} is not a number") from None
                if f != int(f):
                    raise HoursError(f"{where}: interval", f"{interval!r} is not a whole number")
                interval = int(f)
            rules.append(Rule(
                str(get("freq")).strip().upper(), get("byday") or (), opens, closes,
                valid_from=get("valid_from"), valid_to=get("valid_to"),
                dtstart=get("dtstart"), until=get("until"),
                description=str(get("description") or ""), interval=interval,
                bymonthday=get("bymonthday") or ()))
        except HoursError as exc:
            if exc.part.startswith("row "):
                raise
            raise HoursError(f"{where}: {exc.part}", exc.reason) from None
    p = dict(profile or {})
    if p:
        unknown = set(p) - {"profile", "time_zone", "always_open", "open_on_holidays",
                            "community_holidays", "closed_school_holidays"}
        if unknown:
            raise HoursError("profile", f"unknown keys {', '.join(sorted(unknown))}")
        if p.get("profile", PROFILE_NAME) != PROFILE_NAME:
            raise HoursError("profile", f"unknown profile {p.get('profile')!r}")
        if p.get("time_zone", "Europe/Brussels") != "Europe/Brussels":
            raise HoursError("profile", "only Europe/Brussels is supported")
    always = bool(p.get("always_open", False))
    if always and not _covers_247(rules):
        raise HoursError("profile", "always_open, but the rows do not cover every day 00:00-23:59")
    return Schedule(tuple(rules), tuple(exceptions), always,
                    bool(p.get("open_on_holidays", False)),
                    frozenset(p.get("community_holidays") or ()),
                    p.get("closed_school_holidays"))


# -- time conversion ------------------------------------------------------------------------

def _to_utc(when: datetime) -> datetime:
    if not isinstance(when, datetime):
        raise TypeError(f"expected a datetime, not {type(when).__name__}")
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=BRUSSELS)
    return when.astimezone(UTC)


def _local(instant_utc: datetime) -> datetime:
    return instant_utc.astimezone(BRUSSELS)


@lru_cache(maxsize=65536)
def _instant(d: date, t: time) -> datetime:
    """The first instant (UTC) at which the Brussels wall clock shows ``d t`` or later."""
    naive = datetime.combine(d, t)
    u = naive.replace(tzinfo=BRUSSELS).astimezone(UTC)  # fold=0: first occurrence
    if u.astimezone(BRUSSELS).replace(tzinfo=None) == naive:
        return u
    # In the spring-forward gap: find the jump between the two readings.
    lo = naive.replace(tzinfo=BRUSSELS, fold=1).astimezone(UTC)  # shows a time before ``naive``
    lo_s, hi_s = int(lo.timestamp()), int(u.timestamp())
    while hi_s - lo_s > 1:
        mid = (lo_s + hi_s) // 2
        shown = datetime.fromtimestamp(mid, BRUSSELS).replace(tzinfo=None)
        if shown >= naive:
            hi_s = mid
        else:
            lo_s = mid
    return datetime.fromtimestamp(hi_s, UTC)


# -- the engine -----------------------------------------------------------------------------

_CLOSURE_NAMES = {"nl": "Uitzonderlijk gesloten", "fr": "Fermeture exceptionnelle",
                  "en": "Exceptional closure"}


@dataclass(frozen=True)
class _Plan:
    unknown: bool
    reason: str  # why unknown
    windows: tuple[tuple[time, time], ...]
    regular: tuple[tuple[time, time], ...]
    closed_by: Holiday | None


def _sort_windows(ws: Iterable[tuple[time, time]]) -> tuple[tuple[time, time], ...]:
    return tuple(sorted(set(ws), key=lambda w: (_minutes(w[0]), _close_minutes(*w))))


@lru_cache(maxsize=65536)
def _plan(schedule: Schedule, d: date, cal: HolidayCalendar) -> _Plan:
    if schedule.rules and not any(r.valid_on(d) for r in schedule.rules):
        return _Plan(True, "validity", (), (), None)
    school = schedule.closed_school_holidays
    if school and not cal.school_known(d, school):
        return _Plan(True, "school_calendar", (), (), None)
    regular = _sort_windows((r.opens_at, r.closes_at) for r in schedule.rules if r.occurs_on(d))
    todays = [e for e in schedule.exceptions if e.day == d]
    extras = [(e.opens_at, e.closes_at) for e in todays if not e.closed]
    closure = next((e for e in todays if e.closed), None)
    reason: Holiday | None = None
    if closure is not None:
        names = ({k: closure.description for k in ("nl", "fr", "en")} if closure.description
                 else _CLOSURE_NAMES)
        reason = Holiday(d, "closure", names["nl"], names["fr"], names["en"], "closure")
    if reason is None and not schedule.open_on_holidays:
        reason = cal.legal_holiday(d)
    if reason is None and schedule.community_holidays:
        reason = cal.community_day(d, sorted(schedule.community_holidays))
    if reason is None and school:
        reason = cal.school_holiday(d, school)
    windows = _sort_windows([*(() if reason else regular), *extras])  # type: ignore[list-item]
    return _Plan(False, "", windows, regular, reason)


@lru_cache(maxsize=65536)
def _day_intervals(schedule: Schedule, d: date, cal: HolidayCalendar) -> tuple[tuple[datetime, datetime], ...]:
    out = []
    for o, c in _plan(schedule, d, cal).windows:
        start = _instant(d, o)
        end_day = d + timedelta(days=1) if _minutes(c) <= _minutes(o) else d
        end = _instant(end_day, c)
        if end > start:
            out.append((start, end))
    return tuple(out)


def _merge(ivs: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    out: list[list[datetime]] = []
    for s, e in sorted(ivs):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _max_spill(schedule: Schedule, day: date, reason: str) -> int:
    """The latest closing (minutes after midnight of the next day) of a window that could open
    on ``day`` and run past midnight. When ``day`` is unknown only for its school calendar, the
    rules that recur that day and its dated sessions are still certain: only they can spill
    (a Monday-only night window cannot reach into Monday). When no rule holds that day
    (``validity``), any window could."""
    if reason == "validity":
        ws = [(r.opens_at, r.closes_at) for r in schedule.rules]
        ws += [(e.opens_at, e.closes_at) for e in schedule.exceptions if not e.closed]  # type: ignore[misc]
    else:
        ws = [(r.opens_at, r.closes_at) for r in schedule.rules if r.occurs_on(day)]
        ws += [(e.opens_at, e.closes_at) for e in schedule.exceptions  # type: ignore[misc]
               if not e.closed and e.day == day]
    return max((_minutes(c) for o, c in ws if _minutes(c) <= _minutes(o)), default=0)


def _open_at_utc(schedule: Schedule, now: datetime, cal: HolidayCalendar) -> tuple[bool | None, str]:
    if schedule.unknown:
        return None, "no_hours"
    local = _local(now)
    d = local.date()
    prev = d - timedelta(days=1)
    for day in (prev, d):
        if not _plan(schedule, day, cal).unknown:
            for s, e in _day_intervals(schedule, day, cal):
                if s <= now < e:
                    return True, ""
    today = _plan(schedule, d, cal)
    if today.unknown:
        return None, today.reason
    yesterday = _plan(schedule, prev, cal)
    if yesterday.unknown and local.hour * 60 + local.minute < _max_spill(schedule, prev, yesterday.reason):
        return None, yesterday.reason
    return False, ""


def open_at(schedule: Schedule, when: datetime, cal: HolidayCalendar | None = None) -> bool | None:
    """Open at that instant? None when unknown. For filters ("can she go Saturday morning?")."""
    return _open_at_utc(schedule, _to_utc(when), cal or default_calendar())[0]


def open_intervals(schedule: Schedule, start: datetime, end: datetime,
                   cal: HolidayCalendar | None = None) -> list[tuple[datetime, datetime]]:
    """The open stretches (UTC, merged, half-open ``[s, e)``) that overlap ``[start, end)``.
    Unknown days contribute nothing (check :func:`week_table` for them)."""
    cal = cal or default_calendar()
    s_utc, e_utc = _to_utc(start), _to_utc(end)
    d = _local(s_utc).date() - timedelta(days=1)
    last = _local(e_utc).date()
    ivs = []
    while d <= last:
        if not _plan(schedule, d, cal).unknown:
            ivs.extend(_day_intervals(schedule, d, cal))
        d += timedelta(days=1)
    return [(s, e) for s, e in _merge(ivs) if e > s_utc and s < e_utc]


@dataclass(frozen=True)
class Status:
    """The answer for one instant. See the module notes for ``key`` and ``args``.

    ``state``: ``"open"``, ``"closed"`` or ``"unknown"``; ``open_now``: True/False/None.
    ``next_change``: the next opening or closing (aware, UTC), None when none is known within
    the look-ahead (also for ``open_24h``)."""

    state: str
    key: str
    args: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    next_change: datetime | None = None
    open_now: bool | None = None


def _display_close(instant: datetime) -> tuple[date, str]:
    local = _local(instant)
    if local.hour == 0 and local.minute == 0:
        return local.date() - timedelta(days=1), "24:00"
    return local.date(), local.strftime("%H:%M")


def _ceil_minutes(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds() / 60))


def status_at(schedule: Schedule, when: datetime, cal: HolidayCalendar | None = None) -> Status:
    """The status of a schedule at an instant (see the module notes for the keys)."""
    cal = cal or default_calendar()
    now = _to_utc(when)
    state, why = _open_at_utc(schedule, now, cal)
    if state is None:
        return Status("unknown", "unknown", {"reason": why}, None, None)
    d = _local(now).date()
    ivs: list[tuple[datetime, datetime]] = []
    horizon: date | None = None
    for k in range(-1, LOOKAHEAD_DAYS + 1):
        day = d + timedelta(days=k)
        if _plan(schedule, day, cal).unknown:
            if k >= 0:  # today unknown (only reached when open in yesterday's late window)
                horizon = day
                break
            continue
        ivs.extend(_day_intervals(schedule, day, cal))
    ivs = _merge(ivs)
    limit = _instant(horizon or d + timedelta(days=LOOKAHEAD_DAYS + 1), MIDNIGHT)
    if state:
        s, e = next(iv for iv in ivs if iv[0] <= now < iv[1])
        if e >= limit:
            if horizon is None:
                return Status("open", "open_24h", {}, None, True)
            return Status("open", "open_now", {"unknown_from": horizon}, None, True)
        minutes = _ceil_minutes(e - now)
        shown_date, shown_time = _display_close(e)
        if minutes <= CLOSES_SOON_MINUTES:
            return Status("open", "closes_soon", {"minutes": minutes, "time": shown_time}, e, True)
        days = 0 if (shown_date == d or e - now <= timedelta(hours=12)) else (shown_date - d).days
        return Status("open", "open_closes_at", {
            "minutes": minutes, "time": shown_time, "weekday": shown_date.weekday(),
            "date": shown_date, "days": days}, e, True)
    nxt = next((s for s, _ in ivs if s > now), None)
    today = _plan(schedule, d, cal)
    if nxt is not None:
        local = _local(nxt)
        nd = local.date()
        nargs = {"time": local.strftime("%H:%M"), "weekday": nd.weekday(), "date": nd,
                 "days": (nd - d).days}
        if nd == d:
            return Status("closed", "opens_today_at",
                          {"time": nargs["time"], "minutes": _ceil_minutes(nxt - now)}, nxt, False)
        if today.closed_by is not None and today.regular:
            return Status("closed", "closed_holiday", {"holiday": today.closed_by, **nargs}, nxt, False)
        return Status("closed", "next_open", nargs, nxt, False)
    extra: dict[str, Any] = {"days": LOOKAHEAD_DAYS if horizon is None else (horizon - d).days}
    if horizon is not None:
        extra["unknown_from"] = horizon
    if today.closed_by is not None and today.regular:
        return Status("closed", "closed_holiday", {"holiday": today.closed_by, **extra}, None, False)
    return Status("closed", "closed_no_next", extra, None, False)


@dataclass(frozen=True)
class DayRow:
    """One day of :func:`week_table`. ``windows``: the sessions that open that day (closing at
    ``time(0)`` = 24:00; a closing at or before the opening is the next morning). ``holiday``:
    what removed the regular hours that day (legal holiday, community day, school holiday or
    dated closure), None otherwise. ``unknown``: no known hours that day."""

    day: date
    weekday: int
    windows: tuple[tuple[time, time], ...]
    holiday: Holiday | None
    unknown: bool
    is_today: bool = False
    #: The weekly rules' windows that day, before any holiday or closure removed them.
    regular: tuple[tuple[time, time], ...] = ()


def week_table(schedule: Schedule, week_start: date, cal: HolidayCalendar | None = None,
               today: date | None = None) -> list[DayRow]:
    """Seven :class:`DayRow` from ``week_start`` (any weekday); ``today`` sets ``is_today``."""
    cal = cal or default_calendar()
    rows = []
    for k in range(7):
        d = week_start + timedelta(days=k)
        if schedule.unknown:
            rows.append(DayRow(d, d.weekday(), (), None, True, d == today))
            continue
        p = _plan(schedule, d, cal)
        rows.append(DayRow(d, d.weekday(), p.windows, p.closed_by if p.regular else None,
                           p.unknown, d == today, p.regular))
    return rows


def closing_holidays(schedule: Schedule, from_date: date, days: int = 42,
                     cal: HolidayCalendar | None = None) -> list[tuple[date, Holiday]]:
    """The days in ``[from_date, from_date + days)`` on which a holiday (or a dated closure)
    removes hours the site would otherwise keep, with the reason. Unknown days are skipped."""
    cal = cal or default_calendar()
    out = []
    for k in range(days):
        d = from_date + timedelta(days=k)
        p = _plan(schedule, d, cal)
        if not p.unknown and p.closed_by is not None and p.regular:
            out.append((d, p.closed_by))
    return out


# -- sentences ------------------------------------------------------------------------------

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}
_MIDNIGHT_WORD = {"en": "midnight", "nl": "middernacht", "fr": "minuit"}

_T: dict[str, dict[str, tuple[str, str]]] = {
    # key: (plain sentence, phone sentence)
    "en": {
        "open_24h": ("Open 24 hours", "You can call now (24/7)"),
        "open_now": ("Open now", "You can call now"),
        "open_closes_at": ("Open now — closes at {time}", "You can call until {time}"),
        "open_closes_on": ("Open now — closes {day} at {time}", "You can call until {time} {day_on}"),
        "closes_soon": ("Closes in {min} min", "Call now — closes in {min} min"),
        "opens_today_at": ("Opens today at {time}", "Call from {time}"),
        "next_open": ("Next open: {day} at {time}", "Call {day_on} from {time}"),
        "closed_holiday": ("Closed today ({holiday}) — next open {day} at {time}",
                           "No calls today ({holiday}) — call {day_on} from {time}"),
        "closed_holiday_no_next": ("Closed today ({holiday}) — not open in the next {n} days",
                                   "No calls today ({holiday}) — nor in the next {n} days"),
        "closed_holiday_unknown": ("Closed today ({holiday}) — later hours unknown",
                                   "No calls today ({holiday}) — later hours unknown"),
        "closed_no_next": ("Closed — not open in the next {n} days", "No calls in the next {n} days"),
        "closed_unknown_after": ("Closed now — later hours unknown, {call}",
                                 "Not reachable now — later hours unknown"),
        "unknown": ("Opening hours unknown — {call}", "Call hours unknown — {try_call}"),
        "may_have_ended": ("May have ended — {call}", "May have ended — {call}"),
    },
    "nl": {
        "open_24h": ("Dag en nacht open", "Bellen kan nu (24/7)"),
        "open_now": ("Nu open", "Bellen kan nu"),
        "open_closes_at": ("Nu open — sluit om {time}", "Bellen kan tot {time}"),
        "open_closes_on": ("Nu open — sluit {day} om {time}", "Bellen kan tot {day} {time}"),
        "closes_soon": ("Sluit over {min} min", "Nu bellen — sluit over {min} min"),
        "opens_today_at": ("Opent vandaag om {time}", "Bellen kan vanaf {time}"),
        "next_open": ("Weer open: {day} om {time}", "Bellen kan {day} vanaf {time}"),
        "closed_holiday": ("Vandaag gesloten ({holiday}) — weer open {day} om {time}",
                           "Vandaag niet bereikbaar ({holiday}) — bellen kan {day} vanaf {time}"),
        "closed_holiday_no_next": ("Vandaag gesloten ({holiday}) — de komende {n} dagen niet open",
                                   "Vandaag niet bereikbaar ({holiday}) — de komende {n} dagen ook niet"),
        "closed_holiday_unknown": ("Vandaag gesloten ({holiday}) — latere uren onbekend",
                                   "Vandaag niet bereikbaar ({holiday}) — latere uren onbekend"),
        "closed_no_next": ("Gesloten — de komende {n} dagen niet open",
                           "De komende {n} dagen niet bereikbaar"),
        "closed_unknown_after": ("Nu gesloten — latere uren onbekend, {call}",
                                 "Nu niet bereikbaar — latere uren onbekend"),
        "unknown": ("Openingsuren onbekend — {call}", "Bereikbaarheid onbekend — {try_call}"),
        "may_have_ended": ("Mogelijk gestopt — {call}", "Mogelijk gestopt — {call}"),
    },
    "fr": {
        "open_24h": ("Ouvert 24 h/24", "Joignable maintenant (24 h/24)"),
        "open_now": ("Ouvert maintenant", "Joignable maintenant"),
        "open_closes_at": ("Ouvert maintenant — ferme à {time}", "Joignable jusqu'à {time}"),
        "open_closes_on": ("Ouvert maintenant — ferme {day} à {time}", "Joignable jusqu'à {day} {time}"),
        "closes_soon": ("Ferme dans {min} min", "Appelez maintenant — ferme dans {min} min"),
        "opens_today_at": ("Ouvre aujourd'hui à {time}", "Joignable à partir de {time}"),
        "next_open": ("Réouverture {day} à {time}", "Joignable {day} à partir de {time}"),
        "closed_holiday": ("Fermé aujourd'hui ({holiday}) — réouverture {day} à {time}",
                           "Injoignable aujourd'hui ({holiday}) — joignable {day} à partir de {time}"),
        "closed_holiday_no_next": ("Fermé aujourd'hui ({holiday}) — pas d'ouverture dans les {n} prochains jours",
                                   "Injoignable aujourd'hui ({holiday}) et pendant les {n} prochains jours"),
        "closed_holiday_unknown": ("Fermé aujourd'hui ({holiday}) — horaires suivants inconnus",
                                   "Injoignable aujourd'hui ({holiday}) — horaires suivants inconnus"),
        "closed_no_next": ("Fermé — pas d'ouverture dans les {n} prochains jours",
                           "Injoignable pendant les {n} prochains jours"),
        "closed_unknown_after": ("Fermé — horaires suivants inconnus, {call}",
                                 "Injoignable — horaires suivants inconnus"),
        "unknown": ("Horaires inconnus — {call}", "Horaires inconnus — {try_call}"),
        "may_have_ended": ("A peut-être pris fin — {call}", "A peut-être pris fin — {call}"),
    },
}

#: How a staff sentence that asks to call names the way to call (never "call first" alone).
_CALL = {
    "en": {"call": "call first: {phone}", "try_call": "just try calling {phone}",
           "no_phone": "no phone number known", "email": "e-mail: {value}",
           "website": "website: {value}", "organization": "ask {value}"},
    "nl": {"call": "eerst bellen: {phone}", "try_call": "probeer te bellen: {phone}",
           "no_phone": "geen telefoonnummer bekend", "email": "e-mail: {value}",
           "website": "website: {value}", "organization": "vraag het aan {value}"},
    "fr": {"call": "appelez d'abord : {phone}", "try_call": "essayez d'appeler le {phone}",
           "no_phone": "aucun numéro de téléphone connu", "email": "e-mail : {value}",
           "website": "site web : {value}", "organization": "demandez à {value}"},
}


@dataclass(frozen=True)
class Contact:
    """The ways to reach an offer, best first: what a "call first" sentence names."""

    phone: str = ""          # as shown ("078 17 01 70", "1700")
    email: str = ""
    website: str = ""
    organization: str = ""

    def other(self) -> tuple[str, str] | None:
        """(kind, value) of the best way that is not a phone, or None."""
        for kind in ("email", "website", "organization"):
            value = getattr(self, kind)
            if value:
                return kind, value
        return None


def call_words(contact: Contact | None, lang: str, trying: bool = False) -> str:
    """"call first: 078 17 01 70" — or, without a number, "no phone number known; e-mail: …"."""
    words = _CALL[lang]
    contact = contact or Contact()
    if contact.phone:
        return words["try_call" if trying else "call"].format(phone=contact.phone)
    other = contact.other()
    if other is None:
        return words["no_phone"]
    return words["no_phone"] + "; " + words[other[0]].format(value=other[1])


def format_time(hhmm: str, lang: str = "en") -> str:
    """``"17:00"`` as staff read it: en/nl ``17:00``, fr ``17 h`` / ``17 h 30``;
    ``"24:00"`` is midnight / middernacht / minuit."""
    if hhmm == "24:00":
        return _MIDNIGHT_WORD[lang]
    if lang == "fr":
        h, m = int(hhmm[:2]), int(hhmm[3:])
        return f"{h} h" if m == 0 else f"{h} h {m:02d}"
    return hhmm


def _day_words(args: Mapping[str, Any], lang: str) -> tuple[str, str]:
    """(plain, with preposition) words for the day in ``args``: a weekday within 6 days, the
    weekday and date further out."""
    d: date = args["date"]
    wd = _WEEKDAYS[lang][d.weekday()]
    if args.get("days", 0) >= 7:
        month = _MONTHS[lang][d.month - 1]
        wd = f"{wd} {d.day} {month}"
    return wd, (f"on {wd}" if lang == "en" else wd)


def sentence(status: Status, lang: str = "en", phone: bool = False,
             contact: Contact | None = None, may_have_ended: bool = False) -> str:
    """A short plain sentence for staff, in ``"en"``, ``"nl"`` or ``"fr"``; ``phone=True`` uses
    calling words ("You can call until 19:00", "Call from 09:00").

    A sentence that asks to call names the number from ``contact``, or says that no number is
    known and what other way there is ("Opening hours unknown — no phone number known; e-mail:
    …"). An offer that ``may_have_ended`` gets no opening status at all: "May have ended — call
    first: …"."""
    if lang not in _T:
        raise ValueError(f"unknown language {lang!r} (en, nl or fr)")
    t = _T[lang]
    a = status.args
    key = status.key
    fmt: dict[str, Any] = {"call": call_words(contact, lang),
                           "try_call": call_words(contact, lang, trying=True)}
    if may_have_ended:
        return t["may_have_ended"][0].format(**fmt)
    if "time" in a:
        fmt["time"] = format_time(a["time"], lang)
    if "minutes" in a:
        fmt["min"] = a["minutes"]
    if "holiday" in a:
        fmt["holiday"] = a["holiday"].name(lang)
    if "days" in a:
        fmt["n"] = a["days"] if key in ("closed_no_next", "closed_holiday") else LOOKAHEAD_DAYS
    if "date" in a:
        fmt["day"], fmt["day_on"] = _day_words(a, lang)
    if key == "open_closes_at" and a.get("days", 0) > 0:
        key = "open_closes_on"
    elif key == "closed_holiday" and "time" not in a:
        key = "closed_holiday_unknown" if "unknown_from" in a else "closed_holiday_no_next"
    elif key == "closed_no_next" and "unknown_from" in a:
        key = "closed_unknown_after"
    if key not in t:
        raise ValueError(f"unknown status key {status.key!r}")
    return t[key][1 if phone else 0].format(**fmt)
