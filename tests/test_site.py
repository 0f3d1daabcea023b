"""Per-site settings: read, checked, said once when broken, and used."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from einclusie_app.core import site as site_mod
from einclusie_app.core.site import SETTINGS, Site, load_site


def write(tmp_path, text, name="site.toml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_example_file_is_valid():
    from pathlib import Path

    s = load_site(Path(__file__).resolve().parents[1] / "docs" / "examples" / "site.toml")
    assert s.problems == () and s.counter.startswith("Sociaal Huis") and s.radius_km == 10.0
    assert s.community_holidays == ("flanders",)


def test_every_setting_is_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "site-settings.md").read_text()
    for s in SETTINGS:
        assert f"`{s.key}`" in doc, s.key


def test_missing_file_means_defaults_quietly(tmp_path, monkeypatch):
    monkeypatch.delenv(site_mod.ENV_SITE, raising=False)
    monkeypatch.setattr(site_mod, "program_dir", lambda: tmp_path)
    assert load_site() == Site()


def test_explicit_missing_file_is_said(tmp_path):
    s = load_site(tmp_path / "nope.toml")
    assert s.problems and "does not exist" in s.problems[0]


@pytest.mark.parametrize("text, expect", [
    ("[site\ncounter = 'x'", "line 1"),
    ("[site]\nradius_km = \"ten\"\n", "line 2: 'site.radius_km' should be a number"),
    ("[site]\ncounter = \"ok\"\ncolour = \"red\"\n", "line 3: unknown setting 'site.colour'"),
    ("[site]\ncommunity_holidays = [\"mars\"]\n", "unknown community days"),
    ("[site]\nradius_km = 1000\n", "between 0 and 300"),
    ("[site]\nmaintainer_mode = \"yes\"\n", "should be true or false"),
])
def test_broken_file_gives_defaults_and_says_where(tmp_path, text, expect):
    s = load_site(write(tmp_path, text))
    assert any(expect in p for p in s.problems), s.problems
    assert str(tmp_path / "site.toml") in s.problems[0]


def test_good_values_survive_next_to_bad_ones(tmp_path):
    s = load_site(write(tmp_path, '[site]\ncounter = "Bib Gent"\nradius_km = "far"\n'))
    assert s.counter == "Bib Gent" and s.radius_km == 15.0 and len(s.problems) == 1


def test_not_utf8(tmp_path):
    p = tmp_path / "site.toml"
    p.write_bytes('[site]\ncounter = "Café"\n'.encode("cp1252"))
    assert "not UTF-8" in load_site(p).problems[0]


def test_env_variable_points_to_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv(site_mod.ENV_SITE, str(write(tmp_path, '[site]\ncounter = "Env"\n')))
    assert load_site().counter == "Env"


def test_portable_mode_writes_beside_the_program(tmp_path, monkeypatch):
    monkeypatch.setattr(site_mod, "program_dir", lambda: tmp_path)
    assert not site_mod.portable()
    (tmp_path / site_mod.PORTABLE_MARKER).write_text("")
    assert site_mod.portable() and site_mod.data_dir() == tmp_path / "userdata"


def test_cli_says_site_problems_once_and_goes_on(tmp_path, catalogue_file):
    bad = write(tmp_path, "[site]\nradius_km = \"far\"\n")
    proc = subprocess.run(
        [__import__("sys").executable, "-m", "einclusie_app", "--site", str(bad), "--catalogue",
         str(catalogue_file), "search", "card", "stop", "--json"],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "card-stop" in proc.stdout
    assert proc.stderr.count("radius_km") == 1


def test_window_uses_the_site(qtbot, settle, catalogue_file, tmp_path):
    from einclusie_app.gui.main_window import MainWindow

    s = load_site(write(tmp_path, '[site]\nmunicipality = "Beernem"\ncounter = "Sociaal Huis"\n'
                                  'home = "8730"\nradius_km = 5\n'
                                  'client_languages_first = ["uk", "ar"]\nfoo = 1\n'))
    w = MainWindow(site=s)
    qtbot.addWidget(w)
    w.announce_site_problems()
    w.load_catalogue(catalogue_file)
    settle(w)
    assert "Beernem" in w.windowTitle()
    assert w.place_edit.text() == "8730" and w.km_combo.currentData() == 5
    assert w.counter_name == "Sociaal Huis"
    assert "foo" in w.statusBar().currentMessage()
    from einclusie_app.gui.client_view import LanguagePicker

    picker = LanguagePicker(w, None, s.client_languages_first)
    qtbot.addWidget(picker)
    order = list(picker.buttons)
    assert order[:2] == ["uk", "ar"]


def test_handout_prints_the_counter_and_logo(catalogue, tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage

    from einclusie_app.core.hours import BRUSSELS
    from einclusie_app.render.handout import HandoutRequest, write_pdf

    logo = tmp_path / "logo.png"
    img = QImage(60, 30, QImage.Format.Format_RGB32)
    img.fill(QColor("darkblue"))
    img.save(str(logo))
    out = tmp_path / "h.pdf"
    write_pdf(catalogue, HandoutRequest(("card-stop",), "fr", dt.datetime(2026, 11, 24, 10, 0,
                                        tzinfo=BRUSSELS), "OCMW Beernem — onthaal", logo), out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "OCMW Beernem — onthaal" in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    assert " 60    30 " in images or "60    30" in images


def test_site_local_store_joins_the_view(tmp_path, catalogue_file):
    """A record imported into the site's local store is found by the ordinary search."""
    import csv
    import sys
    from pathlib import Path

    store = tmp_path / "shared-drive"
    site = write(tmp_path, f'[catalogue]\nlocal_store = "{store}"\n')
    example = Path(__file__).resolve().parents[1] / "docs" / "examples" / "aanbod-voorbeeld.csv"
    with open(example, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    row = dict(rows[0], id="test-zuurstofpunt", naam="Zuurstofpunt Testwijk (test)")
    sheet = tmp_path / "aanbod.csv"
    with open(sheet, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerow(row)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "einclusie_app", "--site", str(site), *args],
                              capture_output=True, text=True, timeout=300)

    # the site's folder must exist (a shared drive that is not there is never made anew)
    refused = run("catalogue", "import", str(sheet))
    assert refused.returncode != 0 and "does not exist, so it was not created" in refused.stderr
    assert not store.exists()
    store.mkdir()
    imported = run("catalogue", "import", str(sheet))
    assert imported.returncode == 0, imported.stderr
    assert (store / "local.sqlite").is_file()
    assert "test-zuurstofpunt" in run("catalogue", "local").stdout
    found = run("search", "zuurstofpunt", "--json")
    assert found.returncode == 0 and "test-zuurstofpunt" in found.stdout, found.stderr


