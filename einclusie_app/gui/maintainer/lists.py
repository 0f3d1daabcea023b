"""The maintainer's lists: the to-do list (not checked for 12 months), the change log with undo,
and the small dialogs to retire a record and to restore a retired one.

Every change goes through the controller (``controller.py``), which stores it with core, shows
the catalogue again and refreshes the open lists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QVBoxLayout,
)

from .common import ActivatingTable, RowsModel
from .messages import action_label, field_label, short, value_text


def _button(text: str, name: str, slot, default: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.setAutoDefault(default)
    b.setDefault(default)
    b.clicked.connect(slot)
    return b


def _todo(session, today) -> list:
    """The to-do list with each record's place (on the worker thread)."""
    return [(s, _place(session, s.id)) for s in session.stale(today)]


def _place(session, record_id: str) -> str:
    record = session.record(record_id)
    if record is None:
        return ""
    for loc in record.locations:
        text = " ".join(p for p in (loc.postcode, loc.municipality) if p)
        if text:
            return text
    labels = []
    for code in record.service_area:
        try:
            labels.append(session.gazetteer.area_label(code))
        except Exception:  # noqa: BLE001 - an unknown code is shown as it is
            labels.append(code)
    return ", ".join(labels)


def local_time(at: str) -> str:
    """A logged UTC time as the computer's local time, to the minute."""
    try:
        return dt.datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


