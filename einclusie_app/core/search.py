"""Search as you type: words, a place, filters; ranked for the person at the counter.

Words
    The query is normalised (NFKC, accents and case folded, ``ĳ`` → ``ij``) and split into
    words. Every word must be found, in any order, as the start of a word in the name,
    organisation, description, topics or place names. A phrase the synonym list knows
    ("kaart kwijt", "impôts", "laptop") is one term that is also met by the topics and kinds it
    points to; its words may come in any order, with other words between them. User text never reaches the FTS syntax: each word becomes a quoted prefix token,
    so quotes, ``*``, ``AND``, ``NEAR(`` or emoji are just (absent) words. Only the first
    :data:`MAX_WORDS` words of at most :data:`MAX_WORD_LEN` characters are used.

Place
    With a place, a service is kept when one of its locations lies within the radius, or when
    its service area (Belgium, a region, a province, a municipality) covers the place — phone
    lines and region-wide schemes stay in the results everywhere they serve.

Filters
    Kinds (any of those chosen), the language the help is given in, free of charge, and how you
    get in (any of those chosen). They are tags in the same index, so they cost nothing extra.
    "Open at" (now, or a chosen day and time) keeps only services whose hours say they are open
    then; services with unknown hours are left out. "Open first" moves what is open to the top
    and keeps the ranking order within open and not open.

Ranking
    Each result falls in one of four *match tiers*:

    0. its name or organisation holds every word typed ("card stop", "digipunt beernem");
    1. it is *about* the topic the synonym list found in the query: the topic is in its name,
       in a third of its own topics, or it was tagged by hand (FOD Financiën for
       "belastingen", Card Stop for "kaart kwijt", 1700 for "itsme"; ``taxonomy.topics_of``);
    2. it is the kind of help the synonym list found (device loans for "laptop", courses for
       "cursus", help points for "itsme");
    3. it merely mentions the words somewhere (also inside a compound: "cafe" in "Digicafé").

    A record whose own sources say it may have ended (``Record.may_have_ended``; its
    ``alert`` says why) always comes after every other result, in the same order among
    themselves.

    Without a place, results sort by tier, then by what they lack to act on (as below: a
    street, a phone, hours; ``tags.missing``), then kind (help point, device loan, helpline,
    course), then name: the build numbers the rows in that order, so the search reads them
    sorted and can stop early. "belastingen" lists the tax office's phone line before local
    desks about Tax-on-web of which no address, number or hours are known.

    With a place, results sort by a *score* in km, lowest first:

    * the distance to the service's nearest location within the radius; a service kept
      because its service area covers the place (a phone line, a region-wide scheme) counts
      as :data:`AREA_KM` km away (or its location's distance when that is nearer): it shows
      after help around the corner, before help far away;
    * less :data:`TIER_BONUS_KM` for the match tier (3 km for tier 0, 2 for tier 1, 1 for
      tier 2);
    * plus :data:`REACH_KM` (1 km) for each thing missing to act on, from the row's
      ``reach`` (:mod:`tags`): no street (only for a row with a location: a phone line needs
      none), no phone number (half of it when there is an e-mail address or a website), no
      hours (weekly hours or the source's words about them). A digipunt with a street, a
      phone and hours gets nothing added; one known only by its municipality, with no
      contact, 3 km: at a similar distance the one the client can act on comes first, while
      a help point that is about what was asked still comes before a phone line that merely
      mentions it.

    Ties break by the rows' order (what they lack, kind, name). A service with several
    locations appears once, at its best-scoring location.

    The search reads rings around the place and stops once the results cannot change. The
    first :data:`EXACT_FIRST` (25) results always follow the rule exactly; past them, the
    order is exact among the rows read, and the search reads as far as it did before the
    reach penalty existed — waiting for every far row the penalty might let in would read up
    to 3 km further and make a search near a dense place two to three times slower.

When the words as typed find nothing
    Counter speech carries words that say nothing about the help sought: "hulp bij itsme",
    "help with my laptop", "aide pour ma pension". The words of :data:`STOP_WORDS` are not
    required of a record when other words remain (``SearchResult.ignored_words``); alone
    ("hulp", "aide") they are searched as usual. A phrase that contains one ("tax on web",
    "à domicile") stays a phrase.

    When a search finds fewer than :data:`FEW_HITS` results, :meth:`Searcher.search` tries,
    in this order, and marks what it found so:

    1. *Typos.* A word of at least four letters that no record and no synonym has (not even as
       the start of a word) is corrected to the closest word of the catalogue's vocabulary:
       one edit for four letters, two for five or more (a letter added, dropped, changed, or
       two neighbours swapped; with two edits the first letter must agree), the most frequent
       word on a tie; synonyms count as the most frequent words.
       When the words as typed found something (but little), a word found in only
       :data:`RARE_WEIGHT` row(s) is corrected too when a word one or two edits away is found
       in at least :data:`RARE_FACTOR` times as many, or is a synonym. The results for the
       corrected words follow the results as typed (if any), each with ``fuzzy`` set;
       ``SearchResult.did_you_mean`` holds the corrected words (only when they found
       something). Phrases are found again in the corrected words ("kaart kwiijt" → "kaart
       kwijt" → Card Stop). The vocabulary (every word of the index's names, organisations,
       descriptions, topics and places, with the number of rows it is in, plus the synonyms'
       words) is read from the index the first time it is needed (``fts5vocab``) into a
       :class:`~einclusie_app.core.text.TypoIndex`; :meth:`Searcher.prepare` reads it ahead.
    2. *Partial matches.* When no record has every word, the best partial matches are shown:
       first without the words no record has (and no correction was found for), then
       without one more word at a time (all combinations, at most :data:`MAX_PARTIAL_SEARCHES`
       searches), stopping at the most words that still find something. Each such hit has
       ``missing`` set to the words it lacks; results that keep more synonym words (a topic
       or a kind of help) come first, then by their own score.

    A search with :data:`FEW_HITS` or more results as typed costs nothing more.

The result
    :meth:`Searcher.search` returns a :class:`SearchResult`: the list of :class:`Hit` it always
    returned (so ``for hit in searcher.search(q)`` and ``len(...)`` work as before), with
    ``did_you_mean``, ``corrections``, ``partial_words`` and ``ignored_words``. Each hit says
    whether it was found for corrected words (``fuzzy``), which words it lacks (``missing``),
    whether its sources say it may have ended (``may_have_ended``) and what it offers to act
    on (``reach``).
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
from bisect import bisect_left
from dataclasses import dataclass, field

from . import tags, vocab
from .geo import cells_near, fine_cells, geodesic_km, haversine_km
from .schema import FTS_TEXT_COLUMNS
from .site import RADIUS_KM
from .taxonomy import SynonymIndex, Term
from .text import TypoIndex, tokens

MAX_WORDS = 12
MAX_WORD_LEN = 40
AREA_KM = 5.0
TIER_BONUS_KM = {0: 3.0, 1: 2.0, 2: 1.0, 3: 0.0}
#: Km added to the score near a place per thing missing to act on (see Ranking).
REACH_KM = 1.0
DEFAULT_KM = RADIUS_KM  # declared once, with the site settings
#: Text-only searches read at most this many rows per tier (in kind, name order).
TEXT_ONLY_READ = 400
#: Rings (km) a place search reads before the whole radius.
RINGS_KM = (2.0, 5.0)
#: Name matches are read first over the whole radius when there are at most this many.
EARLY_NAMES_MAX = 1000
#: Near a place, at least this many first results are ranked exactly, reach penalty and all;
#: the rest exactly among every row the search read (see Ranking).
EXACT_FIRST = 25
#: Words shorter than this are matched whole, not as prefixes.
SHORT_WORD = 2

#: Fewer results than this and the search tries typos (and, with none, partial matches).
FEW_HITS = 3
#: A word found in at most this many rows may be a typo of a word found far more often...
RARE_WEIGHT = 1
#: ... namely in at least this many times as many rows.
RARE_FACTOR = 10
#: At most this many searches look for partial matches.
MAX_PARTIAL_SEARCHES = 16
#: Index columns whose words make the vocabulary for typos (not the word tails of ``infix``).
VOCABULARY_COLUMNS = ("name", "organization", "body", "topics", "places")

#: Words of counter speech that say nothing about the help sought (Dutch, French, English).
#: They are not required of a record when other words remain. Not here: "les" (a lesson),
#: "e" (of "e-mail"), words of the synonym list's phrases are kept inside those phrases.
STOP_WORDS = frozenset("""
    hulp help helpen hulpvraag bij met voor van de het een en of in op om te tot naar over aan
    uit als die dat is zijn mijn haar ik wij we je jij u hij zij ze wil wilt willen moet moeten
    nodig hoe waar wat wie kan kun kunnen graag iemand zoek zoeken zoekt
    aide aider besoin avec pour par de du des la le un une et ou au aux dans sur mon ma mes
    son sa ses je j l d qu que qui est suis comment chercher cherche veux voudrais
    with for the a an and or to of at on my me i need how where what want find get someone
    please can
