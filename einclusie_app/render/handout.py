"""The page the client takes home: each fact in their language and in Dutch, printed or PDF.

Three records on one A4 page in every client language (six on two pages), laid out as a
QTextDocument and painted onto a QPrinter (the print dialog) or a QPdfWriter ("Save as PDF",
``einclusie handout``). No widget is involved, so the command line renders it headless.

The type does not shrink to make things fit: the body is :data:`BODY_PT`, and what the client
looks for first is larger — the record's name (:data:`NAME_PT`), the phone number
(:data:`PHONE_PT`) and "when" (the status line, :data:`WHEN_PT`). The room comes from the
design instead:

- what is never translated (phone, address, website, e-mail) is printed once, not in both
  columns, with its pictogram and without a label;
- the week is one line per group of days with the same hours ("Monday–Friday: 09:00–12:00"),
  the holidays ahead that close it one more line; what to bring is one line;
- "last checked", "may be old" and the number to call first share one line;
- QR captions are in the client's language only (the Dutch is for the staff at the place).

Per record: kind pictogram and name, what it is (and for a helpline, what the line is for), a
clear warning when the offer may have ended, the status at printing time, the phone in large
digits, the hours, the address, cost, how to get in, what to bring, languages, the check date,
and QR codes (always standard QR, never Micro QR) to call, to open the website and to find the
address. Bilingual pages put the client's language and Dutch side by side; for a right-to-left
language the whole page is mirrored (pictograms, columns, QR codes and the footer), and every
name, number and date inside the client's text is isolated so it stays next to its own words.
A Dutch-reading client gets one language.

A record is never cut by a page break: after layout, a record that would cross a page boundary
starts a new page (three records fit on one — tested with the catalogue's three longest in every
language; a fourth starts page two, which repeats the counter's name). The counter's name and
the print date open the page; boxes to write an appointment by hand (with the pictograms'
credit) close it. A draft translation says so at the top. Nothing is said by colour alone, so a black-and-white printer
loses nothing. Fonts: the bundled Noto fonts, embedded in the PDF.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPdfWriter, QTextDocument

from ..core.handout import DUTCH, MAX_RECORDS, PER_PAGE, qr_codes
from ..core.opening import day_span, week_groups, window_text
from ..core.phrasebook import Phrasebook, lines_for, next_days, phrasebook
from .fonts import register_fonts
from .pictograms import pictogram_image
from .qr import qr_image

#: Type sizes in points. Nothing is shrunk to fit: room is found by design (see above).
BODY_PT = 9.0
WHEN_PT = 11.0
NAME_PT = 14.0
PHONE_PT = 16.0
MARGIN_MM = 8
#: The printable part of A4 in the document's units (1/96 inch): laid out before painting, so
#: the page count is known and the same on paper and in the PDF.
PAGE_PX = QSizeF((210 - 2 * MARGIN_MM) / 25.4 * 96, (297 - 2 * MARGIN_MM) / 25.4 * 96)
PICTO_PX = 15
QR_PX = 62
#: Noto Sans Arabic asks for lines 1.55 times as tall as Noto Sans (25 px against 16 px at 9 pt,
#: room for stacked marks the client texts do not use): its lines get 72 % of that, 18 px —
#: still a looser line than the Latin text's.
RTL_LINE_FACTOR = 0.72
RTL_LINE = f"line-height:{round(RTL_LINE_FACTOR * 100)}%;"
#: Client lines that ask to call, and the line after them that names the number or the contact.
_CONTACT_KEYS = {"call_first", "no_phone", "no_phone_email", "no_phone_website", "no_phone_org"}
_STATUS_KEYS = {"status", "hours_unknown", "call_hours_unknown"}


class HandoutError(ValueError):
    """Nothing to print, too much to print, or an unknown record or language."""


@dataclass(frozen=True)
class HandoutRequest:
    ids: tuple[str, ...]
    lang: str
    when: dt.datetime
    counter: str = ""        # the counter's name, from the site settings
    logo: Path | None = None


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _gap(cells: list[str]) -> list[str]:
    """A little room between the two languages' columns, so they never touch."""
    return [cells[0].replace("<td ", "<td style='padding-right:4px' ", 1)] + cells[1:]


