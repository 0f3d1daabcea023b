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


def qt_catalogue_gaps() -> list[str]:
    """Labels of Qt's own file dialog that Qt's Dutch and French catalogues do not translate.

    Qt 6 gave these labels a mnemonic ("&Look in:", "Files of &type:") or split a sentence in
    two, but the qtbase_nl.qm and qtbase_fr.qm shipped with PySide6 (6.11) still hold only the
    old texts ("Look in:", "Files of type:", "%1 already exists.\\nDo you want to replace it?"),
    so with Qt's own catalogue installed the "Save as PDF" dialog still said "Look in:" and
    "Files of type:" in the Dutch and French window. Our catalogue translates them (context
    QFileDialog, as Qt asks); Qt's is searched first, so a future qtbase that has them wins.
    Nothing calls this: it lists the texts for pyside6-lupdate and the tests.
    """
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QFileDialog", "%1 already exists."),
        QCoreApplication.translate("QFileDialog", "Do you want to replace it?"),
        QCoreApplication.translate("QFileDialog", "Directory not found."),
        QCoreApplication.translate("QFileDialog", "Please verify the correct directory name was given."),
        QCoreApplication.translate("QFileDialog", "File not found."),
        QCoreApplication.translate("QFileDialog", "Please verify the correct file name was given."),
        QCoreApplication.translate("QFileDialog", "'%1' is write protected."),
        QCoreApplication.translate("QFileDialog", "Do you want to delete it anyway?"),
    ]
