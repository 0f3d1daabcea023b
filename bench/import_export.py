"""Import and export throughput on synthetic catalogues of 10,000 and 100,000 services.

For each size ``n``:

1. **export** — the synthetic catalogue compiled by ``bench/synthetic.py`` (``cached(n)``; built
   once into ``bench/out/``) is opened read-only and written as HSDS 3.0 JSON
   (``hsds.export_json``) and as the tabular CSV package (``hsds.export_tabular``);
2. **import** — each export, and the spreadsheet template (``spreadsheet.write_csv`` of the
   records that fit one row), is read back (``read``: parse and convert to records) and imported
   into an empty local store (``import``: validation of every record against the gazetteer —
   postcodes, phone numbers, areas — then one transaction), with the real shipped catalogue
   (built from ``data/``) underneath, as a counter PC has it;
3. **re-import** — the same file again: validated again, nothing written.

Figures: seconds and services per second per step, and file sizes. Everything is written to a
temporary folder and removed afterwards (the synthetic catalogues stay cached in bench/out/).

Run from the repository root:  .venv/bin/python -m bench.import_export  [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import OUT_DIR, REPO, table  # noqa: E402
from einclusie_app.core import hsds, spreadsheet  # noqa: E402
from einclusie_app.core.build import build_from_data  # noqa: E402
from einclusie_app.core.catalogue import Catalogue  # noqa: E402
from einclusie_app.core.localstore import LocalStore  # noqa: E402
from einclusie_app.core.overlay import Workspace  # noqa: E402
from einclusie_app.core.record import record_from_dict  # noqa: E402


def synthetic_catalogue(n: int) -> Path:
    """The compiled synthetic catalogue of ``n`` services (bench/synthetic.py's cache)."""
    from bench import synthetic

    return synthetic.cached(n)


def shipped_catalogue(tmp: Path) -> Path:
    """The real catalogue, built from data/ (what the counter PC ships with)."""
    out = tmp / "shipped.sqlite"
    build_from_data(out, REPO / "data")
    return out


def size_of(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size


def timed(fn):
    gc.collect()
    t0 = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0


def run(n: int, tmp: Path, shipped: Path) -> list[list]:
    rows: list[list] = []
    mb = lambda p: f"{size_of(p) / 1e6:,.0f} MB"  # noqa: E731
    rate = lambda k, s: f"{k / s:,.0f}"  # noqa: E731

    source = synthetic_catalogue(n)
    cat = Catalogue(source)
    try:
        assert cat.count() == n, (source, cat.count())
        (json_path, count), s = timed(lambda: hsds.export_json(cat, tmp / "json"))
        rows.append([n, "export HSDS JSON", f"{s:.1f}", rate(count, s), mb(json_path)])
        (dp, counts), s = timed(lambda: hsds.export_tabular(cat, tmp / "csv"))
        rows.append([n, "export HSDS CSV package", f"{s:.1f}", rate(counts["service"], s),
                     mb(dp.parent)])
        records = [record_from_dict(json.loads(t)) for (t,) in
                   cat.conn.execute("SELECT record FROM service ORDER BY id")]
    finally:
        cat.close()
    fits = []
    for r in records:
        try:
            spreadsheet.row_of(r)
        except spreadsheet.SpreadsheetError:
            continue
        fits.append(r)
    del records
    sheet = tmp / "aanbod.csv"
    _, s = timed(lambda: spreadsheet.write_csv(fits, sheet))  # noqa: F821 (deleted below)
    rows.append([n, f"export spreadsheet CSV ({len(fits):,} rows fit)", f"{s:.1f}",
                 rate(len(fits), s), mb(sheet)])
    del fits

    readers = [("HSDS JSON", lambda: hsds.read_json(json_path)),
               ("HSDS CSV package", lambda: hsds.read_tabular(dp.parent)),
               ("spreadsheet CSV", lambda: spreadsheet.read_spreadsheet(sheet))]
    for name, reader in readers:
        folder = tmp / f"store-{name.replace(' ', '-')}"
        store = LocalStore(folder, counter="bench")
        ws = Workspace(shipped, store, tmp / "cache")
        try:
            read, s = timed(reader)
            k = len(read.records)
            assert not read.problems, read.problems[:5]
            rows.append([n, f"read {name}", f"{s:.1f}", rate(k, s), ""])
            report, s = timed(lambda: ws.import_records(read))  # noqa: B023, F821 (called at once)
            assert len(report.added) == k
            rows.append([n, f"import {name} (validate + store)", f"{s:.1f}", rate(k, s),
                         mb(store.path)])
            report, s = timed(lambda: ws.import_records(reader()))  # noqa: B023 (called at once)
            assert report.changes == [] and len(report.unchanged) == k
            rows.append([n, f"re-import {name} (read + validate, no change)", f"{s:.1f}",
                         rate(k, s), ""])
        finally:
            ws.close()
            store.close()
            shutil.rmtree(folder, ignore_errors=True)
        del read
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = p.parse_args(argv)
    OUT_DIR.mkdir(exist_ok=True)
    all_rows: list[list] = []
    with tempfile.TemporaryDirectory(prefix="einclusie-bench-") as t:
        tmp = Path(t)
        shipped = shipped_catalogue(tmp)
        for n in args.sizes:
            work = tmp / str(n)
            work.mkdir()
            rows = run(n, work, shipped)
            print(table(["services", "step", "seconds", "services/s", "size"],
                        [[f"{r[0]:,}", *r[1:]] for r in rows], "llrrr"), flush=True)
            print(flush=True)
            all_rows += rows
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
