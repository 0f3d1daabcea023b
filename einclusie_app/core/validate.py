"""Field checks in plain words, for the editing window (as you type), the importers and the store.

Every check is a small pure function that takes what the maintainer typed and returns ``None``
(fine) or an :class:`Issue`: a stable ``code`` (for translations: the window looks the code up
and shows its own words, with ``args`` filled in) and an English ``message`` that says what is
wrong in plain words. Empty input is fine for optional fields; :func:`check_name` says when a
required one is empty.

:func:`validate_record` runs everything on a whole :class:`~.record.Record`: the structural
checks of :func:`.record.check_record` plus the checks that need more than the record (a phone
number that cannot be Belgian, a postcode the gazetteer does not know, a postcode that is not in
the municipality named, a malformed web or e-mail address, a last-checked date in the future).
It returns :class:`~.record.Problem` values (where, field, reason) as every importer reports them.

Pure Python; no Qt, no network. The gazetteer checks take a :class:`~.gazetteer.Gazetteer`
(``Catalogue.gazetteer``); the program has one in memory, so they are fast enough to run on every
key press.

Issue codes (stable; the window translates them): ``required``, ``phone.empty``,
``phone.invalid``, ``postcode.format``, ``postcode.unknown``, ``place.missing``, ``place.unknown``,
``coordinates.pair``, ``coordinates.number``, ``coordinates.latitude``, ``coordinates.longitude``,
``coordinates.outside``, ``url.space``, ``url.email``, ``url.format``, ``url.scheme``,
``url.host``, ``email.space``, ``email.format``, ``hours.invalid``, ``date.format``,
``date.invalid``, ``date.future``, ``time.format``, ``exception.times``, ``code.unknown``,
``code.twice``, ``language.format``, ``area.format``, ``area.unknown``, ``text.control``,
``text.bidi``, ``text.surrogate``, ``text.length``.

:class:`ReadResult` is what every importer returns (records, where each came from, the problems
of reading); :func:`check_read` checks all of it and reports in the file's own words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field as dc_field, replace
from typing import Any, Iterable, Sequence

from . import vocab
from .record import (
    AREA_RE, DATE_RE, ID_RE, LANG_RE, POSTCODE_RE, TIME_RE, HoursException, Location, Phone,
    Problem, Record, Source, valid_date,
)

__all__ = [
    "Issue", "BELGIUM_BOUNDS", "check_name", "check_phone", "check_postcode", "check_place",
    "check_location", "check_coordinates", "check_url", "check_email", "check_hours",
    "check_date", "check_assured_date", "check_time", "check_exception", "check_codes",
    "check_language", "check_area", "structural_issues", "record_issues", "validate_record",
    "validate_records", "web_url", "ReadResult", "check_read", "lenient_record", "check_text",
    "check_text_fields",
]

#: (south, north, west, east): the box the catalogue accepts coordinates in (as record.py).
BELGIUM_BOUNDS = (49.4, 51.6, 2.4, 6.5)


@dataclass(frozen=True)
class Issue:
    """One thing wrong with one field: a stable ``code``, plain English, and the values used.

    ``field`` is the record field path (``"phones[0].number"``) when the check knows it.
    """

    code: str
    message: str
    field: str = ""
    args: dict[str, Any] = dc_field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return self.message

    def problem(self, where: str = "") -> Problem:
        return Problem(where, self.field, self.message)


def _issue(code: str, message: str, fld: str = "", **args: Any) -> Issue:
    return Issue(code, message, fld, dict(args))


# ---------------------------------------------------------------------------------------------
# Text fields


def check_name(text: str, fld: str = "name") -> Issue | None:
    """A required text: empty (or only spaces) is refused."""
    if not (text or "").strip():
        return _issue("required", "is required: it cannot be empty", fld)
    return None


def check_phone(text: str, fld: str = "number") -> Issue | None:
    """A Belgian phone number as printed; short numbers (1700, 106, 102, 116000) count."""
    from .phones import PhoneError, parse_phone

    if not (text or "").strip():
        return _issue("phone.empty", "the phone number is empty", fld)
    try:
        parse_phone(text)
    except PhoneError as exc:
        return _issue("phone.invalid", f"{exc}", fld, value=text.strip())
    return None


_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_HOST_RE = re.compile(rf"^(?:{_LABEL}\.)+(?:[a-z]{{2,63}}|xn--[a-z0-9-]{{1,59}})$")
_URL_RE = re.compile(r"^(?:(?P<scheme>[a-z][a-z0-9+.-]*):(?://)?)?(?P<host>[^/?#:@]+)"
                     r"(?::(?P<port>\d{1,5}))?(?P<rest>[/?#].*)?$", re.IGNORECASE)
_LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")


def _host_ok(host: str) -> bool:
    return bool(_HOST_RE.match(host.lower()))


def check_url(text: str, fld: str = "website") -> Issue | None:
    """A web address: ``www.gemeente.be``, ``https://gemeente.be/digipunt``. Empty is fine."""
    t = (text or "").strip()
    if not t:
        return None
    if any(ch.isspace() for ch in t):
        return _issue("url.space", f"{t!r} contains a space; a web address has none", fld, value=t)
    if "@" in t and "/" not in t:
        return _issue("url.email", f"{t!r} looks like an e-mail address, not a web address",
                      fld, value=t)
    m = _URL_RE.match(t)
    if not m:
        return _issue("url.format", f"{t!r} is not a web address (like www.gemeente.be)",
                      fld, value=t)
    scheme = (m["scheme"] or "").lower()
    if scheme and scheme not in ("http", "https"):
        return _issue("url.scheme", f"{t!r} is not a web address: it must start with "
                                    "http://, https:// or the site's name", fld, value=t)
    if scheme and not t.lower().startswith(scheme + "://"):
        return _issue("url.format", f"{t!r} is not a web address (write {scheme}://…)",
                      fld, value=t)
    if not _host_ok(m["host"]):
        return _issue("url.host", f"{t!r} is not a web address: {m['host']!r} is not a site "
                                  "name (like www.gemeente.be)", fld, value=t)
    return None


