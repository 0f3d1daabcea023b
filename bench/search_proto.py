"""PROTOTYPE (bench only): a faster ``Searcher`` with the same results, to measure suggestions.

It subclasses ``einclusie_app.core.search.Searcher`` and reuses its query helpers, so only the
parts that change are here. Time it with
``python -m bench.search_latency --impl bench/search_proto.py`` and check it gives the same
results with ``python -m bench.search_compare``.

Changes against core/search.py (figures in bench/README.md):

1. Shown distances: an ellipsoidal flat-earth formula (FCC, 47 CFR 73.208; within 0.5 m of
   the WGS-84 geodesic on every hit of the benchmark) instead of one
   ``geopy.distance.geodesic`` per hit, which rebuilds a ``Geodesic`` object on every call
   (75–300 µs each; 15–40 ms for 200 hits). ``RANK = "flat"`` also ranks and filters with it
   (what is shown and what is sorted agree; lists differ from core only at the radius edge
   and between near-ties); ``RANK = "haversine"`` ranks as core does (identical lists).
2. Every tier query reads rowids from ``search_fts`` only (no join to ``search_row``).
3. Candidates are ranked as plain tuples from (rowid, service_id, lat, lon, areas); ``Hit``
   objects and the display columns are made/read only for the rows returned.
4. Words shorter than 2 letters ("e" of "e-mail") are matched whole, not as prefixes: a
   1-letter prefix has no prefix index and makes FTS5 merge the doclists of every word that
   starts with that letter (``SHORT_EXACT``).
5. With the prototype index (bench/synthetic.py ``--proto-index``: fine grid tokens
   ``h<i>x<j>`` of 0.01° × 0.015° ≈ 1.1 × 1.05 km, 4-letter prefixes, and a ``focus`` column
   in ``search_row``): a place search reads rings (``RING_KM``, default 2 and 5 km, then the
   rest of the radius with service areas) and stops once ``limit`` services are certain. An
   unread row lies farther than the ring radius r (key > r − bonus) or is kept by its service
   area only (key ≥ AREA_KM − bonus); name matches (tier 0) are read first over the whole
   radius when they are few (≤ ``EARLY_NAMES_MAX``), so the bonus an unread row can still
   have is 2, 1 or 0 km depending on the query's synonyms. Tiers 1 and 2 come from the
   ``focus`` column instead of two more FTS queries per stage.

``python -m bench.search_compare --proto-index --rank haversine`` shows the lists are identical
to core's for every benchmark query at 1k, 10k and 100k services.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from einclusie_app.core import search as core  # noqa: E402
from einclusie_app.core import tags  # noqa: E402
from einclusie_app.core.geo import cells_near, haversine_km  # noqa: E402
from einclusie_app.core.search import (  # noqa: E402
    AREA_KM, PLACE_READ, TIER_BONUS_KM, Hit, Query, _focus_exprs, _NAME_COLS, _TEXT_COLS,
    _quote, query_terms, _filter_exprs,
)

#: Shorter words are matched as whole words, not as prefixes ("e" of "e-mail", "l" of
#: "l'ordinateur"): a 1-letter prefix has no prefix index and makes FTS5 merge the doclists of
#: every word starting with that letter. False: as core.
SHORT_EXACT = os.environ.get("BENCH_SHORT_EXACT", "1") == "1"
SHORT = 2


def _words(term, columns: str) -> str:
    if not SHORT_EXACT:
        return core._words(term, columns)
    return f"{columns} : (" + " AND ".join(
        _quote(w) + ("" if len(w) < SHORT else " *") for w in term.words) + ")"


def _term_expr(term) -> str:
    expr = _words(term, _TEXT_COLS)
    codes = [tags.topic(t) for t in term.topics] + [tags.kind(k) for k in term.kinds]
    if codes:
        expr = f"({expr} OR tags : ({' OR '.join(codes)}))"
    return expr

MAX_BONUS = max(TIER_BONUS_KM.values())
#: Name matches (tier 0) are read first over the whole radius when there are at most this many.
EARLY_NAMES_MAX = 1000
#: "flat": rank and filter with the same distance that is shown (suggested). "haversine": rank
#: and filter with haversine as core/search.py does, to check the rest gives identical lists.
RANK = "flat"
FINE_LAT, FINE_LON = 0.01, 0.015
#: FTS prefix lengths of the prototype index (core: '2 3').
PROTO_PREFIX = "2 3 4"
RING_KM = tuple(float(x) for x in os.environ.get("BENCH_RINGS", "2,5").split(",") if x)
#: Cells are taken for a radius this much larger, so that no formula's rounding (flat vs
#: haversine differ by < 0.3 % in Belgium) lets a point within the radius fall outside them.
MARGIN = 1.01
#: Columns read for ranking, and for showing.
_RANK_COLS = "rowid, service_id, lat, lon, areas"
_SHOW_COLS = ("rowid, service_id, name, lat, lon, kind, place, municipality, postcode, precision,"
              " address_known, phone, areas")


def flat_km_factors(lat: float) -> tuple[float, float]:
    """km per degree of latitude and of longitude at ``lat`` (FCC ellipsoidal flat-earth)."""
    p = math.radians(lat)
    k1 = 111.13209 - 0.56605 * math.cos(2 * p) + 0.00120 * math.cos(4 * p)
    k2 = 111.41513 * math.cos(p) - 0.09455 * math.cos(3 * p) + 0.00012 * math.cos(5 * p)
    return k1, k2


def flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km, within a few metres of the geodesic for distances under 475 km."""
    k1, k2 = flat_km_factors((lat1 + lat2) / 2)
    return math.hypot(k1 * (lat2 - lat1), k2 * (lon2 - lon1))


