"""Field checks in plain words: what the editing window shows as you type, and imports report."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from einclusie_app.core import validate as v
from einclusie_app.core.record import HoursException, Location, Phone, load_records

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gaz(catalogue):
    return catalogue.gazetteer


@pytest.mark.parametrize("number", ["1700", "106", "102", "116000", "050 12 34 56",
                                    "+32 2 464 60 04", "02/500 45 55", "0475 12 34 56"])
def test_belgian_numbers_and_short_numbers_are_fine(number):
    assert v.check_phone(number) is None


@pytest.mark.parametrize("number, words", [
    ("12345", "cannot be a Belgian number"), ("+33 1 23 45 67 89", "not a Belgian number"),
    ("abc", "has no digits"), ("", "empty")])
def test_a_phone_that_cannot_be_belgian_says_why(number, words):
    issue = v.check_phone(number, "phones[0].number")
    assert issue is not None and words in issue.message
    assert issue.field == "phones[0].number" and issue.code.startswith("phone.")


def test_postcode_must_exist_in_the_gazetteer(gaz):
    assert v.check_postcode("8730", gaz) is None
    assert v.check_postcode("1040", gaz) is None        # shared postcode: still a postcode
    unknown = v.check_postcode("9999", gaz)
    assert unknown.code == "postcode.unknown" and "9999 does not exist" in unknown.message
    assert v.check_postcode("87300", gaz).code == "postcode.format"
    assert v.check_postcode("", gaz) is None


def test_postcode_and_municipality_must_agree(gaz):
    assert v.check_place("8730", "Beernem", gaz) is None
    issue = v.check_place("8730", "Torhout", gaz)
    assert issue.code == "place.unknown" and "8730 is Beernem, not Torhout" in issue.message


@pytest.mark.parametrize("lat, lon, code", [
    (100, 3, "coordinates.latitude"), (51, 200, "coordinates.longitude"),
    (48.8, 2.3, "coordinates.outside"), (51, None, "coordinates.pair"),
    ("abc", 3, "coordinates.number"), (True, 3, "coordinates.number")])
def test_coordinates_must_be_in_belgium(lat, lon, code):
    issue = v.check_coordinates(lat, lon, "locations[0]")
    assert issue is not None and issue.code == code
    assert issue.field.startswith("locations[0].")


def test_coordinates_in_belgium_are_fine():
    assert v.check_coordinates(51.0656, 3.1008) is None
    assert v.check_coordinates("51,0656", "3,1008") is None   # a Belgian decimal comma
    assert v.check_coordinates(None, None) is None


@pytest.mark.parametrize("url", ["www.torhout.be", "https://www.mediawijs.be/nl/artikels/x",
                                 "mypension.be", "http://digibib.info/", ""])
def test_web_addresses(url):
    assert v.check_url(url) is None


@pytest.mark.parametrize("url, code", [("www x.be", "url.space"), ("ftp://x.be", "url.scheme"),
                                       ("naam@x.be", "url.email"), ("x", "url.host"),
                                       ("http://localhost", "url.host")])
def test_malformed_web_addresses(url, code):
    assert v.check_url(url).code == code


def test_web_url_adds_only_http():
    assert v.web_url("www.torhout.be") == "http://www.torhout.be"
    assert v.web_url("https://x.be") == "https://x.be"
    assert v.web_url("") == ""


@pytest.mark.parametrize("email, ok", [("info@kbs-frb.be", True), ("buurtcomputer@Denderleeuw.be", True),
                                       ("a@b", False), ("a b@c.be", False), ("x.@y.be", False),
                                       ("@y.be", False), ("", True)])
def test_email_addresses(email, ok):
    assert (v.check_email(email) is None) is ok


def test_hours_that_make_no_sense_say_where():
    issue = v.check_hours("Mo 09:00-12:00; Xx 10:00-11:00")
    assert issue.code == "hours.invalid" and "unknown day 'Xx'" in issue.message
    assert "ends before it starts" in v.check_hours("Mo 09:00-05:00").message
    assert "overlap" in v.check_hours("Mo 09:00-12:00,11:00-13:00").message
    assert v.check_hours("Mo 09:00-12:00,13:00-17:00; Sa 10:00-12:00") is None


def test_dates_and_last_checked():
    assert v.check_date("2023-07") is None
    assert v.check_date("2023-02-30").code == "date.invalid"
    assert v.check_date("2023-07", partial=False).code == "date.format"
    today = dt.date(2026, 1, 10)
    assert v.check_assured_date("2026-01-10", today) is None
    assert v.check_assured_date("2026-01", today) is None
    assert v.check_assured_date("2026-01-11", today).code == "date.future"


def test_exceptions_need_a_date_and_both_times():
    assert v.check_exception("2026-12-24") == []
    assert v.check_exception("2026-12-31", "09:00", "12:00") == []
    assert [i.code for i in v.check_exception("2026-12-31", "09:00", "")] == ["exception.times"]
    assert [i.code for i in v.check_exception("")][0] == "required"
    assert v.check_exception("2026-12-31", "12:00", "12:00")[0].code == "exception.times"


def test_codes_and_languages():
    assert v.check_codes("kinds", ["digipunt", "training"]) == []
    assert [i.code for i in v.check_codes("access", ["walk_in", "teleport", "walk_in"])] == [
        "code.unknown", "code.twice"]
    assert v.check_language("nl") is None and v.check_language("Dutch").code == "language.format"


def test_area_codes(gaz):
    assert v.check_area("province:West-Vlaanderen", gaz) is None
    assert v.check_area("municipality:Atlantis", gaz).code == "area.unknown"
    assert v.check_area("planet:earth", gaz).code == "area.format"


def test_name_is_required():
    assert v.check_name("  ").code == "required"


def test_every_seed_record_is_valid(gaz):
    records = load_records(ROOT / "data" / "services")
    assert v.validate_records(records, gaz) == []


def test_a_record_reports_every_problem_with_its_field(gaz):
    r = load_records(ROOT / "data" / "services")[0]
    bad = replace(r, name="", phones=[Phone("12345")], email="x@", website="ftp://x",
                  hours="Xx 10:00-11:00", assured_date="2099-01-01",
                  locations=[Location(postcode="9999", latitude=100.0, longitude=3.0)],
                  hours_exceptions=[HoursException("2026-02-30")])
    problems = v.validate_record(bad, gaz, "here", today=dt.date(2026, 1, 1))
    fields = {p.field for p in problems}
    assert {"name", "phones[0].number", "email", "website", "hours", "assured_date",
            "locations[0].postcode", "locations[0].latitude", "hours_exceptions[0].date"} <= fields
    assert all(p.where == "here" for p in problems)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_field_checks_never_crash_on_any_text(text):
    for check in (v.check_phone, v.check_url, v.check_email, v.check_hours, v.check_date,
                  v.check_name, v.check_time, v.check_language):
        issue = check(text)
        assert issue is None or (issue.code and issue.message)
    issue = v.check_coordinates(text, text)
    assert issue is None or issue.code.startswith("coordinates.")


# -- one set of rules -------------------------------------------------------------------------


def test_one_set_of_rules_for_the_editor_the_importers_and_the_store(gaz, tmp_path,
                                                                    catalogue_file):
    """The editor (Session.check), an importer (check_read), the store (Session.problems) and
    the TOML build (check_record) ask the same rules and find the same fields."""
    from einclusie_app.core.record import check_record
    from einclusie_app.core.session import Session
    from einclusie_app.core.site import Site

    base = next(r for r in load_records(ROOT / "data" / "services") if r.id == "card-stop")
    bad = replace(base, id="Card Stop", kinds=["digipunt", "digipunt"], closed_school_holidays="x",
                  hours_exceptions=[HoursException("2026-12-24", "12:00", "")],
                  phones=[Phone("12345")])
    structural = {p.field for p in check_record(bad)}
    assert {"id", "kinds", "closed_school_holidays", "hours_exceptions[0]"} <= structural
    codes = {i.field: i.code for i in v.record_issues(bad, gaz)}
    assert codes["id"] == "id.format" and codes["kinds"] == "code.twice"
    assert codes["closed_school_holidays"] == "school.unknown"
    assert codes["hours_exceptions[0]"] == "exception.times"
    assert codes["phones[0].number"] == "phone.invalid"
    imported = {p.field for p in v.check_read(v.ReadResult.of([bad]), gaz)}
    with Session.open(Site(), shipped=catalogue_file, store=tmp_path / "store",
                      cache=tmp_path / "cache") as session:
        editor = {i.field for i in session.check(bad, new=True)}
        stored = {p.field for p in session.problems(bad)}
        again = session.check(base, new=True)
        taken = session.check(replace(base, id="nieuw-record", aliases=["awel-102"]), new=True)
    assert set(codes) <= editor and editor == stored and set(codes) <= imported
    assert [(i.field, i.code) for i in again] == [("id", "id.used")]
    assert [(i.field, i.code, i.args["owner"]) for i in taken] == [
        ("aliases", "name.used", "awel-102")]
