"""The client's view: structured facts turned into short sentences in the client's language.

Every client language has one phrasebook, ``resources/phrasebook/<code>.toml``, with the same
keys and placeholders as ``en.toml``. :func:`client_lines` builds the view of one record as a
list of :class:`Line` — one fact per line, each with a pictogram — and the window, ``einclusie
show --lang`` and the printed handout all use these same lines.

Names, addresses, phone numbers, e-mail and web addresses are never translated: they go into
the lines exactly as in the catalogue. In a right-to-left language they (and times, dates and
postcodes) are wrapped in Unicode isolates (LRI … PDI), so they stay left-to-right inside the
flipped text. :func:`plain` removes those marks for speech and for tests.

A phrasebook whose ``checked`` is false is a draft: :func:`client_lines` puts the draft notice
first. Only the source languages (Dutch, plain Dutch, English) are not drafts; a language a tool
or a non-native reader reviewed stays a draft until a native speaker has checked it.

Never "call first" without a way to call: every line that asks the client to call (hours not
known, old information, an offer that may have ended, a helpline) is followed by one line that
names the number — or, where the record has none, says so and gives the e-mail, website or
organisation instead (:func:`contact_line`).

Holidays are named by each phrasebook (``holiday_<Holiday.key>``), never in Dutch inside another
language; lists are joined with the language's own separator (``meta.list_separator``: "، " in
Arabic, Persian and Pashto, "፣ " in Tigrinya); check dates are a label ("Last checked: 07-2023"),
with written months where a phrasebook has ``meta.months`` (plain Dutch: "juli 2023").
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .paths import resources
from .where import where_facts

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
LRI, PDI = "\u2066", "\u2069"
#: Client languages in the order the "I speak…" picker shows them.
ORDER = ("nl", "nl_easy", "fr", "en", "de", "ar", "tr", "pl", "ro", "bg", "uk", "ru", "es", "fa",
         "ps", "ti", "so")

#: Pictogram (file stem in resources/pictograms) for each kind of line.
PICTOGRAMS = {
    "kind_digipunt": "kind-digipunt", "kind_device_loan": "kind-device_loan",
    "kind_helpline": "kind-helpline", "kind_training": "kind-training",
    "kind_helpline_online": "online", "kind_helpline_no_number": "kind-helpline",
    "status": "clock", "opening_hours": "calendar", "holidays_closed": "calendar",
    "helpline_for": "kind-helpline", "may_have_ended": "warning", "ended_no_phone": "warning",
    "call_first": "phone", "no_phone": "warning", "no_phone_email": "email",
    "no_phone_website": "web", "no_phone_org": "social-worker",
    "address": "pin", "address_unknown": "pin", "serves_area": "pin",
    "phone": "phone", "website": "web", "email": "email",
    # free, pay and "ask" must never look alike to a client who reads only the pictures
    "cost_free": "cost-free", "cost_paid": "money", "cost_call": "cost-call",
    "cost_unknown": "question",
    "access_walk_in": "walk", "access_appointment": "appointment",
    "access_referral": "social-worker", "access_phone": "phone", "access_online": "online",
    "access_home_visit": "home",
    "bring": "bag", "bring_eid": "id-card", "bring_eid_pin": "pin-code",
    "bring_phone": "smartphone", "bring_laptop": "laptop", "bring_bank_card": "bank-card",
    "bring_letter": "letter", "bring_login": "key", "bring_proof_income": "document",
    "bring_referral_letter": "referral-letter",
    "languages_spoken": "speaking", "languages_unknown": "speaking",
    "wheelchair": "wheelchair",
    # the tick only beside a recent check; never an "OK" next to doubt
    "last_checked": "checked", "last_checked_unknown": "warning", "old_info": "warning",
    "draft_notice": "warning",
}

_DAY_KEYS = ("day_mo", "day_tu", "day_we", "day_th", "day_fr", "day_sa", "day_su")


class PhrasebookError(ValueError):
    pass


@dataclass(frozen=True)
class Phrasebook:
    code: str
    name: str            # in its own script: "العربية", "Türkçe"
    english_name: str
    direction: str       # "ltr" | "rtl"
    checked: bool        # checked by a native speaker (else: a draft)
    phrases: dict[str, str] = field(hash=False, compare=False)
    meta: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def draft(self) -> bool:
        return not self.checked

    @property
    def separator(self) -> str:
        """Between the items of a list: ", " — "، " in Arabic script, "፣ " in Tigrinya."""
        return self.meta.get("list_separator", ", ")

    def join(self, items: Iterable[str]) -> str:
        return self.separator.join(items)

    def date_text(self, iso: str) -> str:
        """A full or partial ISO date as this language writes it on a label: digits, day first
        (10-01-2022, 07-2023), or with the month in words where ``meta.months`` lists them."""
        parts = iso.split("-")
        months = self.meta.get("months")
        if months and len(parts) >= 2:
            words = [str(int(parts[2]))] if len(parts) == 3 else []
            return " ".join(words + [months[int(parts[1]) - 1], parts[0]])
        return "-".join(reversed(parts))

    def say(self, key: str, **args: str) -> str:
        """The phrase with its placeholders filled; values are kept left-to-right in RTL text."""
        text = self.phrases[key]

        def fill(m: re.Match) -> str:
            value = str(args[m.group(1)])
            return self.ltr(value) if m.group(1) in _LTR_ARGS else value

        return PLACEHOLDER.sub(fill, text)

    def ltr(self, value: str) -> str:
        """A name, number or address inside this language's text, kept left-to-right."""
        return f"{LRI}{value}{PDI}" if self.rtl and value else value

    def day(self, weekday: int) -> str:
        return self.phrases[_DAY_KEYS[weekday]]

    def language_name(self, code: str) -> str:
        return self.phrases.get(f"lang_{code}", code)


