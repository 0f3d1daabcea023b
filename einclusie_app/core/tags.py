"""Tokens the build writes into the search index's ``tags`` and ``geo`` columns.

They are plain letters and digits (the unicode61 tokenizer splits on ``_``), and the search
only ever queries those two columns with tokens made here, never with what a user typed.
"""

from __future__ import annotations

PRIMARY = "p1"  # the first row of each service: text-only searches list a service once
FREE = "cfree"


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
