"""Import (HSDS JSON, HSDS CSV package, the spreadsheet template) and export (HSDS JSON or the
HSDS CSV package).

Import is two steps, as on the command line: check the whole file (``Session.check_file``: core
reads it and reports every problem with its row or JSON path and field, and what importing
would do); only when nothing is wrong, import all of it in one transaction. Both run off the
GUI thread (the window keeps searching), with the records checked so far as progress; so does
the export.

The check also lists what the reader inferred (a kind from the service's words, the source
from the package: ``read.notes``) and every fact the file lacks that the catalogue has
(``ImportReport.removals``: a table left out of a package, an empty column). An import never
removes such facts unless the maintainer chooses so: the default imports what the file says
and keeps what it lacks (``importer.keeping``); "remove" is an explicit choice
(``allow_removals``); when a fact cannot be kept (the file replaced the entry it belonged to),
nothing is chosen for the maintainer and the import waits for the choice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QRadioButton, QVBoxLayout,
)

from ...core import vocab
from ...core.record import Problem, RecordError
from ..labels import kind_label
from .common import button as _button, MARK, ActivatingTable, RowsModel
from .messages import field_words, issue_text, note_text, removal_field, removal_values


class ImportDialog(QDialog):
    """Choose a file, see every problem, then import all of it or nothing."""

    def __init__(self, controller, parent=None, path: str | Path | None = None):
        super().__init__(parent)
        self.controller = controller
        self.read = None          # what the last check read (only when it had no problems)
        self.problems: list[Problem] = []
        self.report = None        # the dry run's report, then the import's
        #: Facts the file lacks that cannot be kept (the file replaced their entry).
        self.cannot_keep: list = []
        self.setWindowTitle(self.tr("Import records"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 560)

        intro = QLabel(self.tr("HSDS JSON (.json), an HSDS CSV package (its folder or "
                               "datapackage.json) or the spreadsheet template (.csv, .xlsx). The "
                               "whole file is checked first; it is imported only when nothing is "
                               "wrong, all of it at once."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File or folder to import"))
        self.path_edit.textEdited.connect(self._path_edited)
        self.path_edit.returnPressed.connect(self.check)
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path_edit)
        self.file_button = _button(self.tr("Choose &file…"), self.tr("Choose a file to import"),
                                   self.choose_file)
        self.folder_button = _button(self.tr("Choose f&older…"),
                                     self.tr("Choose an HSDS CSV package folder"),
                                     self.choose_folder)
        path_row = QHBoxLayout()
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.file_button)
        path_row.addWidget(self.folder_button)

        defaults = QGroupBox(self.tr("For HSDS files from another directory (they carry no kinds "
                                     "and no sources of ours)"))
        form = QFormLayout(defaults)
        kinds_row = QHBoxLayout()
        self.kind_checks: dict[str, QCheckBox] = {}
        for code in vocab.KINDS:
            check = QCheckBox(kind_label(code))
            check.setAccessibleName(self.tr("Kind for services without one: %1").replace(
                "%1", kind_label(code)))
            check.toggled.connect(self._invalidate)
            self.kind_checks[code] = check
            kinds_row.addWidget(check)
        kinds_row.addStretch(1)
        form.addRow(QLabel(self.tr("Kind of help:")), kinds_row)
        self.source_edit = QLineEdit()
        self.source_edit.setAccessibleName(self.tr("Source for services that name none"))
        self.source_edit.setPlaceholderText("https://…")
        self.source_edit.textEdited.connect(self._invalidate)
        self.source_date_edit = QLineEdit()
        self.source_date_edit.setAccessibleName(self.tr("Date of that source"))
        self.source_date_edit.setPlaceholderText("YYYY-MM-DD")
        self.source_date_edit.textEdited.connect(self._invalidate)
        source_label = QLabel(self.tr("Source (web address):"))
        source_label.setBuddy(self.source_edit)
        date_label = QLabel(self.tr("Date of the source:"))
        date_label.setBuddy(self.source_date_edit)
        form.addRow(source_label, self.source_edit)
        form.addRow(date_label, self.source_date_edit)

        self.check_button = _button(self.tr("&Check the file"), self.tr("Check the whole file"),
                                    self.check)
        self.summary = QLabel(self.tr("Choose a file, then check it."))
        self.summary.setWordWrap(True)
        self.model = RowsModel([self.tr("Where"), self.tr("Field"), self.tr("Problem")], self)
        self.table = ActivatingTable(None)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Problems found in the file"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 200)
        self.table.horizontalHeader().resizeSection(1, 140)
        self.table.setWordWrap(True)        # every reason is read whole
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        # what importing would remove, and the choice
        self.removals_model = RowsModel([self.tr("Record"), self.tr("Field"),
                                         self.tr("Would be removed"),
                                         self.tr("Where in the file")], self)
        self.removals_table = ActivatingTable(None)
        self.removals_table.setModel(self.removals_model)
        self.removals_table.setAccessibleName(self.tr("Facts the file lacks"))
        self.removals_table.setWordWrap(True)
        header = self.removals_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.resizeSection(1, 170)
        header.resizeSection(2, 260)
        self.removals_model.modelReset.connect(self.removals_table.resizeRowsToContents)
        self.choice_box = QGroupBox(self.tr("The file lacks facts the catalogue has: what "
                                            "should the import do?"))
        choice = QVBoxLayout(self.choice_box)
        self.keep_radio = QRadioButton(self.tr(
            "&Keep these facts: import what the file says, and leave what it lacks as it is "
            "(safe)"))
        self.keep_radio.setAccessibleName(self.tr("Import, keeping the facts the file lacks"))
        self.remove_radio = QRadioButton(self.tr(
            "&Remove these facts: only when the file is complete and these facts are no longer "
            "true"))
        self.remove_radio.setAccessibleName(self.tr("Import, removing the facts the file "
                                                    "lacks"))
        self.cannot_label = QLabel()
        self.cannot_label.setWordWrap(True)
        for w in (self.keep_radio, self.cannot_label, self.remove_radio):
            choice.addWidget(w)
        for radio in (self.keep_radio, self.remove_radio):
            radio.toggled.connect(self._choice_changed)
        # what the reader inferred
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_model = RowsModel([self.tr("Where"), self.tr("Field"),
                                      self.tr("What the program inferred")], self)
        self.notes_table = ActivatingTable(None)
        self.notes_table.setModel(self.notes_model)
        self.notes_table.setAccessibleName(self.tr("What the program inferred from the file"))
        self.notes_table.setWordWrap(True)
        self.notes_table.setMaximumHeight(110)
        self.notes_table.horizontalHeader().resizeSection(0, 200)
        self.notes_table.horizontalHeader().resizeSection(1, 140)
        self.notes_model.modelReset.connect(self.notes_table.resizeRowsToContents)
        self.import_button = _button(self.tr("&Import all"),
                                     self.tr("Import every record of the file"), self.do_import)
        self.import_button.setEnabled(False)
        self.close_button = _button(self.tr("Close"), self.tr("Close the import"), self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(path_row)
        layout.addWidget(defaults)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.removals_table, 1)
        layout.addWidget(self.choice_box)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_table)
        layout.addLayout(buttons)
        self._show_removals([])
        self._show_notes([])
        if path is not None:
            self.set_path(path)
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- choosing ------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), "",
            self.tr("Catalogue files (*.json *.csv *.xlsx);;All files (*)"))
        if path:
            self.set_path(path)
            self.check()

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose an HSDS CSV package folder"))
        if path:
            self.set_path(path)
            self.check()

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))
        self._invalidate()

    def _path_edited(self, _text: str) -> None:
        self._invalidate()

    def _invalidate(self, *_args) -> None:
        """Something changed since the check: check again before importing."""
        self.read = None
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("&Import all"))

    # -- checking ------------------------------------------------------------------------

    def _defaults(self):
        from ...core.record import Source
        from ...core.validate import check_date, check_url

        kinds = [k for k, c in self.kind_checks.items() if c.isChecked()]
        url = self.source_edit.text().strip()
        date = self.source_date_edit.text().strip()
        problems = []
        where = self.tr("(the choices above)")
        for issue in (check_url(url, "source") if url else None,
                      check_date(date, "source date", partial=True)):
            if issue is not None:
                problems.append(Problem(where, issue.field, issue_text(issue)))
        if date and not url:
            problems.append(Problem(where, "source", self.tr("A date needs its source.")))
        return kinds, (Source(url, date) if url else None), problems

    def check(self) -> None:
        """Read and check the whole file off the GUI thread (nothing is stored); then list
        every problem (:attr:`problems`) or say what importing would do (:attr:`report`)."""
        session = self.controller.session
        self._invalidate()
        text = self.path_edit.text().strip()
        if not text or session is None:
            self.problems = []
            self.model.set_rows([])
            self.summary.setText(self.tr("Choose a file first."))
            return
        kinds, source, problems = self._defaults()
        if problems:
            self._show_problems(problems)
            return
        path, today = Path(text), self.controller.today
        self.problems, self.report = [], None
        self.summary.setText(self.tr("Checking %1…").replace("%1", path.name))
        self.check_button.setEnabled(False)

        def work(report):
            from ...core.importer import keeping

            checked = session.check_file(path, kinds=kinds, source=source, today=today,
                                         progress=report)
            removals = checked.report.removals if checked.report is not None else ()
            # the facts that stay lacking even when the rest is kept
            left = keeping(checked.read, session.record)[1] if removals else []
            return checked, left

        self.controller.window.tasks.run(
            work, self._checked, self._unreadable,
            label=self.tr("Checking %1").replace("%1", path.name), progress=True)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        self._show_removals([])
        self.table.show()
        self.model.set_rows([([p.where, p.field, p.reason], p) for p in problems])
        self.summary.setText(MARK + " " + self.tr(
            "%n problem(s) found. Nothing can be imported until every one is fixed in the "
            "file.", "", len(problems)))
        self.table.selectRow(0)

    def _unreadable(self, exc: BaseException) -> None:
        """The file could not be read at all (never a silent nothing)."""
        self.check_button.setEnabled(True)
        self._show_notes([])
        what = f"{exc.filename or ''}: {exc.strerror or exc}" if isinstance(exc, OSError) \
            else str(exc) or type(exc).__name__
        self._show_problems([Problem(self.path_edit.text().strip(), "",
                                     self.tr("cannot be read: %1").replace("%1", what))])

    def _show_notes(self, notes) -> None:
        """What the reader inferred: shown whenever there is any, problems or not."""
        notes = list(notes)
        self.notes_model.set_rows([([n.where, field_words(n.field), note_text(n)], n)
                                   for n in notes])
        self.notes_label.setText(self.tr(
            "The program inferred %n thing(s) the file does not say itself; check them:", "",
            len(notes)))
        self.notes_label.setVisible(bool(notes))
        self.notes_table.setVisible(bool(notes))

    def _show_removals(self, removals, cannot=(), read=None) -> None:
        """The facts the file lacks, per record and field, and the choice (keep them by
        default; when some cannot be kept, no default: the maintainer chooses)."""
        self.cannot_keep = list(cannot)
        names = {r.id: r.name for r in read.records} if read is not None else {}
        self.removals_model.set_rows([
            ([f"{names.get(r.record_id, r.record_id)} ({r.record_id})", removal_field(r.field),
              removal_values(r.field, r.values), r.where], r) for r in removals])
        shown = bool(removals)
        self.removals_table.setVisible(shown)
        self.choice_box.setVisible(shown)
        self.table.setVisible(not shown)
        for radio in (self.keep_radio, self.remove_radio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        self.keep_radio.setEnabled(not self.cannot_keep)
        if self.cannot_keep:
            listed = "; ".join(f"{names.get(r.record_id, r.record_id)}: "
                               f"{removal_field(r.field)}" for r in self.cannot_keep[:5])
            self.cannot_label.setText(MARK + " " + self.tr(
                "%n fact(s) cannot be kept: the file replaced the entry they belong to (%1). "
                "Import removing them, or correct the file and check it again.", "",
                len(self.cannot_keep)).replace("%1", listed + ("…" if len(self.cannot_keep) > 5
                                                              else "")))
        elif shown:
            self.keep_radio.setChecked(True)
        self.cannot_label.setVisible(bool(self.cannot_keep))

    def removal_choice(self) -> str | None:
        """``keep``, ``remove``, or None (not chosen; nothing to choose without removals)."""
        if self.keep_radio.isChecked():
            return "keep"
        if self.remove_radio.isChecked():
            return "remove"
        return None

    def _choice_changed(self, *_args) -> None:
        report = self.report
        if self.read is None or report is None or not report.removals:
            return
        choice = self.removal_choice()
        n = len(report.removals)
        self.import_button.setEnabled(choice is not None and bool(report.added or
                                                                  report.updated))
        self.import_button.setText(
            self.tr("&Import, keeping these facts") if choice == "keep" else
            self.tr("&Import, removing %n fact(s)", "", n) if choice == "remove" else
            self.tr("&Import all"))

    def _checked(self, result) -> None:
        checked, cannot = result
        self.check_button.setEnabled(True)
        self._show_notes(getattr(checked.read, "notes", ()))
        if checked.problems:
            self._show_problems(list(checked.problems))
            return
        self.problems = []
        self.model.set_rows([])
        read, report = checked.read, checked.report
        self.read, self.report = read, report
        count = len(read.records)
        self._show_removals(report.removals if report is not None else [], cannot, read)
        if not count:
            self.summary.setText(self.tr("No problems, but the file holds no records."))
            return
        text = self.tr("No problems in %n record(s). Importing adds %1, updates %2 and leaves "
                       "%3 unchanged.", "", count).replace("%1", str(len(report.added))).replace(
            "%2", str(len(report.updated))).replace("%3", str(len(report.unchanged)))
        if report.kept_retired:
            text += " " + self.tr("Retired here, so left retired: %1.").replace(
                "%1", ", ".join(report.kept_retired))
        if report.removals:
            text += "\n" + MARK + " " + self.tr(
                "%n record(s) in the file lack facts the catalogue has (listed below): a "
                "table left out of a package, an empty column or cell. Nothing is removed "
                "unless you choose so.", "", len({r.record_id for r in report.removals}))
        self.summary.setText(text)
        self.import_button.setEnabled(bool(report.added or report.updated))
        self._choice_changed()
        if self.import_button.isEnabled():
            self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- importing -----------------------------------------------------------------------

    def do_import(self) -> bool:
        """Import everything checked, in one transaction, off the GUI thread (the report is
        :attr:`report` when it is done). False when there is nothing checked to import."""
        if self.read is None or self.controller.session is None:
            return False
        read, today = self.read, self.controller.today
        removing = bool(self.report is not None and self.report.removals)
        choice = self.removal_choice() if removing else None
        if removing and choice is None:
            return False
        self._invalidate()
        self.summary.setText(self.tr("Importing %n record(s)…", "", len(read.records)))

        def said(outcome) -> str:
            report = self.report = outcome.value
            text = self.tr("Imported: %1 added, %2 updated, %3 unchanged. “Undo last change” "
                           "takes the whole import back.").replace(
                "%1", str(len(report.added))).replace("%2", str(len(report.updated))).replace(
                "%3", str(len(report.unchanged)))
            if choice == "keep":
                text += " " + self.tr("The facts the file lacks were kept.")
            elif report.removals:
                text += " " + self.tr("%n fact(s) removed, as chosen.", "",
                                      len(report.removals))
            if _alive(self):
                self._show_removals([])
                self.summary.setText(text)
            return text

        def refused(exc) -> bool:
            from ...core.importer import ImportWouldRemove

            if not _alive(self):
                return False
            if isinstance(exc, RecordError):
                self._show_problems(list(exc.problems))
                self.summary.setText(MARK + " " + self.tr(
                    "%n problem(s) found; nothing was imported.", "", len(exc.problems)))
                return True
            if isinstance(exc, ImportWouldRemove):
                # the catalogue changed since the check (another counter): check again
                self.check()
                return True
            return False

        def work(session, report):
            if choice == "keep":
                from ...core.importer import keeping

                return session.import_records(keeping(read, session.record)[0], today=today,
                                              progress=report)
            return session.import_records(read, today=today, allow_removals=choice == "remove",
                                          progress=report)

        return self.controller.run(
            work, self.tr("Not imported"), said, self, refused=refused, progress=True,
            label=self.tr("Importing %n record(s)…", "", len(read.records)))


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


class ExportDialog(QDialog):
    """Write the whole catalogue (shipped and local together) as HSDS 3.0."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export the catalogue"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 280)
        intro = QLabel(self.tr("The whole catalogue as it is shown here (the shipped records with "
                               "this municipality's additions and corrections), in Open Referral "
                               "HSDS 3.0."))
        intro.setWordWrap(True)
        self.json_radio = QRadioButton(self.tr("HSDS &JSON (one file: services.json)"))
        self.json_radio.setAccessibleName(self.tr("Format: HSDS JSON"))
        self.json_radio.setChecked(True)
        self.csv_radio = QRadioButton(self.tr("HSDS &CSV package (datapackage.json and one CSV "
                                              "per table)"))
        self.csv_radio.setAccessibleName(self.tr("Format: HSDS CSV package"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder to write into"))
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder_edit)
        self.folder_button = _button(self.tr("Choose…"), self.tr("Choose the folder"),
                                     self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.folder_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.export_button = _button(self.tr("&Export"), self.tr("Export now"), self.export)
        self.export_button.setDefault(True)
        self.close_button = _button(self.tr("Close"), self.tr("Close the export"), self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.json_radio)
        layout.addWidget(self.csv_radio)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.folder_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder to write into"))
        if path:
            self.folder_edit.setText(path)

    def export(self, folder: str | Path | None = None, fmt: str | None = None) -> bool:
        """Write the export off the GUI thread (``fmt``: ``hsds-json`` or ``hsds-csv``); say
        what was written (:attr:`written`). False when nothing was started."""
        if folder is not None:
            self.folder_edit.setText(str(folder))
        if fmt is not None:
            (self.json_radio if fmt == "hsds-json" else self.csv_radio).setChecked(True)
        text = self.folder_edit.text().strip()
        session = self.controller.window.session
        if not text:
            self.result.setText(MARK + " " + self.tr("Choose a folder first."))
            return False
        if session is None or session.catalogue is None:
            self.result.setText(MARK + " " + self.tr("The catalogue is not open yet."))
            return False
        fmt = "hsds-json" if self.json_radio.isChecked() else "hsds-csv"
        target = Path(text)
        self.written = None
        self.export_button.setEnabled(False)
        self.result.setText(self.tr("Writing…"))
        self.controller.window.tasks.run(lambda: session.export(fmt, target), self._written,
                                         self._not_written, label=self.tr("Exporting"))
        return True

    def _not_written(self, exc: BaseException) -> None:
        if not isinstance(exc, OSError):
            raise exc
        if _alive(self):
            self.export_button.setEnabled(True)
            self.result.setText(MARK + " " + self.tr("Nothing was written: %1").replace(
                "%1", f"{exc.filename or self.folder_edit.text()}: {exc.strerror or exc}"))

    def _written(self, outcome) -> None:
        path, message = self._said(outcome.value)
        left = next((n for n in outcome.notices if n.code == "merge_left_out"), None)
        if left is not None:
            message += " " + self.tr("%n local record(s) could not be used; their shipped "
                                     "version was exported.", "", int(left.args["count"]))
        self.controller.window.statusBar().showMessage(message, 10000)
        if _alive(self):
            self.export_button.setEnabled(True)
            self.result.setText(message)
            self.written = path

    def _said(self, value) -> tuple[Path, str]:
        """What was written, and a sentence saying so."""
        if self.json_radio.isChecked():
            path, n = value
            return path, self.tr("Wrote %1: %n service(s).", "", n).replace("%1", str(path))
        path, counts = value
        return path, self.tr("Wrote %1: %n service(s), %2 rows in %3 tables.", "",
                             counts.get("service", 0)).replace("%1", str(path)).replace(
            "%2", str(sum(counts.values()))).replace("%3", str(len(counts)))