""".split())

_TEXT_COLS = "{" + " ".join(FTS_TEXT_COLUMNS) + "}"
_NAME_COLS = "{name organization}"
_RANK_COLS = "rowid, service_id, lat, lon, areas, focus"
_SHOW_COLS = ("rowid, service_id, name, lat, lon, kind, place, municipality, postcode, precision,"
              " address_known, phone, areas")


@dataclass(frozen=True)
class Query:
    text: str = ""
    place: object | None = None          # a gazetteer Place (lat, lon, refnis...)
    km: float = DEFAULT_KM
    kinds: frozenset[str] = frozenset()
    language: str | None = None
    free: bool = False
    access: frozenset[str] = frozenset()
    limit: int = 50
    open_at: object | None = None        # an aware datetime: keep only what is open then
    open_first: object | None = None     # an aware datetime: what is open then comes first


@dataclass(slots=True)
class Hit:
    service_id: str
    name: str
    kind: str
    place: str                 # where: the location's place, or the service area's name
    municipality: str          # the location's municipality (Dutch), "" without a location
    postcode: str
    distance_km: float | None  # haversine, for ranking; None: no location within reach
    approximate: bool          # the point is a postcode's or municipality's, not the door's
    address_known: bool
    by_area: bool              # kept because its service area covers the place
    phone: str
    tier: int = 3
    in_place: bool = False     # an approximate location in the very municipality asked for
    lat: float | None = None   # the point the distance is measured to
    lon: float | None = None
    #: What the row offers to act on: a sum of ``tags.REACH_*`` bits; None in a catalogue
    #: built before the column existed.
    reach: int | None = None
    #: The record's own sources say it may have ended (``Record.may_have_ended``).
    may_have_ended: bool = False
    #: Found for the corrected words (``SearchResult.did_you_mean``), not the words as typed.
    fuzzy: bool = False
    #: A partial match: the (normalised) words typed that this record does not have.
    missing: tuple[str, ...] = ()
    origin: tuple[float, float] | None = field(default=None, repr=False)  # the place asked
    key: tuple = field(default=(), repr=False)
    _shown: float | None = field(default=None, repr=False)

    def shown_km(self) -> float | None:
        """The distance as shown: geodesic (geopy), computed the first time it is asked for."""
        if self.distance_km is None or self.origin is None:
            return self.distance_km
        if self._shown is None:
            self._shown = geodesic_km(self.origin[0], self.origin[1], self.lat, self.lon)
        return self._shown


class SearchResult(list):
    """The hits of one search, best first: a ``list`` of :class:`Hit`, as the search always
    returned, with what the search did when the words as typed found little.

    * ``hits`` — the list itself (``result.hits is result``).
    * ``did_you_mean`` — the query's words with typos corrected ("kaart kwijt" for
      "kaart kwiijt"), when something was found for them; else ``None``. The hits found for
      them have ``fuzzy`` set and follow the hits for the words as typed.
    * ``corrections`` — ``((typed, used), ...)`` for each corrected word, in query order.
    * ``partial_words`` — the words some hits lack: no record has all the words (after any
      correction), so the best partial matches are shown; each such hit lists its own
      ``missing`` words. Empty when every hit has every word.
    * ``ignored_words`` — words of :data:`STOP_WORDS` that were not required ("hulp", "bij").

    ``exact`` (the hits for the words as typed), ``corrected`` and ``partial`` sum it up.
    """

    def __init__(self, hits=(), *, did_you_mean: str | None = None,
                 corrections: tuple[tuple[str, str], ...] = (),
                 partial_words: tuple[str, ...] = (), ignored_words: tuple[str, ...] = ()):
        super().__init__(hits)
        self.did_you_mean = did_you_mean
        self.corrections = corrections
        self.partial_words = partial_words
        self.ignored_words = ignored_words

    @property
    def hits(self) -> "SearchResult":
        return self

    @property
    def exact(self) -> list[Hit]:
        return [h for h in self if not h.fuzzy and not h.missing]

    @property
    def corrected(self) -> bool:
        return any(h.fuzzy for h in self)

    @property
    def partial(self) -> bool:
        return bool(self.partial_words)

    def __repr__(self) -> str:
        return (f"SearchResult({list.__repr__(self)}, did_you_mean={self.did_you_mean!r}, "
                f"partial_words={self.partial_words!r}, ignored_words={self.ignored_words!r})")


def _words_of(text: str) -> list[str]:
    words = [w[:MAX_WORD_LEN] for w in tokens(text[: MAX_WORDS * (MAX_WORD_LEN + 1) * 4])]
    return words[:MAX_WORDS]


def _is_stop(term: Term) -> bool:
    return len(term.words) == 1 and term.words[0] in STOP_WORDS


def split_terms(words: list[str], synonyms: SynonymIndex) -> tuple[list[Term], tuple[str, ...]]:
    """The terms a record must meet, and the stop words left out.

    Phrases are found first, so "tax on web" keeps its "on"; the stop words outside phrases
    are then dropped. When only stop words remain, they are the terms.
    """
    terms = synonyms.terms(words)
    stop = [t for t in terms if _is_stop(t)]
    if not stop or len(stop) == len(terms):
        return terms, ()
    return [t for t in terms if not _is_stop(t)], tuple(t.words[0] for t in stop)


def query_terms(text: str, synonyms: SynonymIndex) -> list[Term]:
    return split_terms(_words_of(text), synonyms)[0]


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _word(w: str) -> str:
    return _quote(w) + ("" if len(w) < SHORT_WORD else " *")


def _words(term: Term, columns: str) -> str:
    return f"{columns} : (" + " AND ".join(_word(w) for w in term.words) + ")"


def _term_expr(term: Term) -> str:
    expr = _words(term, _TEXT_COLS)
    codes = [tags.topic(t) for t in term.topics] + [tags.kind(k) for k in term.kinds]
    if codes:
        expr = f"({expr} OR tags : ({' OR '.join(codes)}))"
    return expr


def _focus_exprs(terms: list[Term]) -> list[tuple[int, str]]:
    """(tier, tags expression) for the topics and the kinds the query's synonyms point to."""
    out = []
    topics = dict.fromkeys(tags.focus(t) for term in terms for t in term.topics)
    if topics:
        out.append((1, "tags : (" + " OR ".join(topics) + ")"))
    kinds = dict.fromkeys(tags.focus_kind(k) for term in terms for k in term.kinds)
    if kinds:
        out.append((2, "tags : (" + " OR ".join(kinds) + ")"))
    return out


