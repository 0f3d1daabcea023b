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
from .geo import cells_near, fine_cells, geodesic_km, haversine_km
from .schema import FTS_TEXT_COLUMNS
from .site import RADIUS_KM
from .taxonomy import SynonymIndex, Term
from .text import tokens

MAX_WORDS = 12
MAX_WORD_LEN = 40
AREA_KM = 5.0
TIER_BONUS_KM = {0: 3.0, 1: 2.0, 2: 1.0, 3: 0.0}
DEFAULT_KM = RADIUS_KM  # declared once, with the site settings
#: Text-only searches read at most this many rows per tier (in kind, name order).
TEXT_ONLY_READ = 400
#: Rings (km) a place search reads before the whole radius.
RINGS_KM = (2.0, 5.0)
#: Name matches are read first over the whole radius when there are at most this many.
EARLY_NAMES_MAX = 1000
#: Words shorter than this are matched whole, not as prefixes.
SHORT_WORD = 2

_TEXT_COLS = "{" + " ".join(FTS_TEXT_COLUMNS) + "}"
_NAME_COLS = "{name organization}"
_RANK_COLS = "rowid, service_id, lat, lon, areas, focus"
_SHOW_COLS = ("rowid, service_id, name, lat, lon, kind, place, municipality, postcode, precision,"
              " address_known, phone, areas")


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
    distance_km: float | None  # haversine, for ranking; None: no location within reach
    approximate: bool          # the point is a postcode's or municipality's, not the door's
    address_known: bool
    by_area: bool              # kept because its service area covers the place
    phone: str
    tier: int = 3
    in_place: bool = False     # an approximate location in the very municipality asked for
    lat: float | None = None   # the point the distance is measured to
    lon: float | None = None
    origin: tuple[float, float] | None = field(default=None, repr=False)  # the place asked
    key: tuple = field(default=(), repr=False)
    _shown: float | None = field(default=None, repr=False)

    def shown_km(self) -> float | None:
        """The distance as shown: geodesic (geopy), computed the first time it is asked for."""
        if self.distance_km is None or self.origin is None:
            return self.distance_km
        if self._shown is None:
            self._shown = geodesic_km(self.origin[0], self.origin[1], self.lat, self.lon)
        return self._shown


def query_terms(text: str, synonyms: SynonymIndex) -> list[Term]:
    words = [w[:MAX_WORD_LEN] for w in tokens(text[: MAX_WORDS * (MAX_WORD_LEN + 1) * 4])]
    return synonyms.terms(words[:MAX_WORDS])


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _word(w: str) -> str:
    return _quote(w) + ("" if len(w) < SHORT_WORD else " *")


def _words(term: Term, columns: str) -> str:
    return f"{columns} : (" + " AND ".join(_word(w) for w in term.words) + ")"


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


