"""The command-line flags of issue 15: ``import --allow-removals``, ``pack --expires``,
``delegate`` and ``pack --delegation`` (the rest of the command line is tested elsewhere)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

from einclusie_app.cli import main

HEADER = "id,naam,soort,postcode,gemeente,telefoon,bron_url"


def run(capsys, catalogue_file, *args):
    code = main(["--catalogue", str(catalogue_file), "catalogue", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_import_that_would_remove_facts_needs_allow_removals(capsys, catalogue_file,
                                                                tmp_path):
    store = ["--store", str(tmp_path / "store"), "--cache", str(tmp_path / "cache")]
    with_phone = tmp_path / "a.csv"
    with_phone.write_text(f"{HEADER}\ntest-a,Digipunt A,digipunt,8730,Beernem,050 12 34 56,"
                          "https://www.beernem.be\n", encoding="utf-8")
    assert run(capsys, catalogue_file, "import", str(with_phone), *store)[0] == 0
    without = tmp_path / "b.csv"
    without.write_text(f"{HEADER}\ntest-a,Digipunt A,digipunt,8730,Beernem,,"
                       "https://www.beernem.be\n", encoding="utf-8")
    code, _, err = run(capsys, catalogue_file, "import", str(without), *store)
    assert code == 1 and "b.csv row 2: test-a: phones: would remove 050 12 34 56" in err
    assert "--allow-removals" in err
    code, _, err = run(capsys, catalogue_file, "import", str(without), "--dry-run", *store)
    assert code == 0 and "would remove 1 fact(s) from 1 record(s)" in err
    code, _, err = run(capsys, catalogue_file, "import", str(without), "--allow-removals",
                       *store)
    assert code == 0 and "removed 1 fact(s)" in err


def test_pack_expires(capsys, catalogue_file, tmp_path):
    run(capsys, catalogue_file, "keygen", str(tmp_path / "central"))
    out = tmp_path / "u.einclusie-update"
    code, _, err = run(capsys, catalogue_file, "pack", str(out), "--key",
                       str(tmp_path / "central.key"), "--sequence", "4", "--expires", "30")
    assert code == 0 and "expires" in err
    with zipfile.ZipFile(out) as zf:
        head = json.loads(zf.read("update.json"))
    expires = dt.datetime.fromisoformat(head["expires"])
    assert 29 <= (expires - dt.datetime.now(dt.timezone.utc)).days <= 30
    code, _, err = run(capsys, catalogue_file, "pack", str(out), "--key",
                       str(tmp_path / "central.key"), "--expires", "2001-01-01")
    assert code == 1 and "lies in the past" in err


def test_delegate_and_a_municipality_pack(capsys, catalogue_file, tmp_path):
    run(capsys, catalogue_file, "keygen", str(tmp_path / "central"))
    run(capsys, catalogue_file, "keygen", str(tmp_path / "beernem"))
    code, _, err = run(capsys, catalogue_file, "delegate", str(tmp_path / "beernem.pub"),
                       str(tmp_path / "beernem.delegation"), "--key",
                       str(tmp_path / "central.key"), "--municipality", "Beernem")
    assert code == 0 and "may sign updates of Beernem" in err
    store = ["--store", str(tmp_path / "bstore"), "--cache", str(tmp_path / "bcache")]
    row = tmp_path / "b.csv"
    row.write_text(f"{HEADER}\nbeernem-nieuw,Digipunt Nieuw,digipunt,8730,Beernem,"
                   "050 12 34 56,https://www.beernem.be\n", encoding="utf-8")
    assert run(capsys, catalogue_file, "import", str(row), *store)[0] == 0
    out = tmp_path / "beernem.einclusie-update"
    code, _, err = run(capsys, catalogue_file, "pack", str(out), "--key",
                       str(tmp_path / "beernem.key"), "--sequence", "30", "--delegation",
                       str(tmp_path / "beernem.delegation"), *store)
    assert code == 0, err
    site = ["--store", str(tmp_path / "site"), "--cache", str(tmp_path / "scache")]
    code, _, err = run(capsys, catalogue_file, "update", str(out), "--trust",
                       str(tmp_path / "central.pub"), *site)
    assert code == 0 and "Applied update 30" in err
    code, _, err = run(capsys, catalogue_file, "delegate", str(tmp_path / "beernem.pub"),
                       str(tmp_path / "x.delegation"), "--key", str(tmp_path / "central.key"),
                       "--municipality", "Atlantis")
    assert code == 1 and "is not a municipality" in err
