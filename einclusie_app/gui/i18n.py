"""The staff interface's language: Dutch by default, French or English when chosen.

One place decides it, so that the window, status sentences and holiday names agree.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

UI_LANGUAGES = ("nl", "fr", "en")
DEFAULT_UI_LANGUAGE = "nl"
_KEY = "ui/language"


def ui_language() -> str:
    value = QSettings().value(_KEY, DEFAULT_UI_LANGUAGE)
    return value if value in UI_LANGUAGES else DEFAULT_UI_LANGUAGE


def set_ui_language(code: str) -> None:
    if code not in UI_LANGUAGES:
        raise ValueError(code)
    QSettings().setValue(_KEY, code)
