"""What the client sees: their language, plain words, pictograms, large type, read aloud.

- :class:`LanguagePicker` — "I speak…": every client language as a large button with its name
  in its own script, for the client to point at.
- :class:`ClientView` — one record, one fact per line with a pictogram, large high-contrast
  type that scales with a zoom control; right-to-left languages flip the view (numbers, phone
  numbers and addresses stay left-to-right inside it).
- :class:`ClientPanel` — the view with its controls (language, zoom, read aloud, "on your
  phone", back), shown in the main window in place of the staff details. Read aloud never
  waits on the window (gui/speech.py); while it reads the button says "Stop".
- :class:`PhoneCard` — on request, one large QR code with the record as a contact card (name,
  phone, address, website) that the client's phone camera offers to save: the help lands in the
  client's contacts without any network at the counter.
- :class:`ClientScreen` — the same view in a window of its own that can sit full-screen on a
  second monitor and follows what the worker selects.

The chosen client language lives only in memory: nothing about the client is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
    QToolButton, QVBoxLayout, QWidget,
)

from ..core.phrasebook import Line, Phrasebook, languages, phrasebook, plain
from ..render.fonts import client_font
from ..render.pictograms import pictogram_image

#: Side of the phone-card QR code on screen, in pixels: large enough for any phone camera
#: at arm's length across the counter.
PHONE_QR_PX = 320

BASE_POINTS = 18.0
ZOOM_STEPS = (0.75, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5)


class LanguagePicker(QDialog):
    """ "I speak…": a grid of big buttons, each language named in its own script."""

    def __init__(self, parent=None, current: str | None = None, first: tuple[str, ...] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("I speak…"))
        self.chosen: str | None = None
        grid = QGridLayout(self)
        title = QLabel(self.tr("I speak…"))
        title.setFont(client_font(20, bold=True))
        grid.addWidget(title, 0, 0, 1, 3)
        self.buttons: dict[str, QPushButton] = {}
        self._cells: dict[tuple[int, int], QPushButton] = {}
        books = languages()
        books.sort(key=lambda b: (b.code not in first, first.index(b.code) if b.code in first else 0))
        for i, book in enumerate(books):
            b = QPushButton(book.name)
            b.setFont(client_font(20))
            b.setMinimumSize(QSize(220, 64))
            b.setAccessibleName(book.name)
            b.setAccessibleDescription(book.english_name)
            b.setToolTip(book.english_name)
            b.setAutoDefault(True)
            if book.rtl:
                b.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            b.clicked.connect(lambda _=False, code=book.code: self._choose(code))
            b.installEventFilter(self)
            self.buttons[book.code] = b
            self._cells[(i // 3, i % 3)] = b
            grid.addWidget(b, 1 + i // 3, i % 3)
        if current in self.buttons:
            self.buttons[current].setFocus()

    #: Arrow keys move through the grid as it is drawn (row, column).
    _STEPS = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1),
              Qt.Key.Key_Right: (0, 1)}

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in self._STEPS:
            here = next((cell for cell, b in self._cells.items() if b is obj), None)
            if here is not None:
                dr, dc = self._STEPS[event.key()]
                target = self._cells.get((here[0] + dr, here[1] + dc))
                if target is not None:
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(obj, event)

    def _choose(self, code: str) -> None:
        self.chosen = code
        self.accept()


class _LineRow(QWidget):
    def __init__(self, line: Line, zoom: float, rtl: bool, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        size = {"title": 1.4, "notice": 0.85, "detail": 0.9}.get(line.role, 1.0)
        points = BASE_POINTS * zoom * size
        icon_px = int(points * 2.2)
        pic = QLabel()
        if line.pictogram:
            pic.setFixedSize(icon_px, icon_px)
            pic.setPixmap(QPixmap.fromImage(pictogram_image(line.pictogram, icon_px)))
        else:
            pic.setFixedSize(icon_px, 1)
        layout.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
        # In a right-to-left view every paragraph is right-to-left, even one that starts with a
        # name (RLM is a strong right-to-left mark; the name itself stays isolated left-to-right).
        text = QLabel(("\u200f" + line.text) if rtl else line.text)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setFont(client_font(points, bold=line.role == "title"))
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if line.role == "detail":
            layout.addSpacing(int(points))
        if line.role == "notice":
            text.setStyleSheet("background:#fff3cd; color:#000000; padding:4px;"
                               " border:2px solid #000000;")
        layout.addWidget(text, 1)
        self.text_label = text
        self.line = line


class ClientView(QScrollArea):
    """One record in the client's language: a pictogram beside each line, large black text."""

    shown = Signal()   # new lines are on screen (another record or language)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Client view"))
        self.setStyleSheet("ClientView, ClientView > QWidget > QWidget { background:#ffffff; }"
                           " QLabel { color:#000000; }")
        self.zoom = 1.0
        self.book: Phrasebook | None = None
        self.lines: list[Line] = []
        self._show([])

    def set_lines(self, lines: list[Line], lang: str) -> None:
        self.book = phrasebook(lang)
        self.lines = lines
        self._show(lines)
        self.shown.emit()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self._show(self.lines)

    def text(self) -> str:
        """Everything shown, without direction marks: what read-aloud says."""
        return "\n".join(plain(line.text) for line in self.lines)

    def _show(self, lines: list[Line]) -> None:
        body = QWidget()
        rtl = bool(self.book and self.book.rtl)
        # Right-to-left for Arabic, Persian and Pashto: the rows flip; inserted numbers,
        # phone numbers and addresses carry isolates and stay left-to-right.
        body.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        col = QVBoxLayout(body)
        col.setSpacing(int(4 * self.zoom))
        self.rows = [_LineRow(line, self.zoom, rtl) for line in lines]
        for row in self.rows:
            col.addWidget(row)
        col.addStretch(1)
        self.setWidget(body)


