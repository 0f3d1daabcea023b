"""Ranking and typo rules on a small made-up catalogue, where every fact is controlled.

The records here are synthetic (test data only, never shipped): numbers are made-up 078
numbers, web addresses example.invalid. They sit at one postcode point, so only the rules
under test separate them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from einclusie_app.core.build import build_catalogue, load_inputs
from einclusie_app.core.catalogue import Catalogue
from einclusie_app.core.record import record_from_dict
from einclusie_app.core.search import AREA_KM, Query, reach_penalty_km
from einclusie_app.core import tags

ROOT = Path(__file__).resolve().parents[1]
SOURCE = [{"url": "https://example.invalid/test", "date": "2026-11-01"}]
HERE = {"postcode": "9000", "municipality": "Gent"}


def record(ident, name, kinds=("digipunt",), **fields):
    data = {"id": ident, "name": name, "kinds": list(kinds), "sources": SOURCE,
            "locations": [dict(HERE)], "description": "Hulp met itsme en je smartphone."}
    data.update(fields)
    return record_from_dict(data)


FULL = dict(phones=[{"number": "078 15 11 11"}], hours="Mo 09:00-12:00",
            website="https://example.invalid/full",
            locations=[dict(HERE, street="Teststraat", house_number="1")])

RECORDS = [
    record("t-nothing", "Digipunt Alfa"),
    record("t-phone", "Digipunt Bravo", phones=[{"number": "078 15 22 22"}]),
    record("t-web", "Digipunt Charlie", website="https://example.invalid/c"),
    record("t-full", "Digipunt Delta", **FULL),
    record("t-ended", "Digipunt Echo", may_have_ended=True,
           alert="The project's funding ended in 2026 (test).", **FULL),
    record("t-line", "Testlijn", kinds=("helpline",), locations=[], service_area=["region:flanders"],
           phones=[{"number": "078 15 33 33"}], hours="Mo 09:00-17:00", topics=["itsme"],
           description="Telefoonlijn met vragen over itsme."),
    record("t-typo", "Digipunt Foxtrot", description="Wij helpen met itsmee en je smartphone."),
]


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Catalogue:
    out = tmp_path_factory.mktemp("small") / "catalogue.sqlite"
    build_catalogue(load_inputs(ROOT / "data", records=RECORDS), out)
    cat = Catalogue(out)
    yield cat
    cat.close()


def ids(cat, text="", near=None, **kw):
    place = cat.gazetteer.resolve(near).place if near else None
    return [h.service_id for h in cat.searcher.search(Query(text=text, place=place, **kw))]


def test_reach_is_written_per_row(small):
    reach = dict(small.conn.execute("SELECT service_id, reach FROM search_row"))
    assert reach["t-nothing"] == 0
    assert reach["t-phone"] == tags.REACH_PHONE
    assert reach["t-web"] == tags.REACH_CONTACT
    assert reach["t-full"] == tags.REACH_STREET | tags.REACH_PHONE | tags.REACH_HOURS | tags.REACH_CONTACT
    assert reach["t-line"] == tags.REACH_PHONE | tags.REACH_HOURS


def test_the_penalty_rule():
    full = tags.REACH_STREET | tags.REACH_PHONE | tags.REACH_HOURS
    assert reach_penalty_km(full, True) == 0
    assert reach_penalty_km(tags.REACH_PHONE | tags.REACH_HOURS, False) == 0    # a phone line
    assert reach_penalty_km(tags.REACH_PHONE | tags.REACH_HOURS, True) == 1     # a door, no street
    assert reach_penalty_km(tags.REACH_CONTACT, True) == 2.5
    assert reach_penalty_km(0, True) == 3
    assert reach_penalty_km(None, True) == 0                                  # an older catalogue


@pytest.mark.parametrize("text", ["", "digipunt", "itsme"])
def test_at_one_point_what_can_be_acted_on_comes_first(small, text):
    found = [i for i in ids(small, text, "Gent", limit=50) if i != "t-line" and i != "t-typo"]
    assert found == ["t-full", "t-phone", "t-web", "t-nothing", "t-ended"]


def test_a_phone_line_comes_before_a_help_point_with_nothing_to_act_on_nearby(small):
    """Ledeberg is 2.3 km from Gent's point: a line that can be called beats an address-less,
    number-less help point there, not one with a street, a phone and hours."""
    found = ids(small, "itsme", "Ledeberg", limit=50)
    assert found.index("t-full") < found.index("t-line") < found.index("t-nothing")
    assert found[-1] == "t-ended"


@pytest.mark.parametrize("text", ["", "digipunt", "itsme", "smartphone"])
def test_what_may_have_ended_comes_last_without_a_place_too(small, text):
    found = ids(small, text, limit=50)
    assert found[-1] == "t-ended"
    hits = small.searcher.search(Query(text=text, limit=50))
    assert [h.may_have_ended for h in hits] == [h.service_id == "t-ended" for h in hits]


def test_an_ended_record_is_still_found_by_its_name(small):
    assert ids(small, "echo") == ["t-ended"]
    assert ids(small, "echo", "Gent") == ["t-ended"]


def test_a_rare_word_close_to_a_common_one_also_offers_the_common_one(small):
    """"itsmee" is in one record (a typo in its text); "itsme" in many: show that record
    first, as typed, and the results for "itsme" after it, marked."""
    result = small.searcher.search(Query(text="itsmee", limit=50))
    assert [h.service_id for h in result.exact] == ["t-typo"]
    assert result.did_you_mean == "itsme" and result.corrections == (("itsmee", "itsme"),)
    assert result[0].service_id == "t-typo" and not result[0].fuzzy
    assert all(h.fuzzy for h in result[1:]) and len(result) > 3
    assert "t-typo" not in {h.service_id for h in result[1:]}


def test_area_rows_count_as_area_km(small):
    hit = next(h for h in small.searcher.search(Query(text="itsme", place=small.gazetteer.resolve(
        "Ledeberg").place, limit=50)) if h.service_id == "t-line")
    assert hit.by_area and hit.distance_km is None and hit.key[1] == AREA_KM - 2.0 + 0


def test_without_a_place_what_can_be_acted_on_comes_first_within_a_tier(small):
    assert ids(small, "digipunt", limit=50) == ["t-full", "t-phone", "t-web", "t-nothing", "t-typo",
                                                "t-ended"]
    # a phone line with hours lacks nothing: before the help points with something missing
    everything = ids(small, "", limit=50)
    assert everything.index("t-line") < everything.index("t-phone") and everything[-1] == "t-ended"
