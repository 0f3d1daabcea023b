"""core/text.py: the edit distance and the index the search corrects typos with."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from einclusie_app.core.text import TypoIndex, edit_distance

QUICK = settings(max_examples=300, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("a", "b", "d"),
    [("itsme", "itsme", 0), ("itsmee", "itsme", 1), ("laptp", "laptop", 1), ("kwiijt", "kwijt", 1),
     ("ismte", "itsme", 2), ("imtse", "itsme", 2), ("smartfone", "smartphone", 2),
     ("digipnut", "digipunt", 1),  # two neighbours swapped: one edit
     ("", "abc", 3), ("abc", "", 3)],
)
def test_edit_distance(a, b, d):
    assert edit_distance(a, b, 5) == d
    assert edit_distance(b, a, 5) == d


def test_edit_distance_stops_above_the_limit():
    assert edit_distance("computer", "xyzxyzxy", 2) == 3
    assert edit_distance("a", "abcdefgh", 2) == 3


WORDS = {"itsme": 25, "laptop": 80, "laptops": 5, "kwijt": 5, "smartphone": 71, "computer": 88,
         "computerles": 3, "digipunt": 49, "kaart": 10, "isme": 1, "gent": 40, "genk": 12}


@pytest.fixture(scope="module")
def index():
    return TypoIndex(WORDS)


@pytest.mark.parametrize(
    ("typed", "best"),
    [("itsmee", "itsme"), ("laptp", "laptop"), ("kwiijt", "kwijt"), ("smarphone", "smartphone"),
     ("computr", "computer"), ("digipnt", "digipunt"), ("smartfone", "smartphone"),
     ("computerlse", "computerles"), ("xomputer", "computer")],   # one edit: any letter
)
def test_near_finds_the_word_meant(index, typed, best):
    assert index.near(typed, 2)[0][1] == best


def test_near_orders_by_edits_then_weight(index):
    assert [w for _d, w, _n in index.near("ismte", 2)] == ["isme", "itsme"]   # 1 edit, then 2
    assert [w for _d, w, _n in index.near("genr", 1)] == ["gent", "genk"]     # both 1: the commoner
    assert index.near("gent", 1) == [(1, "genk", 12)]                          # never the word itself
    assert index.near("xyzzy", 2) == [] and index.near("itsmee", 0) == []
    assert index.near("xtsmr", 2) == []            # two edits and another first letter: no


def test_prefix_helpers(index):
    assert "laptop" in index and "lapt" not in index and index.weight("laptop") == 80
    assert index.has_prefix("lapt") and not index.has_prefix("lapx")
    assert index.weight_of_prefix("laptop") == 85 and index.weight_of_prefix("zz") == 0
    assert len(index) == len(WORDS)


@QUICK
@given(st.data())
def test_near_finds_what_a_full_scan_finds(data):
    alphabet = "abcdeik"
    words = data.draw(st.sets(st.text(alphabet, min_size=1, max_size=9), min_size=1, max_size=40))
    typed = data.draw(st.text(alphabet, min_size=1, max_size=9))
    edits = data.draw(st.integers(1, 2))
    index = TypoIndex({w: 1 for w in words})
    found = {w: d for d, w, _n in index.near(typed, edits)}
    expected = {w: edit_distance(typed, w, edits) for w in words if w != typed}
    expected = {w: d for w, d in expected.items() if d == 1 or (d == 2 <= edits and w[0] == typed[0])}
    assert found == expected


def test_a_large_vocabulary_is_quick_to_build_and_search():
    rng = random.Random(7)
    words = {"".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 14))): 1
             for _ in range(20_000)}
    index = TypoIndex(words)
    for word in sorted(words)[::2000]:
        for typo in {word[:2] + word[3:], word[:1] + word[2] + word[1] + word[3:]} - {word}:
            assert word in {w for _d, w, _n in index.near(typo, 2)}
            assert index.best(typo, 2) in {w for d, w, _n in index.near(typo, 2) if d == 1}


def test_best_tries_two_edits_only_without_one(index):
    assert index.best("itsmee", 2) == "itsme"
    assert index.best("smartfone", 2) == "smartphone"     # two edits
    assert index.best("smartfone", 1) is None and index.best("zzzzz", 2) is None
