"""The controlled words of our profile on top of HSDS: kinds, access routes, service areas.

These codes are what the data files, the database and every export use. Labels for people live
in the GUI translations and in the client phrasebook, never here.
"""

from __future__ import annotations

#: The four kinds of help, in the order the program lists them.
KINDS: tuple[str, ...] = ("digipunt", "device_loan", "helpline", "training")

#: How a client gets in. ``referral`` means only via a social worker or an organisation.
ACCESS: tuple[str, ...] = ("walk_in", "appointment", "referral", "phone", "online", "home_visit")

#: What a client may have to bring. Empty in the seed data: no source said it.
TO_BRING: tuple[str, ...] = (
    "eid",          # identity card
    "eid_pin",      # the PIN code of the identity card
    "phone",        # their own smartphone
    "laptop",       # their own laptop or tablet
    "bank_card",    # bank card and card reader
    "letter",       # the letter or e-mail they received
    "login",        # their itsme / account details
    "proof_income", # proof of income (device-loan schemes)
    "referral_letter",  # a letter from their social worker
)

#: Regions by code; values are the REFNIS codes used by Statbel.
REGIONS: dict[str, str] = {"flanders": "02000", "wallonia": "03000", "brussels": "04000"}

#: Status of a service, as in HSDS ``service.status``.
STATUSES: tuple[str, ...] = ("active", "inactive", "defunct", "temporarily closed")

#: Confidence of one source, as in the seed files.
CONFIDENCE: tuple[str, ...] = ("high", "partial")

#: School calendars a site may close for (the three Communities).
SCHOOL_CALENDARS: tuple[str, ...] = ("flanders", "french", "german")

#: Community days a site may treat as closed: 11 July, 27 September, 15 November.
COMMUNITY_DAYS: tuple[str, ...] = ("flanders", "wallonia_brussels", "german")
