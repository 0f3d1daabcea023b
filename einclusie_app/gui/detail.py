"""The detail pane: every field of the selected record, with its source and last-checked date."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QTextBrowser

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the catalogue is opened after the first paint
    from ..core.catalogue import ServiceView
from ..core.where import where_facts
from .i18n import ui_language
from .labels import access_label, kind_label, status_label, to_bring_label, weekday_long


def _e(text: str) -> str:
    return html.escape(text, quote=True)


class DetailPane(QTextBrowser):
    #: ``staff_note(record_id)``: HTML for staff only, shown under the name (gui/flag.py sets
    #: it: the record's open flags).
    staff_note = None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)  # never open a browser: counters are offline
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Details of the selected help"))
        self.show_empty()

    def show_empty(self) -> None:
        self.setHtml("<p>" + _e(self.tr("Choose a result to see everything about it.")) + "</p>")

    def show_service(self, view: ServiceView, when: dt.datetime | None = None, schedule=None,
                     opening=None) -> None:
        self.setHtml(self.render(view, when, schedule, opening))

    def render(self, view: ServiceView, when: dt.datetime | None = None, schedule=None,
               opening=None) -> str:
        today = when.date() if when else None
        r = view.record
        unknown = "<i>" + _e(self.tr("not known")) + "</i>"
        parts = [f"<h2>{_e(r.name)}</h2>"]
        parts.append("<p><b>" + _e(", ".join(kind_label(k) for k in r.kinds)) + "</b>"
                     + (f" — {_e(r.organization)}" if r.organization else "") + "</p>")
        if view.is_local:
            parts.append("<p><b>✎ " + _e(self.tr(
                "Local record: added or corrected by this municipality (not in the shipped "
                "catalogue, or different from it).")) + "</b></p>")
        if self.staff_note is not None:
            parts.append(self.staff_note(r.id))
        if r.alert:
            parts.append("<p style='background:#fff3cd; padding:4px'><b>⚠ "
                         + _e(self.tr("Warning:")) + "</b> " + _e(r.alert) + "</p>")
        if r.status != "active":
            parts.append("<p><b>⚠ " + _e(self.tr("Status: %1").replace("%1", status_label(r.status)))
                         + "</b></p>")
        if view.is_stale(today):
            checked = r.assured_date or self.tr("unknown")
            parts.append("<p style='color:#8a1c1c'><b>⚠ " + _e(self.tr(
                "Last checked %1 — more than 12 months ago or unknown. Call first.").replace(
                "%1", checked)) + "</b></p>")
        if r.description:
            parts.append(f"<p>{_e(r.description)}</p>")
        if opening is not None:
            parts.append("<p style='font-size:large'><b>" + _e(opening.sentence(ui_language()))
                         + "</b></p>")
        if schedule is not None and when is not None:
            parts.append(self._week(schedule, when.date()))

        rows: list[tuple[str, str]] = []
        where = []
        facts = where_facts(view)
        for loc in facts.locations:
            name = f"{_e(loc.name)}: " if loc.name else ""
            if loc.street_known:
                where.append(name + _e(f"{loc.street_line}, {loc.place_line}"))
            else:
                where.append(name + _e(self.tr("address not known — in %1").replace(
                    "%1", loc.place_line)))
        if facts.areas:
            where.append(_e(self.tr("serves: %1").replace("%1", ", ".join(facts.areas))))
        rows.append((self.tr("Address"), "<br>".join(where) or unknown))
        phones = [f"<b style='font-size:large'>{_e(p.display)}</b>"
                  + (f" ({_e(p.description)})" if p.description else "") for p in view.phones]
        rows.append((self.tr("Phone"), "<br>".join(phones) or unknown))
        rows.append((self.tr("Website"), _e(r.website) or unknown))
        rows.append((self.tr("E-mail"), _e(r.email) or unknown))
        rows.append((self.tr("Hours (as the source gave them)"), _e(r.hours_text) or unknown))
        rows.append((self.tr("Languages"), _e(", ".join(r.languages)) or unknown))
        cost = self.tr("free") if r.is_free else r.cost
        rows.append((self.tr("Cost"), _e(cost) or unknown))
        rows.append((self.tr("How to get in"),
                     _e(", ".join(access_label(a) for a in r.access)) or unknown))
        rows.append((self.tr("What to bring"),
                     _e(", ".join(to_bring_label(b) for b in r.to_bring)) or unknown))
        rows.append((self.tr("For whom"), _e(r.audience) or unknown))
        rows.append((self.tr("Topics"), _e("; ".join(r.topics)) or unknown))
        checked = _e(r.assured_date) or unknown
        if view.is_stale(today):
            checked += " <b>⚠ " + _e(self.tr("(old)")) + "</b>"
        rows.append((self.tr("Last checked"), checked))
        sources = []
        for s in r.sources:
            line = _e(s.url) + " — " + _e(s.date or self.tr("undated"))
            if s.confidence != "high":
                line += " — " + _e(self.tr("partly inferred"))
            if s.notes:
                line += f"<br><small>{_e(s.notes)}</small>"
            sources.append(line)
        rows.append((self.tr("Sources"), "<br>".join(sources) or unknown))
        parts.append("<table cellspacing='0' cellpadding='3'>")
        for label, value in rows:
            parts.append(f"<tr><td valign='top'><b>{_e(label)}</b></td><td>{value}</td></tr>")
        parts.append("</table>")
        record_id = self.tr("Record id: %1").replace("%1", r.id)
        parts.append(f"<p><small>{_e(record_id)}</small></p>")
        return "".join(parts)

    def _week(self, schedule, today: dt.date) -> str:
        """The week as a table, today highlighted (bold, marked, shaded), and closing holidays."""
        from ..core.opening import upcoming_closures, week_of, window_text

        if schedule.unknown:
            return "<p>" + _e(self.tr("Opening hours not known as a weekly schedule: call first.")) + "</p>"
        lang = ui_language()
        rows = ["<table cellspacing='0' cellpadding='2'>"]
        for row in week_of(schedule, today):
            if row.holiday is not None:
                times = self.tr("closed (%1)").replace("%1", row.holiday.name(lang))
            elif row.unknown:
                times = self.tr("not known")
            else:
                times = window_text(row.windows) or self.tr("closed")
            day = f"{weekday_long(row.weekday)} {row.day:%d-%m}"
            if row.is_today:
                rows.append("<tr style='background:#dde8f6'><td><b>▶ " + _e(day) + " ("
                            + _e(self.tr("today")) + ")</b></td><td><b>" + _e(times)
                            + "</b></td></tr>")
            else:
                rows.append(f"<tr><td>&nbsp;&nbsp;{_e(day)}</td><td>{_e(times)}</td></tr>")
        rows.append("</table>")
        closures = upcoming_closures(schedule, today)
        if closures:
            rows.append("<p>" + _e(self.tr("Closed on: %1").replace("%1", "; ".join(
                f"{d:%d-%m-%Y} {h.name(lang)}" for d, h in closures))) + "</p>")
        return "".join(rows)
