"""Staff-facing names of our codes, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(code: str) -> str:
    return {
        "digipunt": _t("Help point"),
        "device_loan": _t("Device loan"),
        "helpline": _t("Helpline"),
        "training": _t("Course"),
    }.get(code, code)


def access_label(code: str) -> str:
    return {
        "walk_in": _t("walk in"),
        "appointment": _t("by appointment"),
        "referral": _t("only via a social worker or organisation"),
        "phone": _t("by phone"),
        "online": _t("online"),
        "home_visit": _t("home visit"),
    }.get(code, code)


def to_bring_label(code: str) -> str:
    return {
        "eid": _t("identity card (eID)"),
        "eid_pin": _t("PIN code of the identity card"),
        "phone": _t("own smartphone"),
        "laptop": _t("own laptop or tablet"),
        "bank_card": _t("bank card and card reader"),
        "letter": _t("the letter or e-mail received"),
        "login": _t("login details (itsme, passwords)"),
        "proof_income": _t("proof of income"),
        "referral_letter": _t("letter from the social worker"),
    }.get(code, code)


def weekday_short(weekday: int) -> str:
    return (_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun"))[weekday]


def weekday_long(weekday: int) -> str:
    return (_t("Monday"), _t("Tuesday"), _t("Wednesday"), _t("Thursday"), _t("Friday"),
            _t("Saturday"), _t("Sunday"))[weekday]
