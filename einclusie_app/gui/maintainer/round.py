"""The maintainer's check round, and the fill-in pack of a municipality.

:class:`RoundDialog` (Maintainer → "Check round (to-do)…") lists the records to check: those a
counter flagged first, then never checked, then the oldest checks (core/checkround.py), in the
site's home region (its municipality, or the municipalities within N km) or everywhere; below
them the records already checked in this round. Per record:

* **Still right** (Alt+S): last checked becomes today, who checked (the name in "Checked by")
  and how (phone, visit, web page, e-mail) are logged, its flags are closed;
* **Changed…** (Alt+H, or Enter): the record editor opens; saving stores the correction as
  checked today, with who and how, and closes the flags;
* **Ended…** (Alt+E): the record is retired with the reason;
* **Not a problem** (Alt+N): the counters' flags are closed without a check.

Each is ONE logged, undoable change (core/session.py ``check_still_right``, ``check_changed``,
``check_ended``, ``dismiss_flags``) that runs off the GUI thread. Progress shows as "12 of 40
checked". **Print call list…** writes the records still to check as an A4 PDF
(render/calllist.py) for the phone round.

:class:`PackDialog` writes a municipality's fill-in pack (core/fillin.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QSpinBox, QVBoxLayout,
)

from ..flag import flag_line, reason_label
from .common import ActivatingTable, RowsModel, button, tell

#: The distances the region can be widened to, in km (0: the home municipality only).
REGION_KM = (0, 5, 10, 15, 25)
_SINCE_KEY = "maintainer/round_since"


def how_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "phone": QCoreApplication.translate("Round", "by phone"),
        "visit": QCoreApplication.translate("Round", "a visit"),
        "web": QCoreApplication.translate("Round", "the web page"),
        "email": QCoreApplication.translate("Round", "by e-mail"),
    }


def result_label(result: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "still_right": QCoreApplication.translate("Round", "still right"),
        "changed": QCoreApplication.translate("Round", "changed"),
        "ended": QCoreApplication.translate("Round", "ended"),
        "dismissed": QCoreApplication.translate("Round", "not a problem"),
    }.get(result, result)


def region_words(region) -> str:
    from PySide6.QtCore import QCoreApplication

    if region is None:
        return QCoreApplication.translate("Round", "the whole catalogue")
    if len(region.municipalities) == 1:
        return region.name
    others = len(region.municipalities) - 1
    return QCoreApplication.translate("Round", "%1 and %n municipalities within %2 km", "",
                                      others).replace("%1", region.name).replace(
        "%2", f"{region.km:g}")


def region_choices(home: str) -> list[tuple[str, int]]:
    """The region combo's entries around the site's home: (text, km), km 0 = home only."""
    from PySide6.QtCore import QCoreApplication

    out = []
    for km in REGION_KM:
        if km == 0:
            text = QCoreApplication.translate("Round", "%1 only").replace("%1", home)
        else:
            text = QCoreApplication.translate("Round", "%1 and within %2 km").replace(
                "%1", home).replace("%2", str(km))
        out.append((text, km))
    return out


class _Checking:
    """The session as the editor sees it during a round: its save stores the record as
    checked (``check_changed``: who, how, today; flags closed). Everything else is the
    session's own."""

    def __init__(self, session, how: str, by: str, today: dt.date | None):
        self._session, self._how, self._by, self._today = session, how, by, today

    def save(self, record, note: str = "", **loaded):
        """``loaded=``: the record as the editor loaded it (as ``Session.save``)."""
        return self._session.check_changed(record, self._how, self._by, today=self._today,
                                           **loaded)

    def __getattr__(self, name):
        return getattr(self._session, name)


class _RoundController:
    """The controller as the record editor sees it during a round: the editor's save
    (``controller.run(lambda s: s.save(...))``) runs on a :class:`_Checking` session."""

    def __init__(self, controller, how: str, by: str):
        self._controller, self._how, self._by = controller, how, by

    def run(self, action, *args, **kwargs):
        how, by, today = self._how, self._by, self._controller.today
        return self._controller.run(lambda s, *rest: action(_Checking(s, how, by, today), *rest),
                                    *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._controller, name)


