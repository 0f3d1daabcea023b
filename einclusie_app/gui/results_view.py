"""The results table as the worker reads it: the name first, never cut to "Digib…".

Columns: name (with the kind's pictogram), kind, place, distance, now. The name gets what the
others leave, and the others leave it most of the table: "now" and "distance" are as wide as
their words need in the staff's language (the French header "Maintenant" included), the place
takes at most a third of what remains and is cut (…) before the name is, and the kind column
goes when the table is narrow (its pictogram stays beside the name; its word is in the
tooltip). The columns always fill the table exactly: no horizontal scrolling, at 1024×600 too.

A partial match or a corrected one says so beside its name ("without activeren"), in grey
italics, right-aligned; the name is cut before that mark is.

Keys: Enter opens the current row's details; the row with the keyboard focus is the selected
row, drawn in the strong highlight only while the table has the focus (pale otherwise), so the
worker always sees where the keys go.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .labels import kind_label
from .models import COL_DISTANCE, COL_KIND, COL_NAME, COL_NOW, COL_PLACE, MarkRole

#: Below this viewport width the kind column is hidden (its pictogram stays by the name).
KIND_COLUMN_MIN_VIEWPORT = 820
#: The place column takes at most this share of what "now" and "distance" leave.
PLACE_SHARE = 0.34
PADDING = 18
#: Room beside the name in its cell: the kind's pictogram and the margins, in pixels.
NAME_ROOM = 34


def sample_badges() -> list[str]:
    """The longest things the "now" column says, in the staff's language."""
    t = QCoreApplication.translate
    return ["? " + t("Badge", "Hours unknown"), "● " + t("Badge", "Call now"),
            "● " + t("Badge", "Closes in %1 min").replace("%1", "59"),
            "● " + t("Badge", "Call until %1").replace("%1", "23:00"),
            "● " + t("Badge", "Open until %1").replace("%1", "23:00"),
            "○ " + t("Badge", "Call from %1").replace("%1", "23:00"),
            "○ " + t("Badge", "Opens %1").replace("%1", "23:00"),
            "○ " + t("Badge", "Closed · %1 %2").replace("%1", "Wo").replace("%2", "23:00")]


def highlight_focus(view) -> None:
    """The selected row in the strong highlight while ``view`` has the keys, pale otherwise:
    the worker sees at once which list the arrow keys move in."""
    pal = view.palette()
    pal.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight,
                 pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).lighter(185))
    pal.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText,
                 pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text))
    view.setPalette(pal)


def _name_delegate(parent):
    """The delegate that draws a row's mark beside its name, made the first time a search
    marks a row (its classes are not needed to start the window)."""
    from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

    class NameDelegate(QStyledItemDelegate):
        """The name, elided, with the search's mark for the row right-aligned beside it."""

        def paint(self, painter, option, index):
            mark = index.data(MarkRole)
            if not mark:
                super().paint(painter, option, index)
                return
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            font = QFont(opt.font)
            font.setItalic(True)
            fm = QFontMetrics(font)
            mark_w = min(fm.horizontalAdvance(mark) + 8, opt.rect.width() // 2)
            name_rect = QRect(opt.rect)
            name_rect.setWidth(opt.rect.width() - mark_w)
            # the background and selection over the whole cell, the name in its part
            style = opt.widget.style()
            full = QStyleOptionViewItem(opt)
            full.text = ""
            full.icon = type(opt.icon)()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, full, painter, opt.widget)
            opt.rect = name_rect
            opt.backgroundBrush = Qt.BrushStyle.NoBrush
            opt.state &= ~QStyle.StateFlag.State_HasFocus
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            painter.save()
            painter.setFont(font)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active \
                else QPalette.ColorGroup.Inactive
            role = QPalette.ColorRole.HighlightedText if selected else \
                QPalette.ColorRole.PlaceholderText
            painter.setPen(option.palette.color(group, role))
            mark_rect = QRect(name_rect.right() + 4, opt.rect.top(), mark_w - 8, opt.rect.height())
            painter.drawText(mark_rect,
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             fm.elidedText(mark, Qt.TextElideMode.ElideRight, mark_rect.width()))
            painter.restore()

    return NameDelegate(parent)


