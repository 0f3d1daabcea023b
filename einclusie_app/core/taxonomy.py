"""Topics (our HSDS taxonomy) and the counter's words that point at topics and kinds.

``data/taxonomy.toml`` lists the topics and how the build recognises them in a record;
``data/synonyms.toml`` maps what people say ("kaart kwijt", "impôts") to topics and kinds. Both
are compiled into the catalogue, so the running program needs nothing but the catalogue file.
"""

from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from . import vocab
from .record import Problem, Record, RecordError
from .text import normalize, tokens

TAXONOMY_NAME = "einclusie-topics"


@dataclass(frozen=True)
class Topic:
    code: str
    nl: str
    fr: str
    match: tuple[str, ...]      # normalised phrases
    services: tuple[str, ...]   # record ids tagged by hand


@dataclass(frozen=True)
class Synonym:
    say: tuple[tuple[str, ...], ...]  # each phrase as normalised tokens
    topics: tuple[str, ...]
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """One unit of a query: a word, or a phrase the synonym list knows.

    A record matches the term when it contains every word (as a word prefix), or carries one
    of the term's topics or kinds.
    """

    words: tuple[str, ...]
    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


def load_topics(path: Path) -> list[Topic]:
    data = _load_toml(path)
    out: list[Topic] = []
    problems: list[Problem] = []
    for i, item in enumerate(data.get("topic", [])):
        where = f"{path}: topic[{i}]"
        code = item.get("code", "")
        if not code or not code.replace("_", "").isalnum():
            problems.append(Problem(where, "code", f"{code!r} is not a code"))
            continue
        out.append(Topic(
            code=code, nl=item.get("nl", code), fr=item.get("fr", code),
            match=tuple(normalize(m) for m in item.get("match", [])),
            services=tuple(item.get("services", [])),
        ))
    codes = [t.code for t in out]
    if len(set(codes)) != len(codes):
        problems.append(Problem(str(path), "code", "a topic code is used twice"))
    if problems:
        raise RecordError(problems)
    return out


def load_synonyms(path: Path, topics: Iterable[Topic]) -> list[Synonym]:
    data = _load_toml(path)
    known = {t.code for t in topics}
    out: list[Synonym] = []
    problems: list[Problem] = []
    for i, item in enumerate(data.get("synonym", [])):
        where = f"{path}: synonym[{i}]"
        for code in item.get("topics", []):
            if code not in known:
                problems.append(Problem(where, "topics", f"unknown topic {code!r}"))
        for kind in item.get("kinds", []):
            if kind not in vocab.KINDS:
                problems.append(Problem(where, "kinds", f"unknown kind {kind!r}"))
        phrases = tuple(t for t in (tuple(tokens(s)) for s in item.get("say", [])) if t)
        if not phrases:
            problems.append(Problem(where, "say", "needs at least one phrase"))
        out.append(Synonym(phrases, tuple(item.get("topics", [])), tuple(item.get("kinds", []))))
    if problems:
        raise RecordError(problems)
    return out


def _load_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RecordError([Problem(str(path), "", f"is not valid TOML ({exc})")]) from None


def topics_of(record: Record, topics: Sequence[Topic]) -> tuple[list[str], list[str]]:
    """The topic codes a record carries, and those it is *about*.

    A record carries a topic when the topic's words occur in its name, description or own
    topics, or when it is listed by hand. It is *about* the topic when the words are in its
    name, when at least a third of its own topics match, or when it is listed by hand: Card Stop
    is about blocking a bank card; a digipunt that also helps with Tax-on-web carries "taxes"
    but is not about it.
    """
    def has(text: str, topic: Topic) -> bool:
        padded = f" {normalize(text)} "
        return any(f" {m} " in padded for m in topic.match if m)

    carries, about = [], []
    for topic in topics:
        by_hand = record.id in topic.services
        own = [t for t in record.topics if has(t, topic)]
        if by_hand or own or has(record.name, topic) or has(record.description, topic):
            carries.append(topic.code)
            share = len(own) / len(record.topics) if record.topics else 0.0
            if by_hand or has(record.name, topic) or share >= 1 / 3:
                about.append(topic.code)
    return carries, about


class SynonymIndex:
    """Splits query tokens into terms, recognising the longest known phrase first.

    A phrase is recognised in any word order and with other words between its words ("kwijt
    kaart" and "kaart is kwijt" hold "kaart kwijt"): a query must never fail, nor find
    something else, because of word order. The terms depend only on which words were typed;
    they come in the order of their first word.
    """

    def __init__(self, synonyms: Iterable[Synonym]):
        merged: dict[tuple[str, ...], tuple[set[str], set[str]]] = {}
        for syn in synonyms:
            for phrase in syn.say:
                topics, kinds = merged.setdefault(phrase, (set(), set()))
                topics.update(syn.topics)
                kinds.update(syn.kinds)
        self._phrases = {p: (tuple(sorted(t)), tuple(sorted(k))) for p, (t, k) in merged.items()}
        self._by_words: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for phrase, value in sorted(self._phrases.items()):
            self._by_words.setdefault(tuple(sorted(phrase)), value)
        self._longest = max((len(p) for p in self._phrases), default=1)
        #: Words of phrases of two words or more: only they can make such a phrase.
        self._phrase_words = frozenset(w for p in self._phrases if len(p) > 1 for w in p)

    def terms(self, words: Sequence[str]) -> list[Term]:
        found: list[tuple[int, Term]] = []
        # Positions in word order, so the outcome depends on the words, not on where they are.
        free = sorted((i for i, w in enumerate(words) if w in self._phrase_words),
                      key=lambda i: (words[i], i))
        for n in range(min(self._longest, len(free)), 1, -1):
            taken = True
            while taken and len(free) >= n:
                taken = False
                for combo in itertools.combinations(free, n):
                    hit = self._by_words.get(tuple(sorted(words[i] for i in combo)))
                    if hit:
                        at = sorted(combo)
                        found.append((at[0], Term(tuple(words[i] for i in at), hit[0], hit[1])))
                        free = [i for i in free if i not in combo]
                        taken = True
                        break
        left = set(free)
        for i, word in enumerate(words):
            if word in self._phrase_words and i not in left:
                continue  # part of a phrase found above
            hit = self._phrases.get((word,))
            found.append((i, Term((word,), hit[0], hit[1]) if hit else Term((word,))))
        return [term for _at, term in sorted(found, key=lambda x: x[0])]

    def rows(self) -> list[tuple[str, str, str]]:
        """(phrase, topics, kinds) rows for the catalogue's ``synonym`` table, sorted."""
        return sorted((" ".join(p), " ".join(t), " ".join(k)) for p, (t, k) in self._phrases.items())

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str]]) -> "SynonymIndex":
        return cls(Synonym((tuple(p.split()),), tuple(t.split()), tuple(k.split()))
                   for p, t, k in rows)
