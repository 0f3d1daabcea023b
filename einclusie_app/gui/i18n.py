"""The staff interface's language: Dutch by default, French or English when chosen.

One place decides it, so that the window, status sentences and holiday names agree. The
translators (ours and Qt's own ``qtbase``) are installed once, at application level; switching
replaces them and the window is built again in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core.paths import resources
from ..core.site import PER_USER

UI_LANGUAGES = ("nl", "fr", "en")
#: Each language named in itself, as the menu shows it.
UI_LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}
_SETTING = PER_USER["ui_language"]      # declared once, with the site settings
DEFAULT_UI_LANGUAGE = _SETTING.default
_KEY = _SETTING.key
_installed: list[QTranslator] = []


def ui_language() -> str:
    value = QSettings().value(_KEY, DEFAULT_UI_LANGUAGE)
    return value if value in UI_LANGUAGES else DEFAULT_UI_LANGUAGE


def set_ui_language(code: str) -> None:
    if code not in UI_LANGUAGES:
        raise ValueError(code)
    QSettings().setValue(_KEY, code)


def install_translators(code: str | None = None) -> str:
    """Install our translation and Qt's for ``code`` (default: the remembered language)."""
    app = QCoreApplication.instance()
    code = code or ui_language()
    while _installed:
        app.removeTranslator(_installed.pop())
    ours = QTranslator(app)
    if ours.load(str(resources() / "translations" / f"einclusie_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale({"nl": QLocale.Language.Dutch, "fr": QLocale.Language.French,
                                "en": QLocale.Language.English}[code], QLocale.Country.Belgium
                               if code != "en" else QLocale.Country.AnyCountry))
    return code
