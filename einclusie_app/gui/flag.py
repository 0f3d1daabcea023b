"""At the counter: "this is not right". Staff say in two clicks what is wrong with a record.

``install(window)`` (one call in main_window.py) adds the action "This is not right…" (F6) to
the window's menu (the one holding the record actions, "Client") and to the detail pane's
context menu, and gives the detail pane :func:`staff_note`: the open flags of the record shown,
for staff only (the client's view and the handout never show them).

The dialog (:class:`FlagDialog`): four buttons — the number does not answer, it has moved, it
is closed or has ended, the hours are wrong — each stores the flag at once (the second click);
"something else" takes a short text. A note in plain words says to write nothing about the
client. The flag goes to the local store (core/session.py ``Session.flag``) with the date and
the counter's name, off the GUI thread (gui/tasks.py); it is logged and can be undone: the
dialog lists the record's open flags, and one made here today can be withdrawn (an undo of that
change). Nothing else is kept: not the search, not the client's language.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QVBoxLayout,
)

#: The shortcut of "This is not right…" (F7 and F8 are the client's language and view).
SHORTCUT = "F6"


def reason_label(code: str) -> str:
    """A flag's reason in the staff's words."""
    return {
        "no_answer": QCoreApplication.translate("Flag", "the number does not answer"),
        "moved": QCoreApplication.translate("Flag", "it has moved"),
        "ended": QCoreApplication.translate("Flag", "it is closed or has ended"),
        "hours": QCoreApplication.translate("Flag", "the hours are wrong"),
        "other": QCoreApplication.translate("Flag", "something else"),
    }.get(code, code)


def flag_line(flag) -> str:
    """One flag on one line: what, the counter's text, where and when."""
    text = reason_label(flag.reason)
    if flag.text:
        text += f": “{flag.text}”"
    return QCoreApplication.translate("Flag", "%1 (%2, %3)").replace("%1", text).replace(
        "%2", flag.counter).replace("%3", flag.on)


def staff_note(window, record_id: str) -> str:
    """HTML for the detail pane: the record's open flags, for staff (empty when none). Read
    from the session's status: no store is read on the GUI thread."""
    session = window.session
    flags = session.status.open_flags.get(record_id, ()) if session is not None else ()
    if not flags:
        return ""
    head = QCoreApplication.translate(
        "Flag", "Reported as not right at a counter (not shown to the client); the maintainer "
        "will check it:")
    lines = "<br>".join(html.escape(flag_line(f)) for f in flags)
    return (f"<p style='background:#fde2e2; padding:4px'><b>⚑ {html.escape(head)}</b><br>"
            f"{lines}</p>")


