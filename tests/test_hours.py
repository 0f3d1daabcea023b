"""The opening-hours engine: parsing, HSDS, status, sentences, daylight saving, holidays."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from einclusie_app.core.hours import (
    BRUSSELS,
    Contact,
    LOOKAHEAD_DAYS,
    RFC_DAYS,
    DateException,
    HolidayCalendar,
    HoursError,
    Rule,
    Schedule,
    Status,
    closing_holidays,
    format_time,
    format_weekly,
    format_window,
    from_hsds,
    hsds_profile,
    open_at,
    open_intervals,
    parse_weekly,
    schedule_from_weekly,
    sentence,
    status_at,
    to_hsds,
    week_table,
)

UTC = timezone.utc
CAL = HolidayCalendar()
# HOURS_EXAMPLES=1000 HYPOTHESIS_PROFILE=explore for a long run at random (tests/conftest.py);
# the default keeps the suite fast and repeatable.
PROPS = settings(max_examples=int(os.environ.get("HOURS_EXAMPLES", "40")), deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])

LINE_1700 = "Mo 09:00-19:00; Tu 09:00-19:00; We 09:00-19:00; Th 09:00-19:00; Fr 09:00-19:00"
CARD_STOP = "; ".join(f"{d} 00:00-24:00" for d in ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"))
PENSIOENLIJN = ("Mo 09:00-12:00,13:00-17:00; Tu 09:00-12:00,13:00-17:00; We 09:00-12:00,13:00-17:00; "
                "Th 09:00-12:00,13:00-17:00; Fr 09:00-12:00,13:00-16:00")


def bxl(*args, fold=0) -> datetime:
    """An aware Brussels wall-clock datetime."""
    return datetime(*args, tzinfo=BRUSSELS, fold=fold)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def all_sentences(s: Status) -> list[str]:
    out = [sentence(s, lang, phone) for lang in ("en", "nl", "fr") for phone in (False, True)]
    for text in out:
        assert text and "{" not in text and "}" not in text
    return out


# == examples =================================================================================

class TestLine1700:
    s = schedule_from_weekly(LINE_1700)

    def test_parsed_as_one_rule(self):
        assert self.s.rules == (Rule("WEEKLY", RFC_DAYS[:5], time(9), time(19)),)
        assert not self.s.always_open and not self.s.unknown

    def test_closed_on_christmas_day(self):
        st_ = status_at(self.s, bxl(2026, 12, 25, 10), CAL)
        assert (st_.state, st_.key, st_.open_now) == ("closed", "closed_holiday", False)
        assert st_.args["holiday"].en == "Christmas Day"
        assert st_.next_change == bxl(2026, 12, 28, 9).astimezone(UTC)
        assert sentence(st_) == "Closed today (Christmas Day) — next open Monday at 09:00"
        assert sentence(st_, "nl") == "Vandaag gesloten (Kerstmis) — weer open maandag om 09:00"
        assert sentence(st_, "fr") == "Fermé aujourd'hui (Noël) — réouverture lundi à 9 h"
        assert open_at(self.s, bxl(2026, 12, 25, 10), CAL) is False

    def test_closed_on_easter_monday_2027(self):
        st_ = status_at(self.s, bxl(2027, 3, 29, 11, 15), CAL)
        assert st_.key == "closed_holiday"
        assert sentence(st_) == "Closed today (Easter Monday) — next open Tuesday at 09:00"
        assert sentence(st_, "en", phone=True) == \
            "No calls today (Easter Monday) — call on Tuesday from 09:00"
        assert sentence(st_, "nl", phone=True) == \
            "Vandaag niet bereikbaar (Paasmaandag) — bellen kan dinsdag vanaf 09:00"
        assert open_at(self.s, bxl(2027, 3, 29, 11, 15), CAL) is False
        assert open_at(self.s, bxl(2027, 3, 30, 11, 15), CAL) is True

    def test_open_on_a_monday_morning(self):
        st_ = status_at(self.s, bxl(2026, 11, 23, 10), CAL)
        assert (st_.state, st_.key, st_.open_now) == ("open", "open_closes_at", True)
        assert st_.args == {"minutes": 540, "time": "19:00", "weekday": 0,
                            "date": date(2026, 11, 23), "days": 0}
        assert st_.next_change == utc(2026, 11, 23, 18)
        assert sentence(st_) == "Open now — closes at 19:00"
        assert sentence(st_, phone=True) == "You can call until 19:00"
        assert sentence(st_, "nl", phone=True) == "Bellen kan tot 19:00"
        assert sentence(st_, "fr", phone=True) == "Joignable jusqu'à 19 h"

    def test_call_from_nine_at_seven_on_a_working_day(self):
        st_ = status_at(self.s, bxl(2026, 11, 23, 7), CAL)
        assert st_.key == "opens_today_at" and st_.args["time"] == "09:00"
        assert st_.args["minutes"] == 120
        assert sentence(st_, "en", phone=True) == "Call from 09:00"
        assert sentence(st_, "nl", phone=True) == "Bellen kan vanaf 09:00"
        assert sentence(st_, "fr", phone=True) == "Joignable à partir de 9 h"
        assert sentence(st_) == "Opens today at 09:00"

    def test_closes_soon(self):
        st_ = status_at(self.s, bxl(2026, 11, 23, 18, 48, 30), CAL)
        assert st_.key == "closes_soon" and st_.args == {"minutes": 12, "time": "19:00"}
        assert sentence(st_) == "Closes in 12 min"
        assert sentence(st_, "nl") == "Sluit over 12 min"
        assert sentence(st_, "fr") == "Ferme dans 12 min"
        assert status_at(self.s, bxl(2026, 11, 23, 18, 29), CAL).key == "open_closes_at"
        assert status_at(self.s, bxl(2026, 11, 23, 18, 30), CAL).key == "closes_soon"

    def test_weekend_says_next_open_with_the_weekday(self):
        st_ = status_at(self.s, bxl(2026, 11, 21, 10), CAL)
        assert st_.key == "next_open"
        assert st_.args == {"time": "09:00", "weekday": 0, "date": date(2026, 11, 23), "days": 2}
        assert sentence(st_) == "Next open: Monday at 09:00"
        assert sentence(st_, phone=True) == "Call on Monday from 09:00"
        assert sentence(st_, "nl") == "Weer open: maandag om 09:00"
        assert sentence(st_, "fr", phone=True) == "Joignable lundi à partir de 9 h"

    def test_naive_and_foreign_zone_datetimes_mean_the_same_instant(self):
        aware = status_at(self.s, bxl(2026, 11, 23, 8, 59), CAL)
        assert status_at(self.s, datetime(2026, 11, 23, 8, 59), CAL) == aware
        assert status_at(self.s, utc(2026, 11, 23, 7, 59), CAL) == aware
        ny = datetime(2026, 11, 23, 2, 59, tzinfo=ZoneInfo("America/New_York"))
        assert status_at(self.s, ny, CAL) == aware
        assert open_at(self.s, utc(2026, 11, 23, 8), CAL) is True  # 09:00 Brussels

    def test_closing_holidays_and_week_table(self):
        got = closing_holidays(self.s, date(2026, 12, 1), 42, CAL)
        assert [(d, h.nl) for d, h in got] == [(date(2026, 12, 25), "Kerstmis"),
                                               (date(2027, 1, 1), "Nieuwjaar")]
        rows = week_table(self.s, date(2026, 12, 21), CAL, today=date(2026, 12, 23))
        assert [r.weekday for r in rows] == list(range(7))
        assert [r.is_today for r in rows] == [False, False, True, False, False, False, False]
        assert rows[0].windows == ((time(9), time(19)),)
        assert rows[4].windows == () and rows[4].holiday.en == "Christmas Day"
        assert rows[5].holiday is None and rows[5].windows == ()  # a Saturday: simply closed
        assert not any(r.unknown for r in rows)


def test_card_stop_is_open_at_three_on_new_years_day():
    s = schedule_from_weekly(CARD_STOP, open_on_holidays=True)
    assert s.always_open
    st_ = status_at(s, bxl(2027, 1, 1, 3), CAL)
    assert (st_.state, st_.key, st_.next_change, st_.open_now) == ("open", "open_24h", None, True)
    assert sentence(st_) == "Open 24 hours"
    assert sentence(st_, phone=True) == "You can call now (24/7)"
    assert sentence(st_, "nl") == "Dag en nacht open"
    assert sentence(st_, "fr") == "Ouvert 24 h/24"
    assert open_at(s, bxl(2027, 1, 1, 3), CAL) is True


def test_a_247_line_that_closes_on_holidays_closes_at_midnight():
    s = Schedule(always_open=True)
    assert s.rules and format_weekly(s.rules) == CARD_STOP
    st_ = status_at(s, bxl(2026, 12, 24, 23), CAL)
    assert st_.key == "open_closes_at" and st_.args["time"] == "24:00" and st_.args["days"] == 0
    assert sentence(st_) == "Open now — closes at midnight"
    assert sentence(st_, "nl", phone=True) == "Bellen kan tot middernacht"
    assert sentence(st_, "fr") == "Ouvert maintenant — ferme à minuit"
    st2 = status_at(s, bxl(2026, 12, 22, 10), CAL)  # three days before Christmas
    assert st2.key == "open_closes_at" and st2.args["days"] == 2
    assert st2.args["date"] == date(2026, 12, 24) and st2.args["weekday"] == 3
    assert sentence(st2) == "Open now — closes Thursday at midnight"
    assert sentence(st2, phone=True) == "You can call until midnight on Thursday"
    assert sentence(st2, "nl") == "Nu open — sluit donderdag om middernacht"
    assert sentence(st2, "fr", phone=True) == "Joignable jusqu'à jeudi minuit"
    assert status_at(s, bxl(2026, 12, 25, 12), CAL).key == "closed_holiday"


class TestPensioenlijn:
    s = schedule_from_weekly(PENSIOENLIJN)

    def test_closed_at_lunch_and_opens_at_one(self):
        st_ = status_at(self.s, bxl(2026, 11, 23, 12, 30), CAL)
        assert st_.key == "opens_today_at" and st_.args == {"time": "13:00", "minutes": 30}
        assert st_.next_change == bxl(2026, 11, 23, 13).astimezone(UTC)
        assert sentence(st_) == "Opens today at 13:00"
        assert sentence(st_, "fr") == "Ouvre aujourd'hui à 13 h"
        assert open_at(self.s, bxl(2026, 11, 23, 12, 30), CAL) is False
        assert open_at(self.s, bxl(2026, 11, 23, 13), CAL) is True
        assert open_at(self.s, bxl(2026, 11, 23, 11, 59), CAL) is True
        assert open_at(self.s, bxl(2026, 11, 23, 12), CAL) is False

    def test_friday_afternoon_ends_at_four(self):
        st_ = status_at(self.s, bxl(2026, 11, 27, 14), CAL)
        assert st_.args["time"] == "16:00"
        st2 = status_at(self.s, bxl(2026, 11, 27, 16, 30), CAL)
        assert st2.key == "next_open" and st2.args["date"] == date(2026, 11, 30)

    def test_round_trips_through_the_text_form(self):
        assert format_weekly(self.s.rules) == PENSIOENLIJN
        assert len(self.s.rules) == 3  # 09-12 Mo-Fr, 13-17 Mo-Th, 13-16 Fr


def test_monthly_first_saturday_and_last_friday():
    s = Schedule((Rule("MONTHLY", ["1SA"], "10:00", "12:00", description="Repair café"),
                  Rule("MONTHLY", "-1FR", "14:00", "16:00")))
    # November 2026: 1 November is a Sunday, so the first Saturday is the 7th; last Friday the 27th.
    assert open_at(s, bxl(2026, 11, 7, 11), CAL) is True
    assert open_at(s, bxl(2026, 11, 14, 11), CAL) is False
    assert open_at(s, bxl(2026, 11, 27, 15), CAL) is True
    assert open_at(s, bxl(2026, 11, 20, 15), CAL) is False
    # January 2027 has five Fridays: the last is the 29th, not the 22nd.
    assert open_at(s, bxl(2027, 1, 29, 15), CAL) is True
    assert open_at(s, bxl(2027, 1, 22, 15), CAL) is False
    st_ = status_at(s, bxl(2026, 11, 16, 10), CAL)  # next: the last Friday, the 27th
    assert st_.key == "next_open" and st_.args["date"] == date(2026, 11, 27)
    assert st_.args["days"] == 11
    assert sentence(st_) == "Next open: Friday 27 November at 14:00"
    far = status_at(s, bxl(2026, 11, 28, 10), CAL)  # next first Saturday is 5 December
    assert far.key == "next_open" and far.args["date"] == date(2026, 12, 5)
    assert sentence(far) == "Next open: Saturday 5 December at 10:00"
    assert sentence(far, "nl") == "Weer open: zaterdag 5 december om 10:00"
    assert sentence(far, "fr") == "Réouverture samedi 5 décembre à 10 h"
    only_first_sat = Schedule((Rule("MONTHLY", ["1SA"], "10:00", "12:00"),))
    none = status_at(only_first_sat, bxl(2026, 11, 8, 10), CAL)
    assert (none.key, none.next_change) == ("closed_no_next", None)
    assert sentence(none) == "Closed — not open in the next 14 days"
    assert sentence(none, "nl") == "Gesloten — de komende 14 dagen niet open"


def test_monthly_interval_and_month_days():
    every_other = Rule("MONTHLY", (), "18:00", "20:00", dtstart=date(2026, 1, 15), interval=2)
    s = Schedule((every_other,))
    assert open_at(s, bxl(2026, 3, 15, 19), CAL) is True
    assert open_at(s, bxl(2026, 4, 15, 19), CAL) is False
    assert open_at(s, bxl(2025, 11, 15, 19), CAL) is False  # before dtstart
    last_day = Schedule((Rule("MONTHLY", (), "10:00", "11:00", bymonthday=[-1]),))
    assert open_at(last_day, bxl(2027, 2, 28, 10, 30), CAL) is True
    assert open_at(last_day, bxl(2027, 2, 27, 10, 30), CAL) is False
    fortnightly = Schedule((Rule("WEEKLY", ["WE"], "14:00", "16:00", dtstart=date(2026, 11, 4),
                                 interval=2),))
    assert open_at(fortnightly, bxl(2026, 11, 18, 15), CAL) is True
    assert open_at(fortnightly, bxl(2026, 11, 25, 15), CAL) is False


def test_valid_from_and_valid_to():
    autumn = Rule("WEEKLY", ["TU"], "13:00", "16:00", valid_from=date(2026, 9, 1),
                  valid_to=date(2026, 12, 31))
    s = Schedule((autumn,))
    assert open_at(s, bxl(2026, 12, 29, 14), CAL) is True
    assert open_at(s, bxl(2026, 9, 1, 14), CAL) is True  # inclusive
    assert open_at(s, bxl(2026, 9, 2, 14), CAL) is False  # a Wednesday inside: closed
    # After valid_to the information has run out: unknown, not closed (HSDS semantics).
    assert open_at(s, bxl(2027, 1, 5, 14), CAL) is None
    st_ = status_at(s, bxl(2027, 1, 5, 14), CAL)
    assert (st_.state, st_.key, st_.args["reason"]) == ("unknown", "unknown", "validity")
    assert sentence(st_, contact=Contact("09 123 45 67")) == \
        "Opening hours unknown — call first: 09 123 45 67"
    # Near the end the look-ahead stops at the unknown days instead of saying "not open".
    end = status_at(s, bxl(2026, 12, 29, 17), CAL)
    assert end.key == "closed_no_next" and end.args["unknown_from"] == date(2027, 1, 1)
    assert sentence(end, contact=Contact("1700")) == \
        "Closed now — later hours unknown, call first: 1700"
    # With the new hours known from January, the old ones simply end.
    winter = Rule("WEEKLY", ["TH"], "09:00", "12:00", valid_from=date(2027, 1, 1))
    s2 = Schedule((autumn, winter))
    assert open_at(s2, bxl(2027, 1, 5, 14), CAL) is False
    assert open_at(s2, bxl(2027, 1, 7, 10), CAL) is True
    assert status_at(s2, bxl(2026, 12, 29, 17), CAL).args["date"] == date(2027, 1, 7)
    # until ends the recurrence itself: closed afterwards, not unknown.
    ended = Schedule((Rule("WEEKLY", ["TU"], "13:00", "16:00", until=date(2026, 12, 31)),))
    assert open_at(ended, bxl(2027, 1, 5, 14), CAL) is False


def test_open_past_the_end_of_the_known_data():
    # A 24-hour line whose information runs out on 31 December.
    s = Schedule((Rule("WEEKLY", RFC_DAYS, "00:00", "24:00", valid_to=date(2026, 12, 31)),),
                 open_on_holidays=True)
    st_ = status_at(s, bxl(2026, 12, 30, 12), CAL)
    assert (st_.key, st_.next_change, st_.args) == ("open_now", None, {"unknown_from": date(2027, 1, 1)})
    assert [sentence(st_, lang) for lang in ("en", "nl", "fr")] == ["Open now", "Nu open", "Ouvert maintenant"]
    assert open_at(s, bxl(2027, 1, 1, 12), CAL) is None
    # A late window from the last known day is still known to run on after midnight.
    fri = Schedule((Rule("WEEKLY", ["FR"], "22:00", "02:00", valid_to=date(2026, 11, 27)),))
    assert open_at(fri, bxl(2026, 11, 28, 1), CAL) is True
    assert status_at(fri, bxl(2026, 11, 28, 1), CAL).key == "open_now"
    assert open_at(fri, bxl(2026, 11, 28, 3), CAL) is None


def test_unknown_day_before_may_hide_a_late_window():
    # Known from Sunday 29 November: Saturday night is unknown, so early Sunday is too.
    s = Schedule((Rule("WEEKLY", ["SA", "SU"], "22:00", "02:00", valid_from=date(2026, 11, 29)),))
    assert open_at(s, bxl(2026, 11, 29, 1), CAL) is None
    assert open_at(s, bxl(2026, 11, 29, 3), CAL) is False
    assert status_at(s, bxl(2026, 11, 29, 3), CAL).key == "opens_today_at"
    assert open_at(s, bxl(2026, 11, 29, 23), CAL) is True
    assert open_at(s, bxl(2026, 11, 30, 1), CAL) is True


def test_closed_date_and_extra_session():
    s = schedule_from_weekly(PENSIOENLIJN, exceptions=[
        DateException(date(2026, 11, 24), description="Personeelsdag"),
        DateException(date(2026, 11, 28), time(10), time(12), "Extra zaterdag"),
        DateException(date(2026, 12, 25), time(10), time(12)),  # even on Christmas Day
    ])
    assert open_at(s, bxl(2026, 11, 24, 10), CAL) is False
    st_ = status_at(s, bxl(2026, 11, 24, 10), CAL)
    assert st_.key == "closed_holiday" and st_.args["holiday"].kind == "closure"
    assert sentence(st_, "nl") == "Vandaag gesloten (Personeelsdag) — weer open woensdag om 09:00"
    assert open_at(s, bxl(2026, 11, 25, 10), CAL) is True
    assert open_at(s, bxl(2026, 11, 28, 11), CAL) is True
    assert open_at(s, bxl(2026, 11, 28, 12), CAL) is False
    assert open_at(s, bxl(2026, 12, 25, 11), CAL) is True
    assert open_at(s, bxl(2026, 12, 25, 14), CAL) is False
    sat = status_at(s, bxl(2026, 11, 27, 18), CAL)
    assert sat.key == "next_open" and sat.args["date"] == date(2026, 11, 28)
    assert [d for d, _ in closing_holidays(s, date(2026, 11, 23), 10, CAL)] == [date(2026, 11, 24)]
    rows = week_table(s, date(2026, 11, 23), CAL)
    assert rows[1].windows == () and rows[1].holiday.nl == "Personeelsdag"
    assert rows[5].windows == ((time(10), time(12)),)
    # A closure plus an extra session on the same date replaces that day's hours.
    short = schedule_from_weekly(LINE_1700, exceptions=[
        DateException(date(2026, 12, 24)), DateException(date(2026, 12, 24), time(9), time(12))])
    assert open_at(short, bxl(2026, 12, 24, 11), CAL) is True
    assert open_at(short, bxl(2026, 12, 24, 13), CAL) is False
    st2 = status_at(short, bxl(2026, 12, 24, 10), CAL)
    assert st2.args["time"] == "12:00"


def test_only_dated_sessions_is_known_not_unknown():
    s = Schedule(exceptions=(DateException(date(2026, 12, 2), time(14), time(16), "Cursus"),))
    assert not s.unknown
    assert status_at(s, bxl(2026, 11, 30, 10), CAL).args["date"] == date(2026, 12, 2)
    only_closure = Schedule(exceptions=(DateException(date(2026, 12, 2)),))
    assert only_closure.unknown


def test_past_midnight_window():
    s = schedule_from_weekly("Fr 22:00-02:00; Sa 22:00-02:00")
    assert s.rules == (Rule("WEEKLY", ["FR", "SA"], time(22), time(2)),)
    assert s.rules[0].overnight
    assert open_at(s, bxl(2026, 11, 28, 1), CAL) is True  # Saturday 01:00, from Friday
    assert open_at(s, bxl(2026, 11, 28, 2), CAL) is False
    assert open_at(s, bxl(2026, 11, 27, 21, 59), CAL) is False
    st_ = status_at(s, bxl(2026, 11, 27, 23), CAL)
    assert st_.key == "open_closes_at" and st_.args["time"] == "02:00" and st_.args["days"] == 0
    assert sentence(st_) == "Open now — closes at 02:00"
    assert st_.next_change == bxl(2026, 11, 28, 2).astimezone(UTC)
    st2 = status_at(s, bxl(2026, 11, 28, 1, 45), CAL)
    assert st2.key == "closes_soon" and st2.args["minutes"] == 15
    assert format_weekly(s.rules) == "Fr 22:00-02:00; Sa 22:00-02:00"


def test_a_holiday_removes_the_window_that_opens_on_it_not_the_one_running_into_it():
    s = schedule_from_weekly("Th 22:00-02:00; Fr 22:00-02:00")
    # Friday 25 December 2026 is Christmas Day.
    assert open_at(s, bxl(2026, 12, 25, 1), CAL) is True  # Thursday night runs on
    assert open_at(s, bxl(2026, 12, 25, 23), CAL) is False
    assert open_at(s, bxl(2026, 12, 26, 1), CAL) is False  # Christmas night's window is gone
    assert open_at(s, bxl(2026, 12, 31, 23), CAL) is True  # New Year's Eve is no holiday
    assert open_at(s, bxl(2027, 1, 1, 1), CAL) is True


def test_community_day_closes_only_sites_that_observe_it():
    text = "; ".join(f"{d} 09:00-17:00" for d in ("Mo", "Tu", "We", "Th", "Fr", "Sa"))
    flemish = schedule_from_weekly(text, community_holidays={"flanders"})
    other = schedule_from_weekly(text)
    when = bxl(2026, 7, 11, 10)  # a Saturday
    assert open_at(flemish, when, CAL) is False
    assert open_at(other, when, CAL) is True
    st_ = status_at(flemish, when, CAL)
    assert st_.key == "closed_holiday"
    assert sentence(st_) == "Closed today (Flemish Community Day) — next open Monday at 09:00"
    assert sentence(st_, "fr") == \
        "Fermé aujourd'hui (Fête de la Communauté flamande) — réouverture lundi à 9 h"
    brussels = schedule_from_weekly(text, community_holidays={"wallonia_brussels"})
    assert open_at(brussels, when, CAL) is True
    assert open_at(brussels, bxl(2027, 9, 27, 10), CAL) is False  # a Monday
    assert open_at(brussels, bxl(2027, 9, 28, 10), CAL) is True


def test_open_on_holidays_keeps_the_regular_hours():
    s = schedule_from_weekly(LINE_1700, open_on_holidays=True)
    assert open_at(s, bxl(2027, 3, 29, 10), CAL) is True
    assert closing_holidays(s, date(2026, 12, 1), 42, CAL) == []


def test_school_holidays_close_a_school_site_and_unknown_outside_the_data():
    s = schedule_from_weekly("Mo 16:00-18:00; We 13:00-16:00", closed_school_holidays="flanders")
    assert open_at(s, bxl(2026, 10, 28, 14), CAL) is True
    st_ = status_at(s, bxl(2026, 11, 4, 14), CAL)  # herfstvakantie 2-8 November 2026
    assert st_.key == "closed_holiday" and st_.args["holiday"].nl == "Herfstvakantie"
    assert sentence(st_, "nl") == "Vandaag gesloten (Herfstvakantie) — weer open maandag om 16:00"
    assert open_at(s, bxl(2030, 1, 16, 14), CAL) is None
    unknown = status_at(s, bxl(2030, 1, 16, 14), CAL)
    assert unknown.args["reason"] == "school_calendar"
    assert sentence(unknown, "fr", contact=Contact("02 222 12 02")) == \
        "Horaires inconnus — appelez d'abord : 02 222 12 02"
    # The last summer in the data: closed today, later unknown.
    last = status_at(s, bxl(2028, 8, 28, 10), CAL)
    assert last.key == "closed_holiday" and last.args["unknown_from"] == date(2028, 9, 1)
    assert sentence(last) == "Closed today (Summer holidays) — later hours unknown"
    days = closing_holidays(s, date(2026, 10, 26), 21, CAL)
    assert [d for d, _ in days] == [date(2026, 11, 2), date(2026, 11, 4), date(2026, 11, 11)]


def test_unknown_schedule():
    s = schedule_from_weekly("")
    assert s.unknown and s.rules == ()
    st_ = status_at(s, bxl(2026, 11, 23, 10), CAL)
    assert (st_.state, st_.key, st_.open_now, st_.next_change) == ("unknown", "unknown", None, None)
    # Never "call first" without a way to call: the number, or what else there is.
    assert sentence(st_, contact=Contact("078 17 01 70")) == \
        "Opening hours unknown — call first: 078 17 01 70"
    assert sentence(st_, "nl", contact=Contact("078 17 01 70")) == \
        "Openingsuren onbekend — eerst bellen: 078 17 01 70"
    assert sentence(st_, "en", phone=True, contact=Contact("1700")) == \
        "Call hours unknown — just try calling 1700"
    assert sentence(st_, contact=Contact(email="info@x.be", website="www.x.be")) == \
        "Opening hours unknown — no phone number known; e-mail: info@x.be"
    assert sentence(st_, "nl", contact=Contact(website="www.x.be")) == \
        "Openingsuren onbekend — geen telefoonnummer bekend; website: www.x.be"
    assert sentence(st_, "fr", contact=Contact(organization="OCMW Gent")) == \
        "Horaires inconnus — aucun numéro de téléphone connu; demandez à OCMW Gent"
    assert sentence(st_) == "Opening hours unknown — no phone number known"
    for lang in ("en", "nl", "fr"):
        for phone in (False, True):
            assert "call first" not in sentence(st_, lang, phone).lower()
            assert "eerst bellen" not in sentence(st_, lang, phone)
    # An offer that may have ended gets no opening status, only the way to check.
    ended = sentence(status_at(schedule_from_weekly("Mo 09:00-12:00"), bxl(2026, 11, 23, 10), CAL),
                     "nl", contact=Contact("09 123 45 67"), may_have_ended=True)
    assert ended == "Mogelijk gestopt — eerst bellen: 09 123 45 67"
    assert open_at(s, bxl(2026, 11, 23, 10), CAL) is None
    assert all(r.unknown for r in week_table(s, date(2026, 11, 23), CAL))


def test_every_status_renders_in_every_language():
    cases = [
        (schedule_from_weekly(LINE_1700), bxl(2026, 11, 23, 10)),
        (schedule_from_weekly(LINE_1700), bxl(2026, 11, 23, 18, 50)),
        (schedule_from_weekly(LINE_1700), bxl(2026, 11, 23, 7)),
        (schedule_from_weekly(LINE_1700), bxl(2026, 11, 21, 7)),
        (schedule_from_weekly(LINE_1700), bxl(2027, 3, 29, 7)),
        (schedule_from_weekly(CARD_STOP, open_on_holidays=True), bxl(2027, 3, 29, 7)),
        (Schedule((Rule("MONTHLY", ["1SA"], "10:00", "12:00"),)), bxl(2026, 11, 8, 7)),
        (schedule_from_weekly(""), bxl(2026, 11, 8, 7)),
    ]
    keys = set()
    for s, when in cases:
        st_ = status_at(s, when, CAL)
        keys.add(st_.key)
        all_sentences(st_)
    assert keys == {"open_closes_at", "closes_soon", "opens_today_at", "next_open",
                    "closed_holiday", "open_24h", "closed_no_next", "unknown"}
    with pytest.raises(ValueError):
        sentence(status_at(*cases[0], CAL), "de")


def test_format_time():
    assert format_time("09:00", "en") == "09:00"
    assert format_time("09:00", "fr") == "9 h"
    assert format_time("13:30", "fr") == "13 h 30"
    assert format_time("24:00", "nl") == "middernacht"


# == daylight saving (explicit) ===============================================================

def minutes_open(s: Schedule, day: date) -> int:
    ivs = open_intervals(s, bxl(day.year, day.month, day.day), bxl(day.year, day.month, day.day)
                         + timedelta(days=2), CAL)
    return sum(int((e - b).total_seconds() // 60) for b, e in ivs)


@pytest.mark.parametrize("text, day, minutes", [
    ("Su 01:00-05:00", date(2026, 3, 29), 180),  # spring forward: one hour shorter
    ("Su 01:00-05:00", date(2026, 10, 25), 300),  # fall back: one hour longer
    ("Su 02:30-04:00", date(2026, 3, 29), 60),  # opens when the clock jumps to 03:00
    ("Su 02:00-03:00", date(2026, 3, 29), 0),  # that hour does not exist
    ("Su 02:00-02:30", date(2026, 10, 25), 30),  # first occurrence only, not doubled
    ("Su 02:30-03:00", date(2026, 10, 25), 90),  # from the first 02:30 to 03:00
    ("Sa 22:00-06:00", date(2027, 3, 27), 420),
    ("Sa 22:00-06:00", date(2027, 10, 30), 540),
    ("Su 00:00-24:00", date(2027, 3, 28), 23 * 60),
    ("Su 00:00-24:00", date(2027, 10, 31), 25 * 60),
])
def test_dst_window_lengths(text, day, minutes):
    s = schedule_from_weekly(text, open_on_holidays=True)
    assert minutes_open(s, day) == minutes


def test_adjacent_windows_stay_contiguous_across_the_fold():
    s = schedule_from_weekly("Su 01:00-02:30,02:30-04:00", open_on_holidays=True)
    ivs = open_intervals(s, bxl(2026, 10, 25), bxl(2026, 10, 26), CAL)
    assert ivs == [(bxl(2026, 10, 25, 1).astimezone(UTC), bxl(2026, 10, 25, 4).astimezone(UTC))]
    assert ivs[0][1] - ivs[0][0] == timedelta(hours=4)


def test_status_in_the_repeated_hour():
    s = schedule_from_weekly("Sa 22:00-04:00", open_on_holidays=True)
    first = status_at(s, bxl(2026, 10, 25, 2, 30, fold=0), CAL)
    second = status_at(s, bxl(2026, 10, 25, 2, 30, fold=1), CAL)
    assert first.args["minutes"] == 150 and second.args["minutes"] == 90
    assert first.next_change == second.next_change == utc(2026, 10, 25, 3)
    # A naive time keeps its fold.
    assert status_at(s, datetime(2026, 10, 25, 2, 30, fold=1), CAL) == second


def test_247_is_open_through_both_changes():
    s = schedule_from_weekly(CARD_STOP, open_on_holidays=True)
    for start in (utc(2026, 3, 29, 0), utc(2026, 10, 25, 0)):
        for k in range(0, 4 * 60, 5):
            assert open_at(s, start + timedelta(minutes=k), CAL) is True


# == parsing ==================================================================================

@pytest.mark.parametrize("text, reason", [
    ("Mx 09:00-12:00", "unknown day 'Mx'"),
    ("mo 09:00-12:00", "unknown day 'mo'"),
    ("Mo 09:00-25:00", "time 25:00"),
    ("Mo 09:60-12:00", "time 09:60"),
    ("Mo 24:00-02:00", "24:00 can only close a window"),
    ("Mo 09:00-24:30", "time 24:30"),
    ("Mo 11:00-09:00", "ends before it starts"),
    ("Mo 09:00-05:00", "ends before it starts"),
    ("Mo 09:00-09:00", "empty"),
    ("Mo 09:00-13:00,12:00-17:00", "overlap"),
    ("Mo 22:00-02:00; Tu 01:00-03:00", "overlap"),
    ("Su 22:00-02:00; Mo 01:00-03:00", "overlap"),
    ("Mo 09:00-12:00; Mo 13:00-17:00", "given twice"),
    ("Mo", "expected a day"),
    ("Mo 9h-12h", "not a time"),
    ("Mo 09:00", "not a window"),
])
def test_parse_errors_name_the_part_and_reason(text, reason):
    with pytest.raises(HoursError) as info:
        parse_weekly(text)
    assert reason in info.value.reason
    assert info.value.part and info.value.part in text.strip()


def test_parse_is_lenient_on_spaces_and_trailing_separators():
    assert parse_weekly(" Mo 09:00 - 12:00 ,13:00-17:00 ; Tu 9:00-12:00; ") == parse_weekly(
        "Mo 09:00-12:00,13:00-17:00; Tu 09:00-12:00")
    assert format_weekly(parse_weekly("Mo 18:00-00:00")) == "Mo 18:00-24:00"
    assert format_window(time(9), time(0)) == "09:00-24:00"


def test_format_refuses_what_the_text_form_cannot_hold():
    with pytest.raises(HoursError, match="only plain weekly"):
        format_weekly([Rule("MONTHLY", ["1SA"], "10:00", "12:00")])
    with pytest.raises(HoursError, match="only plain weekly"):
        format_weekly([Rule("WEEKLY", ["MO"], "10:00", "12:00", valid_to=date(2027, 1, 1))])
    with pytest.raises(HoursError, match="ends before it starts"):
        format_weekly([Rule("WEEKLY", ["MO"], "09:00", "05:00")])


@pytest.mark.parametrize("kwargs, reason", [
    (dict(freq="DAILY", byday=["MO"]), "freq must be"),
    (dict(freq="WEEKLY", byday=["1SA"]), "needs freq MONTHLY"),
    (dict(freq="WEEKLY", byday=["XX"]), "unknown day"),
    (dict(freq="WEEKLY", byday=[]), "byday"),
    (dict(freq="WEEKLY", byday=["MO"], interval=2), "needs a dtstart"),
    (dict(freq="WEEKLY", byday=["MO"], valid_from="2027-01-02", valid_to="2027-01-01"), "before"),
    (dict(freq="MONTHLY", byday=["MO"], bymonthday=[32]), "day of the month"),
])
def test_rule_validation(kwargs, reason):
    base = dict(opens_at="09:00", closes_at="12:00")
    with pytest.raises(HoursError, match=reason):
        Rule(**{**base, **kwargs})


def test_schedule_validation():
    with pytest.raises(HoursError, match="unknown community"):
        Schedule(community_holidays={"brussels"})
    with pytest.raises(HoursError, match="unknown school"):
        Schedule(closed_school_holidays="wallonia")
    with pytest.raises(HoursError, match="24/7"):
        Schedule(parse_weekly("Mo 09:00-12:00"), always_open=True)


# == HSDS =====================================================================================

def test_hsds_rows_for_windows_closures_and_sessions():
    s = schedule_from_weekly(PENSIOENLIJN, exceptions=[
        DateException(date(2026, 11, 24), description="Personeelsdag"),
        DateException(date(2026, 11, 28), time(10), time(12))], community_holidays={"flanders"})
    rows = to_hsds(s, "svc-42")
    plain = [{k: v for k, v in r.items() if k != "id"} for r in rows]
    assert plain == [
        {"service_id": "svc-42", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00",
         "closes_at": "12:00"},
        {"service_id": "svc-42", "freq": "WEEKLY", "byday": "MO,TU,WE,TH", "opens_at": "13:00",
         "closes_at": "17:00"},
        {"service_id": "svc-42", "freq": "WEEKLY", "byday": "FR", "opens_at": "13:00",
         "closes_at": "16:00"},
        {"service_id": "svc-42", "valid_from": "2026-11-24", "valid_to": "2026-11-24",
         "description": "closed", "notes": "Personeelsdag"},
        {"service_id": "svc-42", "dtstart": "2026-11-28", "until": "2026-11-28",
         "opens_at": "10:00", "closes_at": "12:00", "description": "extra session"},
    ]
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids) and ids == [r["id"] for r in to_hsds(s, "svc-42")]
    profile = hsds_profile(s)
    assert profile == {"profile": "einclusie-hours/1", "time_zone": "Europe/Brussels",
                       "always_open": False, "open_on_holidays": False,
                       "community_holidays": ["flanders"], "closed_school_holidays": None}
    assert from_hsds(rows, profile) == s


def test_hsds_247_uses_2359_and_reads_back_as_always_open():
    s = schedule_from_weekly(CARD_STOP, open_on_holidays=True)
    rows = to_hsds(s, "card-stop")
    assert len(rows) == 1
    assert (rows[0]["byday"], rows[0]["opens_at"], rows[0]["closes_at"]) == \
        ("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")
    back = from_hsds(rows, hsds_profile(s))
    assert back == s and back.always_open
    assert from_hsds(rows).always_open  # even without our profile
    r = from_hsds([{"freq": "WEEKLY", "byday": "MO", "opens_at": "18:00", "closes_at": "23:59"}]).rules[0]
    assert format_window(r.opens_at, r.closes_at) == "18:00-24:00"  # 23:59 is end of day


def test_hsds_worked_example_from_the_spec():
    rows = [
        {"id": "1098", "service_id": "35", "valid_from": "2020-04-01", "valid_to": "2020-12-20",
         "freq": "WEEKLY", "byday": "MO,TU,WE,TH", "description": "Monday to Thursday, 9-12 am",
         "opens_at": "09:00", "closes_at": "12:00"},
        {"id": "1099", "service_id": "35", "valid_from": "2020-04-01", "valid_to": "2020-12-20",
         "freq": "WEEKLY", "byday": "MO,TU,WE,TH", "description": "Monday to Thursday, 3-5 pm",
         "opens_at": "15:00", "closes_at": "17:00"},
        {"id": "5435", "service_id": "35", "valid_from": None, "valid_to": None,
         "dtstart": "2020-07-04", "until": "2020-11-07", "freq": "MONTHLY", "byday": "1SA",
         "description": "First Saturday of the month from July-Nov, 9am-5pm",
         "opens_at": "09:00", "closes_at": "17:00"},
    ]
    s = from_hsds(rows)
    assert open_at(s, bxl(2020, 9, 14, 10), CAL) is True  # a Monday
    assert open_at(s, bxl(2020, 9, 14, 13), CAL) is False
    assert open_at(s, bxl(2020, 9, 5, 10), CAL) is True  # first Saturday of September
    assert open_at(s, bxl(2020, 9, 12, 10), CAL) is False
    assert open_at(s, bxl(2020, 12, 5, 10), CAL) is False  # after until
    # After 20 December 2020 only the Saturday row is valid (it has no valid_to): known, closed.
    assert open_at(s, bxl(2021, 1, 4, 10), CAL) is False
    assert from_hsds(to_hsds(s, "35")) == s


def test_hsds_csv_strings_and_date_ranges():
    rows = [{"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00:00", "closes_at": "12:00:00",
             "interval": "", "valid_from": "", "count": ""},
            {"valid_from": "2026-12-24", "valid_to": "2026-12-26", "description": "Closed"}]
    s = from_hsds(rows)
    assert [e.day for e in s.exceptions] == [date(2026, 12, 24), date(2026, 12, 25),
                                             date(2026, 12, 26)]
    assert all(e.closed for e in s.exceptions)


@pytest.mark.parametrize("row, reason", [
    ({"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00", "count": 3},
     "count is not supported"),
    ({"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00Z", "closes_at": "12:00"}, "UTC offset"),
    ({"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00+01:00", "closes_at": "12:00"}, "UTC offset"),
    ({"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00", "interval": 2},
     "needs a dtstart"),
    ({"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00"}, "go together"),
    ({"freq": "YEARLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00"}, "freq must be"),
    ({"freq": "WEEKLY", "byday": "MO", "opens_at": "9 am", "closes_at": "12:00"}, "not a time"),
    ({"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00", "timezone": -5},
     "Belgian time"),
    ({"description": "closed"}, "closed date"),
    ({"dtstart": "2026-01-01", "until": "2026-01-03", "opens_at": "09:00", "closes_at": "10:00"},
     "one date"),
])
def test_hsds_errors_name_the_row(row, reason):
    with pytest.raises(HoursError) as info:
        from_hsds([{"freq": "WEEKLY", "byday": "TU", "opens_at": "09:00", "closes_at": "12:00"},
                   {"id": "abc", **row}])
    assert reason in info.value.reason
    assert info.value.part.startswith("row 2 (id abc)")


def test_hsds_profile_is_checked():
    with pytest.raises(HoursError, match="unknown keys"):
        from_hsds([], {"holidays": True})
    with pytest.raises(HoursError, match="always_open"):
        from_hsds(to_hsds(schedule_from_weekly(LINE_1700), "x"), {"always_open": True})


# == property tests ===========================================================================

SLOT = 15  # minutes
DAY_SLOTS = 1440 // SLOT
WEEK_SLOTS = 7 * DAY_SLOTS


@st.composite
def week_spans(draw, max_windows=6, text_form=False, min_windows=1):
    """Non-overlapping windows on a Monday-based week, on a 15-minute grid, as (start, end)
    slot numbers; a window may run past midnight (never past Sunday night) and lasts at most
    24 hours (a whole day only from 00:00). ``text_form``: only what parse_weekly accepts."""
    pts = sorted(draw(st.sets(st.integers(0, WEEK_SLOTS - 1), min_size=2 * min_windows,
                              max_size=2 * max_windows)))
    spans = []
    for a, b in zip(pts[::2], pts[1::2]):
        b = min(b, a + DAY_SLOTS)
        if b - a == DAY_SLOTS and a % DAY_SLOTS:
            b -= 1
        o, c = a % DAY_SLOTS, b - (a // DAY_SLOTS) * DAY_SLOTS
        if text_form and c > DAY_SLOTS and not (o >= DAY_SLOTS // 2 and c - DAY_SLOTS <= DAY_SLOTS // 2):
            continue
        spans.append((a, b))
    return spans


def slot_time(k: int) -> time:
    k %= DAY_SLOTS
    return time(k * SLOT // 60, k * SLOT % 60)


def span_rule(a: int, b: int) -> Rule:
    return Rule("WEEKLY", [RFC_DAYS[a // DAY_SLOTS]], slot_time(a), slot_time(b))


def oracle_instant(d: date, t: time) -> datetime:
    """Brute force: the first instant (stepping real time) whose Brussels wall clock shows
    ``d t`` or later."""
    target = datetime.combine(d, t)
    u = datetime.combine(d, t, tzinfo=UTC) - timedelta(hours=3)
    while u.astimezone(BRUSSELS).replace(tzinfo=None) < target:
        u += timedelta(minutes=5)
    return u


def oracle_window(d: date, o: time, c: time) -> tuple[datetime, datetime]:
    end_day = d + timedelta(days=1) if (c.hour, c.minute) <= (o.hour, o.minute) else d
    return oracle_instant(d, o), oracle_instant(end_day, c)


DST_SUNDAYS = [date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28), date(2027, 10, 31)]


@PROPS
@given(spans=week_spans(), sunday=st.sampled_from(DST_SUNDAYS))
@example(spans=[(6 * DAY_SLOTS + 8, 6 * DAY_SLOTS + 12)], sunday=date(2026, 3, 29))  # 02:00-03:00
@example(spans=[(5 * DAY_SLOTS + 88, 6 * DAY_SLOTS + 24)], sunday=date(2026, 10, 25))  # Sa 22-06
@example(spans=[(6 * DAY_SLOTS, 7 * DAY_SLOTS - 1)], sunday=date(2027, 10, 31))
def test_dst_weeks_lose_or_double_no_minute(spans, sunday):
    """Stepping real (UTC) time through a week with a clock change counts exactly the wall-clock
    window lengths, adjusted by the hour the clock skips or repeats -- computed twice, by
    brute force and by the rule."""
    s = Schedule(tuple(span_rule(a, b) for a, b in spans), open_on_holidays=True)
    monday = sunday - timedelta(days=6)
    start, end = oracle_instant(monday, time(0)), oracle_instant(sunday + timedelta(days=1), time(0))
    stepped = 0
    t = start
    while t < end:
        stepped += SLOT if open_at(s, t, CAL) else 0
        t += timedelta(minutes=SLOT)
    brute = 0
    adjusted = 0
    spring = sunday.month == 3
    for a, b in spans:
        d = monday + timedelta(days=a // DAY_SLOTS)
        ws, we = oracle_window(d, slot_time(a), slot_time(b))
        brute += max(0, int((we - ws).total_seconds() // 60))
        # Wall-clock minutes since Monday 00:00, and the rule: spring loses the part of the
        # window inside 02:00-03:00 on Sunday; autumn adds the hour if it crosses Sunday 03:00.
        wa, wb = a * SLOT, b * SLOT
        two, three = 6 * 1440 + 120, 6 * 1440 + 180
        if spring:
            adjusted += (wb - wa) - max(0, min(wb, three) - max(wa, two))
        else:
            adjusted += (wb - wa) + (60 if wa < three <= wb else 0)
    ivs = open_intervals(s, start, end, CAL)
    via_intervals = sum(int((min(e, end) - max(b, start)).total_seconds() // 60) for b, e in ivs)
    assert stepped == brute == adjusted == via_intervals


# From before to after the school-holiday data (2025-08-25 .. 2028-08-31), so the unknown
# edges are crossed too.
moments = st.integers(0, int((datetime(2028, 9, 15) - datetime(2025, 8, 15)).total_seconds())).map(
    lambda k: utc(2025, 8, 15) + timedelta(seconds=k))


@st.composite
def schedules(draw):
    rules = [span_rule(a, b) for a, b in draw(week_spans(max_windows=5))]
    if draw(st.booleans()):
        rules.append(Rule("MONTHLY", [draw(st.sampled_from(["1SA", "-1FR", "2WE", "-1SU"]))],
                          "10:00", "12:00"))
    exc = []
    for _ in range(draw(st.integers(0, 3))):
        day = draw(st.dates(date(2025, 8, 15), date(2028, 9, 15)))
        if draw(st.booleans()):
            exc.append(DateException(day, description=draw(st.sampled_from(["", "Opleiding"]))))
        else:
            a = draw(st.integers(0, DAY_SLOTS - 2))
            b = draw(st.integers(a + 1, min(a + DAY_SLOTS - 1, 2 * DAY_SLOTS - 1)))
            exc.append(DateException(day, slot_time(a), slot_time(b)))
    return Schedule(tuple(rules), tuple(exc),
                    open_on_holidays=draw(st.booleans()),
                    community_holidays=draw(st.sets(st.sampled_from(
                        ["flanders", "wallonia_brussels", "german"]))),
                    closed_school_holidays=draw(st.sampled_from([None, None, "flanders", "french"])))


@PROPS
@given(s=schedules(), now=moments, fracs=st.lists(st.floats(0, 1, exclude_max=True), min_size=3, max_size=6))
@example(s=schedule_from_weekly(LINE_1700), now=bxl(2026, 12, 24, 18, 59, 59).astimezone(UTC),
         fracs=[0.5])
@example(s=schedule_from_weekly("Sa 22:00-04:00", open_on_holidays=True),
         now=bxl(2026, 10, 25, 2, 30, fold=1).astimezone(UTC), fracs=[0.5])
# The first day a school calendar knows, after a day it does not: a Monday-only night window
# cannot spill into Monday, so the unknown Sunday does not make Monday 00:15 unknown.
@example(s=Schedule((Rule("WEEKLY", ["MO"], "00:00", "00:15"), Rule("WEEKLY", ["MO"], "00:45", "00:30")),
                    (), closed_school_holidays="french"),
         now=utc(2025, 8, 24, 22, 0), fracs=[0.0])
def test_status_agrees_with_its_next_change(s, now, fracs):
    st_ = status_at(s, now, CAL)
    op = open_at(s, now, CAL)
    assert st_.open_now is op
    assert st_.state == {True: "open", False: "closed", None: "unknown"}[op]
    all_sentences(st_)
    if op is None:
        return
    nc = st_.next_change
    if nc is not None:
        assert nc.tzinfo is not None and nc > now
        for f in [0.0, 0.999999, *fracs]:
            t = min(now + (nc - now) * f, nc - timedelta(microseconds=1))  # rounding can reach nc
            assert open_at(s, t, CAL) is op
        assert open_at(s, nc - timedelta(seconds=1), CAL) is op
        assert open_at(s, nc, CAL) is (not op)
        if op:
            assert st_.args["minutes"] * 60 >= (nc - now).total_seconds() > (st_.args["minutes"] - 1) * 60
        return
    assert st_.key in ("open_24h", "open_now", "closed_no_next", "closed_holiday")
    stop = now + timedelta(days=LOOKAHEAD_DAYS)
    if "unknown_from" in st_.args:
        uf = st_.args["unknown_from"]
        stop = min(stop, bxl(uf.year, uf.month, uf.day).astimezone(UTC))
    for f in [0.0, 0.999, *fracs]:
        t = now + (stop - now) * f
        if t < stop:
            assert open_at(s, t, CAL) is op


@PROPS
@given(k=st.integers(0, int((datetime(2031, 12, 31) - datetime(2024, 1, 1)).total_seconds())))
@example(k=int((datetime(2026, 3, 29, 1, 0) - datetime(2024, 1, 1)).total_seconds()))
@example(k=int((datetime(2026, 10, 25, 1, 30) - datetime(2024, 1, 1)).total_seconds()))
@example(k=int((datetime(2027, 1, 1, 2) - datetime(2024, 1, 1)).total_seconds()))
@example(k=int((datetime(2027, 3, 29, 12) - datetime(2024, 1, 1)).total_seconds()))
def test_a_247_line_is_always_open(k):
    now = utc(2024, 1, 1) + timedelta(seconds=k)
    s = schedule_from_weekly(CARD_STOP, open_on_holidays=True)
    assert open_at(s, now, CAL) is True
    st_ = status_at(s, now, CAL)
    assert (st_.key, st_.next_change) == ("open_24h", None)


LEGAL_DAYS = sorted(d for y in (2026, 2027, 2028) for d in holidays.BE(years=y))
ORACLE_CLOSED = set(holidays.BE(years=range(2025, 2030)))


def oracle_open(spans, t: datetime, closed_days: set[date]) -> bool:
    """Independent of the engine: is a weekly span schedule open at t, with the windows opening
    on ``closed_days`` removed?"""
    d = t.astimezone(BRUSSELS).date()
    for day in (d - timedelta(days=1), d):
        if day in closed_days:
            continue
        for a, b in spans:
            if a // DAY_SLOTS == day.weekday():
                ws, we = oracle_window(day, slot_time(a), slot_time(b))
                if ws <= t < we:
                    return True
    return False


@PROPS
@given(spans=week_spans(), holiday=st.sampled_from(LEGAL_DAYS),
       offsets=st.lists(st.integers(0, 3 * 1440 - 1), min_size=8, max_size=16))
def test_a_holiday_closes_exactly_what_it_should(spans, holiday, offsets):
    """Around a legal holiday (the day before, the holiday, the day after): without
    open_on_holidays the windows that open on a holiday are gone -- and nothing else; with it,
    nothing changes."""
    rules = tuple(span_rule(a, b) for a, b in spans)
    closing = Schedule(rules)
    keeping = Schedule(rules, open_on_holidays=True)
    base = oracle_instant(holiday - timedelta(days=1), time(0))
    for m in offsets:
        t = base + timedelta(minutes=m)
        assert open_at(closing, t, CAL) is oracle_open(spans, t, ORACLE_CLOSED)
        assert open_at(keeping, t, CAL) is oracle_open(spans, t, set())
        local = t.astimezone(BRUSSELS)
        if local.date() == holiday and not any(
                a // DAY_SLOTS == (holiday.weekday() - 1) % 7 and b - (a // DAY_SLOTS) * DAY_SLOTS
                > DAY_SLOTS for a, b in spans):
            assert open_at(closing, t, CAL) is False  # no late window from the day before


@PROPS
@given(spans=week_spans(max_windows=8, text_form=True, min_windows=0))
def test_text_form_round_trip(spans):
    rules = [span_rule(a, b) for a, b in spans]
    text = format_weekly(rules)
    parsed = parse_weekly(text)
    assert format_weekly(parsed) == text
    assert parse_weekly(text) == parsed

    def windows(rs):
        return sorted((wd, r.opens_at, r.closes_at) for r in rs for _, wd in r._days)

    assert windows(parsed) == windows(rules)
    s = Schedule(tuple(parsed))
    assert from_hsds(to_hsds(s, "svc"), hsds_profile(s)) == s


@PROPS
@given(s=schedules())
def test_hsds_round_trip(s):
    assert from_hsds(to_hsds(s, "svc"), hsds_profile(s)) == s
