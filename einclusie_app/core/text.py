"""Text normalisation shared by the gazetteer and the search: one rule for "the same word".

Two strings mean the same word when their :func:`normalize` forms are equal. The rule ignores
case, accents, ligatures and punctuation, so ``"Sint-Joost-ten-Node"``, ``"sint joost ten node"``
and ``"SINT JOOST-TEN NODE"`` are one word, and so are ``"Liège"`` and ``"liege"``. Pure Python,
standard library only.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize", "tokens"]


def normalize(text: str) -> str:
    """Return the comparison form of ``text``.

    Steps, in this order:

    1. NFKC, which folds compatibility characters: the Dutch ligature ``ĳ`` becomes ``ij``,
       full-width letters become plain ones.
    2. casefold (stronger than ``lower``: ``ß`` becomes ``ss``).
    3. NFKD and drop every combining mark, which strips the accents: ``é`` becomes ``e``.
    4. Every run of characters that are not letters or digits (spaces, ``-``, ``'``, ``’``,
       ``_``, ``/``, ``(``, emoji …) becomes one space; leading and trailing spaces go.

    >>> normalize("Sint-Joost-ten-Node")
    'sint joost ten node'
    >>> normalize("Ĳzendijke"), normalize("Liège"), normalize("  L'Écluse  ")
    ('ijzendijke', 'liege', 'l ecluse')
    """
    if text.isascii():  # the same steps, fast: nothing to fold but case
        return _NOT_ALNUM.sub(" ", text.lower()).strip()
    folded = unicodedata.normalize("NFKC", text).casefold()
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub(" ", bare).strip()


#: A run of characters that are not letters or digits (``\W`` is "not alphanumeric and not _").
_NOT_ALNUM = re.compile(r"[\W_]+")


def tokens(text: str) -> list[str]:
    """The words of ``normalize(text)``: ``tokens("9000 Gent")`` is ``["9000", "gent"]``."""
    return normalize(text).split()


def infixes(text: str, shortest: int = 3, longest_word: int = 30) -> list[str]:
    """The inner tails of each word of at least ``shortest + 2`` letters.

    ``"digicafe"`` gives ``igicafe gicafe icafe cafe afe``: a prefix search on these finds a
    word inside a Dutch compound ("cafe" in "Digicafé", "kaart" in "bankkaart").
    """
    out: list[str] = []
    for word in tokens(text):
        word = word[:longest_word]
        out.extend(word[i:] for i in range(1, len(word) - shortest + 1))
    return out
