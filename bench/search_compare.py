"""Does a prototype search give the same results as core/search.py? (bench only)

For every query of bench/search_latency.py (texts x no place / places x limits) it compares the
list of service ids, the tiers, and the shown distances of ``einclusie_app.core.search`` with
those of another module (default bench/search_proto.py).

Run from the repository root:  .venv/bin/python -m bench.search_compare [--sizes 1000 10000]
    [--impl bench/search_proto.py] [--catalogue PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import synthetic  # noqa: E402
from bench._common import BENCH_DIR, table  # noqa: E402
from bench.search_latency import LIMITS, PLACES, TEXTS, load_searcher  # noqa: E402
from einclusie_app.core.catalogue import Catalogue  # noqa: E402
from einclusie_app.core.search import Query  # noqa: E402


def compare(path: Path, impl: str, rank: str | None = None) -> list:
    cat = Catalogue(path)
    ref, new = cat.searcher, load_searcher(cat, impl)
    if rank:
        sys.modules[type(new).__module__].RANK = rank
    places = {p: cat.gazetteer.resolve(p).place for p in PLACES}
    same = same_set = differ = 0
    worst_m = 0.0
    examples = []
    for limit in LIMITS:
        for text in TEXTS:
            for pname in [None] + PLACES:
                q = Query(text=text, place=places.get(pname), limit=limit)
                a, b = ref.search(q), new.search(q)
                ida, idb = [h.service_id for h in a], [h.service_id for h in b]
                if ida == idb:
                    same += 1
                elif set(ida) == set(idb):
                    same_set += 1
                else:
                    differ += 1
                    if len(examples) < 8:
                        k = next((i for i, (x, y) in enumerate(zip(ida, idb)) if x != y),
                                 min(len(ida), len(idb)))
                        examples.append(f"{text!r} near {pname} limit {limit}: {len(ida)} vs "
                                        f"{len(idb)} hits, first difference at #{k + 1}")
                da = {h.service_id: h.distance_km for h in a}
                for h in b:
                    d = da.get(h.service_id)
                    if d is not None and h.distance_km is not None:
                        worst_m = max(worst_m, abs(d - h.distance_km) * 1000)
    cat.close()
    return [same, same_set, differ, f"{worst_m:.1f}", examples]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="compare a prototype search with core/search.py")
    ap.add_argument("--sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--impl", default=str(BENCH_DIR / "search_proto.py"))
    ap.add_argument("--proto-index", action="store_true",
                    help="use the synthetic catalogues built with fine grid tokens")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rank", choices=["flat", "haversine"],
                    help="set the prototype's RANK (haversine: rank as core does, to check the rest)")
    args = ap.parse_args(argv)
    rows = []
    for n in args.sizes:
        path = synthetic.cached(n, args.seed, proto_index=args.proto_index)
        same, same_set, differ, worst, examples = compare(path, args.impl, args.rank)
        rows.append([f"{n:,}", same, same_set, differ, worst])
        for e in examples:
            print("  differs:", e)
    print()
    print(table(["services", "same list", "same set, other order", "different", "max |Δ distance| m"],
                rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
