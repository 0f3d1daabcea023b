"""Writing a record as its data/services file: the exact bytes of the files we keep."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from einclusie_app.core.record import (
    HoursException, Location, RecordError, load_record, record_from_dict,
)
from einclusie_app.core.recordfile import record_toml, toml_string, write_record

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "data" / "services").glob("*.toml"))


def test_every_catalogue_source_is_written_back_byte_for_byte():
    assert len(FILES) > 100
    differ = [f.name for f in FILES if record_toml(load_record(f)).encode() != f.read_bytes()]
    assert differ == []


def test_optional_fields_and_awkward_text_survive_a_write_and_a_read(tmp_path):
    r = load_record(ROOT / "data" / "services" / "card-stop.toml")
    r = replace(r, description='Zeg "stop"\\n\tdan\nnog\x07', may_have_ended=True,
                alert="Misschien gestopt", open_on_holidays=False,
                closed_school_holidays="flanders",
                locations=[Location("Loket", "Markt", "1", "8730", "Beernem", 51.1, 3.3,
                                    "wheelchair")],
                hours_exceptions=[HoursException("2026-12-24", "", "", "Kerstavond")],
                hsds_extra={"capacities": [{"available": 3, "unit": {"name": "laptop"},
                                            "description": "l'ordinateur"}],
                            "alternate_name": None})
    path, changed = write_record(r, tmp_path)
    assert changed
    back = record_from_dict(tomllib.loads(path.read_text(encoding="utf-8")))
    assert back.hsds_extra == r.hsds_extra
    assert back == r
    assert write_record(r, tmp_path) == (path, False)     # the same bytes: not touched
    text = path.read_text(encoding="utf-8")
    assert "may_have_ended = true" in text and "latitude = 51.1" in text
    assert "[[hours_exceptions]]" in text


def test_toml_strings_escape_what_toml_needs():
    for text in ['a"b', "a\\b", "tab\there", "line\nbreak", "bell\x07", "é ع"]:
        assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


@pytest.mark.parametrize("value, reason", [("[1, 2]", "JSON object"), ("{oops", "not JSON"),
                                           (42, "JSON object")])
def test_hsds_extra_must_be_a_json_object(value, reason):
    r = load_record(FILES[0])
    data = {**r.to_dict(), "hsds_extra": value}
    with pytest.raises(RecordError, match=reason):
        record_from_dict(data)