def web_url(text: str) -> str:
    """A web address as a full URL: ``www.torhout.be`` → ``http://www.torhout.be``.

    A bare site name means ``http://`` (what a browser does with it; an https site redirects
    there), so no scheme is guessed beyond that. Empty stays empty."""
    t = (text or "").strip()
    if not t or re.match(r"^[a-z][a-z0-9+.-]*://", t, re.IGNORECASE):
        return t
    return "http://" + t


def check_email(text: str, fld: str = "email") -> Issue | None:
    """An e-mail address: ``naam@gemeente.be``. Empty is fine."""
    t = (text or "").strip()
    if not t:
        return None
    if any(ch.isspace() for ch in t):
        return _issue("email.space", f"{t!r} contains a space; an e-mail address has none",
                      fld, value=t)
    local, at, host = t.rpartition("@")
    if not at or not local:
        return _issue("email.format", f"{t!r} is not an e-mail address (like naam@gemeente.be)",
                      fld, value=t)
    if not _LOCAL_RE.match(local) or not _host_ok(host):
        return _issue("email.format", f"{t!r} is not an e-mail address (like naam@gemeente.be)",
                      fld, value=t)
    return None


# ---------------------------------------------------------------------------------------------
# Places


def check_postcode(text: str, gazetteer=None, fld: str = "postcode") -> Issue | None:
    """Four digits, and (with a gazetteer) a postcode that exists. Empty is fine."""
    t = (text or "").strip()
    if not t:
        return None
    if not POSTCODE_RE.match(t):
        return _issue("postcode.format", f"{t!r} is not a Belgian postcode (four digits)",
                      fld, value=t)
    if gazetteer is not None:
        res = gazetteer.resolve(t)
        places = [res.place] if res.place is not None else list(res.choices)
        if not any(p.postcode == t for p in places):
            hint = f" (close: {', '.join(res.suggestions[:3])})" if res.suggestions else ""
            return _issue("postcode.unknown", f"postcode {t} does not exist{hint}", fld, value=t)
    return None


