"""Conflicts after an update: a record corrected here that the update changed (or removed, or
also added). The maintainer sees the three versions field by field and chooses: keep ours, take
the update's, or merge (a pick for every field both sides changed). Until then the local version
keeps showing (core/overlay.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from .common import button as _button, fill_row, MARK
from .messages import field_label, field_value_text

ConflictRole = Qt.ItemDataRole.UserRole + 20


class ConflictsDialog(QDialog):
    COL_FIELD, COL_LOCAL, COL_OLD, COL_NEW, COL_WHAT, COL_PICK = range(6)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.conflicts = []
        self.picks: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Conflicts after an update"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1050, 620)
        intro = QLabel(self.tr("These records were corrected here, and the update changed them "
                               "too. The version made here keeps showing until you choose."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records in conflict"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("The versions, field by field"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Here (local)"), self.tr("Before the update"),
            self.tr("In the update"), self.tr("What changed"), self.tr("Keep which?")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (self.COL_LOCAL, self.COL_OLD, self.COL_NEW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.COL_FIELD, 170)
        header.setSectionResizeMode(self.COL_WHAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_PICK, QHeaderView.ResizeMode.ResizeToContents)
        self.keep_button = _button(self.tr("&Keep ours"),
                                   self.tr("Keep the version made here"), self.keep_local)
        self.take_button = _button(self.tr("&Take the update's"),
                                   self.tr("Take the version in the update"), self.take_shipped)
        self.merge_button = _button(self.tr("&Merge field by field"),
                                    self.tr("Merge: each field as chosen"), self.merge)
        self.close_button = _button(self.tr("Close"), self.tr("Close the conflicts"), self.accept)
        self.status = QLabel()
        self.status.setWordWrap(True)
        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.explain)
        col.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([200, 850])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.refresh()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing -------------------------------------------------------------------------

    def showEvent(self, event):
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def refresh(self) -> None:
        """Find the conflicts off the GUI thread (it reads every local record), then list
        them."""
        if not self.controller.query(lambda s: s.conflicts(), self._fill,
                                     self.tr("Finding conflicts")):
            self._fill([])

    def _fill(self, conflicts) -> None:
        keep = self.current.id if self.current is not None else None
        self.conflicts = list(conflicts)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self.conflicts:
            name = (c.local.name if c.local else c.id)
            item = QListWidgetItem(f"{name} — {self._kind_text(c.kind)}")
            item.setData(ConflictRole, c.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [c.id for c in self.conflicts]
        if ids:
            self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
            self.status.setText(self.tr("%n record(s) to settle.", "", len(ids)))
        else:
            self.status.setText(self.tr("No conflicts: every local record agrees with the "
                                        "catalogue in use."))
        self._show(self.list.currentRow())

    @property
    def current(self):
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _kind_text(self, kind: str) -> str:
        return {
            "changed": self.tr("changed by the update"),
            "removed": self.tr("no longer in the update"),
            "also_shipped": self.tr("added here, and now also in the update"),
        }.get(kind, kind)

    def _show(self, _row: int = -1) -> None:
        c = self.current
        self.picks = {}
        self.table.setRowCount(0)
        if c is None:
            self.explain.setText("")
            for b in (self.keep_button, self.take_button, self.merge_button):
                b.setEnabled(False)
            return
        texts = {
            "changed": self.tr("“%1” was changed here; the update changed it too."),
            "removed": self.tr("“%1” was changed here; the update no longer has it. Keeping "
                               "ours makes it a record of this municipality; taking the "
                               "update's removes it."),
            "also_shipped": self.tr("“%1” was added here; the update now has a record with "
                                    "the same id."),
        }
        text = texts.get(c.kind, "“%1”").replace("%1", c.local.name)
        if c.state == "retired":
            text += " " + self.tr("It is retired here: keeping ours keeps it retired.")
        self.explain.setText(text)
        local = c.local.to_dict()
        old = c.old_shipped.to_dict() if c.old_shipped else {}
        new = c.new_shipped.to_dict() if c.new_shipped else {}
        mine, theirs, clashes = set(c.local_fields()), set(c.shipped_fields()), c.clashes()
        from ...core.record import record_fields

        fields = [f for f in record_fields() if f in mine | theirs | set(clashes)]
        self.table.setRowCount(len(fields))
        for r, f in enumerate(fields):
            if f in clashes:
                what = f"{MARK} " + self.tr("both changed")
            elif f in mine and f in theirs:
                what = self.tr("same change on both sides")
            elif f in mine:
                what = self.tr("changed here")
            else:
                what = self.tr("changed by the update")
            cells = [field_label(f), field_value_text(f, local.get(f)),
                     field_value_text(f, old.get(f)) if c.old_shipped else "—",
                     field_value_text(f, new.get(f)) if c.new_shipped else
                     self.tr("(not in the update)"), what]
            fill_row(self.table, r, cells,
                     (self.COL_FIELD, self.COL_WHAT) if f in clashes else ())
            if f in clashes and c.new_shipped is not None and c.state != "retired":
                combo = QComboBox()
                combo.setAccessibleName(self.tr("Keep which for %1").replace("%1", field_label(f)))
                combo.addItem(self.tr("— choose —"), None)
                combo.addItem(self.tr("ours (here)"), "local")
                combo.addItem(self.tr("the update's"), "shipped")
                combo.currentIndexChanged.connect(self._enable)
                self.table.setCellWidget(r, self.COL_PICK, combo)
                self.picks[f] = combo
            else:
                self.table.setItem(r, self.COL_PICK, QTableWidgetItem(""))
        self.table.resizeRowsToContents()
        self.keep_button.setEnabled(True)
        self.take_button.setEnabled(True)
        self._enable()

    def _enable(self, *_args) -> None:
        c = self.current
        can_merge = (c is not None and c.new_shipped is not None and c.state != "retired"
                     and all(combo.currentData() for combo in self.picks.values()))
        self.merge_button.setEnabled(can_merge)
        if c is not None and c.new_shipped is None:
            self.merge_button.setToolTip(self.tr("The update no longer has this record: keep ours "
                                                 "or take the update's."))
        elif c is not None and c.state == "retired":
            self.merge_button.setToolTip(self.tr("Retired here: keep it retired or take the "
                                                 "update's version."))
        elif self.picks and not can_merge:
            self.merge_button.setToolTip(self.tr("Choose, for every field marked %1, which "
                                                 "version to keep.").replace("%1", MARK))
        else:
            self.merge_button.setToolTip("")

    # -- choosing ------------------------------------------------------------------------

    def pick(self, field: str, side: str) -> None:
        """Choose ``local`` or ``shipped`` for a field both sides changed."""
        combo = self.picks[field]
        combo.setCurrentIndex(combo.findData(side))

    def _resolve(self, choice: str, picks: dict[str, str] | None = None) -> bool:
        c = self.current
        if c is None:
            return False
        return self.controller.resolve(c.id, choice, picks, parent=self)

    def keep_local(self) -> bool:
        return self._resolve("local")

    def take_shipped(self) -> bool:
        return self._resolve("shipped")

    def merge(self) -> bool:
        picks = {f: combo.currentData() for f, combo in self.picks.items()}
        if not all(picks.values()):
            return False
        return self._resolve("merge", picks)
