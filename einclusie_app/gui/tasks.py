"""Slow work off the GUI thread: the one helper every action slower than a frame goes through.

    tasks.run(work, done, failed, label=..., progress=False)

``work()`` runs on a worker thread; ``done(result)`` or ``failed(error)`` then runs on the GUI
thread (with ``progress=True`` the work is called as ``work(report)`` and may call
``report(done, total)``; the window shows it). Whatever touches a widget belongs in ``done`` or
``failed``, never in ``work``. This is the shape of Anki's ``CollectionOp``/``QueryOp`` (op in
the background, success and failure callbacks on the main thread) and Picard's
``run_task(func, next_func)`` with ``to_main``, at their size; like Electrum's
``WaitingDialog`` it runs in a thread, never blocking the window behind a "please wait".

One worker thread, tasks one after the other (a QThreadPool of one thread that never
expires): actions on the catalogue never interleave, they run in the order they were asked
for, and the thread keeps its own SQLite connections (core/session.py gives each thread its
own) for the whole session. The GUI thread keeps searching on its own connection meanwhile.

Errors: an exception in ``work`` is handed to ``failed`` on the GUI thread (without a
``failed``, to ``sys.excepthook``: a bug is reported, the window keeps running).
"""

from __future__ import annotations

import gc
import sys
import time
from collections import deque
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal, Slot

#: Progress reports closer together than this are not passed on (the status line does not
#: need 1,000 updates a second).
PROGRESS_INTERVAL_S = 0.1


class _Job(QRunnable):
    """One task. Python owns it (no auto-delete) and lets it go on the GUI thread only once the
    worker has moved on to the next task: nothing is freed while the worker still runs it."""

    def __init__(self, tasks: "Tasks", work: Callable, done, failed, label: str,
                 with_progress: bool):
        super().__init__()
        self.setAutoDelete(False)
        self.tasks, self.work, self.done, self.failed = tasks, work, done, failed
        self.label, self.with_progress = label, with_progress
        self.result: Any = None
        self.error: BaseException | None = None
        self._last = 0.0

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S or done >= total:
            self._last = now
            self.tasks._relay.progressed.emit(self.label, int(done), int(total))

    def run(self) -> None:      # on the worker thread: no widget here
        # Python's cycle collector holds the GIL while it walks every object: during an import
        # of thousands of records it ran every few hundred ms and stalled the GUI thread for
        # up to a second (the searches typed meanwhile took 0.7-1.5 s instead of 50 ms).
        # Reference counting still frees everything as usual; the collector runs again after.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.result = self.work(self._report) if self.with_progress else self.work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, said there
            self.error = exc
        finally:
            if collecting:
                gc.enable()
        # No Python object travels through the signal: the GUI thread takes the job from the
        # queue (a deque: appending and popping are atomic).
        self.tasks._finished.append(self)
        self.tasks._relay.finished.emit()


class _Relay(QObject):
    """Lives on the GUI thread as long as the Tasks; the worker emits its signals and the slots
    run on the GUI thread (queued connections)."""

    finished = Signal()
    progressed = Signal(str, int, int)


class Tasks(QObject):
    """The window's worker: see the module's description."""

    #: A task started (its label, for the status line).
    started = Signal(str)
    #: Progress of the running task: label, done, total.
    progressed = Signal(str, int, int)
    #: No task is queued or running any more.
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)          # one thread, kept: it keeps its connections
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._queued: list[_Job] = []            # started, not handed back yet
        self._finished: deque[_Job] = deque()    # run, waiting for the GUI thread
        self._done: list[_Job] = []              # handed back; let go once the worker moved on

    def run(self, work: Callable, done: Callable[[Any], Any] | None = None,
            failed: Callable[[BaseException], Any] | None = None, *, label: str = "",
            progress: bool = False) -> None:
        """Queue ``work`` for the worker thread; ``done``/``failed`` run on the GUI thread."""
        job = _Job(self, work, done, failed, label, progress)
        self._queued.append(job)
        self.started.emit(label)
        self._pool.start(job)

    @Slot()
    def _finish(self) -> None:
        while self._finished:
            job = self._finished.popleft()
            # the worker has left every job before this one: those may go now
            self._done = [job]
            if job in self._queued:
                self._queued.remove(job)
            result, error, done, failed = job.result, job.error, job.done, job.failed
            job.result = job.error = job.work = job.done = job.failed = None
            try:
                if error is None:
                    if done is not None:
                        done(result)
                elif failed is not None:
                    failed(error)
                else:
                    sys.excepthook(type(error), error, error.__traceback__)
            finally:
                if not self._queued:
                    self.idle.emit()

    def busy(self) -> bool:
        """A task is queued or running, or its result is not handed back yet."""
        return bool(self._queued)

    def is_idle(self) -> bool:
        return not self._queued

    def label(self) -> str:
        """What runs now ("" when nothing does)."""
        return self._queued[0].label if self._queued else ""

    def wait(self) -> None:
        """Block until the worker has nothing left (closing the window: a write in progress
        is finished, never cut). Results not handed back yet are dropped."""
        self._pool.waitForDone()
