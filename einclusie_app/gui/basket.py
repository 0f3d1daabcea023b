"""The basket: the records chosen for the client in front of the worker, for the handout.

It lives in memory only. "New client" empties it with everything else of the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from .labels import kind_label
from .resources import kind_icon

#: Records that fit on a handout (two pages); core.handout.MAX_RECORDS, kept equal by a test.
MAX_RECORDS = 6
_NAME = Qt.ItemDataRole.UserRole + 1
_KIND = Qt.ItemDataRole.UserRole + 2


class BasketPanel(QWidget):
    """A short, ordered list with move up / move down / remove, and the print buttons."""

    changed = Signal()
    print_requested = Signal()
    pdf_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("For this client"))
        self.list.setMaximumHeight(130)
        self.list.installEventFilter(self)
        from .results_view import highlight_focus

        highlight_focus(self.list)
        self.up = QPushButton(self.tr("Up"))
        self.up.setAccessibleName(self.tr("Move up in the basket"))
        self.down = QPushButton(self.tr("Down"))
        self.down.setAccessibleName(self.tr("Move down in the basket"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove from the basket"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the page for the client"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the page for the client as PDF"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(+1))
        self.remove.clicked.connect(self.remove_current)
        self.print_button.clicked.connect(self.print_requested.emit)
        self.pdf_button.clicked.connect(self.pdf_requested.emit)
        buttons = QHBoxLayout()
        for b in (self.up, self.down, self.remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._update()

    #: How many records fit on the page(s) for the client.
    capacity = MAX_RECORDS

    def ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def entries(self) -> list[tuple[str, str, str]]:
        """(id, name, kind) of each record, in order (to carry the basket into a new window)."""
        return [(self.list.item(i).data(Qt.ItemDataRole.UserRole),
                 self.list.item(i).data(_NAME), self.list.item(i).data(_KIND))
                for i in range(self.list.count())]

    def set_entries(self, entries) -> None:
        self.list.clear()
        for ident, name, kind in entries:
            self.add(ident, name, kind)
        self._update()

    def why_not(self, ident: str) -> str | None:
        """Why ``ident`` cannot be added: "already" (it is in the basket), "full", or None."""
        if ident in self.ids():
            return "already"
        if self.list.count() >= MAX_RECORDS:
            return "full"
        return None

    def add(self, ident: str, name: str, kind: str) -> bool:
        """Add a record once; False when it is there already or the basket is full
        (:meth:`why_not` says which)."""
        if self.why_not(ident) is not None:
            return False
        item = QListWidgetItem(kind_icon(kind), f"{name} — {kind_label(kind)}")
        item.setData(Qt.ItemDataRole.UserRole, ident)
        item.setData(_NAME, name)
        item.setData(_KIND, kind)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self._update()
        return True

    def eventFilter(self, obj, event):
        """The list with the keys always has a current record, drawn selected."""
        if obj is self.list and event.type() == QEvent.Type.FocusIn and self.list.count() \
                and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        return False

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._update()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._update()

    def clear(self) -> None:
        self.list.clear()
        self._update()

    def _update(self) -> None:
        n = self.list.count()
        self.title.setText(self.tr("For this client: %1 of %2").replace("%1", str(n)).replace(
            "%2", str(MAX_RECORDS)))
        for b in (self.print_button, self.pdf_button):
            b.setEnabled(n > 0)
        self.changed.emit()
