"""The results table: a model of search hits, and a proxy that sorts by real values."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ..core.search import Hit, distance_label
from .labels import kind_label
from .resources import kind_icon

ServiceIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
HitRole = Qt.ItemDataRole.UserRole + 3

COL_NAME, COL_KIND, COL_PLACE, COL_DISTANCE = range(4)


class ResultsModel(QAbstractTableModel):
    """Search hits in ranking order. Each new search is one reset."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Kind"), self.tr("Place"), self.tr("Distance"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._hits)):
            return None
        h = self._hits[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return h.name
            if col == COL_KIND:
                return kind_label(h.kind)
            if col == COL_PLACE:
                return self._place_text(h)
            if col == COL_DISTANCE:
                return self._distance_text(h)
        elif role == SortRole:
            if col == COL_DISTANCE:
                return h.distance_km if h.distance_km is not None else float("inf")
            if col == COL_KIND:
                return h.kind
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        elif role == Qt.ItemDataRole.DecorationRole and col == COL_KIND:
            return kind_icon(h.kind)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_PLACE and not h.address_known and h.municipality:
                return self.tr("The street address is not known: only the place %1.").replace(
                    "%1", h.place)
            if col == COL_DISTANCE and h.distance_km is not None and h.approximate:
                return self.tr("Approximate: measured to the postcode or municipality, "
                               "not to the door.")
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == COL_DISTANCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == ServiceIdRole:
            return h.service_id
        elif role == HitRole:
            return h
        return None

    def _place_text(self, h: Hit) -> str:
        if h.by_area and h.distance_km is None:
            return self.tr("serves %1").replace("%1", h.place)
        if not h.municipality or h.address_known:
            return h.place
        return self.tr("%1 (no street)").replace("%1", h.place)

    def _distance_text(self, h: Hit) -> str:
        if h.in_place:
            return self.tr("in %1").replace("%1", h.municipality)
        if h.distance_km is None:
            return self.tr("phone / area") if h.by_area else ""
        return distance_label(h) or ""


class ResultsProxy(QSortFilterProxyModel):
    """Sorts by the model's real values (distance as a number, not as text)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(False)

    def service_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        return self.data(index, ServiceIdRole)