class RoundDialog(QDialog):
    """The check round (see the module's description)."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.round = None
        self._pending_select: str | None = None
        self.setWindowTitle(self.tr("Check round"))
        self.setAccessibleName(self.windowTitle())
        self.resize(980, 600)
        intro = QLabel(self.tr("Records a counter flagged come first, then those never checked, "
                               "then the oldest. Call or look them up, then say what you found: "
                               "each answer is logged with who checked and how, and can be "
                               "undone."))
        intro.setWordWrap(True)
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(self.tr("Which records: the region"))
        session = controller.session
        home = session.site.home.strip() if session is not None else ""
        self.home_known = bool(home) and session is not None and session.home_known
        if self.home_known:
            for text, km in region_choices(home):
                self.region_combo.addItem(text, km)
        self.region_combo.addItem(self.tr("The whole catalogue"), None)
        region_label = QLabel(self.tr("&Region:"))
        region_label.setBuddy(self.region_combo)
        self.since_edit = QDateEdit()
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setAccessibleName(self.tr("The round began on"))
        since = QSettings().value(_SINCE_KEY, "")
        today = controller.today or dt.date.today()
        try:
            start = dt.date.fromisoformat(since) if since else today
        except (TypeError, ValueError):
            start = today
        start = min(start, today)
        self.since_edit.setDate(QDate(start.year, start.month, start.day))
        self.since_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        since_label = QLabel(self.tr("Round be&gan:"))
        since_label.setBuddy(self.since_edit)
        top = QHBoxLayout()
        top.addWidget(region_label)
        top.addWidget(self.region_combo, 1)
        top.addWidget(since_label)
        top.addWidget(self.since_edit)

        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress of the round"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the round"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.count_label = QLabel()
        self.model = RowsModel([self.tr("Name"), self.tr("Last checked"), self.tr("Age"),
                                self.tr("Place"), self.tr("From"),
                                self.tr("Reported at a counter"), self.tr("Result")], self)
        self.table = ActivatingTable(self.edit_row)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records of the round"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 4):          # short values: as wide as they and their header need
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, width in ((3, 150), (5, 220), (6, 130)):
            header.resizeSection(col, width)
        header.setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(self._enable)

        self.how_combo = QComboBox()
        for code, text in how_labels().items():
            self.how_combo.addItem(text, code)
        self.how_combo.setAccessibleName(self.tr("How it was checked"))
        how_label = QLabel(self.tr("Checked ho&w:"))
        how_label.setBuddy(self.how_combo)
        self.by_edit = QLineEdit()
        self.by_edit.setMaxLength(80)
        self.by_edit.setPlaceholderText(session.counter_name if session is not None else "")
        self.by_edit.setAccessibleName(self.tr("Checked by (empty: the name of this counter)"))
        by_label = QLabel(self.tr("Checked &by:"))
        by_label.setBuddy(self.by_edit)
        how_row = QHBoxLayout()
        how_row.addWidget(how_label)
        how_row.addWidget(self.how_combo)
        how_row.addWidget(by_label)
        how_row.addWidget(self.by_edit, 1)

        self.right_button = button(self.tr("&Still right"),
                                   self.tr("The selected record is still right: checked today"),
                                   self.still_right)
        self.changed_button = button(self.tr("C&hanged…"),
                                     self.tr("Correct the selected record: it is saved as "
                                             "checked today"), self.changed)
        self.ended_button = button(self.tr("&Ended…"),
                                   self.tr("The selected offer has ended: retire it"),
                                   self.ended)
        self.dismiss_button = button(self.tr("&Not a problem"),
                                     self.tr("Close the counters' flags of the selected record "
                                             "without a check"), self.dismiss)
        self.print_button = button(self.tr("&Print call list…"),
                                   self.tr("Save the records still to check as a call list "
                                           "(PDF)"), self.print_call_list)
        self.close_button = button(self.tr("Close"), self.tr("Close the check round"),
                                   self.accept)
        actions = QHBoxLayout()
        for b in (self.right_button, self.changed_button, self.ended_button,
                  self.dismiss_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.close_button)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("About the selected record"))
        counts = QHBoxLayout()
        counts.addWidget(self.progress_label)
        counts.addWidget(self.progress, 1)
        counts.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addLayout(counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(how_row)
        layout.addLayout(actions)
        self.region_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.since_edit.dateChanged.connect(self._since_changed)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reading --------------------------------------------------------------------------------

    def since(self) -> dt.date:
        d = self.since_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _since_changed(self, *_args) -> None:
        QSettings().setValue(_SINCE_KEY, self.since().isoformat())
        self.refresh()

    def km(self):
        return self.region_combo.currentData()

    def refresh(self) -> None:
        """Read the round off the GUI thread (it reads every record), then list it."""
        today, since, km = self.controller.today, self.since(), self.km()
        region = "home" if km is not None else None

        def read(session):
            return session.check_round(today, since=since, km=km or 0.0, region=region)

        if not self.controller.query(read, self._fill, self.tr("Reading the check round…")):
            self.model.set_rows([])

    def _fill(self, rnd) -> None:
        self.round = rnd
        keep = self._pending_select or self.selected_id()
        self._pending_select = None
        row_now = max(self.table.current_row(), 0)
        rows, tips = [], []
        for item in rnd.items:
            checked = item.assured_date or self.tr("never")
            age = "—" if item.days is None else self.tr("%n day(s)", "", item.days)
            origin = self.tr("local") if item.origin == "local" else self.tr("shipped")
            flags = "; ".join(reason_label(f.reason) + (f": “{f.text}”" if f.text else "")
                              for f in item.flags)
            if item.flags:
                flags = "⚑ " + flags
            result = ""
            if item.done is not None:
                c = item.done.check
                result = "✓ " + result_label(c["result"])
            rows.append(([item.name, checked, age, item.place, origin, flags, result], item))
            tips.append(["", "", "", "", "",
                         "\n".join(flag_line(f) for f in item.flags), self._done_text(item)])
        self.model.set_rows(rows, tips)
        done, total = len(rnd.done), rnd.total
        self.progress_label.setText(self.tr("%1 of %n checked", "", total).replace(
            "%1", str(done)) + " — " + region_words(rnd.region))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.count_label.setText(self.tr("%n record(s) to check", "", len(rnd.open)))
        ids = [i.id for i in rnd.items]
        open_ids = self.ids()
        if keep in open_ids:
            self.table.selectRow(ids.index(keep))
        elif open_ids:
            self.table.selectRow(min(row_now, len(open_ids) - 1))
        elif ids:
            self.table.selectRow(0)
        self._enable()

    def _done_text(self, item) -> str:
        if item.done is None:
            return ""
        c = item.done.check
        return self.tr("%1 on %2: %3, checked by %4").replace(
            "%1", result_label(c["result"])).replace("%2", c["on"]).replace(
            "%3", how_labels().get(c["how"], c["how"])).replace("%4", c["by"])

    def ids(self) -> list[str]:
        """The records still to check, in order."""
        return [i.id for i in self.round.open] if self.round is not None else []

    def done_ids(self) -> list[str]:
        return [i.id for i in self.round.done] if self.round is not None else []

    def selected(self):
        return self.model.payload(self.table.current_row())

    def selected_id(self) -> str | None:
        item = self.selected()
        return item.id if item is not None else None

    def select(self, record_id: str) -> None:
        ids = [self.model.payload(r).id for r in range(self.model.rowCount())]
        if record_id in ids:
            self.table.selectRow(ids.index(record_id))

    def _enable(self, *_args) -> None:
        item = self.selected()
        to_check = item is not None and item.done is None
        for b in (self.right_button, self.changed_button, self.ended_button):
            b.setEnabled(to_check)
        self.dismiss_button.setEnabled(item is not None and bool(item.flags) and
                                       item.done is None)
        self.print_button.setEnabled(bool(self.ids()))
        if item is None:
            self.details.setText("")
        elif item.done is not None:
            self.details.setText(self._done_text(item) + " " + self.tr(
                "(“Undo last change” or the change log takes it back.)"))
        elif item.flags:
            self.details.setText(self.tr("Reported at a counter: %1").replace(
                "%1", "; ".join(flag_line(f) for f in item.flags)))
        else:
            self.details.setText("")

    # -- the steps ---------------------------------------------------------------------------

    def how(self) -> str:
        return self.how_combo.currentData()

    def by(self) -> str:
        return self.by_edit.text().strip()

    def _next_after(self, record_id: str) -> None:
        ids = self.ids()
        if record_id in ids:
            i = ids.index(record_id)
            rest = ids[i + 1:] or ids[:i]
            self._pending_select = rest[0] if rest else None

    def still_right(self) -> bool:
        item = self.selected()
        if item is None or item.done is not None:
            return False
        rid, how, by, today = item.id, self.how(), self.by(), self.controller.today
        self._next_after(rid)
        return self.controller.run(
            lambda s: s.check_still_right(rid, how, by, today), self.tr("Still right"),
            self.tr("“%1”: still right, checked today.").replace("%1", item.name), self)

    # kept for the to-do list's callers: "checked today" is "still right"
    mark_checked = still_right

    def edit_row(self, row: int):
        """Enter or a double-click: the record changed (open the editor)."""
        item = self.model.payload(row)
        if item is None or item.done is not None:
            return None
        return self._editor(item)

    def changed(self):
        item = self.selected()
        if item is None or item.done is not None:
            return None
        return self._editor(item)

    def edit_selected(self):
        return self.changed()

    def _editor(self, item):
        from .editor import RecordEditor

        session = self.controller.session
        record = session.record(item.id) if session is not None else None
        if record is None:
            tell(self, self.tr("Changed"), self.tr("This record is retired or does not exist."))
            return None
        self._next_after(item.id)
        editor = RecordEditor(session, record, self, today=self.controller.today,
                              controller=_RoundController(self.controller, self.how(),
                                                          self.by()))
        editor.checked_today()
        self.controller.editor = editor
        editor.open()
        return editor

    def ended(self):
        item = self.selected()
        if item is None or item.done is not None:
            return None
        dialog = EndedDialog(self, item.id, item.name)
        dialog.open()
        self.ended_dialog = dialog
        return dialog

    def end(self, record_id: str, name: str, reason: str, then=None) -> bool:
        how, by, today = self.how(), self.by(), self.controller.today
        self._next_after(record_id)
        return self.controller.run(
            lambda s: s.check_ended(record_id, reason, how, by, today), self.tr("Ended"),
            self.tr("“%1” has ended: it is retired. “Undo last change” brings it back.").replace(
                "%1", name), self, then)

    def dismiss(self) -> bool:
        item = self.selected()
        if item is None or not item.flags:
            return False
        rid = item.id
        return self.controller.run(
            lambda s: s.dismiss_flags(rid), self.tr("Not a problem"),
            self.tr("“%1”: the counters' flags are closed.").replace("%1", item.name), self)

    # -- the call list -----------------------------------------------------------------------

    def print_call_list(self, path: str | Path | None = None) -> bool:
        """Write the records still to check as a call list (PDF), off the GUI thread."""
        if self.round is None or not self.ids():
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the call list"), "belronde.pdf", "PDF (*.pdf)")
            if not path:
                return False
        out = Path(path)
        ids = self.ids()
        rnd = self.round
        window = self.controller.window
        counter = window.site.counter
        words = _words()
        region = region_words(rnd.region)
        progress = self.tr("%1 of %n checked", "", rnd.total).replace("%1", str(len(rnd.done)))
        from ...render.fonts import register_fonts

        register_fonts()          # on the GUI thread, once

        def work(session):
            from ...render.calllist import CallList, write_pdf

            entries = session.call_entries(ids)
            call = CallList(tuple(entries), dt.datetime.now(), region, counter, progress)
            return write_pdf(call, out, words), len(entries)

        def fill(result) -> None:
            pages, n = result
            self.last_call_list = out
            window.statusBar().showMessage(
                self.tr("Saved the call list %1: %n record(s)", "", n).replace("%1", str(out))
                + " " + self.tr("(%n page(s)).", "", pages), 15000)

        def failed(exc) -> None:
            if not isinstance(exc, OSError):
                raise exc
            tell(self, self.tr("Not saved"), self.tr("The call list was not saved."),
                 f"{exc.filename or out}: {exc.strerror or exc}")

        session = self.controller.session
        if session is None:
            return False
        window.tasks.run(lambda: work(session), fill, failed,
                         label=self.tr("Writing the call list…"))
        return True


def _words():
    """The window's words for the codes a call list shows."""
    from ...render.calllist import Words
    from ..labels import access_label, weekday_short

    return Words(access=access_label, weekday=weekday_short, reason=reason_label)


