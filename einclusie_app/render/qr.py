"""QR codes for the handout: call, website, map. Payloads are built in core; this draws them."""

from __future__ import annotations

from functools import lru_cache

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

#: Pixels per module: enough that a scaled image in a PDF keeps sharp, scannable edges.
MODULE_PX = 10
QUIET_ZONE = 4


@lru_cache(maxsize=64)
def qr_image(payload: str) -> QImage:
    """A black-on-white standard QR code (error correction M) with its quiet zone.

    Never a Micro QR code: segno picks Micro QR for short payloads (``tel:1700`` → M3), which
    common phone cameras and zbar do not read.

    Built from bytes and scaled once, without a QPainter: one call per module would be slow,
    and PySide6 6.12's ``QPainter.drawRect``/``fillRect`` lose a reference to ``None`` on every
    call, which crashes the interpreter at exit after a few thousand modules.
    """
    # Names with accents ("Financiën") go as UTF-8 with an ECI header that says so: without
    # it readers guess, and zbar read "ë" as Shift JIS.
    text = payload.isascii()
    code = segno.make_qr(payload, error="m", boost_error=False,
                         encoding=None if text else "utf-8", eci=not text)
    n = len(code.matrix) + 2 * QUIET_ZONE
    pixels = bytearray(b"\xff" * (n * n))
    for y, row in enumerate(code.matrix):
        offset = (y + QUIET_ZONE) * n + QUIET_ZONE
        for x, bit in enumerate(row):
            if bit:
                pixels[offset + x] = 0
    small = QImage(bytes(pixels), n, n, n, QImage.Format.Format_Grayscale8).copy()
    return small.scaled(n * MODULE_PX, n * MODULE_PX, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)