def check_place(postcode: str, municipality: str, gazetteer, fld: str = "") -> Issue | None:
    """The postcode and the place name point to exactly one known place (as the build needs)."""
    from .gazetteer import GazetteerError

    pc, name = (postcode or "").strip(), (municipality or "").strip()
    if not pc and not name:
        return _issue("place.missing", "needs a postcode or a municipality", fld)
    try:
        gazetteer.locate(pc or None, name or None)
    except GazetteerError as exc:
        # the gazetteer's facts too (reason, owners, ...): a window words them itself
        return _issue("place.unknown", str(exc), fld, postcode=pc, municipality=name,
                      reason=exc.code, **{k: v for k, v in exc.facts.items()
                                          if k not in ("postcode", "name")})
    return None


def check_coordinates(latitude: Any, longitude: Any, fld: str = "") -> Issue | None:
    """Both or neither; numbers; inside Belgium. ``None``/``""`` means not given."""
    lat_given = latitude not in (None, "")
    lon_given = longitude not in (None, "")
    if not lat_given and not lon_given:
        return None
    lat_fld = f"{fld}.latitude" if fld else "latitude"
    lon_fld = f"{fld}.longitude" if fld else "longitude"
    if lat_given != lon_given:
        return _issue("coordinates.pair", "latitude and longitude go together: give both or "
                                          "neither", lon_fld if lat_given else lat_fld)
    values = []
    for value, name in ((latitude, lat_fld), (longitude, lon_fld)):
        try:
            if isinstance(value, bool):
                raise ValueError
            number = float(str(value).replace(",", "."))
            if number != number:  # NaN
                raise ValueError
        except ValueError:
            return _issue("coordinates.number", f"{value!r} is not a number (like 51.0656)",
                          name, value=value)
        values.append(number)
    lat, lon = values
    if not (-90 <= lat <= 90):
        return _issue("coordinates.latitude", f"latitude {lat:g} does not exist (it lies "
                                              "between -90 and 90)", lat_fld, value=lat)
    if not (-180 <= lon <= 180):
        return _issue("coordinates.longitude", f"longitude {lon:g} does not exist (it lies "
                                               "between -180 and 180)", lon_fld, value=lon)
    south, north, west, east = BELGIUM_BOUNDS
    if not (south <= lat <= north and west <= lon <= east):
        return _issue("coordinates.outside", f"({lat:g}, {lon:g}) is not in Belgium (latitude "
                                             f"{south}–{north}, longitude {west}–{east})",
                      lat_fld if not (south <= lat <= north) else lon_fld,
                      latitude=lat, longitude=lon)
    return None


def check_location(loc: Location, gazetteer=None, fld: str = "location") -> list[Issue]:
    """Every issue of one location: postcode, place, coordinates."""
    out: list[Issue] = []
    pc_issue = check_postcode(loc.postcode, gazetteer, f"{fld}.postcode")
    if pc_issue:
        out.append(pc_issue)
    coord = check_coordinates(loc.latitude, loc.longitude, fld)
    if coord:
        out.append(coord)
    if not pc_issue:
        if not (loc.postcode or loc.municipality):
            if loc.latitude is None:
                out.append(_issue("place.missing", "needs a postcode, a municipality or "
                                                   "coordinates", fld))
        elif gazetteer is not None:
            place = check_place(loc.postcode, loc.municipality, gazetteer, fld)
            if place:
                out.append(place)
    return out


def check_area(code: str, gazetteer=None, fld: str = "service_area") -> Issue | None:
    """A service-area code: ``be``, ``region:flanders``, ``province:Limburg``,
    ``municipality:Gent``."""
    from .gazetteer import GazetteerError

    t = (code or "").strip()
    if not AREA_RE.match(t):
        return _issue("area.format", f"{t!r} is not a service area (be, region:flanders, "
                                     "province:<name>, municipality:<name>)", fld, value=t)
    if gazetteer is not None:
        try:
            gazetteer.check_area(t)
        except GazetteerError as exc:
            return _issue("area.unknown", str(exc), fld, value=t)
    return None


