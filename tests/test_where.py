"""Where a record is, as facts (core/where.py): every front end words the same facts."""

from __future__ import annotations

from einclusie_app.core.search import Query, distance_label
from einclusie_app.core.where import hit_where, where_facts


def test_every_result_near_a_place_has_honest_facts(catalogue):
    gent = catalogue.gazetteer.resolve("Gent").place
    hits = catalogue.searcher.search(Query(place=gent, km=25, limit=200))
    kinds = {}
    for h in hits:
        w = hit_where(h)
        kinds.setdefault(w.place_kind, h.service_id)
        kinds.setdefault(w.distance_kind, h.service_id)
        # the same number the search module would print, never more precise
        label = distance_label(h)
        if w.distance_kind == "approx":
            assert label == f"≈ {w.km:.0f} km" and h.approximate
        elif w.distance_kind == "exact":
            assert label == f"{w.km:.1f} km" and not h.approximate
        else:
            assert label is None and w.km is None
        if w.place_kind == "no_street":
            assert not h.address_known and h.municipality
        if w.place_kind == "serves":
            assert h.by_area and h.distance_km is None and w.distance_kind == "area"
    assert {"street", "no_street", "serves", "approx", "area"} <= set(kinds), kinds


def test_without_a_place_there_is_no_distance(catalogue):
    hit = catalogue.searcher.search(Query(text="card stop"))[0]
    assert hit_where(hit).distance_kind == "none"


def test_a_record_says_what_is_known_of_where_it_is(catalogue):
    helpline = where_facts(catalogue.service("card-stop"))
    assert helpline.locations == () and helpline.areas and helpline.known
    for ident in catalogue.ids():
        facts = where_facts(catalogue.service(ident))
        for loc in facts.locations:
            assert loc.place_line
            assert loc.street_known == bool(loc.street_line)
