"""After the session opened: a busy local store is tried again, a damaged one is said at once.

The session (core/session.py) goes on without a store another counter keeps busy and says so
(``store_unavailable``, ``why="busy"``). Here the window tries again in the background
(:meth:`Session.retry_store` on the window's worker, every :attr:`StoreWatch.RETRY_MS`), and
shows the municipality's own records as soon as the store is free: the counter never runs a
whole session without them because another PC was importing at start-up.

What a counter must not miss is also put in a message box (never blocking): a damaged local
store (what is wrong, that the file was kept, how the maintainer or IT restores it) and an
installed catalogue update that is not used (damaged, changed, or planted in the shared
folder). The status bar keeps the sentence (gui/notices.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer


class StoreWatch(QObject):
    """Tries a busy store again for one window; see the module's description."""

    #: Milliseconds between two tries.
    RETRY_MS = 5000

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("store_watch")
        self.window = window
        self.session = None
        #: How many tries found the store still busy.
        self.tries = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._try)

    @classmethod
    def of(cls, window) -> "StoreWatch":
        found = window.findChild(StoreWatch, "store_watch")
        return found if found is not None else cls(window)

    def watch(self, session) -> None:
        """Try ``session``'s busy store again until it opens (nothing when none waits)."""
        self.session, self.tries = session, 0
        self._timer.stop()
        if session is not None and session.waiting is not None:
            self._timer.start(self.RETRY_MS)

    @property
    def active(self) -> bool:
        return self.session is not None and self.session.waiting is not None

    def _current(self) -> bool:
        return self.session is not None and self.window.session is self.session

    def _try(self) -> None:
        if not self._current() or self.session.waiting is None:
            return
        session = self.session
        self.window.tasks.run(session.retry_store, lambda o: self._opened(session, o),
                              lambda exc: self._failed(session, exc),
                              label=self.tr("Local store busy: trying again…"))

    def _opened(self, session, outcome) -> None:
        from .notices import notice_text

        if outcome is None:
            return
        if self.window.session is not session:     # another session meanwhile: not shown
            if outcome.view is not None:
                outcome.view.close()
            return
        self.window.show_outcome(outcome)
        texts = [self.tr("The local store is free again: this municipality's own records are "
                         "shown.")]
        texts += [notice_text(n) for n in outcome.notices]
        self.window.statusBar().showMessage(" ".join(texts), 15000)
        maintainer = getattr(self.window, "maintainer", None)
        if maintainer is not None:
            maintainer.update_actions(full=True)
        announce(self.window, outcome.notices)

    def _failed(self, session, exc: BaseException) -> None:
        """Still busy: try again later. Anything else: say it, and stop trying."""
        from ..core.localstore import StoreBusy, StoreDamaged, StoreError
        from ..core.session import Notice, SessionError
        from .notices import notice_text

        if isinstance(exc, StoreBusy):
            self.tries += 1
            if self._current():
                self._timer.start(self.RETRY_MS)
            return
        if not isinstance(exc, (StoreError, SessionError, OSError)):
            raise exc
        if not self._current():
            return
        args = {"folder": str(getattr(exc, "path", "") or ""), "why": "other"}
        if isinstance(exc, StoreDamaged):
            args.update(why="damaged", file=str(exc.path), reason=exc.reason)
        notice = Notice("store_unavailable", args, str(exc))
        self.window.statusBar().showMessage(notice_text(notice))
        announce(self.window, [notice])


def serious(notices) -> list:
    """The notices a counter must not miss: a damaged store, an update that is not used."""
    return [n for n in notices if n.code == "update_unusable" or (
        n.code == "store_unavailable" and n.args.get("why") == "damaged")]


def announce(window, notices) -> None:
    """Put what must not be missed in a message box (open(), never waiting)."""
    from PySide6.QtWidgets import QMessageBox

    from .notices import notice_text

    found = serious(notices)
    if not found:
        return
    from .maintainer.common import tell
    from .maintainer.messages import restore_steps

    damaged = any(n.code == "store_unavailable" for n in found)
    title = (QCoreApplication.translate("StoreWatch", "Local store damaged") if damaged else
             QCoreApplication.translate("StoreWatch", "Catalogue update not used"))
    text = "\n\n".join(notice_text(n) for n in found)
    tell(window, title, text, restore_steps() if damaged else "",
         icon=QMessageBox.Icon.Warning)


def after_open(window, session, *, announce_now: bool = True) -> None:
    """The window adopted ``session``: watch its busy store; say what must not be missed."""
    StoreWatch.of(window).watch(session)
    if announce_now:
        announce(window, session.notices)
