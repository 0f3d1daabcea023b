"""Read aloud: the client view spoken in the client's language, when this PC has a voice for it.

QtTextToSpeech lives in PySide6-Addons and pulls in Qt Multimedia, so it is imported only when
the first client view is shown, never at start. On Windows the engines are ``winrt`` and
``sapi``; on Linux ``speechd``. Tests use the ``mock`` engine (``EINCLUSIE_TTS_ENGINE=mock``).
When the PC has no engine or no voice for the language, :meth:`Speaker.availability` says so in
plain words and the button shows it, instead of reading in the wrong language.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QObject, Signal

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


class Speaker(QObject):
    """One text-to-speech engine for the window, created on first use."""

    speaking_changed = Signal(bool)

    def __init__(self, parent=None, engine: str | None = None):
        super().__init__(parent)
        self._engine_name = engine if engine is not None else os.environ.get("EINCLUSIE_TTS_ENGINE", "")
        self._tts = None
        self._failed = ""

    def _engine(self):
        if self._tts is not None or self._failed:
            return self._tts
        # Qt Multimedia reports each sound backend it cannot load (pipewire...) as a warning;
        # those say nothing about speech.
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # e.g. libpulse missing on Linux
            self._failed = str(exc)
            return None
        engines = QTextToSpeech.availableEngines()
        name = self._engine_name
        if name and name not in engines:
            self._failed = f"engine {name} not available"
            return None
        if not name:
            real = [e for e in engines if e != "mock"]
            if not real:
                self._failed = "no speech engine"
                return None
            name = real[0]
        tts = QTextToSpeech(name, self)
        if tts.state() == QTextToSpeech.State.Error:
            self._failed = tts.errorString() or "the speech engine did not start"
            return None
        tts.stateChanged.connect(
            lambda state: self.speaking_changed.emit(state == QTextToSpeech.State.Speaking))
        self._tts = tts
        return tts

    def _locale(self, lang: str) -> QLocale | None:
        tts = self._engine()
        if tts is None:
            return None
        want = _LOCALE_LANGUAGE.get(lang)
        for locale in tts.availableLocales():
            if locale.language() == want:
                return locale
        return None

    def availability(self, lang: str, language_name: str) -> str | None:
        """None when it can read ``lang`` aloud; else one plain sentence why not."""
        if self._engine() is None:
            return QCoreApplication.translate("Speaker", "Reading aloud is not available on this PC.")
        if self._locale(lang) is None:
            return QCoreApplication.translate("Speaker", "This PC has no voice for %1.").replace(
                "%1", language_name)
        return None

    def say(self, text: str, lang: str) -> bool:
        locale = self._locale(lang)
        if locale is None:
            return False
        tts = self._tts
        tts.stop()
        tts.setLocale(locale)
        tts.say(text)
        return True

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def is_speaking(self) -> bool:
        if self._tts is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._tts.state() == QTextToSpeech.State.Speaking
