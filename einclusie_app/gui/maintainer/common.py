"""Small pieces the maintainer dialogs share: a read-only table model, message boxes that never
block (tests and screen readers alike), and the warning marker.

Message boxes are opened with ``open()`` (window-modal, non-blocking): the program never waits in
a nested event loop, so a test can look at the box and press its buttons.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QStyle, QTableView, QWidget

PayloadRole = Qt.ItemDataRole.UserRole + 1

#: The text marker of a problem, next to the icon: colour is never the only sign.
MARK = "⚠"


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class RowsModel(QAbstractTableModel):
    """Rows of text with one payload each (a core value), shown read-only."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[list[str], Any]] = []
        self._tips: list[list[str]] = []

    def set_rows(self, rows: Sequence[tuple[Sequence[str], Any]],
                 tips: Sequence[Sequence[str]] | None = None) -> None:
        self.beginResetModel()
        self._rows = [(list(cells), payload) for cells, payload in rows]
        self._tips = [list(t) for t in tips] if tips is not None else []
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cells, payload = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tips and index.row() < len(self._tips):
                tip = self._tips[index.row()]
                if index.column() < len(tip) and tip[index.column()]:
                    return tip[index.column()]
            return cells[index.column()] if index.column() < len(cells) else None
        if role == PayloadRole:
            return payload
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class ActivatingTable(QTableView):
    """A read-only table whose Enter (and double-click) runs ``on_activate(row)``."""

    def __init__(self, on_activate: Callable[[int], None] | None = None, parent=None):
        super().__init__(parent)
        self._on_activate = on_activate
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)    # Tab leaves the table; arrows move in it
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda index: self._activate(index.row()))

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def _activate(self, row: int) -> None:
        if self._on_activate is not None and row >= 0:
            self._on_activate(row)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


def fill_row(table, row: int, cells: Sequence[str], marked: Sequence[int] = (),
             icon_col: int = 0) -> None:
    """Put a row of read-only text into a QTableWidget (each cell's text also its tooltip);
    the ``marked`` columns in bold, with the warning icon in ``icon_col`` (a field both sides
    changed: never colour alone)."""
    from PySide6.QtWidgets import QTableWidgetItem

    for col, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if col in marked:
            if col == icon_col:
                item.setIcon(warning_icon())
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, col, item)


def tell(parent: QWidget, title: str, text: str, details: str = "",
         icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Say something in a message box without waiting for it (``open()``, not ``exec()``)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    _remember(parent, box)
    return box


def ask(parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], Any],
        details: str = "", no_text: str = "") -> QMessageBox:
    """Ask a yes/no question without waiting; ``on_yes`` runs when the first button is chosen.
    The safe answer (No) is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setAccessibleName(yes_text)
    if no_text:
        no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
        no.setAccessibleName(no_text)
    else:
        no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    yes.clicked.connect(lambda: on_yes())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    _remember(parent, box)
    box.yes_button = yes
    return box


_last: list[QMessageBox] = []


def _remember(parent: QWidget, box: QMessageBox) -> None:
    _last[:] = [box]


def last_message_box() -> QMessageBox | None:
    """The message box opened last, while it is still open (for tests and the controller)."""
    from shiboken6 import isValid

    box = _last[0] if _last else None
    return box if box is not None and isValid(box) and box.isVisible() else None


def button(text: str, name: str, slot) -> QPushButton:
    """A push button with its accessible name that does not grab Enter from the dialog."""
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.setAutoDefault(False)
    b.clicked.connect(slot)
    return b
