"""``einclusie catalogue ...`` for maintainers: problems on stderr one per line, non-zero exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from einclusie_app.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "aanbod-voorbeeld.csv"
HEADER = "naam,soort,postcode,gemeente,telefoon,uren,bron_url"


@pytest.fixture
def cli(capsys, catalogue_file, tmp_path):
    store, cache = tmp_path / "store", tmp_path / "cache"

    def run(*args, store_args=True):
        argv = ["--catalogue", str(catalogue_file), "catalogue", *args]
        if store_args:
            argv += ["--store", str(store), "--cache", str(cache)]
        code = main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    run.store = store
    return run


def offers(tmp_path, *rows: str, name="aanbod.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


GOOD = "Digipunt Test,digipunt,8730,Beernem,050 12 34 56,ma 09:00-12:00,https://www.beernem.be"


def test_import_dry_run_then_import_then_again(cli, tmp_path):
    path = offers(tmp_path, GOOD)
    code, out, err = cli("import", str(path), "--dry-run")
    assert code == 0 and out == "would add\tdigipunt-test-8730\n" and "would add 1" in err
    code, out, _ = cli("local")
    assert out == ""
    code, out, err = cli("import", str(path), "--counter", "Balie 4")
    assert code == 0 and out == "added\tdigipunt-test-8730\n"
    code, out, err = cli("import", str(path))
    assert code == 0 and out == "" and "unchanged 1" in err
    code, out, _ = cli("local")
    assert out.startswith("added\tdigipunt-test-8730\tDigipunt Test\t") and "Balie 4" in out
    code, out, _ = cli("log")
    assert "\tBalie 4\timport\tdigipunt-test-8730\t" in out


def test_a_bad_file_puts_one_problem_per_line_on_stderr(cli, tmp_path):
    path = offers(tmp_path, GOOD, "Digipunt B,digipunt,9999,,12345,mn 09:00-12:00,https://b.be")
    code, out, err = cli("import", str(path))
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert lines[:3] == [
        "aanbod.csv row 3: uren: unknown day 'mn' in 'mn 09:00-12:00' (use ma di wo do vr za "
        "zo, like 'ma 09:00-12:00; wo 14:00-16:00')",
        "aanbod.csv row 3: telefoon: '12345' cannot be a Belgian number (wrong length or prefix)",
        "aanbod.csv row 3: postcode: postcode 9999 does not exist (close: 9992 Maldegem, 9991 "
        "Maldegem, 9990 Maldegem)"]
    assert lines[-1] == "einclusie: 3 problem(s) above; nothing was changed."
    code, out, _ = cli("local")
    assert out == ""


def test_validate(cli, tmp_path):
    code, _, err = cli("validate", str(EXAMPLE), store_args=False)
    assert code == 0 and "2 record(s), no problems" in err
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"{HEADER}\nDigicafé,digipunt,8730,Beernem,,,https://x.be\n".encode("cp1252"))
    code, _, err = cli("validate", str(latin), store_args=False)
    assert code == 1 and err.splitlines()[0] == (
        "latin.csv: row 2: is not UTF-8 (byte 0xe9 cannot be read): save it as 'CSV UTF-8 "
        "(comma delimited)'")
    code, _, err = cli("validate", str(tmp_path / "missing.csv"), store_args=False)
    assert code == 1 and "does not exist" in err


def test_export_both_formats_with_the_local_records(cli, tmp_path):
    cli("import", str(offers(tmp_path, GOOD)))
    code, _, err = cli("export", "--format", "hsds-json", str(tmp_path / "json"))
    assert code == 0
    services = json.loads((tmp_path / "json" / "services.json").read_text(encoding="utf-8"))
    assert any(s["name"] == "Digipunt Test" for s in services)
    code, _, err = cli("export", "--format", "hsds-csv", str(tmp_path / "csv"))
    assert code == 0 and (tmp_path / "csv" / "datapackage.json").is_file()
    assert "services" in err
    # and the export imports again (a package, found by its folder)
    code, out, err = cli("validate", str(tmp_path / "csv"), store_args=False)
    assert code == 0, err


def test_hsds_from_elsewhere_needs_kind_and_source_flags(cli, tmp_path):
    service = {"id": "5f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b", "name": "Zitdag", "status": "active",
               "phones": [{"id": "6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b", "number": "1700"}]}
    path = tmp_path / "theirs.json"
    path.write_text(json.dumps([service]), encoding="utf-8")
    code, _, err = cli("import", str(path))
    assert code == 1 and "--kind" in err and "--source" in err
    code, out, err = cli("import", str(path), "--kind", "helpline", "--source",
                         "https://www.vlaanderen.be/1700", "--source-date", "2025-01-01")
    assert code == 0 and out == "added\thsds-5f1d2c3b4a594e6f8a7b9c0d1e2f3a4b\n", err


def test_undo_stale_and_local(cli, tmp_path):
    cli("import", str(offers(tmp_path, GOOD)))
    code, out, _ = cli("undo")
    assert code == 0 and out.startswith("undid change 1 of digipunt-test-8730")
    code, _, err = cli("undo", "1")
    assert code == 1 and "already undone" in err
    code, out, err = cli("stale")
    assert code == 0 and out.splitlines()[0].startswith("-\tnever checked\tshipped\t")
    assert "record(s) to check" in err


def test_keygen_pack_update_conflicts_rollback(cli, tmp_path, catalogue_file):
    code, out, err = cli("keygen", str(tmp_path / "central"), store_args=False)
    assert code == 0 and len(out.strip()) == 44 and "keep it secret" in err
    pub_line = out.strip()
    code, _, err = cli("pack", str(tmp_path / "u.einclusie-update"), "--key",
                       str(tmp_path / "central.key"), "--sequence", "3", "--note", "test",
                       store_args=False)
    assert code == 0 and "update 3" in err
    cli("keygen", str(tmp_path / "other"), store_args=False)
    code, _, err = cli("update", str(tmp_path / "u.einclusie-update"), "--trust",
                       str(tmp_path / "other.pub"))
    assert code == 1 and "does not trust" in err
    code, _, err = cli("update", str(tmp_path / "u.einclusie-update"))
    assert code == 1 and "No public key is trusted" in err
    code, _, err = cli("update", str(tmp_path / "u.einclusie-update"), "--trust", pub_line)
    assert code == 0 and "Applied update 3" in err
    code, _, err = cli("update", str(tmp_path / "u.einclusie-update"), "--trust", pub_line)
    assert code == 1 and "already has update 3" in err
    code, _, err = cli("rollback")
    assert code == 0 and str(catalogue_file) in err
    code, _, err = cli("rollback")
    assert code == 1 and "No update is installed" in err
    code, out, err = cli("conflicts")
    assert code == 0 and out == "" and "0 conflict(s)" in err