#: Placeholders whose value is a number, time, date, name, address or contact: kept
#: left-to-right inside right-to-left text.
_LTR_ARGS = {"time", "date", "place", "area", "phone", "value"}


def phrasebook_dir() -> Path:
    return resources() / "phrasebook"


def _load(path: Path) -> Phrasebook:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PhrasebookError(f"{path}: not valid TOML ({exc})") from None
    meta = data.get("meta", {})
    phrases = data.get("phrases", {})
    if meta.get("code") != path.stem:
        raise PhrasebookError(f"{path}: meta.code {meta.get('code')!r} differs from the file name")
    if meta.get("direction") not in ("ltr", "rtl"):
        raise PhrasebookError(f"{path}: meta.direction must be ltr or rtl")
    return Phrasebook(code=path.stem, name=meta.get("name", path.stem),
                      english_name=meta.get("english_name", path.stem),
                      direction=meta["direction"], checked=bool(meta.get("checked")),
                      phrases=dict(phrases), meta=dict(meta))


@lru_cache(maxsize=None)
def phrasebook(code: str) -> Phrasebook:
    path = phrasebook_dir() / f"{code}.toml"
    if not path.is_file():
        raise PhrasebookError(f"no phrasebook for language {code!r}")
    return _load(path)


def languages() -> list[Phrasebook]:
    """Every client language, in picker order (then any others, by code)."""
    codes = sorted(p.stem for p in phrasebook_dir().glob("*.toml"))
    ordered = [c for c in ORDER if c in codes] + [c for c in codes if c not in ORDER]
    return [phrasebook(c) for c in ordered]


