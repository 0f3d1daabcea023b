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
first.
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

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
LRI, PDI = "\u2066", "\u2069"
#: Client languages in the order the "I speak…" picker shows them.
ORDER = ("nl", "nl_easy", "fr", "en", "de", "ar", "tr", "pl", "ro", "bg", "uk", "ru", "es", "fa",
         "ps", "ti", "so")
#: Languages with a holiday name of their own in the calendar; others get the Dutch name.
HOLIDAY_LANGS = {"nl": "nl", "nl_easy": "nl", "fr": "fr", "en": "en"}

#: Pictogram (file stem in resources/pictograms) for each kind of line.
PICTOGRAMS = {
    "kind_digipunt": "kind-digipunt", "kind_device_loan": "kind-device_loan",
    "kind_helpline": "kind-helpline", "kind_training": "kind-training",
    "status": "clock", "opening_hours": "calendar", "holidays_closed": "calendar",
    "address": "pin", "address_unknown": "pin", "serves_area": "pin",
    "phone": "phone", "website": "web", "email": "email",
    "cost_free": "money", "cost_paid": "money", "cost_call": "money", "cost_unknown": "money",
    "access_walk_in": "walk", "access_appointment": "appointment",
    "access_referral": "social-worker", "access_phone": "phone", "access_online": "online",
    "access_home_visit": "home",
    "bring": "bag", "bring_eid": "id-card", "bring_eid_pin": "pin-code",
    "bring_phone": "smartphone", "bring_laptop": "laptop", "bring_bank_card": "bank-card",
    "bring_letter": "letter", "bring_login": "key", "bring_proof_income": "document",
    "bring_referral_letter": "referral-letter",
    "languages_spoken": "speaking", "languages_unknown": "speaking",
    "wheelchair": "wheelchair",
    "last_checked": "checked", "last_checked_unknown": "checked", "old_info": "warning",
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

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def draft(self) -> bool:
        return not self.checked

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


#: Placeholders whose value is a number, time, date, name or place: never flipped.
_LTR_ARGS = {"time", "minutes", "date", "place", "area", "holiday"}


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
                      phrases=dict(phrases))


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


def client_lines(view, lang: str, opening=None, week=None, closures=(),
                 today: dt.date | None = None) -> list[Line]:
    """The client view of one record, one fact per line, in ``lang``.

    ``view``: a catalogue ServiceView. ``opening``: core.opening.Opening at the moment shown
    (None: no status line). ``week``: rows of core.opening.week_of (None: no hours table).
    ``closures``: [(date, Holiday)] the holidays ahead that close it.
    """
    book = phrasebook(lang)
    r = view.record
    out: list[Line] = []

    def add(key: str, text: str, role: str = "fact", picto: str | None = "") -> None:
        out.append(Line(key, text, PICTOGRAMS.get(key) if picto == "" else picto, role))

    if book.draft:
        add("draft_notice", book.say("draft_notice"), "notice")
    add("name", book.ltr(r.name), "title", PICTOGRAMS[f"kind_{r.kind}"])
    add(f"kind_{r.kind}", book.say(f"kind_{r.kind}"))

    if opening is not None:
        add("status", status_text(book, opening))
    if week is not None and not all(row.unknown for row in week):
        add("opening_hours", book.say("opening_hours"))
        for row in week:
            if row.holiday is not None or row.unknown or not row.windows:
                times = book.say("closed")
            else:
                from .opening import window_text

                times = book.ltr(window_text(row.windows))
            add("hours_day", f"{book.day(row.weekday)}: {times}", "detail", None)
    if closures:
        add("holidays_closed", book.say("holidays_closed"))
        for d, holiday in closures:
            add("holiday_day", f"{book.ltr(d.strftime('%d-%m-%Y'))} {holiday_name(holiday, lang)}",
                "detail", None)

    for loc in view.locations:
        if loc.address_known:
            add("address", book.say("address") + " " + book.ltr(
                f"{loc.street_line}, {loc.place_line}"))
        else:
            add("address_unknown", book.say("address_unknown", place=loc.place_line))
    if view.areas and not view.locations:
        add("serves_area", book.say("serves_area", area=", ".join(a.label for a in view.areas)))
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
        names = ", ".join(book.language_name(c) for c in r.languages)
        add("languages_spoken", book.say("languages_spoken", languages=names))
    else:
        add("languages_unknown", book.say("languages_unknown"))
    if any(loc.accessibility == "wheelchair" for loc in view.locations):
        add("wheelchair", book.say("wheelchair"))
    if r.website:
        add("website", book.say("website") + " " + book.ltr(r.website))
    if r.email:
        add("email", book.say("email") + " " + book.ltr(r.email))

    checked = view.assured()
    if checked is None:
        add("last_checked_unknown", book.say("last_checked_unknown"))
    else:
        add("last_checked", book.say("last_checked", date=_date_text(r.assured_date)))
    if view.is_stale(today):
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


def _date_text(iso: str) -> str:
    """A full or partial ISO date in digits, day first: 10-01-2022, 12-2023, 2023."""
    return "-".join(reversed(iso.split("-")))


def holiday_name(holiday, lang: str) -> str:
    return holiday.name(HOLIDAY_LANGS.get(lang, "nl"))


def status_text(book: Phrasebook, opening) -> str:
    """The open-now line in the client's words (calling words for a phone line)."""
    st, phone = opening.status, opening.phone
    a = st.args
    key = st.key
    if key == "unknown":
        return book.say("hours_unknown")
    if key in ("open_24h",):
        return book.say("call_24h" if phone else "open_24h")
    if key == "open_now":
        return book.say("call_now" if phone else "open_now")
    if key == "closes_soon":
        return book.say("closes_soon", minutes=str(a["minutes"]))
    if key == "open_closes_at":
        return book.say("call_until" if phone else "open_until", time=a["time"])
    if key == "opens_today_at":
        return book.say("call_from" if phone else "opens_today", time=a["time"])
    if key == "next_open":
        return book.say("call_on" if phone else "next_open", day=book.day(a["weekday"]),
                        time=a["time"])
    if key == "closed_holiday":
        name = holiday_name(a["holiday"], book.code)
        return book.say("cannot_call_holiday" if phone else "closed_holiday", holiday=name)
    return book.say("closed_no_next")


def as_text(lines: Iterable[Line]) -> str:
    """Lines as plain text, one per line (detail lines indented)."""
    return "".join(("  " if ln.role == "detail" else "") + ln.text + "\n" for ln in lines)


def lines_for(catalogue, ident: str, lang: str, when: dt.datetime) -> list[Line]:
    """The client view of a catalogue record at a moment: status, week, closures, facts.

    The window, ``einclusie show --lang`` and the handout all call this, so they say the same.
    A 24/7 line gets no week table (its status says "day and night").
    """
    from .opening import upcoming_closures, week_of

    view = catalogue.service(ident)
    schedule = catalogue.schedule(view.id)
    today = when.date()
    week = None if (schedule.unknown or schedule.always_open) else week_of(schedule, today)
    closures = () if schedule.unknown else upcoming_closures(schedule, today)
    return client_lines(view, lang, catalogue.opening(view.id, when), week, closures, today)
