"""The installable bundle: its size (and the share of Qt, ICU, Python and our data), and its
start-up next to a bare PySide6 window bundled and slimmed the same way, cold and warm, with
peak memory.

    make dist                              # builds dist/einclusie first
    .venv/bin/python -m bench.bundle [-n 8] [--no-cold] [--before OURS_DIR BARE_DIR]

The bare bundle is bench/_bare_window.py built with build.spec itself (the same excluded
modules and plugins, Qt translations, stripping, library closure and ICU data), only without our
program, data and hidden imports; it is rebuilt when build.spec, packaging/linux/slim.py or the
bare window change. ``--before`` adds two earlier bundles (e.g. copies of dist/einclusie and of
the bare bundle made before a change) to the same run, so before and after are measured under
the same load.

Cold runs drop the page cache first (needs root; without it they are skipped). The bundles are
started with QT_QPA_PLATFORM=offscreen and report, through EINCLUSIE_STARTUP_PROBE, the moment
the first window was painted (ours also when the first results were shown) and the peak RSS.
Goals: onedir ≤ 120 MB; first window ≤ 1.5× the bare bundle; memory ≤ 1.5×.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):   # `python bench/bundle.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OURS = ROOT / "dist" / "einclusie"
BARE_WORK = ROOT / "bench" / "out" / "bare-bundle"
BARE = BARE_WORK / "dist" / "bare"
GOAL_MB = 120
MIB = 1024 * 1024

#: The files the bare bundle is made from; a change in any of them rebuilds it.
BARE_INPUTS = (ROOT / "build.spec", ROOT / "packaging" / "linux" / "slim.py",
               ROOT / "bench" / "_bare_window.py")


def _bare_spec() -> str:
    """build.spec, with the bare window as the program and nothing of ours."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    # (text, replacement, how often build.spec has it)
    edits = [
        ('[str(ROOT / "einclusie_app" / "__main__.py")]',
         f'[{str(ROOT / "bench" / "_bare_window.py")!r}]', 1),
        (r"datas=data_files\(\)[^,]*,", "datas=[],", 1),
        (r"hiddenimports=\[[^\]]*\],", "hiddenimports=[],", 1),
        ('name="einclusie", console=False', 'name="bare", console=True', 1),
        ('name="einclusie", strip', 'name="bare", strip', 2),    # COLLECT, Windows and not
        ("ROOT = Path(SPECPATH)", f"ROOT = Path({str(ROOT)!r})", 1),
    ]
    for old, new, count in edits:
        regex = old.startswith(("datas", "hiddenimports"))
        spec, n = re.subn(old if regex else re.escape(old), lambda _m, new=new: new, spec,
                          flags=re.S)
        if n != count:
            raise SystemExit(f"bench/bundle.py: build.spec changed; {old!r} is there {n} times, "
                             f"not {count}: cannot make the bare bundle from it")
    return spec


def build_bare() -> None:
    """PyInstaller onedir of bench/_bare_window.py made with build.spec (see the docstring)."""
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in BARE_INPUTS)).hexdigest()[:16]
    stamp = BARE_WORK / "inputs.digest"
    if (BARE / "bare").is_file() and stamp.is_file() and stamp.read_text() == digest:
        return
    BARE_WORK.mkdir(parents=True, exist_ok=True)
    (BARE_WORK / "bare.spec").write_text(_bare_spec(), encoding="utf-8")
    subprocess.run([str(ROOT / ".venv" / "bin" / "pyinstaller"), "--noconfirm", "--log-level",
                    "WARN", "--distpath", str(BARE_WORK / "dist"), "--workpath",
                    str(BARE_WORK / "build"), str(BARE_WORK / "bare.spec")], check=True)
    stamp.write_text(digest)


