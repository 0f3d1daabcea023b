"""The page the client takes home: each fact in their language and in Dutch, printed or PDF.

One A4 page for up to three records (two pages for a full basket of six), laid out as a
QTextDocument and painted onto a QPrinter (the print dialog) or a QPdfWriter ("Save as PDF",
``einclusie handout``). No widget is involved, so the command line renders it headless.

- Bilingual: the client's language and Dutch side by side; for a right-to-left language one
  under the other, each in its own direction. A Dutch-reading client gets one language.
- Per record: kind pictogram, name, address, phone in large digits, the week's hours as a small
  table and the holidays ahead that close it, the status at printing time, cost, how to get in,
  what to bring, languages, the last-checked date ("call first" when old), and QR codes to
  call, to open the website and to find the address on a map.
- Boxes to write an appointment by hand, the counter's name and the print date. A draft
  translation says so at the top. Nothing is said by colour alone: every mark is also a word
  or a symbol, so a black-and-white printer loses nothing.
- Fonts: the bundled Noto fonts, embedded in the PDF, so Arabic and Tigrinya print anywhere.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPdfWriter, QTextDocument

from ..core.handout import DUTCH, MAX_RECORDS, PER_PAGE, qr_codes
from ..core.opening import week_of, window_text
from ..core.phrasebook import Line, holiday_name, lines_for, phrasebook
from .fonts import FAMILIES, register_fonts
from .pictograms import pictogram_image
from .qr import qr_image

FONT_PT = 8.0
MIN_FONT_PT = 7.0
MARGIN_MM = 12
#: The printable part of A4 in the document's units (1/96 inch): laid out before painting, so
#: the page count is known and the same on paper and in the PDF.
PAGE_PX = QSizeF((210 - 2 * MARGIN_MM) / 25.4 * 96, (297 - 2 * MARGIN_MM) / 25.4 * 96)
PICTO_PX = 14
QR_PX = 64
#: Line keys the page shows in its own way (hours grid, phone, title) rather than as a row.
_SPECIAL = {"draft_notice", "name", "opening_hours", "hours_day", "phone"}


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


def _ltr(text: str) -> str:
    return f"<span dir='ltr'>{_e(text)}</span>"


class _Builder:
    def __init__(self, catalogue, req: HandoutRequest):
        self.cat = catalogue
        self.req = req
        self.client = phrasebook(req.lang)
        self.nl = phrasebook("nl")
        self.bilingual = req.lang not in DUTCH
        self.rtl = self.client.rtl
        self.doc = QTextDocument()
        self.images: dict[str, QImage] = {}

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

    # -- text in two languages ----------------------------------------------------------------

    def say(self, key: str, **args) -> tuple[str, str]:
        return self.client.say(key, **args), self.nl.say(key, **args)

    def _client_cell(self, text: str, style: str = "") -> str:
        if self.rtl:
            # Arabic-script fonts stand tall; a tighter line keeps three records on one page.
            return (f"<td width='47%'{style}><p dir='rtl' align='right' style='line-height:80%'>"
                    f"{_e(text)}</p></td>")
        return f"<td width='47%'{style}>{_e(text)}</td>"

    def row(self, pictogram: str | None, client_text: str, nl_text: str, style: str = "") -> str:
        """One fact: pictogram, client's words, Dutch words — mirrored for right-to-left."""
        pic = f"<td width='{PICTO_PX + 4}' valign='top'>{self.picto(pictogram)}</td>"
        if not self.bilingual:
            text = nl_text if self.req.lang == "nl" else client_text
            return f"<tr>{pic}<td{style}>{_e(text)}</td></tr>"
        nl = f"<td width='47%'{style}>{_e(nl_text)}</td>"
        if self.rtl:
            return f"<tr>{nl}{self._client_cell(client_text, style)}{pic}</tr>"
        return f"<tr>{pic}{self._client_cell(client_text, style)}{nl}</tr>"

    def both(self, pair: tuple[str, str], sep: str = " / ") -> str:
        if not self.bilingual:
            return _e(pair[1] if self.req.lang == "nl" else pair[0])
        return _e(pair[0]) + sep + _e(pair[1])

    def blocks(self, pair: tuple[str, str], prefix: str = "") -> str:
        """Client and Dutch as separate paragraphs, each in its own direction."""
        if not self.bilingual:
            return f"<p>{prefix}{_e(pair[1] if self.req.lang == 'nl' else pair[0])}</p>"
        first = (f"<p dir='rtl' align='right'>{prefix}{_e(pair[0])}</p>" if self.rtl
                 else f"<p>{prefix}{_e(pair[0])}</p>")
        return first + f"<p>{_e(pair[1])}</p>"

    # -- the page ---------------------------------------------------------------------------

    def build(self) -> QTextDocument:
        """Lay out the page; shrink the type a little (never below MIN_FONT_PT) to keep three
        records on one page."""
        register_fonts()
        from ..core.handout import pages_needed
        from ..render.fonts import client_font

        target = pages_needed(len(self.req.ids))
        points = FONT_PT
        while True:
            self.images.clear()
            self.doc = QTextDocument()
            self.doc.setDefaultStyleSheet("p { margin-top: 0px; margin-bottom: 0px; }")
            self.doc.setDocumentMargin(0)
            self.doc.setPageSize(PAGE_PX)
            self.doc.setDefaultFont(client_font(points))
            parts = [self.header()]
            for i, ident in enumerate(self.req.ids):
                if i and i % PER_PAGE == 0:
                    parts.append("<p style='page-break-before:always'></p>")
                parts.append(self.record(ident))
            parts.append(self.footer())
            for name, image in self.images.items():
                self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            self.doc.setHtml("".join(parts))
            if self.doc.pageCount() <= target or points <= MIN_FONT_PT:
                return self.doc
            # Too long: guess the size that fits from how far the text ran over (text height
            # grows with the type size), so a page takes two or three layouts, not eight.
            bottom = self.doc.documentLayout().blockBoundingRect(self.doc.lastBlock()).bottom()
            guess = points * (target * PAGE_PX.height()) / max(bottom, 1.0) * 0.98
            points = max(MIN_FONT_PT, min(points - 0.25, round(guess * 4) / 4))

    def header(self) -> str:
        show = self.say("show_this_page")
        logo = ""
        if self.req.logo and Path(self.req.logo).is_file():
            image = QImage(str(self.req.logo))
            if not image.isNull():
                self.images["logo"] = image
                height = 36
                width = max(1, round(image.width() * height / max(1, image.height())))
                logo = f"<img src='logo' height='{height}' width='{width}'> "
        out = [f"<p>{logo}<b style='font-size:12pt'>"
               f"{_e(self.req.counter or 'E-inclusie Wegwijzer')}</b></p>"]
        if self.client.draft:
            out.append("<table width='100%' border='1' cellpadding='2' cellspacing='0'>"
                       + self.row("warning", "⚠ " + self.client.say("draft_notice"),
                                  "⚠ " + self.nl.say("draft_notice"), " style='font-weight:bold'")
                       + "</table>")
        out.append("<table width='100%' cellpadding='1' cellspacing='0'>"
                   + self.row(None, show[0], show[1], " style='font-weight:bold'") + "</table>")
        return "".join(out)

    def record(self, ident: str) -> str:
        cat, req = self.cat, self.req
        view = cat.service(ident)
        client = [ln for ln in lines_for(cat, ident, req.lang, req.when) if ln.key != "draft_notice"]
        dutch = lines_for(cat, ident, "nl", req.when)
        if [ln.key for ln in client] != [ln.key for ln in dutch]:
            raise HandoutError(f"the {req.lang} and Dutch views of {ident} differ")
        facts = []
        last = ("", "")
        hours = ""
        holidays: list[tuple[str, str]] = []
        for c, n in zip(client, dutch):
            if c.key == "opening_hours":
                hours = self.hours_table(ident)
            elif c.key == "holiday_day":
                holidays.append((c.text, n.text))
            elif c.key == "holidays_closed":
                facts.append(None)  # filled below, once the days are known
            elif c.key == "old_info" and facts:
                # "last checked ..." and "may be old, call first" on one line
                facts[-1] = self.row("warning", last[0] + " " + c.text, last[1] + " " + n.text)
            elif c.key in ("last_checked", "last_checked_unknown"):
                last = (c.text, n.text)
                facts.append(self.row(c.pictogram, c.text, n.text))
            elif c.key not in _SPECIAL:
                facts.append(self.row(c.pictogram, c.text, n.text))
        if holidays:
            head = self.say("holidays_closed")
            line = self.row("calendar", head[0] + " " + "; ".join(h[0] for h in holidays),
                            head[1] + " " + "; ".join(h[1] for h in holidays))
            facts = [line if f is None else f for f in facts]
        facts = [f for f in facts if f is not None]
        facts[1:1] = self.phone_rows(view)
        title = (f"{self.picto(client[0].pictogram, 22)} "
                 f"<b style='font-size:12pt'>{_e(view.name)}</b>")
        fact_table = ("<table width='100%' cellspacing='0' cellpadding='1'>" + "".join(facts)
                      + "</table>")
        qr = self.qr_column(view)
        cells = [f"<td valign='top'>{fact_table}</td>"]
        if qr:
            cells.append(f"<td valign='top' align='center' width='{QR_PX + 16}'>{qr}</td>")
            if self.rtl:
                cells.reverse()
        hours_row = f"<tr><td colspan='{len(cells)}'>{hours}</td></tr>" if hours else ""
        return ("<table width='100%' border='1' cellspacing='0' cellpadding='2'"
                " style='margin-top:4px'>"
                f"<tr><td colspan='{len(cells)}'>{title}</td></tr>"
                f"<tr>{''.join(cells)}</tr>{hours_row}</table>")

    def phone_rows(self, view) -> list[str]:
        rows = []
        for ph in view.phones:
            label = self.both(self.say("phone"))
            number = (f"<span dir='ltr' style='font-size:15pt; font-weight:bold'>"
                      f"{_e(ph.display)}</span>")
            pic = f"<td width='{PICTO_PX + 4}'>{self.picto('phone')}</td>"
            if self.rtl:
                rows.append(f"<tr><td colspan='2' align='right'>{label} {number}</td>{pic}</tr>")
            else:
                rows.append(f"<tr>{pic}<td colspan='2'>{label} {number}</td></tr>")
        return rows

    def hours_table(self, ident: str) -> str:
        """The week as seven columns: day (client, Dutch) over its hours; today marked ▶."""
        schedule = self.cat.schedule(ident)
        cells = []
        for row in week_of(schedule, self.req.when.date()):
            names = _e(self.client.day(row.weekday))
            if self.bilingual:
                names += f"<br>{_e(self.nl.day(row.weekday))}"
            if row.holiday is not None:
                times = "— " + _e(holiday_name(row.holiday, self.req.lang))
            elif row.unknown or not row.windows:
                times = "—"
            else:
                times = "<br>".join(_ltr(window_text([w])) for w in row.windows)
            mark = "▶ " if row.is_today else ""
            cells.append(f"<td align='center' valign='top' width='14%'><small>{mark}{names}"
                         f"</small><br><b>{times}</b></td>")
        if self.rtl:
            cells.reverse()
        title, closed = self.say("opening_hours"), self.say("closed")
        title = (f"{title[0]} (— = {closed[0]})", f"{title[1]} (— = {closed[1]})")
        return (self.blocks(title, self.picto("calendar") + " ") +
                "<table width='100%' border='1' cellspacing='0' cellpadding='1'><tr>"
                + "".join(cells) + "</tr></table>")

    def qr_column(self, view) -> str:
        captions = {"phone": "scan_to_call", "website": "scan_for_website", "map": "scan_for_map"}
        out = []
        for code in qr_codes(view):
            cap = self.say(captions[code.kind])
            text = "".join(f"<p align='center'><small>{_e(t)}</small></p>"
                           for t in (cap if self.bilingual else cap[:1]))
            out.append(f"<p align='center'>{self.qr(code.payload)}</p>{text}")
        return "".join(out)

    def footer(self) -> str:
        date = self.blocks(self.say("appointment_date"))
        time = self.blocks(self.say("appointment_time"))
        g = self.say("given_by")
        given = self.blocks((f"{g[0]} {self.client.ltr(self.req.counter)}", f"{g[1]} {self.req.counter}"))
        printed = self.blocks(self.say("printed_on", date=self.req.when.strftime("%d-%m-%Y %H:%M")))
        return ("<table width='100%' border='1' cellspacing='0' cellpadding='4'"
                " style='margin-top:4px'><tr>"
                f"<td width='30%'><b>{self.blocks(self.say('appointment'), self.picto('appointment') + ' ')}</b></td>"
                f"<td width='35%'>{date}<br>&nbsp;<br>&nbsp;</td>"
                f"<td width='35%'>{time}<br>&nbsp;<br>&nbsp;</td></tr>"
                f"<tr><td colspan='2'>{given}</td>"
                f"<td>{printed}</td></tr></table>"
                "<p><small>Pictogrammen/pictograms: OpenMoji – CC BY-SA 4.0. "
                "E-inclusie Wegwijzer.</small></p>")


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
    """Lay the document out on A4 with 12 mm margins and paint it."""
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                         QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)
    doc.print_(device)


def write_pdf(catalogue, req: HandoutRequest, path: Path) -> int:
    """Render to a PDF file (written whole or not at all). Returns the number of pages."""
    doc = handout_document(catalogue, req)
    path = Path(path)
    fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(300)
        writer.setTitle("E-inclusie Wegwijzer")
        writer.setCreator("E-inclusie Wegwijzer")
        paint(doc, writer)
        pages = doc.pageCount()
        del writer  # closes the file
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return pages