def _or(tokens_: list[str]) -> str:
    return "geo : (" + " OR ".join(tokens_) + ")"


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
        by_hours = (q.open_at is not None or q.open_first is not None) and self.open_at is not None
        if q.place is not None:
            hits = self._near(q, terms, filters, None if by_hours else q.limit)
        else:
            hits = self._anywhere(q, terms, filters, None if by_hours else q.limit)
        if by_hours:
            if q.open_at is not None:
                hits = [h for h in hits if self.open_at(h.service_id, q.open_at) is True]
            if q.open_first is not None:
                hits.sort(key=lambda h: self.open_at(h.service_id, q.open_first) is not True)
        return hits[: q.limit]

    # -- plumbing -------------------------------------------------------------------------

    def _rowids(self, parts: list[str], limit: int | None = None) -> list[int]:
        match = " AND ".join(parts) if parts else "tags : " + tags.PRIMARY
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
        if limit is None:
            return [r[0] for r in self.conn.execute(sql, (match,))]
        return [r[0] for r in self.conn.execute(sql + " LIMIT ?", (match, limit))]

    def _rank_rows(self, parts: list[str]) -> list[tuple]:
        match = " AND ".join(parts) if parts else "tags : " + tags.PRIMARY
        return self.conn.execute(
            f"SELECT {_RANK_COLS} FROM search_row WHERE rowid IN"
            " (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)", (match,)).fetchall()

    def _by_rowid(self, columns: str, rowids: list[int]) -> dict[int, tuple]:
        out: dict[int, tuple] = {}
        for i in range(0, len(rowids), 900):
            chunk = rowids[i:i + 900]
            for row in self.conn.execute(
                    f"SELECT {columns} FROM search_row WHERE rowid IN ({','.join('?' * len(chunk))})",
                    chunk):
                out[row[0]] = row
        return out

    @staticmethod
    def _hit(row: tuple, tier: int, dist: float | None = None, by_area: bool = False) -> Hit:
        return Hit(
            service_id=row[1], name=row[2], kind=row[5], place=row[6] or "",
            municipality=row[7] or "", postcode=row[8] or "",
            distance_km=dist, approximate=(row[9] or "") != "measured",
            address_known=bool(row[10]), by_area=by_area, phone=row[11] or "",
            tier=tier, lat=row[3], lon=row[4])

    # -- text only ------------------------------------------------------------------------

    def _anywhere(self, q: Query, terms: list[Term], filters: list[str],
                  need: int | None) -> list[Hit]:
        primary = "tags : " + tags.PRIMARY
        base = [_term_expr(t) for t in terms] + filters + [primary]
        n = TEXT_ONLY_READ if need is None else min(need, TEXT_ONLY_READ)
        tier_of: dict[int, int] = {}
        if terms:
            name = [_words(t, _NAME_COLS) for t in terms] + filters + [primary]
            for rowid in self._rowids(name, n):
                tier_of.setdefault(rowid, 0)
            for tier, focus in _focus_exprs(terms):
                for rowid in self._rowids(base + [focus], n):
                    tier_of.setdefault(rowid, tier)
        for rowid in self._rowids(base, TEXT_ONLY_READ):
            tier_of.setdefault(rowid, 3)
        ranked = sorted((tier, rowid) for rowid, tier in tier_of.items())
        if need is not None:
            ranked = ranked[:need]
        rows = self._by_rowid(_SHOW_COLS, [rowid for _tier, rowid in ranked])
        return [self._hit(rows[rowid], tier) for tier, rowid in ranked]

    # -- near a place ---------------------------------------------------------------------

    def _stages(self, place, km: float, area: list[str], rings: bool) -> list[tuple[float, str | None]]:
        """(radius, geo expression) to read in turn; the last one covers the whole radius."""
        everything = cells_near(place.lat, place.lon, km)
        if everything is None:
            return [(km, None)]
        whole = _or(everything + area)
        if not rings:
            return [(km, whole)]
        out, read, inner = [], [], 0.0
        for r in RINGS_KM:
            if r >= km:
                break
            cells = fine_cells(place.lat, place.lon, r, inner)
            out.append((r, _or(cells)))
            read += cells
            inner = r
        if read:
            whole = f"({whole} NOT {_or(read)})"
        out.append((km, whole))
        return out

    def _near(self, q: Query, terms: list[Term], filters: list[str],
              need: int | None) -> list[Hit]:
        place, km = q.place, q.km
        lat0, lon0 = place.lat, place.lon
        area = tags.area_tokens(place.region_refnis, place.province_refnis, place.refnis)
        area_set = set(area)
        text = [_term_expr(t) for t in terms] + filters
        focus_topics = {tags.focus(t) for term in terms for t in term.topics}
        focus_kinds = {tags.focus_kind(k) for term in terms for k in term.kinds}
        best: dict[str, tuple] = {}   # service_id -> (key, rowid, dist, by_area, tier)
        names: set[int] = set()

        def rank(rows) -> None:
            for rowid, sid, lat, lon, row_areas, focus in rows:
                by_area = bool(row_areas) and not area_set.isdisjoint(row_areas.split())
                dist = None
                if lat is not None:
                    dist = haversine_km(lat0, lon0, lat, lon)
                    if dist > km:
                        dist = None
                if dist is None and not by_area:
                    continue
                tier = 3
                if rowid in names:
                    tier = 0
                elif focus and terms:
                    f = focus.split()
                    if focus_topics and not focus_topics.isdisjoint(f):
                        tier = 1
                    elif focus_kinds and not focus_kinds.isdisjoint(f):
                        tier = 2
                eff = AREA_KM if dist is None else (min(dist, AREA_KM) if by_area else dist)
                key = (eff - TIER_BONUS_KM[tier], rowid)
                old = best.get(sid)
                if old is None or key < old[0]:
                    best[sid] = (key, rowid, dist, by_area, tier)

        stages = self._stages(place, km, area, rings=need is not None)
        # The largest bonus an unread row may still have. Name matches (usually few) are read
        # first over the whole radius; then any other row has at most the bonus of tier 1, 2
        # or 3. When names match widely ("digi") they are found stage by stage instead.
        max_bonus = TIER_BONUS_KM[0] if terms else TIER_BONUS_KM[3]
        name_expr = [_words(t, _NAME_COLS) for t in terms] + filters
        early = False
        if terms and len(stages) > 1:
            ids = self._rowids(name_expr + [_or(cells_near(lat0, lon0, km) + area)],
                               EARLY_NAMES_MAX + 1)
            if len(ids) <= EARLY_NAMES_MAX:
                early = True
                names.update(ids)
                rank(self._by_rowid(_RANK_COLS, ids).values())
                max_bonus = (TIER_BONUS_KM[1] if focus_topics else
                             TIER_BONUS_KM[2] if focus_kinds else TIER_BONUS_KM[3])
        for r, geo in stages:
            parts = text + ([geo] if geo else [])
            rows = self._rank_rows(parts)
            if terms and not early and rows:
                names.update(self._rowids(name_expr + ([geo] if geo else [])))
            rank(rows)
            if r < km and need is not None:
                # an unread row lies farther than r (key > r - bonus) or is kept by its
                # service area only (key >= AREA_KM - bonus)
                bound = min(r, AREA_KM) - max_bonus
                if sum(1 for v in best.values() if v[0][0] < bound) >= need:
                    break
        chosen = sorted(best.values())
        if need is not None:
            chosen = chosen[:need]
        shown = self._by_rowid(_SHOW_COLS, [c[1] for c in chosen])
        out = []
        for key, rowid, dist, by_area, tier in chosen:
            hit = self._hit(shown[rowid], tier, dist, by_area)
            hit.key = key
            hit.origin = (lat0, lon0)
            hit.in_place = dist is not None and hit.approximate and \
                hit.municipality == place.municipality_nl
            out.append(hit)
        return out


def distance_label(hit: Hit) -> str | None:
    """How a distance may honestly be written, in digits; None when there is none.

    A distance measured to a postcode or municipality point is rounded to whole km and marked
    "≈"; inside the very municipality asked for it is not a number at all (the caller writes
    "in <municipality>"). The number is the geodesic distance.
    """
    if hit.distance_km is None or hit.in_place:
        return None
    km = hit.shown_km()
    if hit.approximate:
        return f"≈ {max(1, round(km))} km"
    return f"{km:.1f} km"
