"""Pictograms (OpenMoji SVG) drawn to images at any size, without a window."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ..core.paths import resources


def pictogram_path(stem: str):
    return resources() / "pictograms" / f"{stem}.svg"


@lru_cache(maxsize=256)
def pictogram_image(stem: str, size: int) -> QImage:
    """A square image of the pictogram, transparent around it; empty if there is none."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    path = pictogram_path(stem)
    if path.is_file():
        renderer = QSvgRenderer(str(path))
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    return image