# ---------------------------------------------------------------------------------------------
# Hours and dates


def check_hours(text: str, fld: str = "hours") -> Issue | None:
    """The weekly form ``Mo 09:00-12:00,13:00-17:00; We 14:00-16:00`` makes sense. Empty is fine."""
    from .hours import HoursError, parse_weekly

    t = (text or "").strip()
    if not t:
        return None
    try:
        parse_weekly(t)
    except HoursError as exc:
        part = f"in {exc.part!r}: " if exc.part and exc.part != t else ""
        return _issue("hours.invalid", f"{part}{exc.reason}", fld, value=t, part=exc.part)
    return None


def check_date(text: str, fld: str = "date", *, partial: bool = True) -> Issue | None:
    """A date that exists: ``2025-03-14`` (or ``2025-03`` / ``2025`` when ``partial``)."""
    t = (text or "").strip()
    if not t:
        return None
    form = "YYYY-MM-DD, YYYY-MM or YYYY" if partial else "YYYY-MM-DD"
    if not DATE_RE.match(t) or (not partial and len(t) != 10):
        return _issue("date.format", f"{t!r} is not a date ({form})", fld, value=t)
    if not valid_date(t):
        return _issue("date.invalid", f"{t!r} does not exist", fld, value=t)
    return None


def check_assured_date(text: str, today: dt.date | None = None,
                       fld: str = "assured_date") -> Issue | None:
    """The last-checked date: a date, and not in the future."""
    issue = check_date(text, fld)
    if issue or not (text or "").strip():
        return issue
    today = today or dt.date.today()
    if text.strip() > today.isoformat()[: len(text.strip())]:
        return _issue("date.future", f"{text.strip()} is in the future; a record cannot have "
                                     "been checked later than today", fld, value=text.strip())
    return None


def check_time(text: str, fld: str = "time") -> Issue | None:
    t = (text or "").strip()
    if t and not TIME_RE.match(t):
        return _issue("time.format", f"{t!r} is not a time (HH:MM, like 09:30)", fld, value=t)
    return None


def check_exception(date: str, opens: str = "", closes: str = "",
                    fld: str = "hours_exception") -> list[Issue]:
    """A dated exception: a full date; both times (an extra session) or none (closed)."""
    out = [i for i in (check_date(date, f"{fld}.date", partial=False),
                       check_time(opens, f"{fld}.opens"), check_time(closes, f"{fld}.closes"))
           if i]
    if not (date or "").strip():
        out.insert(0, _issue("required", "a dated exception needs its date (YYYY-MM-DD)",
                             f"{fld}.date"))
    if bool((opens or "").strip()) != bool((closes or "").strip()):
        out.append(_issue("exception.times", "an extra session needs both an opening and a "
                                             "closing time; leave both empty for closed", fld))
    elif opens and closes and not out:
        from .hours import DateException, HoursError

        try:
            DateException(dt.date.fromisoformat(date.strip()), opens.strip(), closes.strip())
        except HoursError as exc:
            out.append(_issue("exception.times", exc.reason, fld))
    return out


# ---------------------------------------------------------------------------------------------
# Codes


_CODE_LISTS = {"kinds": vocab.KINDS, "access": vocab.ACCESS, "to_bring": vocab.TO_BRING,
               "status": vocab.STATUSES}


def check_codes(fld: str, values: Iterable[str]) -> list[Issue]:
    """Codes of ``kinds``, ``access``, ``to_bring`` or ``status``: each one known, none twice."""
    known = _CODE_LISTS[fld]
    out, seen = [], set()
    for v in values:
        if v not in known:
            out.append(_issue("code.unknown", f"unknown {fld} code {v!r} (one of "
                                              f"{', '.join(known)})", fld, value=v))
        elif v in seen:
            out.append(_issue("code.twice", f"{v!r} is listed twice", fld, value=v))
        seen.add(v)
    return out


def check_language(code: str, fld: str = "languages") -> Issue | None:
    t = (code or "").strip()
    if not LANG_RE.match(t):
        return _issue("language.format", f"{t!r} is not a language code (ISO 639, like nl, "
                                         "fr, ar)", fld, value=t)
    return None


