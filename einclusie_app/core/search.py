"""Search as you type: words, a place, filters; ranked for the person at the counter.

Words
    The query is normalised (NFKC, accents and case folded, ``ĳ`` → ``ij``) and split into
    words. Every word must be found, in any order, as the start of a word in the name,
    organisation, description, topics or place names. A phrase the synonym list knows
    ("kaart kwijt", "impôts", "laptop") is one term that is also met by the topics and kinds it
    points to. User text never reaches the FTS syntax: each word becomes a quoted prefix token,
    so quotes, ``*``, ``AND``, ``NEAR(`` or emoji are just (absent) words. Only the first
    :data:`MAX_WORDS` words of at most :data:`MAX_WORD_LEN` characters are used.

Place
    With a place, a service is kept when one of its locations lies within the radius, or when
    its service area (Belgium, a region, a province, a municipality) covers the place — phone
    lines and region-wide schemes stay in the results everywhere they serve.

Filters
    Kinds (any of those chosen), the language the help is given in, free of charge, and how you
    get in (any of those chosen). They are tags in the same index, so they cost nothing extra.
    "Open at" (now, or a chosen day and time) keeps only services whose hours say they are open
    then; services with unknown hours are left out. "Open first" moves what is open to the top
    and keeps the ranking order within open and not open.

Ranking
    Each result falls in one of four *match tiers*:

    0. its name or organisation holds every word typed ("card stop", "digipunt beernem");
    1. it is *about* the topic the synonym list found in the query: the topic is in its name,
       in a third of its own topics, or it was tagged by hand (FOD Financiën for
       "belastingen", Card Stop for "kaart kwijt", 1700 for "itsme"; ``taxonomy.topics_of``);
    2. it is the kind of help the synonym list found (device loans for "laptop", courses for
       "cursus", help points for "itsme");
    3. it merely mentions the words somewhere (also inside a compound: "cafe" in "Digicafé").

    Without a place, results sort by tier, then kind (help point, device loan, helpline,
    course), then name.

    With a place, results sort by an *effective distance*: the distance in km to the service's
    nearest location, less :data:`TIER_BONUS_KM` for tier 0 or 1. A service kept because its
    service area covers the place (a phone line, a region-wide scheme) counts as
    :data:`AREA_KM` km away: it shows after help around the corner, before help far away.
    Ties break by kind, then name. A service with several locations appears once, at its
    nearest location.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from . import tags, vocab
from .geo import cells_near, geodesic_km, haversine_km
from .schema import FTS_TEXT_COLUMNS
from .taxonomy import SynonymIndex, Term
from .text import tokens

MAX_WORDS = 12
MAX_WORD_LEN = 40
AREA_KM = 5.0
TIER_BONUS_KM = {0: 3.0, 1: 2.0, 2: 1.0, 3: 0.0}
DEFAULT_KM = 15.0
#: Text-only searches read at most this many rows per tier (in kind, name order).
TEXT_ONLY_READ = 400
#: A place search never ranks more rows than this.
PLACE_READ = 20000

_TEXT_COLS = "{" + " ".join(FTS_TEXT_COLUMNS) + "}"
_NAME_COLS = "{name organization}"


@dataclass(frozen=True)
class Query:
    text: str = ""
    place: object | None = None          # a gazetteer Place (lat, lon, refnis...)
    km: float = DEFAULT_KM
    kinds: frozenset[str] = frozenset()
    language: str | None = None
    free: bool = False
    access: frozenset[str] = frozenset()
    limit: int = 50
    open_at: object | None = None        # an aware datetime: keep only what is open then
    open_first: object | None = None     # an aware datetime: what is open then comes first


@dataclass
class Hit:
    service_id: str
    name: str
    kind: str
    place: str                 # where: the location's place, or the service area's name
    municipality: str          # the location's municipality (Dutch), "" without a location
    postcode: str
    distance_km: float | None  # None: no location within reach (or no place asked)
    approximate: bool          # the point is a postcode's or municipality's, not the door's
    address_known: bool
    by_area: bool              # kept because its service area covers the place
    phone: str
    tier: int = 3
    in_place: bool = False     # an approximate location in the very municipality asked for
    lat: float | None = None   # the point the distance is measured to
    lon: float | None = None
    key: tuple = field(default=(), repr=False)


def query_terms(text: str, synonyms: SynonymIndex) -> list[Term]:
    words = [w[:MAX_WORD_LEN] for w in tokens(text[: MAX_WORDS * (MAX_WORD_LEN + 1) * 4])]
    return synonyms.terms(words[:MAX_WORDS])


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _words(term: Term, columns: str) -> str:
    return f"{columns} : (" + " AND ".join(_quote(w) + " *" for w in term.words) + ")"


def _term_expr(term: Term) -> str:
    expr = _words(term, _TEXT_COLS)
    codes = [tags.topic(t) for t in term.topics] + [tags.kind(k) for k in term.kinds]
    if codes:
        expr = f"({expr} OR tags : ({' OR '.join(codes)}))"
    return expr


def _focus_exprs(terms: list[Term]) -> list[tuple[int, str]]:
    """(tier, tags expression) for the topics and the kinds the query's synonyms point to."""
    out = []
    topics = dict.fromkeys(tags.focus(t) for term in terms for t in term.topics)
    if topics:
        out.append((1, "tags : (" + " OR ".join(topics) + ")"))
    kinds = dict.fromkeys(tags.focus_kind(k) for term in terms for k in term.kinds)
    if kinds:
        out.append((2, "tags : (" + " OR ".join(kinds) + ")"))
    return out


