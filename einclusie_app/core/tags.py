"""Tokens the build writes into the search index's ``tags`` and ``geo`` columns.

They are plain letters and digits (the unicode61 tokenizer splits on ``_``), and the search
only ever queries those two columns with tokens made here, never with what a user typed.
"""

from __future__ import annotations

PRIMARY = "p1"  # the first row of each service: text-only searches list a service once
FREE = "cfree"
#: The record's own sources say the offer may have ended (``Record.may_have_ended``).
MAY_HAVE_ENDED = "zended"

# What a row offers the client to act on: ``search_row.reach``, a sum of these bits.
REACH_STREET = 1    # the location has a street: the client can go there
REACH_PHONE = 2     # a phone number: the client can call
REACH_HOURS = 4     # opening or call hours are known (weekly hours or the source's words)
REACH_CONTACT = 8   # an e-mail address or a website


def _code(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def kind(code: str) -> str:
    return "k" + _code(code)


def topic(code: str) -> str:
    return "t" + _code(code)


def focus(code: str) -> str:
    """A topic or kind the service is *about* (see taxonomy.topics_of): ranks it higher."""
    return "f" + _code(code)


def focus_kind(code: str) -> str:
    return "fk" + _code(code)


def language(code: str) -> str:
    return "l" + _code(code)


def access(code: str) -> str:
    return "x" + _code(code)


def area_tokens(region_refnis: str, province_refnis: str | None, refnis: str) -> list[str]:
    """Every service-area token that covers a place in this municipality."""
    out = ["abe", "ar" + region_refnis, "am" + refnis]
    if province_refnis:
        out.append("ap" + province_refnis)
    return out


def area_token(scope: str, refnis: str | None) -> str:
    """The token of one service area, from the gazetteer's ``(scope, refnis)`` for its code."""
    if scope == "be":
        return "abe"
    prefix = {"region": "ar", "province": "ap", "municipality": "am"}[scope]
    return prefix + str(refnis)


def reach(street: bool, phone: bool, hours: bool, contact: bool) -> int:
    """The ``search_row.reach`` value of a row (see the ``REACH_*`` bits)."""
    return ((REACH_STREET if street else 0) | (REACH_PHONE if phone else 0)
            | (REACH_HOURS if hours else 0) | (REACH_CONTACT if contact else 0))


def missing(reach: int, located: bool) -> float:
    """How much a row lacks to be acted on, 0 (nothing) to 3: one for no street (only for a
    row with a location: a phone line needs none), one for no phone number (half of it with an
    e-mail address or a website), one for no hours. The search ranks by it (core/search.py,
    Ranking) and the build numbers the rows by it first."""
    lacking = 0.0
    if located and not reach & REACH_STREET:
        lacking += 1
    if not reach & REACH_PHONE:
        lacking += 0.5 if reach & REACH_CONTACT else 1
    if not reach & REACH_HOURS:
        lacking += 1
    return lacking