def _filter_exprs(q: Query) -> list[str]:
    out = []
    kinds = [k for k in vocab.KINDS if k in q.kinds]
    if kinds:
        out.append("tags : (" + " OR ".join(tags.kind(k) for k in kinds) + ")")
    if q.language:
        out.append("tags : " + tags.language(q.language))
    if q.free:
        out.append("tags : " + tags.FREE)
    access = [a for a in vocab.ACCESS if a in q.access]
    if access:
        out.append("tags : (" + " OR ".join(tags.access(a) for a in access) + ")")
    return out


def _or(tokens_: list[str]) -> str:
    return "geo : (" + " OR ".join(tokens_) + ")"


def reach_penalty_km(reach: int | None, located: bool) -> float:
    """Km added to a row's score for what it lacks to act on (see Ranking)."""
    return 0.0 if reach is None else tags.missing(reach, located) * REACH_KM


#: reach_penalty_km for every reach (0-15), then again for a row with a location (16-31):
#: the ranking loop only indexes it.
_PENALTY = [reach_penalty_km(r, False) for r in range(16)] + [reach_penalty_km(r, True) for r in range(16)]


def _fixable(word: str) -> bool:
    return len(word) >= 4 and word.isalpha()


def _edits_for(word: str) -> int:
    return 1 if len(word) == 4 else 2