# ---------------------------------------------------------------------------------------------
# A whole record


def structural_issues(r: Record) -> list[Issue]:
    """Every structural problem of a record (codes, dates, slugs, coordinates): what a record
    must be whatever the gazetteer says. :func:`.record.check_record` is these, as Problems."""
    out: list[Issue] = []

    def bad(code: str, fld: str, message: str, **args: Any) -> None:
        out.append(_issue(code, message, fld, **args))

    if not r.id:
        bad("required", "id", "is required")
    elif not ID_RE.match(r.id):
        bad("id.format", "id", f"{r.id!r} is not a short slug (a-z, 0-9 and -)", value=r.id)
    for alias in r.aliases:
        if not ID_RE.match(alias):
            bad("alias.format", "aliases", f"{alias!r} is not a short slug", value=alias)
    for k in r.kinds:
        if k not in vocab.KINDS:
            bad("code.unknown", "kinds", f"unknown kind {k!r} (one of {', '.join(vocab.KINDS)})",
                value=k)
    if len(set(r.kinds)) != len(r.kinds):
        bad("code.twice", "kinds", "a kind is listed twice")
    for a in r.access:
        if a not in vocab.ACCESS:
            bad("code.unknown", "access",
                f"unknown access {a!r} (one of {', '.join(vocab.ACCESS)})", value=a)
    for b in r.to_bring:
        if b not in vocab.TO_BRING:
            bad("code.unknown", "to_bring",
                f"unknown item {b!r} (one of {', '.join(vocab.TO_BRING)})", value=b)
    for lang in r.languages:
        if not LANG_RE.match(lang):
            bad("language.format", "languages", f"{lang!r} is not an ISO 639 language code",
                value=lang)
    if r.status not in vocab.STATUSES:
        bad("code.unknown", "status",
            f"unknown status {r.status!r} (one of {', '.join(vocab.STATUSES)})", value=r.status)
    for area in r.service_area:
        if not AREA_RE.match(area):
            bad("area.format", "service_area",
                f"{area!r} is not be, region:…, province:… or municipality:…", value=area)
    if r.hours:
        from .hours import HoursError, parse_weekly

        try:
            parse_weekly(r.hours)
        except HoursError as exc:
            bad("hours.invalid", "hours", f"{r.hours!r}: {exc}", value=r.hours, part=exc.part)
    if r.closed_school_holidays not in ("", *vocab.SCHOOL_CALENDARS):
        bad("school.unknown", "closed_school_holidays",
            f"{r.closed_school_holidays!r} is not one of {', '.join(vocab.SCHOOL_CALENDARS)}",
            value=r.closed_school_holidays)
    for i, ex in enumerate(r.hours_exceptions):
        out.extend(check_exception(ex.date, ex.opens, ex.closes, f"hours_exceptions[{i}]"))
    if r.assured_date and not valid_date(r.assured_date):
        bad("date.format" if not DATE_RE.match(r.assured_date) else "date.invalid",
            "assured_date",
            f"{r.assured_date!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
            value=r.assured_date)
    for i, loc in enumerate(r.locations):
        p = f"locations[{i}]"
        if loc.postcode and not POSTCODE_RE.match(loc.postcode):
            bad("postcode.format", f"{p}.postcode",
                f"{loc.postcode!r} is not a 4-digit Belgian postcode", value=loc.postcode)
        if not (loc.postcode or loc.municipality or loc.latitude is not None):
            bad("place.missing", p, "needs a postcode, a municipality or coordinates")
        if (loc.latitude is None) != (loc.longitude is None):
            bad("coordinates.pair", p, "latitude and longitude go together")
        if loc.latitude is not None and loc.longitude is not None:
            south, north, west, east = BELGIUM_BOUNDS
            if not (south <= loc.latitude <= north and west <= loc.longitude <= east):
                bad("coordinates.outside", p,
                    f"({loc.latitude}, {loc.longitude}) is not in Belgium",
                    latitude=loc.latitude, longitude=loc.longitude)
    for i, ph in enumerate(r.phones):
        if not ph.number:
            bad("phone.empty", f"phones[{i}].number", "is required")
    if not r.sources:
        bad("sources.none", "sources", "every record needs at least one source")
    for i, src in enumerate(r.sources):
        p = f"sources[{i}]"
        if not src.url:
            bad("required", f"{p}.url", "is required")
        if src.date and not valid_date(src.date):
            bad("date.format" if not DATE_RE.match(src.date) else "date.invalid", f"{p}.date",
                f"{src.date!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", value=src.date)
        if src.confidence not in vocab.CONFIDENCE:
            bad("confidence.unknown", f"{p}.confidence",
                f"must be one of {', '.join(vocab.CONFIDENCE)}", value=src.confidence)
    return out


