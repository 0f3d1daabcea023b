"""The results table's model: search hits in ranking order, sortable by real values.

The model sorts itself (distance as a number, "now" open first, names as the locale orders
them; column -1 is the ranking order again): no proxy model sits between it and the view, so a
paint asks Python half as often.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the search module is imported with the catalogue, after the first paint
    from ..core.search import Hit
from ..core.where import hit_where
from .i18n import ui_language
from .labels import area_label, kind_label, quoted
from .resources import kind_icon

ServiceIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
HitRole = Qt.ItemDataRole.UserRole + 3
#: What the search did for a row ("without activeren"), drawn beside the name; "" for none.
MarkRole = Qt.ItemDataRole.UserRole + 4

COL_NAME, COL_KIND, COL_PLACE, COL_DISTANCE, COL_NOW = range(5)
#: A status older than this is computed again (the clock moves).
STATUS_MAX_AGE_S = 60
_COLOURS = {True: "#d9f2dc", False: "#eeeeee", None: "#fff3cd"}   # open, closed, not known
_BRUSHES: dict = {}      # made when first painted (not needed to start the window)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _now() -> datetime.datetime:
    from ..core.opening import now

    return now()


def badge_text(opening) -> str:
    """A short status for the results list: symbol and words, so colour is never the only sign."""
    if opening is None:
        return ""
    st = opening.status
    a = st.args
    phone = opening.phone
    if st.key == "unknown":
        return "? " + QCoreApplication.translate("Badge", "Hours unknown")
    if st.key in ("open_24h", "open_now"):
        return "● " + (QCoreApplication.translate("Badge", "Call now") if phone else QCoreApplication.translate("Badge", "Open"))
    if st.key == "closes_soon":
        return "● " + QCoreApplication.translate("Badge", "Closes in %1 min").replace("%1", str(a["minutes"]))
    if st.key == "open_closes_at":
        text = QCoreApplication.translate("Badge", "Call until %1") if phone else QCoreApplication.translate("Badge", "Open until %1")
        return "● " + text.replace("%1", a["time"])
    if st.key == "opens_today_at":
        text = QCoreApplication.translate("Badge", "Call from %1") if phone else QCoreApplication.translate("Badge", "Opens %1")
        return "○ " + text.replace("%1", a["time"])
    if st.key == "closed_holiday":
        return "○ " + QCoreApplication.translate("Badge", "Closed today (holiday)")
    if st.key == "next_open":
        from .labels import weekday_short

        text = QCoreApplication.translate("Badge", "Closed · %1 %2").replace("%1", weekday_short(a["weekday"]))
        return "○ " + text.replace("%2", a["time"])
    return "○ " + QCoreApplication.translate("Badge", "Closed")


class ResultsModel(QAbstractTableModel):
    """Search hits in ranking order. Each new search is one reset.

    What a row shows is worded once, the first time the row is painted, and kept until the next
    search; a row's status ("open until 16:30") is kept for a minute, across searches (typing
    shows the same records again and again)."""

    def __init__(self, parent=None, opening_of=None, clock=None):
        super().__init__(parent)
        self._hits: list[Hit] = []
        #: ``opening_of(service_id, when) -> core.opening.Opening``; None shows no status.
        self.opening_of = opening_of
        self.clock = clock or _now
        #: ``place_name(postcode, name) -> str``: a place as the staff's language names it (the
        #: window asks the gazetteer: "Bruxelles" in French); None: as the catalogue has it.
        self.place_name = None
        self._status: dict[str, object] = {}
        self._texts: list[tuple[str, str, str, str] | None] = []
        self._now: datetime.datetime | None = None
        #: The search's SearchResult (did_you_mean, partial_words...), or None.
        self.result = None
        self._mixed = False
        self._ranked: list[Hit] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_hits(self, hits: list[Hit]) -> None:
        """Show ``hits`` (a core.search SearchResult or a list)."""
        self.beginResetModel()
        self._ranked = list(hits)
        self.result = hits if hasattr(hits, "did_you_mean") else None
        self._mixed = any(h.fuzzy for h in self._ranked) and any(not h.fuzzy for h in self._ranked)
        self._age()
        self._hits = self._sorted(self._ranked)
        self._texts = [None] * len(self._hits)
        self.endResetModel()

    def service_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        return self._hits[index.row()].service_id

    @staticmethod
    def sortRole() -> int:
        return SortRole

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's real values; column -1: the ranking order again. The selected
        row stays selected."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        rows_before = [h.service_id for h in self._hits]
        texts = dict(zip(rows_before, self._texts))
        self._hits = self._sorted(self._ranked)
        self._texts = [texts.get(h.service_id) for h in self._hits]
        row_now = {h.service_id: row for row, h in enumerate(self._hits)}
        old = self.persistentIndexList()
        new = [self.index(row_now[rows_before[i.row()]], i.column())
               if i.isValid() and i.row() < len(rows_before) else QModelIndex() for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self, ranked: list[Hit]) -> list[Hit]:
        column = self._sort_column
        if column is None or column < 0 or not ranked:
            return list(ranked)
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        if column == COL_DISTANCE:
            def key(h):
                return h.distance_km if h.distance_km is not None else float("inf")
        elif column == COL_KIND:
            def key(h):
                return h.kind
        elif column == COL_NOW:
            statuses = {}
            for h in ranked:
                o = self._opening_of_hit(h)
                statuses[h.service_id] = {True: 0, False: 1}.get(o.open_now if o else None, 2)

            def key(h):
                return statuses[h.service_id]
        else:
            from PySide6.QtCore import QCollator

            collator = QCollator()
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            collator.setNumericMode(True)
            texts = {h.service_id: collator.sortKey(self._text_of(h, column)) for h in ranked}

            def key(h):
                return texts[h.service_id]
        return sorted(ranked, key=key, reverse=reverse)   # stable: ranking order within ties

    def _text_of(self, h: Hit, column: int) -> str:
        if column == COL_PLACE:
            return self._place_text(h, hit_where(h))
        return h.name

    def _opening_of_hit(self, h: Hit):
        if self.opening_of is None:
            return None
        cached = self._status.get(h.service_id)
        if cached is None:
            cached = self._status[h.service_id] = self.opening_of(h.service_id, self._now)
        return cached

    def moment(self) -> datetime.datetime:
        """The moment the statuses are computed for (moved on once it is a minute old)."""
        self._age()
        return self._now

    def _age(self) -> None:
        now = self.clock()
        if self._now is None or abs((now - self._now).total_seconds()) >= STATUS_MAX_AGE_S:
            self._now = now
            self._status.clear()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def opening(self, row: int):
        """The status of a row at the model's moment, computed once, when first shown.

        The moment is taken when the hits are set and moved on by :meth:`refresh_statuses`
        once it is a minute old, so painting a row never asks the clock or the hours again.
        """
        return self._opening_of_hit(self._hits[row])

    def refresh_statuses(self) -> None:
        """Move the moment on when it is a minute old, and say the status column changed."""
        now = self.clock()
        if self._now is not None and (now - self._now).total_seconds() < STATUS_MAX_AGE_S:
            return
        self._now = now
        self._status.clear()
        if self._hits:
            self.dataChanged.emit(self.index(0, COL_NOW), self.index(len(self._hits) - 1, COL_NOW))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_texts()[section]
        return None

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("Place"), self.tr("Distance"),
                self.tr("Now"))

    def _row_texts(self, row: int) -> tuple[str, str, str, str]:
        texts = self._texts[row]
        if texts is None:
            h = self._hits[row]
            w = hit_where(h)
            texts = self._texts[row] = (h.name, kind_label(h.kind), self._place_text(h, w),
                                        self._distance_text(h, w))
        return texts

    def has_marks(self) -> bool:
        """Whether any row carries a mark (a partial match, or corrected words among exact)."""
        return any(h.missing or (h.fuzzy and self._mixed) for h in self._hits)

    def mark(self, row: int) -> str:
        """What the search did for this row, in words ("" for a plain match): the words a
        partial match lacks, or the corrected words it was found for."""
        h = self._hits[row]
        if h.missing:
            return self.tr("without %1").replace("%1", " ".join(h.missing))
        if h.fuzzy and self._mixed and self.result is not None and self.result.did_you_mean:
            return self.tr("for “%1”").replace("%1", self.result.did_you_mean)
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._hits)):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NOW:
                return badge_text(self.opening(row))
            return self._row_texts(row)[col]
        h = self._hits[row]
        if role == SortRole:
            if col == COL_NOW:
                o = self.opening(row)
                return {True: 0, False: 1}.get(o.open_now if o else None, 2)
            if col == COL_DISTANCE:
                return h.distance_km if h.distance_km is not None else float("inf")
            if col == COL_KIND:
                return h.kind
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME:
            return kind_icon(h.kind)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_NOW:
            o = self.opening(row)
            state = o.open_now if o else None
            brush = _BRUSHES.get(state)
            if brush is None:
                brush = _BRUSHES[state] = QBrush(QColor(_COLOURS[state]))
            return brush
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_NOW:
            black = _BRUSHES.get("black")
            if black is None:
                black = _BRUSHES["black"] = QBrush(QColor("#000000"))
            return black
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col, h)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DISTANCE:
            return _RIGHT
        if role == MarkRole and col == COL_NAME:
            return self.mark(row)
        if role == ServiceIdRole:
            return h.service_id
        if role == HitRole:
            return h
        return None

    def _tooltip(self, row: int, col: int, h: Hit) -> str | None:
        if col == COL_NAME:
            lines = [h.name, kind_label(h.kind)]
            if h.missing:
                lines.append(self.tr("Partial match: the words %1 are not in this record.")
                             .replace("%1", ", ".join(quoted(w) for w in h.missing)))
            elif h.fuzzy and self.result is not None and self.result.did_you_mean:
                lines.append(self.tr("Found for “%1”, not for the words as typed.")
                             .replace("%1", self.result.did_you_mean))
            return "\n".join(lines)
        if col == COL_NOW and self.opening(row) is not None:
            return self.opening(row).sentence(ui_language())
        if col == COL_PLACE:
            place = self._row_texts(row)[COL_PLACE]
            if not h.address_known and h.municipality:
                return self.tr("The street address is not known: only the place %1.").replace(
                    "%1", self._place_of(h))
            return place
        if col == COL_DISTANCE:
            if h.distance_km is not None and h.approximate:
                return self.tr("Approximate: measured to the postcode or municipality, "
                               "not to the door.")
            if h.by_area and h.distance_km is None:
                return self.tr("Kept because it serves this place (%1); no distance.").replace(
                    "%1", self._row_texts(row)[COL_PLACE])
        return None

    def _place_of(self, h: Hit) -> str:
        return self.place_name(h.postcode, h.place) if self.place_name is not None else h.place

    def _place_text(self, h: Hit, w) -> str:
        if w.place_kind in ("serves", "area"):
            names = ", ".join(area_label(part) for part in w.place.split(", ")) if w.place else ""
            return self.tr("serves %1").replace("%1", names) if names else ""
        place = self._place_of(h)
        if w.place_kind == "no_street":
            return self.tr("%1 (no street)").replace("%1", place)
        return place

    def _distance_text(self, h: Hit, w) -> str:
        if w.distance_kind == "in_place":
            name = w.municipality
            if self.place_name is not None:
                name = self.place_name(h.postcode, name)
            return self.tr("in %1").replace("%1", name)
        if w.distance_kind == "area":
            return self.tr("service area")
        if w.distance_kind == "approx":
            return f"≈ {w.km:.0f} km"
        if w.distance_kind == "exact":
            return f"{w.km:.1f} km"
        return ""
