"""The bundled Noto fonts, registered with Qt once, so every client script renders.

Counter PCs do not always have fonts for Arabic, Persian, Pashto or Tigrinya; registering ours
at start means the screen and the printed page never show empty boxes. The family list puts
Noto Sans first and lets Qt fall back to the Arabic and Ethiopic faces per character.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from ..core.paths import resources

FAMILIES = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic")


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, ...]:
    """Add every bundled font to the application's font database; returns the families."""
    found: list[str] = []
    for path in sorted((resources() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            found += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(found))


def client_font(point_size: float, bold: bool = False) -> QFont:
    """The font for client-facing text: Noto Sans, falling back to our Arabic and Ethiopic."""
    register_fonts()
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