def tree_size(path: Path) -> int:
    """Bytes of the regular files (symbolic links count as nothing)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


PARTS = ("ICU (Unicode data for Qt)", "Qt libraries and plugins", "PySide6 bindings", "Python",
         "cryptography (update signatures)", "our data (resources/)", "other system libraries",
         "executables")


def shares(bundle: Path) -> dict[str, int]:
    groups = dict.fromkeys(PARTS, 0)
    for p in bundle.rglob("*"):
        if not p.is_file() or p.is_symlink():
            continue
        rel = p.relative_to(bundle).as_posix()
        size = p.stat().st_size
        if not rel.startswith("_internal/"):
            groups["executables"] += size
        elif "libicu" in p.name:
            groups["ICU (Unicode data for Qt)"] += size
        elif rel.startswith("_internal/PySide6/Qt/"):
            groups["Qt libraries and plugins"] += size
        elif rel.startswith(("_internal/PySide6/", "_internal/shiboken6/")):
            groups["PySide6 bindings"] += size
        elif rel.startswith("_internal/resources/"):
            groups["our data (resources/)"] += size
        elif rel.startswith("_internal/cryptography"):
            groups["cryptography (update signatures)"] += size
        elif ("python3" in rel or p.name == "base_library.zip" or "libpython" in p.name):
            groups["Python"] += size
        else:
            groups["other system libraries"] += size
    return groups


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def spawn(exe: Path, home: Path) -> dict:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_CONFIG_HOME": str(home / "config"), "LANG": "C.UTF-8"}
    t0 = time.time()
    env["EINCLUSIE_STARTUP_PROBE"] = repr(t0)
    proc = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=120)
    marks = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            m = json.loads(line)
            marks[m["mark"]] = ((m["t"] - t0) * 1000, m["rss_mib"])
    if "painted" not in marks:
        raise SystemExit(f"{exe} gave no marks:\n{proc.stdout}\n{proc.stderr}")
    return marks


def _exe(bundle: Path) -> Path:
    for name in ("einclusie", "bare"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"{bundle}: no executable einclusie or bare")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=8, help="warm runs of each (default 8)")
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--cold-runs", type=int, default=3, help="cold runs of each (default 3)")
    ap.add_argument("--before", nargs=2, type=Path, metavar=("OURS_DIR", "BARE_DIR"),
                    help="two earlier bundles to measure in the same run")
    args = ap.parse_args(argv)
    if not (OURS / "einclusie").is_file():
        raise SystemExit("dist/einclusie is missing: run make dist first")
    build_bare()
    print(f"load average at the start {os.getloadavg()[0]:.2f}\n")

    # Generations: (label suffix, ours, bare); "× bare" compares within a generation.
    gens = [("", OURS, BARE)]
    if args.before:
        gens.append((" (before)", args.before[0], args.before[1]))
    bundles = {}
    for suffix, ours, bare in gens:
        bundles["ours" + suffix] = ours
        bundles["bare" + suffix] = bare

    print(f"Size, apparent (goal ≤ {GOAL_MB} MB = {GOAL_MB * 1e6 / MIB:.1f} MiB)\n")
    sizes = {label: tree_size(path) for label, path in bundles.items()}
    print(table(["", *bundles, "goal"],
                [["MiB", *(f"{s / MIB:.1f}" for s in sizes.values()), f"{GOAL_MB * 1e6 / MIB:.1f}"],
                 ["MB", *(f"{s / 1e6:.1f}" for s in sizes.values()), f"{GOAL_MB}"],
                 ["≤ goal", *("yes" if s <= GOAL_MB * 1e6 else "**no**" for s in sizes.values()),
                  ""]]))
    parts = {label: shares(path) for label, path in bundles.items()}
    print("\nBy part, MiB\n")
    print(table(["part", *bundles],
                [[part, *(f"{parts[label][part] / MIB:.1f}" for label in bundles)]
                 for part in PARTS]))

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        exes = {label: _exe(path) for label, path in bundles.items()}
        warm = {label: [] for label in exes}
        cold = {label: [] for label in exes}
        if not args.no_cold and drop_caches():
            for _ in range(args.cold_runs):
                for label, exe in exes.items():
                    drop_caches()
                    cold[label].append(spawn(exe, home))
        for exe in exes.values():   # warm-up
            spawn(exe, home)
        for _ in range(args.n):
            for label, exe in exes.items():
                warm[label].append(spawn(exe, home))

    def med(rows, mark, i=0):
        vals = [r[mark][i] for r in rows if mark in r]
        return statistics.median(vals) if vals else float("nan")

    print(f"\nStart-up, medians (ms from spawn; peak RSS MiB); {args.n} warm and "
          f"{len(next(iter(cold.values())))} cold runs of each\n")
    rows = []
    for kind, data in (("warm", warm), ("cold", cold)):
        if not any(data.values()):
            continue
        for suffix, _ours, _bare in gens:
            b, o = data["bare" + suffix], data["ours" + suffix]
            bp, op = med(b, "painted"), med(o, "painted")
            brss = med(b, "painted", 1)
            orss_paint = med(o, "painted", 1)
            orss = max(med(o, "results", 1), orss_paint)
            rows.append([f"bare{suffix}, {kind}", f"{bp:.0f}", "1.00", "–", f"{brss:.1f}",
                         f"{brss:.1f}", "1.00"])
            rows.append([f"ours{suffix}, {kind}", f"{op:.0f}", f"{op / bp:.2f}",
                         f"{med(o, 'results'):.0f}", f"{orss_paint:.1f}", f"{orss:.1f}",
                         f"{orss / brss:.2f}"])
    print(table(["", "first window painted", "× bare", "first results",
                 "RSS at first paint", "peak RSS", "× bare"], rows))
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
