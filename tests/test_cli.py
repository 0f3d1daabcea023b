"""The command line: search, show and catalogue build, as scripts and maintainers use them."""

from __future__ import annotations

import json
import subprocess
import sys


from einclusie_app.cli import main


def run(capsys, catalogue_file, *args):
    code = main(["--catalogue", str(catalogue_file), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_has_the_promised_fields(capsys, catalogue_file):
    code, out, _ = run(capsys, catalogue_file, "search", "digipunt", "--near", "Brugge",
                       "--km", "30", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows
    for row in rows:
        assert {"id", "name", "kind", "municipality", "postcode", "distance_km", "phone"} <= set(row)
    located = [r for r in rows if r["distance_km"] is not None]
    assert located and all(isinstance(r["distance_km"], float) for r in located)
    assert all(r["distance_km"] is None for r in rows if r["by_service_area"] and not r["municipality"])


def test_search_helpline_without_location_has_null_distance(capsys, catalogue_file):
    code, out, _ = run(capsys, catalogue_file, "search", "kaart", "kwijt", "--near", "9000", "--json")
    first = json.loads(out.splitlines()[0])
    assert first["id"] == "card-stop" and first["distance_km"] is None
    assert first["phone"] == "078 17 01 70"


def test_search_table_is_readable(capsys, catalogue_file):
    code, out, _ = run(capsys, catalogue_file, "search", "digipunt", "--near", "Beernem",
                       "--kind", "digipunt", "--limit", "5")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["ID", "NAME", "KIND"]
    assert len(lines) == 6 and "in Beernem" in out


def test_unknown_place_names_the_closest(capsys, catalogue_file):
    code, out, err = run(capsys, catalogue_file, "search", "--near", "Gentt brugg")
    assert code != 0 and out == ""
    assert "Unknown place" in err and "Closest known places" in err


def test_ambiguous_place_lists_the_choices(capsys, catalogue_file):
    code, _, err = run(capsys, catalogue_file, "search", "--near", "Sint-Joris")
    assert code != 0 and "Sint-Joris (Beernem)" in err and "Sint-Joris (Nieuwpoort)" in err


def test_typo_in_place_is_taken_with_a_note(capsys, catalogue_file):
    code, out, err = run(capsys, catalogue_file, "search", "--near", "Antwepren", "--json")
    assert code == 0 and "Antwerpen" in err and out


def test_filters(capsys, catalogue_file):
    code, out, _ = run(capsys, catalogue_file, "search", "--kind", "helpline", "--free",
                       "--limit", "100", "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows and {r["kind"] for r in rows} == {"helpline"}


def test_show_prints_every_field_with_source_and_date(capsys, catalogue_file):
    code, out, _ = run(capsys, catalogue_file, "show", "torhout-bib-digipunt")
    assert code == 0
    for label in ("name", "where", "phone", "hours", "languages", "cost", "how to get in",
                  "what to bring", "last checked", "source 1"):
        assert f"\n{label} " in "\n" + out, label
    assert "Ravenhofstraat" in out and "2023-07" in out and "call first" in out


def test_show_json_and_aliases(capsys, catalogue_file):
    code, out, _ = run(capsys, catalogue_file, "show", "kortrijk-allemaal-digitaal", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == "kortrijk-digipunten-allemaal-digitaal"
    assert data["sources"] and data["stale"] is True


def test_show_unknown_id(capsys, catalogue_file):
    code, out, err = run(capsys, catalogue_file, "show", "card-stopp")
    assert code != 0 and out == "" and "card-stop" in err


def test_missing_catalogue_is_one_sentence(capsys, tmp_path):
    code = main(["--catalogue", str(tmp_path / "nope.sqlite"), "search", "x"])
    _, err = capsys.readouterr()
    assert code != 0 and "does not exist" in err and "Traceback" not in err


def test_catalogue_build_reports_every_problem(capsys, tmp_path):
    import shutil
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    data = tmp_path / "data"
    shutil.copytree(root / "data", data)
    (data / "services" / "card-stop.toml").write_text(
        (data / "services" / "card-stop.toml").read_text(encoding="utf-8").replace(
            'number = "078 170 170"', 'number = "078 170"'), encoding="utf-8")
    out = tmp_path / "cat.sqlite"
    code = main(["catalogue", "build", "--data", str(data), "--out", str(out)])
    _, err = capsys.readouterr()
    assert code != 0 and "card-stop: phones[0].number" in err and not out.exists()


def test_no_display_is_one_clear_sentence(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "einclusie_app"], env=env,
                          capture_output=True, text=True, timeout=60)
    if sys.platform.startswith("linux"):
        assert proc.returncode != 0
        assert proc.stderr.strip().count("\n") == 0 and "no display" in proc.stderr


def test_search_says_what_it_corrected(capsys, catalogue_file):
    code, out, err = run(capsys, catalogue_file, "search", "kaart", "kwiijt")
    assert code == 0 and "showing results for 'kaart kwijt'" in err and "'kwiijt' → 'kwijt'" in err
    assert out.splitlines()[1].startswith("card-stop")
    code, out, err = run(capsys, catalogue_file, "search", "kaart", "kwiijt", "--json")
    first = json.loads(out.splitlines()[0])
    assert first["id"] == "card-stop" and first["found_for"] == "kaart kwijt"
    assert first["missing_words"] == []


def test_search_marks_partial_matches(capsys, catalogue_file):
    code, out, err = run(capsys, catalogue_file, "search", "itsme", "zwxq", "--near", "Gent")
    assert code == 0 and "no record has every word" in err and "'zwxq'" in err
    lines = out.splitlines()
    assert lines[0].split()[-1] == "FOUND" and all(line.endswith("without zwxq") for line in lines[1:])
    code, out, _ = run(capsys, catalogue_file, "search", "itsme", "zwxq", "--near", "Gent", "--json")
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows and all(r["missing_words"] == ["zwxq"] and r["found_for"] is None for r in rows)


def test_plain_search_has_no_notes_and_no_found_column(capsys, catalogue_file):
    code, out, err = run(capsys, catalogue_file, "search", "card", "stop")
    assert code == 0 and err == "" and "FOUND" not in out.splitlines()[0]
