"""Belgian legal holidays, community days and the school-holiday data file."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

import holidays
import pytest

from einclusie_app.core import holidays_be
from einclusie_app.core.holidays_be import (
    COMMUNITY_DAYS,
    DEFAULT_SCHOOL_FILE,
    Holiday,
    HolidayCalendar,
    HolidayDataError,
    load_school_file,
    school_ranges_from_package,
)

CAL = HolidayCalendar()


# -- legal holidays -------------------------------------------------------------------------

def test_ten_legal_holidays_plus_the_two_sundays():
    got = {h.day: h.en for h in CAL.legal_holidays(2027)}
    assert got == {
        date(2027, 1, 1): "New Year's Day",
        date(2027, 3, 28): "Easter Sunday",
        date(2027, 3, 29): "Easter Monday",
        date(2027, 5, 1): "Labour Day",
        date(2027, 5, 6): "Ascension Day",
        date(2027, 5, 16): "Whit Sunday",
        date(2027, 5, 17): "Whit Monday",
        date(2027, 7, 21): "Belgian National Day",
        date(2027, 8, 15): "Assumption Day",
        date(2027, 11, 1): "All Saints' Day",
        date(2027, 11, 11): "Armistice Day",
        date(2027, 12, 25): "Christmas Day",
    }


@pytest.mark.parametrize("day, nl, fr, en", [
    (date(2027, 3, 29), "Paasmaandag", "Lundi de Pâques", "Easter Monday"),
    (date(2026, 12, 25), "Kerstmis", "Noël", "Christmas Day"),
    (date(2026, 5, 14), "O.L.H. Hemelvaart", "Ascension", "Ascension Day"),
    (date(2026, 8, 15), "O.L.V. Hemelvaart", "Assomption", "Assumption Day"),
    (date(2026, 7, 21), "Nationale feestdag", "Fête nationale", "Belgian National Day"),
])
def test_legal_holiday_names_in_three_languages(day, nl, fr, en):
    h = CAL.legal_holiday(day)
    assert h == Holiday(day, "legal", nl, fr, en)
    assert (h.name("nl"), h.name("fr"), h.name("en")) == (nl, fr, en)
    assert h.names() == {"nl": nl, "fr": fr, "en": en}


def test_ordinary_days_and_bank_holidays_are_not_legal_holidays():
    assert CAL.legal_holiday(date(2026, 11, 23)) is None
    assert CAL.legal_holiday(date(2026, 12, 26)) is None  # bank holiday only
    assert CAL.legal_holiday(date(2026, 4, 3)) is None  # Good Friday
    assert CAL.legal_holiday(date(2026, 7, 11)) is None  # community day, not legal


def test_legal_holidays_match_the_package_for_many_years():
    for year in range(2020, 2036):
        assert {h.day for h in CAL.legal_holidays(year)} == set(holidays.BE(years=year))


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        CAL.legal_holiday(date(2027, 1, 1)).name("de")


# -- community days -------------------------------------------------------------------------

@pytest.mark.parametrize("community, day, nl", [
    ("flanders", date(2026, 7, 11), "Feest van de Vlaamse Gemeenschap"),
    ("wallonia_brussels", date(2026, 9, 27), "Feest van de Federatie Wallonië-Brussel"),
    ("german", date(2026, 11, 15), "Feest van de Duitstalige Gemeenschap"),
])
def test_community_days(community, day, nl):
    h = CAL.community_day(day, [community])
    assert h is not None and h.kind == "community" and h.nl == nl
    others = [c for c in COMMUNITY_DAYS if c != community]
    assert CAL.community_day(day, others) is None
    assert CAL.community_day(day + timedelta(days=1), [community]) is None
    assert h.fr and h.en


def test_calendar_view_for_one_office():
    flemish = HolidayCalendar({"flanders"}, "flanders")
    assert flemish.holiday_name(date(2026, 7, 11), "nl") == "Feest van de Vlaamse Gemeenschap"
    assert flemish.holiday_name(date(2026, 11, 4), "fr") == "Congé d'automne"
    assert flemish.holiday_name(date(2027, 3, 29), "en") == "Easter Monday"  # legal wins
    assert flemish.holiday_name(date(2026, 10, 28)) is None
    plain = HolidayCalendar()
    assert plain.holiday(date(2026, 7, 11)) is None
    assert plain.holiday(date(2026, 11, 4)) is None
    with pytest.raises(ValueError):
        HolidayCalendar({"brussels"})
    with pytest.raises(ValueError):
        HolidayCalendar(school="wallonia")


# -- school holidays ------------------------------------------------------------------------

def test_data_file_loads_and_every_period_names_its_source():
    periods = load_school_file(DEFAULT_SCHOOL_FILE)
    assert {(p.community, p.school_year) for p in periods} >= {
        ("flanders", "2025-2026"), ("flanders", "2026-2027"), ("flanders", "2027-2028"),
        ("french", "2025-2026"), ("french", "2026-2027"), ("french", "2027-2028"),
        ("german", "2025-2026"),
    }
    for p in periods:
        assert p.source.startswith("https://")
        assert p.checked and p.legal_basis
        assert p.ranges


def test_data_file_agrees_with_the_package_rules():
    """Each stored school year equals what the holidays package's rules give. When this fails
    after a package update, one of the two changed: check the official calendar."""
    for p in load_school_file(DEFAULT_SCHOOL_FILE):
        assert list(p.ranges) == school_ranges_from_package(p.community, p.first, p.last), \
            (p.community, p.school_year)


def test_school_years_of_a_community_follow_each_other_without_gaps():
    by_comm: dict[str, list] = {}
    for p in load_school_file(DEFAULT_SCHOOL_FILE):
        by_comm.setdefault(p.community, []).append(p)
    for ps in by_comm.values():
        ps.sort(key=lambda p: p.first)
        for a, b in zip(ps, ps[1:]):
            assert b.first == a.last + timedelta(days=1)


@pytest.mark.parametrize("community, day, nl", [
    # Published dates, matched against school websites (see resources/calendar/README.md).
    ("flanders", date(2025, 10, 27), "Herfstvakantie"),
    ("flanders", date(2025, 11, 2), "Herfstvakantie"),
    ("flanders", date(2026, 1, 4), "Kerstvakantie"),
    ("flanders", date(2026, 2, 16), "Krokusvakantie"),
    ("flanders", date(2026, 4, 19), "Paasvakantie"),
    ("flanders", date(2026, 7, 1), "Zomervakantie"),
    ("flanders", date(2028, 4, 17), "Paasvakantie"),
    ("french", date(2025, 10, 20), "Herfstvakantie"),
    ("french", date(2026, 3, 1), "Krokusvakantie"),
    ("french", date(2026, 4, 27), "Lentevakantie"),
    ("french", date(2026, 7, 4), "Zomervakantie"),
    ("french", date(2025, 9, 27), "Feest van de Federatie Wallonië-Brussel"),
    ("german", date(2025, 11, 15), "Feest van de Duitstalige Gemeenschap"),
])
def test_known_school_holidays(community, day, nl):
    assert CAL.school_known(day, community)
    h = CAL.school_holiday(day, community)
    assert h is not None and h.kind == "school" and h.nl == nl


@pytest.mark.parametrize("community, day", [
    ("flanders", date(2025, 10, 24)),  # Friday before the autumn break
    ("flanders", date(2026, 11, 9)),  # Monday after the 2026 autumn break
    ("flanders", date(2026, 6, 30)),
    ("french", date(2025, 11, 3)),
    ("french", date(2026, 7, 3)),  # last school day (first Friday of July)
    ("french", date(2026, 8, 24)),  # first school day of 2026-2027
])
def test_school_days_are_not_holidays(community, day):
    assert CAL.school_known(day, community)
    assert CAL.school_holiday(day, community) is None


def test_school_calendar_outside_the_data_is_unknown():
    assert not CAL.school_known(date(2030, 1, 15), "flanders")
    assert not CAL.school_known(date(2025, 8, 31), "flanders")
    assert not CAL.school_known(date(2026, 9, 1), "german")
    assert CAL.school_known(date(2028, 8, 31), "flanders")
    assert not CAL.school_known(date(2028, 9, 1), "flanders")
    assert CAL.school_holiday(date(2030, 1, 2), "flanders") is None  # unknown, not "no holiday"


def test_break_wins_over_a_single_day_inside_it():
    # Ascension 2027 falls in the French Community's spring break.
    assert CAL.school_holiday(date(2027, 5, 6), "french").nl == "Lentevakantie"


def test_missing_data_file_means_unknown(tmp_path):
    cal = HolidayCalendar(school_file=tmp_path / "absent.toml")
    assert not cal.school_known(date(2026, 11, 4), "flanders")
    assert cal.legal_holiday(date(2026, 12, 25)) is not None


@pytest.mark.parametrize("edit, message", [
    (lambda s: s.replace('community = "german"', 'community = "brussels"'), "unknown community"),
    (lambda s: s.replace('{ name = "autumn", first = 2025-10-27', '{ name = "herfst", first = 2025-10-27'),
     "unknown name"),
    (lambda s: s.replace("first = 2025-10-27, last = 2025-11-02", "first = 2025-10-27, last = 2026-11-02"),
     "is not inside"),
    (lambda s: s.replace("format = 1", "format = 2"), "format"),
    (lambda s: s + "\n[[period\n", "cannot read"),
    (lambda s: s.replace('source = "https://www.vlaanderen.be', 'source = "http://www.vlaanderen.be', 1),
     "https"),
])
def test_bad_data_file_is_reported(tmp_path, edit, message):
    bad = tmp_path / "school_holidays.toml"
    bad.write_text(edit(DEFAULT_SCHOOL_FILE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(HolidayDataError, match=message):
        HolidayCalendar(school_file=bad)


# -- layering -------------------------------------------------------------------------------

@pytest.mark.parametrize("module", ["holidays_be.py", "hours.py"])
def test_core_modules_import_no_gui_and_no_network(module):
    path = Path(holidays_be.__file__).with_name(module)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    assert not names & {"PySide6", "PyQt5", "PyQt6", "shiboken6", "socket", "urllib", "http",
                        "requests", "ssl"}


def test_shipped_legal_holidays_equal_the_package():
    """resources/calendar/legal_holidays.toml is the package's answer (regenerate it with
    tools/make_legal_holidays.py after upgrading `holidays`)."""
    from einclusie_app.core import holidays_be as hb

    for year in range(hb.FIRST_YEAR, hb.LAST_YEAR + 1):
        shipped = hb._legal_year(year)
        package = hb._package_year(year)
        assert {d: (h.nl, h.fr, h.en) for d, h in shipped.items()} == \
            {d: (h.nl, h.fr, h.en) for d, h in package.items()}, year


def test_in_range_years_do_not_import_the_package():
    import subprocess
    import sys

    code = ("import sys, datetime as d\n"
            "from einclusie_app.core.holidays_be import HolidayCalendar\n"
            "c = HolidayCalendar()\n"
            "assert c.legal_holiday(d.date(2027, 3, 29)).nl == 'Paasmaandag'\n"
            "print('holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
