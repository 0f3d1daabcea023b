"""Leftovers in the cache folder: half-built merged catalogues of a program that was killed.

The merged catalogue (core/merged.py) is made as ``merged-<key>-<gen>.sqlite.<pid>.tmp`` (a
full build first writes ``….tmp.building``, core/build.py; the first local record copies the
shipped file there, with its ``-wal``/``-shm`` files while it is applied) and then renamed to
``merged-<key>-<gen>.sqlite`` (older programs: ``merged-<key>.<pid>.tmp[.building]``). A
program killed in between leaves these behind, up to tens of MB each, and nothing ever
removed them. :func:`clean_leftovers` does, at open: only files of that shape, and only when
they have not been written to for :data:`SAFE_AGE` seconds, so that a build another program
(or another window) is running right now is never touched. The cache is derived data: nothing
in it is needed to rebuild it.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

__all__ = ["SAFE_AGE", "clean_leftovers"]

#: A build writes its file continuously; one untouched for an hour is no build in progress
#: (the merged build of 100,000 records takes well under a minute).
SAFE_AGE = 3600.0

_LEFTOVER = re.compile(r"^merged-[0-9a-f]+(-\d+\.sqlite)?\.\d+\.tmp"
                       r"(\.building|-wal|-shm|-journal)?$")


def clean_leftovers(cache_dir: Path, older_than: float = SAFE_AGE,
                    now: float | None = None) -> list[Path]:
    """Remove ``merged-*.tmp.building`` and ``merged-*.tmp`` files in ``cache_dir`` not written
    to for ``older_than`` seconds; returns the files removed. Never raises: a file another
    program holds open (Windows) or a folder that does not exist is left for next time."""
    folder = Path(cache_dir)
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if _LEFTOVER.match(p.name)]
    except OSError:
        return removed
    for p in candidates:
        try:
            if now - p.stat().st_mtime < older_than or not p.is_file():
                continue
            p.unlink()
        except OSError:
            continue
        removed.append(p)
    return removed
