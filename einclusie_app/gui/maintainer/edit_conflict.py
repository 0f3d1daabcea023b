"""Two counters, one record: another counter saved the record after this one opened it.

Core finds it inside the write transaction and stores nothing (``localstore.EditConflict``:
the record as this counter loaded it, as the other counter saved it — theirs — and as this
counter wants it — mine). This dialog shows the three side by side, field by field, with who
changed it and when. A field only one side changed keeps that change without a question; a
field both changed differently needs a choice (theirs or mine). Saving stores the combined
record, based on theirs, so nothing either counter did is lost without a decision. When the
other counter retired or removed the record, the choice is the whole record: leave it so, or
save mine (it shows again).
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from .common import MARK, button as _button, fill_row, tell
from .messages import field_label, field_value_text


def when_text(stamp: str) -> str:
    """A change's UTC time stamp as the staff's local date and time."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class EditConflictDialog(QDialog):
    """See the module's description. ``editor``: the record editor whose save was refused."""

    COL_FIELD, COL_LOADED, COL_THEIRS, COL_MINE, COL_WHAT, COL_KEEP = range(6)

    def __init__(self, conflict, editor, controller):
        super().__init__(editor)
        self.editor = editor
        self.controller = controller
        self.conflict = conflict
        self.picks: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Changed by another counter"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1000, 520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Both versions, field by field"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.COL_FIELD, 150)
        for col in (self.COL_LOADED, self.COL_THEIRS, self.COL_MINE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (self.COL_WHAT, self.COL_KEEP):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = _button(self.tr("&Save both changes"),
                                   self.tr("Save the record with both counters' changes"),
                                   self.save_combined)
        self.save_button.setDefault(True)
        self.mine_button = _button(self.tr("Save &mine (it shows again)"),
                                   self.tr("Save my version of the record"), self.save_mine)
        self.theirs_button = _button(self.tr("&Keep theirs, drop my changes"),
                                     self.tr("Keep the version the other counter saved"),
                                     self.keep_theirs)
        self.back_button = _button(self.tr("&Back to the editor"),
                                   self.tr("Back to the editor; nothing is saved"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_conflict(conflict)

    # -- showing -----------------------------------------------------------------------------

    @property
    def gone(self) -> bool:
        """The other counter retired or removed the record: no field-by-field choice."""
        return self.conflict.theirs is None

    def _who(self) -> str:
        c = self.conflict
        return c.changed_by or self.tr("another counter")

    def show_conflict(self, conflict) -> None:
        """Show a conflict (again, when a third change came in between)."""
        self.conflict = c = conflict
        name = (c.mine or c.loaded or c.theirs).name if (c.mine or c.loaded or c.theirs) \
            else c.record_id
        when = when_text(c.changed_at) if c.changed_at else ""
        if self.gone:
            what = (self.tr("%1 retired “%2” at %3, after you opened it.") if
                    c.their_state == "retired" else
                    self.tr("%1 removed “%2” at %3, after you opened it."))
            text = what.replace("%1", self._who()).replace("%2", name).replace("%3", when or "?")
            text += " " + self.tr("Your changes are not saved yet. Leave it so, or save your "
                                  "version: the record then shows again.")
        else:
            text = self.tr("%1 saved “%2” at %3, after you opened it. Your changes are not "
                           "saved yet.").replace("%1", self._who()).replace("%2", name).replace(
                "%3", when or "?")
            text += " " + self.tr("Below: every field either of you changed. A field only one "
                                  "of you changed keeps that change; for a field marked %1 "
                                  "both of you changed, choose which to keep.").replace(
                "%1", MARK)
        self.intro.setText(text)
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("When you opened it"), self._who(), self.tr("Yours"),
            self.tr("What changed"), self.tr("Keep")])
        fields = [f for f in c.fields() if f.i_changed] if self.gone else c.fields()
        self.picks = {}
        self.table.setRowCount(0)
        self.table.setRowCount(len(fields))
        for r, f in enumerate(fields):
            if self.gone:
                what = self.tr("changed by you")
                theirs = self.tr("(retired)") if c.their_state == "retired" else \
                    self.tr("(removed)")
            else:
                theirs = field_value_text(f.field, f.theirs)
                what = (f"{MARK} " + self.tr("both changed") if f.clash else
                        self.tr("same change by both") if f.they_changed and f.i_changed else
                        self.tr("changed by them: kept") if f.they_changed else
                        self.tr("changed by you: kept"))
            cells = [field_label(f.field), field_value_text(f.field, f.loaded), theirs,
                     field_value_text(f.field, f.mine), what]
            fill_row(self.table, r, cells,
                     (self.COL_FIELD, self.COL_WHAT) if f.clash and not self.gone else ())
            if f.clash and not self.gone:
                combo = QComboBox()
                combo.setAccessibleName(self.tr("Keep which for %1").replace(
                    "%1", field_label(f.field)))
                combo.addItem(self.tr("— choose —"), None)
                combo.addItem(self.tr("theirs"), "theirs")
                combo.addItem(self.tr("mine"), "mine")
                combo.currentIndexChanged.connect(self._enable)
                self.table.setCellWidget(r, self.COL_KEEP, combo)
                self.picks[f.field] = combo
            else:
                self.table.setItem(r, self.COL_KEEP, QTableWidgetItem(""))
        self.table.resizeRowsToContents()
        self.save_button.setVisible(not self.gone)
        self.mine_button.setVisible(self.gone)
        self.theirs_button.setText(self.tr("&Leave it so, drop my changes") if self.gone else
                                   self.tr("&Keep theirs, drop my changes"))
        self._enable()
        first = next(iter(self.picks.values()), None)
        (first or (self.mine_button if self.gone else self.save_button)).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event):
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _enable(self, *_args) -> None:
        missing = [f for f, combo in self.picks.items() if not combo.currentData()]
        self.save_button.setEnabled(not missing)
        if missing:
            self.status.setText(MARK + " " + self.tr(
                "Choose theirs or mine for %n field(s) both of you changed.", "", len(missing)))
        elif self.gone:
            self.status.setText("")
        else:
            self.status.setText(self.tr("Ready: saving keeps both counters' changes."))

    # -- choosing ----------------------------------------------------------------------------

    def pick(self, field: str, side: str) -> None:
        """Choose ``theirs`` or ``mine`` for a field both counters changed."""
        combo = self.picks[field]
        combo.setCurrentIndex(combo.findData(side))

    def choices(self) -> dict[str, str]:
        return {f: combo.currentData() for f, combo in self.picks.items()}

    def save_combined(self) -> bool:
        """Store their record with my changes on top (the picks for the fields both changed),
        based on theirs; off the GUI thread. False when a choice is missing."""
        picks = self.choices()
        if self.gone or not all(picks.values()):
            return False
        return self._save(self.conflict.merged(picks), self.conflict.theirs)

    def save_mine(self) -> bool:
        """The other counter retired or removed the record: save mine anyway (shows again)."""
        if not self.gone or self.conflict.mine is None:
            return False
        return self._save(self.conflict.mine, None)

    def _save(self, record, based_on) -> bool:
        from ...core.localstore import EditConflict
        from ...core.record import RecordError

        for b in (self.save_button, self.mine_button, self.theirs_button):
            b.setEnabled(False)
        self.status.setText(self.tr("Saving…"))

        def refused(exc) -> bool:
            if not _alive(self):
                return False
            self._enable()
            self.mine_button.setEnabled(True)
            self.theirs_button.setEnabled(True)
            if isinstance(exc, EditConflict):      # yet another change came in between
                self.show_conflict(exc)
                self.status.setText(MARK + " " + self.tr(
                    "Changed again meanwhile: look at the versions once more."))
                return True
            if isinstance(exc, RecordError):
                self.status.setText("")
                tell(self, self.tr("Not saved"), self.tr(
                    "Together the two versions have %n problem(s); nothing was saved. Go back "
                    "to the editor to fix them.", "", len(exc.problems)),
                    "\n".join(str(p) for p in exc.problems))
                return True
            return False

        return self.controller.run(lambda s: s.save(record, loaded=based_on),
                                   self.tr("Not saved"),
                                   lambda outcome: self.editor.finish_save(record, outcome),
                                   self, then=lambda _outcome: self.accept(), refused=refused)

    def keep_theirs(self) -> None:
        """Drop my changes: the other counter's version stays (the window shows it)."""
        c = self.conflict
        name = (c.theirs or c.loaded or c.mine).name
        self.accept()
        self.editor.reject()
        self.controller.changed(self.tr("Your changes to “%1” were dropped; %2's version "
                                        "stays.").replace("%1", name).replace("%2",
                                                                            self._who()))


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
