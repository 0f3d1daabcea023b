"""The results table: a model of search hits, and a proxy that sorts by real values."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the search module is imported with the catalogue, after the first paint
    from ..core.search import Hit
from ..core.where import hit_where
from .i18n import ui_language
from .labels import kind_label
from .resources import kind_icon

ServiceIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
HitRole = Qt.ItemDataRole.UserRole + 3

COL_NAME, COL_KIND, COL_PLACE, COL_DISTANCE, COL_NOW = range(5)
#: A status older than this is computed again (the clock moves).
STATUS_MAX_AGE_S = 60


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
    """Search hits in ranking order. Each new search is one reset."""

    def __init__(self, parent=None, opening_of=None, clock=None):
        super().__init__(parent)
        self._hits: list[Hit] = []
        #: ``opening_of(service_id, when) -> core.opening.Opening``; None shows no status.
        self.opening_of = opening_of
        self.clock = clock or _now
        self._status: dict[str, object] = {}
        self._now: datetime.datetime | None = None

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._status.clear()
        self._now = self.clock()
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def opening(self, row: int):
        """The status of a row at the model's moment, computed once, when first shown.

        The moment is taken when the hits are set and moved on by :meth:`refresh_statuses`
        once it is a minute old, so painting a row never asks the clock or the hours again.
        """
        if self.opening_of is None:
            return None
        sid = self._hits[row].service_id
        cached = self._status.get(sid)
        if cached is None:
            cached = self._status[sid] = self.opening_of(sid, self._now)
        return cached

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
            return (self.tr("Name"), self.tr("Kind"), self.tr("Place"), self.tr("Distance"),
                    self.tr("Now"))[section]
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
            if col == COL_NOW:
                return badge_text(self.opening(index.row()))
        elif role == SortRole:
            if col == COL_NOW:
                o = self.opening(index.row())
                return {True: 0, False: 1}.get(o.open_now if o else None, 2)
            if col == COL_DISTANCE:
                return h.distance_km if h.distance_km is not None else float("inf")
            if col == COL_KIND:
                return h.kind
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        elif role == Qt.ItemDataRole.DecorationRole and col == COL_KIND:
            return kind_icon(h.kind)
        elif role == Qt.ItemDataRole.BackgroundRole and col == COL_NOW:
            o = self.opening(index.row())
            state = o.open_now if o else None
            return QBrush(QColor({True: "#d9f2dc", False: "#eeeeee"}.get(state, "#fff3cd")))
        elif role == Qt.ItemDataRole.ForegroundRole and col == COL_NOW:
            return QBrush(QColor("#000000"))
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NOW and self.opening(index.row()) is not None:
                return self.opening(index.row()).sentence(ui_language())
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
        w = hit_where(h)
        if w.place_kind == "serves":
            return self.tr("serves %1").replace("%1", w.place)
        if w.place_kind == "no_street":
            return self.tr("%1 (no street)").replace("%1", w.place)
        return w.place

    def _distance_text(self, h: Hit) -> str:
        w = hit_where(h)
        if w.distance_kind == "in_place":
            return self.tr("in %1").replace("%1", w.municipality)
        if w.distance_kind == "area":
            return self.tr("phone / area")
        if w.distance_kind == "approx":
            return f"≈ {w.km:.0f} km"
        if w.distance_kind == "exact":
            return f"{w.km:.1f} km"
        return ""


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
