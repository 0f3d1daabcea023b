"""The maintainer's lists: the change log with undo, and the small dialogs to retire a record
and to restore a retired one. (The to-do list is the check round: ``round.py``.)

The change log says every change in the staff's words: the action (a counter's flag, a check
with its result, who checked and how), each field's old and new value with codes as words
("walk in", not ``walk_in``), and an undo as "undoes change 2".

Every change goes through the controller (``controller.py``), which stores it with core, shows
the catalogue again and refreshes the open lists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
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


def local_time(at: str) -> str:
    """A logged UTC time as the computer's local time, to the minute (a change logged with
    its date only, a flag, shows its date)."""
    if len(at) == 10:
        return at
    try:
        return dt.datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def field_value(name: str, value) -> str:
    """A field's value of the log in the staff's words: codes (how to get in, what to bring,
    the kind, the status, the state, school holidays) as words; the rest as it is."""
    from ..labels import access_label, kind_label, status_label, to_bring_label
    from .messages import school_label, state_label

    words = {"kinds": kind_label, "access": access_label, "to_bring": to_bring_label}
    if name in words and isinstance(value, (list, tuple)):
        return "; ".join(words[name](v) for v in value) or "—"
    if name == "status" and isinstance(value, str):
        return status_label(value)
    if name == "state":
        return state_label(value)
    if name == "closed_school_holidays" and isinstance(value, str):
        return school_label(value) if value else "—"
    return value_text(value)


def action_words(change) -> str:
    """What a change did, in the staff's words."""
    from ..flag import reason_label
    from .round import result_label

    if change.action == "flag":
        reason = reason_label(change.detail.get("flag", {}).get("reason", ""))
        text = QCoreApplication.translate("ChangeLog", "flagged at a counter: %1")
        return text.replace("%1", reason)
    if change.action == "flags_closed":
        return QCoreApplication.translate("ChangeLog", "flags closed (not a problem)")
    if change.check:
        result = result_label(change.check.get("result", ""))
        return QCoreApplication.translate("ChangeLog", "checked: %1").replace("%1", result)
    if change.action == "undo":
        return QCoreApplication.translate("ChangeLog", "undo")
    return action_label(change.action)


def note_words(change) -> str:
    """The note of a change: an undo's in the staff's words, a maintainer's as typed."""
    if change.undoes:
        text = QCoreApplication.translate("ChangeLog", "Undoes change %1.")
        return text.replace("%1", str(change.undoes))
    return change.note


def detail_lines(change) -> list[str]:
    """The structured facts of a change (who checked and how, the flag and its text, the flags
    it closed or opened again), one line each."""
    from ...core.checkround import flag_from_row
    from ..flag import flag_line
    from .round import how_labels, result_label

    out = []
    check = change.check or change.detail.get("undoes_check")
    if check:
        how = check.get("how", "")
        line = QCoreApplication.translate("ChangeLog", "%1 on %2: %3, checked by %4")
        line = line.replace("%1", result_label(check.get("result", ""))).replace(
            "%2", check.get("on", "")).replace("%3", how_labels().get(how, how)).replace(
            "%4", check.get("by", ""))
        if change.detail.get("undoes_check"):
            line = QCoreApplication.translate("ChangeLog", "Takes back: %1").replace("%1", line)
        out.append(line)
    flag = change.detail.get("flag")
    if flag and flag.get("text"):
        text = QCoreApplication.translate("ChangeLog", "The counter wrote: “%1”")
        out.append(text.replace("%1", flag["text"]))
    moved = change.detail.get("flags", ()) if change.action != "flag" else ()
    if moved:
        rows = "; ".join(flag_line(flag_from_row(change.record_id, f[1] or f[2]))
                         for f in moved)
        if change.action == "undo":
            text = QCoreApplication.translate("ChangeLog", "Flags opened again: %1")
        else:
            text = QCoreApplication.translate("ChangeLog", "Flags closed: %1")
        out.append(text.replace("%1", rows))
    return out


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
            action = action_words(c)
            if c.undone:
                action = self.tr("%1 (undone)").replace("%1", action)
            full = detail_lines(c) + self.field_lines(c)
            parts = [f"{field_label(f)}: {short(field_value(f, old), 28)} → "
                     f"{short(field_value(f, new), 28)}" for f, (old, new) in
                     sorted(c.fields.items())]
            summary = "; ".join(detail_lines(c)[:1] + parts) or note_words(c)
            rows.append(([local_time(c.at), c.counter, c.record_id, action, summary], c))
            tips.append(["", "", "", "", "\n".join(full)])
        self.model.set_rows(rows, tips)
        if rows:
            self.table.selectRow(0)
        self._show_details()

    def field_lines(self, change) -> list[str]:
        return [f"{field_label(f)}: {field_value(f, old)} → {field_value(f, new)}"
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
            "%4", c.record_id).replace("%5", action_words(c))
        lines = [head]
        if c.undone:
            lines.append(self.tr("Undone by change %1.").replace("%1", str(c.undone_by)))
        if c.undoes:
            lines.append(self.tr("This undid change %1.").replace("%1", str(c.undoes)))
        elif c.note:
            lines.append(self.tr("Note: %1").replace("%1", c.note))
        lines += detail_lines(c) + self.field_lines(c)
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
