"""Which kind of help an HSDS service from another directory is, from its own words.

Another directory's services carry no kind of ours (digipunt, device_loan, helpline, training).
:class:`KindGuesser` reads the service's taxonomy terms, its name and its description with the
synonym list the search uses (``data/synonyms.toml``, compiled into the catalogue: the phrases a
counter types, each pointing at topics and kinds; read through
:class:`.taxonomy.SynonymIndex`), and says which kind the words point at, and why.

The rule, kept simple so that a maintainer can check it from the report:

* a phrase that points at exactly one kind is evidence for it ("laptop lenen" → device_loan,
  "hulplijn" → helpline, "cursus" → training, "digipunt" → digipunt); a phrase that points at
  several kinds ("smartphone": digipunt or training) is no evidence either way;
* evidence in a taxonomy term or in the name weighs 3, in the description 1;
* the kind with the highest weight is the answer when no other kind comes close (at least twice
  the weight of the next one); otherwise nothing is inferred and the maintainer is asked.

Only the main kind is inferred, never a list: a wrong second kind would put the offer in the
wrong list at the counter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from . import vocab
from .taxonomy import SynonymIndex
from .text import tokens

__all__ = ["KindGuess", "KindGuesser", "WEIGHTS"]

#: Weight of evidence by where it was found.
WEIGHTS = {"taxonomy": 3, "name": 3, "description": 1}


@dataclass(frozen=True)
class Evidence:
    where: str      # "taxonomy", "name" or "description"
    phrase: str     # the phrase as the synonym list has it ("laptop lenen")
    kind: str


@dataclass(frozen=True)
class KindGuess:
    """The inferred kind (``""``: none) and the evidence, for the report."""

    kind: str
    evidence: tuple[Evidence, ...] = ()
    scores: dict = field(default_factory=dict, compare=False)

    def explain(self) -> str:
        """``"name 'laptop lenen', description 'lenen' → device_loan"``, or why nothing."""
        if not self.evidence:
            return "no word of the synonym list that points at one kind of help"
        by_kind: dict[str, list[str]] = {}
        for e in self.evidence:
            text = f"{e.where} '{e.phrase}'"
            if text not in by_kind.setdefault(e.kind, []):
                by_kind[e.kind].append(text)
        parts = [f"{', '.join(v)} → {k}" for k, v in sorted(
            by_kind.items(), key=lambda kv: (-self.scores.get(kv[0], 0), kv[0]))]
        if self.kind:
            return "; ".join(parts)
        return "; ".join(parts) + " (no kind stands out)"


class KindGuesser:
    """Infers the kind of a service from its words with a :class:`.taxonomy.SynonymIndex`."""

    def __init__(self, synonyms: SynonymIndex):
        self.synonyms = synonyms

    def guess(self, taxonomy: Iterable[str] = (), name: str = "",
              description: str = "") -> KindGuess:
        evidence: list[Evidence] = []
        for where, texts in (("taxonomy", list(taxonomy)), ("name", [name]),
                             ("description", [description])):
            for text in texts:
                for term in self.synonyms.terms(tokens(text or "")):
                    kinds = [k for k in term.kinds if k in vocab.KINDS]
                    if len(kinds) == 1:
                        evidence.append(Evidence(where, " ".join(term.words), kinds[0]))
        scores: dict[str, int] = {}
        for e in evidence:
            scores[e.kind] = scores.get(e.kind, 0) + WEIGHTS[e.where]
        ranked: Sequence[tuple[str, int]] = sorted(
            scores.items(), key=lambda kv: (-kv[1], vocab.KINDS.index(kv[0])))
        kind = ""
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            kind = ranked[0][0]
        return KindGuess(kind, tuple(evidence), scores)


def guesser_of(catalogue) -> KindGuesser:
    """A :class:`KindGuesser` with the synonym list compiled into a catalogue (a
    :class:`~.catalogue.Catalogue`): the same words the search uses."""
    rows = catalogue.conn.execute("SELECT phrase, topics, kinds FROM synonym ORDER BY phrase")
    return KindGuesser(SynonymIndex.from_rows(rows))


def default_guesser() -> KindGuesser | None:
    """The guesser of the program's shipped catalogue; None when it cannot be opened (then
    nothing is inferred and the maintainer is asked)."""
    import sqlite3

    from .paths import shipped_catalogue

    # only the synonym table is read (read-only), not the catalogue opened as a view: that is
    # the session's job (tests/test_layers.py)
    try:
        conn = sqlite3.connect(f"{shipped_catalogue().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        rows = conn.execute("SELECT phrase, topics, kinds FROM synonym ORDER BY phrase")
        return KindGuesser(SynonymIndex.from_rows(rows))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
