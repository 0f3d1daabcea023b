"""Fuzzing every import format: a damaged file is a clear message naming the file and the place,
or it imports; never a traceback; and a refused file leaves the store byte for byte as it was.

Formats: HSDS JSON, the HSDS tabular package, the spreadsheet template as CSV and as XLSX, and
a signed update package (apply, and the installed folder checked at open). Each starts from a
real export of four catalogue records and damages it: bits flipped, bytes cut, inserted,
deleted or repeated, members of a ZIP changed, tables dropped. Bounded (``max_examples``,
``deadline``) so that the whole file runs in a few seconds.

Figures for many more files: ``.venv/bin/python tests/test_fuzz_imports.py 500 [KINDS]`` prints, per
format, how many files were tried and how each ended.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:       # run as a script for the figures
    sys.path.insert(0, str(ROOT))

from einclusie_app.core import hsds, spreadsheet, updates  # noqa: E402
from einclusie_app.core.importer import ImportWouldRemove, read_file  # noqa: E402
from einclusie_app.core.localstore import LocalStore  # noqa: E402
from einclusie_app.core.record import RecordError  # noqa: E402

SEED_IDS = ("beernem-covias-digipunt", "card-stop", "tele-onthaal-106", "aalst-ocmw-laptop")
FUZZ = settings(max_examples=30, deadline=dt.timedelta(seconds=10),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: Bytes that tend to break readers: quotes, line ends, separators, a lone surrogate encoded,
#: a BOM, deep nesting, a formula, an RTL override, a huge integer.
NASTY = [b'"', b"\n", b"\r\n", b",", b";", b"\x00", b"\xed\xa0\x80", b"\xef\xbb\xbf",
         b"[" * 1200, b"{" * 1200, b"=HYPERLINK(", b"\xe2\x80\xae", b"9" * 4400, b"\\ud800",
         b"..", b"PK\x03\x04"]


# ---------------------------------------------------------------------------------------------
# Seeds: four real records exported in every format


def make_seeds(folder: Path) -> dict:
    from einclusie_app.core.build import build_catalogue, load_inputs
    from einclusie_app.core.catalogue import Catalogue
    from einclusie_app.core.record import load_record

    records = [load_record(ROOT / "data" / "services" / f"{i}.toml") for i in SEED_IDS]
    shipped = folder / "shipped.sqlite"
    build_catalogue(load_inputs(ROOT / "data", records=records), shipped)
    cat = Catalogue(shipped)
    try:
        json_path, _ = hsds.export_json(cat, folder / "json")
        dp, _ = hsds.export_tabular(cat, folder / "pkg")
    finally:
        cat.close()
    fits = [r for r in records if len(r.locations) <= 1 and len(r.sources) <= 1]
    spreadsheet.write_csv(fits, folder / "aanbod.csv")
    spreadsheet.write_xlsx(fits, folder / "aanbod.xlsx")
    keys = updates.keygen(folder / "central")
    pack = folder / "u.einclusie-update"
    updates.pack(shipped, keys[0], pack, 7)
    return {"shipped": shipped, "json": json_path, "pkg": dp.parent,
            "csv": folder / "aanbod.csv", "xlsx": folder / "aanbod.xlsx",
            "pack": pack, "public": keys[1]}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return make_seeds(tmp_path_factory.mktemp("seeds"))


# ---------------------------------------------------------------------------------------------
# Damage


def damage(data: bytes, rng: random.Random, steps: int | None = None) -> bytes:
    b = bytearray(data)
    for _ in range(steps or rng.randint(1, 3)):
        i = rng.randrange(len(b) + 1)
        op = rng.choice(("flip", "cut", "insert", "delete", "repeat", "nasty"))
        if op == "flip" and i < len(b):
            b[i] ^= rng.randrange(1, 256)
        elif op == "cut":
            b = b[:i]
        elif op == "insert":
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 12)))
        elif op == "delete":
            del b[i:i + rng.randint(1, 64)]
        elif op == "repeat" and b:
            j = rng.randrange(len(b))
            b[i:i] = b[j:j + rng.randint(1, 200)]
        else:
            b[i:i] = rng.choice(NASTY)
    return bytes(b)


def damage_zip(src: Path, dst: Path, rng: random.Random) -> None:
    """Damage one member of a ZIP (or the ZIP itself), keeping the rest."""
    if rng.random() < 0.3:
        dst.write_bytes(damage(src.read_bytes(), rng))
        return
    with zipfile.ZipFile(src) as zin:
        members = [(n, zin.read(n)) for n in zin.namelist()]
    victim = rng.randrange(len(members))
    method = rng.choice((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED))
    with zipfile.ZipFile(dst, "w", method) as zout:
        for k, (n, d) in enumerate(members):
            if k == victim:
                if rng.random() < 0.2:
                    continue                                   # a member dropped
                d = damage(d, rng)
            zout.writestr(n, d)


def damage_package(src: Path, dst: Path, rng: random.Random) -> None:
    shutil.copytree(src, dst)
    files = sorted(p for p in dst.iterdir())
    for _ in range(rng.randint(1, 2)):
        victim = rng.choice(files)
        if not victim.exists():
            continue
        if rng.random() < 0.15:
            victim.unlink()
        else:
            victim.write_bytes(damage(victim.read_bytes(), rng))
    if rng.random() < 0.5:               # a package from elsewhere: no sizes to compare
        dp = dst / "datapackage.json"
        try:
            import json

            d = json.loads(dp.read_text(encoding="utf-8"))
            for r in d["resources"]:
                r.pop("bytes", None)
                r.pop("hash", None)
            dp.write_text(json.dumps(d), encoding="utf-8")
        except Exception:  # noqa: BLE001 - the descriptor itself was damaged: keep it so
            pass


# ---------------------------------------------------------------------------------------------
# One import, judged


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def import_one(path: Path, names: set[str], shipped: Path, work: Path) -> str:
    """Import a (damaged) file into a fresh store; return ``imported`` or ``refused``.

    Raises AssertionError on a traceback, a message that names no file, or a refusal that
    changed the store."""
    from einclusie_app.core.overlay import Workspace

    store_dir = work / "store"
    with LocalStore(store_dir, counter="fuzz") as store:
        ws = Workspace(shipped, store, work / "cache")
        try:
            before = snapshot(store_dir)
            try:
                read = read_file(path)
                ws.import_records(read)
            except RecordError as exc:
                for p in exc.problems:
                    first = p.where.split(" ")[0]
                    assert p.reason and (first in names or p.where.startswith(str(path))), p
                assert snapshot(store_dir) == before
                return "refused"
            except ImportWouldRemove as exc:
                assert exc.removals and snapshot(store_dir) == before
                return "refused (would remove)"
            return "imported"
        finally:
            ws.close()


def judge_import(kind: str, seeds: dict, rng: random.Random) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if kind == "hsds-json":
            path = work / "services.json"
            path.write_bytes(damage(seeds["json"].read_bytes(), rng))
            names = {path.name}
        elif kind == "hsds-csv":
            path = work / "pkg"
            damage_package(seeds["pkg"], path, rng)
            names = {p.name for p in seeds["pkg"].iterdir()} | {str(path)}
        elif kind == "spreadsheet-csv":
            path = work / "aanbod.csv"
            path.write_bytes(damage(seeds["csv"].read_bytes(), rng))
            names = {path.name}
        else:
            path = work / "aanbod.xlsx"
            damage_zip(seeds["xlsx"], path, rng)
            names = {path.name}
        return import_one(path, names, seeds["shipped"], work)


def judge_update(seeds: dict, rng: random.Random) -> str:
    """Apply a damaged update; then damage an installed one and open it."""
    trust = [seeds["public"]]
    shipped = seeds["shipped"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        bad = work / "bad.einclusie-update"
        damage_zip(seeds["pack"], bad, rng)
        data = work / "data"
        before = snapshot(data)
        try:
            updates.apply_update(bad, trust, shipped, data)
            outcome = "applied"
        except updates.UpdateError as exc:
            assert exc.kind and bad.name in str(exc) or exc.kind in ("invalid",), str(exc)
            assert snapshot(data) == before
            outcome = "refused"
        # the installed folder, damaged by someone with write access to the share
        data2 = work / "data2"
        updates.apply_update(seeds["pack"], trust, shipped, data2)
        folder = data2 / "updates"
        victim = rng.choice(sorted(folder.iterdir()))
        victim.write_bytes(damage(victim.read_bytes(), rng))
        try:
            use = updates.verified_catalogue(shipped, data2, trust)
            if use.update is not None:          # used: then it is exactly the signed file
                assert updates.file_sha256(use.path) == use.update.sha256
        except updates.InstalledUpdateError as exc:
            assert exc.kind and str(exc)
        return outcome


# ---------------------------------------------------------------------------------------------
# The bounded property tests


@pytest.mark.parametrize("kind", ["hsds-json", "hsds-csv", "spreadsheet-csv", "xlsx"])
def test_a_damaged_import_file_is_a_message_or_imports_never_a_traceback(seeds, kind):
    @FUZZ
    @given(st.randoms(use_true_random=False))
    def run(rng):
        judge_import(kind, seeds, rng)

    run()


def test_a_damaged_update_package_is_refused_with_a_message_never_a_traceback(seeds):
    @FUZZ
    @given(st.randoms(use_true_random=False))
    def run(rng):
        judge_update(seeds, rng)

    run()


# ---------------------------------------------------------------------------------------------
# Figures


def _figures(count: int) -> None:
    from collections import Counter

    with tempfile.TemporaryDirectory() as tmp:
        seeds = make_seeds(Path(tmp))
        kinds = sys.argv[2].split(",") if len(sys.argv) > 2 else [
            "hsds-json", "hsds-csv", "spreadsheet-csv", "xlsx", "update"]
        for kind in kinds:
            tally: Counter = Counter()
            for n in range(count):
                rng = random.Random(f"{kind}:{n}")
                try:
                    tally[judge_update(seeds, rng) if kind == "update"
                          else judge_import(kind, seeds, rng)] += 1
                except AssertionError as exc:
                    tally[f"FAILED: {str(exc)[:80]}"] += 1
                except Exception as exc:  # noqa: BLE001 - a traceback is what we count
                    tally[f"TRACEBACK {type(exc).__name__}: {str(exc)[:60]}"] += 1
            print(f"{kind}: {count} files: " + ", ".join(f"{k} {v}" for k, v in
                                                         tally.most_common()), flush=True)


if __name__ == "__main__":
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _figures(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
