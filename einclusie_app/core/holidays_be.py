"""Belgian holidays for the opening-hours engine: legal holidays, community days, school holidays.

Pure Python (no Qt). Three sources, kept apart because a site closes for different reasons:

* **Legal holidays** (``kind="legal"``): the ``holidays`` package, ``holidays.BE`` with its
  default ``public`` category. That is the ten legal holidays (Nieuwjaar, Paasmaandag, Dag van
  de Arbeid, O.L.H. Hemelvaart, Pinkstermaandag, 21 juli, 15 augustus, Allerheiligen,
  Wapenstilstand, Kerstmis) plus Easter Sunday and Whit Sunday, which the package also lists
  (they are Sundays; they only matter for a site that opens on Sundays). Names come from the
  package's own ``nl``, ``fr`` and ``en_US`` translations (a few names are respelled as in Belgian
  texts, see ``_NL_FIXES`` and ``_EN_FIXES``). Known for every year: it is the law, computed.
* **Community days** (``kind="community"``): 11 July (Flemish Community), 27 September
  (Fédération Wallonie-Bruxelles), 15 November (German-speaking Community). Not legal holidays;
  a site closes on them only when its schedule says so (``Schedule.community_holidays``).
* **School holidays** (``kind="school"``): explicit date ranges per community and school year in
  ``resources/calendar/school_holidays.toml`` (see ``resources/calendar/README.md`` for sources and what
  was verified). Outside the stored school years the answer is *unknown*
  (:meth:`HolidayCalendar.school_known` is False) -- the engine then says "unknown" rather than
  guess. :func:`school_ranges_from_package` recomputes the ranges from the ``holidays``
  package's rules; a test checks the data file against it.

Communities are named ``"flanders"``, ``"wallonia_brussels"`` and ``"german"`` for the
community days, and ``"flanders"``, ``"french"`` and ``"german"`` for the school calendars
(the education authority is the Community, not the region).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterable


from .paths import resources

LANGS = ("nl", "fr", "en")

#: The community days a schedule can close on (``Schedule.community_holidays``).
COMMUNITY_DAYS: dict[str, tuple[int, int, dict[str, str]]] = {
    "flanders": (7, 11, {
        "nl": "Feest van de Vlaamse Gemeenschap",
        "fr": "Fête de la Communauté flamande",
        "en": "Flemish Community Day",
    }),
    "wallonia_brussels": (9, 27, {
        "nl": "Feest van de Federatie Wallonië-Brussel",
        "fr": "Fête de la Fédération Wallonie-Bruxelles",
        "en": "Wallonia-Brussels Federation Day",
    }),
    "german": (11, 15, {
        "nl": "Feest van de Duitstalige Gemeenschap",
        "fr": "Fête de la Communauté germanophone",
        "en": "German-speaking Community Day",
    }),
}

#: The school calendars a schedule can follow (``Schedule.closed_school_holidays``), with the
#: ``holidays`` package's subdivision name for each.
SCHOOL_COMMUNITIES: dict[str, str] = {"flanders": "Flemish", "french": "French", "german": "German"}

# The package's names, in the spelling used in Belgium's own texts.
_NL_FIXES = {"O. L. H. Hemelvaart": "O.L.H. Hemelvaart", "O. L. V. Hemelvaart": "O.L.V. Hemelvaart"}
_EN_FIXES = {
    "Labor Day": "Labour Day",
    "Pentecost": "Whit Sunday",
    "Pentecost Monday": "Whit Monday",
    "National Day": "Belgian National Day",
}

#: ``resources/calendar/school_holidays.toml`` (in the checkout or the frozen bundle; without the
#: file every school question is unknown).
DEFAULT_SCHOOL_FILE = resources() / "calendar" / "school_holidays.toml"


#: The legal holidays' keys (``Holiday.key``), by their English name as shipped.
LEGAL_KEYS = {
    "New Year's Day": "new_year", "Easter Sunday": "easter", "Easter Monday": "easter_monday",
    "Labour Day": "labour_day", "Ascension Day": "ascension", "Whit Sunday": "whit_sunday",
    "Whit Monday": "whit_monday", "Belgian National Day": "national_day",
    "Assumption Day": "assumption", "All Saints' Day": "all_saints",
    "Armistice Day": "armistice", "Christmas Day": "christmas",
}


def legal_key(english_name: str) -> str:
    """The key of a legal holiday from its English name; "" for a name the list lacks."""
    return LEGAL_KEYS.get(english_name, "")


def _package():
    """The ``holidays`` package, imported on first use: its import alone costs ~150 ms."""
    import holidays

    return holidays


class HolidayDataError(ValueError):
    """The school-holiday data file is unusable; the message names the file and the entry."""


@dataclass(frozen=True)
class Holiday:
    """One day off, with its name in Dutch, French and English.

    ``kind`` is ``"legal"``, ``"community"``, ``"school"`` or ``"closure"`` (a dated closure of
    one site, made by the hours engine from a ``DateException``).
    """

    day: date
    kind: str
    nl: str
    fr: str
    en: str
    #: What the day is, for the client phrasebooks (``holiday_<key>``): a legal holiday's or
    #: community day's own key (``christmas``, ``flemish_community``), ``school`` for any
    #: school day off, ``closure`` for a dated closure; "" when unknown.
    key: str = field(default="", compare=False)

    def name(self, lang: str = "nl") -> str:
        """The name in ``"nl"``, ``"fr"`` or ``"en"``."""
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGS)})")
        return getattr(self, lang)

    def names(self) -> dict[str, str]:
        return {"nl": self.nl, "fr": self.fr, "en": self.en}


@dataclass(frozen=True)
class SchoolPeriod:
    """One community's school year in the data file: the days it covers and its days off."""

    community: str
    school_year: str
    first: date
    last: date
    source: str
    legal_basis: str
    checked: str
    ranges: tuple[tuple[str, date, date], ...]  # (name key, first day, last day), inclusive


