"""One record for staff, as plain text or JSON (``einclusie show``).

Plain English labels for maintainers and support staff; the window has its own translated
detail pane. Every field appears, empty ones as "not known", so a maintainer sees what to fill.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .catalogue import ServiceView
from .where import where_facts

UNKNOWN = "not known"


def where_lines(view: ServiceView) -> list[str]:
    """Addresses, honest about what is missing (the facts: core/where.py), in English."""
    facts = where_facts(view)
    lines = []
    for loc in facts.locations:
        label = f"{loc.name}: " if loc.name else ""
        if loc.street_known:
            lines.append(f"{label}{loc.street_line}, {loc.place_line}")
        else:
            lines.append(f"{label}address not known — in {loc.place_line}")
    if facts.areas:
        lines.append("serves: " + ", ".join(facts.areas))
    if not facts.known:
        lines.append("no address and no service area known")
    return lines


def checked_line(view: ServiceView, today: dt.date | None = None) -> str:
    text = view.record.assured_date or "unknown"
    if view.is_stale(today):
        return f"{text} — older than 12 months or unknown: call first"
    return text


def service_text(view: ServiceView, today: dt.date | None = None) -> str:
    r = view.record
    rows: list[tuple[str, str]] = [
        ("id", r.id + (f" (also: {', '.join(r.aliases)})" if r.aliases else "")),
        ("name", r.name),
        ("kind", ", ".join(r.kinds)),
        ("organisation", r.organization or UNKNOWN),
        ("status", r.status),
    ]
    if r.alert:
        rows.append(("WARNING", r.alert))
    rows.append(("description", r.description or UNKNOWN))
    for i, line in enumerate(where_lines(view)):
        rows.append(("where" if i == 0 else "", line))
    phones = [p.display + (f" ({p.description})" if p.description else "") for p in view.phones]
    rows += [
        ("phone", "; ".join(phones) or UNKNOWN),
        ("e-mail", r.email or UNKNOWN),
        ("website", r.website or UNKNOWN),
        ("hours", r.hours_text or UNKNOWN),
        ("weekly hours", r.hours or UNKNOWN),
        ("languages", ", ".join(r.languages) or UNKNOWN),
        ("cost", r.cost or UNKNOWN),
        ("how to get in", ", ".join(r.access) or UNKNOWN),
        ("what to bring", ", ".join(r.to_bring) or UNKNOWN),
        ("for whom", r.audience or UNKNOWN),
        ("topics", "; ".join(r.topics) or UNKNOWN),
        ("last checked", checked_line(view, today)),
    ]
    for i, s in enumerate(r.sources, 1):
        rows.append((f"source {i}", f"{s.url} ({s.date or 'undated'}, {s.confidence})"))
        if s.notes:
            rows.append(("", s.notes))
    width = max(len(k) for k, _ in rows)
    return "".join(f"{k.ljust(width)}  {v}\n" for k, v in rows)


DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def hours_text(schedule, opening, when: dt.datetime) -> str:
    """The week at a glance (today marked) and the status at ``when``."""
    from .opening import upcoming_closures, week_of, window_text

    today = when.date()
    lines = [f"\nstatus at {when:%Y-%m-%d %H:%M}: {opening.sentence('en')}\n"]
    if schedule.unknown:
        lines.append("week: opening hours not known — call first\n")
        return "".join(lines)
    lines.append("week:\n")
    for row in week_of(schedule, today):
        mark = "▶" if row.is_today else " "
        if row.holiday is not None:
            times = f"closed ({row.holiday.name('en')})"
        elif row.unknown:
            times = "not known"
        else:
            times = window_text(row.windows) or "closed"
        lines.append(f" {mark} {DAY_NAMES[row.weekday]:<9} {row.day:%d-%m}  {times}\n")
    closures = upcoming_closures(schedule, today)
    if closures:
        lines.append("closed on: " + "; ".join(
            f"{d:%d-%m-%Y} {h.name('en')}" for d, h in closures) + "\n")
    return "".join(lines)


def service_json(view: ServiceView, today: dt.date | None = None) -> dict[str, Any]:
    data = view.record.to_dict()
    data["locations"] = [
        {**loc.__dict__, "approximate": loc.approximate} for loc in view.locations]
    data["phones"] = [p.__dict__ for p in view.phones]
    data["service_area_labels"] = [a.label for a in view.areas]
    data["topic_codes"] = list(view.topics)
    data["stale"] = view.is_stale(today)
    return data
