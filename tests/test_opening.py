"""Opening hours of real catalogue records, end to end: engine, catalogue, search, CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from einclusie_app.cli import main
from einclusie_app.core.hours import BRUSSELS
from einclusie_app.core.search import Query


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=BRUSSELS)


@pytest.mark.parametrize("when, open_", [
    ("2026-12-25T10:00", False),   # Christmas Day
    ("2027-03-29T10:00", False),   # Easter Monday 2027
    ("2026-11-23T10:00", True),    # a Monday
    ("2026-11-23T19:30", False),
    ("2026-11-28T10:00", False),   # Saturday
])
def test_1700_answers_on_working_days_9_to_19(catalogue, when, open_):
    assert catalogue.opening("vl-1700-infolijn", at(when)).open_now is open_


def test_1700_speaks_in_calling_words(catalogue):
    o = catalogue.opening("vl-1700-infolijn", at("2026-11-23T07:00"))
    assert o.sentence("en") == "Call from 09:00" or "09:00" in o.sentence("en")
    assert "call" in o.sentence("en").lower()
    christmas = catalogue.opening("vl-1700-infolijn", at("2026-12-25T10:00"))
    assert christmas.status.key == "closed_holiday" and "Christmas" in christmas.sentence("en")


@pytest.mark.parametrize("ident", ["card-stop", "child-focus-116000"])
def test_24_7_lines_are_open_on_new_years_night(catalogue, ident):
    assert catalogue.opening(ident, at("2027-01-01T03:00")).open_now is True


def test_hours_only_as_dated_sessions_are_unknown(catalogue):
    o = catalogue.opening("haaltert-bib-digipunt", at("2026-11-24T18:00"))
    assert o.open_now is None
    # "call first" always names the number, or says there is none and what else there is
    text = o.sentence("en")
    view = catalogue.service("haaltert-bib-digipunt")
    if view.phones:
        assert f"call first: {view.phones[0].display}" in text
    else:
        assert "no phone number known" in text and "call first" not in text.lower()


def test_site_community_days_close_local_services_only(catalogue_file):
    from einclusie_app.core.catalogue import Catalogue

    flemish = Catalogue(catalogue_file, community_days=("flanders",))
    try:
        july11 = at("2028-07-11T10:00")  # a Tuesday
        assert flemish.opening("beernem-covias-digipunt", july11).open_now is False
        assert flemish.opening("vl-1700-infolijn", july11).open_now is True
    finally:
        flemish.close()


def test_open_at_filter_and_open_first(catalogue):
    saturday_morning = at("2026-11-28T10:30")
    hits = catalogue.searcher.search(Query(open_at=saturday_morning, limit=500))
    ids = {h.service_id for h in hits}
    assert "beernem-bib-digipunt" in ids and "card-stop" in ids
    assert "vl-1700-infolijn" not in ids
    assert all(catalogue.open_at(i, saturday_morning) is True for i in ids)
    ranked = catalogue.searcher.search(Query(text="digipunt", open_first=saturday_morning, limit=500))
    flags = [catalogue.open_at(h.service_id, saturday_morning) is True for h in ranked]
    assert flags == sorted(flags, reverse=True) and flags[0]


def test_cli_open_now_and_at(capsys, catalogue_file):
    code = main(["--catalogue", str(catalogue_file), "search", "--at", "2026-12-25T10:00",
                 "--json", "--limit", "200"])
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert code == 0 and rows
    assert all(r["open_now"] is True for r in rows)
    assert "vl-1700-infolijn" not in {r["id"] for r in rows}
    assert "card-stop" in {r["id"] for r in rows}
    code = main(["--catalogue", str(catalogue_file), "search", "1700", "--json"])
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert row["open_now"] in (True, False) and row["status"]


def test_cli_bad_time_is_refused(capsys, catalogue_file):
    code = main(["--catalogue", str(catalogue_file), "search", "--at", "tomorrow"])
    assert code != 0 and "2026-12-25T10:00" in capsys.readouterr().err


def test_cli_show_prints_the_week_and_status(capsys, catalogue_file):
    code = main(["--catalogue", str(catalogue_file), "show", "pensioenlijn-1765",
                 "--at", "2026-11-23T12:30"])
    out = capsys.readouterr().out
    assert code == 0
    assert "status at 2026-11-23 12:30: Call from 13:00" in out
    assert "▶ Monday    23-11  09:00-12:00, 13:00-17:00" in out
    assert "Friday    27-11  09:00-12:00, 13:00-16:00" in out
    assert "closed on: 25-12-2026 Christmas Day" in out
