"""Start-up time and peak memory: our window next to a bare PySide6 window, in the same run.

Each start is a fresh interpreter (``sys.executable bench/_startup_child.py``) with
``QT_QPA_PLATFORM=offscreen``. The parent passes its ``time.time()`` taken just before the
spawn; the child reports seconds since then at these marks:

- interp: first line of Python ran (interpreter start-up)
- imports: PySide6 (and, for ours, einclusie_app.gui.main_window) imported
- app / window / shown: QApplication made / window constructed / show() returned
- painted: the first paint pass of the window is over (same event filter in both)
- ours only: loaded (load_catalogue returned: catalogue open, gazetteer, first search; the
  program starts it from the end of the first paint) and results_shown (the paint after it
  is over)

plus ``ru_maxrss`` at exit (after the catalogue loaded, for ours). Runs alternate
bare/ours; one unmeasured warm-up pair first (disk cache, .pyc). Goals: first window ≤ 1.5×
the bare window; peak memory ≤ 1.5× the bare window.

``--importtime`` prints the slowest imports of ours (python -X importtime).

Run from the repository root:  .venv/bin/python -m bench.startup  [-n 10]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import BENCH_DIR, OUT_DIR, REPO, table  # noqa: E402

CHILD = BENCH_DIR / "_startup_child.py"
SHIPPED = REPO / "resources" / "catalogue" / "catalogue.sqlite"
MARKS = ("interp", "imports", "app", "window", "shown", "painted", "loaded", "results_shown")
GOAL = 1.5


def catalogue_path(tmp: Path) -> tuple[Path, str]:
    if SHIPPED.is_file():
        return SHIPPED, "shipped catalogue"
    from einclusie_app.core.build import build_from_data

    out = tmp / "catalogue.sqlite"
    build_from_data(out)
    return out, "built from data/ into a temp file (no shipped catalogue found)"


def child_env(pyc: bool) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    if pyc:
        # As an installed program: compiled .pyc files exist. They go to bench/out/pycache, so
        # nothing is written beside the sources (PYTHONDONTWRITEBYTECODE may be set here).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(OUT_DIR / "pycache")
    return env


def spawn(mode: str, catalogue: Path, pyc: bool = True) -> dict:
    env = child_env(pyc)
    t0 = time.time()
    proc = subprocess.run([sys.executable, str(CHILD), mode, repr(t0), str(catalogue)],
                          env=env, capture_output=True, text=True, timeout=60, cwd=REPO)
    wall = time.time() - t0
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{mode} run failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    out = json.loads(lines[-1])
    out["exit"] = wall
    return out


def importtime(top: int, pyc: bool = True) -> str:
    env = child_env(pyc)
    rows = []
    for label, stmt in (("bare", "import PySide6.QtWidgets"),
                        ("ours", "import einclusie_app.gui.main_window")):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-c", stmt], env=env,
                              capture_output=True, text=True, cwd=REPO)
        for line in proc.stderr.splitlines():
            if not line.startswith("import time:") or "cumulative" in line:
                continue
            parts = line.split("|")
            self_us, cum_us = int(parts[0].split(":")[1]), int(parts[1])
            rows.append((label, cum_us, self_us, parts[2][1:]))
    ours = sorted((r for r in rows if r[0] == "ours"), key=lambda r: -r[1])
    total = {lab: max((r[1] for r in rows if r[0] == lab and not r[3].startswith(" ")), default=0)
             for lab in ("bare", "ours")}
    out = ["Slowest imports of `import einclusie_app.gui.main_window` (cumulative µs; one run):\n"]
    out.append(table(["module", "cumulative ms", "self ms"],
                     [[r[3].rstrip(), f"{r[1] / 1000:.1f}", f"{r[2] / 1000:.1f}"] for r in ours[:top]],
                     "lrr"))
    out.append(f"\nTop-level: bare `import PySide6.QtWidgets` {total['bare'] / 1000:.0f} ms, "
               f"ours {total['ours'] / 1000:.0f} ms")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="start-up time and memory vs a bare PySide6 window")
    ap.add_argument("-n", type=int, default=10, help="measured runs of each (default 10)")
    ap.add_argument("--importtime", action="store_true", help="list the slowest imports of ours")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--no-pyc", action="store_true",
                    help="run the children with the inherited environment (PYTHONDONTWRITEBYTECODE "
                         "may be set: every module is compiled from source at each start)")
    args = ap.parse_args(argv)
    pyc = not args.no_pyc

    modes = ["bare", "ours"]
    with tempfile.TemporaryDirectory() as tmp:
        cat, how = catalogue_path(Path(tmp))
        print(f"Python {sys.version.split()[0]}; catalogue: {cat} ({how}); {args.n} runs each, "
              f"alternating {'/'.join(modes)} after one warm-up round; "
              f"{'.pyc cached in bench/out/pycache' if pyc else 'inherited environment (PYTHONDONTWRITEBYTECODE=' + os.environ.get('PYTHONDONTWRITEBYTECODE', '') + ')'}; "
              f"load average {os.getloadavg()[0]:.2f}", flush=True)
        for mode in modes:
            spawn(mode, cat, pyc)
        runs = {m: [] for m in modes}
        for _ in range(args.n):
            for mode in modes:
                runs[mode].append(spawn(mode, cat, pyc))
        print(f"load average at the end {os.getloadavg()[0]:.2f}")

    print("\nSeconds from spawn to each mark (median / min)\n")
    rows = []
    for mark in MARKS + ("exit",):
        row = [mark]
        for mode in modes:
            vals = [r[mark] for r in runs[mode] if mark in r]
            row.append(f"{statistics.median(vals) * 1000:.0f} / {min(vals) * 1000:.0f}" if vals else "-")
        rows.append(row)
    print(table(["mark (ms)"] + modes, rows, "l" + "r" * len(modes)))

    def med(mode, key):
        return statistics.median(r[key] for r in runs[mode])

    print("\nSummary\n")
    srows = []
    b_paint, b_mem = med("bare", "painted"), med("bare", "maxrss_kib")
    for mode in modes:
        paint, mem = med(mode, "painted"), med(mode, "maxrss_kib")
        mn = min(r["painted"] for r in runs[mode])
        srows.append([mode, f"{paint * 1000:.0f}", f"{mn * 1000:.0f}", f"{paint / b_paint:.2f}",
                      f"{med(mode, 'results_shown') * 1000:.0f}" if mode != "bare" else "-",
                      f"{mem / 1024:.1f}", f"{min(r['maxrss_kib'] for r in runs[mode]) / 1024:.1f}",
                      f"{mem / b_mem:.2f}"])
    print(table(["run", "first paint median ms", "min ms", "× bare", "results shown ms",
                 "peak RSS median MiB", "min MiB", "× bare"], srows, "lrrrrrrr"))
    print("\nPeak RSS (ru_maxrss) when the first paint was over, median MiB: "
          + ", ".join(f"{m} {med(m, 'rss_painted_kib') / 1024:.1f}" for m in modes))
    for mode in modes[1:]:
        before = sum(1 for r in runs[mode] if r.get("loaded_before_paint"))
        print(f"\n{mode}: load_catalogue ran before the first paint in {before} of {len(runs[mode])} "
              f"runs; results in the first search: {runs[mode][0].get('results')}")
        paint_ok = med(mode, "painted") / b_paint <= GOAL
        mem_ok = med(mode, "maxrss_kib") / b_mem <= GOAL
        print(f"{mode}: goal first window ≤ {GOAL}× bare: {'met' if paint_ok else 'MISSED'}; "
              f"peak memory ≤ {GOAL}× bare: {'met' if mem_ok else 'MISSED'}")
    if args.importtime:
        print()
        print(importtime(args.top, pyc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