def record_issues(record: Record, gazetteer=None, today: dt.date | None = None) -> list[Issue]:
    """Every problem of a record, as Issues (a code each, for the window's own words): THE rules
    the editor, the importers, the command line and the store all ask.

    The structural checks (:func:`structural_issues`), then: readable text
    (:func:`check_text_fields`), name and kind present, every
    phone a Belgian number, web and e-mail addresses well formed, the last-checked date not in
    the future, and (with a gazetteer) every location a known place and every service area a
    known area. A field already refused by the structural checks is not reported twice.
    Whether an id is free is the session's to say (it knows the other records).
    """
    # Coordinates are checked here, field by field (the structural check would name only the
    # location); a location with nothing but coordinates keeps them for "needs a place".
    pointed = [(loc.latitude is not None or loc.longitude is not None)
               and bool(loc.postcode or loc.municipality) for loc in record.locations]
    if any(pointed):
        plain = [replace(loc, latitude=None, longitude=None) if p else loc
                 for loc, p in zip(record.locations, pointed)]
        out = structural_issues(replace(record, locations=plain))
    else:
        out = structural_issues(record)
    # text nobody can read right (control characters, hidden direction overrides, lone
    # surrogates, absurd lengths)
    extra: list[Issue] = list(check_text_fields(record))
    for i, loc in enumerate(record.locations):
        if loc.postcode or loc.municipality:
            issue = check_coordinates(loc.latitude, loc.longitude, f"locations[{i}]")
            if issue:
                extra.append(issue)
    flagged = {i.field for i in out} | {i.field for i in extra}
    issue = check_name(record.name, "name")
    if issue:
        extra.append(issue)
    if not record.kinds:
        extra.append(_issue("required", "needs at least one kind", "kinds"))
    for i, ph in enumerate(record.phones):
        if ph.number:
            issue = check_phone(ph.number, f"phones[{i}].number")
            if issue:
                extra.append(issue)
    for issue in (check_url(record.website), check_email(record.email)):
        if issue:
            extra.append(issue)
    if "assured_date" not in flagged:
        issue = check_assured_date(record.assured_date, today)
        if issue and issue.code == "date.future":
            extra.append(issue)
    for i, src in enumerate(record.sources):
        if src.url:
            issue = check_url(src.url, f"sources[{i}].url")
            if issue:
                extra.append(issue)
    if gazetteer is not None:
        for i, loc in enumerate(record.locations):
            p = f"locations[{i}]"
            if flagged & {p, f"{p}.postcode", f"{p}.municipality"}:
                continue
            extra.extend(i for i in check_location(loc, gazetteer, p)
                         if not i.code.startswith("coordinates."))
        if "service_area" not in flagged:
            for code in record.service_area:
                issue = check_area(code, gazetteer)
                if issue:
                    extra.append(issue)
    return out + extra


def validate_record(record: Record, gazetteer=None, where: str = "",
                    today: dt.date | None = None) -> list[Problem]:
    """:func:`record_issues` as Problems (where, field, reason), as every importer reports."""
    return [i.problem(where) for i in record_issues(record, gazetteer, today)]


