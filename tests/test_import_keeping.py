"""core/importer.py keeping(): an import that keeps what the file lacks.

The window's Import dialog does this by default when a file lacks facts the catalogue has
(issue 15 item 2): what the file says is taken, what it lacks stays; a part of an entry the
file replaced by another entry cannot be kept, and is returned for the maintainer to decide."""

from __future__ import annotations

from dataclasses import replace

from einclusie_app.core.importer import keep_facts, keeping, removals
from einclusie_app.core.record import Location, Phone, Record, Source
from einclusie_app.core.validate import ReadResult

SHOWN = Record(
    id="digipunt-a", name="Digipunt A", kinds=["digipunt", "training"],
    description="Hulp bij itsme en de computer.", languages=["nl", "fr"],
    open_on_holidays=False, hsds_extra={"accreditations": [{"name": "Erkend"}]},
    phones=[Phone("050 12 34 56", "onthaal"), Phone("050 12 34 57", "")],
    locations=[Location("Bibliotheek", "Markt", "1", "8730", "Beernem", 51.14, 3.34)],
    sources=[Source("https://www.beernem.be/digipunt", "2026-05-01")])


def test_what_the_file_lacks_is_kept_and_what_it_changes_is_taken():
    read = replace(SHOWN, name="Digipunt A (bib)", description="", languages=["nl"],
                   kinds=["digipunt"], open_on_holidays=None, hsds_extra={},
                   phones=[Phone("050 12 34 56", "")],
                   locations=[Location("Bibliotheek", "", "", "8730", "Beernem")])
    assert removals(SHOWN, read)                         # the file would remove all of that
    kept = keep_facts(SHOWN, read)
    assert removals(SHOWN, kept) == []
    assert kept.name == "Digipunt A (bib)"               # the file's change
    assert kept.description == SHOWN.description and kept.languages == ["nl", "fr"]
    assert kept.kinds == ["digipunt", "training"] and kept.open_on_holidays is False
    assert kept.hsds_extra == SHOWN.hsds_extra
    assert kept.phones == SHOWN.phones                   # the description filled, B kept
    assert kept.locations == SHOWN.locations             # street, number, point filled


def test_an_entry_the_file_replaced_is_not_patched_and_is_reported():
    moved = replace(SHOWN, locations=[Location("", "", "", "8000", "Brugge")])
    read = ReadResult()
    read.add(moved, "aanbod.csv row 2", {})
    out, left = keeping(read, lambda rid: SHOWN if rid == SHOWN.id else None)
    assert out.records[0].locations == [Location("", "", "", "8000", "Brugge")]
    assert {r.field for r in left} == {"locations[0].name", "locations[0].street",
                                      "locations[0].house_number", "locations[0].latitude",
                                      "locations[0].longitude"}
    assert all(r.where == "aanbod.csv row 2" for r in left)


def test_new_retired_and_complete_records_pass_unchanged():
    new = Record(id="nieuw", name="Nieuw", kinds=["digipunt"])
    changed = replace(SHOWN, cost="gratis")
    read = ReadResult.of([new, changed, SHOWN])
    out, left = keeping(read, lambda rid: SHOWN if rid == SHOWN.id else None)
    assert out.records == [new, changed, SHOWN] and left == []