class _Flagger(QObject):
    """The action and what it runs, for one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: FlagDialog | None = None
        self.action = QAction(self.tr("This is not &right…"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        tip = self.tr("Say what is wrong with the selected record (for the maintainer)")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(lambda _checked=False: self.open())
        menu = _record_menu(window)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)
        else:
            window.addAction(self.action)
        detail = window.detail
        detail.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        detail.customContextMenuRequested.connect(self._context_menu)
        window.table.selectionModel().currentRowChanged.connect(self.update)
        window.proxy.modelReset.connect(self.update)
        self.update()

    def _context_menu(self, pos) -> None:
        menu = self.window.detail.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addAction(self.action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.window.detail.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def why_not(self) -> str:
        """Why a record cannot be flagged now ("" when it can)."""
        w = self.window
        session = w.session
        if session is None or w.catalogue is None:
            return self.tr("The catalogue is still loading.")
        if not session.maintainable:
            return self.tr("Not available: no local store is open here, so nothing can be "
                           "noted (see the status bar).")
        if w.current_service_id() is None:
            return self.tr("Choose a result first.")
        return ""

    def update(self, *_args) -> None:
        why = self.why_not()
        self.action.setEnabled(not why)
        tip = why or self.tr("Say what is wrong with the selected record (for the maintainer)")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def open(self):
        """Open the dialog for the selected record (None when none can be flagged)."""
        why = self.why_not()
        if why:
            self.window.statusBar().showMessage(why, 10000)
            return None
        rid = self.window.current_service_id()
        view = self.window.catalogue.service(rid)
        self.dialog = FlagDialog(self, rid, view.name if view is not None else rid, self.window)
        self.dialog.open()
        return self.dialog

    def send(self, record_id: str, name: str, reason: str, text: str, dialog) -> bool:
        """Store a flag off the GUI thread; say so in the status bar; close the dialog."""
        session = self.window.session
        if session is None or not session.maintainable:
            return False

        def done(outcome) -> None:
            self.window.show_outcome(outcome)
            said = self.tr("Thank you: “%1” is noted as not right (%2). The maintainer will "
                           "check it; until then staff see it in the details.").replace(
                "%1", name).replace("%2", reason_label(reason))
            self.window.statusBar().showMessage(said, 15000)
            dialog.finished_ok(outcome)

        def failed(exc: BaseException) -> None:
            from ..core.localstore import StoreError
            from ..core.session import SessionError

            if not isinstance(exc, (StoreError, SessionError)):
                raise exc
            dialog.refused(str(exc))

        self.window.tasks.run(lambda: session.flag(record_id, reason, text), done, failed,
                              label=self.tr("Saving…"))
        return True

    def withdraw(self, seq: int, dialog) -> bool:
        """Take back a flag made by mistake (the undo of its change)."""
        session = self.window.session
        if session is None:
            return False

        def done(outcome) -> None:
            self.window.show_outcome(outcome)
            self.window.statusBar().showMessage(self.tr("The flag is withdrawn."), 10000)
            dialog.finished_ok(outcome)

        def failed(exc: BaseException) -> None:
            from ..core.localstore import StoreError

            if not isinstance(exc, StoreError):
                raise exc
            dialog.refused(str(exc))

        self.window.tasks.run(lambda: session.undo(seq), done, failed, label=self.tr("Saving…"))
        return True


def _record_menu(window) -> QMenu | None:
    """The menu of the window that holds the selected record's actions ("Client")."""
    act = getattr(window, "show_client_action", None)
    if act is None:
        return None
    for obj in act.associatedObjects():
        if isinstance(obj, QMenu):
            return obj
    return None