class HolidayCalendar:
    """Legal holidays, community days and school holidays, with names in nl/fr/en.

    The engine (``einclusie_app.core.hours``) asks the lower-level questions --
    :meth:`legal_holiday`, :meth:`community_day`, :meth:`school_holiday` and
    :meth:`school_known` -- and applies each schedule's own flags. ``community_days`` and
    ``school`` given here only shape :meth:`holiday` / :meth:`holiday_name`, the "what is this
    day?" view for one office (e.g. a Flemish counter: ``HolidayCalendar({"flanders"},
    "flanders")``).

    ``school_file`` defaults to ``resources/calendar/school_holidays.toml``; a missing file means
    every school question is unknown. Instances are cheap; results are cached per year.
    """

    def __init__(self, community_days: Iterable[str] = (), school: str | None = None,
                 school_file: Path | None = DEFAULT_SCHOOL_FILE):
        self.community_days = frozenset(community_days)
        for c in self.community_days:
            if c not in COMMUNITY_DAYS:
                raise ValueError(f"unknown community day {c!r} (one of {', '.join(COMMUNITY_DAYS)})")
        if school is not None and school not in SCHOOL_COMMUNITIES:
            raise ValueError(f"unknown school calendar {school!r} "
                             f"(one of {', '.join(SCHOOL_COMMUNITIES)})")
        self.school = school
        self._legal: dict[int, dict[date, Holiday]] = {}
        self._periods: list[SchoolPeriod] = []
        self._school_days: dict[str, dict[date, Holiday]] = {c: {} for c in SCHOOL_COMMUNITIES}
        if school_file is not None and Path(school_file).exists():
            self._periods = load_school_file(Path(school_file))
            names = _load_names(Path(school_file))
            for p in self._periods:
                table = self._school_days[p.community]
                for key, first, last in p.ranges:
                    n = names[key]
                    d = first
                    while d <= last:
                        # A break wins over a single day inside it (O.L.H. Hemelvaart inside a
                        # French-community spring break is shown as the break).
                        if d not in table or first != last:
                            table[d] = Holiday(d, "school", n["nl"], n["fr"], n["en"], "school")
                        d += timedelta(days=1)

    # -- legal holidays -------------------------------------------------------------------

    def legal_holiday(self, d: date) -> Holiday | None:
        """The Belgian legal holiday on ``d`` (see the module notes), or None."""
        table = self._legal.get(d.year)
        if table is None:
            table = self._legal[d.year] = _legal_year(d.year)
        return table.get(d)

    def legal_holidays(self, year: int) -> list[Holiday]:
        """Every legal holiday of a year, in date order."""
        self.legal_holiday(date(year, 1, 1))
        return sorted(self._legal[year].values(), key=lambda h: h.day)

    # -- community days -------------------------------------------------------------------

    def community_day(self, d: date, communities: Iterable[str]) -> Holiday | None:
        """The community day on ``d`` among ``communities`` (keys of ``COMMUNITY_DAYS``)."""
        for c in communities:
            month, day, names = COMMUNITY_DAYS[c]
            if d.month == month and d.day == day:
                return Holiday(d, "community", names["nl"], names["fr"], names["en"],
                               f"{c}_community")
        return None

    # -- school holidays ------------------------------------------------------------------

    def school_known(self, d: date, community: str) -> bool:
        """Whether the data file covers ``d`` for that community's school calendar."""
        if community not in SCHOOL_COMMUNITIES:
            raise ValueError(f"unknown school calendar {community!r}")
        return any(p.community == community and p.first <= d <= p.last for p in self._periods)

    def school_holiday(self, d: date, community: str) -> Holiday | None:
        """The school day off on ``d`` for the community, or None (also when not known:
        check :meth:`school_known` first)."""
        if community not in SCHOOL_COMMUNITIES:
            raise ValueError(f"unknown school calendar {community!r}")
        return self._school_days[community].get(d)

    # -- the one-office view --------------------------------------------------------------

    def holiday(self, d: date) -> Holiday | None:
        """The legal holiday, else this calendar's community day, else its school holiday."""
        return (self.legal_holiday(d)
                or self.community_day(d, sorted(self.community_days))
                or (self.school_holiday(d, self.school) if self.school else None))

    def holiday_name(self, d: date, lang: str = "nl") -> str | None:
        h = self.holiday(d)
        return h.name(lang) if h else None


