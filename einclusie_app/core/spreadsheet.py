"""The spreadsheet template for municipalities: one row per offer, Dutch column headers.

A municipality keeps its digipunten and courses in a spreadsheet; this module reads it (CSV or
XLSX) into :class:`~.record.Record` values and writes records back into the same template.
``docs/spreadsheet-template.md`` documents every column; ``docs/examples/aanbod-voorbeeld.csv``
and ``.xlsx`` are filled in with two real records of the catalogue.

CSV: UTF-8 (with or without the byte-order mark Excel writes for "CSV UTF-8"), comma or
semicolon separated (Excel in Belgium writes semicolons). Another encoding is refused with one
clear message ("save it as 'CSV UTF-8'"), never guessed. XLSX: the first sheet (or the sheet
``aanbod``), first row the headers.

Every problem names the file, the row (as the spreadsheet program numbers it: the header is row
1) and the column. Nothing is stored here: core/overlay.py imports what this module reads.

A municipality's fill-in pack (core/fillin.py) is this template with a first sheet,
:data:`PACK_SHEET`, that explains what to fill in and asks who filled it in and when
(:class:`Supplier`). Reading a pack, that person is the source of every row they added or
changed (:meth:`SheetRead.complete`). What one row cannot hold (several locations or sources,
other ids, HSDS data kept verbatim, a phone description with a ``;``) is written as the first
location and source only, and carried over on import from the record the row names
(:meth:`SheetRead.complete`, :func:`carry_over`), so an untouched row imports back unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .record import Location, Problem, Record, RecordError, Source, record_from_dict
from .text import normalize
from .validate import ReadResult, lenient_record

__all__ = ["COLUMNS", "REQUIRED", "read_spreadsheet", "read_csv", "read_xlsx", "write_csv",
           "write_xlsx", "row_of", "make_id", "SpreadsheetError", "FORMULA_START", "neutralise",
           "restore", "SheetRead", "Supplier", "SUPPLIER_LABELS", "PACK_SHEET", "PACK_MARK",
           "carry_over"]


class SpreadsheetError(ValueError):
    """A record that the one-row template cannot hold (several locations or sources)."""


#: A cell whose text starts with one of these is run as a formula by a spreadsheet program
#: (the OWASP CSV-injection rule); ``'`` is the escape itself.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise(text: str) -> str:
    """Text for a CSV cell that no spreadsheet runs as a formula: a text starting with
    ``= + - @``, a tab, a carriage return or ``'`` gets one ``'`` in front (Excel and
    LibreOffice then show it as text, without the ``'``). :func:`restore` undoes it."""
    return "'" + text if text.startswith(FORMULA_START) else text


def restore(text: str) -> str:
    """The text :func:`neutralise` was given: one leading ``'`` before ``= + - @``, a tab, a
    carriage return or ``'`` is dropped."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


#: The columns, in template order: (header, the record field path it fills).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "id"),
    ("naam", "name"),
    ("soort", "kinds"),
    ("organisatie", "organization"),
    ("beschrijving", "description"),
    ("status", "status"),
    ("waarschuwing", "alert"),
    ("mogelijk_gestopt", "may_have_ended"),
    ("doelgroep", "audience"),
    ("onderwerpen", "topics"),
    ("toegang", "access"),
    ("meebrengen", "to_bring"),
    ("talen", "languages"),
    ("kost", "cost"),
    ("e-mail", "email"),
    ("website", "website"),
    ("telefoon", "phones"),
    ("telefoon_omschrijving", "phones.description"),
    ("uren", "hours"),
    ("uren_tekst", "hours_text"),
    ("uitzonderingen", "hours_exceptions"),
    ("open_op_feestdagen", "open_on_holidays"),
    ("dicht_in_schoolvakanties", "closed_school_holidays"),
    ("locatie_naam", "locations[0].name"),
    ("straat", "locations[0].street"),
    ("huisnummer", "locations[0].house_number"),
    ("postcode", "locations[0].postcode"),
    ("gemeente", "locations[0].municipality"),
    ("breedtegraad", "locations[0].latitude"),
    ("lengtegraad", "locations[0].longitude"),
    ("toegankelijkheid", "locations[0].accessibility"),
    ("werkgebied", "service_area"),
    ("bron_url", "sources[0].url"),
    ("bron_datum", "sources[0].date"),
    ("bron_zekerheid", "sources[0].confidence"),
    ("bron_notities", "sources[0].notes"),
    ("laatst_nagekeken", "assured_date"),
)
HEADERS = tuple(h for h, _ in COLUMNS)
#: Columns copied as they are (after trimming) into the record field of the same line.
_PLAIN = {"id", "name", "organization", "description", "alert", "audience", "cost", "email",
          "website", "hours_text", "assured_date"}
REQUIRED = ("naam", "soort", "bron_url")
_LOCATION_COLUMNS = ("locatie_naam", "straat", "huisnummer", "postcode", "gemeente",
                     "breedtegraad", "lengtegraad", "toegankelijkheid")

# Words a municipality may write for a code (normalised), the first one per code is written.
_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "soort": {
        "digipunt": ("digipunt", "digitaal hulppunt", "digibank"),
        "device_loan": ("uitleen", "toestel lenen", "laptop lenen", "uitlenen", "device loan"),
        "helpline": ("hulplijn", "telefoonlijn", "helpline"),
        "training": ("cursus", "opleiding", "vorming", "les", "workshop", "training"),
    },
    "toegang": {
        "walk_in": ("binnenlopen", "vrije inloop", "zonder afspraak", "walk in"),
        "appointment": ("afspraak", "op afspraak", "appointment"),
        "referral": ("doorverwijzing", "via hulpverlener", "referral"),
        "phone": ("telefonisch", "telefoon", "phone"),
        "online": ("online",),
        "home_visit": ("huisbezoek", "aan huis", "home visit"),
    },
    "meebrengen": {
        "eid": ("identiteitskaart", "eid"),
        "eid_pin": ("pincode identiteitskaart", "pincode", "eid pin"),
        "phone": ("smartphone", "gsm", "phone"),
        "laptop": ("laptop of tablet", "laptop", "tablet"),
        "bank_card": ("bankkaart en kaartlezer", "bankkaart", "bank card"),
        "letter": ("brief", "de brief of e-mail", "letter"),
        "login": ("inloggegevens", "login", "wachtwoord"),
        "proof_income": ("inkomensbewijs", "bewijs van inkomen", "proof income"),
        "referral_letter": ("doorverwijsbrief", "brief van hulpverlener", "referral letter"),
    },
    "status": {
        "active": ("actief", "active"),
        "inactive": ("inactief", "inactive"),
        "defunct": ("opgeheven", "gestopt", "defunct"),
        "temporarily closed": ("tijdelijk gesloten", "temporarily closed"),
    },
    "bron_zekerheid": {
        "high": ("hoog", "zeker", "high"),
        "partial": ("gedeeltelijk", "deels", "partial"),
    },
    "dicht_in_schoolvakanties": {
        "flanders": ("vlaanderen", "vlaamse gemeenschap", "flanders"),
        "french": ("franse gemeenschap", "franstalig", "french"),
        "german": ("duitstalige gemeenschap", "duitstalig", "german"),
    },
}
_LOOKUP = {col: {normalize(w): code for code, words in table.items() for w in (code, *words)}
           for col, table in _WORDS.items()}
_YES = {"ja", "yes", "waar", "true", "1"}
_NO = {"nee", "neen", "no", "onwaar", "false", "0"}

# Day names: Dutch (short and long) and the catalogue's own codes.
_DAYS = {"ma": "Mo", "maandag": "Mo", "di": "Tu", "dinsdag": "Tu", "wo": "We", "woensdag": "We",
         "do": "Th", "donderdag": "Th", "vr": "Fr", "vrijdag": "Fr", "za": "Sa", "zaterdag": "Sa",
         "zo": "Su", "zondag": "Su",
         "mo": "Mo", "tu": "Tu", "we": "We", "th": "Th", "fr": "Fr", "sa": "Sa", "su": "Su"}
_DUTCH_DAY = {"Mo": "ma", "Tu": "di", "We": "wo", "Th": "do", "Fr": "vr", "Sa": "za", "Su": "zo"}


def make_id(name: str, place: str) -> str:
    """The id of a row without one: a slug of its name and postcode (or municipality)."""
    base = normalize(f"{name} {place}")
    slug = re.sub(r"[^a-z0-9]+", "-", base).strip("-")
    return slug[:80].rstrip("-")


def _split(text: str, commas: bool) -> list[str]:
    parts = re.split(r"[;,]" if commas else r";", text)
    return [p.strip() for p in parts if p.strip()]


# ---------------------------------------------------------------------------------------------
# The fill-in pack's first sheet: who filled it in, and when

#: The first sheet of a fill-in pack (core/fillin.py writes it).
PACK_SHEET = "uitleg"
#: Its first cell: a workbook whose first sheet starts with this is a fill-in pack.
PACK_MARK = "Invulpakket E-inclusie Wegwijzer"
#: The labels of the cells (column A of the first sheet) whose answer (column B) says who
#: filled the pack in, in this order.
SUPPLIER_LABELS: tuple[tuple[str, str], ...] = (
    ("name", "Ingevuld door (naam)"),
    ("organisation", "Dienst of organisatie"),
    ("contact", "E-mail of telefoon"),
    ("date", "Datum van invullen (JJJJ-MM-DD)"),
    ("url", "Webadres van uw gemeente of dienst"),
)


@dataclass(frozen=True)
class Supplier:
    """Who filled a pack in (the first sheet's answers): the source of every row they added
    or changed."""

    name: str
    organisation: str
    contact: str
    date: str
    url: str

    def source(self) -> Source:
        who = ", ".join(p for p in (self.name, self.organisation, self.contact) if p)
        return Source(self.url, self.date, "high",
                      f"Ingevuld door {who} in het invulpakket (E-inclusie Wegwijzer) op "
                      f"{self.date}.")


def _supplier(rows: Iterable[Sequence[Any]], where: str) -> tuple[Supplier | None, list[Problem],
                                                                   bool]:
    """The answers of a pack's first sheet: (the supplier, or None when nothing is filled in;
    problems with what is; whether the sheet is a pack's)."""
    from .validate import check_date, check_url

    labels = {normalize(text): key for key, text in SUPPLIER_LABELS}
    found: dict[str, tuple[str, str]] = {}
    is_pack = False
    for n, row in enumerate(rows, start=1):
        cells = list(row) + [None, None]
        first = _text_cell(cells[0])
        if n == 1 and first == PACK_MARK:
            is_pack = True
        key = labels.get(normalize(first))
        if key is not None and key not in found:
            found[key] = (_text_cell(cells[1]), f"{where} row {n}")
    if not is_pack:
        return None, [], False
    values = {k: v for k, (v, _w) in found.items()}
    if not any(values.values()):
        return None, [], True
    problems = []
    texts = dict(SUPPLIER_LABELS)

    def bad(key: str, reason: str) -> None:
        problems.append(Problem(found.get(key, ("", f"{where}"))[1], texts[key], reason))

    for key in ("name", "date", "url"):
        if not values.get(key):
            bad(key, "is required: the import records who filled the pack in, when, and "
                     "where to look it up, as the source of the rows they added or changed")
    if values.get("date"):
        issue = check_date(values["date"], partial=False)
        if issue is None and values["date"] > dt.date.today().isoformat():
            bad("date", f"{values['date']} is in the future")
        elif issue is not None:
            bad("date", issue.message)
    if values.get("url"):
        issue = check_url(values["url"])
        if issue is not None:
            bad("url", issue.message)
    if problems:
        return None, problems, True
    return Supplier(values.get("name", ""), values.get("organisation", ""),
                    values.get("contact", ""), values["date"], values["url"]), [], True


@dataclass
class SheetRead(ReadResult):
    """What the template gave. ``raw``: each row's record as read; ``records``: the same
    after :meth:`complete` (until then, equal). ``pack``: the workbook is a fill-in pack;
    ``supplier``: who filled it in (its first sheet)."""

    raw: list[Record] = field(default_factory=list)
    pack: bool = False
    supplier: Supplier | None = None
    _own_problems: list[Problem] = field(default_factory=list, repr=False)

    def complete(self, current: Callable[[str], Record | None]) -> None:
        """Make each row's record whole against the record it names (``current(id)``: the
        record shown now, or None): carry over what the row cannot hold (:func:`carry_over`);
        in a pack, a row that adds or changes anything gets the pack's supplier as its first
        source, and such a row without a supplier is a problem of the first sheet. Running it
        again gives the same result (it starts from the rows as read)."""
        self.problems = list(self._own_problems)
        out = []
        changed_without = []
        for i, r in enumerate(self.raw):
            cur = current(r.id)
            record = carry_over(r, cur) if cur is not None else r
            if self.pack and (cur is None or record != cur):
                if self.supplier is not None:
                    src = self.supplier.source()
                    supplied = replace(record, sources=[src] + [
                        s for s in record.sources if s != src])
                    # the same pack imported again: its supplier is the source already
                    record = cur if supplied == cur else supplied
                else:
                    changed_without.append(self.wheres[i])
            out.append(record)
        self.records = out
        if changed_without and not any(p.field in dict(SUPPLIER_LABELS).values()
                                       for p in self.problems):
            rows = ", ".join(w.rsplit(" ", 1)[-1] for w in changed_without[:10])
            more = "…" if len(changed_without) > 10 else ""
            self.problems.append(Problem(
                f"{self.source} ({PACK_SHEET})", SUPPLIER_LABELS[0][1],
                f"rows {rows}{more} add or change offers: fill in who filled the pack in, "
                "when, and the web address of the municipality or service (the import records "
                "them as the source)"))


def carry_over(row: Record, current: Record) -> Record:
    """``row`` (read from one template row naming ``current``'s id) with what one row cannot
    hold taken from ``current``: its other ids, its HSDS data kept verbatim, its locations and
    sources after the first (when the row has one), and a phone description that held a ``;``
    (written with ``,`` instead) when the row left it as written."""
    changes: dict[str, Any] = {}
    if not row.aliases and current.aliases:
        changes["aliases"] = list(current.aliases)
    if not row.hsds_extra and current.hsds_extra:
        changes["hsds_extra"] = dict(current.hsds_extra)
    if len(row.locations) == 1 and len(current.locations) > 1:
        changes["locations"] = list(row.locations) + list(current.locations[1:])
    if len(row.sources) == 1 and len(current.sources) > 1:
        changes["sources"] = list(row.sources) + [s for s in current.sources[1:]
                                                  if s != row.sources[0]]
    phones = list(row.phones)
    for i, (mine, theirs) in enumerate(zip(row.phones, current.phones)):
        if mine.number == theirs.number and ";" in theirs.description and \
                mine.description == _no_semicolon(theirs.description):
            phones[i] = replace(mine, description=theirs.description)
    if phones != row.phones:
        changes["phones"] = phones
    return replace(row, **changes) if changes else row


def _no_semicolon(text: str) -> str:
    """A text for a cell that the template splits on ``;``."""
    return text.replace(";", ",")


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass
class _Row:
    where: str
    cells: dict[str, Any]


def _text_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _record_of(row: _Row, problems: list[Problem], supplier: Supplier | None = None,
               pack: bool = False) -> tuple[Record | None, dict]:
    """One row → a record, not yet checked (``check_read`` does that), and the problems of
    reading it, in the row's own column names. A cell that cannot be read is left empty in the
    record, so that everything else in the row is still checked."""
    cells = row.cells
    fields: dict[str, tuple[str, str]] = {}
    found: list[Problem] = []

    def bad(col: str, reason: str) -> None:
        found.append(Problem(row.where, col, reason))

    def text(col: str) -> str:
        return _text_cell(cells.get(col))

    def codes(col: str, commas: bool = True) -> list[str]:
        out = []
        for word in _split(text(col), commas):
            code = _LOOKUP[col].get(normalize(word))
            if code is None:
                known = ", ".join(ws[0] for ws in _WORDS[col].values())
                bad(col, f"{word!r} is not known (use: {known})")
            else:
                out.append(code)
        return out

    for col, path in COLUMNS:
        if path != "phones.description":
            fields[path] = (row.where, col)
    fields.update({"locations": (row.where, "postcode"), "locations[0]": (row.where, "postcode"),
                   "sources": (row.where, "bron_url"), "sources[0]": (row.where, "bron_url")})

    data: dict[str, Any] = {path: text(col) for col, path in COLUMNS if path in _PLAIN}
    data["kinds"] = codes("soort")
    data["access"] = codes("toegang")
    data["to_bring"] = codes("meebrengen")
    status = codes("status", commas=False) if text("status") else ["active"]
    data["status"] = status[0] if status else "active"
    data["topics"] = _split(text("onderwerpen"), commas=False)
    data["languages"] = [x.lower() for x in _split(text("talen"), commas=True)]
    data["service_area"] = _split(text("werkgebied"), commas=True)
    school = codes("dicht_in_schoolvakanties", commas=False) if text("dicht_in_schoolvakanties") \
        else [""]
    data["closed_school_holidays"] = school[0] if school else ""
    ended = normalize(text("mogelijk_gestopt"))
    data["may_have_ended"] = ended in _YES
    if ended and ended not in _YES | _NO:
        bad("mogelijk_gestopt", f"{text('mogelijk_gestopt')!r}: write ja, or leave it empty")
    holidays = normalize(text("open_op_feestdagen"))
    if holidays in _YES:
        data["open_on_holidays"] = True
    elif holidays in _NO:
        data["open_on_holidays"] = False
    elif holidays:
        bad("open_op_feestdagen", f"{text('open_op_feestdagen')!r}: write ja, nee, or leave it "
                                  "empty")
    # phones: numbers must be text (a number cell has lost its leading 0)
    raw_phone = cells.get("telefoon")
    if isinstance(raw_phone, (int, float)) and not isinstance(raw_phone, bool):
        bad("telefoon", f"{raw_phone!r} is a number, not text: the leading 0 is lost; format "
                        "the column as text and type the number again")
        numbers: list[str] = []
    else:
        numbers = _split(text("telefoon"), commas=False)
    descriptions = [d.strip() for d in text("telefoon_omschrijving").split(";")] \
        if text("telefoon_omschrijving") else []
    if len(descriptions) > len(numbers):
        bad("telefoon_omschrijving", f"{len(descriptions)} descriptions for {len(numbers)} "
                                     "phone numbers (separate both with ;)")
    data["phones"] = [{"number": n, "description": descriptions[i] if i < len(descriptions)
                       else ""} for i, n in enumerate(numbers)]
    for i in range(len(numbers)):
        fields[f"phones[{i}]"] = (row.where, "telefoon")
        fields[f"phones[{i}].description"] = (row.where, "telefoon_omschrijving")
    # hours: Dutch or English day names
    hours = text("uren")
    data["hours"] = _hours_in(hours, bad)
    data["hours_exceptions"] = _exceptions_in(text("uitzonderingen"), bad)
    # one location, when any location cell is filled
    if any(text(c) for c in _LOCATION_COLUMNS):
        loc: dict[str, Any] = {"name": text("locatie_naam"), "street": text("straat"),
                               "house_number": text("huisnummer"), "postcode": text("postcode"),
                               "municipality": text("gemeente"),
                               "accessibility": text("toegankelijkheid")}
        for col, key in (("breedtegraad", "latitude"), ("lengtegraad", "longitude")):
            v = cells.get(col)
            if v is None or _text_cell(v) == "":
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                loc[key] = float(v)
                continue
            try:
                loc[key] = float(_text_cell(v).replace(",", "."))
            except ValueError:
                bad(col, f"{_text_cell(v)!r} is not a number (like 51.0656)")
        data["locations"] = [loc]
        fields["locations[0]"] = (row.where, "postcode")
    confidence = codes("bron_zekerheid", commas=False) if text("bron_zekerheid") else ["high"]
    if text("bron_url") or text("bron_datum") or text("bron_notities"):
        data["sources"] = [{"url": text("bron_url"), "date": text("bron_datum"),
                            "confidence": confidence[0] if confidence else "high",
                            "notes": text("bron_notities")}]
    elif supplier is not None:       # a pack's new row: who filled it in is its source
        data["sources"] = [dict(supplier.source().__dict__)]
    for col in REQUIRED:
        if not text(col):
            if col == "bron_url" and "sources" in data:
                continue
            bad(col, "is required: it cannot be empty" if not (pack and col == "bron_url") else
                "is required: give the page these facts come from, or fill in who filled the "
                f"pack in on the sheet '{PACK_SHEET}'")
    if not data["id"] and text("naam"):
        place = text("postcode") or text("gemeente")
        data["id"] = make_id(text("naam"), place)
        if not data["id"]:
            bad("id", "cannot be made from the name: fill in an id (a-z, 0-9 and -)")
    if not data["id"]:
        data["id"] = f"row-{row.where.rsplit(' ', 1)[-1]}"  # only to check the rest of the row
    problems.extend(found)
    record = lenient_record(data)
    if record is None:  # cannot happen for text cells; kept as a guard
        try:
            record_from_dict(data, "")
        except RecordError as exc:
            read = ReadResult([], [], [row.where], [fields], append_rest=False)
            problems.extend(read.relocate(0, exc.problems))
    return record, fields


def _hours_in(text: str, bad) -> str:
    """The weekly form with the catalogue's day codes; day names it does not know are reported."""
    if not text:
        return ""
    parts = []
    for raw in text.split(";"):
        part = raw.strip()
        if not part:
            continue
        m = re.match(r"^(\S+)(\s+.*)?$", part)
        day = m[1] if m else part
        code = _DAYS.get(day.lower().rstrip(":"))
        if code is None:
            bad("uren", f"unknown day {day!r} in {part!r} (use ma di wo do vr za zo, like "
                        "'ma 09:00-12:00; wo 14:00-16:00')")
            return ""
        parts.append(code + (m[2] if m and m[2] else ""))
    return "; ".join(parts)


def _exceptions_in(text: str, bad) -> list[dict]:
    """``2026-12-24 gesloten (kerstavond); 2026-12-31 09:00-12:00`` → hours exceptions."""
    out = []
    for part in _split(text, commas=False):
        m = re.fullmatch(r"(\S+)\s+(gesloten|dicht|closed|(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))"
                         r"(?:\s*\((.*)\))?", part, re.IGNORECASE)
        if not m:
            bad("uitzonderingen", f"{part!r} is not 'YYYY-MM-DD gesloten' or 'YYYY-MM-DD "
                                  "HH:MM-HH:MM', optionally with (a reason)")
            continue
        opens = m[3] or ""
        closes = m[4] or ""
        out.append({"date": m[1], "opens": opens.zfill(5) if opens else "",
                    "closes": closes.zfill(5) if closes else "", "description": m[5] or ""})
    return out


def _read_rows(header: Sequence[Any], body: Iterable[tuple[int, Sequence[Any]]], name: str,
               problems: list[Problem]) -> list[_Row]:
    headers = [_text_cell(h).lower() for h in header]
    known = set(HEADERS)
    for i, h in enumerate(headers):
        if h and h not in known:
            problems.append(Problem(f"{name} row 1", h, f"unknown column (known: "
                                                        f"{', '.join(HEADERS)})"))
    seen = set()
    for h in headers:
        if h and h in seen:
            problems.append(Problem(f"{name} row 1", h, "this column is there twice"))
        seen.add(h)
    for col in REQUIRED:
        if col not in headers:
            problems.append(Problem(f"{name} row 1", col, "this column is missing"))
    rows = []
    for n, values in body:
        values = list(values)
        if all(_text_cell(v) == "" for v in values):
            continue
        if len(values) > len(headers) and any(_text_cell(v) for v in values[len(headers):]):
            problems.append(Problem(f"{name} row {n}", "", "has more cells than there are "
                                                           "column headers"))
            continue
        cells = {h: values[i] if i < len(values) else None
                 for i, h in enumerate(headers) if h}
        rows.append(_Row(f"{name} row {n}", cells))
    return rows


def _finish(rows: list[_Row], problems: list[Problem], name: str,
            refused: frozenset[Problem] = frozenset(), supplier: Supplier | None = None,
            pack: bool = False) -> SheetRead:
    """Records of the rows. ``refused``: problems of cells that were not read at all (a
    formula from another workbook); what follows from such a cell being empty is not said."""
    result = SheetRead(source=name, problems=problems, append_rest=False, pack=pack,
                       supplier=supplier)
    if any(p.where.endswith(" row 1") and p.reason == "this column is missing" for p in problems):
        result._own_problems = list(result.problems)
        return result  # without its columns, every row would only repeat the same problem
    for row in rows:
        record, fields = _record_of(row, result.problems, supplier, pack)
        if record is not None:
            result.add(record, row.where, fields)
    if refused:
        cells = {(p.where, p.field) for p in refused}
        result.problems = [p for p in result.problems
                           if p in refused or (p.where, p.field) not in cells]
    result.raw = list(result.records)
    result._own_problems = list(result.problems)
    return result


def read_csv(path: Path) -> ReadResult:
    """Read the template saved as CSV (UTF-8; comma or semicolon)."""
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return ReadResult(problems=[Problem(str(path), "", f"cannot be read ({exc.strerror})")])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ReadResult(problems=[Problem(name, "", "is not UTF-8 (it is UTF-16): save it as "
                                                      "'CSV UTF-8 (comma delimited)'")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return ReadResult(problems=[Problem(
            name, f"row {line}", f"is not UTF-8 (byte 0x{raw[exc.start]:02x} cannot be read): "
                                 "save it as 'CSV UTF-8 (comma delimited)'")])
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        lines = [[restore(c) for c in line] for line in reader]
    except csv.Error as exc:
        reason = str(exc)
        if "unexpected end of data" in reason:
            reason = "the file ends inside a quoted cell: it was cut off; save it again"
        elif "field larger than field limit" in reason:
            reason = "a cell is longer than 131,072 characters"
        else:
            reason = f"is not a valid CSV line ({reason})"
        return ReadResult(problems=[Problem(name, f"row {reader.line_num}", reason)])
    if not lines:
        return ReadResult(problems=[Problem(name, "", "is empty: the first row must hold the "
                                                      "column headers")])
    problems: list[Problem] = []
    # A file cut off in its last row: that row ends without its line break and lacks cells.
    # (Every spreadsheet program writes every column of every row.) It is never imported.
    last = lines[-1]
    if len(lines) > 1 and not text.endswith(("\n", "\r")) and len(last) < len(lines[0]) \
            and any(c.strip() for c in last):
        problems.append(Problem(f"{name} row {len(lines)}", "",
                                f"is cut off: it has {len(last)} of the {len(lines[0])} cells "
                                "and the file ends in it (save the file again)"))
        lines = lines[:-1]
    rows = _read_rows(lines[0], ((i, v) for i, v in enumerate(lines[1:], start=2)), name,
                      problems)
    return _finish(rows, problems, name)


#: A workbook that unpacks to more than this is not read (a template is a few hundred KB).
MAX_XLSX_BYTES = 200 * 1024 * 1024
_EXTERNAL = re.compile(r"\[\d+\]|'?[a-z]:\\|'?\\\\|https?://|file:", re.IGNORECASE)


def _workbook_problem(path: Path, name: str) -> Problem | None:
    """A file that is no workbook, or one too large to unpack: one clear problem."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return Problem(name, "", f"is not an Excel workbook (.xlsx): it is damaged or another "
                                 f"kind of file ({getattr(exc, 'strerror', None) or exc})")
    if sum(i.file_size for i in infos) > MAX_XLSX_BYTES:
        return Problem(name, "", "is too large to be the template (it unpacks to more than "
                                 f"{MAX_XLSX_BYTES // 2**20} MB)")
    return None


def read_xlsx(path: Path) -> ReadResult:
    """Read the template as an Excel workbook (the sheet ``aanbod``, else the first).

    A formula cell counts with the value Excel computed for it, except a formula that takes
    its value from another workbook, or one with no computed value: those are refused with
    their row and column (the value would be stale or missing)."""
    import openpyxl

    path = Path(path)
    name = path.name
    try:
        problem = _workbook_problem(path, name)
        if problem:
            return ReadResult(problems=[problem])
        with warnings.catch_warnings():
            # openpyxl warns about parts it drops (data validation, an odd defined name);
            # what matters to the import is reported by the checks here, not as warnings
            warnings.simplefilter("ignore")
            return _read_xlsx(path, name, openpyxl)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises anything on a damaged file
        return ReadResult(problems=[Problem(name, "", f"cannot be read as an Excel workbook: it "
                                                      f"is damaged ({type(exc).__name__}: "
                                                      f"{str(exc)[:120]})")])


def _read_xlsx(path: Path, name: str, openpyxl) -> ReadResult:
    # From memory, not from the file: a workbook that openpyxl gives up on halfway (a damaged
    # part) then leaves no file handle open behind it.
    data = path.read_bytes()
    values_wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    formulas_wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        if not values_wb.worksheets:
            return ReadResult(problems=[Problem(name, "", "has no sheet: the template's rows go "
                                                          "on a sheet named 'aanbod'")])
        title = "aanbod" if "aanbod" in values_wb.sheetnames else values_wb.worksheets[0].title
        where = f"{name} ({title})"
        values = values_wb[title].iter_rows()
        formulas = formulas_wb[title].iter_rows()
        header_cells = next(values, None)
        next(formulas, None)
        if header_cells is None:
            return ReadResult(problems=[Problem(name, "", "is empty: the first row must hold "
                                                          "the column headers")])
        header = [c.value for c in header_cells]
        columns = [_text_cell(h).lower() for h in header]
        problems: list[Problem] = []
        refused: set[Problem] = set()
        supplier, pack = None, False
        first = values_wb.worksheets[0]
        if first.title == PACK_SHEET and title != PACK_SHEET:
            supplier, found, pack = _supplier(
                ([c.value for c in r] for r in first.iter_rows(max_col=2)),
                f"{name} ({PACK_SHEET})")
            problems.extend(found)

        def body():
            for n, (row, frow) in enumerate(zip(values, formulas), start=2):
                out = []
                for i, (cell, fcell) in enumerate(zip(row, frow)):
                    value = cell.value
                    if getattr(fcell, "data_type", None) == "f":
                        formula = str(fcell.value)
                        col = columns[i] if i < len(columns) and columns[i] else f"column {i + 1}"
                        found = None
                        if _EXTERNAL.search(formula):
                            found = Problem(f"{where} row {n}", col, f"is a formula that takes "
                                            f"its value from another workbook ({formula[:60]}); "
                                            "type or paste the value itself")
                            value = None
                        elif value is None:
                            found = Problem(f"{where} row {n}", col, f"is a formula without a "
                                            f"computed value ({formula[:60]}); paste the values "
                                            "instead")
                        if found is not None:
                            problems.append(found)
                            refused.add(found)
                    out.append(value)
                yield n, out

        rows = _read_rows(header, body(), where, problems)
    finally:
        values_wb.close()
        formulas_wb.close()
    return _finish(rows, problems, name, frozenset(refused), supplier, pack)


def read_spreadsheet(path: Path) -> ReadResult:
    """CSV or XLSX by the file's extension."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    return read_csv(path)


# ---------------------------------------------------------------------------------------------
# Writing


def _word(col: str, code: str) -> str:
    return _WORDS[col][code][0]


def row_of(record: Record, *, whole: bool = True) -> dict[str, Any]:
    """A record as one template row (header → value); raises SpreadsheetError when the record
    has more than the template holds (several locations or sources, other ids, a ``;`` in a
    phone or topic). ``whole=False`` (a fill-in pack): the first location and source only, a
    phone description's ``;`` written as ``,``; the import carries the rest over from the
    record the row names (:func:`carry_over`). A ``;`` in a number or a topic, which would
    split it, is refused either way."""
    if whole and len(record.locations) > 1:
        raise SpreadsheetError(f"{record.id}: has {len(record.locations)} locations; the "
                               "template holds one (use the HSDS export)")
    if whole and len(record.sources) > 1:
        raise SpreadsheetError(f"{record.id}: has {len(record.sources)} sources; the template "
                               "holds one (use the HSDS export)")
    if whole and record.aliases:
        raise SpreadsheetError(f"{record.id}: has aliases; the template has no column for them")
    if any(";" in p.number or (whole and ";" in p.description) for p in record.phones) or \
            any(";" in t for t in record.topics):
        raise SpreadsheetError(f"{record.id}: a phone or topic holds ';', the template's "
                               "separator")
    if not whole:
        record = replace(record, phones=[replace(p, description=_no_semicolon(p.description))
                                         for p in record.phones])
    loc = record.locations[0] if record.locations else Location()
    src = record.sources[0] if record.sources else Source("")
    hours = "; ".join(_DUTCH_DAY[p.strip()[:2]] + p.strip()[2:]
                      for p in record.hours.split(";") if p.strip())
    exceptions = "; ".join(
        f"{e.date} {f'{e.opens}-{e.closes}' if e.opens else 'gesloten'}"
        + (f" ({e.description})" if e.description else "") for e in record.hours_exceptions)
    row = {
        "id": record.id, "naam": record.name,
        "soort": "; ".join(_word("soort", k) for k in record.kinds),
        "organisatie": record.organization, "beschrijving": record.description,
        "status": _word("status", record.status), "waarschuwing": record.alert,
        "mogelijk_gestopt": "ja" if record.may_have_ended else "",
        "doelgroep": record.audience, "onderwerpen": "; ".join(record.topics),
        "toegang": "; ".join(_word("toegang", a) for a in record.access),
        "meebrengen": "; ".join(_word("meebrengen", b) for b in record.to_bring),
        "talen": "; ".join(record.languages), "kost": record.cost, "e-mail": record.email,
        "website": record.website, "telefoon": "; ".join(p.number for p in record.phones),
        "telefoon_omschrijving": "; ".join(p.description for p in record.phones)
        if any(p.description for p in record.phones) else "",
        "uren": hours, "uren_tekst": record.hours_text, "uitzonderingen": exceptions,
        "open_op_feestdagen": "" if record.open_on_holidays is None
        else ("ja" if record.open_on_holidays else "nee"),
        "dicht_in_schoolvakanties": _word("dicht_in_schoolvakanties",
                                          record.closed_school_holidays)
        if record.closed_school_holidays else "",
        "locatie_naam": loc.name, "straat": loc.street, "huisnummer": loc.house_number,
        "postcode": loc.postcode, "gemeente": loc.municipality,
        "breedtegraad": "" if loc.latitude is None else repr(loc.latitude),
        "lengtegraad": "" if loc.longitude is None else repr(loc.longitude),
        "toegankelijkheid": loc.accessibility,
        "werkgebied": "; ".join(record.service_area),
        "bron_url": src.url, "bron_datum": src.date,
        "bron_zekerheid": _word("bron_zekerheid", src.confidence) if src.url else "",
        "bron_notities": src.notes, "laatst_nagekeken": record.assured_date,
    }
    return row


def write_csv(records: Iterable[Record], path: Path) -> int:
    """The template as CSV (UTF-8 with BOM, so Excel opens it right; comma separated)."""
    rows = [row_of(r) for r in records]
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(HEADERS)
        for row in rows:
            w.writerow([neutralise(row[h]) for h in HEADERS])
    return len(rows)


def write_xlsx(records: Iterable[Record], path: Path) -> int:
    """The template as an Excel workbook: sheet ``aanbod``, every cell text (no lost zeros)."""
    import openpyxl

    rows = [row_of(r) for r in records]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "aanbod"
    template_sheet(ws, rows)
    wb.properties.creator = "E-inclusie Wegwijzer"
    wb.save(path)
    return len(rows)


def template_sheet(ws, rows: Sequence[dict[str, Any]], empty_rows: int = 0) -> None:
    """Fill an openpyxl worksheet with the template: the headers (bold), one row per
    :func:`row_of` dict, then ``empty_rows`` rows formatted as text (a phone typed there keeps
    its leading 0). Every cell is a text cell; a text that starts like a formula also carries
    Excel's quote prefix, so it stays text when someone edits the cell."""
    from openpyxl.styles import Font

    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([row[h] for h in HEADERS])
    last = len(rows) + 1 + empty_rows
    for column in ws.iter_cols(min_row=1, max_row=last, max_col=len(HEADERS)):
        for cell in column:
            cell.number_format = "@"
            if isinstance(cell.value, str):
                # Text stays text: "=HYPERLINK(...)" is never a live formula, also after an edit
                cell.data_type = "s"
                if cell.value.startswith(FORMULA_START):
                    cell.quotePrefix = True
        width = max(len(str(c.value or "")) for c in column)
        ws.column_dimensions[column[0].column_letter].width = min(max(width, 8) + 2, 50)
    ws.freeze_panes = "B2"