def fine_cell_token(lat: float, lon: float) -> str:
    return f"h{math.floor(lat / FINE_LAT)}x{math.floor(lon / FINE_LON)}"


def fine_cells(lat: float, lon: float, km: float, inner: float = 0.0) -> list[str]:
    """Fine cells that may hold a point within ``km``, leaving out those of the square already
    read for radius ``inner`` (a smaller ring)."""
    k1, k2 = flat_km_factors(lat)
    dlat, dlon = km / k1, km / k2
    i0, i1 = math.floor((lat - dlat) / FINE_LAT), math.floor((lat + dlat) / FINE_LAT)
    j0, j1 = math.floor((lon - dlon) / FINE_LON), math.floor((lon + dlon) / FINE_LON)
    if inner:
        ilat, ilon = inner / k1, inner / k2
        ii0, ii1 = math.floor((lat - ilat) / FINE_LAT), math.floor((lat + ilat) / FINE_LAT)
        jj0, jj1 = math.floor((lon - ilon) / FINE_LON), math.floor((lon + ilon) / FINE_LON)
    else:
        ii0 = ii1 = jj0 = jj1 = None
    out = []
    for i in range(i0, i1 + 1):
        for j in range(j0, j1 + 1):
            if inner and ii0 <= i <= ii1 and jj0 <= j <= jj1:
                continue
            out.append(f"h{i}x{j}")
    return out


