"""The installable bundle: its size (and the share of Qt, ICU, Python and our data), and its
start-up next to a bare PySide6 window bundled the same way, cold and warm, with peak memory.

    make dist                              # builds dist/einclusie first
    .venv/bin/python -m bench.bundle [-n 8] [--no-cold]

Cold runs drop the page cache first (needs root; without it they are skipped). Both bundles
are started with QT_QPA_PLATFORM=offscreen and report, through EINCLUSIE_STARTUP_PROBE, the
moment the first window was painted (ours also when the first results were shown) and the
peak RSS. Goals: onedir ≤ 120 MB; first window ≤ 1.5× the bare bundle; memory ≤ 1.5×.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OURS = ROOT / "dist" / "einclusie"
BARE_WORK = ROOT / "bench" / "out" / "bare-bundle"
BARE = BARE_WORK / "dist" / "bare"


def build_bare() -> None:
    """PyInstaller onedir of bench/_bare_window.py with build.spec's options (strip, no UPX,
    the same excluded modules and Qt translations)."""
    if (BARE / "bare").is_file():
        return
    BARE_WORK.mkdir(parents=True, exist_ok=True)
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    spec = spec.replace('[str(ROOT / "einclusie_app" / "__main__.py")]',
                        f'[{str(ROOT / "bench" / "_bare_window.py")!r}]')
    spec = re.sub(r"datas=data_files\(\)[^,]*,", "datas=[],", spec)
    spec = re.sub(r"hiddenimports=\[[^\]]*\],", "hiddenimports=[],", spec, flags=re.S)
    spec = spec.replace('name="einclusie", console=False', 'name="bare", console=True')
    spec = spec.replace('name="einclusie", strip', 'name="bare", strip')
    spec = spec.replace("ROOT = Path(SPECPATH)", f"ROOT = Path({str(ROOT)!r})")
    (BARE_WORK / "bare.spec").write_text(spec, encoding="utf-8")
    subprocess.run([str(ROOT / ".venv" / "bin" / "pyinstaller"), "--noconfirm", "--log-level",
                    "WARN", "--distpath", str(BARE_WORK / "dist"), "--workpath",
                    str(BARE_WORK / "build"), str(BARE_WORK / "bare.spec")], check=True)


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def shares(bundle: Path) -> list[tuple[str, int]]:
    internal = bundle / "_internal"
    groups = {"ICU (Unicode data for Qt)": 0, "Qt libraries and plugins": 0,
              "PySide6 bindings": 0, "Python": 0, "cryptography (update signatures)": 0,
              "our data (resources/)": 0, "other system libraries": 0, "executables": 0}
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
    return sorted(groups.items(), key=lambda kv: -kv[1])


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
           "XDG_CONFIG_HOME": str(home / "config")}
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=8, help="warm runs of each (default 8)")
    ap.add_argument("--no-cold", action="store_true")
    args = ap.parse_args(argv)
    if not (OURS / "einclusie").is_file():
        raise SystemExit("dist/einclusie is missing: run make dist first")
    build_bare()
    mib = 1024 * 1024
    print(f"Bundle size (dist/einclusie, apparent): {tree_size(OURS) / mib:.1f} MiB "
          f"(goal ≤ 120 MB); bare window bundled the same way: {tree_size(BARE) / mib:.1f} MiB\n")
    total = tree_size(OURS)
    print("| part | MiB | share |\n|---|---:|---:|")
    for name, size in shares(OURS):
        print(f"| {name} | {size / mib:.1f} | {100 * size / total:.0f} % |")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        runs = {"bare": [], "ours": []}
        cold = {"bare": [], "ours": []}
        exes = {"bare": BARE / "bare", "ours": OURS / "einclusie"}
        can_drop = not args.no_cold and drop_caches()
        if can_drop:
            for _ in range(3):
                for name, exe in exes.items():
                    drop_caches()
                    cold[name].append(spawn(exe, home))
        for name, exe in exes.items():   # warm-up
            spawn(exe, home)
        for _ in range(args.n):
            for name, exe in exes.items():
                runs[name].append(spawn(exe, home))

    def med(rows, mark, i=0):
        vals = [r[mark][i] for r in rows if mark in r]
        return statistics.median(vals) if vals else float("nan")

    print("\nStart-up, median ms from spawn (peak RSS MiB)\n")
    print("| | first window painted | × bare | first results | peak RSS MiB | × bare |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, data in (("warm", runs), ("cold", cold)):
        if not data["bare"]:
            continue
        bp, op = med(data["bare"], "painted"), med(data["ours"], "painted")
        brss = med(data["bare"], "painted", 1)
        orss = max(med(data["ours"], "results", 1), med(data["ours"], "painted", 1))
        print(f"| bare, {label} | {bp:.0f} | 1.00 | – | {brss:.1f} | 1.00 |")
        print(f"| ours, {label} | {op:.0f} | {op / bp:.2f} | {med(data['ours'], 'results'):.0f} "
              f"| {orss:.1f} | {orss / brss:.2f} |")
    print(f"\nours, peak RSS at the first paint (warm): {med(runs['ours'], 'painted', 1):.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
