"""A municipality's fill-in pack: the spreadsheet template, pre-filled, with a sheet that explains.

``einclusie catalogue fill-in-pack MUNICIPALITY --out FILE.xlsx`` (and the maintainer window)
write one workbook for one municipality, to send to its social service or library:

1. the first sheet, :data:`~.spreadsheet.PACK_SHEET` (``uitleg``), says in plain Dutch why the
   catalogue matters at the counter, what to do (check each row, correct it, mark what stopped,
   add what is missing, write nothing about clients), asks who filled it in, when, and the web
   address of the municipality or service (:data:`~.spreadsheet.SUPPLIER_LABELS`: the import
   records them as the source of every row added or changed), and lists for every column what
   to write, with examples that are accepted and refused;
2. the sheet ``aanbod``: the template (docs/spreadsheet-template.md) with every record shown
   here that is located in the municipality, then every record that serves it by its service
   area (the municipality or its province: regional offers; region- and Belgium-wide lines are
   the central maintainer's), then :data:`DEFAULT_EMPTY_ROWS` empty rows. Every cell is text.

A record's row holds its first location and source; the rest is carried over on import from
the record the row names (core/spreadsheet.py ``carry_over``), so an untouched pack imports
back as "unchanged" for every row.

The rules on the first sheet are the import's and the editor's (core/validate.py, through the
same reader): the limits and code lists are taken from the code, and every example is one the
checks accept or refuse (:func:`check_examples` runs them; a test keeps them true). The
explanations are written in Dutch here: the template is Dutch (its column names, its words).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .record import Problem, Record

__all__ = ["DEFAULT_EMPTY_ROWS", "PackError", "PackInfo", "ColumnRule", "column_rules",
           "pack_records", "write_pack", "check_examples"]

#: Empty rows after the pre-filled ones: room for what the municipality knows and we do not.
DEFAULT_EMPTY_ROWS = 25
MAX_EMPTY_ROWS = 1000


class PackError(ValueError):
    """The municipality is not known (the message says which were meant), or the pack cannot
    be written."""


@dataclass(frozen=True)
class PackInfo:
    """A pack written: where, for which municipality (Dutch name, REFNIS), the records located
    there and those serving it (ids, in row order), the empty rows, and the records that could
    not be put in a row (id, why)."""

    path: Path
    municipality: str
    refnis: str
    located: tuple[str, ...]
    serving: tuple[str, ...]
    empty_rows: int
    left_out: tuple[tuple[str, str], ...] = ()

    @property
    def rows(self) -> int:
        return len(self.located) + len(self.serving)


@dataclass(frozen=True)
class ColumnRule:
    """What the first sheet says of one column: required or not, what to write (Dutch), and
    examples the import accepts (``good``) and refuses (``bad``): each example is a few cells
    of one row (column → text), so that a rule between two columns (a postcode and its
    municipality) can be shown."""

    column: str
    required: bool
    text: str
    good: tuple[dict[str, str], ...] = ()
    bad: tuple[dict[str, str], ...] = ()


def _words(col: str) -> str:
    from .spreadsheet import _WORDS

    return ", ".join(words[0] for words in _WORDS[col].values())


def _example_place(conn, refnis: str) -> tuple[str, str, str]:
    """(a postcode of the municipality, its Dutch name, the name of the nearest other
    municipality with a postcode): real places for the postcode examples."""
    pc = conn.execute("SELECT min(postcode) FROM gaz_postcode WHERE refnis = ?",
                      (refnis,)).fetchone()[0]
    name, lat, lon = conn.execute("SELECT name_nl, lat, lon FROM gaz_municipality "
                                  "WHERE refnis = ?", (refnis,)).fetchone()
    other = conn.execute(
        "SELECT m.name_nl FROM gaz_municipality m WHERE m.refnis != ? AND EXISTS "
        "(SELECT 1 FROM gaz_postcode p WHERE p.refnis = m.refnis) "
        "ORDER BY (m.lat - ?) * (m.lat - ?) + (m.lon - ?) * (m.lon - ?) LIMIT 1",
        (refnis, lat, lat, lon, lon)).fetchone()[0]
    return pc or "", name, other


def column_rules(conn, refnis: str, province: str, today: dt.date) -> list[ColumnRule]:
    """The rules of every column, for the pack of one municipality (its postcode and province
    in the examples). Limits and code lists come from core/validate.py and the template."""
    from .validate import BELGIUM_BOUNDS, TEXT_LIMITS

    line = TEXT_LIMITS["line"]
    south, north, west, east = BELGIUM_BOUNDS
    pc, name, other = _example_place(conn, refnis)
    day = today.isoformat()
    future = today.replace(year=today.year + 1).isoformat()
    r = ColumnRule
    rules = [
        r("id", False, "Laat dit staan zoals het is: zo weet de Wegwijzer welke rij bij welk "
                       "aanbod hoort. Voor een nieuwe rij laat u het leeg; het wordt gemaakt uit "
                       "de naam en de postcode.",
          ({"id": ""}, {"id": "digipunt-bibliotheek"}), ({"id": "Digipunt Bibliotheek"},)),
        r("naam", True, f"De naam zoals het aanbod zichzelf noemt (hoogstens {line} tekens).",
          ({"naam": "Digipunt bibliotheek"},), ({"naam": ""},)),
        r("soort", True, f"Wat voor hulp: {_words('soort')}. Meer dan één: gescheiden door ; "
                         "(de eerste is de belangrijkste).",
          ({"soort": "digipunt"}, {"soort": "uitleen; cursus"}), ({"soort": "computer"},)),
        r("organisatie", False, "Wie het aanbod geeft (de gemeente, het OCMW, een vereniging).",
          ({"organisatie": f"Gemeente {name}"},)),
        r("beschrijving", False, "Wat men er kan krijgen, in gewone woorden, in het "
                                 "Nederlands."),
        r("status", False, f"Leeg = actief. Anders: {_words('status')}. Is het aanbod gestopt? "
                           "Schrijf opgeheven (wis de rij niet: een gewiste rij verandert "
                           "niets).",
          ({"status": ""}, {"status": "opgeheven"}), ({"status": "dicht"},)),
        r("waarschuwing", False, "Iets wat de medewerker aan de balie moet weten (bv. "
                                 "'tijdens de zomer gesloten')."),
        r("mogelijk_gestopt", False, "ja als het aanbod misschien stopt of gestopt is (een "
                                     "proefproject, geld dat niet verlengd werd); zeg waarom "
                                     "in waarschuwing. Anders leeg.",
          ({"mogelijk_gestopt": "ja"},), ({"mogelijk_gestopt": "misschien"},)),
        r("doelgroep", False, "Voor wie het is, zoals het aanbod het zegt (bv. 'inwoners van "
                              f"{name}', '65-plussers')."),
        r("onderwerpen", False, "Waarmee men helpt, gescheiden door ; (bv. itsme; "
                                "smartphone; e-mail)."),
        r("toegang", False, f"Hoe men binnenkomt: {_words('toegang')}. Meer dan één: "
                            "gescheiden door ;.",
          ({"toegang": "binnenlopen; afspraak"},), ({"toegang": "vrij"},)),
        r("meebrengen", False, f"Wat men meebrengt: {_words('meebrengen')}.",
          ({"meebrengen": "identiteitskaart; smartphone"},), ({"meebrengen": "paspoort"},)),
        r("talen", False, "In welke talen men geholpen wordt: taalcodes van twee letters, "
                          "gescheiden door ; (nl; fr; en; ar; tr).",
          ({"talen": "nl; fr"},), ({"talen": "Nederlands"},)),
        r("kost", False, "gratis, of de prijs zoals het aanbod hem zegt (bv. '5 euro voor "
                         "drie lessen'). Leeg = niet gekend."),
        r("e-mail", False, "Een e-mailadres van het aanbod (niet van een klant).",
          ({"e-mail": "digipunt@gemeente.be"},), ({"e-mail": "digipunt@gemeente"},
                                                    {"e-mail": "digipunt gemeente.be"})),
        r("website", False, "Het webadres van het aanbod, met of zonder https://.",
          ({"website": "www.gemeente.be/digipunt"},), ({"website": "www gemeente be"},)),
        r("telefoon", False, "Belgische nummers zoals u ze belt, gescheiden door ;. Korte "
                             "nummers zoals 1700 mogen ook.",
          ({"telefoon": "050 12 34 56"}, {"telefoon": "1700"}),
          ({"telefoon": "12345"}, {"telefoon": "050 12 34"})),
        r("telefoon_omschrijving", False, "Per nummer, in dezelfde volgorde, waarvoor het dient "
                                          "(bv. 'afspraken'), gescheiden door ;."),
        r("uren", False, "De vaste uren per week: dag (ma di wo do vr za zo) en uren (UU:MM-UU:MM); "
                         "twee blokken op één dag met een komma; dagen gescheiden door ;. Alleen "
                         "een echt weekpatroon; iets anders in uren_tekst.",
          ({"uren": "ma 09:00-12:00,13:00-17:00; wo 14:00-16:00"},),
          ({"uren": "maandag voormiddag"}, {"uren": "ma 9u tot 12u"})),
        r("uren_tekst", False, "De uren zoals u ze zelf zou zeggen (bv. 'elke eerste zaterdag "
                               "van de maand')."),
        r("uitzonderingen", False, "Dagen dat het anders is: een datum (JJJJ-MM-DD) met "
                                   "'gesloten' of met uren, gescheiden door ;.",
          ({"uitzonderingen": f"{today.year}-12-24 gesloten (kerstavond)"},),
          ({"uitzonderingen": "24/12 gesloten"},)),
        r("open_op_feestdagen", False, "ja of nee; leeg = dicht op wettelijke feestdagen.",
          ({"open_op_feestdagen": "nee"},), ({"open_op_feestdagen": "soms"},)),
        r("dicht_in_schoolvakanties", False, f"{_words('dicht_in_schoolvakanties')}, of leeg.",
          ({"dicht_in_schoolvakanties": "vlaanderen"},),
          ({"dicht_in_schoolvakanties": "zomer"},)),
        r("locatie_naam", False, "Het gebouw (bv. 'Bibliotheek', 'Sociaal huis')."),
        r("straat", False, "De straat, zoals op de gevel."),
        r("huisnummer", False, "Het huisnummer."),
        r("postcode", False, "Vier cijfers; de postcode moet bestaan en bij de gemeente "
                             "horen.",
          ({"postcode": pc, "gemeente": name},),
          ({"postcode": pc[:3], "gemeente": name}, {"postcode": pc, "gemeente": other})),
        r("gemeente", False, "De gemeente (of deelgemeente) van het adres.",
          ({"gemeente": name},), ({"gemeente": "Onbekendegem"},)),
        r("breedtegraad", False, "Alleen als u de plaats precies gemeten hebt (bv. 51.0656); "
                                 f"in België (tussen {south} en {north}).",
          ({"breedtegraad": "51.0656", "lengtegraad": "3.3339", "gemeente": name},),
          ({"breedtegraad": "53.5", "lengtegraad": "3.3", "gemeente": name},)),
        r("lengtegraad", False, f"Samen met breedtegraad; in België (tussen {west} en "
                                f"{east})."),
        r("toegankelijkheid", False, "bv. wheelchair, alleen als u het zeker weet."),
        r("werkgebied", False, "Voor hulp zonder adres: voor welke gemeenten of welke provincie "
                               "ze dient.",
          ({"werkgebied": f"municipality:{name}"},) + (
              ({"werkgebied": f"province:{province}"},) if province else ()),
          ({"werkgebied": name},)),
        r("bron_url", True, "De webpagina waar deze gegevens staan. Leeg in een nieuwe rij: dan "
                            "geldt wat u bovenaan invult (wie dit invult) als bron.",
          ({"bron_url": "www.gemeente.be/digipunt"},), ({"bron_url": "digipunt"},)),
        r("bron_datum", False, "De datum van die pagina (JJJJ-MM-DD, JJJJ-MM of JJJJ).",
          ({"bron_datum": day},), ({"bron_datum": f"{today.year}-02-30"},)),
        r("bron_zekerheid", False, "hoog (alles staat op de pagina) of gedeeltelijk (zeg in "
                                   "bron_notities wat u afleidde).",
          ({"bron_zekerheid": "hoog"},), ({"bron_zekerheid": "wellicht"},)),
        r("bron_notities", False, "Wat u afleidde of waarover u twijfelt."),
        r("laatst_nagekeken", False, "De datum waarop iemand de gegevens naging (JJJJ-MM-DD), "
                                     "niet in de toekomst.",
          ({"laatst_nagekeken": day},), ({"laatst_nagekeken": future},)),
    ]
    return rules


def _base_row() -> dict[str, str]:
    return {"naam": "Digipunt bibliotheek", "soort": "digipunt",
            "bron_url": "www.gemeente.be/digipunt"}


def check_examples(rules: Sequence[ColumnRule], gazetteer) -> list[str]:
    """Every example that the import does not treat as its rule says: a good one with a
    problem, a bad one without a problem in its column. Each example is read as one template
    row by the real reader and checked by core/validate.py. Empty: the sheet tells the
    truth."""
    from .spreadsheet import _finish, _Row
    from .validate import check_read

    out = []
    for rule in rules:
        for kind, examples in (("good", rule.good), ("bad", rule.bad)):
            for cells in examples:
                row = dict(_base_row(), **cells)
                problems: list[Problem] = []
                read = _finish([_Row("example row 2", row)], problems, "example")
                found = check_read(read, gazetteer)
                if kind == "good" and found:
                    out.append(f"{rule.column}: good example {cells} is refused: "
                               f"{'; '.join(str(p) for p in found)}")
                if kind == "bad" and not found:
                    out.append(f"{rule.column}: bad example {cells} is accepted")
    return out


# ---------------------------------------------------------------------------------------------
# Which records


def _place(gazetteer, text: str):
    res = gazetteer.resolve(text.strip()) if text.strip() else None
    if res is None or res.place is None:
        hint = ""
        if res is not None and res.choices:
            hint = " Which one: " + "; ".join(p.label for p in res.choices[:6]) + "?"
        elif res is not None and res.suggestions:
            hint = " Close: " + ", ".join(res.suggestions[:4]) + "."
        raise PackError(f"{text!r} is not a municipality or place the program knows.{hint}")
    return res.place


def pack_records(municipality: str, records: Sequence[Record], gazetteer, conn):
    """(region, located, serving) of a municipality (a name, a former municipality or a
    postcode): the records located in it, then those serving it by service area, each sorted
    by name."""
    from .coverage import region_of

    place = _place(gazetteer, municipality)
    region = region_of(conn, place, 0.0)
    located, serving = [], []
    for r in records:
        if region.locates(r, gazetteer):
            located.append(r)
        elif region.reaches(r, gazetteer):
            serving.append(r)
    key = (lambda r: (r.name.lower(), r.id))
    return region, sorted(located, key=key), sorted(serving, key=key)


# ---------------------------------------------------------------------------------------------
# Writing


def write_pack(municipality: str, records: Sequence[Record], gazetteer, conn, out: Path, *,
               empty_rows: int | None = None, today: dt.date | None = None) -> PackInfo:
    """Write the pack of ``municipality`` (see the module's description) to ``out``, whole or
    not at all. ``records``: what is shown here (shipped and local); ``conn``: a catalogue
    connection (its gazetteer tables)."""
    from .spreadsheet import SpreadsheetError, row_of

    today = today or dt.date.today()
    empty = DEFAULT_EMPTY_ROWS if empty_rows is None else empty_rows
    if not 0 <= empty <= MAX_EMPTY_ROWS:
        raise PackError(f"empty rows: give 0 to {MAX_EMPTY_ROWS}, not {empty}")
    region, located, serving = pack_records(municipality, records, gazetteer, conn)
    refnis = region.municipalities[0][0]
    province = ""
    prow = conn.execute("SELECT p.name_nl FROM gaz_municipality m JOIN gaz_province p "
                        "ON p.refnis = m.province_refnis WHERE m.refnis = ?",
                        (refnis,)).fetchone()
    if prow:
        province = prow[0].removeprefix("Provincie ").strip()
    rows, left_out, kept = [], [], {"located": [], "serving": []}
    for part, group in (("located", located), ("serving", serving)):
        for r in group:
            try:
                rows.append(row_of(r, whole=False))
            except SpreadsheetError as exc:
                left_out.append((r.id, str(exc)))
                continue
            kept[part].append(r.id)
    info = PackInfo(Path(out), region.name, refnis, tuple(kept["located"]),
                    tuple(kept["serving"]), empty, tuple(left_out))
    rules = column_rules(conn, refnis, province, today)
    _write_workbook(info, rows, rules, today)
    return info


def _write_workbook(info: PackInfo, rows: list[dict], rules: Sequence[ColumnRule],
                    today: dt.date) -> None:
    import openpyxl

    from .spreadsheet import PACK_SHEET

    wb = openpyxl.Workbook()
    first = wb.active
    first.title = PACK_SHEET
    _explain(first, info, rules, today)
    sheet = wb.create_sheet("aanbod")
    from .spreadsheet import template_sheet

    template_sheet(sheet, rows, empty_rows=info.empty_rows)
    wb.properties.creator = "E-inclusie Wegwijzer"
    wb.properties.title = f"Invulpakket {info.municipality}"
    wb.active = 0
    out = info.path
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _explain(ws, info: PackInfo, rules: Sequence[ColumnRule], today: dt.date) -> None:
    """The first sheet: why, what to do, who fills it in, and every column's rule."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from .spreadsheet import PACK_MARK, SUPPLIER_LABELS

    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    thin = Side(style="thin", color="888888")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="FFF2CC")
    head = PatternFill("solid", fgColor="DDE8F6")
    # printed, the sheet fits the width of one landscape A4 page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 62
    ws.column_dimensions["D"].width = 34
    ws.column_dimensions["E"].width = 34
    row = 1

    def put(text: str, font=None, merge: bool = True, height: int | None = None) -> None:
        nonlocal row
        cell = ws.cell(row, 1, text)
        cell.alignment = wrap
        cell.data_type = "s"
        if font is not None:
            cell.font = font
        if merge:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        if height:
            ws.row_dimensions[row].height = height
        row += 1

    n = info.rows
    put(PACK_MARK, Font(bold=True, size=16), height=24)
    put(f"Voor de gemeente {info.municipality} — gemaakt op {today.isoformat()}", bold)
    row += 1
    put("Waarom?", Font(bold=True, size=13))
    put("Aan de balies van het OCMW, de bibliotheek en het welzijnswerk zoeken medewerkers met de "
        "Wegwijzer hulp voor mensen die moeilijk met een computer, een smartphone of het internet "
        "overweg kunnen: een digipunt, een toestel lenen, een hulplijn of een cursus. Wat in dit "
        "bestand staat, zien die medewerkers. Klopt het niet, dan staat iemand voor een gesloten "
        "deur of belt hij een nummer dat niemand opneemt. U kent het aanbod in uw gemeente het "
        "best.", height=75)
    row += 1
    put("Wat moet u doen?", Font(bold=True, size=13))
    steps = [
        "1. Vul hieronder in wie dit invult, wanneer, en het webadres van uw gemeente of "
        "dienst. Zo weet iedereen later waar de gegevens vandaan komen.",
        f"2. Kijk op het blad 'aanbod' de {n} ingevulde rij(en) na. Klopt alles, laat de rij dan "
        "zoals ze is. Is er iets veranderd, pas dan de cel aan.",
        "3. Is een aanbod gestopt? Schrijf in de kolom status: opgeheven. Wis de rij niet: een "
        "gewiste rij verandert niets in de Wegwijzer.",
        "4. Kent u hulp die er nog niet in staat? Vul een lege rij in: minstens naam en soort, "
        "en het adres (of het werkgebied). Laat de kolom id leeg.",
        "5. Laat de kolom id van de ingevulde rijen staan zoals ze is.",
        "6. Schrijf niets over klanten of andere personen: alleen over het aanbod.",
        "7. Bewaar het bestand (als Excel-bestand, .xlsx) en stuur het terug naar wie het u "
        "bezorgde.",
    ]
    for step in steps:
        put(step, height=32)
    if info.serving:
        put(f"De laatste {len(info.serving)} ingevulde rij(en) zijn aanbieders die ook uw "
            "gemeente bedienen, zonder adres in uw gemeente (een regionaal project, een "
            "digibank voor de regio). Kijk ze na als u ze kent.", height=32)
    if info.left_out:
        put("Niet in dit bestand (te veel voor één rij; de beheerder past ze aan in de "
            "Wegwijzer): " + ", ".join(i for i, _why in info.left_out), height=32)
    row += 1
    put("Wie vult dit in?", Font(bold=True, size=13))
    for _key, label in SUPPLIER_LABELS:
        a = ws.cell(row, 1, label)
        a.font = bold
        a.alignment = wrap
        b = ws.cell(row, 2)
        b.number_format = "@"
        b.fill = fill
        b.border = box
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        row += 1
    row += 1
    put("Wat schrijft u in elke kolom?", Font(bold=True, size=13))
    put("Dezelfde regels als in het invulscherm van de Wegwijzer: de beheerder leest het "
        "bestand in, het programma kijkt elke rij na, en bij een fout krijgt u de rij en de "
        "kolom terug. Er wordt niets ingelezen zolang er een fout in staat.", height=45)
    for col, text in enumerate(("Kolom", "Verplicht", "Wat schrijft u", "Zo is het goed",
                                "Zo wordt het geweigerd"), start=1):
        cell = ws.cell(row, col, text)
        cell.font = bold
        cell.fill = head
        cell.border = box
    ws.freeze_panes = None
    row += 1
    for rule in rules:
        cells = (rule.column, "ja" if rule.required else "", rule.text,
                 _examples(rule.column, rule.good), _examples(rule.column, rule.bad))
        for col, text in enumerate(cells, start=1):
            cell = ws.cell(row, col, text)
            cell.alignment = wrap
            cell.border = box
            cell.data_type = "s"
            if col == 1:
                cell.font = bold
        lines = max(2, len(rule.text) // 55 + 1)
        ws.row_dimensions[row].height = 15 * lines
        row += 1


def _examples(column: str, examples: Sequence[dict[str, str]]) -> str:
    out = []
    for cells in examples:
        own = cells.get(column, "")
        others = [f"{k}: {v}" for k, v in cells.items() if k != column]
        shown = own if own else "(leeg)"
        out.append(shown + (f" (met {', '.join(others)})" if others else ""))
    return "\n".join(out)