def _filter_exprs(q: Query) -> list[str]:
    out = []
    kinds = [k for k in vocab.KINDS if k in q.kinds]
    if kinds:
        out.append("tags : (" + " OR ".join(tags.kind(k) for k in kinds) + ")")
    if q.language:
        out.append("tags : " + tags.language(q.language))
    if q.free:
        out.append("tags : " + tags.FREE)
    access = [a for a in vocab.ACCESS if a in q.access]
    if access:
        out.append("tags : (" + " OR ".join(tags.access(a) for a in access) + ")")
    return out


_COLUMNS = ("r.rowid, r.service_id, r.name, r.lat, r.lon, r.kind, r.place, r.municipality,"
            " r.postcode, r.precision, r.address_known, r.phone, r.areas")


class Searcher:
    """Runs queries against a catalogue connection. Cheap to call on every keystroke."""

    def __init__(self, conn: sqlite3.Connection, gazetteer=None, open_at=None):
        self.conn = conn
        self.gazetteer = gazetteer
        #: ``open_at(service_id, when) -> bool | None``, for the hours filters.
        self.open_at = open_at
        self.synonyms = SynonymIndex.from_rows(
            conn.execute("SELECT phrase, topics, kinds FROM synonym ORDER BY phrase"))

    def search(self, q: Query) -> list[Hit]:
        terms = query_terms(q.text, self.synonyms)
        filters = _filter_exprs(q)
        if q.place is not None:
            hits = self._near(q, terms, filters)
        else:
            hits = self._anywhere(q, terms, filters)
        if (q.open_at is not None or q.open_first is not None) and self.open_at is not None:
            if q.open_at is not None:
                hits = [h for h in hits if self.open_at(h.service_id, q.open_at) is True]
            if q.open_first is not None:
                hits.sort(key=lambda h: self.open_at(h.service_id, q.open_first) is not True)
        hits = hits[: q.limit]
        if q.place is not None:
            for h in hits:
                if h.distance_km is not None:
                    h.distance_km = geodesic_km(q.place.lat, q.place.lon, h.lat, h.lon)
                    h.in_place = h.approximate and h.municipality == q.place.municipality_nl
        return hits

    # -- text only ------------------------------------------------------------------------

    def _anywhere(self, q: Query, terms: list[Term], filters: list[str]) -> list[Hit]:
        base = [_term_expr(t) for t in terms] + filters + ["tags : " + tags.PRIMARY]
        found: dict[int, tuple[int, tuple]] = {}
        n = TEXT_ONLY_READ if q.open_at is not None else min(q.limit, TEXT_ONLY_READ)
        if terms:
            name = [_words(t, _NAME_COLS) for t in terms] + filters + ["tags : " + tags.PRIMARY]
            for row in self._rows(name, n):
                found.setdefault(row[0], (0, row))
            for tier, focus in _focus_exprs(terms):
                for row in self._rows(base + [focus], n):
                    found.setdefault(row[0], (tier, row))
        for row in self._rows(base, TEXT_ONLY_READ):
            found.setdefault(row[0], (3, row))
        ranked = sorted(found.items(), key=lambda item: (item[1][0], item[0]))
        return [self._hit(row, tier) for _rowid, (tier, row) in ranked]

    # -- near a place ---------------------------------------------------------------------

    def _near(self, q: Query, terms: list[Term], filters: list[str]) -> list[Hit]:
        place = q.place
        area = tags.area_tokens(place.region_refnis, place.province_refnis, place.refnis)
        parts = [_term_expr(t) for t in terms] + filters
        cells = cells_near(place.lat, place.lon, q.km)
        if cells is not None:
            parts.append("geo : (" + " OR ".join(cells + area) + ")")
        rows = self._rows(parts, PLACE_READ)
        tier_of: dict[int, int] = {}
        if terms and rows:
            for tier, focus in reversed(_focus_exprs(terms)):
                tier_of.update((r[0], tier) for r in self._rows(parts + [focus], PLACE_READ))
            name = [_words(t, _NAME_COLS) for t in terms] + filters
            if cells is not None:
                name.append(parts[-1])
            tier_of.update((r[0], 0) for r in self._rows(name, PLACE_READ))
        area_set = set(area)
        best: dict[str, Hit] = {}
        for row in rows:
            lat, lon, row_areas = row[3], row[4], row[12]
            by_area = bool(row_areas) and not area_set.isdisjoint(row_areas.split())
            dist = None
            if lat is not None:
                dist = haversine_km(place.lat, place.lon, lat, lon)
                if dist > q.km:
                    dist = None
            if dist is None and not by_area:
                continue
            hit = self._hit(row, tier_of.get(row[0], 3), dist, by_area)
            eff = AREA_KM if dist is None else (min(dist, AREA_KM) if by_area else dist)
            hit.key = (eff - TIER_BONUS_KM[hit.tier], row[0])
            old = best.get(hit.service_id)
            if old is None or hit.key < old.key:
                best[hit.service_id] = hit
        return sorted(best.values(), key=lambda h: h.key)

    # -- plumbing -------------------------------------------------------------------------

    def _rows(self, parts: list[str], limit: int) -> list[tuple]:
        match = " AND ".join(parts) if parts else "tags : " + tags.PRIMARY
        sql = (f"SELECT {_COLUMNS} FROM search_row r WHERE r.rowid IN"
               " (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)"
               " ORDER BY r.rowid")
        return self.conn.execute(sql, (match, limit)).fetchall()

    @staticmethod
    def _hit(row: tuple, tier: int, dist: float | None = None, by_area: bool = False) -> Hit:
        return Hit(
            service_id=row[1], name=row[2], kind=row[5], place=row[6] or "",
            municipality=row[7] or "", postcode=row[8] or "",
            distance_km=dist, approximate=(row[9] or "") != "measured",
            address_known=bool(row[10]), by_area=by_area, phone=row[11] or "",
            tier=tier, lat=row[3], lon=row[4])


def distance_label(hit: Hit) -> str | None:
    """How a distance may honestly be written, in digits; None when there is none.

    A distance measured to a postcode or municipality point is rounded to whole km and marked
    "≈"; inside the very municipality asked for it is not a number at all (the caller writes
    "in <municipality>").
    """
    if hit.distance_km is None or hit.in_place:
        return None
    if hit.approximate:
        return f"≈ {max(1, round(hit.distance_km))} km"
    return f"{hit.distance_km:.1f} km"
