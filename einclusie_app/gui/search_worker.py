"""Searching as you type, off the GUI thread: the newest question wins, older answers are dropped.

    worker.ask(work, done)

``work()`` runs on the search thread (one thread of its own, so a long import on
gui/tasks.py's worker never holds a search up); ``done(result)`` then runs on the GUI thread,
but only when no newer question was asked meanwhile: a question still waiting when a newer one
comes is never run, and the answer to one that was running is dropped. So a keystroke costs the
GUI thread nothing but the question, typing never waits for a search, and what the window shows
is always the answer to the last words typed.

The work reads the window's open catalogue through its own Searcher (SQLite is built
serialized here, ``sqlite3.threadsafety == 3``); whoever closes that catalogue calls
:meth:`SearchWorker.wait` first, so nothing is closed under a running search.

An exception in ``work`` goes to ``sys.excepthook`` on the GUI thread (a bug is reported, the
window keeps running). :meth:`settled` says whether every answer has been handed back (tests
wait for it instead of for a timer).
"""

from __future__ import annotations

import sys
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot


class _Relay(QObject):
    answered = Signal()


class SearchWorker(QObject):
    """One thread that answers the newest question (see the module's description)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cond = threading.Condition()
        self._asked = 0                       # number of the newest question
        self._pending: tuple[int, Callable, Callable] | None = None
        self._running = 0                     # number of the question running (0: none)
        self._answers: list[tuple[int, Any, BaseException | None, Callable]] = []
        self._stopping = False
        self._relay = _Relay(self)
        self._relay.answered.connect(self._hand_back, Qt.ConnectionType.QueuedConnection)
        self._thread: threading.Thread | None = None   # started at the first question


    # -- the GUI thread ----------------------------------------------------------------------

    def ask(self, work: Callable[[], Any], done: Callable[[Any], Any]) -> int:
        """Ask a question; a question still waiting is dropped. Returns its number."""
        with self._cond:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="einclusie-search",
                                                daemon=True)
                self._thread.start()
            self._asked += 1
            self._pending = (self._asked, work, done)
            self._cond.notify()
            return self._asked

    def drop(self) -> None:
        """Forget every question asked so far: no answer to them will be handed back."""
        with self._cond:
            self._asked += 1
            self._pending = None

    def settled(self) -> bool:
        """Nothing waits, nothing runs, every answer is handed back."""
        with self._cond:
            return self._pending is None and not self._running and not self._answers

    def wait(self) -> None:
        """Block until no search runs (before the catalogue it reads is closed or replaced).
        Questions still waiting are dropped."""
        with self._cond:
            self._pending = None
            self._asked += 1
            while self._running:
                self._cond.wait()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._pending = None
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @Slot()
    def _hand_back(self) -> None:
        with self._cond:
            answers, self._answers = self._answers, []
            newest = self._asked
        for number, result, error, done in answers:
            if number != newest:
                continue                       # a newer question was asked: drop it
            if error is not None:
                sys.excepthook(type(error), error, error.__traceback__)
            else:
                done(result)

    # -- the search thread ---------------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                number, work, done = self._pending
                self._pending = None
                self._running = number
            result, error = None, None
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, said there
                error = exc
            with self._cond:
                self._running = 0
                if number == self._asked:       # nobody asked anything newer meanwhile
                    self._answers.append((number, result, error, done))
                self._cond.notify_all()
                deliver = bool(self._answers)
            if deliver:
                self._relay.answered.emit()
