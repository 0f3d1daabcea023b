"""Staff-facing names of our codes, through Qt's translation system.

Each string is written out in a ``translate`` call, so that pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication



def kind_label(code: str) -> str:
    return {
        "digipunt": QCoreApplication.translate("Labels", "Help point"),
        "device_loan": QCoreApplication.translate("Labels", "Device loan"),
        "helpline": QCoreApplication.translate("Labels", "Helpline"),
        "training": QCoreApplication.translate("Labels", "Course"),
    }.get(code, code)


def access_label(code: str) -> str:
    return {
        "walk_in": QCoreApplication.translate("Labels", "walk in"),
        "appointment": QCoreApplication.translate("Labels", "by appointment"),
        "referral": QCoreApplication.translate("Labels", "only via a social worker or organisation"),
        "phone": QCoreApplication.translate("Labels", "by phone"),
        "online": QCoreApplication.translate("Labels", "online"),
        "home_visit": QCoreApplication.translate("Labels", "home visit"),
    }.get(code, code)


def to_bring_label(code: str) -> str:
    return {
        "eid": QCoreApplication.translate("Labels", "identity card (eID)"),
        "eid_pin": QCoreApplication.translate("Labels", "PIN code of the identity card"),
        "phone": QCoreApplication.translate("Labels", "own smartphone"),
        "laptop": QCoreApplication.translate("Labels", "own laptop or tablet"),
        "bank_card": QCoreApplication.translate("Labels", "bank card and card reader"),
        "letter": QCoreApplication.translate("Labels", "the letter or e-mail received"),
        "login": QCoreApplication.translate("Labels", "login details (itsme, passwords)"),
        "proof_income": QCoreApplication.translate("Labels", "proof of income"),
        "referral_letter": QCoreApplication.translate("Labels", "letter from the social worker"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "active": QCoreApplication.translate("Labels", "active"),
        "inactive": QCoreApplication.translate("Labels", "inactive"),
        "defunct": QCoreApplication.translate("Labels", "stopped"),
        "temporarily closed": QCoreApplication.translate("Labels", "temporarily closed"),
    }.get(code, code)


def weekday_short(weekday: int) -> str:
    return (QCoreApplication.translate("Labels", "Mon"), QCoreApplication.translate("Labels", "Tue"), QCoreApplication.translate("Labels", "Wed"),
            QCoreApplication.translate("Labels", "Thu"), QCoreApplication.translate("Labels", "Fri"), QCoreApplication.translate("Labels", "Sat"),
            QCoreApplication.translate("Labels", "Sun"))[weekday]


def weekday_long(weekday: int) -> str:
    return (QCoreApplication.translate("Labels", "Monday"), QCoreApplication.translate("Labels", "Tuesday"), QCoreApplication.translate("Labels", "Wednesday"),
            QCoreApplication.translate("Labels", "Thursday"), QCoreApplication.translate("Labels", "Friday"), QCoreApplication.translate("Labels", "Saturday"),
            QCoreApplication.translate("Labels", "Sunday"))[weekday]


def quoted(text: str) -> str:
    """Words the worker typed, quoted as the staff's language quotes (“itsme”, « itsme »)."""
    return QCoreApplication.translate("Labels", "“%1”").replace("%1", text)


def area_label(label: str) -> str:
    """A service area's name (the catalogue gives it in Dutch: "België", "Vlaanderen",
    "provincie Antwerpen") as the staff's language says it; a municipality's name as it is."""
    fixed = {
        "België": QCoreApplication.translate("Labels", "Belgium"),
        "Vlaanderen": QCoreApplication.translate("Labels", "Flanders"),
        "Wallonië": QCoreApplication.translate("Labels", "Wallonia"),
        "Brussels Hoofdstedelijk Gewest": QCoreApplication.translate(
            "Labels", "Brussels-Capital Region"),
    }.get(label)
    if fixed is not None:
        return fixed
    if label.startswith("provincie "):
        return QCoreApplication.translate("Labels", "province %1").replace(
            "%1", label[len("provincie "):])
    return label


def language_label(code: str, ui: str) -> str:
    """A language the help is given in, named in the staff's language ``ui`` ("Engels",
    "anglais", "English"); a language no phrasebook names: its own name and its code."""
    from ..core.phrasebook import PhrasebookError, phrasebook

    try:
        name = phrasebook(ui).phrases.get(f"lang_{code}")
    except PhrasebookError:
        name = None
    if name:
        return name
    from PySide6.QtCore import QLocale

    native = QLocale(code).nativeLanguageName() if len(code) in (2, 3) else ""
    return f"{native} ({code})" if native else code