def problems(reference: str = "en") -> list[str]:
    """Every phrasebook that lacks a phrase, has an extra one, or breaks a placeholder."""
    ref = phrasebook(reference)
    out = []
    for book in languages():
        missing = set(ref.phrases) - set(book.phrases)
        extra = set(book.phrases) - set(ref.phrases)
        for key in sorted(missing):
            out.append(f"{book.code}: missing phrase {key}")
        for key in sorted(extra):
            out.append(f"{book.code}: unknown phrase {key}")
        for key in sorted(set(ref.phrases) & set(book.phrases)):
            want = sorted(PLACEHOLDER.findall(ref.phrases[key]))
            got = sorted(PLACEHOLDER.findall(book.phrases[key]))
            if want != got:
                out.append(f"{book.code}: {key} has placeholders {got}, expected {want}")
            if not book.phrases[key].strip():
                out.append(f"{book.code}: {key} is empty")
    return out


def plain(text: str) -> str:
    """Text without the direction marks (for reading aloud and comparing)."""
    return text.replace(LRI, "").replace(PDI, "")


# ---------------------------------------------------------------------------------------------
# The view of one record


@dataclass(frozen=True)
class Line:
    """One fact: ``key`` says which (a phrase key), ``pictogram`` a file stem or None."""

    key: str
    text: str
    pictogram: str | None = None
    role: str = "fact"   # title | notice | fact | detail (a sub-line, e.g. a day's hours)


#: Lines that ask the client to call first: the next line names the number (or says there is
#: none, and what else there is).
CALL_FIRST = ("may_have_ended", "hours_unknown", "old_info")
#: Lines that ask the client to call: the phone line names the number; without one, a line
#: says there is none.
CALLING = ("kind_helpline", "kind_helpline_no_number", "call_hours_unknown", "access_phone")


def contact_line(view, book: Phrasebook, first: bool = True) -> Line | None:
    """The way to call: "Call first: 078 17 01 70." — or, with no number, "We do not know a
    phone number." with the e-mail, website or organisation when there is one. ``first=False``
    (a line that only says "call"): None when the record has a number (its phone line names it).
    """
    r = view.record
    if view.phones:
        if not first:
            return None
        return Line("call_first", book.say("call_first", phone=view.phones[0].display),
                    PICTOGRAMS["call_first"])
    for key, value in (("no_phone_email", r.email), ("no_phone_website", r.website),
                       ("no_phone_org", r.organization)):
        if value:
            return Line(key, book.say(key, value=value), PICTOGRAMS[key])
    return Line("no_phone", book.say("no_phone"), PICTOGRAMS["no_phone"])


def kind_line_key(view) -> str:
    """The phrase that says what kind of help a record is, from its facts: a helpline with a
    phone number says "call this number"; one without a number that is reached online (an
    online reporting point: Safeonweb, the FOD Economie's meldpunt) says it is on the internet
    and that you write, not call; any other helpline without a number says it is a help line
    (the line after it says there is no number, and who to ask)."""
    r = view.record
    if r.kind != "helpline" or view.phones:
        return f"kind_{r.kind}"
    if "online" in r.access:
        return "kind_helpline_online"
    return "kind_helpline_no_number"


def next_days(schedule, today: dt.date):
    """The seven days from today (rows of core.hours.week_table): what the client can still use."""
    from .hours import week_table

    return week_table(schedule, today, today=today)


