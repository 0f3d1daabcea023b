"""About: what the program is, and the credits its data and pictograms require."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import __version__
from ..core.paths import resources


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About E-inclusie Wegwijzer"))
        self.resize(640, 520)
        text = QTextBrowser()
        text.setOpenLinks(False)
        text.setAccessibleName(self.tr("About and credits"))
        credits = resources() / "ATTRIBUTION.md"
        body = credits.read_text(encoding="utf-8") if credits.is_file() else ""
        intro = self.tr("E-inclusie Wegwijzer %1 — finds digital help for a client, offline.")
        text.setMarkdown(intro.replace("%1", __version__) + "\n\n" + body)
        self.text = text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
