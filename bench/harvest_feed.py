"""Harvest of a large HSDS feed: time and peak memory, beside a plain read of the same pages.

For each size ``n`` (default 10,000 and 100,000 synthetic services, ``bench/synthetic.py``):

1. **publish** — the synthetic catalogue (``cached(n)``) is written as a static feed
   (``core/publish.py``, 100 services per page) into a temporary folder;
2. the folder is served by Python's ``http.server`` (a thread, 127.0.0.1, a random port), as
   a municipality could serve it;
3. **baseline** — in a fresh child process: every page fetched over http (``urllib``) and
   parsed with ``json.loads``, nothing kept: the least any reader of this feed does;
4. **harvest** — in a fresh child process: ``catalogue harvest`` of the feed's address into an
   empty data folder (every page read through core/feeds.py, every service converted,
   checked against the real gazetteer, written as a TOML file); then **again** (nothing
   changed: every file compared, none written).

Figures: wall-clock seconds, services per second, and the child's peak resident memory
(``VmHWM`` of ``/proc/self/status``: Linux), with the load average of the machine when the run started. Everything is
written to a temporary folder and removed afterwards.

Run from the repository root:  .venv/bin/python -m bench.harvest_feed  [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import REPO, table  # noqa: E402

CHILD = r"""
import json, sys, time, datetime as dt, urllib.request
mode, url, into, pages = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
t = time.perf_counter()
if mode == "baseline":
    n = 0
    for page in range(1, pages + 1):
        with urllib.request.urlopen(f"{url}/services/page/{page}.json") as resp:
            n += len(json.loads(resp.read())["contents"])
    out = {"services": n}
else:
    from einclusie_app.core.catalogue import Catalogue
    from einclusie_app.core.harvest import harvest, reader_for
    from einclusie_app.core.infer import guesser_of
    from einclusie_app.core.paths import shipped_catalogue
    cat = Catalogue(shipped_catalogue())
    [rep] = harvest([reader_for(url)], into, today=dt.date(2026, 12, 6),
                    gazetteer=cat.gazetteer, guesser=guesser_of(cat))
    out = {"added": len(rep.added), "unchanged": len(rep.unchanged),
           "refused": len(rep.refused), "conflicts": len(rep.conflicts),
           "why": rep.refused_source or (str(rep.refused[0]) if rep.refused else "")}
out["seconds"] = time.perf_counter() - t
# VmHWM: the peak of this process since it started (ru_maxrss would count the parent's pages
# from before exec on Linux)
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        out["peak_mb"] = int(line.split()[1]) / 1024
print(json.dumps(out))
"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def child(mode: str, url: str, into: Path, pages: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", CHILD, mode, url, str(into), str(pages)],
                         capture_output=True, text=True, env=env, cwd=REPO)
    if out.returncode:
        raise SystemExit(f"{mode} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(n: int, work: Path) -> list[list]:
    from bench import synthetic
    from einclusie_app.core.catalogue import Catalogue
    from einclusie_app.core.publish import publish

    path = synthetic.cached(n)
    feed = work / f"feed-{n}"
    cat = Catalogue(path)
    t = time.perf_counter()
    info = publish(cat, feed)
    publish_s = time.perf_counter() - t
    cat.close()
    size = sum(p.stat().st_size for p in feed.rglob("*") if p.is_file())
    print(f"  published {info.services:,} services on {info.pages:,} pages "
          f"({size / 1e6:.0f} MB) in {publish_s:.1f} s", flush=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Quiet, directory=str(feed)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    rows = []
    try:
        base = child("baseline", url, work / "unused", info.pages)
        rows.append([n, "baseline: fetch + json.loads every page", f"{base['seconds']:.1f}",
                     f"{n / base['seconds']:,.0f}", f"{base['peak_mb']:.0f}", ""])
        into = work / f"data-{n}"
        first = child("harvest", url, into, info.pages)
        rows.append([n, "harvest into an empty folder", f"{first['seconds']:.1f}",
                     f"{n / first['seconds']:,.0f}", f"{first['peak_mb']:.0f}",
                     f"{first['added']:,} added, {first['refused']} refused {first['why'][:60]}"])
        again = child("harvest", url, into, info.pages)
        rows.append([n, "the same harvest again", f"{again['seconds']:.1f}",
                     f"{n / again['seconds']:,.0f}", f"{again['peak_mb']:.0f}",
                     f"{again['unchanged']:,} unchanged"])
    finally:
        server.shutdown()
        server.server_close()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[10000, 100000])
    args = ap.parse_args(argv)
    load = os.getloadavg()
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
          f"({os.cpu_count()} cores)", flush=True)
    work = Path(tempfile.mkdtemp(prefix="einclusie-harvest-bench-"))
    rows = []
    try:
        for n in args.sizes:
            rows += run(n, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(table(["services", "step", "seconds", "services/s", "peak MB", "result"], rows))
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
