"""Search latency on synthetic catalogues of 1k, 10k and 100k services.

For each catalogue size it opens the file with :class:`Catalogue` (read-only, as the program
does), then runs typical counter queries — one to three words, prefixes, typos, and the empty
query the window shows first — once without a place and once near each of a few real places
(resolved beforehand with ``catalogue.gazetteer.resolve``), radius 15 km (the default), with
``limit=50`` and ``limit=200`` (the GUI asks for 200). Every query is warmed up, then timed
``--reps`` times with ``time.perf_counter``. Figures: p50 / p95 / max in ms over all timings of
a group (no place / with place). Goal: p95 ≤ 10 ms at 100k services.

Run from the repository root:  .venv/bin/python -m bench.search_latency  [--sizes 1000 10000]
(``python bench/search_latency.py`` works too). ``--pragma`` runs a PRAGMA on the catalogue's
connection first (e.g. ``--pragma mmap_size=268435456``), to try SQLite settings.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import percentile, table  # noqa: E402
from bench import synthetic  # noqa: E402
from einclusie_app.core.catalogue import Catalogue  # noqa: E402
from einclusie_app.core.search import DEFAULT_KM, Query  # noqa: E402

TEXTS = [
    "",                      # what the window shows first, and "everything near this place"
    "digipunt", "laptop lenen", "itsme", "computerles senioren", "bib gent", "kaart kwijt",
    "smartphone", "cursus", "online bankieren", "e-mail", "belastingen", "epn",
    "digi", "lapt", "compu",                  # prefixes while typing
    "smarphone", "computr les", "digipnt",    # typos
]
PLACES = ["Gent", "Antwerpen", "8500", "Hasselt", "Brussel", "Herstappe"]  # Herstappe: smallest village
LIMITS = (50, 200)
GOAL_MS = 10.0


def time_query(searcher, q: Query, reps: int, warmup: int) -> tuple[list[float], int]:
    for _ in range(warmup):
        hits = searcher.search(q)
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        hits = searcher.search(q)
        out.append((time.perf_counter() - t) * 1000)
    return out, len(hits)


def run_size(n: int, reps: int, warmup: int, seed: int, pragmas: list[str] = ()) -> dict:
    path = synthetic.cached(n, seed)
    cat = Catalogue(path)
    for pragma in pragmas:
        cat.conn.execute(f"PRAGMA {pragma}")
    rows = cat.conn.execute("SELECT count(*) FROM search_row").fetchone()[0]
    t = time.perf_counter()
    gaz = cat.gazetteer
    searcher = cat.searcher
    open_ms = (time.perf_counter() - t) * 1000
    places = {}
    for name in PLACES:
        res = gaz.resolve(name)
        if res.place is None:
            raise SystemExit(f"place {name!r} did not resolve")
        places[name] = res.place
    results = {}  # (limit, group) -> list of ms ; per-combo p50
    combos = []
    gc.collect()
    for limit in LIMITS:
        for text in TEXTS:
            for pname in [None] + PLACES:
                q = Query(text=text, place=places.get(pname), km=DEFAULT_KM, limit=limit)
                ms, nhits = time_query(searcher, q, reps, warmup)
                group = "no place" if pname is None else "with place"
                results.setdefault((limit, group), []).extend(ms)
                combos.append((limit, group, text, pname, statistics.median(ms),
                               percentile(ms, 95), max(ms), nhits))
    cat.close()
    return {"n": n, "rows": rows, "open_ms": open_ms, "results": results, "combos": combos,
            "bytes": path.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="search latency on synthetic catalogues")
    ap.add_argument("--sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--reps", type=int, default=15, help="timed runs per query (default 15)")
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--worst", type=int, default=12, help="slowest queries listed per size")
    ap.add_argument("--pragma", action="append", default=[],
                    help="run PRAGMA on the catalogue connection first, e.g. mmap_size=268435456")
    args = ap.parse_args(argv)

    import sqlite3
    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}; "
          f"{len(TEXTS)} texts x (no place + {len(PLACES)} places) x limits {LIMITS}; "
          f"{args.reps} timed runs each after {args.warmup} warm-up"
          + "".join(f"; PRAGMA {p}" for p in args.pragma)
          + f"; load average {os.getloadavg()[0]:.2f}")
    runs = []
    for n in args.sizes:
        t = time.perf_counter()
        r = run_size(n, args.reps, args.warmup, args.seed, args.pragma)
        print(f"  {n:,} services ({r['rows']:,} search rows, {r['bytes'] / 1e6:.1f} MB): "
              f"gazetteer+searcher load {r['open_ms']:.0f} ms, timed in {time.perf_counter() - t:.0f} s",
              flush=True)
        runs.append(r)

    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    print("\nSearch latency, ms (all timings of the group pooled)\n")
    rows = []
    for r in runs:
        for limit in LIMITS:
            for group in ("no place", "with place"):
                ms = r["results"][(limit, group)]
                p95 = percentile(ms, 95)
                rows.append([f"{r['n']:,}", limit, group, len(ms), f"{percentile(ms, 50):.2f}",
                             f"{p95:.2f}", f"{max(ms):.2f}",
                             "yes" if p95 <= GOAL_MS else "NO"])
    print(table(["services", "limit", "group", "timings", "p50", "p95", "max", "p95 ≤ 10"], rows,
                "rrlrrrrl"))

    for r in runs if args.worst > 0 else ():
        worst = sorted(r["combos"], key=lambda c: -c[5])[: args.worst]
        print(f"\nSlowest queries at {r['n']:,} services (by p95)\n")
        print(table(["limit", "query", "place", "p50", "p95", "max", "hits"],
                    [[c[0], repr(c[2]), c[3] or "-", f"{c[4]:.2f}", f"{c[5]:.2f}",
                      f"{c[6]:.2f}", c[7]] for c in worst], "rllrrrr"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