class ResultsView(QTableView):
    """Enter opens the detail of the current row (focus moves to the detail pane)."""

    def __init__(self, on_enter, parent=None):
        super().__init__(parent)
        self._on_enter = on_enter
        self._fitted_for = -1
        self._marks = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a name too long for one line wraps onto a second (its row is two lines high:
        # fit_rows), and only then is it cut
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSortIndicatorClearable(True)
        header.setMinimumSectionSize(24)
        highlight_focus(self)

    def setModel(self, model) -> None:
        super().setModel(model)
        if hasattr(model, "has_marks"):
            model.modelReset.connect(self._marks_or_not)
            model.modelReset.connect(self.fit_rows)
            model.layoutChanged.connect(self.fit_rows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.fit_columns(force=True)

    def _marks_or_not(self) -> None:
        """The name delegate only while a row has a mark: it paints in Python."""
        marked = self.model().has_marks()
        if marked and self._marks is None:
            self._marks = _name_delegate(self)
        if marked != (self._marks is not None and self.itemDelegateForColumn(COL_NAME) is self._marks):
            self.setItemDelegateForColumn(COL_NAME, self._marks if marked else None)

    #: The rows were painted (the window shows the details after it; bench/keystroke.py times
    #: "results painted" by it).
    painted = Signal()

    def paintEvent(self, event):
        super().paintEvent(event)
        self.painted.emit()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_enter(self.currentIndex())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event):
        super().focusInEvent(event)
        model = self.model()
        if model is not None and model.rowCount() and not self.currentIndex().isValid():
            self.selectRow(0)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self, force: bool = False) -> None:
        """Widths for the staff's language and this width (see the module's description)."""
        width = self.viewport().width()
        if width <= 0 or (width == self._fitted_for and not force):
            return
        self._fitted_for = width
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        hfm = header.fontMetrics()
        model = self.model()
        heads = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") if model else ""
                 for c in range(5)]

        def need(texts, col) -> int:
            widest = max(fm.horizontalAdvance(t) for t in texts)
            return max(widest, hfm.horizontalAdvance(heads[col]) + 14) + PADDING

        now_w = need(sample_badges(), COL_NOW)
        dist_w = need(["≈ 99 km", "99.9 km", QCoreApplication.translate("ResultsModel", "service area")],
                      COL_DISTANCE)
        rest = width - now_w - dist_w
        show_kind = width >= KIND_COLUMN_MIN_VIEWPORT
        kind_w = 0
        header.setSectionHidden(COL_KIND, not show_kind)
        if show_kind:
            kind_w = need([kind_label(k) for k in ("digipunt", "device_loan", "helpline", "training")],
                          COL_KIND)
            header.resizeSection(COL_KIND, kind_w)
            rest -= kind_w
        place_w = max(hfm.horizontalAdvance(heads[COL_PLACE]) + 24, int(rest * PLACE_SHARE))
        header.resizeSection(COL_PLACE, min(place_w, 220))
        header.resizeSection(COL_DISTANCE, dist_w)
        header.resizeSection(COL_NOW, now_w)
        self.fit_rows()

    def fit_rows(self) -> None:
        """One line per row; two for a row whose name does not fit in one (it wraps, and only
        a name longer than two lines is cut)."""
        model = self.model()
        if model is None or not hasattr(model, "hit"):
            return
        fm = self.fontMetrics()
        one, two = fm.lineSpacing() + 10, 2 * fm.lineSpacing() + 10
        header = self.verticalHeader()
        header.setDefaultSectionSize(one)
        room = self.columnWidth(COL_NAME) - NAME_ROOM
        italic = QFont(self.font())
        italic.setItalic(True)
        mark_fm = QFontMetrics(italic)
        for row in range(model.rowCount()):
            mark = model.mark(row)
            need = fm.horizontalAdvance(model.hit(row).name)
            if mark:
                need += min(mark_fm.horizontalAdvance(mark) + 8, room // 2)
            height = two if need > room else one
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
