"""Distances and the grid the search index uses to find what is near a place.

Filtering is cheap: every search row carries the token of the grid cell its point lies in
(0.1° of latitude by 0.15° of longitude, about 11 × 10 km in Belgium), so "near Gent within
10 km" becomes "one of these nine cells" inside the full-text query, and SQLite intersects it
with the words in C. The exact radius is then checked with haversine (≈0.6 µs a pair, within
0.3 % of the geodesic in Belgium). Only the rows shown get a geodesic distance from geopy,
which is imported lazily because its import alone costs ~60 ms.
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
    from geopy.distance import geodesic  # lazy: the package import is slow

    return geodesic((lat1, lon1), (lat2, lon2)).km


def _index(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_LAT), math.floor(lon / CELL_LON)


def cell_token(lat: float, lon: float) -> str:
    i, j = _index(lat, lon)
    return f"g{i}x{j}"


def cells_near(lat: float, lon: float, km: float) -> list[str] | None:
    """Tokens of every cell that may hold a point within ``km``; None when too many."""
    dlat = km / 111.2
    dlon = km / (111.32 * max(0.1, math.cos(math.radians(lat))))
    i0, j0 = _index(lat - dlat, lon - dlon)
    i1, j1 = _index(lat + dlat, lon + dlon)
    if (i1 - i0 + 1) * (j1 - j0 + 1) > MAX_CELLS:
        return None
    return [f"g{i}x{j}" for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]
