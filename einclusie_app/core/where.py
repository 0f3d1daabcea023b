"""Where a record is, honestly, as facts: the one place that decides it.

A counter worker must never be told more precision than the catalogue has: a record without a
street says so, a distance measured to a postcode point is approximate, a phone line kept
because it serves the place has no distance at all. This module says which of those holds;
each front end words it in its own language: the command line in English (cli.py, core/show.py),
the window in the staff's language (gui/models.py, gui/detail.py), the client's page through
the phrasebook (core/phrasebook.py can call :func:`where_facts`).

* :func:`hit_where` — for one search result (a row of the results list).
* :func:`where_facts` — for one record (the details, ``einclusie show``, the client's page).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["HitWhere", "LocationWhere", "RecordWhere", "hit_where", "where_facts"]


@dataclass(frozen=True)
class HitWhere:
    """Where a search result is, and how far, as facts.

    ``place_kind``:
        ``street`` (the street address is known: ``place`` is the place), ``no_street`` (a
        location without a street: only ``place`` is known), ``serves`` (no location within
        reach: kept because its service area covers the place asked; ``place`` names the
        area), ``area`` (no location at all: ``place`` is the service area's name).
    ``distance_kind``:
        ``exact`` (``km`` to one decimal, to the door), ``approx`` (``km`` in whole km, at least
        1, to a postcode or municipality point), ``in_place`` (an approximate point in the very
        municipality asked for: no number, "in ``municipality``"), ``area`` (kept by its service
        area: no distance), ``none`` (no place was asked).
    """

    place_kind: str
    place: str
    municipality: str
    distance_kind: str
    km: float | None = None


def hit_where(hit) -> HitWhere:
    """The facts of a core.search Hit (the distance is the geodesic one, as shown)."""
    if hit.by_area and hit.distance_km is None:
        place_kind = "serves"
    elif not hit.municipality:
        place_kind = "area"
    elif hit.address_known:
        place_kind = "street"
    else:
        place_kind = "no_street"
    km = None
    if hit.in_place:
        distance_kind = "in_place"
    elif hit.distance_km is not None:
        shown = hit.shown_km()
        if hit.approximate:
            distance_kind, km = "approx", float(max(1, round(shown)))
        else:
            distance_kind, km = "exact", round(shown, 1)
    elif hit.by_area:
        distance_kind = "area"
    else:
        distance_kind = "none"
    return HitWhere(place_kind, hit.place, hit.municipality, distance_kind, km)


@dataclass(frozen=True)
class LocationWhere:
    """One location of a record: its name (may be empty), and its street line when the
    street is known (``street_known``); the place line always ("8730 Beernem")."""

    name: str
    street_known: bool
    street_line: str
    place_line: str


@dataclass(frozen=True)
class RecordWhere:
    """Where a record is: its locations, and the names of the areas it serves. ``known`` is
    False when the catalogue knows neither (say so, never guess)."""

    locations: tuple[LocationWhere, ...]
    areas: tuple[str, ...]

    @property
    def known(self) -> bool:
        return bool(self.locations or self.areas)


def where_facts(view) -> RecordWhere:
    """The facts of a core.catalogue ServiceView."""
    return RecordWhere(
        tuple(LocationWhere(loc.name, loc.address_known, loc.street_line, loc.place_line)
              for loc in view.locations),
        tuple(a.label for a in view.areas))