@dataclass
class _Fact:
    """One row of a record: a pictogram and the fact in the client's language and in Dutch."""

    key: str
    picto: str | None
    client: str
    dutch: str
    style: str = ""
    neutral: bool = False    # names, numbers, addresses: printed once, never translated
    extra: list[tuple[str, str]] = field(default_factory=list)


class _Builder:
    def __init__(self, catalogue, req: HandoutRequest):
        self.cat = catalogue
        self.req = req
        self.client: Phrasebook = phrasebook(req.lang)
        self.nl = phrasebook("nl")
        self.bilingual = req.lang not in DUTCH
        self.rtl = self.client.rtl
        self.images: dict[str, QImage] = {}
        #: Tables of the first page's header (one row: the counter, "show this page", the
        #: draft notice).
        self.header_tables = 1
        self.client_pct = self._client_share() if self.bilingual else 50

    # -- resources ------------------------------------------------------------------------

    def picto(self, stem: str | None, size: int = PICTO_PX) -> str:
        if not stem:
            return ""
        name = f"picto/{stem}"
        if name not in self.images:
            self.images[name] = pictogram_image(stem, size * 4)
        return f"<img src='{name}' width='{size}' height='{size}'>"

    def qr(self, payload: str) -> str:
        name = f"qr/{len(self.images)}"
        self.images[name] = qr_image(payload)
        return f"<img src='{name}' width='{QR_PX}' height='{QR_PX}'>"

    def _client_share(self) -> int:
        """The client's column's share of the width, in percent: as wide as the language's
        phrases are long next to the Dutch ones, set in the page's font (45–62 %), so neither
        half of a row wraps much more than the other."""
        from PySide6.QtGui import QFontMetricsF

        from .fonts import client_font

        register_fonts()
        metrics = QFontMetricsF(client_font(BODY_PT))
        keys = sorted(set(self.client.phrases) & set(self.nl.phrases))
        client = metrics.horizontalAdvance(" ".join(self.client.phrases[k] for k in keys))
        dutch = metrics.horizontalAdvance(" ".join(self.nl.phrases[k] for k in keys))
        if self.rtl:   # Arabic-script lines stand taller, even at RTL_LINE: weigh them so
            from PySide6.QtGui import QFont

            arabic = QFont("Noto Sans Arabic")
            arabic.setPointSizeF(BODY_PT)
            client *= RTL_LINE_FACTOR * QFontMetricsF(arabic).lineSpacing() / metrics.lineSpacing()
        return max(45, min(62, round(100 * client / max(1.0, client + dutch))))

    # -- text in one or two languages ---------------------------------------------------------

    def say(self, key: str, **args) -> tuple[str, str]:
        return self.client.say(key, **args), self.nl.say(key, **args)

    def one(self, pair: tuple[str, str]) -> str:
        """The text a one-language page shows: Dutch for "nl", the client's for plain Dutch."""
        return pair[1] if self.req.lang == "nl" else pair[0]

    def _para(self, text: str, client: bool, style: str = "") -> str:
        """A paragraph in its own direction: right-to-left for an RTL client's text."""
        if client and self.rtl:
            return f"<p dir='rtl' align='right' style='{RTL_LINE} {style}'>{_e(text)}</p>"
        if self.rtl:   # Dutch on a right-to-left page keeps its own direction
            return f"<p dir='ltr' align='left' style='{style}'>{_e(text)}</p>"
        return f"<p style='{style}'>{_e(text)}</p>" if style else f"<p>{_e(text)}</p>"

    def cells(self, client: str, dutch: str, style: str = "") -> list[str]:
        """The client's and the Dutch cell, in reading order for the page's direction."""
        if not self.bilingual:
            return [f"<td colspan='2'>{self._para(self.one((client, dutch)), False, style)}</td>"]
        pair = [f"<td width='{self.client_pct}%'>{self._para(client, True, style)}</td>",
                f"<td width='{100 - self.client_pct}%'>{self._para(dutch, False, style)}</td>"]
        return _gap(pair[::-1] if self.rtl else pair)

    def row(self, picto: str | None, inner: list[str]) -> str:
        pic = f"<td width='{PICTO_PX + 3}' valign='top'>{self.picto(picto)}</td>"
        cells = inner + [pic] if self.rtl else [pic] + inner
        return "<tr>" + "".join(cells) + "</tr>"

    def neutral_row(self, picto: str | None, html_text: str) -> str:
        """Facts that are the same in every language (an address, a website): printed once,
        each isolated left-to-right (the caller wraps them) in the page's direction."""
        para = (f"<p dir='rtl' align='right'>{html_text}</p>" if self.rtl
                else f"<p>{html_text}</p>")
        return self.row(picto, [f"<td colspan='2'>{para}</td>"])

    # -- the page ---------------------------------------------------------------------------

    def build(self) -> QTextDocument:
        """Lay the page out; a record that would cross a page boundary starts a new page."""
        register_fonts()
        breaks: set[int] = {i for i in range(len(self.req.ids)) if i and i % PER_PAGE == 0}
        while True:
            doc = self._layout(breaks)
            moved = self._record_across_pages(doc, breaks)
            if moved is None:
                return doc
            breaks.add(moved)

    def _layout(self, breaks: set[int]) -> QTextDocument:
        from .fonts import client_font

        self.images.clear()
        doc = QTextDocument()
        doc.setDefaultStyleSheet("p { margin-top: 0px; margin-bottom: 0px; }")
        doc.setDocumentMargin(0)
        doc.setPageSize(PAGE_PX)
        doc.setDefaultFont(client_font(BODY_PT))
        parts = [self.header(first=True)]
        page = 1
        for i, ident in enumerate(self.req.ids):
            if i in breaks:
                page += 1
                parts.append(f"<p style='page-break-before:always'></p>{self.header(page=page)}")
            parts.append(self.record(ident))
        if len(self.req.ids) in breaks:
            parts.append(f"<p style='page-break-before:always'></p>{self.header(page=page + 1)}")
        parts.append(self.footer())
        for name, image in self.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        doc.setHtml("".join(parts))
        self.doc = doc
        return doc

    def _record_across_pages(self, doc: QTextDocument, breaks: set[int]) -> int | None:
        """The index of the first box — a record, or ``len(ids)`` for the footer — that crosses
        a page boundary and does not start a page yet; None when every box sits on one page."""
        from PySide6.QtGui import QTextTable

        layout = doc.documentLayout()
        height = PAGE_PX.height()
        tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
        boxes = tables[self.header_tables:]      # the records, then the footer
        for i, table in enumerate(boxes):
            rect = layout.frameBoundingRect(table)
            if int(rect.top() // height) != int((rect.bottom() - 1) // height):
                if i in breaks or i == 0:
                    continue      # taller than a page on its own: nothing better to do
                return i
        return None

    def header(self, first: bool = False, page: int = 1) -> str:
        name = _e(self.req.counter or "E-inclusie Wegwijzer")
        if not first:
            return (f"<p align='{'right' if self.rtl else 'left'}'><b>{name}</b> "
                    f"<span dir='ltr'>({page})</span></p>")
        logo = ""
        if self.req.logo and Path(self.req.logo).is_file():
            image = QImage(str(self.req.logo))
            if not image.isNull():
                self.images["logo"] = image
                height = 32
                width = max(1, round(image.width() * height / max(1, image.height())))
                logo = f"<img src='logo' height='{height}' width='{width}'> "
        show = self.say("show_this_page")
        printed = self.one(self.say("printed_on", date=self.req.when.strftime("%d-%m-%Y %H:%M")))
        # one line: the counter that gave the page, and when; then "show this page" (and the
        # draft notice) in both languages, each column as wide as its language needs
        line = (f"{logo}<b style='font-size:{NAME_PT - 2}pt'>{_e(self.client.ltr(name))}</b>"
                f" &nbsp; <small>{_e(printed)}</small>")
        line = (f"<p dir='rtl' align='right'>{line}</p>" if self.rtl else f"<p>{line}</p>")
        client, dutch = _e(show[0]), _e(show[1])
        if self.client.draft:
            # the draft notice beside "show this page", with its warning sign, in both languages
            draft = self.say("draft_notice")
            warn = self.picto("warning", PICTO_PX - 2) + "&nbsp;"
            client += "<br>" + warn + _e(draft[0])
            dutch += "<br>" + warn + _e(draft[1])
        border = " border='1'" if self.client.draft else ""
        cells = self.html_cells(client, dutch, "font-weight:bold")
        return (f"{line}<table width='100%' cellpadding='2' cellspacing='0'{border}><tr>"
                + "".join(cells) + "</tr></table>")

    # -- one record ---------------------------------------------------------------------------

    def facts(self, ident: str) -> list[_Fact]:
        """The record's client lines, paired with the Dutch ones and folded into page rows."""
        cat, req = self.cat, self.req
        client = [ln for ln in lines_for(cat, ident, req.lang, req.when) if ln.key != "draft_notice"]
        dutch = lines_for(cat, ident, "nl", req.when)
        if [ln.key for ln in client] != [ln.key for ln in dutch]:
            raise HandoutError(f"the {req.lang} and Dutch views of {ident} differ")
        out: list[_Fact] = []
        holidays: list[tuple[str, str]] = []
        bring: list[tuple[str, str]] = []
        checked: _Fact | None = None
        for c, n in zip(client, dutch):
            k = c.key
            if k in ("name", "opening_hours", "hours_day", "phone", "address", "website", "email"):
                continue            # the title, the week line and the neutral rows
            if k in _CONTACT_KEYS and out:
                out[-1].extra.append((c.text, n.text))   # the way to call, after what asks it
            elif k == "holiday_day":
                holidays.append((c.text, n.text))
            elif k == "holidays_closed":
                out.append(_Fact("holidays_closed", c.pictogram, c.text, n.text))
            elif k.startswith("bring_"):
                bring.append((c.text, n.text))
            elif k in ("last_checked", "last_checked_unknown", "old_info"):
                if checked is None:
                    checked = _Fact(k, c.pictogram, c.text, n.text)
                    out.append(checked)
                else:
                    checked.client += " " + c.text
                    checked.dutch += " " + n.text
                    checked.picto = "warning"
            elif k in ("may_have_ended", "ended_no_phone"):
                out.append(_Fact(k, c.pictogram, c.text, n.text,
                                 "font-weight:bold; font-size:%spt" % WHEN_PT))
            elif k in _STATUS_KEYS:
                out.append(_Fact("status", c.pictogram or "clock", c.text, n.text,
                                 "font-weight:bold; font-size:%spt" % WHEN_PT))
            else:
                out.append(_Fact(k, c.pictogram, c.text, n.text))
        for f in out:
            if f.key == "holidays_closed":
                f.client += " " + self.client.join(h[0] for h in holidays)
                f.dutch += " " + self.nl.join(h[1] for h in holidays)
            elif f.key == "bring":
                f.client += " " + self.client.join(b[0] for b in bring)
                f.dutch += " " + self.nl.join(b[1] for b in bring)
        return out

    def record(self, ident: str) -> str:
        view = self.cat.service(ident)
        facts = self.facts(ident)
        if view.kind == "helpline" and view.phones:
            # Beside the number in the title, "This line is for: …" says what the line is;
            # "you can call this number" and "call them" would only say it again.
            keys = {f.key for f in facts}
            drop = {"access_phone"} | ({"kind_helpline"} if "helpline_for" in keys else set())
            facts = [f for f in facts if f.key not in drop]
        first = [f for f in facts if f.key.startswith("kind_")
                 or f.key in ("helpline_for", "may_have_ended", "ended_no_phone", "status")]
        closed = [f for f in facts if f.key == "holidays_closed"]
        checked = [f for f in facts if f.key in ("last_checked", "last_checked_unknown", "old_info")]
        how = [f for f in facts if f not in first + closed + checked]
        top = [self.fact_row([f]) for f in first]
        rows = []
        week = self.week_line(ident)
        if week or closed:
            # when: the week's hours and the holidays ahead that close it, on one row
            head = [_Fact("opening_hours", "calendar", *week)] if week else []
            rows.append(self.fact_row(head + closed))
        where = [("pin", f"{loc.street_line}, {loc.place_line}")
                 for loc in view.locations if loc.address_known]
        where += [(s, v) for s, v in (("web", view.record.website), ("email", view.record.email))
                  if v]
        if where:
            rows.append(self.neutral_row(where[0][0], " &nbsp;&nbsp; ".join(
                (self.picto(stem) + "&nbsp;" if i else "") + _e(self.client.ltr(value))
                for i, (stem, value) in enumerate(where))))
        if how:
            rows.append(self.fact_row(how))
        rows.extend(self.fact_row([f]) for f in checked)
        ltr = self.client.ltr
        title = (f"{self.picto(f'kind-{view.kind}', 24)} "
                 f"<b style='font-size:{NAME_PT}pt'>{_e(ltr(view.name))}</b>")
        if view.phones:   # the number beside the name, in the largest digits on the page
            numbers = " · ".join(p.display.replace(" ", "\u00a0") for p in view.phones)
            title += (f" &nbsp;&nbsp; {self.picto('phone', 22)} "
                      f"<span style='font-size:{PHONE_PT}pt; font-weight:bold'>"
                      f"{_e(ltr(numbers))}</span>")
        title = f"<p dir='rtl' align='right'>{title}</p>" if self.rtl else f"<p>{title}</p>"

        def table(body: list[str]) -> str:
            return "<table width='100%' cellspacing='0' cellpadding='0'>" + "".join(body) + "</table>"

        # Top: name, number, what it is, when — beside the QR codes, side by side. Below, at
        # full width: hours, where, how, and how fresh it is.
        head = [f"<td valign='top'>{title}{table(top)}</td>"]
        qr = self.qr_row(view)
        if qr:
            head.append(f"<td valign='top' align='center' width='1%'>{qr}</td>")
            if self.rtl:
                head.reverse()
        below = (f"<tr><td colspan='{len(head)}'>{table(rows)}</td></tr>" if rows else "")
        return ("<table width='100%' border='1' cellspacing='0' cellpadding='2'"
                " style='margin-top:2px'>"
                f"<tr>{''.join(head)}</tr>{below}</table>")

    def fact_row(self, facts: list[_Fact]) -> str:
        """One row for one fact or several short ones: the first fact's pictogram in the
        pictogram column, the others' inline before their words (client's column only)."""
        client_parts, dutch_parts = [], []
        for i, f in enumerate(facts):
            inline = self.picto(f.picto, PICTO_PX - 2) + "&nbsp;" if i and f.picto else ""
            client_parts.append(inline + _e(f.client) + self._extra([c for c, _ in f.extra]))
            dutch_parts.append(_e(f.dutch) + self._extra([d for _, d in f.extra]))
        style = facts[0].style
        gap = " &nbsp; "
        return self.row(facts[0].picto, self.html_cells(gap.join(client_parts),
                                                        gap.join(dutch_parts), style))

    @staticmethod
    def _extra(texts: list[str]) -> str:
        """The way to call after a line that asks it: bold, in body type."""
        if not texts:
            return ""
        return f" <span style='font-size:{BODY_PT}pt; font-weight:bold'>{_e(' '.join(texts))}</span>"

    def html_cells(self, client: str, dutch: str, style: str = "") -> list[str]:
        """Like :meth:`cells`, for text that is already HTML (inline pictograms)."""
        def para(text: str, rtl: bool) -> str:
            if rtl:
                return f"<p dir='rtl' align='right' style='{RTL_LINE} {style}'>{text}</p>"
            if self.rtl:
                return f"<p dir='ltr' align='left' style='{style}'>{text}</p>"
            return f"<p style='{style}'>{text}</p>"

        if not self.bilingual:
            return [f"<td colspan='2'>{para(dutch if self.req.lang == 'nl' else client, False)}</td>"]
        pair = [f"<td width='{self.client_pct}%'>{para(client, self.rtl)}</td>",
                f"<td width='{100 - self.client_pct}%'>{para(dutch, False)}</td>"]
        return _gap(pair[::-1] if self.rtl else pair)

    def week_line(self, ident: str) -> tuple[str, str] | None:
        """The coming week's hours as one line per language: "Monday–Friday: 09:00–12:00"."""
        schedule = self.cat.schedule(ident)
        if schedule.unknown or schedule.always_open:
            return None
        groups = week_groups(next_days(schedule, self.req.when.date()))
        if not groups:
            return None

        def line(book: Phrasebook) -> str:
            parts = [f"{day_span(days, book.day, book.separator)}: "
                     f"{book.ltr(window_text(windows))}" for days, windows in groups]
            return book.say("opening_hours") + " " + "; ".join(parts)

        return line(self.client), line(self.nl)

    def qr_row(self, view) -> str:
        """The record's QR codes side by side, each with what it does in the client's words."""
        captions = {"phone": "scan_to_call", "website": "scan_for_website", "map": "scan_for_map"}
        cells = []
        for code in qr_codes(view):
            caption = self.one(self.say(captions[code.kind]))
            direction = " dir='rtl'" if self.rtl else ""
            cells.append(f"<td align='center' valign='top' width='{QR_PX + 22}'>"
                         f"{self.qr(code.payload)}<p align='center'{direction}>"
                         f"<small>{_e(caption)}</small></p></td>")
        if not cells:
            return ""
        if self.rtl:
            cells.reverse()
        return ("<table cellspacing='0' cellpadding='0'><tr>" + "".join(cells)
                + "</tr></table>")

    # -- the end of the page --------------------------------------------------------------

    def footer(self) -> str:
        """Boxes to write the appointment by hand, mirrored for RTL (who gave the page and when
        stand in the header)."""
        def block(pair: tuple[str, str], prefix: str = "") -> str:
            if not self.bilingual:
                return f"<p>{prefix}{_e(self.one(pair))}</p>"
            return self._para(pair[0], True).replace(">", f">{prefix}", 1) + self._para(pair[1], False)

        # the pictograms' credit in the first box: the footer is one table, never cut off
        credit = "<p><small>Pictogrammen/pictograms: OpenMoji – CC BY-SA 4.0</small></p>"
        cells = [f"<td width='30%'><b>{block(self.say('appointment'), self.picto('appointment') + ' ')}</b>"
                 f"{credit}</td>",
                 f"<td width='40%'>{block(self.say('appointment_date'))}<br>&nbsp;</td>",
                 f"<td width='30%'>{block(self.say('appointment_time'))}<br>&nbsp;</td>"]
        if self.rtl:
            cells.reverse()
        return ("<table width='100%' border='1' cellspacing='0' cellpadding='2'"
                f" style='margin-top:2px'><tr>{''.join(cells)}</tr></table>")


def check_request(catalogue, req: HandoutRequest) -> None:
    """Unknown ids or language, or too many records: a clear error before anything is drawn."""
    if not req.ids:
        raise HandoutError("no record to print")
    if len(req.ids) > MAX_RECORDS:
        raise HandoutError(f"at most {MAX_RECORDS} records fit on a handout (two pages)")
    unknown = [i for i in req.ids if catalogue.resolve_id(i) is None]
    if unknown:
        raise HandoutError("unknown record id(s): " + ", ".join(unknown))
    from ..core.phrasebook import PhrasebookError

    try:
        phrasebook(req.lang)
    except PhrasebookError:
        raise HandoutError(f"no client language {req.lang!r}") from None


def handout_document(catalogue, req: HandoutRequest) -> QTextDocument:
    check_request(catalogue, req)
    return _Builder(catalogue, req).build()


def paint(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out on A4 with MARGIN_MM margins and paint it."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                         QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)
    doc.print_(device)


def write_pdf(catalogue, req: HandoutRequest, path: Path) -> int:
    """Render to a PDF file (written whole or not at all). Returns the number of pages."""
    return save_pdf(handout_document(catalogue, req), path)


def save_pdf(doc: QTextDocument, path: Path, title: str = "E-inclusie Wegwijzer") -> int:
    """Paint a laid-out document (:func:`paint`) into a PDF file, written whole or not at all
    (the handout, the call list). Returns the number of pages."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("E-inclusie Wegwijzer")
        paint(doc, writer)
        pages = doc.pageCount()
        del writer  # closes the file
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return pages
