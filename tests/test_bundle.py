"""The installable bundle: built, checked on its own files, packaged, installed read-only.

This is what CI does for the installer issue: ``make packages`` builds the onedir bundle with
build.spec, runs its ``--self-test``, and wraps it in a .tar.gz and a .deb; the .deb is then
unpacked into a fresh root, made read-only, and the installed program tests itself there.
It takes a few minutes; set EINCLUSIE_SKIP_BUNDLE=1 to leave it out of a quick local run.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(os.environ.get("EINCLUSIE_SKIP_BUNDLE") == "1",
                                reason="EINCLUSIE_SKIP_BUNDLE=1")


@pytest.fixture(scope="module")
def packages():
    if shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb is needed to build the .deb (Debian's dpkg package)")
    proc = subprocess.run(["make", "packages"], cwd=ROOT, capture_output=True, text=True,
                          timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "self-test passed" in proc.stdout
    debs = sorted((ROOT / "dist").glob("einclusie-wegwijzer_*.deb"))
    tars = sorted((ROOT / "dist").glob("einclusie-*-linux-*.tar.gz"))
    assert debs and tars
    return debs[-1], tars[-1]


def _read_only(tree: Path) -> None:
    for path in [tree, *tree.rglob("*")]:
        if not path.is_symlink():
            mode = path.stat().st_mode
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def test_installed_deb_tests_itself_from_a_read_only_folder(packages, tmp_path):
    deb, _ = packages
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    program = root / "opt" / "einclusie"
    assert (program / "einclusie").is_file() and (program / "einclusie-console").is_file()
    assert (root / "usr/share/applications/einclusie.desktop").is_file()
    assert os.readlink(root / "usr/bin/einclusie") == "/opt/einclusie/einclusie-console"
    info = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], text=True,
                          capture_output=True, check=True).stdout
    assert "einclusie-wegwijzer" in info
    _read_only(program)
    before = sorted(str(p) for p in program.rglob("*"))
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(home / "data")}
    proc = subprocess.run([str(program / "einclusie-console"), "--self-test"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
    assert "Arabic" in proc.stdout
    assert sorted(str(p) for p in program.rglob("*")) == before   # nothing written there
    for path in [program, *program.rglob("*")]:   # let pytest clean up
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def test_tarball_holds_the_bundle(packages):
    _, tar = packages
    with tarfile.open(tar) as t:
        names = t.getnames()
    assert "einclusie/einclusie" in names and "einclusie/einclusie-console" in names
    assert any(n.endswith("resources/catalogue/catalogue.sqlite") for n in names)
    assert any(n.endswith("resources/fonts/OFL.txt") for n in names)
    assert not any(n.endswith(".ts") for n in names)
