"""The Maintainer menu and what its entries do.

Every action calls the same core functions as ``einclusie catalogue ...`` (cli_catalogue.py):
``Workspace`` for edits, the log, undo, imports and conflicts; ``core.hsds`` for exports;
``core.updates`` for signed updates. After each change the window shows the catalogue again
(``window.reload_catalogue()``, which keeps the search and the selection).

The actions need the window's workspace (the shipped catalogue with the local store). A window
given a catalogue file directly has none: the actions are then off, and their tooltip says why.
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


def busy():
    from .common import busy as _busy

    return _busy()


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
        #: The program's own shipped catalogue file (None: found as the command line does).
        self.shipped_file: Path | None = None
        self._seen_shipped: Path | None = None
        self.editor = None
        #: The kind of the last refused update (core.updates.UpdateError.kind), or None.
        self.last_refusal: str | None = None
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
        self.todo_action = a(self.tr("&To-do: not checked for 12 months…"), self.show_todo,
                             self.tr("Records not checked for 12 months, oldest first"))
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
            self.restore_action, self.revert_action, self.todo_action, self.log_action,
            self.undo_action, self.import_action, self.update_action, self.rollback_action,
            self.conflicts_action]

    @property
    def ws(self):
        """The window's workspace (None: a catalogue file opened directly)."""
        return self.window.workspace

    def why_unavailable(self) -> str:
        if self.window.catalogue is None:
            return self.tr("The catalogue is still loading.")
        return self.tr("Not available: this window shows a catalogue file opened directly (or "
                       "the local store could not be opened), so nothing can be changed here. "
                       "Start the program without a catalogue file to maintain the catalogue.")

    def _selection_changed(self, *_args) -> None:
        self.update_actions()

    def update_actions(self, full: bool = False) -> None:
        """Switch the entries on and off for the workspace and the selected record. ``full``:
        also the ones that look at the whole store (when the menu opens)."""
        ws = self.ws
        sid = self.window.current_service_id() if self.window.catalogue is not None else None
        if ws is None:
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
        self._remember_shipped()
        try:
            state = ws.state(sid) if sid else None
        except Exception:  # noqa: BLE001 - a closed or busy store must not break the menu
            state = None
        shown = state not in (None, "retired")
        for act in (self.new_action, self.todo_action, self.log_action, self.import_action,
                    self.update_action):
            act.setEnabled(True)
        self.edit_action.setEnabled(shown)
        self.checked_action.setEnabled(shown)
        self.retire_action.setEnabled(shown)
        self.revert_action.setEnabled(state in ("corrected", "added"))
        self.revert_action.setText(
            self.tr("Re&move selected record (added here)…") if state == "added" else
            self.tr("Re&vert selected record to the shipped version…"))
        self.export_action.setEnabled(self.window.catalogue is not None)
        if full:
            from ...core.updates import installed

            try:
                self.restore_action.setEnabled(bool(ws.store.entries("retired")))
                self.undo_action.setEnabled(bool(ws.store.last_action()))
                self.conflicts_action.setEnabled(bool(ws.conflicts()))
                self.rollback_action.setEnabled(bool(installed(ws.store.folder)["current"]))
            except Exception:  # noqa: BLE001
                pass

    # -- helpers -----------------------------------------------------------------------------

    def _parent(self, parent=None):
        return parent if parent is not None else self.window

    def _try(self, fn, title: str, parent=None):
        """Run a core call; on refusal say why (nothing changed). Returns (ok, result)."""
        from ...core.localstore import StoreError
        from ...core.record import RecordError

        try:
            return True, fn()
        except RecordError as exc:
            tell(self._parent(parent), title,
                 self.tr("Nothing was changed: the record has %n problem(s).", "",
                         len(exc.problems)),
                 "\n".join(str(p) for p in exc.problems))
        except StoreError as exc:
            tell(self._parent(parent), title, self.tr("Nothing was changed."), str(exc))
        except OSError as exc:
            tell(self._parent(parent), title, self.tr("Nothing was changed."),
                 f"{exc.filename or ''}: {exc.strerror or exc}")
        return False, None

    def _open(self, dialog):
        """Show a dialog without waiting for it; it is refreshed after every change."""
        self.dialogs = [d for d in self.dialogs if _alive(d)]
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def changed(self, message: str) -> None:
        """After a change: show the catalogue again, say what happened, refresh the lists."""
        from ...core.catalogue import CatalogueError

        try:
            with busy():
                self.window.reload_catalogue()
        except (CatalogueError, OSError) as exc:
            tell(self.window, self.tr("Catalogue"),
                 self.tr("The change is stored, but the catalogue could not be shown again; "
                         "restart the program."), str(exc))
        ws = self.ws
        if ws is not None and ws.merge_problems:
            message += " " + self.tr("%n local record(s) could not be shown; see the to-do "
                                     "list.", "", len(ws.merge_problems))
        self.window.statusBar().showMessage(message, 15000)
        self.update_actions(full=True)
        for d in [d for d in self.dialogs if _alive(d)]:
            if d.isVisible() and hasattr(d, "refresh"):
                d.refresh()

    def _name(self, record_id: str) -> str:
        ws = self.ws
        r = ws.record(record_id) if ws is not None else None
        if r is None and ws is not None:
            entry = ws.store.entry(record_id)
            r = entry.record if entry is not None else None
        return r.name if r is not None else record_id

    def _selected(self) -> str | None:
        if self.ws is None or self.window.catalogue is None:
            return None
        return self.window.current_service_id()

    # -- records -----------------------------------------------------------------------------

    def _editor(self, record, parent=None):
        from .editor import RecordEditor

        editor = RecordEditor(self.ws, record, self._parent(parent), today=self.today)
        editor.saved.connect(lambda _rid, message: self.changed(message))
        self.editor = editor
        editor.open()
        return editor

    def new_record(self, parent=None):
        if self.ws is None:
            return None
        return self._editor(None, parent)

    def edit_record(self, record_id: str | None = None, parent=None):
        """Open the editor on a record: the effective version (a local correction starts
        from what is shown)."""
        ws = self.ws
        rid = record_id or self._selected()
        if ws is None or not rid:
            return None
        record = ws.record(rid)
        if record is None:
            tell(self._parent(parent), self.tr("Edit record"),
                 self.tr("This record is retired or does not exist."))
            return None
        return self._editor(record, parent)

    def mark_checked(self, record_id: str | None = None, parent=None) -> bool:
        rid = record_id or self._selected()
        if self.ws is None or not rid:
            return False
        ok, change = self._try(lambda: self.ws.mark_checked(rid, self.today),
                               self.tr("Checked today"), parent)
        if ok:
            self.changed(self.tr("“%1” checked today.").replace("%1", self._name(rid))
                         if change is not None else
                         self.tr("“%1” was already checked today.").replace("%1", self._name(rid)))
        return ok

    def retire_selected(self):
        rid = self._selected()
        if not rid:
            return None
        from .lists import RetireDialog

        return self._open(RetireDialog(self, rid, self._name(rid), self.window))

    def retire(self, record_id: str, note: str = "", parent=None) -> bool:
        name = self._name(record_id)
        ok, _ = self._try(lambda: self.ws.retire(record_id, note), self.tr("Retire"), parent)
        if ok:
            self.changed(self.tr("Retired “%1”. “Undo last change” brings it back.").replace(
                "%1", name))
        return ok

    def show_restore(self):
        if self.ws is None:
            return None
        from .lists import RestoreDialog

        return self._open(RestoreDialog(self, self.window))

    def restore(self, record_id: str, parent=None) -> bool:
        ok, _ = self._try(lambda: self.ws.restore(record_id), self.tr("Restore"), parent)
        if ok:
            self.changed(self.tr("Restored “%1”.").replace("%1", self._name(record_id)))
        return ok

    def revert_selected(self):
        rid = self._selected()
        if not rid or self.ws is None:
            return None
        name = self._name(rid)
        if self.ws.state(rid) == "added":
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
        ok, _ = self._try(lambda: self.ws.revert(record_id), self.tr("Revert"), parent)
        if ok:
            self.changed(self.tr("“%1”: the local version is dropped.").replace("%1", name))
        return ok

    # -- lists and undo ----------------------------------------------------------------------

    def show_todo(self):
        if self.ws is None:
            return None
        from .lists import TodoDialog

        return self._open(TodoDialog(self, self.window))

    def show_log(self):
        if self.ws is None:
            return None
        from .lists import ChangeLogDialog

        return self._open(ChangeLogDialog(self, self.window))

    def undo(self, seq: int | None = None, whole_batch: bool = False, parent=None) -> bool:
        """Undo one change (or the last action); the core refuses a change made over since."""
        from ...core.localstore import StoreError

        ws = self.ws
        if ws is None:
            return False
        if seq is None and not ws.store.last_action():
            self.window.statusBar().showMessage(self.tr("There is nothing to undo."), 10000)
            return False
        try:
            changes = ws.undo(seq, whole_batch=whole_batch)
        except StoreError as exc:
            tell(self._parent(parent), self.tr("Not undone"),
                 self.tr("This change cannot be undone now; nothing was changed."), str(exc))
            return False
        ids = sorted({c.record_id for c in changes})
        shown = ", ".join(self._name(i) for i in ids[:5]) + ("…" if len(ids) > 5 else "")
        self.changed(self.tr("Undone: %n change(s) (%1).", "", len(changes)).replace("%1", shown))
        return True

    def undo_last(self) -> bool:
        return self.undo(None)

    # -- import and export -------------------------------------------------------------------

    def show_import(self, path: str | Path | None = None):
        if self.ws is None:
            return None
        from .transfer import ImportDialog

        return self._open(ImportDialog(self, self.window, path))

    def show_export(self):
        if self.window.catalogue is None:
            return None
        from .transfer import ExportDialog

        return self._open(ExportDialog(self, self.window))

    # -- updates -----------------------------------------------------------------------------

    def _remember_shipped(self) -> None:
        """The program's own shipped file: the workspace's, unless that is an installed update."""
        ws = self.ws
        if ws is None or self._seen_shipped is not None:
            return
        from ...core.updates import UPDATES_DIR

        updates = (ws.store.folder / UPDATES_DIR).resolve()
        if ws.shipped_path.resolve().parent != updates:
            self._seen_shipped = ws.shipped_path

    def shipped(self) -> Path:
        """The shipped catalogue file, as the command line finds it (core.paths)."""
        if self.shipped_file is not None:
            return Path(self.shipped_file)
        self._remember_shipped()
        if self._seen_shipped is not None:
            return self._seen_shipped
        from ...core.paths import shipped_catalogue

        return shipped_catalogue()

    def _reopen(self, parent=None) -> bool:
        """Open the workspace again on the catalogue now in use (after an update or a
        rollback); the old one is closed first."""
        from ...core.catalogue import CatalogueError
        from ...core.localstore import StoreError
        from ...core.overlay import Workspace

        old = self.ws
        shipped = self.shipped()
        folder, counter, cache = old.store.folder, old.store.counter, old.cache_dir
        old.close()
        self.window.workspace = None
        try:
            with busy():
                self.window.workspace = Workspace.open(
                    shipped, folder, counter, cache,
                    trusted_keys=self.window.site.trusted_keys)
                self.window.reload_catalogue()
        except (StoreError, CatalogueError, OSError) as exc:
            tell(self._parent(parent), self.tr("Catalogue"),
                 self.tr("The catalogue could not be opened again; restart the program."),
                 str(exc))
            self.update_actions(full=True)
            return False
        self.update_actions(full=True)
        return True

    def apply_update(self, path: str | Path | None = None):
        """Check a signed update and apply it; a refused file changes nothing. Returns the
        update's header (PackInfo) or None."""
        from ...core.updates import UpdateError, apply_update

        ws = self.ws
        if ws is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Choose a catalogue update"), "",
                self.tr("Catalogue updates (*.einclusie-update);;All files (*)"))
            if not path:
                return None
        self.last_refusal = None
        shipped = self.shipped()
        try:
            with busy():
                info = apply_update(Path(path), list(self.window.site.trusted_keys), shipped,
                                    ws.store.folder)
        except UpdateError as exc:
            self.last_refusal = exc.kind
            tell(self.window, self.tr("Update refused"),
                 update_refusal(exc.kind) + " " + self.tr("Nothing was changed."), str(exc))
            return None
        except OSError as exc:
            tell(self.window, self.tr("Update refused"), self.tr("Nothing was changed."),
                 f"{exc.filename or path}: {exc.strerror or exc}")
            return None
        if not self._reopen():
            return info
        text = self.tr("Update %1 applied: the catalogue now holds %n service(s) (made %2).", "",
                       info.services).replace("%1", str(info.sequence)).replace(
            "%2", info.created[:10])
        if info.note:
            text += " " + self.tr("Note: %1").replace("%1", info.note.strip())
            if not text.endswith((".", "!", "?")):
                text += "."
        text += " " + self.tr("“Roll back last update” goes back.")
        self.window.statusBar().showMessage(text, 15000)
        conflicts = self.ws.conflicts()
        if conflicts:
            ask(self.window, self.tr("Update applied"),
                text + "\n\n" + self.tr("%n record(s) corrected here were changed by the update "
                                        "too. The version made here keeps showing until you "
                                        "choose.", "", len(conflicts)),
                self.tr("Show the conflicts"), self.show_conflicts, no_text=self.tr("Later"))
        else:
            tell(self.window, self.tr("Update applied"), text,
                 icon=QMessageBox.Icon.Information)
        return info

    def rollback_update(self, confirm: bool = True):
        """Go back to the catalogue in use before the last update (asks first)."""
        from ...core.updates import UpdateError, catalogue_sequence, installed, rollback

        ws = self.ws
        if ws is None:
            return None
        if not installed(ws.store.folder)["current"]:
            tell(self.window, self.tr("Roll back"), update_refusal("nothing"),
                 icon=QMessageBox.Icon.Information)
            return None
        if confirm:
            return ask(self.window, self.tr("Roll back"),
                       self.tr("Go back to the catalogue in use before the last update? The "
                               "records added or corrected here stay as they are."),
                       self.tr("Roll back"), lambda: self.rollback_update(confirm=False))
        shipped = self.shipped()
        try:
            now = rollback(shipped, ws.store.folder, self.window.site.trusted_keys)
        except UpdateError as exc:
            tell(self.window, self.tr("Roll back"), update_refusal(exc.kind))
            return None
        if not self._reopen():
            return now
        if Path(now) == Path(shipped):
            text = self.tr("Rolled back: the program uses the catalogue it came with again.")
        else:
            text = self.tr("Rolled back: the program uses update %1 again.").replace(
                "%1", str(catalogue_sequence(now)))
        self.window.statusBar().showMessage(text, 15000)
        tell(self.window, self.tr("Rolled back"), text, icon=QMessageBox.Icon.Information)
        return now

    def show_conflicts(self):
        if self.ws is None:
            return None
        from .conflicts import ConflictsDialog

        return self._open(ConflictsDialog(self, self.window))

    def resolve(self, record_id: str, choice: str, picks: dict[str, str] | None = None,
                parent=None) -> bool:
        name = self._name(record_id)
        ok, _ = self._try(lambda: self.ws.resolve(record_id, choice, picks),
                          self.tr("Conflict"), parent)
        if ok:
            text = {
                "local": self.tr("“%1”: the version made here is kept."),
                "shipped": self.tr("“%1”: the update's version is taken."),
                "merge": self.tr("“%1”: merged field by field."),
            }[choice].replace("%1", name)
            self.changed(text)
        return ok


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