def client_lines(view, lang: str, opening=None, week=None, closures=(),
                 today: dt.date | None = None) -> list[Line]:
    """The client view of one record, one fact per line, in ``lang``.

    ``view``: a catalogue ServiceView. ``opening``: core.opening.Opening at the moment shown
    (None: no status line). ``week``: day rows (:func:`next_days`; None: no hours table).
    ``closures``: [(date, Holiday)] the holidays ahead that close it.
    """
    book = phrasebook(lang)
    r = view.record
    out: list[Line] = []
    called = False   # a line already named the way to call

    def add(key: str, text: str, role: str = "fact", picto: str | None = "") -> None:
        nonlocal called
        out.append(Line(key, text, PICTOGRAMS.get(key) if picto == "" else picto, role))
        if called:
            return
        if key in CALL_FIRST or (key in CALLING and not view.phones):
            line = contact_line(view, book)
            out.append(line)
            called = True

    if book.draft:
        add("draft_notice", book.say("draft_notice"), "notice")
    add("name", book.ltr(r.name), "title", PICTOGRAMS[f"kind_{r.kind}"])
    if r.may_have_ended:
        # A client is never sent to an offer that may have ended without the way to check.
        if view.phones:
            add("may_have_ended", book.say("may_have_ended"), "notice")
        else:
            called = True   # the warning says there is no number; e-mail and website follow
            add("ended_no_phone", book.say("ended_no_phone"), "notice")
    kind_key = kind_line_key(view)
    add(kind_key, book.say(kind_key))
    # "this number is for…" only where there is a number (some languages say "call for")
    if kind_key == "kind_helpline" and view.topics:
        topics = [book.phrases[f"topic_{t}"] for t in view.topics if f"topic_{t}" in book.phrases]
        if topics:
            add("helpline_for", book.say("helpline_for", topics=book.join(topics)))

    online_only = kind_key == "kind_helpline_online"
    if opening is not None and not (online_only and opening.status.key == "unknown"):
        # (an online reporting point with no hours: there is nothing to say about when)
        key, text = status_line(book, opening)
        add(key, text)
    if week is not None and not all(row.unknown for row in week):
        add("opening_hours", book.say("opening_hours"))
        for row in week:
            if row.holiday is not None:
                times = f"{book.say('closed')} ({holiday_name(row.holiday, lang)})"
            elif row.unknown or not row.windows:
                times = book.say("closed")
            else:
                from .opening import window_text

                times = book.ltr(window_text(row.windows))
            add("hours_day", f"{book.day(row.weekday)}: {times}", "detail", None)
    if closures:
        add("holidays_closed", book.say("holidays_closed"))
        for d, holiday in closures:
            add("holiday_day", f"{book.ltr(d.strftime('%d-%m'))} {holiday_name(holiday, lang)}",
                "detail", None)

    # Where it is: the facts of core/where.py (one place decides them), in the client's words
    where = where_facts(view)
    for loc in where.locations:
        if loc.street_known:
            add("address", book.say("address") + " " + book.ltr(
                f"{loc.street_line}, {loc.place_line}"))
    # Places without a street, said once: "We do not know the street. It is in A, B, C."
    unknown = [loc.place_line for loc in where.locations if not loc.street_known]
    if unknown:
        add("address_unknown", book.say("address_unknown", place=book.join(unknown)))
    if where.areas and not where.locations:
        add("serves_area", book.say("serves_area", area=", ".join(where.areas)))
    for ph in view.phones:
        add("phone", book.say("phone") + " " + book.ltr(ph.display))

    cost = cost_kind(r)
    add(f"cost_{cost}", book.say(f"cost_{cost}"))
    for code in r.access:
        add(f"access_{code}", book.say(f"access_{code}"))
    if r.to_bring:
        add("bring", book.say("bring"))
        for code in r.to_bring:
            add(f"bring_{code}", book.say(f"bring_{code}"), "detail")
    if r.languages:
        names = book.join(book.language_name(c) for c in r.languages)
        add("languages_spoken", book.say("languages_spoken", languages=names))
    else:
        add("languages_unknown", book.say("languages_unknown"))
    if any(loc.accessibility == "wheelchair" for loc in view.locations):
        add("wheelchair", book.say("wheelchair"))
    if r.website:
        add("website", book.say("website") + " " + book.ltr(r.website))
    if r.email:
        add("email", book.say("email") + " " + book.ltr(r.email))

    stale = view.is_stale(today)
    if view.assured() is None:
        add("last_checked_unknown", book.say("last_checked_unknown"))
    else:
        add("last_checked", book.say("last_checked", date=book.date_text(r.assured_date)),
            picto="warning" if stale else "")
    if stale:
        add("old_info", book.say("old_info"))
    return out


