"""A catalogue read on another thread is never closed under its feet.

The window reads a catalogue's words ahead on its worker thread; a catalogue replaced
meanwhile (a reload, a language switch) is closed on the GUI thread. SQLite ends a query on a
closed connection in a crash, not an error: close() must wait for that work."""

from __future__ import annotations

import threading
import time

import pytest

from einclusie_app.core.catalogue import Catalogue, CatalogueError


def test_close_waits_for_work_in_use_and_later_work_is_refused(catalogue_file):
    cat = Catalogue(catalogue_file)
    inside, release, order = threading.Event(), threading.Event(), []

    def work():
        with cat.in_use():
            inside.set()
            release.wait(5)
            order.append(("work", cat.conn.execute("SELECT count(*) FROM service").fetchone()[0]))

    t = threading.Thread(target=work)
    t.start()
    assert inside.wait(5)
    closer = threading.Thread(target=lambda: (cat.close(), order.append(("closed", None))))
    closer.start()
    time.sleep(0.1)
    assert order == []            # close() is waiting for the work
    release.set()
    t.join(5)
    closer.join(5)
    assert [o[0] for o in order] == ["work", "closed"] and order[0][1] > 100
    with pytest.raises(CatalogueError):
        with cat.in_use():
            pass
