"""Icons and pictograms from resources/, loaded once."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from ..core.paths import resources


@lru_cache(maxsize=None)
def kind_icon(code: str) -> QIcon:
    path = resources() / "pictograms" / f"kind-{code}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
