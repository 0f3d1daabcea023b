"""Search latency on synthetic catalogues of 1k, 10k and 100k services.

For each catalogue size it opens the file with :class:`Catalogue` (read-only, as the program
does), then runs typical counter queries — one to three words, prefixes, typos, and the empty
query the window shows first — once without a place and once near each of a few real places
(resolved beforehand with ``catalogue.gazetteer.resolve``), radius 15 km (the default), with
``limit=50`` and ``limit=200`` (the GUI asks for 200). Every query is warmed up, then timed
``--reps`` times with ``time.perf_counter``. Figures: p50 / p95 / max in ms over all timings of
a group (no place / with place). Goal: p95 ≤ 10 ms at 100k services.

Two sets of texts, reported apart: ``TEXTS`` (words as typed that the catalogue knows, the
common case: its figures compare with those of earlier code on the same file) and
``FALLBACK_TEXTS`` (typos, an unknown extra word, counter stop words: the texts for which the
search corrects or drops words when it finds little). Per size it also times the first load of
the typo vocabulary (``Searcher._vocabulary``, when the code has it), and ``--speller`` times
the typo index alone on large made-up vocabularies (20k–200k words), since the synthetic
catalogues use a small one.

Run from the repository root:  .venv/bin/python -m bench.search_latency  [--sizes 1000 10000]
(``python bench/search_latency.py`` works too). ``--pragma`` runs a PRAGMA on the catalogue's
connection first (e.g. ``--pragma mmap_size=268435456``), to try SQLite settings.

``--against REF`` measures the search code of a git commit (e.g. ``main``) in the same run, on
the same catalogue files and connection: each query is timed alternately with this code and
that code, so load on a shared machine weighs on both alike. The other code is taken with
``git archive REF einclusie_app`` into a temporary folder and imported under another package
name; only its ``core/search.py`` (and what that imports) runs.
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

from bench._common import REPO, percentile, table  # noqa: E402
from bench import synthetic  # noqa: E402
from einclusie_app.core.catalogue import Catalogue  # noqa: E402
from einclusie_app.core.search import DEFAULT_KM, FEW_HITS, Query  # noqa: E402

TEXTS = [
    "",                      # what the window shows first, and "everything near this place"
    "digipunt", "laptop lenen", "itsme", "computerles senioren", "bib gent", "kaart kwijt",
    "smartphone", "cursus", "online bankieren", "e-mail", "belastingen", "epn",
    "digi", "lapt", "compu",                  # prefixes while typing
]
#: Texts the search corrects or trims, each with the words it then searches for.
MEANT = {
    "smarphone": "smartphone", "computr les": "computer les", "digipnt": "digipunt",  # typos
    "itsmee": "itsme", "laptp": "laptop", "kaart kwiijt": "kaart kwijt",  # typos of issue 13
    "itsme zwxq": "itsme",        # an extra word no record has: partial matches
    "hulp bij itsme": "itsme",    # counter stop words
}
FALLBACK_TEXTS = list(MEANT)
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


def time_pair(pair, queries, reps: int, warmup: int) -> tuple[list[list[float]], list[int]]:
    """Time ``pair[i].search(queries[i])`` alternately (the order swaps every round).
    Returns the timings and the number of hits of each."""
    hits = [0] * len(pair)
    for _ in range(warmup):
        for i, (searcher, q) in enumerate(zip(pair, queries)):
            hits[i] = len(searcher.search(q))
    out: list[list[float]] = [[] for _ in pair]
    for rep in range(reps):
        order = range(len(pair)) if rep % 2 == 0 else reversed(range(len(pair)))
        for i in order:
            t = time.perf_counter()
            pair[i].search(queries[i])
            out[i].append((time.perf_counter() - t) * 1000)
    return out, hits


def load_baseline(ref: str):
    """The ``core.search`` module of git commit ``ref``, imported as another package."""
    import importlib
    import io
    import shutil
    import subprocess
    import tarfile
    import tempfile
    import atexit

    archive = subprocess.run(["git", "-C", str(REPO), "archive", ref, "einclusie_app"],
                             check=True, capture_output=True).stdout
    folder = Path(tempfile.mkdtemp(prefix="search-baseline-"))
    atexit.register(shutil.rmtree, folder, True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    name = "einclusie_baseline"
    (folder / "einclusie_app").rename(folder / name)
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(f"{name}.core.search")
    finally:
        sys.path.remove(str(folder))


def run_size(n: int, reps: int, warmup: int, seed: int, pragmas: list[str] = (),
             baseline=None) -> dict:
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
    vocabulary = _vocabulary_load(searcher)
    other = None
    if baseline is not None:
        other = baseline.Searcher(cat.conn, gaz, open_at=cat.open_at)
    results = {}  # (texts, limit, group) -> list of ms ; ("baseline", texts, limit, group) too
    combos = []
    gc.collect()
    for kind, texts in (("as typed", TEXTS), ("fallback", FALLBACK_TEXTS)):
        for limit in LIMITS:
            for text in texts:
                for pname in [None] + PLACES:
                    q = Query(text=text, place=places.get(pname), km=DEFAULT_KM, limit=limit)
                    group = "no place" if pname is None else "with place"
                    if kind == "fallback":
                        # the fallback's own cost: this text next to the words it searches for
                        mq = Query(text=MEANT[text], place=places.get(pname), km=DEFAULT_KM,
                                   limit=limit)
                        (ms, meant_ms), (nhits, _n) = time_pair((searcher, searcher), (q, mq), reps,
                                                                warmup)
                        results.setdefault(("meant", limit, group), []).extend(meant_ms)
                        results.setdefault(("extra", limit, group), []).extend(
                            a - b for a, b in zip(ms, meant_ms))
                    elif other is None:
                        ms, nhits = time_query(searcher, q, reps, warmup)
                    else:
                        bq = baseline.Query(text=text, place=places.get(pname), km=DEFAULT_KM,
                                            limit=limit)
                        (ms, base_ms), (nhits, base_hits) = time_pair((searcher, other), (q, bq),
                                                                      reps, warmup)
                        # as typed, the other code found enough, or little (where this code
                        # now does more: partial matches)
                        enough = "enough" if base_hits >= FEW_HITS else "little"
                        results.setdefault(("baseline", enough, limit, group), []).extend(base_ms)
                        results.setdefault(("this", enough, limit, group), []).extend(ms)
                    results.setdefault((kind, limit, group), []).extend(ms)
                    combos.append((limit, group, text, pname, statistics.median(ms),
                                   percentile(ms, 95), max(ms), nhits, kind))
    cat.close()
    return {"n": n, "rows": rows, "open_ms": open_ms, "results": results, "combos": combos,
            "bytes": path.stat().st_size, "vocabulary": vocabulary}


def _vocabulary_load(searcher) -> tuple[int, float] | None:
    """(words, ms) of the first load of the typo vocabulary; None for code without one."""
    load = getattr(searcher, "_vocabulary", None)
    if load is None:
        return None
    t = time.perf_counter()
    words = len(load())
    return words, (time.perf_counter() - t) * 1000


def speller_scale(sizes=(20_000, 100_000, 200_000), seed: int = 3) -> list[list]:
    """Build time, size and look-up time of the typo index for made-up vocabularies.

    Words: 4–14 random letters with letter frequencies of Dutch text (so words are as alike
    as real ones), weights 1–1000. Look-ups, two edits allowed as the search does from five
    letters: 200 words of 6+ letters with one letter dropped and 200 with two neighbours
    swapped (one edit each: ``best`` stops there), and every word within two (``near``).
    """
    import random

    from einclusie_app.core.text import TypoIndex

    rng = random.Random(seed)
    letters = "eeeeeeeeeeeennnnnnnaaaaaattttttiiiiirrrrrooooodddddsssslllggghhkkmmvvuuuwwbbpjjczfyx"
    rows = []
    for size in sizes:
        words: dict[str, int] = {}
        while len(words) < size:
            words["".join(rng.choice(letters) for _ in range(rng.randint(4, 14)))] = rng.randint(1, 1000)
        gc.collect()
        t = time.perf_counter()
        index = TypoIndex(words)
        build_ms = (time.perf_counter() - t) * 1000
        sample = rng.sample(sorted(w for w in words if len(w) >= 6), 400)
        typos = [w[:2] + w[3:] for w in sample[:200]] + [w[:1] + w[2] + w[1] + w[3:] for w in sample[200:]]
        for name, look_up in (("best (as the search)", index.best), ("near (all)", index.near)):
            times = []
            for typo in typos:
                t = time.perf_counter()
                look_up(typo, 2)
                times.append((time.perf_counter() - t) * 1000)
            rows.append([f"{size:,}", f"{build_ms:.0f}", name, f"{percentile(times, 50):.3f}",
                         f"{percentile(times, 95):.3f}", f"{max(times):.3f}"])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="search latency on synthetic catalogues")
    ap.add_argument("--sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--reps", type=int, default=15, help="timed runs per query (default 15)")
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--worst", type=int, default=12, help="slowest queries listed per size")
    ap.add_argument("--pragma", action="append", default=[],
                    help="run PRAGMA on the catalogue connection first, e.g. mmap_size=268435456")
    ap.add_argument("--speller", action="store_true",
                    help="also time the typo index alone on 20k-200k made-up words")
    ap.add_argument("--against", metavar="REF",
                    help="also time the search code of this git commit, alternately, in the same run")
    args = ap.parse_args(argv)
    baseline = load_baseline(args.against) if args.against else None

    import sqlite3
    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}; "
          f"{len(TEXTS)} + {len(FALLBACK_TEXTS)} texts x (no place + {len(PLACES)} places) x limits {LIMITS}; "
          f"{args.reps} timed runs each after {args.warmup} warm-up"
          + "".join(f"; PRAGMA {p}" for p in args.pragma)
          + (f"; against {args.against}" if args.against else "")
          + f"; load average {os.getloadavg()[0]:.2f}")
    runs = []
    for n in args.sizes:
        t = time.perf_counter()
        r = run_size(n, args.reps, args.warmup, args.seed, args.pragma, baseline)
        vocabulary = r["vocabulary"]
        print(f"  {n:,} services ({r['rows']:,} search rows, {r['bytes'] / 1e6:.1f} MB): "
              f"gazetteer+searcher load {r['open_ms']:.0f} ms"
              + (f", typo vocabulary {vocabulary[0]:,} words loaded in {vocabulary[1]:.0f} ms"
                 if vocabulary else ", no typo vocabulary in this code")
              + f"; timed in {time.perf_counter() - t:.0f} s", flush=True)
        runs.append(r)

    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    print("\nSearch latency, ms (all timings of the group pooled)\n")
    rows = []
    for kind in ("as typed", "fallback"):
        for r in runs:
            for limit in LIMITS:
                for group in ("no place", "with place"):
                    ms = r["results"][(kind, limit, group)]
                    p95 = percentile(ms, 95)
                    rows.append([kind, f"{r['n']:,}", limit, group, len(ms),
                                 f"{percentile(ms, 50):.2f}", f"{p95:.2f}", f"{max(ms):.2f}",
                                 "yes" if p95 <= GOAL_MS else "NO"])
    print(table(["texts", "services", "limit", "group", "timings", "p50", "p95", "max", "p95 ≤ 10"],
                rows, "lrrlrrrrl"))
    if ("meant", LIMITS[0], "no place") in runs[0]["results"]:
        print("\nThe fallback's own cost: each fallback text next to the words it then searches "
              "for (MEANT), timed alternately; extra = the median of the differences, ms\n")
        rows = []
        for r in runs:
            for limit in LIMITS:
                for group in ("no place", "with place"):
                    res = r["results"]
                    rows.append([f"{r['n']:,}", limit, group,
                                 f"{percentile(res[('fallback', limit, group)], 50):.2f}",
                                 f"{percentile(res[('meant', limit, group)], 50):.2f}",
                                 f"{statistics.median(res[('extra', limit, group)]):.2f}",
                                 f"{percentile(res[('fallback', limit, group)], 95):.2f}",
                                 f"{percentile(res[('meant', limit, group)], 95):.2f}"])
        print(table(["services", "limit", "group", "p50 fallback text", "p50 meant", "extra",
                     "p95 fallback text", "p95 meant"], rows, "rrlrrrrr"))
    if baseline is not None:
        print(f"\nThis code next to {args.against}, timed alternately, the texts as typed: "
              f"those for which {args.against} found {FEW_HITS} or more results (enough), and "
              f"the others (little: this code then also looks for partial matches). "
              f"ms; × = this ÷ {args.against}\n")
        rows = []
        for kind in ("enough", "little"):
            for r in runs:
                for limit in LIMITS:
                    for group in ("no place", "with place"):
                        if ("this", kind, limit, group) not in r["results"]:
                            continue
                        ours = r["results"][("this", kind, limit, group)]
                        theirs = r["results"][("baseline", kind, limit, group)]
                        cells = []
                        for p in (50, 95):
                            a, b = percentile(theirs, p), percentile(ours, p)
                            cells += [f"{a:.2f}", f"{b:.2f}", f"{b / a:.2f}" if a else "-"]
                        rows.append([kind, f"{r['n']:,}", limit, group, *cells])
        print(table(["found", "services", "limit", "group", f"p50 {args.against}", "p50 this", "×",
                     f"p95 {args.against}", "p95 this", "×"], rows, "lrrlrrrrrr"))

    for r in runs if args.worst > 0 else ():
        worst = sorted(r["combos"], key=lambda c: -c[5])[: args.worst]
        print(f"\nSlowest queries at {r['n']:,} services (by p95)\n")
        print(table(["limit", "query", "place", "p50", "p95", "max", "hits", "texts"],
                    [[c[0], repr(c[2]), c[3] or "-", f"{c[4]:.2f}", f"{c[5]:.2f}",
                      f"{c[6]:.2f}", c[7], c[8]] for c in worst], "rllrrrrl"))

    if args.speller:
        print("\nTypo index alone (core.text.TypoIndex), made-up vocabularies\n")
        print(table(["words", "build ms", "look-up", "p50 ms", "p95 ms", "max ms"],
                    speller_scale(), "rrlrrr"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