class PhoneCard(QFrame):
    """One large QR code: the record as a contact card the client's phone can save."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet("PhoneCard { background:#ffffff; } QLabel { color:#000000; }")
        self.setAccessibleName(self.tr("Contact card for the client's phone"))
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setFont(client_font(16))
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.caption)
        self.payload = ""

    def show_card(self, view, lang: str) -> None:
        from ..core.handout import vcard
        from ..render.qr import qr_image

        self.payload = vcard(view)
        image = qr_image(self.payload)
        self.code.setPixmap(QPixmap.fromImage(image).scaled(
            PHONE_QR_PX, PHONE_QR_PX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation))
        book = phrasebook(lang)
        self.caption.setLayoutDirection(Qt.LayoutDirection.RightToLeft if book.rtl
                                        else Qt.LayoutDirection.LeftToRight)
        self.caption.setText(plain(book.say("save_contact")))


class ClientPanel(QWidget):
    """The client view with its controls: language, zoom, read aloud, on your phone, back."""

    back = Signal()
    language_changed = Signal(str)

    def __init__(self, speaker, parent=None):
        super().__init__(parent)
        self.speaker = speaker
        self.lang = "nl"
        #: Client languages the site wants first in the picker.
        self.first: tuple[str, ...] = ()
        self.view = ClientView()
        self.lang_button = QPushButton()
        self.lang_button.setAccessibleName(self.tr("Choose the client's language"))
        self.lang_button.clicked.connect(self.pick_language)
        self.zoom_out = QToolButton()
        self.zoom_out.setText("A−")
        self.zoom_out.setAccessibleName(self.tr("Smaller text"))
        self.zoom_out.setAccessibleDescription(self.tr("Make the client's text smaller"))
        self.zoom_in = QToolButton()
        self.zoom_in.setText("A+")
        self.zoom_in.setAccessibleName(self.tr("Larger text"))
        self.zoom_in.setAccessibleDescription(self.tr("Make the client's text larger"))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(+1))
        self.read_button = QPushButton(self.tr("Read aloud"))
        self.read_button.setAccessibleName(self.tr("Read aloud"))
        self.read_button.clicked.connect(self.read_aloud)
        self.phone_button = QPushButton(self.tr("On your phone"))
        self.phone_button.setCheckable(True)
        self.phone_button.setAccessibleName(self.tr("Show a code the client scans to keep this "
                                                    "help on their phone"))
        self.phone_button.setToolTip(self.tr("A large code: the client's phone camera saves the "
                                             "name, phone, address and website as a contact"))
        self.phone_button.toggled.connect(self.show_phone_card)
        self.phone_card = PhoneCard()
        self.phone_card.hide()
        #: The record shown (a catalogue ServiceView), for the phone card.
        self.record = None
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the details"))
        self.back_button.clicked.connect(self.back.emit)
        self.voice_note = QLabel()
        self.voice_note.setAccessibleName(self.tr("Read aloud status"))
        self.voice_note.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.lang_button, self.zoom_out, self.zoom_in, self.read_button,
                  self.phone_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.voice_note)
        layout.addWidget(self.phone_card)
        layout.addWidget(self.view, 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.step_zoom(+1))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.step_zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.step_zoom(-1))
        QShortcut(QKeySequence("Ctrl+R"), self, self.read_aloud)
        self.setTabOrder(self.lang_button, self.zoom_out)
        self.setTabOrder(self.zoom_out, self.zoom_in)
        self.setTabOrder(self.zoom_in, self.read_button)
        self.setTabOrder(self.read_button, self.phone_button)
        self.setTabOrder(self.phone_button, self.back_button)
        self.setTabOrder(self.back_button, self.view)
        QShortcut(QKeySequence("Ctrl+K"), self, self.phone_button.toggle)
        # the phone card follows the record and language on screen
        self.view.shown.connect(lambda: self.phone_button.isChecked() and self.show_phone_card(True))
        speaker.speaking_changed.connect(self._speaking)
        speaker.changed.connect(self.refresh_voice)
        speaker.failed.connect(self._failed)
        self._update_language_button()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._update_language_button()
        self.language_changed.emit(lang)
        if self.phone_button.isChecked():
            self.show_phone_card(True)

    def pick_language(self) -> None:
        picker = LanguagePicker(self, self.lang, self.first)
        if picker.exec() and picker.chosen:
            self.set_language(picker.chosen)

    def step_zoom(self, step: int) -> None:
        i = min(range(len(ZOOM_STEPS)), key=lambda k: abs(ZOOM_STEPS[k] - self.view.zoom))
        i = max(0, min(len(ZOOM_STEPS) - 1, i + step))
        self.view.set_zoom(ZOOM_STEPS[i])

    def read_aloud(self) -> None:
        """Read the view aloud, or stop when it is reading. Returns at once: the speech
        service is asked off the GUI thread (gui/speech.py)."""
        if self.speaker.is_speaking():
            self.speaker.stop()
            return
        book = phrasebook(self.lang)
        reason = self.speaker.availability(self.lang, book.name)
        if reason:
            self.voice_note.setText(reason)
            return
        self.voice_note.setText("")
        self.speaker.say(self.view.text(), self.lang)

    def _speaking(self, speaking: bool) -> None:
        self.read_button.setText(self.tr("Stop") if speaking else self.tr("Read aloud"))
        self.read_button.setAccessibleName(self.read_button.text())

    def _failed(self, reason: str) -> None:
        self._speaking(False)
        message = self.tr("Reading aloud failed.")
        if reason:
            message += " " + reason
        self.voice_note.setText(message)
        self.refresh_voice(keep_note=True)

    def refresh_voice(self, keep_note: bool = False) -> None:
        """Say on the button when this PC cannot read this language aloud (or is still
        checking its voice)."""
        book = phrasebook(self.lang)
        reason = self.speaker.availability(self.lang, book.name)
        self.read_button.setEnabled(reason is None)
        if not self.speaker.is_speaking():
            self.read_button.setText(self.tr("Read aloud") if reason is None else self.tr("No voice"))
        if not keep_note:
            self.voice_note.setText(reason or "")

    def set_record(self, view) -> None:
        """The record the view shows (a catalogue ServiceView): what the phone card carries."""
        self.record = view
        if self.phone_button.isChecked():
            self.show_phone_card(True)

    def _current_record(self):
        """The record on screen: the window's selection when it can say, else set_record's."""
        window = self.window()
        catalogue = getattr(window, "catalogue", None)
        current = getattr(window, "current_service_id", None)
        ident = current() if callable(current) else None
        if catalogue is not None and ident:
            return catalogue.service(ident)
        return self.record

    def show_phone_card(self, on: bool) -> None:
        """Show (or hide) the large QR code with the record as a contact card."""
        view = self._current_record() if on else None
        if view is None:
            self.phone_card.hide()
            if on:
                self.phone_button.setChecked(False)
            return
        self.phone_card.show_card(view, self.lang)
        self.phone_card.show()

    def _update_language_button(self) -> None:
        book = phrasebook(self.lang)
        self.lang_button.setText(self.tr("Language: %1").replace("%1", book.name))
        self.lang_button.setFont(client_font(12))


class ClientScreen(QWidget):
    """The client view in a window of its own, full-screen on a second monitor when there is one."""

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("E-inclusie Wegwijzer — for the client"))
        self.setAccessibleName(self.tr("Client screen"))
        self.view = ClientView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        frame = QFrame()
        frame_layout = QVBoxLayout(frame)
        frame_layout.addWidget(self.view)
        layout.addWidget(frame)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(900, 700)

    def place_on_second_screen(self) -> bool:
        """Full screen on a screen other than the worker's; a normal window when there is one."""
        screens = QGuiApplication.screens()
        here = self.parentWidget().screen() if self.parentWidget() else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not here]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
            return True
        self.show()
        return False
