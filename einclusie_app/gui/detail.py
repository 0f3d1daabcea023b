"""The detail pane: the answer for the selected record first, then its sources.

The worker must answer "where, when, how to get in, what to bring, what it costs" without
scrolling (at 1366×768): the pane shows the name, what the search did (a partial match), any
warning and the status now; then the known facts in that order, the next seven days from today
as "when"; everything not known said in one line ("Not known: phone, e-mail"); and only then
the description, topics, last check and sources.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QTextBrowser

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the catalogue is opened after the first paint
    from ..core.catalogue import ServiceView
from ..core.where import where_facts
from .i18n import ui_language
from .labels import (
    access_label, kind_label, language_label, quoted, status_label, to_bring_label, weekday_long,
)


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
        self.show_message(self.tr("Choose a result to see everything about it."))

    def show_message(self, text: str) -> None:
        """A sentence instead of a record (nothing found, a place not understood)."""
        self.setHtml("<p>" + _e(text) + "</p>")

    def show_service(self, view: ServiceView, when: dt.datetime | None = None, schedule=None,
                     opening=None, hit=None) -> None:
        self.setHtml(self.render(view, when, schedule, opening, hit))

    def render(self, view: ServiceView, when: dt.datetime | None = None, schedule=None,
               opening=None, hit=None) -> str:
        today = when.date() if when else None
        r = view.record
        parts = [f"<h3 style='margin-bottom:2px'>{_e(r.name)}</h3>"]
        parts.append("<p style='margin-top:0'><b>" + _e(", ".join(kind_label(k) for k in r.kinds))
                     + "</b>" + (f" — {_e(r.organization)}" if r.organization else "") + "</p>")
        notices = []
        if hit is not None and hit.missing:
            notices.append("◐ " + _e(self.tr("A partial match: the words %1 are not in this "
                                              "record.").replace(
                "%1", ", ".join(quoted(w) for w in hit.missing))))
        if view.is_local:
            notices.append("✎ " + _e(self.tr(
                "Local record: added or corrected by this municipality (not in the shipped "
                "catalogue, or different from it).")))
        if r.alert:
            notices.append("<span style='background:#fff3cd'>⚠ <b>" + _e(self.tr("Warning:"))
                           + "</b> " + _e(r.alert) + "</span>")
        if r.status != "active":
            notices.append("⚠ <b>" + _e(self.tr("Status: %1").replace("%1", status_label(r.status)))
                           + "</b>")
        if view.is_stale(today):
            checked = r.assured_date or self.tr("unknown")
            notices.append("<span style='color:#8a1c1c'><b>⚠ " + _e(self.tr(
                "Last checked %1 — more than 12 months ago or unknown. Call first.").replace(
                "%1", checked)) + "</b></span>")
        parts += [f"<p style='margin:2px 0'>{n}</p>" for n in notices]
        if self.staff_note is not None:   # open counter flags, for staff only (gui/flag.py)
            parts.append(self.staff_note(r.id))
        if opening is not None:
            parts.append("<p style='font-size:large; margin:4px 0'><b>"
                         + _e(opening.sentence(ui_language())) + "</b></p>")

        known: list[tuple[str, str]] = []
        unknown: list[str] = []

        def fact(label: str, value: str, missing: str | None = None) -> None:
            if value:
                known.append((label, value))
            else:
                unknown.append(missing or label.lower())

        where = []
        facts = where_facts(view)
        for loc in facts.locations:
            name = f"{_e(loc.name)}: " if loc.name else ""
            if loc.street_known:
                where.append(name + _e(f"{loc.street_line}, {loc.place_line}"))
            else:
                where.append(name + _e(self.tr("street not known — in %1").replace(
                    "%1", loc.place_line)))
        if facts.areas:
            from .labels import area_label

            where.append(_e(self.tr("serves: %1").replace(
                "%1", ", ".join(area_label(a) for a in facts.areas))))
        fact(self.tr("Where"), "<br>".join(where), self.tr("address"))
        phones = [f"<b style='font-size:large'>{_e(p.display)}</b>"
                  + (f" ({_e(p.description)})" if p.description else "") for p in view.phones]
        fact(self.tr("Phone"), "<br>".join(phones), self.tr("phone"))
        week = self._week(schedule, today) if schedule is not None and today else ""
        if r.hours_text:
            said = "<small>" + _e(self.tr("The source says: %1").replace("%1", r.hours_text)) \
                + "</small>"
            week = week + ("<br>" if week else "") + said
        fact(self.tr("When"), week, self.tr("hours"))
        fact(self.tr("How to get in"), _e(", ".join(access_label(a) for a in r.access)),
             self.tr("how to get in"))
        fact(self.tr("What to bring"), _e(", ".join(to_bring_label(b) for b in r.to_bring)),
             self.tr("what to bring"))
        cost = self.tr("free") if r.is_free else r.cost
        fact(self.tr("Cost"), _e(cost), self.tr("cost"))
        fact(self.tr("Website"), _e(r.website), self.tr("website"))
        fact(self.tr("E-mail"), _e(r.email), self.tr("e-mail"))
        ui = ui_language()
        fact(self.tr("Languages"), _e(", ".join(language_label(c, ui) for c in r.languages)),
             self.tr("languages"))
        fact(self.tr("For whom"), _e(r.audience), self.tr("for whom"))
        parts.append("<table cellspacing='0' cellpadding='2'>")
        for label, value in known:
            parts.append(f"<tr><td valign='top'><b>{_e(label)}</b>&nbsp;</td><td>{value}</td></tr>")
        parts.append("</table>")
        if unknown:
            parts.append("<p style='color:#444444'><i>" + _e(self.tr("Not known: %1.").replace(
                "%1", ", ".join(unknown))) + "</i></p>")
        if r.description:
            parts.append(f"<p>{_e(r.description)}</p>")
        rows = []
        if r.topics:
            rows.append((self.tr("Topics"), _e("; ".join(r.topics))))
        checked = _e(r.assured_date) or "<i>" + _e(self.tr("not known")) + "</i>"
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
        rows.append((self.tr("Sources"), "<br>".join(sources)
                     or "<i>" + _e(self.tr("not known")) + "</i>"))
        parts.append("<table cellspacing='0' cellpadding='2'>")
        for label, value in rows:
            parts.append(f"<tr><td valign='top'><b>{_e(label)}</b>&nbsp;</td><td>{value}</td></tr>")
        parts.append("</table>")
        record_id = self.tr("Record id: %1").replace("%1", r.id)
        parts.append(f"<p><small>{_e(record_id)}</small></p>")
        return "".join(parts)

    def _week(self, schedule, today: dt.date) -> str:
        """The next seven days from today (today marked: bold, ▶, shaded), and the holidays
        ahead that close it; "" when the hours are not known as a weekly schedule."""
        from ..core.opening import upcoming_closures, window_text
        from ..core.phrasebook import next_days

        if schedule.unknown:
            return ""
        if schedule.always_open:
            return _e(self.tr("day and night, every day"))
        lang = ui_language()
        rows = ["<table cellspacing='0' cellpadding='0'>"]
        for row in next_days(schedule, today):
            if row.holiday is not None:
                times = self.tr("closed (%1)").replace("%1", row.holiday.name(lang))
            elif row.unknown:
                times = self.tr("not known")
            else:
                times = window_text(row.windows) or self.tr("closed")
            day = f"{weekday_long(row.weekday)} {row.day:%d-%m}"
            if row.is_today:
                rows.append("<tr style='background:#dde8f6'><td><b>▶ " + _e(day) + " ("
                            + _e(self.tr("today")) + ")</b>&nbsp;&nbsp;</td><td><b>" + _e(times)
                            + "</b></td></tr>")
            else:
                rows.append(f"<tr><td>&nbsp;&nbsp;&nbsp;{_e(day)}&nbsp;&nbsp;</td>"
                            f"<td>{_e(times)}</td></tr>")
        rows.append("</table>")
        closures = [(d, h) for d, h in upcoming_closures(schedule, today)
                    if (d - today).days >= 7]
        if closures:
            rows.append("<small>" + _e(self.tr("Also closed on: %1").replace("%1", "; ".join(
                f"{d:%d-%m-%Y} {h.name(lang)}" for d, h in closures[:3]))) + "</small>")
        return "".join(rows)