#: Years whose legal holidays ship in resources/calendar/legal_holidays.toml (generated from the
#: package by tools/make_legal_holidays.py); other years ask the package itself.
FIRST_YEAR, LAST_YEAR = 2024, 2040
LEGAL_FILE = resources() / "calendar" / "legal_holidays.toml"
_shipped: dict[int, dict[date, Holiday]] | None = None


def _legal_year(year: int) -> dict[date, Holiday]:
    """Belgium's legal holidays of a year: from the shipped file when it covers the year (no
    import of the package, which loads every country), else from the package."""
    global _shipped
    if _shipped is None:
        _shipped = {}
        if LEGAL_FILE.is_file():
            for item in _read_toml(LEGAL_FILE).get("holiday", []):
                d = item["date"]
                _shipped.setdefault(d.year, {})[d] = Holiday(d, "legal", item["nl"], item["fr"],
                                                             item["en"], legal_key(item["en"]))
    if year in _shipped:
        return dict(_shipped[year])
    return _package_year(year)


def _package_year(year: int) -> dict[date, Holiday]:
    by_lang = {
        lang: _package().country_holidays("BE", years=year, language=pkg_lang)
        for lang, pkg_lang in (("nl", "nl"), ("fr", "fr"), ("en", "en_US"))
    }
    out = {}
    for d in sorted(by_lang["nl"]):
        names = {lang: "; ".join(h.get_list(d)) for lang, h in by_lang.items()}
        nl = _NL_FIXES.get(names["nl"], names["nl"])
        en = _EN_FIXES.get(names["en"], names["en"])
        out[d] = Holiday(d, "legal", nl, names["fr"], en, legal_key(en))
    return out


_default: HolidayCalendar | None = None


def default_calendar() -> HolidayCalendar:
    """A shared calendar with the default data file (built on first use)."""
    global _default
    if _default is None:
        _default = HolidayCalendar()
    return _default


# -- the school-holiday data file ---------------------------------------------------------

def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise HolidayDataError(f"{path}: cannot read ({exc})") from None


def _load_names(path: Path) -> dict[str, dict[str, str]]:
    data = _read_toml(path)
    names = data.get("names")
    if not isinstance(names, dict):
        raise HolidayDataError(f"{path}: needs a [names] table")
    for key, n in names.items():
        if not isinstance(n, dict) or set(n) != set(LANGS) or not all(
                isinstance(v, str) and v for v in n.values()):
            raise HolidayDataError(f"{path}: names.{key} needs nl, fr and en")
    return names