class Searcher(core.Searcher):
    def __init__(self, conn, gazetteer=None, open_at=None):
        super().__init__(conn, gazetteer, open_at)
        self.fine = conn.execute(
            "SELECT 1 FROM search_fts WHERE search_fts MATCH 'geo : h*' LIMIT 1").fetchone() is not None
        self.focus_col = any(r[1] == "focus" for r in conn.execute("PRAGMA table_info(search_row)"))

    def search(self, q: Query):
        terms = query_terms(q.text, self.synonyms)
        filters = _filter_exprs(q)
        if q.place is None:
            hits = self._anywhere(q, terms, filters)
        else:
            hits = self._near(q, terms, filters)
        if (q.open_at is not None or q.open_first is not None) and self.open_at is not None:
            if q.open_at is not None:
                hits = [h for h in hits if self.open_at(h.service_id, q.open_at) is True]
            if q.open_first is not None:
                hits.sort(key=lambda h: self.open_at(h.service_id, q.open_first) is not True)
        hits = hits[: q.limit]
        if q.place is not None:
            for h in hits:
                if h.distance_km is not None:
                    h.in_place = h.approximate and h.municipality == q.place.municipality_nl
        return hits

    # -- text only ------------------------------------------------------------------------

    def _anywhere(self, q: Query, terms, filters):
        """As core, but every tier query reads rowids only; display columns are read for the
        rows returned."""
        primary = "tags : " + tags.PRIMARY
        base = [_term_expr(t) for t in terms] + filters + [primary]
        tier_of: dict[int, int] = {}
        n = core.TEXT_ONLY_READ if q.open_at is not None else min(q.limit, core.TEXT_ONLY_READ)
        if terms:
            name = [_words(t, _NAME_COLS) for t in terms] + filters + [primary]
            for rowid in self._rowids(name, n):
                tier_of.setdefault(rowid, 0)
            for tier, focus in _focus_exprs(terms):
                for rowid in self._rowids(base + [focus], n):
                    tier_of.setdefault(rowid, tier)
        for rowid in self._rowids(base, core.TEXT_ONLY_READ):
            tier_of.setdefault(rowid, 3)
        ranked = sorted((tier, rowid) for rowid, tier in tier_of.items())
        if q.open_at is None and q.open_first is None:
            ranked = ranked[: q.limit]
        rows = self._show_rows([rowid for _tier, rowid in ranked])
        return [self._hit(rows[rowid], tier) for tier, rowid in ranked]

    def _show_rows(self, rowids: list[int]) -> dict[int, tuple]:
        shown = {}
        for i in range(0, len(rowids), 900):
            chunk = rowids[i:i + 900]
            for row in self.conn.execute(
                    f"SELECT {_SHOW_COLS} FROM search_row WHERE rowid IN ({','.join('?' * len(chunk))})",
                    chunk):
                shown[row[0]] = row
        return shown

    # -- near a place ---------------------------------------------------------------------

    def _rowids(self, parts: list[str], limit: int) -> list[int]:
        match = " AND ".join(parts) if parts else "tags : " + tags.PRIMARY
        return [r[0] for r in self.conn.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?", (match, limit))]

    def _rank_rows(self, parts: list[str], limit: int) -> list[tuple]:
        match = " AND ".join(parts) if parts else "tags : " + tags.PRIMARY
        cols = _RANK_COLS + (", focus" if self.focus_col else "")
        return self.conn.execute(
            f"SELECT {cols} FROM search_row WHERE rowid IN"
            " (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)", (match, limit)
        ).fetchall()

    def _rank_by_rowid(self, rowids: list[int]) -> list[tuple]:
        cols = _RANK_COLS + (", focus" if self.focus_col else "")
        out = []
        for i in range(0, len(rowids), 900):
            chunk = rowids[i:i + 900]
            out += self.conn.execute(
                f"SELECT {cols} FROM search_row WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
        return out

    def _tiers(self, terms, filters, geo: str | None, tier_of: dict) -> None:
        """Tiers by FTS queries, as core does (used when search_row has no focus column)."""
        base = [_term_expr(t) for t in terms] + filters + ([geo] if geo else [])
        for tier, focus in reversed(_focus_exprs(terms)):
            tier_of.update(dict.fromkeys(self._rowids(base + [focus], PLACE_READ), tier))
        self._name_tier(terms, filters, geo, tier_of)

    def _name_tier(self, terms, filters, geo, tier_of: dict) -> None:
        name = [_words(t, _NAME_COLS) for t in terms] + filters + ([geo] if geo else [])
        tier_of.update(dict.fromkeys(self._rowids(name, PLACE_READ), 0))

    def _stages(self, lat0: float, lon0: float, km: float, area: list[str], rings: bool):
        """(radius, geo expression) to read in turn; the last one covers the whole radius."""
        everything = cells_near(lat0, lon0, km)
        if everything is None:
            return [(km, None)]
        if not rings:
            return [(km, "geo : (" + " OR ".join(everything + area) + ")")]
        out, read, inner = [], [], 0.0
        for r in RING_KM:
            if r >= km:
                break
            cells = fine_cells(lat0, lon0, r * MARGIN, inner * MARGIN)
            out.append((r, "geo : (" + " OR ".join(cells) + ")"))
            read += cells
            inner = r
        last = "geo : (" + " OR ".join(everything + area) + ")"
        if read:
            last = f"({last} NOT geo : ({' OR '.join(read)}))"
        out.append((km, last))
        return out

    def _near(self, q: Query, terms, filters):
        place = q.place
        lat0, lon0, km = place.lat, place.lon, q.km
        k1, k2 = flat_km_factors(lat0)
        area = tags.area_tokens(place.region_refnis, place.province_refnis, place.refnis)
        area_set = set(area)
        text = [_term_expr(t) for t in terms] + filters
        best: dict[str, tuple] = {}   # service_id -> (key, rowid, dist, by_area, tier)
        tier_of: dict[int, int] = {}
        hypot = math.hypot
        flat = RANK == "flat"
        focus_topics = {tags.focus(t) for term in terms for t in term.topics}
        focus_kinds = {tags.focus_kind(k) for term in terms for k in term.kinds}
        focus_col = self.focus_col and terms

        def rank(rows):
            for row in rows:
                rowid, sid, lat, lon, row_areas = row[:5]
                by_area = bool(row_areas) and not area_set.isdisjoint(row_areas.split())
                dist = None
                if lat is not None:
                    dist = (hypot(k1 * (lat - lat0), k2 * (lon - lon0)) if flat
                            else haversine_km(lat0, lon0, lat, lon))
                    if dist > km:
                        dist = None
                if dist is None and not by_area:
                    continue
                tier = tier_of.get(rowid)
                if tier is None:
                    tier = 3
                    if focus_col and row[5]:
                        f = row[5].split()
                        if focus_topics and not focus_topics.isdisjoint(f):
                            tier = 1
                        elif focus_kinds and not focus_kinds.isdisjoint(f):
                            tier = 2
                eff = AREA_KM if dist is None else (min(dist, AREA_KM) if by_area else dist)
                key = (eff - TIER_BONUS_KM[tier], rowid)
                old = best.get(sid)
                if old is None or key < old[0]:
                    best[sid] = (key, rowid, dist, by_area, tier)

        need = None if q.open_at is not None or q.open_first is not None else q.limit
        stages = self._stages(lat0, lon0, km, area, self.fine and need is not None)
        # The bonus an unread row can still have. With the focus column, tier-0 rows (name
        # matches, few) are read first over the whole radius; the others get at most 2 (a
        # topic of the query), 1 (a kind) or 0.
        max_bonus = MAX_BONUS
        early_names = bool(focus_col and len(stages) > 1)
        if early_names:
            everything = cells_near(lat0, lon0, km)
            name = ([_words(t, _NAME_COLS) for t in terms] + filters
                    + ["geo : (" + " OR ".join(everything + area) + ")"])
            ids = self._rowids(name, EARLY_NAMES_MAX + 1)
            if len(ids) > EARLY_NAMES_MAX:  # names match widely ("digi"): tiers per stage
                early_names = False
            else:
                tier_of.update(dict.fromkeys(ids, 0))
                rank(self._rank_by_rowid(ids))
                max_bonus = (TIER_BONUS_KM[1] if any(t.topics for t in terms)
                             else TIER_BONUS_KM[2] if any(t.kinds for t in terms)
                             else TIER_BONUS_KM[3])
        elif not terms:
            max_bonus = TIER_BONUS_KM[3]
        for r, geo in stages:
            parts = text + ([geo] if geo else [])
            rows = self._rank_rows(parts, PLACE_READ)
            if terms and rows and not early_names:
                if focus_col:
                    self._name_tier(terms, filters, geo, tier_of)
                else:
                    self._tiers(terms, filters, geo, tier_of)
            rank(rows)
            if r < km:
                # unread rows: a location farther than r (key > r - max_bonus), or kept by
                # service area only (key >= AREA_KM - max_bonus)
                bound = min(r, AREA_KM) - max_bonus
                if sum(1 for v in best.values() if v[0][0] < bound) >= need:
                    break
        chosen = sorted(best.values())
        if need is not None:
            chosen = chosen[:need]
        return self._hits(chosen, place)

    def _hits(self, chosen, place) -> list[Hit]:
        if not chosen:
            return []
        shown = self._show_rows([c[1] for c in chosen])
        out = []
        for key, rowid, dist, by_area, tier in chosen:
            row = shown[rowid]
            if dist is not None:
                dist = flat_km(place.lat, place.lon, row[3], row[4])
            hit = self._hit(row, tier, dist, by_area)
            hit.key = key
            out.append(hit)
        return out
