"""The shipped catalogue data: the second gathering is all in, the audit's findings are fixed,
regional offers are service areas, and offers that may have ended say so."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from einclusie_app.cli import main
from einclusie_app.core.record import load_records
from einclusie_app.core.search import Query

ROOT = Path(__file__).resolve().parents[1]
GATHERED = ROOT / "tests" / "fixtures" / "gathered-2026-12"
MERGE_LOG = ROOT / "data" / "services" / "README.md"
BRUSSELS = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture(scope="module")
def records():
    return {r.id: r for r in load_records(ROOT / "data" / "services")}


def rows(name: str) -> list[dict[str, str]]:
    with open(GATHERED / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _url(url: str) -> str:
    """A host written with its root dot ("issuu.com.") is the same address."""
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme}://{host.rstrip('.')}{slash}{path}"


def _holder(records, ident: str):
    for r in records.values():
        if ident == r.id or ident in r.aliases:
            return r
    return None


@pytest.mark.parametrize("name, count", [("gathered-2026-12_new.csv", 53),
                                         ("gathered-2026-12_recheck.csv", 35)])
def test_every_gathered_row_is_a_source_of_the_record_its_id_names(records, name, count):
    """Each row went in: its id (or an alias) names a record that carries the row's page as a
    source, with the row's notes verbatim; the merge log says what was done with it."""
    log = MERGE_LOG.read_text(encoding="utf-8")
    got = rows(name)
    assert len(got) == count
    for row in got:
        record = _holder(records, row["id"])
        assert record is not None, f"{name}: {row['id']} is on no record"
        sources = [s for s in record.sources if s.url == _url(row["source_url"])
                   and s.notes.startswith(row["notes"])]
        assert sources, f"{name}: {row['id']}: its source is not on {record.id}"
        assert f"`{row['id']}`" in log, f"{name}: {row['id']} is not in the merge log"


def test_new_offers_keep_every_fact_of_their_row(records):
    """A record made from a new row keeps its name, phone, e-mail and website as the row gives
    them (nothing invented, nothing lost)."""
    for row in rows("gathered-2026-12_new.csv"):
        r = records.get(row["id"])
        if r is None:  # merged into another record: checked above
            continue
        assert r.name == row["name"], r.id
        assert r.email == row["email"] and r.website == row["website"], r.id
        if row["phone"] and r.id != "roeselare-meldpunt-1788":
            assert [p.number for p in r.phones] == [row["phone"]], r.id


def test_a_recheck_moves_last_checked_only_when_its_page_confirms_the_offer(records):
    # pages that say the funding was not extended move nothing
    for ident in ("ieper-digipunten", "langemark-poelkapelle-bib-digipunt", "zonnebeke-digipunten",
                  "poperinge-digibank-cursussen", "westkust-digibank"):
        r = records[ident]
        assert any(s.date == "2024-02" for s in r.sources), ident
        assert r.assured_date < "2024", ident
    # dated pages that confirm the offer runs move it
    assert records["child-focus-116000"].assured_date == "2024-03"
    assert records["tele-accueil-bruxelles-107"].assured_date == "2023-04"
    assert records["noorderkempen-digibanken"].assured_date == "2024-05"
    # an older page does not move it back
    assert records["tele-onthaal-106"].assured_date == "2025-08-05"


MAY_HAVE_ENDED = {
    "antwerpen-digipunt-aan-huis", "beringen-digipunten", "bredene-digibank-infodesk-leestuin",
    "brugge-noord-digipunten-uitleendienst", "digibank-middenkust", "digibank-regio-diksmuide",
    "digitrein-brussel-senioren", "doe-de-digiboost-erpe-mere-lede", "genk-goedkoop-internet",
    "heist-op-den-berg-cursuscentrum-basiscursus-computer", "ieper-digipunten",
    "krachtige-digitale-helpers-herentals", "langemark-poelkapelle-bib-digipunt",
    "lier-beego-digicheques", "middenkust-digibus-uitleen", "noord-limburg-digimee-laptops",
    "noorderkempen-digibank-laptopuitleen", "poperinge-digibank-cursussen",
    "sint-truiden-beego-digicheques", "westerlo-laptopbib", "westkust-digibank",
    "zonnebeke-digipunten",
}


def test_offers_that_may_have_ended_say_so_and_why(records):
    flagged = {r.id for r in records.values() if r.may_have_ended}
    assert flagged == MAY_HAVE_ENDED
    for ident in flagged:
        r = records[ident]
        assert len(r.alert) > 30, ident
        if not r.phones:  # never "call first" without a number
            assert "bel eerst" not in r.alert.lower(), ident
    westhoek = records["westkust-digibank"].alert
    assert "niet verlengd" in westhoek and "2024" in westhoek


