"""Read aloud: the client view spoken in the client's language, when this PC has a voice for it.

QtTextToSpeech lives in PySide6-Addons and pulls in Qt Multimedia, so it is imported only when
the first client view is shown, never at start. On Windows the engines are ``winrt`` and
``sapi``; on Linux ``speechd`` (speech-dispatcher). Tests use the ``mock`` engine
(``EINCLUSIE_TTS_ENGINE=mock``). When the PC has no engine or no voice for the language,
:meth:`Speaker.availability` says so in plain words and the button shows it, instead of reading
in the wrong language.

Never frozen. Constructing ``QTextToSpeech("speechd")`` calls libspeechd's ``spd_open``, which
waits without a time limit for the speech-dispatcher socket to answer: with a service that
accepts the connection and never replies, the window froze for good (measured: still blocked
after 20 s). So the engine is never built blindly: a probe makes the same ``spd_open`` call on
a thread of its own, with autospawn off, and waits for it at most :data:`PROBE_SECONDS`; only a
service that answered gets an engine. Without a socket nothing is started either (libspeechd
would otherwise try to spawn a server of its own, which writes a log). While the probe runs the button says so; a failure says why.
Each "read aloud" probes again first, so a service that died since costs a message, not the
window.

No client language on disk. speech-dispatcher is a separate service with its own log files
(``$XDG_RUNTIME_DIR/speech-dispatcher/log/``, older set-ups ``~/.cache/speech-dispatcher/log/``).
Measured with speech-dispatcher 0.11.4 (Debian 12) at its default ``LogLevel 3``: the first time
a language is read, ``speech-dispatcher.log`` records it ("Failed to load symbols
'gender-neutral.dic' for locale 'ar'"); higher levels log every client command, the language
included. A client program cannot change that service's log level. The Windows engines
(``winrt``, ``sapi``) keep no such log. So on Linux ``speechd`` is used only when the site asks
for it (``EINCLUSIE_TTS_ENGINE=speechd``) after IT has sent speech-dispatcher's log to
/dev/null; otherwise the button says that reading aloud is off on this PC and why
(docs/read-aloud.md).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QObject, Signal

from ..core.site import environment

#: How long the speech service may take to greet us before it counts as not answering.
PROBE_SECONDS = 2.0

#: Client language code → QLocale language of the voice (plain Dutch uses a Dutch voice).
_LOCALE_LANGUAGE = {
    "nl": QLocale.Language.Dutch, "nl_easy": QLocale.Language.Dutch,
    "fr": QLocale.Language.French, "en": QLocale.Language.English,
    "de": QLocale.Language.German, "ar": QLocale.Language.Arabic,
    "tr": QLocale.Language.Turkish, "pl": QLocale.Language.Polish,
    "ro": QLocale.Language.Romanian, "bg": QLocale.Language.Bulgarian,
    "uk": QLocale.Language.Ukrainian, "ru": QLocale.Language.Russian,
    "es": QLocale.Language.Spanish, "fa": QLocale.Language.Persian,
    "ps": QLocale.Language.Pashto, "ti": QLocale.Language.Tigrinya,
    "so": QLocale.Language.Somali,
}

#: Engines that go through a local speech service that can hang (and that logs).
_SERVICE_ENGINES = {"speechd"}


def speechd_socket() -> Path | None:
    """The speech-dispatcher socket libspeechd would use: ``SPEECHD_ADDRESS``
    (``unix_socket:PATH``), else ``$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock``. None for a
    TCP address (``inet_socket:…``), which has no file to look for."""
    value = os.environ.get("SPEECHD_ADDRESS", "").strip()
    if value.startswith("inet_socket"):
        return None
    if value.startswith("unix_socket:"):
        return Path(value.split(":", 1)[1])
    runtime = os.environ.get("XDG_RUNTIME_DIR") or str(Path.home() / ".cache")
    return Path(runtime) / "speech-dispatcher" / "speechd.sock"


_stuck = threading.Event()   # a probe that never came back: the service hangs


def probe_speechd(timeout: float = PROBE_SECONDS) -> str:
    """"" when a speech-dispatcher service answers within ``timeout`` seconds; otherwise why
    not, in a few words. Blocks up to ``timeout``: run it off the GUI thread.

    It makes the very call that froze the window — libspeechd's ``spd_open2`` — on a thread of
    its own, with autospawn off (so no server of ours is started, and none writes a log), and
    waits for it at most ``timeout`` seconds. A call that does not come back is left behind
    (it holds one connection to the hung service); later probes then answer at once.
    """
    import ctypes
    import ctypes.util

    if _stuck.is_set():
        return "the speech service does not answer"
    path = speechd_socket()
    if path is not None and not path.exists():
        return "no speech service is running"
    try:
        lib = ctypes.CDLL(ctypes.util.find_library("speechd") or "libspeechd.so.2")
    except OSError:
        return "the speech library (libspeechd) is missing"
    lib.spd_open2.restype = ctypes.c_void_p
    lib.spd_open2.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int,
                              ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_char_p)]
    lib.spd_close.argtypes = [ctypes.c_void_p]
    result: list[str] = []

    def call() -> None:
        error = ctypes.c_char_p()
        conn = lib.spd_open2(b"einclusie", b"probe", None, 0, None, 0, ctypes.byref(error))
        if conn:
            lib.spd_close(conn)
            result.append("")
        else:
            result.append("the speech service cannot be reached")

    worker = threading.Thread(target=call, name="speechd-open", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        _stuck.set()
        return "the speech service does not answer"
    return result[0]


class Speaker(QObject):
    """One text-to-speech engine for the window, prepared off the GUI thread on first use.

    ``state``: ``"idle"`` (not asked yet), ``"checking"`` (the probe runs), ``"ready"``,
    ``"failed"`` (``reason`` says why). ``changed`` is emitted when it moves;
    ``speaking_changed(bool)`` when reading starts or stops; ``failed(str)`` when reading could
    not start or stopped with an error.
    """

    speaking_changed = Signal(bool)
    changed = Signal()
    failed = Signal(str)
    _probed = Signal(str, bool)   # (why not, or "", then speak the pending text)

    def __init__(self, parent=None, engine: str | None = None):
        super().__init__(parent)
        self._engine_name = engine if engine is not None else environment("EINCLUSIE_TTS_ENGINE")
        self._tts = None
        self.state = "idle"
        self.reason = ""
        self._pending: tuple[str, str] | None = None
        self._probed.connect(self._after_probe)

    # -- preparing the engine -------------------------------------------------------------------

    def _choose_engine(self) -> str:
        """The engine to use, or "" with ``reason`` set."""
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # e.g. libpulse missing on Linux
            self.reason = str(exc)
            return ""
        engines = QTextToSpeech.availableEngines()
        name = self._engine_name
        if name and name not in engines:
            self.reason = f"engine {name} not available"
            return ""
        if not name:
            real = [e for e in engines if e != "mock"]
            if sys.platform.startswith("linux"):
                # speech-dispatcher keeps its own logs: only on the site's explicit request
                real = [e for e in real if e not in _SERVICE_ENGINES]
            if not real:
                self.reason = "no speech engine without a log"
                return ""
            name = real[0]
        return name

    def prepare(self) -> None:
        """Start getting the engine ready; returns at once. ``changed`` tells when it is."""
        if self.state != "idle":
            return
        name = self._choose_engine()
        if not name:
            self._set("failed")
            return
        self._engine_name = name
        if name in _SERVICE_ENGINES:
            self._set("checking")
            self._start_probe(speak_after=False)
        else:
            self._build()

    def _start_probe(self, speak_after: bool) -> None:
        probed = self._probed

        def run() -> None:
            result = probe_speechd()
            try:
                probed.emit(result, speak_after)   # queued to the GUI thread
            except RuntimeError:
                pass   # the window closed while the service was being asked

        threading.Thread(target=run, name="speech-probe", daemon=True).start()

    def _after_probe(self, why_not: str, speak_after: bool) -> None:
        if why_not:
            self.reason = why_not
            self._pending = None
            if self._tts is not None:
                self._tts.deleteLater()
                self._tts = None
            self._set("failed")
            if speak_after:
                self.failed.emit(why_not)
            return
        if self._tts is None:
            self._build()
        if speak_after and self._pending and self.state == "ready":
            text, lang = self._pending
            self._pending = None
            self._speak(text, lang)

    def _build(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        tts = QTextToSpeech(self._engine_name, self)
        if tts.state() == QTextToSpeech.State.Error:
            self.reason = tts.errorString() or "the speech engine did not start"
            tts.deleteLater()
            self._set("failed")
            return
        tts.stateChanged.connect(self._state_changed)
        tts.errorOccurred.connect(lambda _reason, text: self.failed.emit(text))
        self._tts = tts
        self._set("ready")

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Error:
            self.failed.emit(self._tts.errorString() if self._tts else "")
        self.speaking_changed.emit(state == QTextToSpeech.State.Speaking)

    def _set(self, state: str) -> None:
        self.state = state
        self.changed.emit()

    # -- what the client panel asks ------------------------------------------------------------

    def _locale(self, lang: str) -> QLocale | None:
        if self._tts is None:
            return None
        want = _LOCALE_LANGUAGE.get(lang)
        for locale in self._tts.availableLocales():
            if locale.language() == want:
                return locale
        return None

    def availability(self, lang: str, language_name: str) -> str | None:
        """None when it can read ``lang`` aloud; else one plain sentence why not (or that the
        voice is still being checked). Never blocks: the first call starts :meth:`prepare`."""
        if self.state == "idle":
            self.prepare()
        if self.state == "checking":
            return QCoreApplication.translate("Speaker", "Checking the voice of this PC…")
        if self.state == "failed":
            if self.reason == "no speech engine without a log":
                return QCoreApplication.translate(
                    "Speaker", "Reading aloud is off on this PC (its speech service keeps a log).")
            return QCoreApplication.translate("Speaker", "Reading aloud is not available on this PC.")
        if self._locale(lang) is None:
            return QCoreApplication.translate("Speaker", "This PC has no voice for %1.").replace(
                "%1", language_name)
        return None

    def say(self, text: str, lang: str) -> bool:
        """Start reading; returns at once. For a speech service, it is asked first (off the GUI
        thread) whether it still answers; ``failed`` tells when it does not."""
        if self._locale(lang) is None:
            return False
        if self._engine_name in _SERVICE_ENGINES:
            self._pending = (text, lang)
            self._start_probe(speak_after=True)
            self.speaking_changed.emit(True)   # the button says "Stop" at once
            return True
        self._speak(text, lang)
        return True

    def _speak(self, text: str, lang: str) -> None:
        tts = self._tts
        tts.stop()
        tts.setLocale(self._locale(lang))
        tts.say(text)

    def stop(self) -> None:
        self._pending = None
        if self._tts is not None:
            self._tts.stop()
        self.speaking_changed.emit(False)

    def is_speaking(self) -> bool:
        if self._pending is not None:
            return True
        if self._tts is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._tts.state() == QTextToSpeech.State.Speaking