def validate_records(records: Sequence[Record], gazetteer=None,
                     where_of=lambda r: r.id) -> list[Problem]:
    """:func:`validate_record` for each, plus ids and aliases used twice."""
    from .record import check_unique

    out: list[Problem] = []
    for r in records:
        out.extend(validate_record(r, gazetteer, where_of(r)))
    out.extend(check_unique(records))
    return out


# ---------------------------------------------------------------------------------------------
# What an importer read


@dataclass
class ReadResult:
    """Records read from one file, with where each came from, and the problems found reading.

    ``wheres[i]``: where record ``i`` is in the file (``"aanbod.csv row 3"``,
    ``"services.json $[2]"``). ``fields[i]``: record field path → ``(where, field in the
    file)``, so that a problem found later on the record ("phones[1].number") is reported in
    the file's own words ("aanbod.csv row 3: telefoon: …" or "phones.csv row 7: number: …").
    """

    records: list[Record] = dc_field(default_factory=list)
    problems: list[Problem] = dc_field(default_factory=list)
    wheres: list[str] = dc_field(default_factory=list)
    fields: list[dict[str, tuple[str, str]]] = dc_field(default_factory=list)
    source: str = ""
    #: Paths (JSON) get the rest of a deeper field appended ("phones[0]" + ".number");
    #: spreadsheet columns do not (the column is the whole answer).
    append_rest: bool = True

    @classmethod
    def of(cls, records: Sequence[Record], source: str = "") -> "ReadResult":
        return cls(list(records), [], [r.id for r in records], [{} for _ in records], source)

    def add(self, record: Record, where: str, fields: dict[str, tuple[str, str]]) -> None:
        self.records.append(record)
        self.wheres.append(where)
        self.fields.append(fields)

    def locate(self, index: int, fld: str) -> tuple[str, str]:
        """``(where, field)`` in the file for a record field path, by its longest known prefix."""
        table = self.fields[index] if index < len(self.fields) else {}
        key = fld
        while key:
            if key in table:
                where, name = table[key]
                rest = fld[len(key):].lstrip(".")
                if rest and self.append_rest and not name.endswith(rest):
                    name = f"{name}.{rest}" if name else rest
                return where, name
            cut = max(key.rfind("."), key.rfind("["))
            key = key[:cut] if cut > 0 else ""
        return self.wheres[index] if index < len(self.wheres) else "", fld

    def relocate(self, index: int, problems: Iterable[Problem]) -> list[Problem]:
        out = []
        for p in problems:
            where, name = self.locate(index, p.field)
            out.append(Problem(where, name, p.reason))
        return out


def check_read(read: ReadResult, gazetteer=None, today: dt.date | None = None,
               progress=None) -> list[Problem]:
    """Every problem of what was read: the reader's, each record's (in the file's words), and
    ids or aliases used twice in the file. Empty: the file may be imported.

    A field the reader already refused (an unknown day name) is not reported again for what
    followed from it (no hours). ``progress(done, total)`` is called per record."""
    out = list(read.problems)
    told = {(p.where, p.field) for p in out}
    seen: dict[str, int] = {}
    total = len(read.records)
    for i, r in enumerate(read.records):
        if progress is not None:
            progress(i, total)
        for p in read.relocate(i, validate_record(r, gazetteer, "", today)):
            if (p.where, p.field) not in told:
                out.append(p)
                told.add((p.where, p.field))
        for n in [r.id, *r.aliases]:
            if n in seen and seen[n] != i:
                where, name = read.locate(i, "id" if n == r.id else "aliases")
                out.append(Problem(where, name, f"{n!r} is also used by "
                                                f"{read.wheres[seen[n]]}"))
            else:
                seen.setdefault(n, i)
    return sorted(out, key=lambda p: _natural(p.where))


# ---------------------------------------------------------------------------------------------
# Text a reader brings in: no control characters, no invisible direction overrides, no lone
# surrogates (they cannot even be stored), no text of absurd length.

#: Fields of several lines (a line break and a tab are fine there).
_LONG_TEXT = {"description", "alert", "audience", "hours_text", "cost", "sources.notes",
              "hours_exceptions.description"}