class FlagDialog(QDialog):
    """What is wrong with one record: four buttons, or a short text (see the module)."""

    REASONS = ("no_answer", "moved", "ended", "hours")

    def __init__(self, flagger: _Flagger, record_id: str, name: str, parent=None):
        super().__init__(parent)
        self.flagger = flagger
        self.record_id = record_id
        self.name = name
        self.outcome = None
        self.setWindowTitle(self.tr("This is not right: %1").replace("%1", name))
        self.setAccessibleName(self.tr("This is not right"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("What is wrong with “%1”? One click is enough.").replace(
            "%1", name))
        intro.setWordWrap(True)
        warn = QLabel("⚠ " + self.tr("Write nothing about the client: no name, no situation, no "
                                     "question. Only what is wrong with this help."))
        warn.setWordWrap(True)
        warn.setStyleSheet("font-weight: bold;")
        warn.setAccessibleName(self.tr("Privacy note"))
        texts = {
            "no_answer": self.tr("The &number does not answer"),
            "moved": self.tr("It has &moved"),
            "ended": self.tr("It is &closed or has ended"),
            "hours": self.tr("The &hours are wrong"),
        }
        self.buttons: dict[str, QPushButton] = {}
        grid = QVBoxLayout()
        for code in self.REASONS:
            b = QPushButton(texts[code])
            b.setAccessibleName(reason_label(code))
            b.setAutoDefault(False)
            b.setMinimumHeight(34)
            b.clicked.connect(lambda _c=False, c=code: self.send(c))
            self.buttons[code] = b
            grid.addWidget(b)
        self.other_edit = QLineEdit()
        self.other_edit.setMaxLength(200)
        self.other_edit.setPlaceholderText(self.tr("e.g. the website no longer exists"))
        self.other_edit.setAccessibleName(self.tr("Something else: what is wrong (short)"))
        other_label = QLabel(self.tr("Something &else:"))
        other_label.setBuddy(self.other_edit)
        self.other_button = QPushButton(self.tr("&Send"))
        self.other_button.setAccessibleName(self.tr("Send what is wrong"))
        self.other_button.setEnabled(False)
        self.other_button.clicked.connect(lambda: self.send("other"))
        self.other_edit.textChanged.connect(
            lambda t: self.other_button.setEnabled(bool(t.strip())))
        self.other_edit.returnPressed.connect(
            lambda: self.other_button.isEnabled() and self.send("other"))
        other = QHBoxLayout()
        other.addWidget(other_label)
        other.addWidget(self.other_edit, 1)
        other.addWidget(self.other_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.already = QLabel()
        self.already.setWordWrap(True)
        self.already.setAccessibleName(self.tr("Already noted for this record"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw my flag"))
        self.withdraw_button.setAccessibleName(
            self.tr("Withdraw the flag made here today by mistake"))
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without noting anything"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.withdraw_button)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warn)
        layout.addLayout(grid)
        layout.addLayout(other)
        layout.addWidget(self.already)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self._show_open_flags()
        self.buttons["no_answer"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _mine_today(self):
        """The open flag this counter made today on this record (the one to withdraw)."""
        session = self.flagger.window.session
        flags = session.status.open_flags.get(self.record_id, ()) if session else ()
        counter = session.counter_name if session is not None else ""
        today = dt.date.today().isoformat()
        mine = [f for f in flags if f.on == today and f.counter == counter and f.seq]
        return mine[-1] if mine else None

    def _show_open_flags(self) -> None:
        session = self.flagger.window.session
        flags = session.status.open_flags.get(self.record_id, ()) if session else ()
        if flags:
            self.already.setText(self.tr("Already noted: %1").replace(
                "%1", "; ".join(flag_line(f) for f in flags)))
        self.already.setVisible(bool(flags))
        self.withdraw_button.setVisible(self._mine_today() is not None)

    def _busy(self, on: bool) -> None:
        for w in (*self.buttons.values(), self.other_edit, self.other_button,
                  self.withdraw_button):
            w.setEnabled(not on)
        if not on:
            self.other_button.setEnabled(bool(self.other_edit.text().strip()))

    def send(self, reason: str) -> bool:
        text = self.other_edit.text().strip() if reason == "other" else ""
        self._busy(True)
        self.message.setText(self.tr("Saving…"))
        if not self.flagger.send(self.record_id, self.name, reason, text, self):
            self._busy(False)
            self.message.setText("")
            return False
        return True

    def withdraw(self) -> bool:
        flag = self._mine_today()
        if flag is None:
            return False
        self._busy(True)
        return self.flagger.withdraw(flag.seq, self)

    def finished_ok(self, outcome) -> None:
        from shiboken6 import isValid

        self.outcome = outcome
        if isValid(self):
            self.accept()

    def refused(self, reason: str) -> None:
        from shiboken6 import isValid

        if not isValid(self):
            return
        self._busy(False)
        self.message.setText(self.tr("Nothing was noted: %1").replace("%1", reason))


def install(window) -> _Flagger:
    """Add "This is not right…" to the main window (see the module's description); kept as
    ``window.flagger``. The detail pane shows the open flags through :func:`staff_note`."""
    flagger = _Flagger(window)
    window.flagger = flagger
    window.detail.staff_note = lambda record_id: staff_note(window, record_id)
    return flagger


__all__ = ["install", "staff_note", "reason_label", "flag_line", "FlagDialog", "SHORTCUT"]
