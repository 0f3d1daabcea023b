"""Distances and the grids the search index uses to find what is near a place.

Filtering is cheap: every search row carries the tokens of the grid cells its point lies in,
a coarse one (0.1° of latitude by 0.15° of longitude, about 11 × 10 km in Belgium) and a fine
one (0.01° × 0.015°, about 1.1 × 1 km), so "near Gent within 10 km" becomes "one of these
cells" inside the full-text query, and SQLite intersects it with the words in C. The search
reads the fine cells of a small ring first and widens only when it must. The exact radius is
then checked with haversine (≈0.6 µs a pair, within 0.3 % of the geodesic in Belgium). Only a
distance that is shown gets the geodesic on the WGS-84 ellipsoid, from geographiclib (the
library geopy itself uses for it; imported lazily, a few ms — geopy's package import cost
60–300 ms because it loads its geocoders and ``ssl``).
"""

from __future__ import annotations

import math

CELL_LAT = 0.1
CELL_LON = 0.15
EARTH_KM = 6371.0088
#: Beyond this many cells the grid stops helping; the search then filters by distance alone.
MAX_CELLS = 400


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def geodesic_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The distance shown to people (WGS-84 ellipsoid)."""
    global _GEODESIC
    if _GEODESIC is None:
        from geographiclib.geodesic import Geodesic  # lazy: only shown distances need it

        _GEODESIC = Geodesic.WGS84
    return _GEODESIC.Inverse(lat1, lon1, lat2, lon2, _GEODESIC.DISTANCE)["s12"] / 1000.0


#: Cells are taken for a slightly larger radius, so that no rounding lets a point within the
#: radius fall outside them.
MARGIN = 1.01
FINE_LAT = 0.01
FINE_LON = 0.015
_GEODESIC = None


def _index(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_LAT), math.floor(lon / CELL_LON)


def cell_token(lat: float, lon: float) -> str:
    i, j = _index(lat, lon)
    return f"g{i}x{j}"


def cells_near(lat: float, lon: float, km: float) -> list[str] | None:
    """Tokens of every cell that may hold a point within ``km``; None when too many."""
    km *= MARGIN
    dlat = km / 111.2
    dlon = km / (111.32 * max(0.1, math.cos(math.radians(lat))))
    i0, j0 = _index(lat - dlat, lon - dlon)
    i1, j1 = _index(lat + dlat, lon + dlon)
    if (i1 - i0 + 1) * (j1 - j0 + 1) > MAX_CELLS:
        return None
    return [f"g{i}x{j}" for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]


def fine_cell_token(lat: float, lon: float) -> str:
    return f"h{math.floor(lat / FINE_LAT)}x{math.floor(lon / FINE_LON)}"


def fine_cells(lat: float, lon: float, km: float, inner: float = 0.0) -> list[str]:
    """Fine cells that may hold a point within ``km``, less those of the square that a
    smaller radius ``inner`` already covered (a ring)."""
    km *= MARGIN
    inner *= MARGIN
    dlat = km / 111.2
    dlon = km / (111.32 * max(0.1, math.cos(math.radians(lat))))
    i0, i1 = math.floor((lat - dlat) / FINE_LAT), math.floor((lat + dlat) / FINE_LAT)
    j0, j1 = math.floor((lon - dlon) / FINE_LON), math.floor((lon + dlon) / FINE_LON)
    skip = None
    if inner:
        ilat = inner / 111.2
        ilon = inner / (111.32 * max(0.1, math.cos(math.radians(lat))))
        skip = (math.floor((lat - ilat) / FINE_LAT), math.floor((lat + ilat) / FINE_LAT),
                math.floor((lon - ilon) / FINE_LON), math.floor((lon + ilon) / FINE_LON))
    out = []
    for i in range(i0, i1 + 1):
        for j in range(j0, j1 + 1):
            if skip and skip[0] <= i <= skip[1] and skip[2] <= j <= skip[3]:
                continue
            out.append(f"h{i}x{j}")
    return out
