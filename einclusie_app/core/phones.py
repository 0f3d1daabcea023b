"""Belgian phone numbers: check them and write them one way everywhere.

Sources print numbers in many ways ("02/500 45 55", "+32 2 464 60 04", "0257 257 57"). The
catalogue shows every number in the national format of the ``phonenumbers`` library
("02 500 45 55"), short service numbers (1700, 106, 116000) as their digits, and keeps a ``tel:``
form for QR codes and dialling. A number that cannot be a Belgian number is refused: a wrong
digit sends a client nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from phonenumbers import shortnumberinfo


class PhoneError(ValueError):
    """A number that cannot be a Belgian phone number; the message says why."""


@dataclass(frozen=True)
class PhoneNumber:
    printed: str   # as the source printed it
    display: str   # how the program shows it: "078 17 01 70", "1700"
    tel: str       # for tel: links: "+3278170170", or the short number "1700"
    short: bool    # a Belgian short number (1700, 106...)


def parse_phone(text: str) -> PhoneNumber:
    """Check and format a number as a Belgian caller would dial it from a Belgian phone."""
    printed = text.strip()
    if not printed:
        raise PhoneError("the number is empty")
    if not any(ch.isdigit() for ch in printed):
        raise PhoneError(f"{printed!r} has no digits")
    try:
        number = phonenumbers.parse(printed, "BE")
    except phonenumbers.NumberParseException as exc:
        raise PhoneError(f"{printed!r} is not a phone number ({exc})") from None
    digits = "".join(ch for ch in printed if ch.isdigit())
    if (not printed.startswith("+") and not printed.startswith("00")
            and shortnumberinfo.is_valid_short_number_for_region(number, "BE")):
        return PhoneNumber(printed, digits, digits, True)
    if number.country_code != 32:
        raise PhoneError(f"{printed!r} is not a Belgian number")
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(f"{printed!r} cannot be a Belgian number (wrong length or prefix)")
    display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    tel = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return PhoneNumber(printed, display, tel, False)