def _key_pair(folder, name="central"):
    from einclusie_app.core.updates import keygen, load_public_key, public_key_text

    private, public = keygen(folder / name)
    return private, public, public_key_text(load_public_key(public))


def test_trusted_key_files_are_read_beside_the_site_file(tmp_path):
    _, _, line = _key_pair(tmp_path)
    s = load_site(write(tmp_path, f'[catalogue]\ntrusted_keys = ["central.pub", "{line}"]\n'))
    assert s.trusted_keys == (str(tmp_path / "central.pub"), line) and s.problems == ()


# -- issue 15, item 9: what a site file can get wrong, said when it is read --------------------


def test_a_byte_order_mark_is_fine(tmp_path):
    p = tmp_path / "site.toml"
    p.write_bytes("\ufeff[site]\ncounter = \"Notepad\"\n".encode("utf-8"))
    s = load_site(p)
    assert s.counter == "Notepad" and s.problems == ()


def test_bad_trusted_keys_are_said_with_file_and_key_and_good_ones_still_work(tmp_path):
    from einclusie_app.core import updates

    private, _, good = _key_pair(tmp_path)
    s = load_site(write(tmp_path, '[catalogue]\ntrusted_keys = ["QUJDRA==", "missing.pub", '
                                  f'"{good}"]\n'))
    assert s.trusted_keys == (good,)
    assert len(s.problems) == 2
    assert all(str(tmp_path / "site.toml") + ", line 2" in p for p in s.problems)
    assert "'QUJDRA=='" in s.problems[0] and "missing.pub" in s.problems[1]
    # the update signed with the good key is accepted with the site's keys
    pack = tmp_path / "u.einclusie-update"
    from einclusie_app.core.build import build_from_data
    from pathlib import Path

    cat = tmp_path / "cat.sqlite"
    build_from_data(cat, Path(__file__).resolve().parents[1] / "data")
    updates.pack(cat, private, pack, 3)
    assert updates.verify(pack, s.trusted_keys).sequence == 3


def test_a_pem_key_of_another_kind_is_refused(tmp_path):
    pem = tmp_path / "rsa.pem"
    pem.write_text("-----BEGIN PUBLIC KEY-----\nMFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAL7y\n"
                   "-----END PUBLIC KEY-----\n")
    s = load_site(write(tmp_path, '[catalogue]\ntrusted_keys = ["rsa.pem"]\n'))
    assert s.trusted_keys == () and "another kind" in s.problems[0]


def test_an_unknown_client_language_is_said(tmp_path):
    s = load_site(write(tmp_path, '[site]\nclient_languages_first = ["ar", "klingon"]\n'))
    assert s.client_languages_first == ()
    assert "unknown client language codes ['klingon']" in s.problems[0]
    assert "line 2" in s.problems[0]


def test_a_missing_logo_is_said_and_left_out(tmp_path):
    s = load_site(write(tmp_path, '[site]\nlogo = "logo.png"\n'))
    assert s.logo is None and "logo.png" in s.problems[0] and "no logo" in s.problems[0]
    (tmp_path / "logo.png").write_bytes(b"png")
    assert load_site(tmp_path / "site.toml").logo == tmp_path / "logo.png"


def test_a_value_nested_5000_deep_is_a_message_not_a_crash(tmp_path):
    s = load_site(write(tmp_path, "[site]\ncounter = " + "[" * 5000 + "]" * 5000 + "\n"))
    assert s == Site(source=tmp_path / "site.toml", problems=s.problems)
    assert "nested too deeply" in s.problems[0]


def test_the_window_starts_with_a_5000_deep_site_file(qtbot, tmp_path):
    from einclusie_app.gui.main_window import MainWindow

    s = load_site(write(tmp_path, "[site]\nhome = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n"))
    w = MainWindow(site=s)
    qtbot.addWidget(w)
    w.announce_site_problems()
    assert "nested too deeply" in w.statusBar().currentMessage()


def test_the_docs_table_says_what_the_declaration_says():
    """docs/site-settings.md holds the table the declaration makes (kind, default, help)."""
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "site-settings.md").read_text()
    assert site_mod.settings_table() in doc


def test_environment_variables_are_declared_once():
    """Only core/site.py names an environment variable of ours."""
    import re
    from pathlib import Path

    pkg = Path(__file__).resolve().parents[1] / "einclusie_app"
    for p in pkg.rglob("*.py"):
        if p.name == "site.py" and p.parent.name == "core":
            continue
        for name in re.findall(r"EINCLUSIE_[A-Z_]+", p.read_text(encoding="utf-8")):
            assert name in site_mod.ENVIRONMENT, (p, name)
        assert "os.environ.get(\"EINCLUSIE" not in p.read_text(encoding="utf-8"), p
