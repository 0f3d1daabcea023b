"""The main window: search as you type, a place, the four kinds, results and details."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDateTimeEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMessageBox, QProgressBar, QSplitter, QStackedWidget, QTableView,
    QToolButton,
    QVBoxLayout, QWidget,
)

from ..core import vocab
from .basket import BasketPanel
from .detail import DetailPane
from .i18n import UI_LANGUAGE_NAMES, UI_LANGUAGES, ui_language
from .labels import access_label, kind_label
from .models import COL_DISTANCE, COL_KIND, COL_NAME, COL_NOW, COL_PLACE, ResultsModel, ResultsProxy
from .resources import kind_icon
from .tasks import Tasks

if TYPE_CHECKING:  # built on first use
    from .client_view import ClientScreen

SEARCH_DELAY_MS = 120
#: Seconds the start waits for a local store another counter keeps busy; then the window goes
#: on without it and tries again in the background (gui/store_watch.py).
STORE_WAIT_S = 1.5
RADII_KM = (2, 5, 10, 15, 25, 50)
#: Languages offered in the language filter (codes the catalogue uses).
FILTER_LANGUAGES = ("nl", "fr", "en", "de", "ar", "tr")


class ResultsView(QTableView):
    """Enter opens the detail of the current row (focus moves to the detail pane)."""

    def __init__(self, on_enter, parent=None):
        super().__init__(parent)
        self._on_enter = on_enter

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_enter(self.currentIndex())
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    #: The staff chose another interface language (the host builds the window again).
    language_switch_requested = Signal(str)

    def __init__(self, parent=None, site=None):
        super().__init__(parent)
        from ..core.site import Site

        self.site = site or Site()
        #: What is open (core/session.py): the catalogue shown, the local store, every change.
        self.session = None
        #: The one way off the GUI thread (gui/tasks.py): loading, saving, importing...
        self.tasks = Tasks(self)
        self._place = None
        title = self.tr("E-inclusie Wegwijzer")
        if self.site.municipality:
            title += " — " + self.site.municipality
        self.setWindowTitle(title)
        self.resize(1100, 700)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("What does the client need? e.g. itsme, laptop lenen, kaart kwijt"))
        self.search_edit.setAccessibleName(self.tr("Search words"))
        self.search_edit.setClearButtonEnabled(True)

        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Postcode or place"))
        self.place_edit.setAccessibleName(self.tr("Place: postcode, municipality or district"))
        self.place_edit.setClearButtonEnabled(True)
        self.place_completer = QCompleter(self)
        self.place_completer.setModel(QStringListModel(self))
        self.place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.place_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place_edit.setCompleter(self.place_completer)

        self.km_combo = QComboBox()
        self.km_combo.setAccessibleName(self.tr("Distance around the place"))
        for km in RADII_KM:
            self.km_combo.addItem(self.tr("within %1 km").replace("%1", str(km)), km)
        radius = self.site.radius_km
        self.km_combo.setCurrentIndex(min(range(len(RADII_KM)), key=lambda i: abs(RADII_KM[i] - radius)))

        self.kind_buttons: dict[str, QToolButton] = {}
        kinds_row = QHBoxLayout()
        for code in vocab.KINDS:
            b = QToolButton()
            b.setCheckable(True)
            b.setText(kind_label(code))
            b.setIcon(kind_icon(code))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setAccessibleName(self.tr("Only %1").replace("%1", kind_label(code)))
            b.setToolTip(self.tr("Show only this kind of help (several can be on)"))
            b.toggled.connect(self.schedule_search)
            self.kind_buttons[code] = b
            kinds_row.addWidget(b)

        self.free_check = QCheckBox(self.tr("Free"))
        self.free_check.setAccessibleName(self.tr("Only free of charge"))
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Language the help is given in"))
        self.lang_combo.addItem(self.tr("Any language"), None)
        for code in FILTER_LANGUAGES:
            self.lang_combo.addItem(code, code)
        self.access_combo = QComboBox()
        self.access_combo.setAccessibleName(self.tr("How the client gets in"))
        self.access_combo.addItem(self.tr("Any way in"), None)
        for code in vocab.ACCESS:
            self.access_combo.addItem(access_label(code), code)
        kinds_row.addStretch(1)
        kinds_row.addWidget(self.free_check)
        kinds_row.addWidget(self.lang_combo)
        kinds_row.addWidget(self.access_combo)

        self.open_now_check = QCheckBox(self.tr("Open now"))
        self.open_now_check.setAccessibleName(self.tr("Only what is open or can be called now"))
        self.open_at_check = QCheckBox(self.tr("Open at:"))
        self.open_at_check.setAccessibleName(self.tr("Only what is open at a chosen day and time"))
        self.open_at_edit = QDateTimeEdit()
        self.open_at_edit.setAccessibleName(self.tr("Day and time to check"))
        self.open_at_edit.setDisplayFormat("ddd dd-MM-yyyy HH:mm")
        self.open_at_edit.setCalendarPopup(True)
        self.open_at_edit.setDateTime(QDateTime.currentDateTime())
        self.open_at_edit.setEnabled(False)
        self.open_first_check = QCheckBox(self.tr("Open first"))
        self.open_first_check.setAccessibleName(self.tr("Show what is open first"))
        hours_row = QHBoxLayout()
        for w in (self.open_now_check, self.open_at_check, self.open_at_edit, self.open_first_check):
            hours_row.addWidget(w)
        hours_row.addStretch(1)

        self.model = ResultsModel(self)
        self.proxy = ResultsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ResultsView(self.open_detail)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed starting widths: "resize to contents" asks every row for every column on each
        # search (9,000 data() calls for 123 rows); the worker can still drag the borders.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_KIND, 130), (COL_PLACE, 190), (COL_DISTANCE, 115), (COL_NOW, 160)):
            header.resizeSection(col, width)
        self.table.setWordWrap(False)
        header.setSortIndicatorClearable(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = DetailPane()
        self._speaker = None
        self._client_panel = None   # built on first use: the client view is not needed to start
        self.client_lang: str | None = None     # this session's client language, memory only
        self.client_screen: ClientScreen | None = None
        self.right = QStackedWidget()
        self.right.addWidget(self.detail)
        self.status_label = QLabel(self.tr("Loading the catalogue…"))
        self.status_label.setAccessibleName(self.tr("Search status"))

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.place_edit, 2)
        top.addWidget(self.km_combo)
        self.basket = BasketPanel()
        self.basket.print_requested.connect(self.print_handout)
        self.basket.pdf_requested.connect(self.save_handout_pdf)
        self.printer = None   # one QPrinter per window, so its settings persist
        #: The counter's name for the handout, from the site settings.
        self.counter_name = self.site.counter
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.basket)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setSizes([680, 420])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(kinds_row)
        layout.addLayout(hours_row)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._tab_order()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self.schedule_search)
        self.place_edit.textChanged.connect(self.schedule_search)
        self.km_combo.currentIndexChanged.connect(self.schedule_search)
        self.free_check.toggled.connect(self.schedule_search)
        self.lang_combo.currentIndexChanged.connect(self.schedule_search)
        self.access_combo.currentIndexChanged.connect(self.schedule_search)
        self.open_now_check.toggled.connect(self._open_now_toggled)
        self.open_at_check.toggled.connect(self._open_at_toggled)
        self.open_at_edit.dateTimeChanged.connect(self.schedule_search)
        self.open_first_check.toggled.connect(self.schedule_search)
        # The clock moves: statuses older than a minute are computed again.
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+L"), self, self._focus_place)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape)
        self._menus()
        self._status_widgets()
        from .flag import install as install_flag   # "this is not right" (gui/flag.py)
        install_flag(self)

    def _status_widgets(self) -> None:
        """What runs off the GUI thread, and how far it is, at the right of the status bar."""
        self._busy_label = QLabel()
        self._busy_label.setAccessibleName(self.tr("Work in progress"))
        self._progress = QProgressBar()
        self._progress.setAccessibleName(self.tr("Progress"))
        self._progress.setMaximumWidth(180)
        self._progress.setTextVisible(False)
        for w in (self._busy_label, self._progress):
            w.hide()
            self.statusBar().addPermanentWidget(w)
        self.tasks.started.connect(self._task_started)
        self.tasks.progressed.connect(self._task_progressed)
        self.tasks.idle.connect(self._tasks_idle)

    # -- set-up ---------------------------------------------------------------------------

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        self.new_client_action = QAction(self.tr("&New client"), self)
        self.new_client_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_client_action.triggered.connect(self.new_client)
        client_menu.addAction(self.new_client_action)
        self.add_basket_action = QAction(self.tr("&Add to the basket (for this client)"), self)
        self.add_basket_action.setShortcut(QKeySequence("Ctrl+B"))
        self.add_basket_action.triggered.connect(self.add_to_basket)
        client_menu.addAction(self.add_basket_action)
        self.print_action = QAction(self.tr("&Print the page for the client…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_handout)
        client_menu.addAction(self.print_action)
        self.pdf_action = QAction(self.tr("Save the page as P&DF…"), self)
        self.pdf_action.triggered.connect(self.save_handout_pdf)
        client_menu.addAction(self.pdf_action)
        client_menu.addSeparator()
        self.show_client_action = QAction(self.tr("&Show to the client…"), self)
        self.show_client_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.show_client_action.triggered.connect(self.show_to_client)
        client_menu.addAction(self.show_client_action)
        self.pick_language_action = QAction(self.tr("Client's &language…"), self)
        self.pick_language_action.setShortcut(QKeySequence(Qt.Key.Key_F7))
        self.pick_language_action.triggered.connect(self.pick_client_language)
        client_menu.addAction(self.pick_language_action)
        self.client_screen_action = QAction(self.tr("Client &screen (second monitor)"), self)
        self.client_screen_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.client_screen_action.triggered.connect(self.toggle_client_screen)
        client_menu.addAction(self.client_screen_action)
        if self.site.maintainer_mode:
            from .maintainer import install

            install(self)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        lang_menu = view_menu.addMenu(self.tr("Interface &language"))
        current = ui_language()
        for code in UI_LANGUAGES:
            act = QAction(UI_LANGUAGE_NAMES[code], self)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _=False, c=code: self._switch_language(c))
            lang_menu.addAction(act)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About E-inclusie Wegwijzer"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _tab_order(self) -> None:
        chain = [self.search_edit, self.place_edit, self.km_combo,
                 *self.kind_buttons.values(), self.free_check, self.lang_combo,
                 self.access_combo, self.open_now_check, self.open_at_check, self.open_at_edit,
                 self.open_first_check, self.table, self.basket.list, self.basket.up,
                 self.basket.down, self.basket.remove, self.basket.print_button,
                 self.basket.pdf_button, self.detail]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)
        for b in self.kind_buttons.values():
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- what is open ------------------------------------------------------------------------

    @property
    def catalogue(self):
        """The catalogue shown (the session's view), or None while it loads."""
        return self.session.catalogue if self.session is not None else None

    def load_catalogue(self, path: Path | None = None) -> None:
        """Open what this site shows, off the GUI thread (the window is already on screen),
        then run the first search.

        With an explicit ``path`` that file is shown as it is. Otherwise the program's own:
        the shipped catalogue (or a newer installed update) with the local store, as one
        view; what went wrong on the way (core/session.py) is said in the status line."""
        from ..core.session import Session

        site = self.site
        # a store another counter keeps busy is not waited for long: gui/store_watch.py retries
        self.tasks.run(lambda: Session.open(site, catalogue=path, store_wait=STORE_WAIT_S),
                       self.adopt_session,
                       self._load_failed, label=self.tr("Loading the catalogue…"))

    def _load_failed(self, exc: BaseException) -> None:
        from ..core.session import SessionError

        if not isinstance(exc, SessionError):
            raise exc
        self.status_label.setText(self.tr("The catalogue could not be opened: %1").replace(
            "%1", str(exc)))

    def adopt_session(self, session) -> None:
        """Show what ``session`` opened (on the GUI thread); say what it noticed."""
        from .notices import notice_text

        old, self.session = self.session, session
        if old is not None and old is not session:
            old.close()
        texts = [notice_text(n) for n in session.notices]
        if texts:
            self.statusBar().showMessage(" ".join(texts))
        self.set_catalogue(session.catalogue)
        if getattr(self, "maintainer", None) is not None:
            self.maintainer.update_actions(full=True)
        from .store_watch import after_open

        after_open(self, session)

    def show_outcome(self, outcome) -> None:
        """After a change: show the catalogue as it is now, keeping the search and the
        selection (only the changed records are read again)."""
        if self.session is None:
            return
        before = self.catalogue
        self.session.take(outcome)
        state = self.save_state()
        if self.catalogue is not before:
            self.set_catalogue(self.catalogue, search=False)
        self.restore_state(state)

    def set_catalogue(self, catalogue, search: bool = True) -> None:
        """Show ``catalogue`` (the session's view) and run the first search."""
        if self.session is None or self.session.catalogue is not catalogue:
            from ..core.session import Session

            # a catalogue handed in directly (tests, the start-up probe): a session around it
            session = Session(self.site)
            session.catalogue = catalogue
            session.explicit = True
            self.session = session
        self.model.opening_of = catalogue.opening
        labels = catalogue.gazetteer.labels()
        self.place_completer.model().setStringList(labels)
        if self.site.home and not self.place_edit.text() and self.session.home_known:
            self.place_edit.blockSignals(True)
            self.place_edit.setText(self.site.home)
            self.place_edit.blockSignals(False)
        if search:
            self.run_search()

    # -- work off the GUI thread: what the status bar says -----------------------------------------

    def _task_started(self, label: str) -> None:
        if label:
            self._busy_label.setText(label)
            self._busy_label.show()
        self._progress.setRange(0, 0)          # busy, until the task says how far it is
        self._progress.show()

    def _task_progressed(self, label: str, done: int, total: int) -> None:
        self._busy_label.setText(label)
        if done >= total:                      # the counted part is over; the rest runs on
            self._progress.setRange(0, 0)
            return
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)

    def _tasks_idle(self) -> None:
        self._busy_label.hide()
        self._progress.hide()

    def announce_site_problems(self) -> None:
        """Say once what was wrong with the site file; the program carries on with defaults."""
        if self.site.problems:
            text = self.tr("Site settings: %1").replace("%1", " ".join(self.site.problems))
            self.status_label.setText(text)
            self.statusBar().showMessage(text)
            import sys

            for problem in self.site.problems:
                print(f"einclusie: {problem}", file=sys.stderr)

    def take_catalogue(self):
        """Hand what is open to the next window (this one no longer closes it)."""
        self.tasks.wait()
        handover, self.session = self.session, None
        return handover

    def adopt(self, handover) -> None:
        self.session = handover
        self.set_catalogue(handover.catalogue)
        if getattr(self, "maintainer", None) is not None:
            self.maintainer.update_actions(full=True)
        from .store_watch import after_open

        after_open(self, handover, announce_now=False)

    def _switch_language(self, code: str) -> None:
        if code != ui_language():
            self.language_switch_requested.emit(code)

    def save_state(self) -> dict:
        """What the worker was doing, to carry over into a window in another language."""
        return {
            "text": self.search_edit.text(), "place": self.place_edit.text(),
            "km": self.km_combo.currentIndex(),
            "kinds": [c for c, b in self.kind_buttons.items() if b.isChecked()],
            "free": self.free_check.isChecked(), "lang": self.lang_combo.currentIndex(),
            "access": self.access_combo.currentIndex(),
            "open_now": self.open_now_check.isChecked(),
            "selected": self.current_service_id(), "client_lang": self.client_lang,
        }

    def restore_state(self, state: dict) -> None:
        if not state:
            return
        self.search_edit.setText(state["text"])
        self.place_edit.setText(state["place"])
        self.km_combo.setCurrentIndex(state["km"])
        for code in state["kinds"]:
            self.kind_buttons[code].setChecked(True)
        self.free_check.setChecked(state["free"])
        self.lang_combo.setCurrentIndex(state["lang"])
        self.access_combo.setCurrentIndex(state["access"])
        self.open_now_check.setChecked(state["open_now"])
        if state["client_lang"]:
            self.client_panel.set_language(state["client_lang"])
        self.run_search()
        for row in range(self.proxy.rowCount()):
            if self.proxy.service_id(self.proxy.index(row, 0)) == state["selected"]:
                self.table.selectRow(row)
                break

    # -- searching ------------------------------------------------------------------------

    def schedule_search(self, *_args) -> None:
        self._timer.start()

    @property
    def speaker(self):
        if self._speaker is None:
            from .speech import Speaker

            self._speaker = Speaker(self)
        return self._speaker

    @property
    def client_panel(self):
        """The client's view with its controls, built the first time it is needed."""
        if self._client_panel is None:
            from .client_view import ClientPanel

            panel = ClientPanel(self.speaker)
            panel.first = self.site.client_languages_first
            panel.back.connect(self.show_details)
            panel.language_changed.connect(self._client_language_changed)
            self.right.addWidget(panel)
            self.setTabOrder(self.detail, panel.lang_button)
            self._client_panel = panel
        return self._client_panel

    def _showing_client(self) -> bool:
        return self._client_panel is not None and self.right.currentWidget() is self._client_panel

    def query(self):
        from ..core.search import Query

        return Query(
            text=self.search_edit.text(),
            place=self._place,
            km=float(self.km_combo.currentData()),
            kinds=frozenset(c for c, b in self.kind_buttons.items() if b.isChecked()),
            language=self.lang_combo.currentData(),
            free=self.free_check.isChecked(),
            access=frozenset([self.access_combo.currentData()] if self.access_combo.currentData() else []),
            limit=200,
            open_at=self._open_filter_time(),
            open_first=(self._open_filter_time() or self.model.clock())
            if self.open_first_check.isChecked() else None,
        )

    def _open_filter_time(self):
        if self.open_now_check.isChecked():
            return self.model.clock()
        if self.open_at_check.isChecked():
            from ..core.opening import BRUSSELS

            qdt = self.open_at_edit.dateTime()
            d, t = qdt.date(), qdt.time()
            import datetime as dt

            return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BRUSSELS)
        return None

    def _open_now_toggled(self, on: bool) -> None:
        if on and self.open_at_check.isChecked():
            self.open_at_check.setChecked(False)
        self.schedule_search()

    def _open_at_toggled(self, on: bool) -> None:
        self.open_at_edit.setEnabled(on)
        if on and self.open_now_check.isChecked():
            self.open_now_check.setChecked(False)
        self.schedule_search()

    def _tick(self) -> None:
        """Every half minute: statuses move on; an "open now" list is searched again."""
        if self.catalogue is None:
            return
        if self.open_now_check.isChecked():
            self.run_search()
        else:
            self.model.refresh_statuses()
            self._current_changed(self.table.currentIndex(), QModelIndex())

    def run_search(self) -> None:
        self._timer.stop()
        if self.catalogue is None:
            return
        note = self._resolve_place()
        hits = self.catalogue.searcher.search(self.query())
        self.model.set_hits(hits)
        count = self.tr("%n result(s)", "", len(hits)) if hits else self.tr(
            "No help found. Try fewer words, another place or a larger distance.")
        self.status_label.setText(" — ".join(p for p in (note, count) if p))
        if hits:
            self.table.selectRow(0)
        else:
            self.detail.show_empty()

    def _resolve_place(self) -> str:
        """Read the place field; returns a note for the status line ("" when nothing to say)."""
        text = self.place_edit.text().strip()
        self._place = None
        if not text:
            return ""
        res = self.catalogue.gazetteer.resolve(text)
        if res.place is not None:
            self._place = res.place
            if res.corrected:
                return self.tr("Place: %1 (did you mean this?)").replace("%1", res.place.label)
            return self.tr("Near %1").replace("%1", res.place.label)
        if res.choices:
            return self.tr("Which place? %1").replace(
                "%1", "; ".join(p.label for p in res.choices[:6]))
        if res.suggestions:
            return self.tr("Place not known. Closest: %1").replace(
                "%1", ", ".join(res.suggestions[:4]))
        return self.tr("Place not known.")

    # -- results --------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.catalogue is None:
            self.detail.show_empty()
            return
        view = self.catalogue.service(self.proxy.service_id(current))
        if view is not None:
            when = self.model.clock()
            self.detail.show_service(view, when=when, schedule=self.catalogue.schedule(view.id),
                                     opening=self.catalogue.opening(view.id, when))
            self._update_client_views()

    # -- the client's view ------------------------------------------------------------------

    def current_service_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.service_id(index) if index.isValid() else None

    def pick_client_language(self) -> bool:
        from .client_view import LanguagePicker

        picker = LanguagePicker(self, self.client_lang, self.site.client_languages_first)
        if picker.exec() and picker.chosen:
            self.client_panel.set_language(picker.chosen)
            return True
        return False

    def show_to_client(self) -> None:
        """F8: the selected record in the client's language (asked once per client)."""
        if self.current_service_id() is None:
            self.status_label.setText(self.tr("Choose a result first."))
            return
        if self.client_lang is None and not self.pick_client_language():
            return
        self.right.setCurrentWidget(self.client_panel)
        self._update_client_views()
        self.client_panel.refresh_voice()
        self.client_panel.lang_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_details(self) -> None:
        if self._speaker is not None:
            self._speaker.stop()
        self.right.setCurrentWidget(self.detail)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _client_language_changed(self, lang: str) -> None:
        self.client_lang = lang
        self._update_client_views()
        self.client_panel.refresh_voice()

    def _update_client_views(self) -> None:
        sid = self.current_service_id()
        if sid is None or self.client_lang is None or self.catalogue is None:
            return
        from ..core.phrasebook import lines_for

        lines = lines_for(self.catalogue, sid, self.client_lang, self.model.clock())
        if self._showing_client():
            self.client_panel.view.set_lines(lines, self.client_lang)
        if self.client_screen is not None and self.client_screen.isVisible():
            self.client_screen.view.set_lines(lines, self.client_lang)

    def toggle_client_screen(self) -> None:
        if self.client_screen is not None and self.client_screen.isVisible():
            self.client_screen.close()
            return
        if self.client_lang is None and not self.pick_client_language():
            return
        if self.client_screen is None:
            from .client_view import ClientScreen

            self.client_screen = ClientScreen(self)
        self.client_screen.place_on_second_screen()
        self._update_client_views()

    # -- the basket and the handout ----------------------------------------------------------

    def add_to_basket(self) -> None:
        sid = self.current_service_id()
        if sid is None or self.catalogue is None:
            return
        view = self.catalogue.service(sid)
        if not self.basket.add(view.id, view.name, view.kind):
            self.status_label.setText(self.tr("Already in the basket, or the basket is full."))

    def _handout_request(self):
        """The basket (or, when empty, the selected record) in the client's language."""
        from ..render.handout import HandoutRequest

        ids = self.basket.ids() or ([self.current_service_id()] if self.current_service_id() else [])
        if not ids:
            self.status_label.setText(self.tr("Choose a result first."))
            return None
        if self.client_lang is None and not self.pick_client_language():
            return None
        return HandoutRequest(tuple(ids), self.client_lang, self.model.clock(), self.counter_name,
                              self.site.logo)

    def print_handout(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..render.handout import handout_document, paint

        req = self._handout_request()
        if req is None:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec():
            paint(handout_document(self.catalogue, req), self.printer)

    def save_handout_pdf(self, path: str | None = None) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        from ..render.handout import HandoutError, write_pdf

        req = self._handout_request()
        if req is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the page for the client"), "wegwijzer.pdf", "PDF (*.pdf)")
        if not path:
            return None
        try:
            pages = write_pdf(self.catalogue, req, Path(path))
        except (HandoutError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        self.status_label.setText(self.tr("Saved %1 (%n page(s)).", "", pages).replace("%1", path))
        return path

    def new_client(self) -> None:
        """Forget everything of this client: basket, language, search, selection, screens."""
        if self._speaker is not None:
            self._speaker.stop()
        self.basket.clear()
        self.client_lang = None
        if self._client_panel is not None:
            self._client_panel.lang = "nl"
            self._client_panel.view.set_lines([], "nl")
        if self.client_screen is not None:
            self.client_screen.view.set_lines([], "nl")
            self.client_screen.close()
        self.right.setCurrentWidget(self.detail)
        self.table.clearSelection()
        self.clear()
        self.status_label.setText(self.tr("New client: everything of the last client is gone."))

    def open_detail(self, index: QModelIndex) -> None:
        self._current_changed(index, QModelIndex())
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keyboard -------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _focus_place(self) -> None:
        self.place_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.place_edit.selectAll()

    def _escape(self) -> None:
        """Esc: from the client's view back to the details; else clear the search."""
        if self._showing_client():
            self.show_details()
        else:
            self.clear()

    def clear(self) -> None:
        """Esc: empty the search and place fields and filters, back to the search field."""
        for w in (self.search_edit, self.place_edit):
            w.blockSignals(True)
            w.clear()
            w.blockSignals(False)
        for b in self.kind_buttons.values():
            b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(False)
        for w, value in ((self.free_check, False), (self.open_now_check, False),
                         (self.open_at_check, False), (self.open_first_check, False)):
            w.blockSignals(True)
            w.setChecked(value)
            w.blockSignals(False)
        for combo in (self.lang_combo, self.access_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.open_at_edit.setEnabled(False)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.run_search()

    def show_about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event):
        self.tasks.wait()                    # a write in progress is finished, never cut
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)
