"""The main window: search as you type, a place, the four kinds, results and details.

Searching. Every keystroke asks the search thread (gui/search_worker.py) at once — no delay
— and the answer to the newest words is shown when it comes; older answers are dropped. The
place is read on the GUI thread first (the gazetteer is in memory): a place it does not know,
or one that could be several, is never searched "everywhere" instead — the window says so,
offers the close or possible places, and shows nothing until the worker chooses. A search
that corrected a typo or found only partial matches says so in the status line, and each such
row says what it lacks beside its name.

Keys. Ctrl+F the words, Ctrl+L the place; Down in the words goes into the results, Enter opens
the first; Tab goes words → place → distance → results → basket → details, then the filters;
F9 drops every filter; Ctrl+B puts the selected help in the basket; Esc closes the place
suggestions when they are open, else goes back from the client's view, else starts over
(the site's home place and distance come back).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime, QEvent, QModelIndex, QObject, QSize, QStandardPaths, QStringListModel, Qt, QTimer, Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDateTimeEdit, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
    QMessageBox, QProgressBar, QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from ..core import vocab
from .basket import BasketPanel
from .detail import DetailPane
from .i18n import UI_LANGUAGE_NAMES, UI_LANGUAGES, ui_language
from .labels import access_label, kind_label, language_label, quoted
from .models import HitRole, ResultsModel
from .resources import kind_icon
from .results_view import ResultsView
from .search_worker import SearchWorker
from .tasks import Tasks

if TYPE_CHECKING:  # built on first use
    from .client_view import ClientScreen

#: Seconds the start waits for a local store another counter keeps busy; then the window goes
#: on without it and tries again in the background (gui/store_watch.py).
STORE_WAIT_S = 1.5
RADII_KM = (2, 5, 10, 15, 25, 50)
#: The details of a typed search's first result come after the rows are painted, or after this.
DETAIL_FALLBACK_MS = 40
#: At most this many place suggestions under the place field.
PLACE_SUGGESTIONS = 12
#: Focus that shows: the widget the keys go to has a frame in the highlight colour.
FOCUS_STYLE = ("QAbstractItemView:focus, QTextBrowser:focus "
               "{ border: 2px solid palette(highlight); }")


class _SearchKeys(QObject):
    """Down in the search field goes into the results; Enter opens the first result."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if event.key() == Qt.Key.Key_Down:
                return self.window.into_results()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.window.open_first()
        return False


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
        #: Searching as you type, on a thread of its own (newest words win).
        self.search_worker = SearchWorker(self)
        self._place = None
        self._place_names: dict[tuple[str, str], str] = {}
        self._want_language: str | None = None
        self._ui = ui_language()                # the window is built again when it changes
        self._defer_detail = False
        #: The query whose answer the results show (None: nothing was searched).
        self.shown_query = None
        title = self.tr("E-inclusie Wegwijzer")
        if self.site.municipality:
            title += " — " + self.site.municipality
        self.setWindowTitle(title)
        # 1100×700, but never larger than the screen (a 1024×600 counter PC has no room for it).
        size = QSize(1100, 700)
        if (screen := QGuiApplication.primaryScreen()) is not None:
            size = size.boundedTo(screen.availableGeometry().size())
        self.resize(size)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("What does the client need? e.g. itsme, laptop lenen, kaart kwijt"))
        self.search_edit.setAccessibleName(self.tr("Search words"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(_SearchKeys(self))

        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Postcode or place"))
        self.place_edit.setAccessibleName(self.tr("Place: postcode, municipality or district"))
        self.place_edit.setClearButtonEnabled(True)
        # The gazetteer orders the suggestions (exact, then starts with, then contains, then
        # typos): the popup shows them as they are, never filtered again by Qt.
        self.place_completer = QCompleter(self)
        self.place_completer.setModel(QStringListModel(self))
        self.place_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.place_completer.setMaxVisibleItems(PLACE_SUGGESTIONS)
        self.place_edit.setCompleter(self.place_completer)
        self.place_edit.textEdited.connect(self._suggest_places)

        self.km_combo = QComboBox()
        self.km_combo.setAccessibleName(self.tr("Distance around the place"))
        for km in RADII_KM:
            self.km_combo.addItem(self.tr("within %1 km").replace("%1", str(km)), km)
        self.km_combo.setCurrentIndex(self._home_radius_index())

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
        self.drop_filters_button = QToolButton()
        self.drop_filters_button.setText(self.tr("Drop the filters (F9)"))
        self.drop_filters_button.setAccessibleName(self.tr("Drop every filter"))
        self.drop_filters_button.setToolTip(self.tr(
            "Kinds, free, language, way in and opening hours back to “any” (F9)"))
        self.drop_filters_button.clicked.connect(self.drop_filters)
        self.drop_filters_button.hide()
        hours_row = QHBoxLayout()
        for w in (self.open_now_check, self.open_at_check, self.open_at_edit, self.open_first_check):
            hours_row.addWidget(w)
        hours_row.addStretch(1)
        hours_row.addWidget(self.drop_filters_button)

        self.model = ResultsModel(self)
        self.model.place_name = self._place_name
        #: What the table shows, row for row: the model itself (it sorts itself).
        self.proxy = self.model
        self.table = ResultsView(self.open_detail)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Results"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        # After a typed search the details follow the painted rows (the rows come first); the
        # timer is the fallback when no paint comes (a hidden window).
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.timeout.connect(self._show_current_detail)
        self.table.painted.connect(self._rows_painted)

        self.detail = DetailPane()
        self._speaker = None
        self._client_panel = None   # built on first use: the client view is not needed to start
        self.client_lang: str | None = None     # this session's client language, memory only
        self.client_screen: ClientScreen | None = None
        self.right = QStackedWidget()
        self.right.addWidget(self.detail)
        self.status_label = QLabel(self.tr("Loading the catalogue…"))
        self.status_label.setAccessibleName(self.tr("Search status"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.status_label.linkActivated.connect(self._status_link)

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
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 420])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addLayout(kinds_row)
        layout.addLayout(hours_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._tab_order()
        for w in (self.table, self.basket.list, self.detail):   # only these: a window-wide
            w.setStyleSheet(FOCUS_STYLE)                         # sheet slows the first paint

        # Many changes in one go (a restore, New client) ask one search: a zero timer gathers
        # them; the search itself runs on the search thread.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._ask_search)
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
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.drop_filters)
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
        """Words → place → distance → results → basket → details, then the filters: the
        worker's path from the question to the page for the client is short."""
        chain = [self.search_edit, self.place_edit, self.km_combo, self.table,
                 self.basket.list, self.basket.up, self.basket.down, self.basket.remove,
                 self.basket.print_button, self.basket.pdf_button, self.detail,
                 *self.kind_buttons.values(), self.free_check, self.lang_combo,
                 self.access_combo, self.open_now_check, self.open_at_check, self.open_at_edit,
                 self.open_first_check, self.drop_filters_button]
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)
        for b in [*self.kind_buttons.values(), self.drop_filters_button]:
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

        self.search_worker.wait()                # nothing searches what is closed below
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
        self.search_worker.wait()                # the view may be replaced or closed
        before = self.catalogue
        self.session.take(outcome)
        state = self.save_state()
        if self.catalogue is not before:
            self.set_catalogue(self.catalogue, search=False)
        self.restore_state(state)

    def set_catalogue(self, catalogue, search: bool = True) -> None:
        """Show ``catalogue`` (the session's view) and run the first search."""
        self.search_worker.wait()
        if self.session is None or self.session.catalogue is not catalogue:
            from ..core.session import Session

            # a catalogue handed in directly (tests, the start-up probe): a session around it
            session = Session(self.site)
            session.catalogue = catalogue
            session.explicit = True
            self.session = session
        self.model.opening_of = catalogue.opening
        self._place_names.clear()
        home = self._home_place()
        if home and not self.place_edit.text():
            self.place_edit.blockSignals(True)
            self.place_edit.setText(home)
            self.place_edit.blockSignals(False)
        # the typo word list and the languages the catalogue knows, read off the GUI thread
        def read_ahead():
            with catalogue.in_use():          # a catalogue replaced meanwhile waits to close
                catalogue.searcher.prepare()
                return catalogue.languages()

        self.tasks.run(read_ahead,
                       lambda codes: self._languages_known(catalogue, codes),
                       lambda exc: self._prepare_failed(catalogue, exc),
                       label=self.tr("Reading the catalogue's words…"))
        if search:
            self.run_search()

    def _prepare_failed(self, catalogue, exc: BaseException) -> None:
        """A catalogue replaced before its words were read was closed meanwhile: nothing to
        do (the search reads the words itself when it needs them). Anything else is a bug."""
        if catalogue is self.catalogue:
            raise exc

    def _languages_known(self, catalogue, codes: list[str]) -> None:
        """Fill the language filter with every language the catalogue knows, by name."""
        if catalogue is not self.catalogue:
            return
        want = self._want_language or self.lang_combo.currentData()
        ui = ui_language()
        self.lang_combo.blockSignals(True)
        while self.lang_combo.count() > 1:
            self.lang_combo.removeItem(1)
        for code in sorted(codes, key=lambda c: language_label(c, ui).casefold()):
            self.lang_combo.addItem(language_label(code, ui), code)
        index = self.lang_combo.findData(want) if want else 0
        self.lang_combo.setCurrentIndex(max(index, 0))
        self.lang_combo.blockSignals(False)
        self._want_language = None
        if want and index < 0:
            self.schedule_search()

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
            from .notices import site_problem_text

            text = self.tr("Site settings: %1").replace(
                "%1", " ".join(site_problem_text(p) for p in self.site.problems))
            self.status_label.setText(text)
            self.statusBar().showMessage(text)
            import sys

            for problem in self.site.problems:
                print(f"einclusie: {problem}", file=sys.stderr)

    def take_catalogue(self):
        """Hand what is open to the next window (this one no longer closes it)."""
        self.tasks.wait()
        self.search_worker.wait()
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
            "free": self.free_check.isChecked(), "lang": self.lang_combo.currentData(),
            "access": self.access_combo.currentIndex(),
            "open_now": self.open_now_check.isChecked(),
            "open_at": self.open_at_check.isChecked(),
            "open_at_time": self.open_at_edit.dateTime().toString(Qt.DateFormat.ISODate),
            "open_first": self.open_first_check.isChecked(),
            "basket": self.basket.entries(),
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
        lang = state.get("lang")
        index = self.lang_combo.findData(lang) if lang else 0
        if index < 0:                  # the language names are read after the catalogue
            self._want_language = lang
            self.lang_combo.addItem(language_label(lang, ui_language()), lang)
            index = self.lang_combo.count() - 1
        self.lang_combo.setCurrentIndex(index)
        self.access_combo.setCurrentIndex(state["access"])
        self.open_now_check.setChecked(state["open_now"])
        if state.get("open_at_time"):
            self.open_at_edit.setDateTime(QDateTime.fromString(state["open_at_time"],
                                                               Qt.DateFormat.ISODate))
        self.open_at_check.setChecked(state.get("open_at", False))
        self.open_first_check.setChecked(state.get("open_first", False))
        if state.get("basket") is not None:
            self.basket.set_entries(state["basket"])
        if state["client_lang"]:
            self.client_panel.set_language(state["client_lang"])
        self.run_search()
        for row in range(self.proxy.rowCount()):
            if self.proxy.service_id(self.proxy.index(row, 0)) == state["selected"]:
                self.table.selectRow(row)
                break

    # -- searching ------------------------------------------------------------------------

    def schedule_search(self, *_args) -> None:
        """Ask for a search with what the fields say now (gathered, then on the search thread)."""
        self._update_filter_button()
        self._timer.start()

    def search_settled(self) -> bool:
        """Every search asked is answered and shown, its details too (tests wait for this)."""
        return (not self._timer.isActive() and self.search_worker.settled()
                and not self._detail_timer.isActive())

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
        if self.catalogue is None or not self.search_settled():
            return
        if self.open_now_check.isChecked():
            self.run_search(keep_selection=True)
        else:
            self.model.refresh_statuses()
            self._show_current_detail()

    def _ask_search(self) -> None:
        """Ask the search thread for the words and filters as they are now."""
        if self.catalogue is None:
            return
        refusal, note = self._read_place()
        if refusal is not None:
            self.search_worker.drop()
            self._refuse(refusal)
            return
        q = self.query()
        catalogue = self.catalogue
        searcher = catalogue.searcher

        def done(result) -> None:
            # (the rows' statuses are worked out as they are painted, and kept for a minute:
            # working them out here first made every answer 10-30 ms later at 100k services)
            if catalogue is self.catalogue:
                self._show_result(q, result, note, defer_detail=True)

        self.search_worker.ask(lambda: searcher.search(q), done)

    def run_search(self, keep_selection: bool = False) -> None:
        """Search now, on the GUI thread, and show the answer before returning (for a search
        the program starts itself: after a change, a restore, the clock)."""
        self._timer.stop()
        self.search_worker.drop()
        self._update_filter_button()
        if self.catalogue is None:
            return
        refusal, note = self._read_place()
        if refusal is not None:
            self._refuse(refusal)
            return
        keep = self.current_service_id() if keep_selection else None
        q = self.query()
        self._show_result(q, self.catalogue.searcher.search(q), note, keep=keep)

    def _show_result(self, q, result, note: str, defer_detail: bool = False,
                     keep: str | None = None) -> None:
        self._defer_detail = defer_detail
        self.shown_query = q
        try:
            self.model.set_hits(result)
            self.status_label.setText(" — ".join(p for p in (note, self._result_words(result)) if p))
            if not result:
                self.detail.show_message(self._nothing_found_words())
                return
            row = 0
            if keep is not None:
                row = next((r for r in range(self.proxy.rowCount())
                            if self.proxy.service_id(self.proxy.index(r, 0)) == keep), 0)
            self.table.selectRow(row)
        finally:
            self._defer_detail = False

    def _result_words(self, result) -> str:
        """What the search found and what it did to find it, in the staff's words."""
        import html

        def q(text: str) -> str:
            return quoted(html.escape(text))

        if not result:
            return html.escape(self._nothing_found_words())
        parts = []
        exact = [h for h in result if not h.fuzzy and not h.missing]
        did_you_mean = getattr(result, "did_you_mean", None)
        if did_you_mean and not exact:
            typed = ", ".join(q(a) for a, _b in getattr(result, "corrections", ()))
            parts.append(self.tr("Showing results for %1 (typed: %2)").replace(
                "%1", q(did_you_mean)).replace("%2", typed or q(self.search_edit.text().strip())))
        elif did_you_mean:
            parts.append(self.tr("Did you mean %1? Its results follow, marked.").replace(
                "%1", q(did_you_mean)))
        partial = getattr(result, "partial_words", ())
        if partial:
            parts.append(self.tr("No help has every word: the best partial matches, each "
                                 "marked with what it lacks (not found: %1)").replace(
                "%1", ", ".join(q(w) for w in partial)))
        parts.append(self.tr("%n result(s)", "", len(result)))
        return " — ".join(parts)

    def _nothing_found_words(self) -> str:
        filters = self.active_filters()
        if filters:
            return self.tr("No help found with the filters %1. Press F9 to drop them.").replace(
                "%1", ", ".join(filters))
        return self.tr("No help found. Try fewer words, another place or a larger distance.")

    def active_filters(self) -> list[str]:
        """The filters that are on, in words ("Course", "Free", "open now")."""
        out = [kind_label(c) for c, b in self.kind_buttons.items() if b.isChecked()]
        if self.free_check.isChecked():
            out.append(self.tr("free"))
        if self.lang_combo.currentData():
            out.append(self.tr("in %1").replace("%1", self.lang_combo.currentText()))
        if self.access_combo.currentData():
            out.append(self.access_combo.currentText())
        if self.open_now_check.isChecked():
            out.append(self.tr("open now"))
        if self.open_at_check.isChecked():
            out.append(self.tr("open at %1").replace("%1", self.open_at_edit.text()))
        return out

    def _update_filter_button(self) -> None:
        self.drop_filters_button.setVisible(bool(self.active_filters()))

    def drop_filters(self) -> None:
        """F9: every filter back to "any" (the words, the place and the distance stay)."""
        if not self.active_filters():
            return
        self._set_filters_off()
        self.open_at_edit.setEnabled(False)
        self.schedule_search()
        self.status_label.setText(self.tr("Filters dropped."))

    def _set_filters_off(self) -> None:
        for b in self.kind_buttons.values():
            b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(False)
        for w in (self.free_check, self.open_now_check, self.open_at_check):
            w.blockSignals(True)
            w.setChecked(False)
            w.blockSignals(False)
        for combo in (self.lang_combo, self.access_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    # -- the place ------------------------------------------------------------------------------

    def _read_place(self) -> tuple[str | None, str]:
        """Read the place field. Returns (refusal, note): a refusal (rich text) when the place
        is not understood — nothing is searched then — else a note for the status line."""
        import html

        text = self.place_edit.text().strip()
        self._place = None
        if not text:
            return None, ""
        res = self.catalogue.gazetteer.resolve(text)
        status = res.status
        typed = quoted(html.escape(text))
        if status in ("found", "corrected"):
            self._place = res.place
            label = html.escape(res.place.label)
            if status == "corrected":
                return None, self.tr("Near %1 (taken for %2)").replace("%1", label).replace(
                    "%2", typed)
            return None, self.tr("Near %1").replace("%1", label)
        if status == "choose":
            return self.tr("Which place do you mean by %1? %2").replace("%1", typed).replace(
                "%2", self._place_links([p.label for p in res.choices[:8]])), ""
        if status == "empty":
            return None, ""
        close = [c.label for c in res.close] or list(res.suggestions)
        if close:
            return self.tr("The place %1 is not known. Did you mean: %2?").replace(
                "%1", typed).replace("%2", self._place_links(close[:5])), ""
        started = self.catalogue.gazetteer.complete(text, 6)
        if started:                            # the start of several names: still typing
            return self.tr("Which place do you mean by %1? %2").replace("%1", typed).replace(
                "%2", self._place_links(started)), ""
        return self.tr("The place %1 is not known: check the spelling, or type a postcode.")\
            .replace("%1", typed), ""

    @staticmethod
    def _place_links(labels: list[str]) -> str:
        import html
        from urllib.parse import quote

        return " · ".join(f"<a href='place:{quote(label)}'>{html.escape(label)}</a>"
                          for label in labels)

    def _refuse(self, text: str) -> None:
        """The place is not understood: no results (never "everywhere" instead), and why."""
        from PySide6.QtGui import QTextDocumentFragment

        self.shown_query = None
        self.model.set_hits([])
        self.status_label.setText(text)
        self.detail.show_message(QTextDocumentFragment.fromHtml(text).toPlainText())

    def _status_link(self, link: str) -> None:
        from urllib.parse import unquote

        if link.startswith("place:"):
            self.place_edit.setText(unquote(link[len("place:"):]))
            self.place_completer.popup().hide()
            self.run_search()

    def _suggest_places(self, text: str) -> None:
        """The place suggestions as the gazetteer orders them, for what is typed so far."""
        if self.catalogue is None:
            return
        labels = self.catalogue.gazetteer.complete(text, PLACE_SUGGESTIONS) if text.strip() else []
        self.place_completer.model().setStringList(labels)
        if labels:
            self.place_completer.setCompletionPrefix(text)
            self.place_completer.complete()
        else:
            self.place_completer.popup().hide()

    def _place_name(self, postcode: str, name: str) -> str:
        """A place's name as the staff's language says it: in French, the French name of a
        Brussels municipality ("Bruxelles", not "Brussel"); elsewhere the official name."""
        if not name or self._ui != "fr" or self.catalogue is None:
            return name
        key = (postcode, name)
        found = self._place_names.get(key)
        if found is None:
            from ..core.gazetteer import GazetteerError
            from ..core.text import normalize
            from ..core.vocab import REGIONS

            found = name
            try:
                place = self.catalogue.gazetteer.locate(postcode or None, name)
            except GazetteerError:
                place = None
            if place is not None and place.region_refnis == REGIONS["brussels"] and \
                    normalize(name) == normalize(place.municipality_nl):
                found = place.municipality_fr
            self._place_names[key] = found
        return found

    def _home_place(self) -> str:
        """The site's home place, when the catalogue knows it ("" otherwise)."""
        home = (self.site.home or "").strip()
        if not home or (self.session is not None and not self.session.home_known):
            return ""
        return home

    def _home_radius_index(self) -> int:
        radius = self.site.radius_km
        return min(range(len(RADII_KM)), key=lambda i: abs(RADII_KM[i] - radius))

    # -- results --------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._defer_detail:
            self._detail_timer.start(DETAIL_FALLBACK_MS)   # the results are painted first
        else:
            self._show_current_detail()

    def _rows_painted(self) -> None:
        if self._detail_timer.isActive():
            self._detail_timer.start(0)

    def _show_current_detail(self) -> None:
        self._detail_timer.stop()
        current = self.table.currentIndex()
        if not current.isValid() or self.catalogue is None:
            if self.model.rowCount() == 0 and self.catalogue is not None:
                return                          # the status line says why; the pane too
            self.detail.show_empty()
            return
        view = self.catalogue.service(self.proxy.service_id(current))
        if view is not None:
            when = self.model.moment()
            hit = self.proxy.data(current, HitRole)
            self.detail.show_service(view, when=when, schedule=self.catalogue.schedule(view.id),
                                     opening=self.catalogue.opening(view.id, when), hit=hit)
            self._update_client_views()

    # -- keyboard -------------------------------------------------------------------------

    def into_results(self) -> bool:
        """Down in the search field: into the results (the first, or the one selected)."""
        if not self.search_settled():
            self.run_search()
        if self.proxy.rowCount() == 0:
            return False
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def open_first(self) -> bool:
        """Enter in the search field: the first result's details."""
        if not self.search_settled():
            self.run_search()
        if self.proxy.rowCount() == 0:
            return False
        self.table.selectRow(0)
        self.open_detail(self.proxy.index(0, 0))
        return True

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

        self.client_panel.set_record(self.catalogue.service(sid))
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
            self.status_label.setText(self.tr("Choose a result first."))
            return
        view = self.catalogue.service(sid)
        why = self.basket.why_not(view.id)
        if why == "already":
            self.status_label.setText(self.tr("“%1” is already in the basket.").replace(
                "%1", view.name))
        elif why == "full":
            self.status_label.setText(self.tr(
                "The basket is full (%1 records, two pages): remove one first.").replace(
                "%1", str(self.basket.capacity)))
        else:
            self.basket.add(view.id, view.name, view.kind)
            self.status_label.setText(self.tr("“%1” is in the basket (%2 of %3).").replace(
                "%1", view.name).replace("%2", str(len(self.basket.ids()))).replace(
                "%3", str(self.basket.capacity)))

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

        req = self._handout_request()
        if req is None:
            return
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec():
            self.print_to(self.printer, req)

    def print_to(self, printer, req=None) -> int | None:
        """Paint the page(s) for the client on ``printer`` and say where they went."""
        from ..render.handout import HandoutError, handout_document, paint

        req = req or self._handout_request()
        if req is None:
            return None
        try:
            doc = handout_document(self.catalogue, req)
            paint(doc, printer)
        except HandoutError as exc:
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))
            return None
        pages = doc.pageCount()
        where = printer.printerName() or printer.outputFileName() or self.tr("the printer")
        text = self.tr("Sent to %1: %n page(s) for the client.", "", pages).replace("%1", where)
        self.status_label.setText(text)
        self.statusBar().showMessage(text, 15000)
        return pages

    @staticmethod
    def default_pdf_path() -> str:
        """Where "Save as PDF" proposes to save: the user's Documents folder (never the
        working folder, on Windows often the read-only program folder)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        return str(Path(folder) / "wegwijzer.pdf")

    def save_handout_pdf(self, path: str | None = None) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        from ..render.handout import HandoutError, write_pdf

        req = self._handout_request()
        if req is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the page for the client"), self.default_pdf_path(),
                self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        try:
            pages = write_pdf(self.catalogue, req, Path(path))
        except (HandoutError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        text = self.tr("Saved %1 (%n page(s)).", "", pages).replace("%1", path)
        self.status_label.setText(text)
        self.statusBar().showMessage(text, 15000)
        return path

    def new_client(self) -> None:
        """Forget everything of this client: basket, language, search, selection, screens."""
        if self._speaker is not None:
            self._speaker.stop()
        self.basket.clear()
        self.client_lang = None
        if self._client_panel is not None:
            self._client_panel.lang = "nl"
            self._client_panel.set_record(None)
            self._client_panel.view.set_lines([], "nl")
        if self.client_screen is not None:
            self.client_screen.view.set_lines([], "nl")
            self.client_screen.close()
        self.right.setCurrentWidget(self.detail)
        self.table.clearSelection()
        self.clear()
        self.status_label.setText(self.tr("New client: everything of the last client is gone."))

    def open_detail(self, index: QModelIndex) -> None:
        """Enter on a result: its details, with the keys in them."""
        if index.row() != self.table.currentIndex().row():
            self.table.selectRow(index.row())
        self._show_current_detail()
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _focus_place(self) -> None:
        self.place_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.place_edit.selectAll()

    def _escape(self) -> None:
        """Esc: close the place suggestions when they show; else from the client's view back
        to the details; else start over."""
        popup = self.place_completer.popup()
        if popup.isVisible():
            popup.hide()
            return
        if self._showing_client():
            self.show_details()
        else:
            self.clear()

    def clear(self) -> None:
        """Start over: the words gone (their undo history too), the site's home place and
        distance back, every filter off, the search field focused."""
        # setText, not clear(): it also forgets the undo history, so Ctrl+Z cannot bring the
        # last client's words back
        for w, text in ((self.search_edit, ""), (self.place_edit, self._home_place())):
            w.blockSignals(True)
            w.setText(text)
            w.blockSignals(False)
        self.place_completer.popup().hide()
        self.km_combo.blockSignals(True)
        self.km_combo.setCurrentIndex(self._home_radius_index())
        self.km_combo.blockSignals(False)
        self._set_filters_off()
        self.open_first_check.blockSignals(True)
        self.open_first_check.setChecked(False)
        self.open_first_check.blockSignals(False)
        self.open_at_edit.setEnabled(False)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.run_search()

    def show_about(self) -> None:
        from .about import AboutDialog

        AboutDialog(self).exec()

    def closeEvent(self, event):
        self.tasks.wait()                    # a write in progress is finished, never cut
        self.search_worker.stop()
        if self.session is not None:
            self.session.close()
            self.session = None
        super().closeEvent(event)