@pytest.mark.parametrize("ident", [
    "aalst-ocmw-laptop", "gent-ocmw-refurbished-laptop", "blankenberge-digi-ateljee",
    "denderleeuw-buurtcomputer", "digibasics-becode", "genk-bib-digipunt",
    "antwerpen-kauwenberg-computerklas", "evere-entrela-epn", "sint-gillis-atelier-du-web"])
def test_verify_still_running_records_warn_staff(records, ident):
    r = records[ident]
    assert "niet bevestigd" in r.alert or "niet gekend" in r.alert
    assert not r.may_have_ended  # old or undated, but no source says it stopped


def test_no_alert_says_call_first_without_a_number(records):
    for r in records.values():
        if not r.phones:
            assert "bel eerst" not in r.alert.lower(), r.id


# -- the audit of the first edition ------------------------------------------------------------


def test_ligo_brusselleer_has_no_address_of_a_one_off_lesson(records):
    (loc,) = records["ligo-brusselleer"].locations
    assert (loc.street, loc.house_number, loc.postcode, loc.name) == ("", "", "", "")
    assert loc.municipality == "Brussel"


@pytest.mark.parametrize("ident", ["zottegem-beego-digicheques", "hasselt-digitale-huisbezoeken",
                                   "w13-digihulp-zuidwest", "hoogstraten-digipunt-stadhuis",
                                   "beego-digicheques", "antwerpen-digipunt-aan-huis"])
def test_help_at_home_is_access_home_visit(records, ident):
    assert "home_visit" in records[ident].access


@pytest.mark.parametrize("ident", ["tele-onthaal-106", "tele-accueil-bruxelles-107"])
def test_listening_lines_answer_day_and_night(catalogue, ident):
    for when in (dt.datetime(2026, 12, 25, 3, 0, tzinfo=BRUSSELS),
                 dt.datetime(2026, 12, 26, 15, 0, tzinfo=BRUSSELS)):
        assert catalogue.open_at(ident, when) is True
    assert "unknown" not in catalogue.opening(ident, when).sentence("en")


def test_gent_de_serre_is_one_record_with_every_source(catalogue, records):
    view = catalogue.service("gent-de-serre-digipunt")
    for old in ("gent-digibank-de-serre", "gent-digibank-de-serre-uitleen"):
        assert old not in records and catalogue.service(old).id == view.id
    urls = {s.url for s in view.record.sources}
    assert {"https://www.groengent.be/digipunt",
            "https://stad.gent/nl/samenleven-welzijn-gezondheid/nieuws-evenementen/"
            "drie-nieuwe-digibanken-helpen-gentenaars-digitaal-op-weg"} <= urls
    assert len(view.record.sources) == 4
    assert view.record.kinds == ["digipunt", "device_loan"]
    assert sum("De Serre" in r.name for r in records.values()) == 1


def test_landen_postcode_is_not_guessed(records):
    (loc,) = records["landen-recupke-digipunt"].locations
    assert loc.postcode == "" and loc.municipality == "Landen"


def test_postcodes_are_written_only_where_the_municipality_has_one_or_the_source_gives_it(catalogue, records):
    """A postcode the notes call inferred must be the municipality's only postcode."""
    conn = catalogue.conn
    for r in records.values():
        inferred = any(re.search(r"postcode( \d{4})? inferred", s.notes, re.I) for s in r.sources)
        for loc in r.locations:
            if not (inferred and loc.postcode and loc.municipality):
                continue
            place = catalogue.gazetteer.locate(None, loc.municipality)
            if place.postcode:  # a former municipality with a postcode of its own (Meulebeke)
                assert loc.postcode == place.postcode, (r.id, loc.municipality)
                continue
            codes = {c for (c,) in conn.execute(
                "SELECT postcode FROM gaz_postcode WHERE refnis = ?", (place.refnis,))}
            assert codes == {loc.postcode}, (r.id, loc.municipality, codes)


DEVICES = ("laptop", "tablet", "computer", "smartphone", "gsm", "toestel", "pc", "chromebook",
           "ipad")


def test_every_device_loan_is_about_a_device(records):
    """A cheap-internet scheme is not a device loan (docs/data-format.md, "Kinds")."""
    for r in records.values():
        if "device_loan" in r.kinds:
            text = " ".join((r.name, r.description, *r.topics)).lower()
            assert any(w in text for w in DEVICES), r.id


