"""What the platform must give us, checked so an upgrade cannot break it silently."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QTextDocument


def test_qt_calls_keep_none_alive(qapp):
    """PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call; after a few
    thousand the interpreter aborts ("deallocating None"). pyproject excludes it; this guards."""
    doc, font = QTextDocument(), QFont()
    before = sys.getrefcount(None)
    for _ in range(200):
        doc.setHtml("<p>x</p>")
        font.setBold(True)
    assert sys.getrefcount(None) - before >= -5