class Searcher:
    """Runs queries against a catalogue connection. Cheap to call on every keystroke.

    :meth:`search` returns a :class:`SearchResult`. :meth:`prepare` loads, ahead of need,
    what the first search with a typo would otherwise load (call it off the GUI thread).
    """

    def __init__(self, conn: sqlite3.Connection, gazetteer=None, open_at=None):
        self.conn = conn
        self.gazetteer = gazetteer
        #: ``open_at(service_id, when) -> bool | None``, for the hours filters.
        self.open_at = open_at
        self.synonyms = SynonymIndex.from_rows(
            conn.execute("SELECT phrase, topics, kinds FROM synonym ORDER BY phrase"))
        self._synonym_words = sorted({w for phrase, _t, _k in self.synonyms.rows()
                                      for w in phrase.split()})
        columns = {row[1] for row in conn.execute("PRAGMA table_info(search_row)")}
        # A catalogue built before the column: no reach known, so no penalty (15: everything).
        known = "reach" in columns
        self._rank_cols = f"{_RANK_COLS}, {'reach' if known else 15}"
        self._show_cols = f"{_SHOW_COLS}, {'reach' if known else 'NULL'}"
        self._lock = threading.Lock()
        self._ended_rowids: frozenset[int] | None = None
        self._speller: TypoIndex | None = None

    def prepare(self) -> None:
        """Load the vocabulary for typos and the rows that may have ended, now."""
        self._ended()
        self._vocabulary()

    # -- the search -----------------------------------------------------------------------

    def search(self, q: Query) -> SearchResult:
        words = _words_of(q.text)
        terms, ignored = split_terms(words, self.synonyms)
        result = SearchResult(self._run(q, terms), ignored_words=ignored)
        if terms and len(result) < FEW_HITS:
            self._fallback(q, words, terms, result)
        return result

    def _run(self, q: Query, terms: list[Term]) -> list[Hit]:
        filters = _filter_exprs(q)
        by_hours = (q.open_at is not None or q.open_first is not None) and self.open_at is not None
        if q.place is not None:
            hits = self._near(q, terms, filters, None if by_hours else q.limit)
        else:
            hits = self._anywhere(q, terms, filters, None if by_hours else q.limit)
        if by_hours:
            if q.open_at is not None:
                hits = [h for h in hits if self.open_at(h.service_id, q.open_at) is True]
            if q.open_first is not None:
                hits.sort(key=lambda h: self.open_at(h.service_id, q.open_first) is not True)
        return hits[: q.limit]

    # -- typos and partial matches ----------------------------------------------------------

    def _fallback(self, q: Query, words: list[str], terms: list[Term], result: SearchResult) -> None:
        seen = {h.service_id for h in result}
        plain = [t.words[0] for t in terms
                 if len(t.words) == 1 and not t.topics and not t.kinds and _fixable(t.words[0])]
        # with hits, every word was found somewhere: only a rare one may still be a typo
        unknown = [] if result else [w for w in plain if not self._known(w)]
        rare = plain if result else []
        corrections = self._corrections(unknown, rare)
        if corrections:
            fixed = [corrections.get(w, w) for w in words]
            terms, _ignored = split_terms(fixed, self.synonyms)
            unknown = [w for w in unknown if w not in corrections]
            found = [h for h in self._run(q, terms) if h.service_id not in seen]
            if not found and not result:
                found = self._partial(q, terms, unknown)
            if found:
                for hit in found:
                    hit.fuzzy = True
                result.did_you_mean = " ".join(fixed)
                result.corrections = tuple((w, corrections[w]) for w in dict.fromkeys(words)
                                           if w in corrections)
                self._extend(result, found, q.limit, fixed)
            return
        if not result:
            self._extend(result, self._partial(q, terms, unknown), q.limit, words)

    @staticmethod
    def _extend(result: SearchResult, found: list[Hit], limit: int, words: list[str]) -> None:
        result.extend(found[: max(0, limit - len(result))])
        missing = {w for h in result for w in h.missing}
        result.partial_words = tuple(w for w in dict.fromkeys(words) if w in missing)

    def _synonym_word(self, word: str, prefix: bool = False) -> bool:
        """Whether a synonym has the word ``word`` (or, with ``prefix``, one starting so)."""
        i = bisect_left(self._synonym_words, word)
        if i == len(self._synonym_words):
            return False
        found = self._synonym_words[i]
        return found.startswith(word) if prefix else found == word

    def _known(self, word: str) -> bool:
        """Whether some record or synonym has a word that starts with ``word``."""
        return self._synonym_word(word, prefix=True) or bool(
            self._rowids([f"{_TEXT_COLS} : {_word(word)}"], 1))

    def _corrections(self, unknown: list[str], rare: list[str]) -> dict[str, str]:
        if not unknown and not rare:
            return {}
        speller = self._vocabulary()
        out = {}
        for word in unknown:
            best = speller.best(word, _edits_for(word))
            if best:
                out[word] = best
        for word in rare:
            weight = speller.weight_of_prefix(word)
            if not 1 <= weight <= RARE_WEIGHT:
                continue
            for _edits, candidate, other in speller.near(word, _edits_for(word)):
                common = other >= RARE_FACTOR * weight or self._synonym_word(candidate)
                if common and not candidate.startswith(word):
                    out[word] = candidate
                    break
        return out

    def _partial(self, q: Query, terms: list[Term], unknown: list[str]) -> list[Hit]:
        """The best matches of some of the terms: the most terms that still find something."""
        if len(terms) < 2:
            return []
        known = [t for t in terms if not (len(t.words) == 1 and t.words[0] in unknown)]
        levels = []
        if known and len(known) < len(terms):
            levels.append([known])
        for size in range(len(known) - 1, 0, -1):
            levels.append([list(c) for c in itertools.combinations(known, size)])
        budget = MAX_PARTIAL_SEARCHES
        for subsets in levels:
            found: dict[str, tuple] = {}
            for subset in subsets:
                if budget <= 0:
                    break
                budget -= 1
                missing = tuple(w for t in terms if t not in subset for w in t.words)
                weight = sum(1 for t in subset if t.topics or t.kinds)
                for hit in self._run(q, subset):
                    order = (-weight, hit.key)
                    if hit.service_id not in found or order < found[hit.service_id][0]:
                        hit.missing = missing
                        found[hit.service_id] = (order, hit)
            if found:
                return [hit for _order, hit in sorted(found.values(), key=lambda v: v[0])][: q.limit]
            if budget <= 0:
                break
        return []

    def _vocabulary(self) -> TypoIndex:
        """Every word of the index's text (not the word tails) and of the synonyms, with the
        number of rows it is in; read once, the first time a typo is looked for."""
        with self._lock:
            if self._speller is None:
                self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.einclusie_vocabulary"
                                  " USING fts5vocab(main, search_fts, 'col')")
                marks = ", ".join("?" * len(VOCABULARY_COLUMNS))
                weights: dict[str, int] = {}
                for term, doc in self.conn.execute(
                        "SELECT term, doc FROM temp.einclusie_vocabulary"
                        f" WHERE col IN ({marks})", VOCABULARY_COLUMNS):
                    if len(term) >= 2 and term.isalpha():
                        weights[term] = weights.get(term, 0) + doc
                most = max(weights.values(), default=1)
                for word in self._synonym_words:
                    if len(word) >= 2 and word.isalpha():
                        weights[word] = max(weights.get(word, 0), most)
                self._speller = TypoIndex(weights)
            return self._speller

    def _ended(self) -> frozenset[int]:
        """Row ids of the records that may have ended (a tag in the index; few)."""
        if self._ended_rowids is None:
            self._ended_rowids = frozenset(self._rowids([f"tags : {tags.MAY_HAVE_ENDED}"]))
        return self._ended_rowids

    # -- plumbing -------------------------------------------------------------------------

    def _rowids(self, parts: list[str], limit: int | None = None) -> list[int]:
        match = " AND ".join(parts) if parts else "tags : " + tags.PRIMARY
        sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
        if limit is None:
            return [r[0] for r in self.conn.execute(sql, (match,))]
        return [r[0] for r in self.conn.execute(sql + " LIMIT ?", (match, limit))]

    def _rank_rows(self, parts: list[str]) -> list[tuple]:
        match = " AND ".join(parts) if parts else "tags : " + tags.PRIMARY
        return self.conn.execute(
            f"SELECT {self._rank_cols} FROM search_row WHERE rowid IN"
            " (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)", (match,)).fetchall()

    def _by_rowid(self, columns: str, rowids: list[int]) -> dict[int, tuple]:
        out: dict[int, tuple] = {}
        for i in range(0, len(rowids), 900):
            chunk = rowids[i:i + 900]
            for row in self.conn.execute(
                    f"SELECT {columns} FROM search_row WHERE rowid IN ({','.join('?' * len(chunk))})",
                    chunk):
                out[row[0]] = row
        return out

    @staticmethod
    def _hit(row: tuple, tier: int, key: tuple, dist: float | None = None,
             by_area: bool = False) -> Hit:
        # positional, in the order of the fields (service_id ... key): this runs for every hit
        return Hit(row[1], row[2], row[5], row[6] or "", row[7] or "", row[8] or "", dist,
                   (row[9] or "") != "measured", bool(row[10]), by_area, row[11] or "", tier,
                   False, row[3], row[4], row[13], key[0], False, (), None, key)

    # -- text only ------------------------------------------------------------------------

    def _anywhere(self, q: Query, terms: list[Term], filters: list[str],
                  need: int | None) -> list[Hit]:
        primary = "tags : " + tags.PRIMARY
        base = [_term_expr(t) for t in terms] + filters + [primary]
        n = TEXT_ONLY_READ if need is None else min(need, TEXT_ONLY_READ)
        tier_of: dict[int, int] = {}
        if terms:
            name = [_words(t, _NAME_COLS) for t in terms] + filters + [primary]
            for rowid in self._rowids(name, n):
                tier_of.setdefault(rowid, 0)
            for tier, focus in _focus_exprs(terms):
                for rowid in self._rowids(base + [focus], n):
                    tier_of.setdefault(rowid, tier)
        for rowid in self._rowids(base, TEXT_ONLY_READ):
            tier_of.setdefault(rowid, 3)
        ranked = sorted((tier, rowid) for rowid, tier in tier_of.items())
        ended = self._ended()
        if ended:  # what may have ended goes last (a stable sort keeps the rest in order)
            ranked.sort(key=lambda tier_rowid: tier_rowid[1] in ended)
        if need is not None:
            ranked = ranked[:need]
        rows = self._by_rowid(self._show_cols, [rowid for _tier, rowid in ranked])
        return [self._hit(rows[rowid], tier, (rowid in ended, tier, rowid)) for tier, rowid in ranked]

    # -- near a place ---------------------------------------------------------------------

    def _stages(self, place, km: float, area: list[str], rings: bool) -> list[tuple[float, str | None]]:
        """(radius, geo expression) to read in turn; the last one covers the whole radius."""
        everything = cells_near(place.lat, place.lon, km)
        if everything is None:
            return [(km, None)]
        whole = _or(everything + area)
        if not rings:
            return [(km, whole)]
        out, read, inner = [], [], 0.0
        for r in RINGS_KM:
            if r >= km:
                break
            cells = fine_cells(place.lat, place.lon, r, inner)
            out.append((r, _or(cells)))
            read += cells
            inner = r
        if read:
            whole = f"({whole} NOT {_or(read)})"
        out.append((km, whole))
        return out

    def _near(self, q: Query, terms: list[Term], filters: list[str],
              need: int | None) -> list[Hit]:
        place, km = q.place, q.km
        lat0, lon0 = place.lat, place.lon
        area = tags.area_tokens(place.region_refnis, place.province_refnis, place.refnis)
        area_set = set(area)
        text = [_term_expr(t) for t in terms] + filters
        focus_topics = {tags.focus(t) for term in terms for t in term.topics}
        focus_kinds = {tags.focus_kind(k) for term in terms for k in term.kinds}
        ended = self._ended()
        located_penalty, area_penalty = _PENALTY[16:], _PENALTY[:16]
        # service_id -> (key, rowid, dist, by_area, tier, score without the reach penalty);
        # key = (may have ended, score, rowid)
        best: dict[str, tuple] = {}
        names: set[int] = set()

        def rank(rows) -> None:
            for rowid, sid, lat, lon, row_areas, focus, reach in rows:
                by_area = bool(row_areas) and not area_set.isdisjoint(row_areas.split())
                dist = None
                if lat is not None:
                    dist = haversine_km(lat0, lon0, lat, lon)
                    if dist > km:
                        dist = None
                if dist is None and not by_area:
                    continue
                tier = 3
                if rowid in names:
                    tier = 0
                elif focus and terms:
                    f = focus.split()
                    if focus_topics and not focus_topics.isdisjoint(f):
                        tier = 1
                    elif focus_kinds and not focus_kinds.isdisjoint(f):
                        tier = 2
                eff = AREA_KM if dist is None else (min(dist, AREA_KM) if by_area else dist)
                raw = eff - TIER_BONUS_KM[tier]
                score = raw + (area_penalty if lat is None else located_penalty)[reach & 15]
                key = (rowid in ended if ended else False, score, rowid)
                old = best.get(sid)
                if old is None or key < old[0]:
                    best[sid] = (key, rowid, dist, by_area, tier, raw)

        stages = self._stages(place, km, area, rings=need is not None)
        # The largest bonus an unread row may still have. Name matches (usually few) are read
        # first over the whole radius; then any other row has at most the bonus of tier 1, 2
        # or 3. When names match widely ("digi") they are found stage by stage instead.
        max_bonus = TIER_BONUS_KM[0] if terms else TIER_BONUS_KM[3]
        name_expr = [_words(t, _NAME_COLS) for t in terms] + filters
        early = False
        if terms and len(stages) > 1:
            ids = self._rowids(name_expr + [_or(cells_near(lat0, lon0, km) + area)],
                               EARLY_NAMES_MAX + 1)
            if len(ids) <= EARLY_NAMES_MAX:
                early = True
                names.update(ids)
                rank(self._by_rowid(self._rank_cols, ids).values())
                max_bonus = (TIER_BONUS_KM[1] if focus_topics else
                             TIER_BONUS_KM[2] if focus_kinds else TIER_BONUS_KM[3])
        for r, geo in stages:
            parts = text + ([geo] if geo else [])
            rows = self._rank_rows(parts)
            if terms and not early and rows:
                names.update(self._rowids(name_expr + ([geo] if geo else [])))
            rank(rows)
            if r < km and need is not None:
                # An unread row lies farther than r (score > r - bonus, as nothing is
                # subtracted but the bonus) or is kept by its service area only
                # (score >= AREA_KM - bonus). Rows with a score below that bound come before
                # every unread row: stop when the first EXACT_FIRST results are such rows
                # (they are then exactly ranked), and when, without the reach penalty, as
                # many rows as asked for are (what the search read before the penalty).
                # What may have ended counts for neither: it goes last anyway.
                bound = min(r, AREA_KM) - max_bonus
                sure = sum(1 for v in best.values() if not v[0][0] and v[0][1] < bound)
                if sure >= min(need, EXACT_FIRST) and \
                        sum(1 for v in best.values() if not v[0][0] and v[5] < bound) >= need:
                    break
        chosen = sorted(best.values())
        if need is not None:
            chosen = chosen[:need]
        shown = self._by_rowid(self._show_cols, [c[1] for c in chosen])
        out = []
        for key, rowid, dist, by_area, tier, _raw in chosen:
            hit = self._hit(shown[rowid], tier, key, dist, by_area)
            hit.origin = (lat0, lon0)
            hit.in_place = dist is not None and hit.approximate and \
                hit.municipality == place.municipality_nl
            out.append(hit)
        return out


def distance_label(hit: Hit) -> str | None:
    """How a distance may honestly be written, in digits; None when there is none.

    A distance measured to a postcode or municipality point is rounded to whole km and marked
    "≈"; inside the very municipality asked for it is not a number at all (the caller writes
    "in <municipality>"). The number is the geodesic distance.
    """
    if hit.distance_km is None or hit.in_place:
        return None
    km = hit.shown_km()
    if hit.approximate:
        return f"≈ {max(1, round(km))} km"
    return f"{km:.1f} km"