class EndedDialog(QDialog):
    """The offer has ended: why (kept in the log), then retire it as checked."""

    def __init__(self, round_dialog: RoundDialog, record_id: str, name: str):
        super().__init__(round_dialog)
        self.round_dialog = round_dialog
        self.record_id, self.name = record_id, name
        self.setWindowTitle(self.tr("Ended: %1").replace("%1", name))
        self.setAccessibleName(self.tr("The offer has ended"))
        text = QLabel(self.tr("“%1” has ended? It will no longer be shown at the counter. Say "
                              "why, for the log (it can be undone).").replace("%1", name))
        text.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. stopped in 2026, says the library"))
        self.reason_edit.setAccessibleName(self.tr("Why it ended"))
        label = QLabel(self.tr("&Why:"))
        label.setBuddy(self.reason_edit)
        self.ok_button = button(self.tr("&Ended"), self.tr("Retire the record as ended"),
                                self.end)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.reason_edit.textChanged.connect(
            lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.cancel_button = button(self.tr("Cancel"), self.tr("Keep the record"), self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.reason_edit, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def end(self) -> bool:
        reason = self.reason_edit.text().strip()
        if not reason:
            return False
        return self.round_dialog.end(self.record_id, self.name, reason,
                                     then=lambda _o: self._done())

    def _done(self) -> None:
        from shiboken6 import isValid

        if isValid(self):
            self.accept()


class PackDialog(QDialog):
    """Write the fill-in pack of one municipality (core/fillin.py)."""

    def __init__(self, controller, municipality: str = "", parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QCompleter

        self.controller = controller
        self.setWindowTitle(self.tr("Fill-in pack for a municipality"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr(
            "A spreadsheet for the municipality to fill in: every offer known there, empty "
            "rows for what is missing, and a first sheet that explains in plain Dutch what to "
            "fill in and why. Imported back (Import…), it records who filled it in and when."))
        intro.setWordWrap(True)
        self.place_edit = QLineEdit(municipality)
        self.place_edit.setAccessibleName(self.tr("Municipality (name or postcode)"))
        window = controller.window
        if window.catalogue is not None:
            completer = QCompleter(window.catalogue.gazetteer.labels(), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.place_edit.setCompleter(completer)
        place_label = QLabel(self.tr("&Municipality:"))
        place_label.setBuddy(self.place_edit)
        self.rows_spin = QSpinBox()
        self.rows_spin.setRange(0, 1000)
        from ...core.fillin import DEFAULT_EMPTY_ROWS

        self.rows_spin.setValue(DEFAULT_EMPTY_ROWS)
        self.rows_spin.setAccessibleName(self.tr("Empty rows for new offers"))
        rows_label = QLabel(self.tr("Empty &rows:"))
        rows_label.setBuddy(self.rows_spin)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.save_button = button(self.tr("&Save as…"), self.tr("Choose where to save the pack"),
                                  self.save)
        self.save_button.setDefault(True)
        self.close_button = button(self.tr("Close"), self.tr("Close without saving"),
                                   self.reject)
        form = QHBoxLayout()
        form.addWidget(place_label)
        form.addWidget(self.place_edit, 1)
        form.addWidget(rows_label)
        form.addWidget(self.rows_spin)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.place_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self, path: str | Path | None = None) -> bool:
        """Write the pack off the GUI thread (asks where, unless ``path`` is given)."""
        from ...core.fillin import PackError

        place = self.place_edit.text().strip()
        if not place:
            self.message.setText(self.tr("Name the municipality first."))
            return False
        if path is None:
            name = "invulpakket-" + "".join(c if c.isalnum() else "-" for c in place.lower())
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the fill-in pack"), name + ".xlsx",
                self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return False
        out = Path(path)
        if out.suffix.lower() != ".xlsx":
            out = out.with_suffix(".xlsx")
        empty = self.rows_spin.value()
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Writing the pack…"))

        def said(outcome) -> str:
            info = outcome.value
            self.info = info
            text = self.tr("Saved the fill-in pack of %1: %2 record(s) known there, %3 serving "
                           "it, %4 empty row(s). File: %5").replace("%1", info.municipality) \
                .replace("%2", str(len(info.located))).replace("%3", str(len(info.serving))) \
                .replace("%4", str(info.empty_rows)).replace("%5", str(info.path))
            self.message.setText(text)
            self.save_button.setEnabled(True)
            return text

        def refused(exc) -> bool:
            self.save_button.setEnabled(True)
            if isinstance(exc, (PackError, OSError)):
                self.message.setText(self.tr("Not saved: %1").replace(
                    "%1", str(exc) if isinstance(exc, PackError) else
                    f"{exc.filename or out}: {exc.strerror or exc}"))
                return True
            return False

        return self.controller.run(lambda s: s.fill_in_pack(place, out, empty_rows=empty),
                                   self.tr("Fill-in pack"), said, self, refused=refused,
                                   label=self.tr("Writing the pack…"))