class TodoDialog(QDialog):
    """Records not checked for 12 months, never-checked first, then oldest first.

    Enter or a double-click opens the record in the editor; "Checked today" takes it off."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("To-do: records not checked for 12 months"))
        self.setAccessibleName(self.windowTitle())
        self.resize(820, 520)
        intro = QLabel(self.tr("Never-checked records first, then the oldest. Check the facts "
                               "(call, or look at the source), correct what changed, then mark "
                               "the record as checked today."))
        intro.setWordWrap(True)
        self.count_label = QLabel()
        self.model = RowsModel([self.tr("Name"), self.tr("Last checked"), self.tr("Age"),
                                self.tr("Place"), self.tr("From")], self)
        self.table = ActivatingTable(self.edit_row)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records to check"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.edit_button = _button(self.tr("&Edit…"), self.tr("Edit the selected record"),
                                   self.edit_selected)
        self.checked_button = _button(self.tr("&Checked today"),
                                      self.tr("Mark the selected record as checked today"),
                                      self.mark_checked)
        self.close_button = _button(self.tr("Close"), self.tr("Close the to-do list"),
                                    self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.checked_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def ids(self) -> list[str]:
        return [self.model.payload(r).id for r in range(self.model.rowCount())]

    def refresh(self) -> None:
        """Find the records to check off the GUI thread (it reads every record), then list
        them."""
        today = self.controller.today
        if not self.controller.query(lambda s: _todo(s, today), self._fill,
                                     self.tr("Finding records to check")):
            self.model.set_rows([])

    def _fill(self, found) -> None:
        keep = self.selected_id()
        row_now = max(self.table.current_row(), 0)
        rows = []
        for s, place in found:
            checked = s.assured_date or self.tr("never")
            age = "—" if s.days is None else self.tr("%n day(s)", "", s.days)
            origin = self.tr("local") if s.origin == "local" else self.tr("shipped")
            rows.append(([s.name, checked, age, place, origin], s))
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n record(s) to check", "", len(found)))
        ids = self.ids()
        if ids:
            row = ids.index(keep) if keep in ids else min(row_now, len(ids) - 1)
            self.table.selectRow(row)
        self._enable()

    def selected_id(self) -> str | None:
        item = self.model.payload(self.table.current_row())
        return item.id if item is not None else None

    def _enable(self, *_args) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.checked_button.setEnabled(has)

    def select(self, record_id: str) -> None:
        ids = self.ids()
        if record_id in ids:
            self.table.selectRow(ids.index(record_id))

    def edit_row(self, row: int):
        item = self.model.payload(row)
        if item is not None:
            return self.controller.edit_record(item.id, parent=self)
        return None

    def edit_selected(self):
        return self.edit_row(self.table.current_row())

    def mark_checked(self) -> bool:
        rid = self.selected_id()
        return bool(rid) and self.controller.mark_checked(rid, parent=self)


class ChangeLogDialog(QDialog):
    """Every change of the local store, newest first, with undo."""

    LIMIT = 1000

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Change log"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 560)
        intro = QLabel(self.tr("Every change made here, newest first: when, at which counter, "
                               "which record, and each field's old and new value. An undo is "
                               "logged too, so it can be undone in turn."))
        intro.setWordWrap(True)
        self.model = RowsModel([self.tr("When"), self.tr("Counter"), self.tr("Record"),
                                self.tr("Action"), self.tr("Changes")], self)
        self.table = ActivatingTable(None)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changes, newest first"))
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Details of the selected change"))
        self.details.setMaximumHeight(150)
        self.undo_button = _button(self.tr("&Undo selected change"),
                                   self.tr("Undo the selected change"), self.undo_selected)
        self.undo_batch_button = _button(self.tr("Undo the &whole import"),
                                         self.tr("Undo every change of the selected import"),
                                         lambda: self.undo_selected(whole_batch=True))
        self.close_button = _button(self.tr("Close"), self.tr("Close the change log"),
                                    self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.undo_batch_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        session = self.controller.session
        changes = session.changes(limit=self.LIMIT) if session is not None else []
        rows, tips = [], []
        for c in changes:
            action = action_label(c.action)
            if c.undone:
                action = self.tr("%1 (undone)").replace("%1", action)
            full = self.field_lines(c)
            summary = "; ".join(f"{field_label(f)}: {short(value_text(old), 28)} → "
                                f"{short(value_text(new), 28)}" for f, (old, new) in
                                sorted(c.fields.items()))
            rows.append(([local_time(c.at), c.counter, c.record_id, action, summary], c))
            tips.append(["", "", "", "", "\n".join(full)])
        self.model.set_rows(rows, tips)
        if rows:
            self.table.selectRow(0)
        self._show_details()

    def field_lines(self, change) -> list[str]:
        return [f"{field_label(f)}: {value_text(old)} → {value_text(new)}"
                for f, (old, new) in sorted(change.fields.items())]

    def selected(self):
        return self.model.payload(self.table.current_row())

    def _show_details(self, *_args) -> None:
        c = self.selected()
        self.undo_button.setEnabled(c is not None and not c.undone)
        self.undo_batch_button.setEnabled(c is not None and bool(c.batch))
        if c is None:
            self.details.setPlainText("")
            return
        head = self.tr("Change %1 on %2 at counter %3: %4, %5").replace(
            "%1", str(c.seq)).replace("%2", local_time(c.at)).replace("%3", c.counter).replace(
            "%4", c.record_id).replace("%5", action_label(c.action))
        lines = [head]
        if c.undone:
            lines.append(self.tr("Undone by change %1.").replace("%1", str(c.undone_by)))
        if c.undoes:
            lines.append(self.tr("This undid change %1.").replace("%1", str(c.undoes)))
        if c.note:
            lines.append(self.tr("Note: %1").replace("%1", c.note))
        lines += self.field_lines(c)
        self.details.setPlainText("\n".join(lines))

    def undo_selected(self, whole_batch: bool = False) -> bool:
        c = self.selected()
        if c is None:
            return False
        return self.controller.undo(c.seq, whole_batch=whole_batch, parent=self)


class RetireDialog(QDialog):
    """Retire one record: it is no longer shown (undo brings it back)."""

    def __init__(self, controller, record_id: str, name: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.record_id = record_id
        self.setWindowTitle(self.tr("Retire a record"))
        self.setAccessibleName(self.windowTitle())
        text = QLabel(self.tr("Retire “%1”? It will no longer be shown at the counter. Undo it "
                              "with “Undo last change”, in the change log, or with “Restore a "
                              "retired record”.").replace("%1", name))
        text.setWordWrap(True)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Why (a note for the change log)"))
        self.note_edit.setPlaceholderText(self.tr("why, e.g. stopped in 2025 (optional)"))
        note_label = QLabel(self.tr("&Why:"))
        note_label.setBuddy(self.note_edit)
        self.retire_button = _button(self.tr("&Retire"), self.tr("Retire the record"),
                                     self.retire, default=True)
        self.cancel_button = _button(self.tr("Cancel"), self.tr("Keep the record"), self.reject)
        row = QHBoxLayout()
        row.addWidget(note_label)
        row.addWidget(self.note_edit, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def retire(self) -> bool:
        """Retire the record (off the GUI thread); the dialog closes when it is done."""
        return self.controller.retire(self.record_id, self.note_edit.text().strip(),
                                      parent=self, then=lambda _o: self._done())

    def _done(self) -> None:
        from shiboken6 import isValid

        if isValid(self):
            self.accept()


class RestoreDialog(QDialog):
    """The retired records; Restore shows one again, as it was."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Restore a retired record"))
        self.setAccessibleName(self.windowTitle())
        self.resize(700, 400)
        self.model = RowsModel([self.tr("Name"), self.tr("Record id"), self.tr("Retired"),
                                self.tr("Note")], self)
        self.table = ActivatingTable(lambda _row: self.restore())
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Retired records"))
        self.empty_label = QLabel()
        self.restore_button = _button(self.tr("&Restore"), self.tr("Restore the selected record"),
                                      self.restore)
        self.close_button = _button(self.tr("Close"), self.tr("Close this list"), self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        session = self.controller.session
        entries = session.retired() if session is not None else []
        self.model.set_rows([([e.record.name, e.id, local_time(e.changed_at), e.note], e)
                             for e in entries])
        if entries:
            self.table.selectRow(0)
        self.empty_label.setText("" if entries else self.tr("No record is retired."))
        self.restore_button.setEnabled(bool(entries))

    def restore(self) -> bool:
        entry = self.model.payload(self.table.current_row())
        return entry is not None and self.controller.restore(entry.id, parent=self)
