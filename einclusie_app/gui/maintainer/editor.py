"""The record editor: every field of one record, checked as the maintainer types.

Each field is checked with core/validate.py as it changes; the reason shows next to the field in
plain words (a ⚠ marker and the words, never colour alone), the tabs carry the number of problems,
and a list at the bottom says how many problems there are and where (Enter on one goes to the
field). What the per-field checks do not cover (an id another record uses, a rule on the whole
record) comes from ``Workspace.problems``. Save stays off while any problem remains; saving calls
``Session.save`` (validated, logged, undoable) with the record as it was loaded, so that another
counter's change since is found (gui/maintainer/edit_conflict.py then shows both versions).

The dialog holds no rules of its own: it turns the form into a :class:`~...core.record.Record`
and asks core which problems it has. The record is built from the one it loaded
(``dataclasses.replace``): what the form has no control for (other ids, HSDS data kept as
received) is saved as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDialog,
    QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QStyledItemDelegate,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from ...core import vocab
from ...core.localstore import StoreError
from ...core.record import (
    HoursException, Location, Phone, Record, RecordError, Source, record_fields,
)
from ...core.validate import check_area, check_coordinates
from ..labels import access_label, kind_label, status_label, to_bring_label, weekday_short
from .common import MARK, tell, warning_icon
from .messages import (
    area_scope_labels, column_label, confidence_label, field_label, field_words, issue_text,
    region_label, row_words, school_label, split_path, store_refusal,
)

CodeRole = Qt.ItemDataRole.UserRole + 10

#: The tables of a record and their columns, in the record's own names.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "locations": ("name", "street", "house_number", "postcode", "municipality", "latitude",
                  "longitude", "accessibility"),
    "phones": ("number", "description"),
    "hours_exceptions": ("date", "opens", "closes", "description"),
    "sources": ("url", "date", "confidence", "notes"),
}

#: A fixed Monday for the week preview (legal holidays play no part in it).
PREVIEW_MONDAY = dt.date(2025, 1, 6)


@dataclass(frozen=True)
class Found:
    """One problem in the form: the record field path, the reason in words, the table row."""

    path: str
    text: str
    row: int | None = None


# -- tables ---------------------------------------------------------------------------------


class CellDelegate(QStyledItemDelegate):
    """Cell editors with an accessible name; a column with codes gets a drop-down list."""

    def __init__(self, name: str, choices: Sequence[tuple[str, str]] = (), parent=None):
        super().__init__(parent)
        self._name = name
        self._choices = list(choices)

    def createEditor(self, parent, option, index):
        if not self._choices:
            editor = super().createEditor(parent, option, index)
        else:
            editor = QComboBox(parent)
            for code, label in self._choices:
                editor.addItem(label, code)
        editor.setAccessibleName(self._name)
        return editor

    def setEditorData(self, editor, index):
        if not self._choices:
            super().setEditorData(editor, index)
            return
        pos = editor.findData(index.data(CodeRole))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor, model, index):
        if not self._choices:
            super().setModelData(editor, model, index)
            return
        model.setData(index, editor.currentData(), CodeRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class EditTable(QTableWidget):
    """One of a record's tables (phones, addresses, exceptions, sources), edited in place.

    Typing in a cell starts editing it; Enter keeps the text; Tab while editing goes to the next
    cell; out of editing, Tab leaves the table and the arrow keys move in it."""

    def __init__(self, table: str, name: str, choices: dict[str, Sequence[tuple[str, str]]] | None
                 = None, parent=None):
        self.table = table
        self.columns = TABLE_COLUMNS[table]
        super().__init__(0, len(self.columns), parent)
        self._choices = choices or {}
        self.setHorizontalHeaderLabels([column_label(table, c) for c in self.columns])
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                             | triggers.AnyKeyPressed | triggers.SelectedClicked)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setMinimumHeight(110)
        for i, col in enumerate(self.columns):
            self.setItemDelegateForColumn(
                i, CellDelegate(column_label(table, col), self._choices.get(col, ()), self))

    # -- values

    def _item(self, col: str, value: str) -> QTableWidgetItem:
        choices = self._choices.get(col)
        if choices:
            code = value or choices[0][0]
            label = dict(choices).get(code, code)
            item = QTableWidgetItem(label)
            item.setData(CodeRole, code)
            return item
        return QTableWidgetItem(value)

    def set_rows(self, rows: Sequence[dict[str, str]]) -> None:
        blocked = self.blockSignals(True)
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, col in enumerate(self.columns):
                self.setItem(r, c, self._item(col, row.get(col, "")))
        self.blockSignals(blocked)

    def value(self, row: int, col: str) -> str:
        item = self.item(row, self.columns.index(col))
        if item is None:
            return ""
        if col in self._choices:
            return item.data(CodeRole) or ""
        return item.text().strip()

    def rows(self) -> list[dict[str, str]]:
        return [{col: self.value(r, col) for col in self.columns} for r in range(self.rowCount())]

    def is_blank(self, row: dict[str, str]) -> bool:
        """A row with nothing typed in it (choice columns do not count): left out."""
        return not any(v for k, v in row.items() if k not in self._choices)

    def add_row(self) -> int:
        r = self.rowCount()
        blocked = self.blockSignals(True)
        self.insertRow(r)
        for c, col in enumerate(self.columns):
            self.setItem(r, c, self._item(col, ""))
        self.blockSignals(blocked)
        self.itemChanged.emit(self.item(r, 0))
        self.setCurrentCell(r, 0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editItem(self.item(r, 0))
        return r

    def set_value(self, row: int, col: str, text: str) -> None:
        """Put a value in a cell (an open cell editor is closed without keeping its text)."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        c = self.columns.index(col)
        if col in self._choices:
            self.setItem(row, c, self._item(col, text))
        else:
            self.item(row, c).setText(text)

    def remove_current(self) -> None:
        r = self.currentRow()
        if r < 0:
            return
        self.commit_pending()
        self.removeRow(r)
        if self.rowCount():
            self.setCurrentCell(min(r, self.rowCount() - 1), 0)

    def commit_pending(self) -> None:
        """Keep what is being typed in a cell (Save pressed while a cell is open)."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- problems

    def mark(self, marks: dict[tuple[int, int], str]) -> None:
        """Put the warning icon and the reason (tooltip) on the cells with a problem."""
        blocked = self.blockSignals(True)
        icon = warning_icon()
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is None:
                    continue
                text = marks.get((r, c))
                if text:
                    item.setIcon(icon)
                    item.setToolTip(f"{MARK} {text}")
                elif item.toolTip():
                    item.setIcon(_no_icon())
                    item.setToolTip("")
        self.blockSignals(blocked)


def _no_icon():
    from PySide6.QtGui import QIcon

    return QIcon()


# -- slots: where each field lives in the dialog ------------------------------------------------


@dataclass
class Slot:
    tab: int
    widget: QWidget                 # what gets the focus
    problem: QLabel                 # the reason next to the field


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #8a1c1c;")
    label.hide()
    return label


class RecordEditor(QDialog):
    """Add a record (``record`` None) or correct one (starting from the effective record)."""

    #: The record was saved: its id and a sentence for the status bar.
    saved = Signal(str, str)

    def __init__(self, session, record: Record | None = None, parent=None, *,
                 today: dt.date | None = None, controller=None):
        super().__init__(parent)
        #: The window's session (core/session.py): its gazetteer, its checks, its save.
        self.session = session
        self.controller = controller
        self.original = record
        self.is_new = record is None
        self.today = today or dt.date.today()
        self.found: list[Found] = []
        self.change = None
        #: The dialog showing another counter's change beside this one, when there was one.
        self.conflict_dialog = None
        self._loading = False
        self._id_touched = not self.is_new
        self._slots: dict[str, Slot] = {}
        self._rows_of: dict[str, list[int]] = {}
        self._main_kind = ""
        self.setWindowTitle(self.tr("New record") if self.is_new else
                            self.tr("Edit record: %1").replace("%1", record.name))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 680)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the record"))
        self._tab_titles: list[str] = []
        self._build_general()
        self._build_where()
        self._build_contact()
        self._build_hours()
        self._build_access()
        self._build_sources()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems to fix before saving"))
        self.problem_list.setMaximumHeight(90)
        self.problem_list.setWordWrap(True)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.itemActivated.connect(self._go_to_item)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the record"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_list)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_key)

        self.load(record or Record(id="", name="", kinds=[]))
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------------------

    def _page(self, title: str) -> tuple[int, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        index = self.tabs.addTab(scroll, title)
        self._tab_titles.append(title)
        return index, form

    def _field(self, tab: int, form: QFormLayout, key: str, widget: QWidget, label: str = "",
               focus: QWidget | None = None, hint: str = "") -> QWidget:
        """Add a row: its label, the control, and the place where its problem shows."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(widget)
        problem = _problem_label()
        col.addWidget(problem)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            col.addWidget(hint_label)
        if not isinstance(focus or widget, EditTable):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        caption = QLabel(label or field_label(key))
        caption.setBuddy(focus or widget)
        form.addRow(caption, box)
        self._slots[key] = Slot(tab, focus or widget, problem)
        return box

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)
        return edit

    def _build_general(self) -> None:
        tab, form = self._page(self.tr("&General"))
        self.name_edit = self._line(self.tr("Name"), self.tr("as the source gives it"))
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("Record id"))
        # Typing in the id only checks it: the suggestion from the name stops at the first key.
        self.id_edit.textChanged.connect(self._id_changed)
        self.id_edit.textEdited.connect(self._id_edited)
        self.org_edit = self._line(self.tr("Organisation"), self.tr("who runs it"))
        self.kind_checks: dict[str, QCheckBox] = {}
        kinds_box = QWidget()
        row = QHBoxLayout(kinds_box)
        row.setContentsMargins(0, 0, 0, 0)
        for code in vocab.KINDS:
            check = QCheckBox(kind_label(code))
            check.setAccessibleName(self.tr("Kind: %1").replace("%1", kind_label(code)))
            check.toggled.connect(self._kinds_toggled)
            self.kind_checks[code] = check
            row.addWidget(check)
        self.main_kind_combo = QComboBox()
        self.main_kind_combo.setAccessibleName(self.tr("Main kind (listed first)"))
        self.main_kind_combo.setToolTip(self.tr("The main kind is listed first"))
        self.main_kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.main_kind_combo.currentIndexChanged.connect(self._main_kind_chosen)
        row.addWidget(QLabel(self.tr("main:")))
        row.addWidget(self.main_kind_combo)
        row.addStretch(1)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)
        self.description_edit.textChanged.connect(self._changed)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for code in vocab.STATUSES:
            self.status_combo.addItem(status_label(code), code)
        self.status_combo.currentIndexChanged.connect(self._changed)
        self.alert_edit = self._line(self.tr("Warning for staff"),
                                     self.tr("a doubt staff must see, e.g. funding ended?"))
        self.ended_check = QCheckBox(self.tr("Its own sources say this offer may have ended"))
        self.ended_check.setAccessibleName(self.tr("May have ended"))
        self.ended_check.toggled.connect(self._changed)
        self.audience_edit = self._line(self.tr("For whom"), self.tr("as stated, e.g. iedereen"))
        self.topics_edit = self._line(self.tr("Topics"), self.tr("itsme; smartphone; belastingen"))
        self._field(tab, form, "name", self.name_edit)
        self._field(tab, form, "id", self.id_edit,
                    hint=self.tr("Made from the name; you may type another. It never changes "
                                 "once saved.") if self.is_new else
                    self.tr("The id never changes."))
        self._field(tab, form, "organization", self.org_edit)
        self._field(tab, form, "kinds", kinds_box, focus=self.kind_checks[vocab.KINDS[0]])
        self._field(tab, form, "description", self.description_edit)
        self._field(tab, form, "status", self.status_combo)
        self._field(tab, form, "alert", self.alert_edit)
        self._field(tab, form, "may_have_ended", self.ended_check,
                    hint=self.tr("Only when the record's own sources say so (funding not "
                                 "extended, a pilot, a project with an end date); say why in "
                                 "“Warning for staff”. Staff see it; a client is told to call "
                                 "first."))
        self._field(tab, form, "audience", self.audience_edit)
        self._field(tab, form, "topics", self.topics_edit,
                    hint=self.tr("Separate topics with a semicolon (;)."))

    def _build_where(self) -> None:
        tab, form = self._page(self.tr("&Where"))
        self.locations_table = EditTable("locations", self.tr("Addresses"))
        self.locations_table.horizontalHeader().resizeSection(0, 150)
        self._connect_table(self.locations_table)
        box = self._table_box(self.locations_table, self.tr("Add address"),
                              self.tr("Remove address"))
        self._field(tab, form, "locations", box, focus=self.locations_table,
                    hint=self.tr("A postcode or a municipality is enough; coordinates only when "
                                 "measured for this address."))
        # service area: a list of codes and a helper to add one
        self.area_list = QListWidget()
        self.area_list.setAccessibleName(self.tr("Service area"))
        self.area_list.setMaximumHeight(80)
        self.area_scope = QComboBox()
        self.area_scope.setAccessibleName(self.tr("Kind of area to add"))
        for code, label in area_scope_labels().items():
            self.area_scope.addItem(label, code)
        self.area_scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.area_region = QComboBox()
        self.area_region.setAccessibleName(self.tr("Region to add"))
        for code in vocab.REGIONS:
            self.area_region.addItem(region_label(code), code)
        self.area_value = QLineEdit()
        self.area_value.setAccessibleName(self.tr("Province or municipality to add"))
        self.area_value.setPlaceholderText(self.tr("e.g. Gent, or West-Vlaanderen"))
        self.area_value.returnPressed.connect(self.add_area)
        self.add_area_button = QPushButton(self.tr("Add area"))
        self.add_area_button.setAccessibleName(self.tr("Add this area to the service area"))
        self.add_area_button.setAutoDefault(False)
        self.add_area_button.clicked.connect(self.add_area)
        self.remove_area_button = QPushButton(self.tr("Remove area"))
        self.remove_area_button.setAccessibleName(self.tr("Remove the selected area"))
        self.remove_area_button.setAutoDefault(False)
        self.remove_area_button.clicked.connect(self.remove_area)
        self.area_hint = _problem_label()
        self.area_scope.currentIndexChanged.connect(self._area_scope_changed)
        helper = QHBoxLayout()
        helper.addWidget(self.area_scope)
        helper.addWidget(self.area_region)
        helper.addWidget(self.area_value, 1)
        helper.addWidget(self.add_area_button)
        helper.addWidget(self.remove_area_button)
        helper.addStretch(1)
        area_box = QWidget()
        col = QVBoxLayout(area_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.area_list)
        col.addLayout(helper)
        col.addWidget(self.area_hint)
        self._field(tab, form, "service_area", area_box, focus=self.area_list,
                    hint=self.tr("For help that is not tied to an address (helplines, schemes): "
                                 "where it serves."))
        self._area_scope_changed()
        try:
            completer = QCompleter(self.session.gazetteer.labels(), self)
        except Exception:  # noqa: BLE001 - a completer is a convenience, never a failure
            completer = None
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.area_value.setCompleter(completer)

    def _build_contact(self) -> None:
        tab, form = self._page(self.tr("C&ontact"))
        self.phones_table = EditTable("phones", self.tr("Phones"))
        self.phones_table.horizontalHeader().resizeSection(0, 180)
        self._connect_table(self.phones_table)
        box = self._table_box(self.phones_table, self.tr("Add phone"), self.tr("Remove phone"))
        self._field(tab, form, "phones", box, focus=self.phones_table,
                    hint=self.tr("As printed on the source, e.g. 050 12 34 56; short numbers "
                                 "such as 1700 are fine."))
        self.email_edit = self._line(self.tr("E-mail"), "naam@gemeente.be")
        self.website_edit = self._line(self.tr("Website"), "www.gemeente.be/digipunt")
        self._field(tab, form, "email", self.email_edit)
        self._field(tab, form, "website", self.website_edit)

    def _build_hours(self) -> None:
        tab, form = self._page(self.tr("&Hours"))
        self.hours_edit = self._line(self.tr("Weekly hours"),
                                     "Mo 09:00-12:00,13:00-17:00; We 14:00-16:00")
        self.preview = QLabel()
        self.preview.setAccessibleName(self.tr("Week preview"))
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        hours_box = QWidget()
        col = QVBoxLayout(hours_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.hours_edit)
        col.addWidget(self.preview)
        self._field(tab, form, "hours", hours_box, focus=self.hours_edit,
                    hint=self.tr("Days Mo Tu We Th Fr Sa Su; windows with a comma, days with a "
                                 "semicolon. Only when the source gives a weekly pattern."))
        self.hours_text_edit = self._line(self.tr("Hours as the source gave them"),
                                          self.tr("e.g. dinsdag 14-16.30 uur"))
        self._field(tab, form, "hours_text", self.hours_text_edit)
        self.holidays_combo = QComboBox()
        self.holidays_combo.setAccessibleName(self.tr("Open on legal holidays"))
        self.holidays_combo.addItem(
            self.tr("As usual: closed, except a line open day and night"), None)
        self.holidays_combo.addItem(self.tr("Open on legal holidays"), True)
        self.holidays_combo.addItem(self.tr("Closed on legal holidays"), False)
        self.holidays_combo.currentIndexChanged.connect(self._changed)
        self._field(tab, form, "open_on_holidays", self.holidays_combo)
        self.school_combo = QComboBox()
        self.school_combo.setAccessibleName(self.tr("Closed in school holidays"))
        for code in ("", *vocab.SCHOOL_CALENDARS):
            self.school_combo.addItem(school_label(code), code)
        self.school_combo.currentIndexChanged.connect(self._changed)
        self._field(tab, form, "closed_school_holidays", self.school_combo)
        self.exceptions_table = EditTable("hours_exceptions", self.tr("Dated exceptions"))
        self._connect_table(self.exceptions_table)
        box = self._table_box(self.exceptions_table, self.tr("Add exception"),
                              self.tr("Remove exception"))
        self._field(tab, form, "hours_exceptions", box, focus=self.exceptions_table,
                    hint=self.tr("A date (YYYY-MM-DD) without times: closed that day. With both "
                                 "times: an extra session."))

    def _build_access(self) -> None:
        tab, form = self._page(self.tr("&Access && cost"))
        self.access_checks: dict[str, QCheckBox] = {}
        self.to_bring_checks: dict[str, QCheckBox] = {}
        access_box = QWidget()
        grid = QGridLayout(access_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(vocab.ACCESS):
            check = QCheckBox(access_label(code))
            check.setAccessibleName(self.tr("Way in: %1").replace("%1", access_label(code)))
            check.toggled.connect(self._changed)
            self.access_checks[code] = check
            grid.addWidget(check, i // 2, i % 2)
        bring_box = QWidget()
        grid = QGridLayout(bring_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(vocab.TO_BRING):
            check = QCheckBox(to_bring_label(code))
            check.setAccessibleName(self.tr("To bring: %1").replace("%1", to_bring_label(code)))
            check.toggled.connect(self._changed)
            self.to_bring_checks[code] = check
            grid.addWidget(check, i // 2, i % 2)
        self.languages_edit = self._line(self.tr("Languages"), "nl, fr, en")
        self.cost_edit = self._line(self.tr("Cost"), self.tr("free, or the cost as stated"))
        self._field(tab, form, "access", access_box, focus=self.access_checks[vocab.ACCESS[0]])
        self._field(tab, form, "to_bring", bring_box,
                    focus=self.to_bring_checks[vocab.TO_BRING[0]],
                    hint=self.tr("Only what a source says."))
        self._field(tab, form, "languages", self.languages_edit,
                    hint=self.tr("Language codes the help is given in, separated by commas."))
        self._field(tab, form, "cost", self.cost_edit,
                    hint=self.tr("Write “free” when it is free; leave empty when nobody said."))

    def _build_sources(self) -> None:
        tab, form = self._page(self.tr("So&urces"))
        choices = {"confidence": [(c, confidence_label(c)) for c in vocab.CONFIDENCE]}
        self.sources_table = EditTable("sources", self.tr("Sources"), choices)
        self.sources_table.horizontalHeader().resizeSection(0, 260)
        self._connect_table(self.sources_table)
        box = self._table_box(self.sources_table, self.tr("Add source"),
                              self.tr("Remove source"))
        self._field(tab, form, "sources", box, focus=self.sources_table,
                    hint=self.tr("Every page or document a fact was read on, with its date."))
        self.assured_edit = self._line(self.tr("Last checked"), "YYYY-MM-DD")
        self.checked_today_button = QPushButton(self.tr("Checked &today"))
        self.checked_today_button.setAccessibleName(
            self.tr("Checked today: set the last-checked date to today"))
        self.checked_today_button.setAutoDefault(False)
        self.checked_today_button.clicked.connect(self.checked_today)
        row_box = QWidget()
        row = QHBoxLayout(row_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.assured_edit, 1)
        row.addWidget(self.checked_today_button)
        self._field(tab, form, "assured_date", row_box, focus=self.assured_edit,
                    hint=self.tr("When a person last checked these facts (a record not checked "
                                 "for 12 months shows “call first”)."))

    def _table_box(self, table: EditTable, add_text: str, remove_text: str) -> QWidget:
        add = QPushButton(add_text)
        add.setAccessibleName(add_text)
        add.setAutoDefault(False)
        add.clicked.connect(table.add_row)
        remove = QPushButton(remove_text)
        remove.setAccessibleName(remove_text)
        remove.setAutoDefault(False)
        remove.clicked.connect(table.remove_current)
        table.add_button, table.remove_button = add, remove
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        col.addLayout(row)
        return box

    def _connect_table(self, table: EditTable) -> None:
        table.itemChanged.connect(self._changed)
        table.model().rowsRemoved.connect(self._changed)

    # -- loading -----------------------------------------------------------------------------

    def load(self, r: Record) -> None:
        """Fill the form with a record (a new one: empty)."""
        self._loading = True
        try:
            self.id_edit.setText(r.id)
            self.id_edit.setReadOnly(not self.is_new)
            self.name_edit.setText(r.name)
            self.org_edit.setText(r.organization)
            self._kinds_order = list(r.kinds)
            for code, check in self.kind_checks.items():
                check.setChecked(code in r.kinds)
            self._main_kind = r.kinds[0] if r.kinds else ""
            self._fill_main_kind()
            self.description_edit.setPlainText(r.description)
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(r.status), 0))
            self.alert_edit.setText(r.alert)
            self.ended_check.setChecked(r.may_have_ended)
            self.audience_edit.setText(r.audience)
            self.topics_edit.setText("; ".join(r.topics))
            self.locations_table.set_rows([{
                "name": loc.name, "street": loc.street, "house_number": loc.house_number,
                "postcode": loc.postcode, "municipality": loc.municipality,
                "latitude": "" if loc.latitude is None else f"{loc.latitude}",
                "longitude": "" if loc.longitude is None else f"{loc.longitude}",
                "accessibility": loc.accessibility} for loc in r.locations])
            self.area_list.clear()
            for code in r.service_area:
                self._add_area_item(code)
            self.phones_table.set_rows([{"number": p.number, "description": p.description}
                                        for p in r.phones])
            self.email_edit.setText(r.email)
            self.website_edit.setText(r.website)
            self.hours_edit.setText(r.hours)
            self.hours_text_edit.setText(r.hours_text)
            self.holidays_combo.setCurrentIndex(
                {None: 0, True: 1, False: 2}.get(r.open_on_holidays, 0))
            self.school_combo.setCurrentIndex(
                max(self.school_combo.findData(r.closed_school_holidays), 0))
            self.exceptions_table.set_rows([{"date": e.date, "opens": e.opens,
                                             "closes": e.closes, "description": e.description}
                                            for e in r.hours_exceptions])
            self._access_order = list(r.access)
            for code, check in self.access_checks.items():
                check.setChecked(code in r.access)
            self._bring_order = list(r.to_bring)
            for code, check in self.to_bring_checks.items():
                check.setChecked(code in r.to_bring)
            self.languages_edit.setText(", ".join(r.languages))
            self.cost_edit.setText(r.cost)
            self.sources_table.set_rows([{"url": s.url, "date": s.date,
                                          "confidence": s.confidence, "notes": s.notes}
                                         for s in r.sources])
            self.assured_edit.setText(r.assured_date)
        finally:
            self._loading = False
        self._changed()

    # -- reacting ----------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._suggest_id()
        self._update_preview()
        self.validate()

    def _id_changed(self, _text: str) -> None:
        if not self._loading:
            self.validate()

    def _id_edited(self, text: str) -> None:
        self._id_touched = bool(text.strip())

    def _suggest_id(self) -> None:
        """A new record's id follows its name (and place) until the maintainer types one."""
        if not self.is_new or self._id_touched:
            return
        from ...core.spreadsheet import make_id

        name = self.name_edit.text().strip()
        place = ""
        for row in self.locations_table.rows():
            place = row["postcode"] or row["municipality"]
            if place:
                break
        base = make_id(name, place) if name else ""
        candidate, n = base, 2
        while candidate and self.session.state(candidate) is not None:
            candidate = f"{base[:76].rstrip('-')}-{n}"
            n += 1
        if candidate != self.id_edit.text():
            blocked = self.id_edit.blockSignals(True)
            self.id_edit.setText(candidate)
            self.id_edit.blockSignals(blocked)

    def _kinds_toggled(self, *_args) -> None:
        if self._loading:
            return
        self._fill_main_kind()
        self._changed()

    def _fill_main_kind(self) -> None:
        checked = [k for k in vocab.KINDS if self.kind_checks[k].isChecked()]
        if self._main_kind not in checked:
            self._main_kind = checked[0] if checked else ""
        blocked = self.main_kind_combo.blockSignals(True)
        self.main_kind_combo.clear()
        for code in checked:
            self.main_kind_combo.addItem(kind_label(code), code)
        self.main_kind_combo.setCurrentIndex(max(self.main_kind_combo.findData(self._main_kind), 0))
        self.main_kind_combo.setEnabled(len(checked) > 1)
        self.main_kind_combo.blockSignals(blocked)

    def _main_kind_chosen(self, _index: int) -> None:
        code = self.main_kind_combo.currentData()
        if code:
            self._main_kind = code
            self._changed()

    def _update_preview(self) -> None:
        from ...core.hours import HoursError, schedule_from_weekly, week_table
        from ...core.opening import window_text

        text = self.hours_edit.text().strip()
        if not text:
            self.preview.setText(self.tr("No weekly hours: the program says “hours not known — "
                                         "call first”."))
            return
        try:
            rows = week_table(schedule_from_weekly(text, open_on_holidays=True), PREVIEW_MONDAY)
        except HoursError:
            self.preview.setText(self.tr("The week appears here when the hours make sense."))
            return
        import html

        cells = []
        for row in rows:
            times = window_text(row.windows) or self.tr("closed")
            cells.append(f"<tr><td><b>{html.escape(weekday_short(row.weekday))}</b>&nbsp;</td>"
                         f"<td>{html.escape(times)}</td></tr>")
        self.preview.setText("<table cellspacing='0' cellpadding='1'>" + "".join(cells)
                             + "</table>")

    def checked_today(self) -> None:
        self.assured_edit.setText(self.today.isoformat())

    # -- service area ------------------------------------------------------------------------

    def _area_scope_changed(self, *_args) -> None:
        scope = self.area_scope.currentData()
        self.area_region.setVisible(scope == "region")
        self.area_value.setVisible(scope in ("province", "municipality"))
        self.area_hint.hide()

    def _area_text(self, code: str) -> str:
        try:
            label = self.session.gazetteer.area_label(code)
        except Exception:  # noqa: BLE001 - an unknown code is shown as it is (and flagged)
            return code
        return f"{label} ({code})"

    def _add_area_item(self, code: str) -> None:
        item = QListWidgetItem(self._area_text(code))
        item.setData(CodeRole, code)
        self.area_list.addItem(item)

    def area_codes(self) -> list[str]:
        return [self.area_list.item(i).data(CodeRole) for i in range(self.area_list.count())]

    def add_area(self) -> bool:
        """Add the area the helper describes; say why not when it is not a known area."""
        scope = self.area_scope.currentData()
        text = self.area_value.text().strip()
        if scope == "be":
            code = "be"
        elif scope == "region":
            code = f"region:{self.area_region.currentData()}"
        elif not text:
            return self._area_refused(self.tr("Type a name first."))
        elif scope == "province":
            code = "province:" + re.sub(r"^(provincie|province)\s+", "", text, flags=re.I)
        else:
            res = self.session.gazetteer.resolve(text)
            if res.place is not None:
                code = f"municipality:{res.place.municipality_nl}"
            elif res.choices:
                return self._area_refused(self.tr("Which one? %1").replace(
                    "%1", "; ".join(p.label for p in res.choices[:6])))
            else:
                code = f"municipality:{text}"
        issue = check_area(code, self.session.gazetteer)
        if issue is not None:
            return self._area_refused(issue_text(issue))
        if code in self.area_codes():
            return self._area_refused(self.tr("This area is already in the list."))
        self._add_area_item(code)
        self.area_value.clear()
        self.area_hint.hide()
        self._changed()
        return True

    def _area_refused(self, text: str) -> bool:
        self.area_hint.setText(f"{MARK} {text}")
        self.area_hint.show()
        return False

    def remove_area(self) -> None:
        row = self.area_list.currentRow()
        if row >= 0:
            self.area_list.takeItem(row)
            self._changed()

    # -- the record and its problems -------------------------------------------------------

    @staticmethod
    def _ordered(before: list[str], chosen: set[str], known: Sequence[str],
                 first: str = "") -> list[str]:
        """Chosen codes, keeping the record's order (so nothing changes that was not changed)."""
        out = [first] if first in chosen else []
        out += [c for c in before if c in chosen and c not in out]
        out += [c for c in known if c in chosen and c not in out]
        return out

    def _collect(self) -> tuple[Record, list[Found]]:
        """The record the form describes, and what only the form can say: a coordinate typed
        that is not a number (a record cannot hold it). Every rule about the record itself is
        core's (:meth:`validate` asks the session)."""
        found: list[Found] = []
        rid = self.id_edit.text().strip()
        name = self.name_edit.text().strip()
        chosen = {k for k, c in self.kind_checks.items() if c.isChecked()}
        kinds = self._ordered(self._kinds_order, chosen, vocab.KINDS, self._main_kind)

        locations: list[Location] = []
        self._rows_of["locations"] = []
        for row, cells in enumerate(self.locations_table.rows()):
            if self.locations_table.is_blank(cells):
                continue
            path = f"locations[{len(locations)}]"
            typed = check_coordinates(cells["latitude"], cells["longitude"], path)
            if typed is not None and typed.code == "coordinates.number":
                found.append(Found(typed.field, issue_text(typed), row))
            locations.append(Location(cells["name"], cells["street"], cells["house_number"],
                                      cells["postcode"], cells["municipality"],
                                      _number(cells["latitude"]), _number(cells["longitude"]),
                                      cells["accessibility"]))
            self._rows_of["locations"].append(row)

        phones: list[Phone] = []
        self._rows_of["phones"] = []
        for row, cells in enumerate(self.phones_table.rows()):
            if self.phones_table.is_blank(cells):
                continue
            phones.append(Phone(cells["number"], cells["description"]))
            self._rows_of["phones"].append(row)

        exceptions: list[HoursException] = []
        self._rows_of["hours_exceptions"] = []
        for row, cells in enumerate(self.exceptions_table.rows()):
            if self.exceptions_table.is_blank(cells):
                continue
            exceptions.append(HoursException(cells["date"], cells["opens"], cells["closes"],
                                             cells["description"]))
            self._rows_of["hours_exceptions"].append(row)

        sources: list[Source] = []
        self._rows_of["sources"] = []
        for row, cells in enumerate(self.sources_table.rows()):
            if self.sources_table.is_blank(cells):
                continue
            sources.append(Source(cells["url"], cells["date"], cells["confidence"] or "high",
                                  cells["notes"]))
            self._rows_of["sources"].append(row)

        base = self.original or Record(id="", name="", kinds=[])
        record = replace(
            base, id=rid if self.is_new else base.id, name=name,
            organization=self.org_edit.text().strip(), kinds=kinds,
            description=self.description_edit.toPlainText().strip(),
            status=self.status_combo.currentData(), alert=self.alert_edit.text().strip(),
            may_have_ended=self.ended_check.isChecked(),
            audience=self.audience_edit.text().strip(),
            topics=[t.strip() for t in self.topics_edit.text().split(";") if t.strip()],
            access=self._ordered(self._access_order, {k for k, c in self.access_checks.items()
                                                      if c.isChecked()}, vocab.ACCESS),
            to_bring=self._ordered(self._bring_order, {k for k, c in self.to_bring_checks.items()
                                                       if c.isChecked()}, vocab.TO_BRING),
            languages=[c for c in re.split(r"[,;\s]+", self.languages_edit.text().strip()) if c],
            cost=self.cost_edit.text().strip(), email=self.email_edit.text().strip(),
            website=self.website_edit.text().strip(), hours=self.hours_edit.text().strip(),
            hours_text=self.hours_text_edit.text().strip(),
            open_on_holidays=self.holidays_combo.currentData(),
            closed_school_holidays=self.school_combo.currentData() or "",
            service_area=self.area_codes(), assured_date=self.assured_edit.text().strip(),
            phones=phones, locations=locations, sources=sources, hours_exceptions=exceptions)
        return record, found

    def record(self) -> Record:
        """The record as the form describes it now."""
        return self._collect()[0]

    def validate(self) -> list[Found]:
        """Check everything (the session's rules: the same ones the importers and the command
        line ask); show each reason by its field; Save only when nothing is wrong."""
        record, found = self._collect()
        paths = [f.path for f in found]
        try:
            issues = self.session.check(record, new=self.is_new, today=self.today)
        except Exception as exc:  # noqa: BLE001 - say it, never crash while typing
            issues = []
            found.append(Found("", str(exc)))
        for issue in issues:
            if _covered(issue.field, paths):
                continue
            found.append(Found(issue.field, issue_text(issue), self._row_of_issue(issue, record)))
            paths.append(issue.field)
        order = {f: i for i, f in enumerate(record_fields())}     # as the form asks them
        found.sort(key=lambda f: order.get(split_path(f.path)[0], len(order)))
        self.found = found
        self._show(found)
        return found

    def _row_of_issue(self, issue, record: Record) -> int | None:
        """The table row (or area list row) a problem belongs to."""
        if issue.field == "service_area" and issue.args.get("value") in record.service_area:
            return record.service_area.index(issue.args["value"])
        return self._row_for(issue.field)

    def _row_for(self, path: str) -> int | None:
        top, index, _sub = split_path(path)
        rows = self._rows_of.get(top)
        if rows is not None and index is not None and index < len(rows):
            return rows[index]
        return index

    def _slot(self, path: str) -> Slot:
        top = split_path(path)[0]
        return self._slots.get(top) or self._slots["name"]

    def _tab_name(self, tab: int) -> str:
        return self._tab_titles[tab].replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _show(self, found: list[Found]) -> None:
        per_slot: dict[str, list[str]] = {}
        per_tab: dict[int, int] = {}
        table_marks: dict[str, dict[tuple[int, int], str]] = {t: {} for t in TABLE_COLUMNS}
        area_rows: dict[int, str] = {}
        for f in found:
            top, _index, sub = split_path(f.path)
            slot = self._slot(f.path)
            key = top if top in self._slots else "name"
            per_tab[slot.tab] = per_tab.get(slot.tab, 0) + 1
            if top in TABLE_COLUMNS:
                line = row_words(f.path, f.row) if f.row is not None or _index is not None \
                    else ""
                per_slot.setdefault(key, []).append(f"{line}: {f.text}" if line else f.text)
                if f.row is not None:
                    table = self._table(top)
                    col = table.columns.index(sub) if sub in table.columns else 0
                    table_marks[top][(f.row, col)] = f.text
            else:
                per_slot.setdefault(key, []).append(f.text)
                if top == "service_area" and f.row is not None:
                    area_rows[f.row] = f.text
        for key, slot in self._slots.items():
            lines = per_slot.get(key)
            if lines:
                slot.problem.setText("\n".join(f"{MARK} {line}" for line in lines))
                slot.problem.show()
                slot.widget.setAccessibleDescription(" ".join(lines))
            else:
                slot.problem.hide()
                slot.problem.clear()
                slot.widget.setAccessibleDescription("")
        for name, marks in table_marks.items():
            self._table(name).mark(marks)
        for i in range(self.area_list.count()):
            item = self.area_list.item(i)
            text = area_rows.get(i)
            item.setIcon(warning_icon() if text else _no_icon())
            item.setToolTip(f"{MARK} {text}" if text else "")
        for i, title in enumerate(self._tab_titles):
            n = per_tab.get(i, 0)
            self.tabs.setTabText(i, f"{title} {MARK} {n}" if n else title)
        self.problem_list.clear()
        for f in found:
            slot = self._slot(f.path)
            where = field_words(f.path, f.row) if f.path else ""
            text = f"{MARK} {self._tab_name(slot.tab)} › {where}: {f.text}" if where else \
                f"{MARK} {self._tab_name(slot.tab)}: {f.text}"
            item = QListWidgetItem(text)
            item.setData(CodeRole, (f.path, f.row))
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(found))
        if found:
            tabs = ", ".join(f"{self._tab_name(t)} ({n})" for t, n in sorted(per_tab.items()))
            self.summary.setText(self.tr("%n problem(s) to fix before saving: %1", "",
                                         len(found)).replace("%1", tabs))
            self.save_button.setToolTip(self.tr("Fix the problems listed first."))
        else:
            self.summary.setText(self.tr("No problems: ready to save."))
            self.save_button.setToolTip("")
        self.save_button.setEnabled(not found)

    def _table(self, name: str) -> EditTable:
        return {"locations": self.locations_table, "phones": self.phones_table,
                "hours_exceptions": self.exceptions_table, "sources": self.sources_table}[name]

    def _go_to_item(self, item: QListWidgetItem) -> None:
        path, row = item.data(CodeRole)
        self.go_to(path, row)

    def go_to(self, path: str, row: int | None = None) -> None:
        """Show the field of a problem and put the cursor in it."""
        top, _index, sub = split_path(path)
        slot = self._slot(path)
        self.tabs.setCurrentIndex(slot.tab)
        if top in TABLE_COLUMNS and row is not None:
            table = self._table(top)
            col = table.columns.index(sub) if sub in table.columns else 0
            table.setCurrentCell(row, col)
        slot.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ------------------------------------------------------------------------------

    def _save_key(self) -> None:
        self.save()

    def save(self) -> bool:
        """Check everything, then store the record off the GUI thread (core checks it again);
        the editor closes when it is stored, and shows the problems when core refuses it.
        False when it was not sent (problems to fix first)."""
        for table in (self.locations_table, self.phones_table, self.exceptions_table,
                      self.sources_table):
            table.commit_pending()
        found = self.validate()
        if found:
            self.go_to(found[0].path, found[0].row)
            return False
        record = self.record()
        self.save_button.setEnabled(False)
        self.summary.setText(self.tr("Saving…"))
        loaded = self.original      # another counter's change since is found at save
        return self.controller.run(lambda s: s.save(record, loaded=loaded), self.tr("Not saved"),
                                   lambda outcome: self.finish_save(record, outcome), self,
                                   refused=self._refused)

    def finish_save(self, record: Record, outcome) -> str:
        """The record is stored: say what changed (the status bar shows the sentence), close."""
        self.change = change = outcome.value if outcome.changes else None
        if change is None:
            message = self.tr("Nothing changed in “%1”.").replace("%1", record.name)
        elif self.is_new:
            message = self.tr("Added “%1”.").replace("%1", record.name)
        else:
            message = self.tr("Saved “%1” (%2).").replace("%1", record.name).replace(
                "%2", ", ".join(field_label(f) for f in change.fields if f != "state"))
        self.saved.emit(record.id, message)
        self.accept()
        return message

    def _refused(self, exc) -> bool:
        """Core refused the save: show the problems by their fields, or let the maintainer see
        another counter's change beside this one (nothing was stored)."""
        from ...core.localstore import EditConflict

        self.save_button.setEnabled(True)
        if isinstance(exc, RecordError):
            self.found = [Found(p.field, p.reason, self._row_for(p.field))
                          for p in exc.problems]
            self._show(self.found)
            return True
        if isinstance(exc, EditConflict):
            self.summary.setText(MARK + " " + self.tr("Not saved: another counter changed this "
                                                      "record meanwhile."))
            self.show_conflict(exc)
            return True
        if isinstance(exc, StoreError):
            self.validate()
            tell(self, self.tr("Not saved"), store_refusal(exc) + " " + self.tr(
                "The editor stays open: save again when the store can be written."), str(exc))
            return True
        return False

    def show_conflict(self, conflict):
        """Open the dialog that shows both versions and lets the maintainer choose."""
        from .edit_conflict import EditConflictDialog

        self.conflict_dialog = EditConflictDialog(conflict, self, self.controller)
        self.conflict_dialog.open()
        return self.conflict_dialog


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if value == value else None


def _covered(path: str, paths: Sequence[str]) -> bool:
    """Whether a problem of ``path`` is already said by a problem of a field in or around it."""
    for p in paths:
        if p == path or not p or not path:
            if p == path:
                return True
            continue
        if p.startswith((path + ".", path + "[")) or path.startswith((p + ".", p + "[")):
            return True
    return False
