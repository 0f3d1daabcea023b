"""Merge the translation sources after a git merge that conflicts in resources/translations.

Both sides of a merge add strings (and their Dutch and French translations) to the same .ts
files, and git cannot merge XML. This takes our side, lets pyside6-lupdate add every string the
merged code has (and drop those it lost), then fills each string still untranslated with the
other side's translation, and lets lupdate write the file in its own layout again.

    python tools/merge_ts.py            # during a merge with conflicts in the .ts files
    python tools/merge_ts.py --theirs REV   # or: take the missing translations from REV
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"


def _key(context: str, m: ET.Element) -> tuple[str, str, str]:
    return context, m.findtext("source") or "", m.findtext("comment") or ""


def _translations(xml: str) -> dict[tuple[str, str, str], ET.Element]:
    out = {}
    for context in ET.fromstring(xml).iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if (t.text or "").strip() or len(t):
                out[_key(name, m)] = t
    return out


def _git_show(spec: str) -> str:
    return subprocess.run(["git", "show", spec], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout


def _lupdate(ts: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "einclusie_app").rglob("*.py"))
    subprocess.run([str(tool), "-no-obsolete", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)


def merge(ts: Path, ours: str, theirs: str) -> int:
    ts.write_text(ours, encoding="utf-8")
    _lupdate(ts)
    known = {**_translations(theirs), **_translations(ours)}
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") != "unfinished":
                continue
            other = known.get(_key(name, m))
            if other is None:
                continue
            m.remove(t)
            m.append(other)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    _lupdate(ts)
    return filled


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--theirs", default=None, help="a revision to take translations from "
                                                   "(default: the merge's other side, stage 3)")
    args = p.parse_args()
    for ts in sorted(TS_DIR.glob("einclusie_*.ts")):
        rel = ts.relative_to(ROOT).as_posix()
        if args.theirs:
            ours, theirs = ts.read_text(encoding="utf-8"), _git_show(f"{args.theirs}:{rel}")
        else:
            ours, theirs = _git_show(f":2:{rel}"), _git_show(f":3:{rel}")
        n = merge(ts, ours, theirs)
        print(f"{rel}: {n} translation(s) taken from the other side")
    return 0


if __name__ == "__main__":
    sys.exit(main())