def load_school_file(path: Path) -> list[SchoolPeriod]:
    """Read and check ``school_holidays.toml``; raises :class:`HolidayDataError`."""
    data = _read_toml(path)
    names = _load_names(path)
    if data.get("format") != 1:
        raise HolidayDataError(f"{path}: format must be 1")
    periods: list[SchoolPeriod] = []
    for i, p in enumerate(data.get("period", [])):
        where = f"{path}: period[{i}]"
        try:
            community = p["community"]
            first, last = p["first"], p["last"]
            raw_ranges = p["holidays"]
            source, checked = p["source"], p["checked"]
            school_year = p["school_year"]
        except (KeyError, TypeError) as exc:
            raise HolidayDataError(f"{where}: missing {exc}") from None
        if community not in SCHOOL_COMMUNITIES:
            raise HolidayDataError(f"{where}: unknown community {community!r}")
        if not (isinstance(first, date) and isinstance(last, date) and first <= last):
            raise HolidayDataError(f"{where}: first/last must be dates, first <= last")
        if not (isinstance(source, str) and source.startswith("https://")):
            raise HolidayDataError(f"{where}: source must be an https URL")
        ranges = []
        for j, r in enumerate(raw_ranges):
            rw = f"{where}.holidays[{j}]"
            if not isinstance(r, dict) or set(r) != {"name", "first", "last"}:
                raise HolidayDataError(f"{rw}: needs name, first and last")
            if r["name"] not in names:
                raise HolidayDataError(f"{rw}: unknown name {r['name']!r} (add it to [names])")
            a, b = r["first"], r["last"]
            if not (isinstance(a, date) and isinstance(b, date) and first <= a <= b <= last):
                raise HolidayDataError(f"{rw}: {a}..{b} is not inside {first}..{last}")
            ranges.append((r["name"], a, b))
        for other in periods:
            if other.community == community and not (last < other.first or other.last < first):
                raise HolidayDataError(f"{where}: overlaps {other.school_year} of {community}")
        periods.append(SchoolPeriod(community, str(school_year), first, last, source,
                                    str(p.get("legal_basis", "")), checked, tuple(ranges)))
    return periods


# -- recomputing the ranges from the holidays package (maintenance and tests) -------------

#: The package's Dutch school-holiday names, mapped to the keys of the data file's [names].
PACKAGE_SCHOOL_KEYS = {
    "Herfstvakantie": "autumn",
    "Kerstvakantie": "christmas",
    "Krokusvakantie": "carnival",
    "Paasvakantie": "easter",  # "spring" for the French Community (not tied to Easter since 2022)
    "Zomervakantie": "summer",
    "Dag van de Arbeid": "labour_day",
    "O. L. H. Hemelvaart": "ascension",
    "Vrijdag na O. L. H. Hemelvaart": "friday_after_ascension",
    "Pinkstermaandag": "whit_monday",
    "Wapenstilstand": "armistice",
    "Paasmaandag": "easter_monday",
    "Feestdag van de Franse Gemeenschap": "french_community_day",
    "Feestdag van de Duitstalige Gemeenschap": "german_community_day",
    "Allerzielen": "all_souls",
    "Vastenavond": "shrove_tuesday",
    "Brugdag": "bridge_day",
}


def school_ranges_from_package(community: str, first: date, last: date) -> list[tuple[str, date, date]]:
    """The school days off between ``first`` and ``last`` per the ``holidays`` package's rules,
    as ``(name key, first day, last day)`` runs, sorted. Used to write and to check the data file."""
    subdiv = SCHOOL_COMMUNITIES[community]
    h = _package().country_holidays("BE", subdiv=subdiv, categories=("school",),
                                       years=range(first.year, last.year + 1), language="nl")
    runs: dict[str, list[list[date]]] = {}
    d = first
    while d <= last:
        for n in h.get_list(d):
            if n not in PACKAGE_SCHOOL_KEYS:
                raise HolidayDataError(f"the holidays package has a new school holiday {n!r}")
            key = PACKAGE_SCHOOL_KEYS[n]
            if key == "easter" and community == "french":
                key = "spring"
            lst = runs.setdefault(key, [])
            if lst and lst[-1][1] + timedelta(days=1) == d:
                lst[-1][1] = d
            else:
                lst.append([d, d])
        d += timedelta(days=1)
    out = [(k, a, b) for k, lst in runs.items() for a, b in lst]
    return sorted(out, key=lambda r: (r[1], r[2], r[0]))
