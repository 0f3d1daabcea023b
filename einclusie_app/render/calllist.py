"""The call list of a check round: one A4 sheet (or more) for the maintainer's phone round.

Per record (core/checkround.py ``CallEntry``): its name and organisation, the phone numbers in
large digits, e-mail and website, what the catalogue says (addresses, the areas it serves, the
weekly hours, the hours as the source gave them, how to get in, the cost, the last check), what
counters reported ("this is not right"), and boxes to tick — still right / changed / ended —
with how it was checked, the date and room for a note. It is a tool for the phone: what is
ticked is then entered in the window's check round.

Laid out as a QTextDocument and painted through the handout's painter (render/handout.py
``paint`` and ``save_pdf``: A4, its margins, a QPdfWriter); no widget, so the command line
renders it headless. A record is never cut by a page break. Nothing is said by colour alone. The words are
the staff's (Qt translation, context ``CallList``); the codes (how to get in, weekdays) are
worded by the caller's :class:`Words` (the window passes its own labels; the command line
English).
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from .fonts import client_font, register_fonts
from .handout import MARGIN_MM, PAGE_PX, save_pdf

BODY_PT = 9.0
NAME_PT = 12.0
PHONE_PT = 13.0

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _english_access(code: str) -> str:
    return {"walk_in": "walk in", "appointment": "by appointment",
            "referral": "only via a social worker or organisation", "phone": "by phone",
            "online": "online", "home_visit": "home visit"}.get(code, code)


def _english_reason(code: str) -> str:
    return {"no_answer": "the number does not answer", "moved": "it has moved",
            "ended": "it is closed or has ended", "hours": "the hours are wrong",
            "other": "something else"}.get(code, code)


@dataclass(frozen=True)
class Words:
    """How the codes are worded: ``access(code)``, ``weekday(0-6)``, ``reason(flag reason)``
    (default: English, for the command line; the window passes its translated labels)."""

    access: Callable[[str], str] = _english_access
    weekday: Callable[[int], str] = field(default=lambda i: _WEEKDAYS[i])
    reason: Callable[[str], str] = _english_reason


@dataclass(frozen=True)
class CallList:
    """What one call list shows: the entries, in order, for whom and when."""

    entries: tuple
    when: dt.datetime
    region: str = ""            # "Beernem and 8 municipalities within 10 km", "" = everywhere
    counter: str = ""
    progress: str = ""          # "12 of 40 checked"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _texts() -> dict[str, str]:
    """The call list's words, in the staff's language (Qt translation, context CallList)."""
    return {
        "not_known": QCoreApplication.translate("CallList", "not known"),
        "serves": QCoreApplication.translate("CallList", "serves: %1"),
        "address": QCoreApplication.translate("CallList", "Address"),
        "hours": QCoreApplication.translate("CallList", "Hours"),
        "hours_text": QCoreApplication.translate("CallList", "Hours as the source gave them"),
        "access": QCoreApplication.translate("CallList", "How to get in"),
        "cost": QCoreApplication.translate("CallList", "Cost"),
        "checked": QCoreApplication.translate("CallList", "Last checked"),
        "never": QCoreApplication.translate("CallList", "never"),
        "no_phone": QCoreApplication.translate("CallList", "No phone number known."),
        "email": QCoreApplication.translate("CallList", "E-mail: %1"),
        "website": QCoreApplication.translate("CallList", "Website: %1"),
        "reported": QCoreApplication.translate("CallList", "Reported at a counter: %1"),
        "still_right": QCoreApplication.translate("CallList", "still right"),
        "changed": QCoreApplication.translate("CallList", "changed"),
        "ended": QCoreApplication.translate("CallList", "ended"),
        "date": QCoreApplication.translate("CallList", "Date:"),
        "how": QCoreApplication.translate("CallList", "How:"),
        "phone": QCoreApplication.translate("CallList", "phone"),
        "visit": QCoreApplication.translate("CallList", "visit"),
        "web": QCoreApplication.translate("CallList", "web page"),
        "mail": QCoreApplication.translate("CallList", "e-mail"),
        "note": QCoreApplication.translate("CallList", "Note:"),
        "title": QCoreApplication.translate("CallList", "Check round: call list"),
        "everywhere": QCoreApplication.translate("CallList", "the whole catalogue"),
        "printed": QCoreApplication.translate("CallList", "printed %1"),
        "how_to": QCoreApplication.translate(
            "CallList", "Call each number, check what the catalogue says, tick one box and "
            "write the date; then enter it in the check round of the Wegwijzer (Maintainer "
            "menu). Write nothing about clients."),
        "nothing": QCoreApplication.translate("CallList", "Nothing to check."),
    }


def _box(label: str) -> str:
    """A square to tick by hand, then its label."""
    return ("<td><table border='1' cellspacing='0' cellpadding='0' style='border-color:#000'>"
            "<tr><td width='11' height='9'>&nbsp;</td></tr></table></td>"
            f"<td>&nbsp;{_e(label)}&nbsp;&nbsp;&nbsp;</td>")


def _record(entry, words: Words, t: dict[str, str]) -> str:
    rows: list[tuple[str, str]] = []
    unknown = "<i>" + _e(t["not_known"]) + "</i>"
    where = [_e(a) for a in entry.addresses]
    if entry.areas:
        where.append(_e(t["serves"].replace("%1", ", ".join(entry.areas))))
    rows.append((t["address"], "<br>".join(where) or unknown))
    week = "; ".join(f"{words.weekday(d)} {times.replace('-', '–')}" for d, times in entry.week)
    rows.append((t["hours"], _e(week) or unknown))
    if entry.hours_text:
        rows.append((t["hours_text"], _e(entry.hours_text)))
    rows.append((t["access"], _e(", ".join(words.access(a) for a in entry.access)) or unknown))
    rows.append((t["cost"], _e(entry.cost) or unknown))
    rows.append((t["checked"], _e(entry.assured_date) or _e(t["never"])))
    phones = " &nbsp; ".join(
        f"<span style='font-size:{PHONE_PT}pt; font-weight:bold'>"
        f"{_e(number).replace(' ', '&nbsp;')}</span>"
        + (f" ({_e(desc)})" if desc else "") for number, desc in entry.phones)
    contact = [phones or ("<b>" + _e(t["no_phone"]) + "</b>")]
    if entry.email:
        contact.append(_e(t["email"].replace("%1", entry.email)))
    if entry.website:
        contact.append(_e(t["website"].replace("%1", entry.website)))
    title = f"<b style='font-size:{NAME_PT}pt'>{_e(entry.name)}</b>"
    if entry.organization:
        title += f" — {_e(entry.organization)}"
    flags = ""
    if entry.flags:
        said = "; ".join(
            words.reason(f.reason) + (f" “{f.text}”" if f.text else "")
            + f" ({f.counter}, {f.on})" for f in entry.flags)
        flags = "<p><b>" + _e(t["reported"].replace("%1", said)) + "</b></p>"
    facts = "".join(f"<tr><td valign='top' width='24%'><b>{_e(label)}</b></td>"
                    f"<td>{value}</td></tr>" for label, value in rows)
    line = "_" * 80
    ticks = ("<table cellspacing='0' cellpadding='1'><tr>"
             + _box(t["still_right"]) + _box(t["changed"]) + _box(t["ended"])
             + f"<td>&nbsp;&nbsp;{_e(t['date'])} ____________</td></tr></table>"
             "<table cellspacing='0' cellpadding='1'><tr>"
             f"<td>{_e(t['how'])}&nbsp;</td>"
             + _box(t["phone"]) + _box(t["visit"]) + _box(t["web"]) + _box(t["mail"])
             + f"</tr></table><p>{_e(t['note'])} {line}</p>")
    return ("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
            "style='margin-top:3px'>"
            f"<tr><td><p>{title}</p>{flags}<p>{' &nbsp;·&nbsp; '.join(contact)}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='1'>{facts}</table>"
            f"{ticks}</td></tr></table>")


def _header(call: CallList, t: dict[str, str], page: int = 1) -> str:
    if page > 1:
        return f"<p><b>{_e(t['title'])}</b> ({page})</p>"
    lines = [f"<p style='font-size:{NAME_PT + 2}pt'><b>{_e(t['title'])}</b></p>"]
    facts = [call.region or t["everywhere"],
             t["printed"].replace("%1", call.when.strftime("%d-%m-%Y %H:%M"))]
    if call.counter:
        facts.insert(0, call.counter)
    if call.progress:
        facts.append(call.progress)
    lines.append("<p>" + _e(" · ".join(facts)) + "</p>")
    lines.append("<p><small>" + _e(t["how_to"]) + "</small></p>")
    return "".join(lines)


def _layout(call: CallList, words: Words, breaks: set[int]) -> QTextDocument:
    t = _texts()
    doc = QTextDocument()
    doc.setDefaultStyleSheet("p { margin-top: 0px; margin-bottom: 1px; }")
    doc.setDocumentMargin(0)
    doc.setPageSize(PAGE_PX)
    doc.setDefaultFont(client_font(BODY_PT))
    parts = [_header(call, t)]
    page = 1
    for i, entry in enumerate(call.entries):
        if i in breaks:
            page += 1
            parts.append(f"<p style='page-break-before:always'></p>{_header(call, t, page)}")
        parts.append(_record(entry, words, t))
    if not call.entries:
        parts.append("<p>" + _e(t["nothing"]) + "</p>")
    doc.setHtml("".join(parts))
    return doc


def _across(doc: QTextDocument, breaks: set[int]) -> int | None:
    """The first record that crosses a page boundary and does not start a page yet."""
    from PySide6.QtGui import QTextTable

    layout = doc.documentLayout()
    height = PAGE_PX.height()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for i, table in enumerate(tables):
        rect = layout.frameBoundingRect(table)
        if int(rect.top() // height) != int((rect.bottom() - 1) // height):
            if i in breaks or i == 0:
                continue
            return i
    return None


def calllist_document(call: CallList, words: Words | None = None) -> QTextDocument:
    """The call list laid out on A4; a record that would cross a page starts a new page."""
    register_fonts()
    words = words or Words()
    breaks: set[int] = set()
    while True:
        doc = _layout(call, words, breaks)
        moved = _across(doc, breaks)
        if moved is None:
            return doc
        breaks.add(moved)


def write_pdf(call: CallList, path: Path, words: Words | None = None) -> int:
    """Render the call list to a PDF file (written whole or not at all, through the handout's
    painter); returns the number of pages."""
    return save_pdf(calllist_document(call, words), Path(path), _texts()["title"])


__all__ = ["CallList", "Words", "calllist_document", "write_pdf", "MARGIN_MM"]
