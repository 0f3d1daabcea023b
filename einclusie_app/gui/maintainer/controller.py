"""The Maintainer menu and what its entries do.

Every action is one method of the window's session (core/session.py), as for
``einclusie catalogue ...``; it runs off the GUI thread through the window's tasks
(gui/tasks.py, :meth:`Maintainer.run`), and when it is done the window shows what changed
(``window.show_outcome``: only the changed records are read again; the search and the selection
stay), the status bar says what happened, and the open lists refresh. A refusal (the record has
problems, the change was made over since, the update is not signed...) is said in a message;
nothing was changed.

The menus read :attr:`Session.status` (kept up to date by every action), never the store. The
actions need a local store: a window given a catalogue file directly, or whose store could not
be opened, has none; the actions are then off, and their tooltip says why.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox



# The menu is built while the window starts; the dialogs, message helpers and the core modules
# they need are imported the first time an action runs (start-up is a hot path).
def tell(*args, **kwargs):
    from .common import tell as _tell

    return _tell(*args, **kwargs)


def ask(*args, **kwargs):
    from .common import ask as _ask

    return _ask(*args, **kwargs)


def update_refusal(kind: str) -> str:
    from .messages import update_refusal as _refusal

    return _refusal(kind)


class Maintainer(QObject):
    """Owns the Maintainer menu of one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        #: The date "checked today" and the to-do list use (None: the real today; tests fix it).
        self.today: dt.date | None = None
        self.editor = None
        #: The kind of the last refused update (core.updates.UpdateError.kind), or None.
        self.last_refusal: str | None = None
        #: How the last action ended: True done, False refused, None still running.
        self.last_ok: bool | None = None
        #: The last action's core.session.Outcome (when it was done).
        self.last_outcome = None
        self.dialogs: list = []
        self._build_menu()
        window.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        window.proxy.modelReset.connect(self._selection_changed)
        self.update_actions(full=True)

    # -- the menu ----------------------------------------------------------------------------

    def _action(self, text: str, slot, tip: str, shortcut: QKeySequence | str | None = None
                ) -> QAction:
        act = QAction(text, self.window)
        act.setStatusTip(tip)
        act.setToolTip(tip)
        act.setData(tip)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(act)
        return act

    def _build_menu(self) -> None:
        self.menu = self.window.menuBar().addMenu(self.tr("&Maintainer"))
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(lambda: self.update_actions(full=True))
        a = self._action
        self.new_action = a(self.tr("&New record…"), self.new_record,
                            self.tr("Add a record of this municipality"))
        self.edit_action = a(self.tr("&Edit selected record…"), self.edit_record,
                             self.tr("Correct the selected record"), "Ctrl+E")
        self.checked_action = a(self.tr("&Checked today (selected record)"), self.mark_checked,
                                self.tr("Set the last-checked date of the selected record to "
                                        "today"))
        self.retire_action = a(self.tr("&Retire selected record…"), self.retire_selected,
                               self.tr("No longer show the selected record (can be undone)"))
        self.restore_action = a(self.tr("Re&store a retired record…"), self.show_restore,
                                self.tr("Show a retired record again"))
        self.revert_action = a(self.tr("Re&vert selected record to the shipped version…"),
                               self.revert_selected,
                               self.tr("Drop the local version of the selected record"))
        self.menu.addSeparator()
        self.todo_action = a(self.tr("&To-do: check round…"), self.show_round,
                             self.tr("Records flagged at a counter, then never checked, then "
                                     "the oldest: check them one by one, or print a call list"))
        self.coverage_action = a(self.tr("Covera&ge of the region…"), self.show_coverage,
                                 self.tr("What the catalogue knows per municipality of the "
                                         "home region"))
        self.pack_action = a(self.tr("Fill-in &pack for a municipality…"), self.show_pack,
                             self.tr("A spreadsheet for a municipality to fill in, with what "
                                     "is known there"))
        self.log_action = a(self.tr("Change &log and undo…"), self.show_log,
                            self.tr("Every change made here, with undo"))
        # No global Ctrl+Z: that key belongs to the text fields.
        self.undo_action = a(self.tr("&Undo last change"), self.undo_last,
                             self.tr("Undo the last change to the catalogue (an import as a "
                                     "whole)"))
        self.menu.addSeparator()
        self.import_action = a(self.tr("&Import…"), self.show_import,
                               self.tr("Import HSDS JSON, an HSDS CSV package or the "
                                       "spreadsheet template"))
        self.export_action = a(self.tr("E&xport…"), self.show_export,
                               self.tr("Write the whole catalogue as HSDS JSON or CSV"))
        self.menu.addSeparator()
        self.update_action = a(self.tr("&Apply catalogue update…"), self.apply_update,
                               self.tr("Apply a signed catalogue update from a USB stick or a "
                                       "shared folder"))
        self.rollback_action = a(self.tr("Roll &back last update…"), self.rollback_update,
                                 self.tr("Go back to the catalogue in use before the last "
                                         "update"))
        self.conflicts_action = a(self.tr("Con&flicts after an update…"), self.show_conflicts,
                                  self.tr("Records corrected here that an update changed too"))
        self.needs_workspace = [
            self.new_action, self.edit_action, self.checked_action, self.retire_action,
            self.restore_action, self.revert_action, self.todo_action, self.coverage_action,
            self.pack_action, self.log_action, self.undo_action, self.import_action,
            self.update_action, self.rollback_action, self.conflicts_action]

    @property
    def session(self):
        """The window's session when changes can be made (None: a catalogue file opened
        directly, or no local store)."""
        s = self.window.session
        return s if s is not None and s.maintainable else None

    def why_unavailable(self) -> str:
        if self.window.catalogue is None:
            return self.tr("The catalogue is still loading.")
        return self.tr("Not available: this window shows a catalogue file opened directly (or "
                       "the local store could not be opened), so nothing can be changed here. "
                       "Start the program without a catalogue file to maintain the catalogue.")

    def _selection_changed(self, *_args) -> None:
        self.update_actions()

    def update_actions(self, full: bool = False) -> None:
        """Switch the entries on and off for the session and the selected record (from the
        session's status: no store is read here)."""
        session = self.session
        sid = self.window.current_service_id() if self.window.catalogue is not None else None
        if session is None:
            why = self.why_unavailable()
            for act in self.needs_workspace:
                act.setEnabled(False)
                act.setToolTip(why)
                act.setStatusTip(why)
            self.export_action.setEnabled(self.window.catalogue is not None)
            return
        for act in self.needs_workspace:
            act.setToolTip(act.data())
            act.setStatusTip(act.data())
        status = session.status
        state = status.state(sid)
        shown = state not in (None, "retired")
        for act in (self.new_action, self.todo_action, self.coverage_action, self.pack_action,
                    self.log_action, self.import_action, self.update_action):
            act.setEnabled(True)
        self.edit_action.setEnabled(shown)
        self.checked_action.setEnabled(shown)
        self.retire_action.setEnabled(shown)
        self.revert_action.setEnabled(state in ("corrected", "added"))
        self.revert_action.setText(
            self.tr("Re&move selected record (added here)…") if state == "added" else
            self.tr("Re&vert selected record to the shipped version…"))
        self.export_action.setEnabled(self.window.catalogue is not None)
        self.restore_action.setEnabled(status.retired > 0)
        self.undo_action.setEnabled(status.can_undo)
        self.conflicts_action.setEnabled(status.conflicts > 0)
        self.rollback_action.setEnabled(status.update_installed)

    # -- helpers -----------------------------------------------------------------------------

    def _parent(self, parent=None):
        return parent if parent is not None else self.window

    def run(self, action, title: str, message=None, parent=None, then=None,
            refused=None, progress: bool = False, label: str | None = None) -> bool:
        """Run ``action(session)`` (a changing Session method; ``action(session, report)``
        with ``progress``) off the GUI thread. When it is done: show what changed, say
        ``message`` (text, or a function of the outcome), call ``then(outcome)``. When it is
        refused: ``refused(error)`` (True: it said why), or say why (nothing was changed).
        ``label``: what the status bar says while it runs (default: "Saving…").
        Returns False when there is nothing to run it on."""
        session = self.session
        if session is None:
            return False
        self.last_ok, self.last_outcome = None, None

        def done(outcome) -> None:
            self.last_ok, self.last_outcome = True, outcome
            text = message(outcome) if callable(message) else (message or "")
            self.show(outcome, text)
            if then is not None:
                then(outcome)

        def failed(exc: BaseException) -> None:
            self.last_ok = False
            if refused is not None and refused(exc):
                return
            self.refused(exc, title, parent)

        label = label or self.tr("Saving…")
        if progress:
            self.window.tasks.run(lambda report: action(session, report), done, failed,
                                  label=label, progress=True)
        else:
            self.window.tasks.run(lambda: action(session), done, failed, label=label)
        return True

    def query(self, read, fill, label: str = "") -> bool:
        """Read something slow (``read(session)``) off the GUI thread, then ``fill(result)`` on
        it, when the widget that asked is still there."""
        session = self.session
        if session is None:
            return False
        owner = getattr(fill, "__self__", None)

        def done(result) -> None:
            if owner is None or _alive(owner):
                fill(result)

        def failed(exc: BaseException) -> None:     # a damaged store: said, never a traceback
            self.refused(exc, label, owner if owner is not None and _alive(owner) else None)

        self.window.tasks.run(lambda: read(session), done, failed, label=label)
        return True

    def refused(self, exc: BaseException, title: str, parent=None) -> None:
        """Say why an action changed nothing."""
        from ...core.localstore import StoreError
        from ...core.record import RecordError
        from ...core.session import SessionError
        from ...core.updates import UpdateError

        where = self._parent(parent)
        if isinstance(exc, RecordError):
            tell(where, title, self.tr("Nothing was changed: the record has %n problem(s).", "",
                                       len(exc.problems)),
                 "\n".join(str(p) for p in exc.problems))
        elif isinstance(exc, UpdateError):
            self.last_refusal = exc.kind
            tell(where, title, update_refusal(exc.kind) + " " + self.tr("Nothing was changed."),
                 str(exc))
        elif isinstance(exc, StoreError):
            from .messages import store_refusal

            tell(where, title, store_refusal(exc), str(exc))
        elif isinstance(exc, SessionError):
            tell(where, title, self.tr("Nothing was changed."), str(exc))
        elif isinstance(exc, OSError):
            tell(where, title, self.tr("Nothing was changed."),
                 f"{exc.filename or ''}: {exc.strerror or exc}")
        else:
            raise exc

    def _open(self, dialog):
        """Show a dialog without waiting for it; it is refreshed after every change."""
        self.dialogs = [d for d in self.dialogs if _alive(d)]
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def show(self, outcome, message: str = "") -> None:
        """After a change: show the catalogue as it is now, say what happened, refresh the
        open lists."""
        from ..notices import notice_text

        self.window.show_outcome(outcome)
        texts = [message] if message else []
        texts += [notice_text(n) for n in outcome.notices if n.code != "conflicts"]
        if texts:
            self.window.statusBar().showMessage(" ".join(texts), 15000)
        self.update_actions(full=True)
        for d in [d for d in self.dialogs if _alive(d)]:
            if d.isVisible() and hasattr(d, "refresh"):
                d.refresh()

    def changed(self, message: str = "") -> bool:
        """Show what the store holds now (after a change made elsewhere: another counter on
        a shared store, a script), then say ``message``."""
        return self.run(lambda s: s.refresh(), self.tr("Catalogue"), message,
                        label=self.tr("Reading the catalogue again…"))

    def _name(self, record_id: str) -> str:
        session = self.session
        return session.name(record_id) if session is not None else record_id

    def _selected(self) -> str | None:
        if self.session is None or self.window.catalogue is None:
            return None
        return self.window.current_service_id()

    # -- records -----------------------------------------------------------------------------

    def _editor(self, record, parent=None):
        from .editor import RecordEditor

        editor = RecordEditor(self.session, record, self._parent(parent), today=self.today,
                              controller=self)
        self.editor = editor
        editor.open()
        return editor

    def new_record(self, parent=None):
        if self.session is None:
            return None
        return self._editor(None, parent)

    def edit_record(self, record_id: str | None = None, parent=None):
        """Open the editor on a record: the effective version (a local correction starts
        from what is shown)."""
        session = self.session
        rid = record_id or self._selected()
        if session is None or not rid:
            return None
        record = session.record(rid)
        if record is None:
            tell(self._parent(parent), self.tr("Edit record"),
                 self.tr("This record is retired or does not exist."))
            return None
        return self._editor(record, parent)

    def mark_checked(self, record_id: str | None = None, parent=None) -> bool:
        rid = record_id or self._selected()
        if self.session is None or not rid:
            return False
        name, today = self._name(rid), self.today
        return self.run(lambda s: s.mark_checked(rid, today), self.tr("Checked today"),
                        lambda o: (self.tr("“%1” checked today.") if o.changes else
                                   self.tr("“%1” was already checked today.")).replace("%1", name),
                        parent)

    def retire_selected(self):
        rid = self._selected()
        if not rid:
            return None
        from .lists import RetireDialog

        return self._open(RetireDialog(self, rid, self._name(rid), self.window))

    def retire(self, record_id: str, note: str = "", parent=None, then=None) -> bool:
        name = self._name(record_id)
        return self.run(lambda s: s.retire(record_id, note), self.tr("Retire"),
                        self.tr("Retired “%1”. “Undo last change” brings it back.").replace(
                            "%1", name), parent, then)

    def show_restore(self):
        if self.session is None:
            return None
        from .lists import RestoreDialog

        return self._open(RestoreDialog(self, self.window))

    def restore(self, record_id: str, parent=None) -> bool:
        name = self._name(record_id)
        return self.run(lambda s: s.restore(record_id), self.tr("Restore"),
                        self.tr("Restored “%1”.").replace("%1", name), parent)

    def revert_selected(self):
        rid = self._selected()
        if not rid or self.session is None:
            return None
        name = self._name(rid)
        if self.session.status.state(rid) == "added":
            text = self.tr("Remove “%1”, added here? (The change log keeps it; “Undo last "
                           "change” brings it back.)").replace("%1", name)
            yes = self.tr("Remove")
        else:
            text = self.tr("Drop the corrections made here to “%1” and show the shipped version "
                           "again? (The change log keeps them; “Undo last change” brings them "
                           "back.)").replace("%1", name)
            yes = self.tr("Revert")
        return ask(self.window, self.tr("Revert"), text, yes, lambda: self.revert(rid))

    def revert(self, record_id: str, parent=None) -> bool:
        name = self._name(record_id)
        return self.run(lambda s: s.revert(record_id), self.tr("Revert"),
                        self.tr("“%1”: the local version is dropped.").replace("%1", name),
                        parent)

    # -- lists and undo ----------------------------------------------------------------------

    def show_round(self):
        """The check round (gui/maintainer/round.py): the to-do list, worked through."""
        if self.session is None:
            return None
        from .round import RoundDialog

        return self._open(RoundDialog(self, self.window))

    #: The to-do list is the check round.
    show_todo = show_round

    def show_coverage(self):
        if self.session is None:
            return None
        from .coverage_view import CoverageDialog

        return self._open(CoverageDialog(self, self.window))

    def show_pack(self, municipality: str = "", parent=None):
        """The fill-in pack of a municipality (named, or the site's home)."""
        if self.session is None:
            return None
        from .round import PackDialog

        place = municipality or (self.session.site.home if self.session.home_known else "")
        return self._open(PackDialog(self, place, self._parent(parent)))

    def show_log(self):
        if self.session is None:
            return None
        from .lists import ChangeLogDialog

        return self._open(ChangeLogDialog(self, self.window))

    def undo(self, seq: int | None = None, whole_batch: bool = False, parent=None) -> bool:
        """Undo one change (or the last action); the core refuses a change made over since."""
        session = self.session
        if session is None:
            return False
        if seq is None and not session.status.can_undo:
            self.window.statusBar().showMessage(self.tr("There is nothing to undo."), 10000)
            return False

        def said(outcome) -> str:
            changes = outcome.value
            ids = sorted({c.record_id for c in changes})
            shown = ", ".join(session.name(i) for i in ids[:5]) + ("…" if len(ids) > 5 else "")
            return self.tr("Undone: %n change(s) (%1).", "", len(changes)).replace("%1", shown)

        def refused(exc) -> bool:
            from ...core.localstore import StoreError

            if not isinstance(exc, StoreError):
                return False
            tell(self._parent(parent), self.tr("Not undone"),
                 self.tr("This change cannot be undone now; nothing was changed."), str(exc))
            return True

        return self.run(lambda s: s.undo(seq, whole_batch=whole_batch), self.tr("Undo"), said,
                        parent, refused=refused, label=self.tr("Undoing…"))

    def undo_last(self) -> bool:
        return self.undo(None)

    # -- import and export -------------------------------------------------------------------

    def show_import(self, path: str | Path | None = None):
        if self.session is None:
            return None
        from .transfer import ImportDialog

        return self._open(ImportDialog(self, self.window, path))

    def show_export(self):
        if self.window.catalogue is None:
            return None
        from .transfer import ExportDialog

        return self._open(ExportDialog(self, self.window))

    # -- updates -----------------------------------------------------------------------------

    def apply_update(self, path: str | Path | None = None) -> bool:
        """Check a signed update and apply it, off the GUI thread; a refused file changes
        nothing (:attr:`last_refusal` says why). False when nothing was started."""
        if self.session is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Choose a catalogue update"), "",
                self.tr("Catalogue updates (*.einclusie-update);;All files (*)"))
            if not path:
                return False
        self.last_refusal = None
        file = Path(path)
        return self.run(lambda s: s.apply_update(file), self.tr("Update refused"),
                        then=self._update_applied,
                        label=self.tr("Checking and applying the update…"))

    def _update_applied(self, outcome) -> None:
        info = outcome.value
        text = self.tr("Update %1 applied: the catalogue now holds %n service(s) (made %2).", "",
                       info.services).replace("%1", str(info.sequence)).replace(
            "%2", info.created[:10])
        if info.note:
            text += " " + self.tr("Note: %1").replace("%1", info.note.strip())
            if not text.endswith((".", "!", "?")):
                text += "."
        text += " " + self.tr("“Roll back last update” goes back.")
        self.window.statusBar().showMessage(text, 15000)
        conflicts = self.session.status.conflicts if self.session is not None else 0
        if conflicts:
            ask(self.window, self.tr("Update applied"),
                text + "\n\n" + self.tr("%n record(s) corrected here were changed by the update "
                                        "too. The version made here keeps showing until you "
                                        "choose.", "", conflicts),
                self.tr("Show the conflicts"), self.show_conflicts, no_text=self.tr("Later"))
        else:
            tell(self.window, self.tr("Update applied"), text,
                 icon=QMessageBox.Icon.Information)

    def rollback_update(self, confirm: bool = True):
        """Go back to the catalogue in use before the last update (asks first)."""
        session = self.session
        if session is None:
            return None
        if not session.status.update_installed:
            tell(self.window, self.tr("Roll back"), update_refusal("nothing"),
                 icon=QMessageBox.Icon.Information)
            return None
        if confirm:
            return ask(self.window, self.tr("Roll back"),
                       self.tr("Go back to the catalogue in use before the last update? The "
                               "records added or corrected here stay as they are."),
                       self.tr("Roll back"), lambda: self.rollback_update(confirm=False))
        return self.run(lambda s: s.rollback(), self.tr("Roll back"), then=self._rolled_back,
                        label=self.tr("Rolling back…"))

    def _rolled_back(self, outcome) -> None:
        from ...core.updates import catalogue_sequence

        now = Path(outcome.value)
        if now == self.window.session.shipped_file:
            text = self.tr("Rolled back: the program uses the catalogue it came with again.")
        else:
            text = self.tr("Rolled back: the program uses update %1 again.").replace(
                "%1", str(catalogue_sequence(now)))
        self.window.statusBar().showMessage(text, 15000)
        tell(self.window, self.tr("Rolled back"), text, icon=QMessageBox.Icon.Information)

    def show_conflicts(self):
        if self.session is None:
            return None
        from .conflicts import ConflictsDialog

        return self._open(ConflictsDialog(self, self.window))

    def resolve(self, record_id: str, choice: str, picks: dict[str, str] | None = None,
                parent=None) -> bool:
        name = self._name(record_id)
        text = {
            "local": self.tr("“%1”: the version made here is kept."),
            "shipped": self.tr("“%1”: the update's version is taken."),
            "merge": self.tr("“%1”: merged field by field."),
        }[choice].replace("%1", name)
        return self.run(lambda s: s.resolve(record_id, choice, picks), self.tr("Conflict"),
                        text, parent)


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