#: How sources say a phone line costs what a normal call costs (not free, no extra charge).
_CALL_RATE = ("normaal tarief", "gewoon tarief", "regulier nummer", "zonder bijkomende kost",
              "tarif normal", "prix d'un appel normal")


def cost_kind(record) -> str:
    """free | call (a phone line at the normal rate) | paid | unknown — from the cost as stated.

    A cost that is partly free ("gratis (printen betalend)", "meestal geen inschrijvingsgeld")
    counts as unknown: the client is told to ask, never that it is free or that it is not.
    """
    if record.is_free:
        return "free"
    text = record.cost.strip().lower()
    if not text:
        return "unknown"
    if record.kind == "helpline" and any(words in text for words in _CALL_RATE):
        return "call"
    if any(word in text for word in ("gratis", "geen", "free", "gratuit")):
        return "unknown"   # partly free ("gratis (printen betalend)"): the client should ask
    return "paid"


def holiday_name(holiday, lang: str) -> str:
    """The day's name in the client's language: every phrasebook names the Belgian legal
    holidays and community days itself (``holiday_<key>``); school days off are "school
    holiday", a site's own closure "closed that day"."""
    book = phrasebook(lang)
    return book.phrases.get(f"holiday_{holiday.key}") or book.phrases["holiday_other"]


def status_line(book: Phrasebook, opening) -> tuple[str, str]:
    """(key, text): the open-now line in the client's words (calling words for a phone line).

    The key is ``status``, or ``hours_unknown`` / ``call_hours_unknown`` when the hours are not
    known (the line after it then says how to call)."""
    st, phone = opening.status, opening.phone
    a = st.args
    key = st.key
    if key == "unknown":
        k = "call_hours_unknown" if phone else "hours_unknown"
        return k, book.say(k)
    if key == "open_24h":
        text = book.say("call_24h" if phone else "open_24h")
    elif key == "open_now":
        text = book.say("call_now" if phone else "open_now")
    elif key == "closes_soon":
        # "closes soon, at 16:30": no number of minutes, so no language needs plural forms
        text = book.say("call_until" if phone else "closes_soon", time=a["time"])
    elif key == "open_closes_at":
        text = book.say("call_until" if phone else "open_until", time=a["time"])
    elif key == "opens_today_at":
        text = book.say("call_from" if phone else "opens_today", time=a["time"])
    elif key == "next_open":
        text = book.say("call_on" if phone else "next_open", day=book.day(a["weekday"]),
                        time=a["time"])
    elif key == "closed_holiday":
        name = holiday_name(a["holiday"], book.code)
        text = book.say("cannot_call_holiday" if phone else "closed_holiday", holiday=name)
    else:
        text = book.say("closed_no_next")
    return "status", text


def status_text(book: Phrasebook, opening) -> str:
    """The open-now line's text (see :func:`status_line`)."""
    return status_line(book, opening)[1]


def as_text(lines: Iterable[Line]) -> str:
    """Lines as plain text, one per line (detail lines indented)."""
    return "".join(("  " if ln.role == "detail" else "") + ln.text + "\n" for ln in lines)


def lines_for(catalogue, ident: str, lang: str, when: dt.datetime) -> list[Line]:
    """The client view of a catalogue record at a moment: status, week, closures, facts.

    The window, ``einclusie show --lang`` and the handout all call this, so they say the same.
    A 24/7 line gets no week table (its status says "day and night").
    """
    from .opening import upcoming_closures

    view = catalogue.service(ident)
    schedule = catalogue.schedule(view.id)
    today = when.date()
    week = None if (schedule.unknown or schedule.always_open) else next_days(schedule, today)
    closures = () if schedule.unknown else upcoming_closures(schedule, today)
    return client_lines(view, lang, catalogue.opening(view.id, when), week, closures, today)
