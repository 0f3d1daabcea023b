"""Search: words in any order, prefixes, accents, synonyms, places, filters, any input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from einclusie_app.core.search import Query, distance_label


def ids(catalogue, text="", **kw):
    return [h.service_id for h in catalogue.searcher.search(Query(text=text, **kw))]


def place(catalogue, text):
    res = catalogue.gazetteer.resolve(text)
    assert res.place is not None, res
    return res.place


# -- words --------------------------------------------------------------------------------

def test_accents_and_case_do_not_matter(catalogue):
    assert "lendelede-digicafe" in ids(catalogue, "CAFE")          # Digicafé
    assert "lendelede-digicafe" in ids(catalogue, "digicafé")
    assert ids(catalogue, "financien") == ids(catalogue, "Financiën")


def test_ij_ligature_is_ij(catalogue):
    assert ids(catalogue, "Kortrĳk") == ids(catalogue, "kortrijk") != []


def test_word_order_never_matters(catalogue):
    a = ids(catalogue, "digipunt beernem")
    assert a and set(a) == set(ids(catalogue, "beernem digipunt"))
    # each hit is in Beernem, or serves it (a regional digibank)
    assert all("beernem" in i or "Beernem" in {x.label for x in catalogue.service(i).areas}
               for i in a)


def test_prefixes_match_as_you_type(catalogue):
    full = set(ids(catalogue, "bibliotheek", limit=200))
    assert full and full <= set(ids(catalogue, "biblio", limit=200))
    assert "beernem-bib-digipunt" in ids(catalogue, "beer dig")


def test_a_phrase_in_another_order_is_the_same_phrase(catalogue):
    assert ids(catalogue, "kwijt kaart")[0] == "card-stop"
    assert ids(catalogue, "lenen laptop") == ids(catalogue, "laptop lenen")


def test_all_words_must_match(catalogue):
    result = catalogue.searcher.search(Query(text="beernem gent"))
    assert result.exact == [] and result.partial_words == ("beernem", "gent")
    for hit in result:   # partial matches, each marked with the word it lacks
        assert hit.missing in (("beernem",), ("gent",))
        text = (hit.name + " " + hit.place + " " + hit.municipality).lower()
        assert ("beernem" in text) == (hit.missing == ("gent",))


def test_a_word_inside_a_compound_is_found(catalogue):
    found = ids(catalogue, "cafe")
    assert {"lendelede-digicafe", "dentergem-infosessies-digicafe", "s-plus-swipecafes"} <= set(found)


def test_name_matches_come_first(catalogue):
    assert ids(catalogue, "card stop")[0] == "card-stop"
    assert ids(catalogue, "1700")[0] == "vl-1700-infolijn"


# -- the counter's words --------------------------------------------------------------------

@pytest.mark.parametrize("said", ["kaart kwijt", "bankkaart gestolen", "Kaart verloren",
                                  "carte perdue", "carte bancaire volée"])
def test_lost_card_finds_card_stop_first(catalogue, said):
    assert ids(catalogue, said)[0] == "card-stop"


@pytest.mark.parametrize("said", ["itsme", "burgerprofiel", "Mijn Burgerprofiel"])
def test_itsme_finds_help_points_and_1700(catalogue, said):
    hits = catalogue.searcher.search(Query(text=said, limit=30))
    found = [h.service_id for h in hits]
    assert "vl-1700-infolijn" in found[:10]
    assert sum(h.kind == "digipunt" for h in hits) >= 10


@pytest.mark.parametrize("said", ["belastingen", "tax-on-web", "Tax on web", "impôts", "myminfin"])
def test_taxes_find_fod_financien_first(catalogue, said):
    # the first result a client can act on (a phone, e-mail or website): local desks about
    # Tax-on-web with no contact known (Etterbeek, Turnhout) may be listed above it
    reachable = [h.service_id for h in catalogue.searcher.search(Query(text=said))
                 if (v := catalogue.service(h.service_id)).phones or v.record.email
                 or v.record.website]
    assert reachable[0] == "fod-financien-contactcenter"


@pytest.mark.parametrize("said", ["laptop", "computer lenen", "laptop lenen", "prêt ordinateur"])
def test_borrowing_finds_device_loans(catalogue, said):
    hits = catalogue.searcher.search(Query(text=said, limit=10))
    assert len(hits) >= 5
    assert all("device_loan" in catalogue.service(h.service_id).record.kinds for h in hits[:5]), \
        [(h.service_id, h.kind) for h in hits]


@pytest.mark.parametrize("said", ["leren", "cursus", "les", "formation"])
def test_learning_finds_courses(catalogue, said):
    hits = catalogue.searcher.search(Query(text=said, limit=200))
    kinds = [h.kind for h in hits]
    assert kinds.count("training") >= 20
    found = {h.service_id for h in hits}
    assert {"ligo-centra-basiseducatie", "s-plus-swipecafes", "digidak"} <= found


@pytest.mark.parametrize("said", ["gsm", "smartphone"])
def test_phone_questions_find_help_points_and_courses(catalogue, said):
    kinds = {h.kind for h in catalogue.searcher.search(Query(text=said, limit=200))}
    assert {"digipunt", "training"} <= kinds


# -- places ---------------------------------------------------------------------------------

def test_near_a_place_ranks_by_distance(catalogue):
    hits = catalogue.searcher.search(Query(text="digipunt", place=place(catalogue, "8730"), km=25))
    located = [h for h in hits if h.distance_km is not None and not h.by_area]
    assert located[0].municipality == "Beernem"
    dists = [h.distance_km for h in located]
    # effective distance orders them; among equal tiers real distance is ascending
    assert dists[0] <= min(dists[1:]) + 3.0
    assert all(d <= 25.5 for d in dists)


def test_helplines_stay_wherever_their_area_covers(catalogue):
    gent = place(catalogue, "Gent")
    found = ids(catalogue, "", place=gent, km=5, limit=300)
    assert "card-stop" in found                   # all of Belgium
    assert "vl-1700-infolijn" in found            # Flanders and Brussels
    liege = place(catalogue, "Liège")
    found = ids(catalogue, "", place=liege, km=5, limit=300)
    assert "card-stop" in found and "vl-1700-infolijn" not in found
    assert "tele-accueil-bruxelles-107" not in found


def test_sub_municipalities_and_french_names_work(catalogue):
    for text in ("Borgerhout", "Anvers", "2140"):
        hits = catalogue.searcher.search(Query(text="digipunt", place=place(catalogue, text), km=10))
        assert "antwerpen-popup-digipunten" in {h.service_id for h in hits}, text


def test_typo_in_place_is_forgiven(catalogue):
    res = catalogue.gazetteer.resolve("Antwepren")
    assert res.place.municipality_nl == "Antwerpen" and res.corrected


def test_approximate_distance_is_never_precise(catalogue):
    hits = catalogue.searcher.search(Query(text="digipunt", place=place(catalogue, "Gent"), km=30))
    gent = [h for h in hits if h.municipality == "Gent"]
    assert gent and all(h.in_place and distance_label(h) is None for h in gent)
    other = [h for h in hits if h.distance_km is not None and h.municipality != "Gent"]
    assert other and all(distance_label(h).startswith("≈ ") for h in other)
    assert all("." not in distance_label(h) for h in other)


def test_radius_is_respected(catalogue):
    brugge = place(catalogue, "Brugge")
    hits = catalogue.searcher.search(Query(place=brugge, km=10, limit=500))
    assert all(h.distance_km is None or h.distance_km <= 10.2 for h in hits)
    assert all(h.by_area for h in hits if h.distance_km is None)


# -- filters ----------------------------------------------------------------------------

def test_kind_filter(catalogue):
    hits = catalogue.searcher.search(Query(kinds=frozenset({"helpline", "training"}), limit=500))
    assert hits
    for h in hits:
        kinds = catalogue.service(h.service_id).record.kinds
        assert {"helpline", "training"} & set(kinds)


def test_free_language_and_access_filters(catalogue):
    free = catalogue.searcher.search(Query(free=True, limit=500))
    assert free and all(catalogue.service(h.service_id).record.is_free for h in free)
    en = catalogue.searcher.search(Query(language="en", limit=500))
    assert "card-stop" in {h.service_id for h in en}
    assert all("en" in catalogue.service(h.service_id).record.languages for h in en)
    walk = catalogue.searcher.search(Query(access=frozenset({"walk_in"}), limit=500))
    assert walk and all("walk_in" in catalogue.service(h.service_id).record.access for h in walk)


def test_a_service_appears_once(catalogue):
    for q in (Query(limit=500), Query(place=place(catalogue, "Boom"), km=30, limit=500)):
        found = ids(catalogue, q.text, place=q.place, km=q.km, limit=q.limit)
        assert len(found) == len(set(found))


# -- any input is safe ------------------------------------------------------------------

NASTY = ['"', '""', "'", "*", "digi*", "AND", "OR", "NOT", "NEAR(", "NEAR(a b)", "a AND OR b",
         "(", ")", "{", "name:", "^", "-", "+", "?!", "…", "😀", "👩🏽‍💻 laptop", "\x00", "\n",
         "x" * 10_000, "digipunt " * 2_000, "é" * 5000, "ﷺ", "\u202e", "ĳ", "🇧🇪"]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_input_is_just_text(catalogue, text):
    catalogue.searcher.search(Query(text=text))
    catalogue.searcher.search(Query(text=text, place=place(catalogue, "Gent")))


def test_punctuation_only_gives_everything(catalogue):
    assert len(ids(catalogue, "?!", limit=500)) == catalogue.count()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200), free=st.booleans(),
       kinds=st.frozensets(st.sampled_from(["digipunt", "device_loan", "helpline", "training"])))
def test_any_text_never_fails(catalogue, text, free, kinds):
    hits = catalogue.searcher.search(Query(text=text, free=free, kinds=kinds))
    assert len({h.service_id for h in hits}) == len(hits)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(["digipunt", "laptop", "gent", "bib", "kaart", "kwijt",
                                       "itsme", "cursus", "lenen", "gratis", "hulp", "tax"]),
                      max_size=4),
       data=st.data())
def test_order_of_words_never_changes_the_set(catalogue, words, data):
    shuffled = data.draw(st.permutations(words))
    a = set(ids(catalogue, " ".join(words), limit=500))
    b = set(ids(catalogue, " ".join(shuffled), limit=500))
    assert a == b


# -- typos, stop words and partial matches ------------------------------------------------

@pytest.mark.parametrize(("typed", "meant"), [("itsmee", "itsme"), ("ismte", "itsme"),
                                              ("laptp", "laptop"), ("smarphone", "smartphone"),
                                              ("digipnt", "digipunt"), ("computr les", "computer les")])
def test_a_typo_finds_what_was_meant(catalogue, typed, meant):
    result = catalogue.searcher.search(Query(text=typed, limit=200))
    assert result.did_you_mean == meant and result.corrected and result.exact == []
    assert result and all(h.fuzzy and not h.missing for h in result)
    assert [h.service_id for h in result] == ids(catalogue, meant, limit=200)


def test_lost_card_with_a_typo_is_still_card_stop(catalogue):
    result = catalogue.searcher.search(Query(text="kaart kwiijt", place=place(catalogue, "Ledeberg")))
    assert result.did_you_mean == "kaart kwijt" and result.corrections == (("kwiijt", "kwijt"),)
    assert result[0].service_id == "card-stop"


def test_words_as_typed_are_never_corrected(catalogue):
    for text in ("itsme", "laptop", "cafe", "digi", "beernem", "kaart kwijt", "1700"):
        result = catalogue.searcher.search(Query(text=text))
        assert result.did_you_mean is None and not result.corrected and result.exact == list(result)


def test_short_words_and_numbers_are_not_corrected(catalogue):
    for text in ("itm", "9999", "lpt0p"):
        result = catalogue.searcher.search(Query(text=text))
        assert result.did_you_mean is None and list(result) == []


def test_enough_results_cost_nothing_more(catalogue, monkeypatch):
    searcher = catalogue.searcher
    calls = []
    monkeypatch.setattr(searcher, "_fallback", lambda *a: calls.append(a))
    searcher.search(Query(text="itsme"))
    searcher.search(Query(text="digipunt", place=place(catalogue, "Gent")))
    assert calls == []
    searcher.search(Query(text="itsmee"))
    assert len(calls) == 1


@pytest.mark.parametrize("text", ["hulp bij itsme", "help with itsme", "aide pour itsme",
                                  "ik zoek hulp met itsme"])
def test_counter_stop_words_do_not_count_against_a_record(catalogue, text):
    near = place(catalogue, "Ledeberg")
    result = catalogue.searcher.search(Query(text=text, place=near))
    assert [h.service_id for h in result] == ids(catalogue, "itsme", place=near)
    assert result and result.ignored_words and not result.partial


def test_stop_words_alone_are_searched(catalogue):
    assert ids(catalogue, "hulp") and ids(catalogue, "help") and ids(catalogue, "aide")
    assert catalogue.searcher.search(Query(text="hulp")).ignored_words == ()


def test_a_phrase_keeps_its_small_words_and_finds_its_order(catalogue):
    assert ids(catalogue, "tax on web")[0] == "fod-financien-contactcenter"
    result = catalogue.searcher.search(Query(text="mijn kaart is kwijt"))
    assert result[0].service_id == "card-stop" and result.ignored_words == ("mijn", "is")


@pytest.mark.parametrize("near", [None, "Ledeberg"])
def test_an_unknown_extra_word_does_not_empty_the_list(catalogue, near):
    at = place(catalogue, near) if near else None
    result = catalogue.searcher.search(Query(text="itsme zwxq", place=at))
    assert result.partial_words == ("zwxq",) and result.did_you_mean is None
    assert [h.service_id for h in result] == ids(catalogue, "itsme", place=at)
    assert all(h.missing == ("zwxq",) for h in result)


def test_partial_matches_keep_the_words_of_the_help_sought(catalogue):
    """Words that name help (synonyms) are kept before plain words: "laptop" over "beernem"."""
    result = catalogue.searcher.search(Query(text="laptop lenen oostkamp-centrum-zwxq", limit=200))
    assert result and result.partial
    assert all(h.kind == "device_loan" or "device_loan" in catalogue.service(h.service_id).record.kinds
               for h in result[:5])


def test_nothing_known_stays_empty(catalogue):
    for text in ("zwxq", "zwxq qxwz"):
        result = catalogue.searcher.search(Query(text=text))
        assert list(result) == [] and not result.partial and result.did_you_mean is None


def test_the_result_is_still_a_list_of_hits(catalogue):
    result = catalogue.searcher.search(Query(text="itsme", limit=5))
    assert isinstance(result, list) and result.hits is result and len(result) == 5
    assert result == list(result) and result[:2] == list(result)[:2]
    assert "did_you_mean=None" in repr(result)


def test_vocabulary_is_read_once_and_can_be_prepared(catalogue):
    searcher = catalogue.searcher
    searcher.prepare()
    vocabulary = searcher._vocabulary()
    assert "itsme" in vocabulary and "laptop" in vocabulary and "kwijt" in vocabulary
    assert "igicafe" not in vocabulary            # word tails of the infix column are no words
    assert not any(ch.isdigit() for w in vocabulary.words for ch in w)
    searcher.search(Query(text="itsmee"))
    assert searcher._vocabulary() is vocabulary


# -- ranking: what the client can act on ------------------------------------------------------

@pytest.mark.parametrize("text", ["itsme", "hulp bij itsme", ""])
def test_first_result_near_ledeberg_has_a_way_to_reach_it(catalogue, text):
    hits = catalogue.searcher.search(Query(text=text, place=place(catalogue, "Ledeberg")))
    assert hits
    first = catalogue.service(hits[0].service_id)
    assert first.phones or any(loc.street for loc in first.locations), hits[0]


@pytest.mark.parametrize(("text", "near"), [("itsme", "Ledeberg"), ("", "Gent"), ("digipunt", "Brussel"),
                                            ("laptop", "Brugge"), ("cursus", "Antwerpen"), ("", None),
                                            ("digipunt", None), ("laptop", None)])
def test_nothing_that_may_have_ended_before_what_has_not(catalogue, text, near):
    at = place(catalogue, near) if near else None
    hits = catalogue.searcher.search(Query(text=text, place=at, limit=500))
    flags = [catalogue.service(h.service_id).record.may_have_ended for h in hits]
    assert flags == sorted(flags)
    assert [h.may_have_ended for h in hits] == flags


def test_at_the_same_point_more_to_act_on_comes_first(catalogue):
    """Records placed at one municipality point are equally far: the tier decides, then what
    they offer to act on (street, phone, hours)."""
    from einclusie_app.core.search import reach_penalty_km

    for near, text in (("Gent", ""), ("Brussel", "digipunt"), ("Antwerpen", ""), ("Brugge", "")):
        hits = catalogue.searcher.search(Query(text=text, place=place(catalogue, near), limit=500))
        for a, b in zip(hits, hits[1:]):
            same = (a.distance_km is not None and a.distance_km == b.distance_km and a.tier == b.tier
                    and not a.by_area and not b.by_area and a.may_have_ended == b.may_have_ended)
            if same:
                assert reach_penalty_km(a.reach, True) <= reach_penalty_km(b.reach, True), (a, b)


@pytest.mark.parametrize("near", ["Ledeberg", "Gent", "Brussel", "Antwerpen", "Brugge", "Beernem"])
@pytest.mark.parametrize("text", ["", "itsme", "digipunt", "laptop"])
def test_the_first_results_are_those_of_a_full_read(catalogue, near, text):
    """The search stops reading early; its first EXACT_FIRST results must be what reading
    everything gives."""
    from einclusie_app.core.search import EXACT_FIRST

    at = place(catalogue, near)
    quick = ids(catalogue, text, place=at, limit=EXACT_FIRST + 5)
    full = ids(catalogue, text, place=at, limit=100_000)
    assert quick[:EXACT_FIRST] == full[:EXACT_FIRST]
