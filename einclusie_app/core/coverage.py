"""How well the catalogue covers the municipalities of Flanders and Brussels.

For each of the 304 municipalities (285 Flemish, 19 in Brussels; the gazetteer's 2025 list) it
counts what a counter there could find, read from a built catalogue (the shipped one or the
merged view with the local store: both have the same tables).

Counting rules
    *Located*: a record with a location in the municipality (the build resolved every location
    to its municipality, by postcode or name). It counts once per kind it lists (a digipunt that
    also gives courses counts as a digipunt and as a course), once however many locations it has
    there.

    *Serving*: a record not located in the municipality whose service area names it
    (``municipality:X``) or its province (``province:P``). Region-wide and Belgium-wide areas
    (``region:…``, ``be``) are **not** counted per municipality: a national helpline would make
    every municipality look covered. They are counted once per region instead
    (:attr:`Coverage.wide`).

    *Newest check*: the newest ``assured_date`` of the located and serving records ("" when
    none is dated).

    *Nothing known*: no located and no serving record.

    Only records with status ``active`` count; an inactive, defunct or temporarily closed offer
    covers nobody. A record whose sources say it may have ended still counts (it is what the
    catalogue knows), and ``may_have_ended`` says how many of a municipality's records are such.

Pure Python and SQLite, no Qt. The maintainer window asks for one home region with
:meth:`Coverage.for_place` (a municipality, or every municipality whose point lies within N km);
the command line prints :func:`report_text` or :func:`report_json`.

A :class:`Region` (:func:`region_of`) is the same home region as a set of municipalities, to
ask of ONE record whether it belongs there (:meth:`Region.reaches`: located in one of them, or
serving one of them or its province, by the same rules as above, whatever the record's status):
the maintainer's check round and the fill-in pack of a municipality use it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from . import vocab
from .geo import haversine_km
from .text import normalize

#: The regions this report covers, by REFNIS code, with the code the data format uses.
REGIONS = {vocab.REGIONS["flanders"]: "flanders", vocab.REGIONS["brussels"]: "brussels"}
#: What the 19 Brussels municipalities, which belong to no province, are grouped under.
BRUSSELS_GROUP = "Brussel"
#: The year from which a check counts as recent in the catalogue-wide figures.
RECENT_YEAR = "2024"


@dataclass(frozen=True)
class MunicipalityCoverage:
    """What the catalogue knows for one municipality."""

    refnis: str
    municipality: str          # Dutch name (2025)
    municipality_fr: str
    province: str              # Dutch short name ("West-Vlaanderen"), or "Brussel"
    region: str                # "flanders" | "brussels"
    lat: float
    lon: float
    located: dict[str, int]    # per kind (every kind present, 0 when none)
    located_ids: tuple[str, ...]
    serving_ids: tuple[str, ...]
    newest_check: str
    may_have_ended: int

    @property
    def serving(self) -> int:
        return len(self.serving_ids)

    @property
    def located_total(self) -> int:
        """Records located here (each once, whatever its kinds)."""
        return len(self.located_ids)

    @property
    def nothing_known(self) -> bool:
        return not self.located_ids and not self.serving_ids

    def to_json(self) -> dict:
        return {
            "municipality": self.municipality, "municipality_fr": self.municipality_fr,
            "refnis": self.refnis, "province": self.province, "region": self.region,
            "located": dict(self.located), "located_ids": list(self.located_ids),
            "serving": self.serving, "serving_ids": list(self.serving_ids),
            "newest_check": self.newest_check or None,
            "may_have_ended": self.may_have_ended, "nothing_known": self.nothing_known,
        }


@dataclass(frozen=True)
class ProvinceSummary:
    province: str
    municipalities: int
    located: dict[str, int]    # municipalities with at least one located record of the kind
    any_located: int           # municipalities with a located record of any kind
    serving_only: int          # municipalities served by an area only, nothing located
    any_offer: int             # located or serving
    nothing_known: tuple[str, ...]   # names


@dataclass(frozen=True)
class RecordFigures:
    """Catalogue-wide figures about the records themselves."""

    total: int
    active: int
    with_contact: int          # a phone, an e-mail address or a website
    with_phone: int
    checked_recently: int      # assured_date in RECENT_YEAR or later
    undated: int
    may_have_ended: int
    located: int               # with at least one location
    by_area_only: int          # no location, a service area
    nowhere: int               # no location and no service area: found by words only


@dataclass
class Coverage:
    municipalities: tuple[MunicipalityCoverage, ...]
    #: Region-wide and Belgium-wide records serving each region ("flanders", "brussels").
    wide: dict[str, tuple[str, ...]]
    records: RecordFigures
    _by_refnis: dict[str, MunicipalityCoverage] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_refnis = {m.refnis: m for m in self.municipalities}

    # -- selecting ---------------------------------------------------------------------

    def provinces(self) -> list[str]:
        """The groups in report order: the Flemish provinces alphabetically, then Brussel."""
        return list(dict.fromkeys(m.province for m in self.municipalities))

    def province_name(self, text: str) -> str | None:
        """The group a user means ("west-vlaanderen", "Provincie Limburg", "Bruxelles")."""
        norm = normalize(text).removeprefix("provincie ").strip()
        if norm in ("brussel", "bruxelles", "brussels", "brussels hoofdstedelijk gewest"):
            return BRUSSELS_GROUP
        for name in self.provinces():
            if normalize(name) == norm:
                return name
        return None

    def in_province(self, province: str) -> list[MunicipalityCoverage]:
        return [m for m in self.municipalities if m.province == province]

    def municipality(self, refnis: str) -> MunicipalityCoverage | None:
        return self._by_refnis.get(refnis)

    def near(self, lat: float, lon: float, km: float) -> list[MunicipalityCoverage]:
        """Municipalities whose point lies within ``km`` of (lat, lon), nearest first."""
        dist = [(haversine_km(lat, lon, m.lat, m.lon), m.municipality, m) for m in self.municipalities]
        return [m for d, _n, m in sorted(dist, key=lambda x: (x[0], x[1])) if d <= km]

    def for_place(self, place, km: float = 0.0) -> list[MunicipalityCoverage]:
        """A site's home region: the municipality of ``place`` (a gazetteer Place), and with
        ``km`` > 0 every municipality whose point lies within ``km`` of the place. The place's
        own municipality comes first. Empty for a place outside Flanders and Brussels."""
        own = self.municipality(place.refnis)
        out = [own] if own is not None else []
        if km > 0:
            out += [m for m in self.near(place.lat, place.lon, km) if m is not own]
        return out

    # -- summing up --------------------------------------------------------------------

    def summary(self, rows: Sequence[MunicipalityCoverage] | None = None) -> list[ProvinceSummary]:
        """One line per province (in report order) over ``rows`` (default: all)."""
        rows = list(self.municipalities if rows is None else rows)
        out = []
        for province in dict.fromkeys(m.province for m in rows):
            group = [m for m in rows if m.province == province]
            out.append(summarise(province, group))
        return out

    def total(self, rows: Sequence[MunicipalityCoverage] | None = None) -> ProvinceSummary:
        rows = list(self.municipalities if rows is None else rows)
        return summarise("Vlaanderen en Brussel", rows)


def summarise(name: str, rows: Sequence[MunicipalityCoverage]) -> ProvinceSummary:
    return ProvinceSummary(
        province=name, municipalities=len(rows),
        located={k: sum(1 for m in rows if m.located[k]) for k in vocab.KINDS},
        any_located=sum(1 for m in rows if m.located_ids),
        serving_only=sum(1 for m in rows if m.serving_ids and not m.located_ids),
        any_offer=sum(1 for m in rows if not m.nothing_known),
        nothing_known=tuple(m.municipality for m in rows if m.nothing_known))


# -------------------------------------------------------------------------------------------
# Reading a built catalogue


def coverage(conn: sqlite3.Connection) -> Coverage:
    """The coverage of the catalogue open on ``conn`` (a :class:`Catalogue`'s ``conn``)."""
    provinces = {refnis: name.removeprefix("Provincie ").strip() for refnis, name in
                 conn.execute("SELECT refnis, name_nl FROM gaz_province")}
    munis = municipality_rows(conn)

    located: dict[str, dict[str, dict]] = {}    # refnis -> id -> record
    serving_muni: dict[str, dict[str, dict]] = {}
    serving_prov: dict[str, dict[str, dict]] = {}
    wide: dict[str, dict[str, None]] = {code: {} for code in REGIONS.values()}
    figures = _Figures()
    for sid, record_json, resolved_json in conn.execute(
            "SELECT id, record, resolved FROM service ORDER BY id"):
        record, resolved = json.loads(record_json), json.loads(resolved_json)
        figures.add(record, resolved)
        if record.get("status", "active") != "active":
            continue
        here = {loc["refnis"] for loc in resolved["locations"]}
        for refnis in here:
            located.setdefault(refnis, {})[sid] = record
        for area in resolved["areas"]:
            scope, ref = _scope(area["token"])
            if scope == "municipality":
                if ref not in here:
                    serving_muni.setdefault(ref, {})[sid] = record
            elif scope == "province":
                serving_prov.setdefault(ref, {})[sid] = record
            elif scope == "region":
                if ref in REGIONS:
                    wide[REGIONS[ref]][sid] = None
            else:  # be
                for code in wide:
                    wide[code][sid] = None

    rows = []
    for refnis, nl, fr, prov, region, lat, lon in munis:
        here = located.get(refnis, {})
        serving = dict(serving_muni.get(refnis, {}))
        if prov:
            serving.update(serving_prov.get(prov, {}))
        for sid in here:
            serving.pop(sid, None)
        counts = {k: sum(1 for r in here.values() if k in r["kinds"]) for k in vocab.KINDS}
        both = list(here.values()) + list(serving.values())
        dates = [r.get("assured_date", "") for r in both if r.get("assured_date")]
        rows.append(MunicipalityCoverage(
            refnis=refnis, municipality=nl, municipality_fr=fr,
            province=provinces[prov] if prov else BRUSSELS_GROUP, region=REGIONS[region],
            lat=lat, lon=lon, located=counts, located_ids=tuple(sorted(here)),
            serving_ids=tuple(sorted(serving)), newest_check=max(dates, default=""),
            may_have_ended=sum(1 for r in both if r.get("may_have_ended"))))
    rows.sort(key=lambda m: (m.province == BRUSSELS_GROUP, normalize(m.province),
                             normalize(m.municipality)))
    return Coverage(tuple(rows), {k: tuple(sorted(v)) for k, v in wide.items()},
                    figures.result())


# -------------------------------------------------------------------------------------------
# One region, asked of one record at a time


@dataclass(frozen=True)
class Region:
    """Municipalities of a home region (``(refnis, Dutch name)``, the home one first) and the
    provinces they lie in (REFNIS), for :meth:`reaches`."""

    name: str
    km: float
    municipalities: tuple[tuple[str, str], ...]
    provinces: frozenset[str]

    @property
    def refnis(self) -> frozenset[str]:
        return frozenset(r for r, _n in self.municipalities)

    @property
    def names(self) -> list[str]:
        return [n for _r, n in self.municipalities]

    def reaches(self, record, gazetteer) -> bool:
        """Whether ``record`` (a core Record) is located in one of the municipalities, or its
        service area names one of them or its province (the rules of :func:`coverage`, any
        status). Region- and Belgium-wide areas do not count; a location or an area the
        gazetteer does not know is passed over."""
        from .gazetteer import GazetteerError

        munis = self.refnis
        if self.locates(record, gazetteer):
            return True
        for code in record.service_area:
            try:
                scope, ref = gazetteer.area(code)
            except GazetteerError:
                continue
            if (scope == "municipality" and ref in munis) or \
                    (scope == "province" and ref in self.provinces):
                return True
        return False


    def locates(self, record, gazetteer) -> bool:
        """Whether one of ``record``'s locations lies in one of the municipalities."""
        from .gazetteer import GazetteerError

        munis = self.refnis
        for loc in record.locations:
            if not (loc.postcode or loc.municipality):
                continue
            try:
                if gazetteer.locate(loc.postcode or None, loc.municipality or None).refnis \
                        in munis:
                    return True
            except GazetteerError:
                continue
        return False


def municipality_rows(conn: sqlite3.Connection) -> list[tuple]:
    """``(refnis, name_nl, name_fr, province_refnis, region_refnis, lat, lon)`` of the
    municipalities of Flanders and Brussels, from a built catalogue's gazetteer."""
    return conn.execute(
        "SELECT refnis, name_nl, name_fr, province_refnis, region_refnis, lat, lon"
        " FROM gaz_municipality WHERE region_refnis IN (%s)" % ",".join("?" * len(REGIONS)),
        tuple(REGIONS)).fetchall()


def region_of(conn: sqlite3.Connection, place, km: float = 0.0) -> Region:
    """The home region of a gazetteer Place: its municipality, and with ``km`` > 0 every
    municipality whose point lies within ``km`` of the place (as :meth:`Coverage.for_place`),
    nearest first. A place outside Flanders and Brussels gives its own municipality only."""
    rows = municipality_rows(conn)
    own = [r for r in rows if r[0] == place.refnis]
    out = [(place.refnis, own[0][1] if own else place.municipality_nl)]
    provinces = {own[0][3]} if own and own[0][3] else (
        {place.province_refnis} if place.province_refnis else set())
    if km > 0:
        dist = sorted((haversine_km(place.lat, place.lon, r[5], r[6]), r[1], r) for r in rows
                      if r[0] != place.refnis)
        for d, _name, r in dist:
            if d <= km:
                out.append((r[0], r[1]))
                if r[3]:
                    provinces.add(r[3])
    return Region(out[0][1], km, tuple(out), frozenset(provinces))


def _scope(token: str) -> tuple[str, str | None]:
    """The (scope, REFNIS) of a search-area token written by the build (core/tags.py)."""
    if token == "abe":
        return "be", None
    prefix, ref = token[:2], token[2:]
    return {"am": "municipality", "ap": "province", "ar": "region"}[prefix], ref


class _Figures:
    def __init__(self) -> None:
        self.n = dict.fromkeys(RecordFigures.__dataclass_fields__, 0)

    def add(self, record: dict, resolved: dict) -> None:
        n = self.n
        n["total"] += 1
        n["active"] += record.get("status", "active") == "active"
        n["with_contact"] += bool(record.get("phones") or record.get("email")
                                  or record.get("website"))
        n["with_phone"] += bool(record.get("phones"))
        date = record.get("assured_date", "")
        n["checked_recently"] += date >= RECENT_YEAR
        n["undated"] += not date
        n["may_have_ended"] += bool(record.get("may_have_ended"))
        if resolved["locations"]:
            n["located"] += 1
        elif resolved["areas"]:
            n["by_area_only"] += 1
        else:
            n["nowhere"] += 1

    def result(self) -> RecordFigures:
        return RecordFigures(**self.n)


# -------------------------------------------------------------------------------------------
# Reports

_KIND_HEAD = {"digipunt": "DIGIPUNT", "device_loan": "LOAN", "helpline": "HELPLINE",
              "training": "COURSE"}

RULES = (
    "Located: a record with a location in the municipality, counted under each kind it lists.",
    "Serving: a record not located there whose service area names the municipality or its "
    "province.",
    "Region-wide and Belgium-wide lines are not counted per municipality; they are listed once "
    "per region below.",
    "Only active records count; 'ended?' = records whose sources say they may have ended.",
)


def _table(rows: Iterable[Sequence[str]], right: set[int]) -> list[str]:
    rows = [list(r) for r in rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        out.append("  ".join(cells).rstrip())
    return out


def report_text(cov: Coverage, rows: Sequence[MunicipalityCoverage] | None = None,
                title: str = "") -> str:
    """The readable report: a table per province, a summary per province, the figures."""
    rows = list(cov.municipalities if rows is None else rows)
    lines = [title or f"Coverage of the catalogue: {len(rows)} municipalities", ""]
    lines += list(RULES) + [""]
    kinds = list(vocab.KINDS)
    for province in dict.fromkeys(m.province for m in rows):
        group = [m for m in rows if m.province == province]
        lines.append(f"{province} ({len(group)} municipalities)")
        table = [["MUNICIPALITY", *(_KIND_HEAD[k] for k in kinds), "SERVING", "NEWEST CHECK", ""]]
        for m in group:
            note = "nothing known" if m.nothing_known else (
                f"ended? {m.may_have_ended}" if m.may_have_ended else "")
            table.append([m.municipality, *(str(m.located[k]) if m.located[k] else "-"
                                            for k in kinds),
                          str(m.serving) if m.serving else "-", m.newest_check or "-", note])
        lines += ["  " + line for line in _table(table, set(range(1, len(kinds) + 2)))]
        lines.append("")
    lines += summary_lines(cov, rows)
    return "\n".join(lines) + "\n"


def summary_lines(cov: Coverage, rows: Sequence[MunicipalityCoverage] | None = None) -> list[str]:
    """The per-province summary, the catalogue-wide figures and the region-wide lines."""
    rows = list(cov.municipalities if rows is None else rows)
    kinds = list(vocab.KINDS)
    lines = ["Summary: municipalities with ..."]
    table = [["PROVINCE", "MUNIS", *(_KIND_HEAD[k] for k in kinds), "ANY LOCATED",
              "SERVED BY AREA ONLY", "ANY OFFER", "NOTHING KNOWN"]]
    sums = cov.summary(rows)
    if len(sums) > 1:
        sums.append(cov.total(rows))
    for s in sums:
        table.append([s.province, str(s.municipalities), *(str(s.located[k]) for k in kinds),
                      str(s.any_located), str(s.serving_only), str(s.any_offer),
                      str(len(s.nothing_known))])
    lines += ["  " + line for line in _table(table, set(range(1, len(table[0]))))]
    lines.append("")
    for s in cov.summary(rows):
        if s.nothing_known:
            lines.append(f"Nothing known in {s.province} ({len(s.nothing_known)}): "
                         + ", ".join(s.nothing_known))
    f = cov.records
    lines += [
        "",
        f"Records: {f.total} ({f.active} active); with a phone, e-mail or website: "
        f"{f.with_contact}; with a phone: {f.with_phone}; checked in {RECENT_YEAR} or later: "
        f"{f.checked_recently}; never dated: {f.undated}; may have ended: {f.may_have_ended}.",
        f"Records with a location: {f.located}; with a service area only: {f.by_area_only}; "
        f"with neither (found by words only): {f.nowhere}.",
    ]
    regions = dict.fromkeys(m.region for m in rows)
    names = {"flanders": "Flanders", "brussels": "Brussels"}
    for region in regions:
        ids = cov.wide.get(region, ())
        lines.append(f"Region- or Belgium-wide records serving {names[region]}: {len(ids)}"
                     + (f" ({', '.join(ids)})" if ids else ""))
    return lines


def report_json(rows: Iterable[MunicipalityCoverage]) -> str:
    """One JSON object per line, one line per municipality."""
    return "".join(json.dumps(m.to_json(), ensure_ascii=False) + "\n" for m in rows)
