"""The record shape: every problem reported at once, with its file and field."""

from __future__ import annotations

import pytest

from einclusie_app.core.phones import PhoneError, parse_phone
from einclusie_app.core.record import RecordError, load_record, load_records, record_from_dict, valid_date

GOOD = {
    "id": "x-digipunt", "kinds": ["digipunt"], "name": "Digipunt X",
    "sources": [{"url": "https://example.org/x", "date": "2024-05", "confidence": "high"}],
}


def test_a_minimal_record_loads():
    r = record_from_dict(GOOD)
    assert r.kind == "digipunt" and r.is_free is None and r.locations == []


def test_every_problem_is_reported_with_its_field():
    bad = dict(GOOD, id="X Y", kinds=["bakery"], access=["walk-in"], assured_date="2023-02-30",
               languages=["Dutch"], colour="red",
               locations=[{"postcode": "90000"}, {"latitude": 100.0, "longitude": 4.0}],
               sources=[{"url": "", "confidence": "sure"}])
    with pytest.raises(RecordError) as exc:
        record_from_dict(bad, "x.toml")
    fields = {p.field for p in exc.value.problems}
    assert {"colour"} <= fields  # unknown fields are caught before the rest
    bad.pop("colour")
    with pytest.raises(RecordError) as exc:
        record_from_dict(bad, "x.toml")
    fields = {p.field for p in exc.value.problems}
    assert {"id", "kinds", "access", "assured_date", "languages", "locations[0].postcode",
            "locations[1]", "sources[0].url", "sources[0].confidence"} <= fields
    assert all(p.where == "x.toml" for p in exc.value.problems)
    assert "not in Belgium" in str(exc.value)


def test_a_record_without_a_source_is_refused():
    with pytest.raises(RecordError, match="at least one source"):
        record_from_dict(dict(GOOD, sources=[]))


def test_file_name_must_match_id(tmp_path):
    p = tmp_path / "other.toml"
    p.write_text('id = "x-digipunt"\nkinds = ["digipunt"]\nname = "X"\n'
                 '[[sources]]\nurl = "https://e.org"\n', encoding="utf-8")
    with pytest.raises(RecordError, match="differs from the file name"):
        load_record(p)


def test_broken_files_are_named(tmp_path):
    (tmp_path / "a.toml").write_bytes(b"id = \xff\xfe")
    (tmp_path / "b.toml").write_text("id = [", encoding="utf-8")
    with pytest.raises(RecordError) as exc:
        load_records(tmp_path)
    text = str(exc.value)
    assert "a.toml" in text and "b.toml" in text


def test_valid_dates():
    assert valid_date("2024") and valid_date("2024-02") and valid_date("2024-02-29")
    assert not valid_date("2023-02-29") and not valid_date("24-02") and not valid_date("2024-13")


@pytest.mark.parametrize("printed, display, tel", [
    ("1700", "1700", "1700"),
    ("106", "106", "106"),
    ("116000", "116000", "116000"),
    ("078 170 170", "078 17 01 70", "+3278170170"),
    ("02/500 45 55", "02 500 45 55", "+3225004555"),
    ("+32 2 464 60 04", "02 464 60 04", "+3224646004"),
    ("0800 120 33", "0800 12 033", "+3280012033"),
])
def test_belgian_numbers_are_formatted_one_way(printed, display, tel):
    p = parse_phone(printed)
    assert (p.display, p.tel) == (display, tel)


@pytest.mark.parametrize("bad", ["", "abc", "12345", "+33 1 23 45 67 89", "02 123"])
def test_impossible_numbers_are_refused(bad):
    with pytest.raises(PhoneError):
        parse_phone(bad)