_URLS = {"website", "sources.url"}
#: Longest text accepted (the catalogue's longest is far below): one-line, web address, long.
TEXT_LIMITS = {"line": 300, "url": 2000, "long": 5000}
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str, fld: str, kind: str = "line") -> Issue | None:
    """One text field as a reader brought it in: ``kind`` is ``line`` (a name, an address),
    ``url`` or ``long`` (a description: line breaks and tabs allowed)."""
    if not text:
        return None
    m = _SURROGATE.search(text)
    if m:
        return _issue("text.surrogate", f"contains an invalid character (a lone surrogate "
                                        f"U+{ord(m[0]):04X}); it cannot be stored", fld,
                      char=f"U+{ord(m[0]):04X}")
    m = _BIDI.search(text)
    if m:
        return _issue("text.bidi", f"contains an invisible right-to-left or left-to-right "
                                   f"override (U+{ord(m[0]):04X}) that changes how the text is "
                                   "shown; remove it", fld, char=f"U+{ord(m[0]):04X}")
    m = (_CONTROL if kind == "long" else _LINE_CONTROL).search(text)
    if m:
        return _issue("text.control", f"contains a control character (U+{ord(m[0]):04X}) that "
                                      "cannot be shown; remove it", fld,
                      char=f"U+{ord(m[0]):04X}")
    limit = TEXT_LIMITS[kind]
    if len(text) > limit:
        return _issue("text.length", f"is {len(text):,} characters long, longer than {limit:,}: "
                                     "is this the right text?", fld, length=len(text),
                      limit=limit)
    return None


def check_text_fields(record: Record) -> list[Issue]:
    """:func:`check_text` for every text of a record (fields named as record paths:
    ``name``, ``phones[0].number``, ``topics``)."""
    out: list[Issue] = []

    def one(text: Any, fld: str, key: str) -> None:
        if isinstance(text, str):
            kind = "long" if key in _LONG_TEXT else "url" if key in _URLS else "line"
            issue = check_text(text, fld, kind)
            if issue:
                out.append(issue)

    for name in Record.__dataclass_fields__:
        value = getattr(record, name)
        if isinstance(value, str):
            one(value, name, name)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    one(item, name, name)
                elif hasattr(item, "__dict__"):
                    for part, text in item.__dict__.items():
                        one(text, f"{name}[{i}].{part}", f"{name}.{part}")
    return out


def _natural(text: str) -> list:
    """"f.csv row 10" after "f.csv row 9": digits compare as numbers."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]


_TABLE_TYPES = {"phones": Phone, "locations": Location, "sources": Source,
                "hours_exceptions": HoursException}


def lenient_record(data: dict[str, Any]) -> Record | None:
    """A :class:`Record` from plain data of the right types, WITHOUT any check; None when a key
    is unknown or a value has the wrong type (then :func:`.record.record_from_dict` says which).

    Readers use it so that a record with a wrong value is still checked for everything else:
    every problem of a file is reported at once."""
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in Record.__dataclass_fields__:
            return None
        cls = _TABLE_TYPES.get(key)
        if cls is None:
            kwargs[key] = value
            continue
        if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
            return None
        items = []
        for x in value:
            if set(x) - set(cls.__dataclass_fields__):
                return None
            for k, v in x.items():
                ok = (isinstance(v, (int, float)) and not isinstance(v, bool) or v is None) \
                    if k in ("latitude", "longitude") else isinstance(v, str)
                if not ok:
                    return None
            try:
                items.append(cls(**x))
            except TypeError:
                return None
        kwargs[key] = items
    try:
        record = Record(**kwargs)
    except TypeError:
        return None
    for name, f in Record.__dataclass_fields__.items():
        value = getattr(record, name)
        if name in _TABLE_TYPES:
            continue
        if name == "open_on_holidays":
            ok = value is None or isinstance(value, bool)
        elif f.type == "bool":
            ok = isinstance(value, bool)
        elif f.type == "list[str]":
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        elif f.type.startswith("dict"):
            ok = isinstance(value, dict)
        else:
            ok = isinstance(value, str)
        if not ok:
            return None
    return record
