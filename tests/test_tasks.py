"""The one way off the GUI thread (gui/tasks.py): work runs on the worker, its result or its
error comes back on the GUI thread, in order, with progress; the GUI thread is never blocked."""

from __future__ import annotations

import threading
import time

from einclusie_app.gui.tasks import Tasks


def test_result_and_error_come_back_on_the_gui_thread_in_order(qtbot):
    tasks = Tasks()
    gui = threading.get_ident()
    seen = []

    def work(n):
        def run():
            assert threading.get_ident() != gui
            time.sleep(0.01)
            if n == 2:
                raise ValueError("two")
            return n
        return run

    for n in range(4):
        tasks.run(work(n), lambda r: seen.append(("done", r, threading.get_ident() == gui)),
                  lambda e: seen.append(("failed", str(e), threading.get_ident() == gui)))
    assert tasks.busy()
    with qtbot.waitSignal(tasks.idle, timeout=5000):
        pass
    assert seen == [("done", 0, True), ("done", 1, True), ("failed", "two", True),
                    ("done", 3, True)]
    assert not tasks.busy()


def test_one_worker_thread_keeps_its_identity(qtbot):
    tasks = Tasks()
    threads = []
    for _ in range(3):
        tasks.run(lambda: threading.get_ident(), threads.append)
    qtbot.waitUntil(tasks.is_idle)
    assert len(set(threads)) == 1 and threads[0] != threading.get_ident()


def test_progress_is_reported_and_the_gui_thread_keeps_running(qtbot):
    tasks = Tasks()
    reports, ticks = [], []
    tasks.progressed.connect(lambda label, done, total: reports.append((label, done, total)))

    def slow(report):
        for i in range(1, 31):
            time.sleep(0.01)
            report(i, 30)
        return "ok"

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    result = []
    tasks.run(slow, result.append, label="Counting", progress=True)
    qtbot.waitUntil(lambda: result == ["ok"], timeout=5000)
    timer.stop()
    assert reports and reports[-1] == ("Counting", 30, 30)
    assert len(reports) < 30                       # throttled
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 20 and max(gaps) < 0.2     # the event loop kept turning