def test_cheap_internet_schemes_have_an_honest_kind(records):
    si = records["sociaal-internetaanbod"]
    assert si.kinds == ["helpline"] and si.phones and "sociaal-internetaanbod-infolijn" in si.aliases
    assert records["genk-goedkoop-internet"].kinds == ["digipunt"]


def test_helplines_without_a_phone_are_reached_online(catalogue, records):
    for r in records.values():
        if r.kind == "helpline" and not r.phones:
            if r.id == "roeselare-meldpunt-1788":  # the number failed the phone check: alert
                assert "1788" in r.alert
                continue
            assert "online" in r.access and (r.email or r.website or r.alert), r.id
            assert "report" in catalogue.service(r.id).topics, r.id


# -- regional offers are service areas ---------------------------------------------------------


def test_no_record_copies_a_placeholder_location_per_municipality(records):
    for r in records.values():
        bare = [loc for loc in r.locations if not (loc.street or loc.name)]
        assert len(bare) <= 1, (r.id, [loc.municipality for loc in bare])


@pytest.mark.parametrize("ident, members", [
    ("w13-digihulp-zuidwest", {"Avelgem", "Deerlijk", "Harelbeke", "Kuurne", "Lendelede",
                               "Waregem", "Wevelgem", "Zwevegem"}),
    ("rupelaar-digibanken", {"Aartselaar", "Boom", "Hemiksem", "Niel", "Rumst", "Schelle"}),
    ("digbij-haspengouw", {"Tongeren-Borgloon", "Heers", "Wellen"}),
    ("westkust-digibank", {"Veurne", "Nieuwpoort", "Koksijde", "De Panne"}),
    ("digibank-brugge-west", {"Beernem", "Jabbeke", "Oostkamp", "Torhout", "Zedelgem"}),
])
def test_regional_offers_serve_their_municipalities(records, ident, members):
    r = records[ident]
    assert not r.locations
    assert {a.removeprefix("municipality:") for a in r.service_area} == members


def _hit(catalogue, ident, near, text=""):
    place = catalogue.gazetteer.resolve(near).place
    hits = catalogue.searcher.search(Query(text=text, place=place, limit=200))
    return next((h for h in hits if h.service_id == ident), None)


@pytest.mark.parametrize("ident, near", [("w13-digihulp-zuidwest", "Kuurne"),
                                         ("rupelaar-laptop-uitleen", "Boom"),
                                         ("poperinge-digibank-cursussen", "Heuvelland"),
                                         ("digibank-digistroom-leie-schelde", "Merelbeke-Melle"),
                                         ("eeklo-allemaal-digitaal", "Sint-Laureins")])
def test_a_search_near_a_member_finds_the_regional_offer_as_serving_it(catalogue, ident, near):
    hit = _hit(catalogue, ident, near)
    assert hit is not None and hit.by_area
    assert hit.distance_km is None and hit.place == near


def test_a_regional_offer_is_not_found_near_a_place_it_does_not_serve(catalogue):
    assert _hit(catalogue, "w13-digihulp-zuidwest", "Gent") is None
    assert _hit(catalogue, "rupelaar-digibanken", "Mechelen") is None


def test_an_offer_with_a_desk_is_at_its_desk_and_serves_the_rest(catalogue):
    at_desk = _hit(catalogue, "eeklo-allemaal-digitaal", "Eeklo")
    assert at_desk is not None and not at_desk.by_area and at_desk.address_known


def _cli(capsys, catalogue_file, *args):
    code = main(["--catalogue", str(catalogue_file), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_labels_a_regional_offer_serves_without_a_distance(capsys, catalogue_file):
    code, out, _ = _cli(capsys, catalogue_file, "search", "--near", "Boom", "--limit", "40")
    line = next(ln for ln in out.splitlines() if ln.startswith("rupelaar-digibanken "))
    assert code == 0 and "serves Boom" in line and "km" not in line
    code, out, _ = _cli(capsys, catalogue_file, "search", "--near", "Boom", "--limit", "40", "--json")
    row = next(json.loads(ln) for ln in out.splitlines() if '"rupelaar-digibanken"' in ln)
    assert row["by_service_area"] and row["place"] == "Boom" and row["distance_km"] is None


def test_without_a_place_a_regional_offer_names_every_area_once(catalogue):
    hits = catalogue.searcher.search(Query(text="digihulp zuidwest"))
    (hit,) = [h for h in hits if h.service_id == "w13-digihulp-zuidwest"]
    assert hit.place.startswith("Avelgem, Deerlijk") and hit.place.count(",") == 7
