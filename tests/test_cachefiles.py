"""Leftover half-built merged catalogues are removed at open, never a build in progress."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from einclusie_app.core.cachefiles import SAFE_AGE, clean_leftovers

ROOT = Path(__file__).resolve().parents[1]

KILLED_BUILD = textwrap.dedent("""
    import os, sys
    from dataclasses import replace
    from pathlib import Path
    import einclusie_app.core.build as build
    from einclusie_app.core.localstore import LocalStore
    from einclusie_app.core.overlay import Workspace

    shipped, folder, cache = map(Path, sys.argv[1:4])
    real = build._insert_search

    def die(*args, **kwargs):          # killed in the middle of writing the merged file
        real(*args, **kwargs)
        os._exit(9)

    build._insert_search = die
    import einclusie_app.core.merged as merged
    real_put = merged._put_in

    def die_applying(*args, **kwargs):   # killed while the first local record is applied
        real_put(*args, **kwargs)
        os._exit(9)

    merged._put_in = die_applying
    store = LocalStore(folder, counter="kill")
    ws = Workspace(shipped, store, cache)
    r = ws.record("card-stop")
    ws.save(replace(r, alert="killed while building"))
    ws.catalogue_path()
""")


def test_a_killed_build_leaves_a_file_that_is_cleaned_once_it_is_old(tmp_path, catalogue_file):
    cache = tmp_path / "cache"
    proc = subprocess.run([sys.executable, "-c", KILLED_BUILD, str(catalogue_file),
                           str(tmp_path / "store"), str(cache)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 9, proc.stderr
    left = sorted(p for p in cache.iterdir() if ".tmp" in p.name)
    [main] = [p for p in left if p.name.endswith(".tmp")]
    assert main.stat().st_size > 100_000
    assert clean_leftovers(cache) == []                      # young: maybe a build running
    assert main.exists()
    later = time.time() + SAFE_AGE + 1
    assert sorted(clean_leftovers(cache, now=later)) == left
    assert not any(p.exists() for p in left)


def test_only_leftovers_are_removed(tmp_path):
    keep = ["merged-0123abcd.sqlite", "merged-0123abcd.problems.json", "notes.tmp.building",
            "catalogue.sqlite"]
    gone = ["merged-0123abcd.4242.tmp.building", "merged-0123abcd.4242.tmp",
            "merged-0123abcd-2.sqlite.4242.tmp", "merged-0123abcd-2.sqlite.4242.tmp.building",
            "merged-0123abcd-2.sqlite.4242.tmp-wal"]
    keep += ["merged-0123abcd-2.sqlite", "merged-0123abcd-2.sqlite-wal"]
    for name in keep + gone:
        (tmp_path / name).write_bytes(b"x")
        old = time.time() - SAFE_AGE - 10
        os.utime(tmp_path / name, (old, old))
    assert sorted(p.name for p in clean_leftovers(tmp_path)) == sorted(gone)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(keep)
    assert clean_leftovers(tmp_path / "does-not-exist") == []
