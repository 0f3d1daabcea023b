"""What the catalogue knows in the site's home region (Maintainer → "Coverage of the region…").

Per municipality (core/coverage.py, the same counting rules as ``einclusie catalogue
coverage``): the offers located there per kind, the offers that serve it by their service area,
the newest check, and "nothing known" where there is nothing. The region is the site's home
municipality, or the municipalities within N km of it (or the site's whole province when the
site names no home). **Make fill-in pack…** writes the pack of the selected municipality
(gui/maintainer/round.py ``PackDialog``): for a municipality with nothing known, it is how to
ask it what it has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout

from ...core import vocab
from ..labels import kind_label
from .common import ActivatingTable, RowsModel, button
from .round import region_choices


class CoverageDialog(QDialog):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.rows: list = []
        self.setWindowTitle(self.tr("Coverage of the region"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 520)
        intro = QLabel(self.tr(
            "What the catalogue knows per municipality: offers located there, per kind; offers "
            "that serve it (a regional project, a province-wide line); the newest check. Lines "
            "for all of Flanders or Belgium are not counted here. Where nothing is known, send "
            "the municipality a fill-in pack."))
        intro.setWordWrap(True)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(self.tr("Which municipalities"))
        session = controller.session
        self.home = session.site.home.strip() if session is not None else ""
        if self.home and session is not None and session.home_known:
            for text, km in region_choices(self.home):
                self.region_combo.addItem(text, km)
            self.region_combo.setCurrentIndex(min(2, self.region_combo.count() - 1))
        else:
            self.home = ""
        self.region_combo.addItem(self.tr("All of Flanders and Brussels"), None)
        label = QLabel(self.tr("&Region:"))
        label.setBuddy(self.region_combo)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.region_combo, 1)
        kinds = [kind_label(k) for k in vocab.KINDS]
        self.model = RowsModel([self.tr("Municipality"), *kinds, self.tr("Serving"),
                                self.tr("Newest check"), self.tr("Note")], self)
        self.table = ActivatingTable(lambda _row: self.make_pack())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Coverage per municipality"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.pack_button = button(self.tr("Make &fill-in pack…"),
                                  self.tr("Write the fill-in pack of the selected municipality"),
                                  self.make_pack)
        self.close_button = button(self.tr("Close"), self.tr("Close the coverage"), self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.pack_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.region_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Count off the GUI thread (it reads every record), then list."""
        km = self.region_combo.currentData()
        home = self.home

        def read(session):
            cov = session.coverage()
            if km is None or not home:
                return cov, list(cov.municipalities)
            place = session.gazetteer.resolve(home).place
            return cov, (cov.for_place(place, km) if place is not None else
                         list(cov.municipalities))

        if not self.controller.query(read, self._fill, self.tr("Counting the coverage…")):
            self.model.set_rows([])

    def _fill(self, result) -> None:
        _cov, rows = result
        self.rows = rows
        out = []
        for m in rows:
            located = [str(m.located[k]) if m.located[k] else "–" for k in vocab.KINDS]
            if m.nothing_known:
                note = "⚠ " + self.tr("nothing known")
            elif m.may_have_ended:
                note = self.tr("%n may have ended", "", m.may_have_ended)
            else:
                note = ""
            out.append(([m.municipality, *located, str(m.serving) if m.serving else "–",
                         m.newest_check or "–", note], m))
        self.model.set_rows(out)
        nothing = [m.municipality for m in rows if m.nothing_known]
        self.summary.setText(self.tr("%1 of %n municipalities: nothing known.", "",
                                     len(rows)).replace("%1", str(len(nothing)))
                             + (" " + ", ".join(nothing) if nothing else ""))
        if out:
            first = next((i for i, m in enumerate(rows) if m.nothing_known), 0)
            self.table.selectRow(first)
        self._enable()

    def selected(self):
        return self.model.payload(self.table.current_row())

    def select(self, municipality: str) -> None:
        for i, m in enumerate(self.rows):
            if m.municipality == municipality:
                self.table.selectRow(i)

    def _enable(self, *_args) -> None:
        m = self.selected()
        self.pack_button.setEnabled(m is not None)
        if m is not None and m.nothing_known:
            self.pack_button.setToolTip(self.tr("Nothing is known in %1: ask the municipality "
                                                "with a fill-in pack").replace(
                "%1", m.municipality))
        else:
            self.pack_button.setToolTip(self.tr("Write the fill-in pack of the selected "
                                                "municipality"))

    def make_pack(self):
        m = self.selected()
        if m is None:
            return None
        name = m.municipality
        window = self.controller.window
        if window.catalogue is not None:      # "Tielt (West-Vlaanderen)": one place
            name = window.catalogue.gazetteer.municipality(m.refnis).label
        return self.controller.show_pack(name, parent=self)
