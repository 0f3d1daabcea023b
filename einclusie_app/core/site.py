"""Per-site settings: ``site.toml`` next to the program (or ``--site`` / ``EINCLUSIE_SITE``).

Municipal IT writes one file per site. Every setting is declared ONCE below (:data:`SETTINGS`):
its key in the file, its kind (which gives its type), its default and what it does; the
:class:`Site` value the program passes around is derived from that declaration, and so are
the checks, the messages and the table in ``docs/site-settings.md`` (a test compares them).
The environment variables the program reads (:data:`ENVIRONMENT`) and the settings kept per
user on the PC (:data:`PER_USER`, Qt's QSettings) are declared here too, and read through
:func:`environment` and the declaration's key: nothing else names them.

A missing file means the defaults. A broken one never stops the program: it starts with the
defaults for what is wrong and says, once and plainly, what was wrong (file, line, key). A
UTF-8 byte-order mark (as old Notepad writes) is fine. Values are checked when the file is
read: an unknown client language, a logo file that is not there, a trusted key that is not a
key — each is said, and the rest of the file is used (one bad key never hides a good one).
What needs the catalogue or the disk at the moment of use (the home place, the local-store
folder) is checked when the catalogue is opened (core/session.py).

Where the program writes: the user's data folder (platformdirs), or the folder the site names
for the local store (e.g. a shared drive), or — in portable mode, when a file
``einclusie-portable.txt`` lies beside the program — a ``userdata`` folder beside it, for a USB
stick. The program folder itself is never written to.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field, make_dataclass
from pathlib import Path
from typing import Any, Callable

from . import vocab

SITE_FILE = "site.toml"
PORTABLE_MARKER = "einclusie-portable.txt"
APP_NAME = "einclusie-wegwijzer"
#: The distance around a place when nobody chose one (core/search.py's default too).
RADIUS_KM = 15.0


# ---------------------------------------------------------------------------------------------
# The declaration


#: What a setting's value is in the file, and what the program gets.
KINDS = {
    "text": "text in quotes",
    "number": "a number",
    "flag": "true or false",
    "texts": 'a list of texts in quotes, e.g. ["a", "b"]',
    "file": "a file name in quotes, relative to the site file",
    "folder": "a folder name in quotes, relative to the site file",
    "keys": "a list of public keys in quotes (base64, or .pub/.pem files beside the site file)",
}


@dataclass(frozen=True)
class Setting:
    """One setting of ``site.toml``: ``key`` ("section.name"), ``kind`` (:data:`KINDS`),
    ``default`` (as written in the file), ``help``, and an optional ``check`` of a value
    (returns the reason it is refused, or None)."""

    key: str
    kind: str
    default: Any
    help: str
    check: Callable[[Any, Path], str | None] | None = None

    @property
    def name(self) -> str:
        """The field of :class:`Site`."""
        return self.key.split(".")[1]

    @property
    def type_name(self) -> str:
        return KINDS[self.kind]

    def value(self, raw: Any, base: Path | None) -> Any:
        """The value the program uses for what the file says (``raw`` already checked)."""
        if self.kind in ("texts", "keys"):
            if self.kind == "keys" and base is not None:
                return tuple(_key_path(base, k) for k in raw)
            return tuple(raw)
        if self.kind in ("file", "folder"):
            return ((base / raw) if base is not None else Path(raw)) if raw else None
        if self.kind == "number":
            return float(raw)
        return raw


class SiteProblem(str):
    """What is wrong with the site file: the sentence in English (as the command line and the
    log say it), with ``code`` and ``args`` so that the window words it in the staff's
    language (gui/notices.py). A value check's reason is one too (``args["reason"]``)."""

    def __new__(cls, text: str, code: str, **args: Any) -> "SiteProblem":
        self = super().__new__(cls, text)
        self.code = code
        self.args = args
        return self


def _radius(value: float, _base: Path) -> str | None:
    return None if 0 < value <= 300 else SiteProblem("should be between 0 and 300 km", "radius")


def _community_days(value: list[str], _base: Path) -> str | None:
    bad = [v for v in value if v not in vocab.COMMUNITY_DAYS]
    if bad:
        return SiteProblem(f"has unknown community days {bad} (use "
                           f"{', '.join(vocab.COMMUNITY_DAYS)})", "community_days",
                           bad=", ".join(bad), known=", ".join(vocab.COMMUNITY_DAYS))
    return None


def _client_languages(value: list[str], _base: Path) -> str | None:
    known = client_language_codes()
    bad = [v for v in value if v not in known]
    if bad:
        return SiteProblem(f"has unknown client language codes {bad} (known: "
                           f"{', '.join(sorted(known))})", "client_languages",
                           bad=", ".join(bad), known=", ".join(sorted(known)))
    return None


def _logo(value: str, base: Path) -> str | None:
    if value and not (base / value).is_file():
        return SiteProblem(f"names {value!r}, but {base / value} is not there; the handout has "
                           "no logo", "logo", file=str(base / value))
    return None


#: Every setting, once: its key in site.toml, its kind, its default, what it does.
SETTINGS: tuple[Setting, ...] = (
    Setting("site.municipality", "text", "", "the municipality, shown in the window title"),
    Setting("site.counter", "text", "", "the counter's name, printed on every handout"),
    Setting("site.home", "text", "",
            "home place for distances: a postcode or a place name; the place field starts "
            "with it, and New client (Ctrl+N) or Esc bring it back"),
    Setting("site.radius_km", "number", RADIUS_KM,
            "default distance around the place, in km (0–300)", _radius),
    Setting("site.client_languages_first", "texts", [],
            'client language codes the "I speak…" picker shows first, e.g. ["ar", "tr", "fr"]',
            _client_languages),
    Setting("site.community_holidays", "texts", [],
            "community days that close local services: flanders (11 July), wallonia_brussels "
            "(27 September), german (15 November); phone lines keep their own calendar",
            _community_days),
    Setting("site.logo", "file", "", "an image (PNG/SVG) for the handout", _logo),
    Setting("site.maintainer_mode", "flag", True,
            "whether the maintainer menu (editing, imports, updates) is available"),
    Setting("catalogue.local_store", "folder", "",
            "folder of the local store (local additions and corrections), e.g. a shared drive "
            "for all counters of the municipality; it must exist. Default: each user's data "
            "folder"),
    Setting("catalogue.trusted_keys", "keys", [],
            "public keys whose signed catalogue updates this site accepts"),
)

_BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    return _BY_KEY[key]


_KIND_WORDS = {"text": "text", "number": "number", "flag": "true/false", "texts": "list of texts",
               "file": "file", "folder": "folder", "keys": "list of keys"}


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"'


def settings_table() -> str:
    """The Markdown table of every setting (docs/site-settings.md holds it; a test compares)."""
    rows = ["| setting | kind | default | what it does |", "| --- | --- | --- | --- |"]
    rows += [f"| `{s.key}` | {_KIND_WORDS[s.kind]} | `{_toml(s.default)}` | {s.help} |"
             for s in SETTINGS]
    return "\n".join(rows)


def _site_type(kind: str) -> str:
    return {"text": "str", "number": "float", "flag": "bool", "texts": "tuple[str, ...]",
            "file": "Path | None", "folder": "Path | None", "keys": "tuple[str, ...]"}[kind]


#: The settings of one site as the program uses them: one field per :data:`SETTINGS` entry
#: (its name, its kind's type, its default), plus ``source`` (the file read, if any) and
#: ``problems`` (what was wrong with it, in plain words).
Site = make_dataclass(
    "Site",
    [(s.name, _site_type(s.kind), field(default=s.value(s.default, None))) for s in SETTINGS]
    + [("source", "Path | None", field(default=None)),
       ("problems", "tuple[str, ...]", field(default=()))],
    frozen=True)
Site.__module__ = __name__
Site.__doc__ = ("The settings of one site, derived from core.site.SETTINGS (one field per "
                "setting), with the file read (source) and what was wrong with it (problems).")


# -- the environment and the per-user settings ------------------------------------------------


@dataclass(frozen=True)
class EnvironmentVariable:
    name: str
    help: str


#: Every environment variable the program reads.
ENVIRONMENT: dict[str, EnvironmentVariable] = {v.name: v for v in (
    EnvironmentVariable("EINCLUSIE_SITE", "the site file to read instead of site.toml beside "
                                          "the program"),
    EnvironmentVariable("EINCLUSIE_COUNTER", "the name logged with every change to the local "
                                             "store (default: the computer's name)"),
    EnvironmentVariable("EINCLUSIE_DEBUG", "when set, --self-test prints the traceback of a "
                                           "failing step"),
    EnvironmentVariable("EINCLUSIE_TTS_ENGINE", "the Qt text-to-speech engine to use (tests: "
                                                "mock)"),
    EnvironmentVariable("EINCLUSIE_STARTUP_PROBE", "benchmarks only: print when the window was "
                                                   "painted and showed results, then quit"),
)}
ENV_SITE = "EINCLUSIE_SITE"


def environment(name: str) -> str:
    """The value of a declared environment variable ("" when unset)."""
    return os.environ.get(ENVIRONMENT[name].name, "").strip()


@dataclass(frozen=True)
class UserSetting:
    """A setting kept per user on the PC (Qt's QSettings), never about a client."""

    key: str
    default: str
    help: str


#: Everything the program remembers per user.
PER_USER: dict[str, UserSetting] = {
    "ui_language": UserSetting("ui/language", "nl",
                               "the staff interface's language (nl, fr or en)"),
}


# ---------------------------------------------------------------------------------------------
# Where the program runs and writes


def program_dir() -> Path:
    """The folder the program runs from (the bundle's folder, or the repository)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def portable() -> bool:
    return (program_dir() / PORTABLE_MARKER).is_file()


def data_dir() -> Path:
    """Where the program may write: beside it in portable mode, else the user's data folder."""
    if portable():
        return program_dir() / "userdata"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def site_path(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit)
    env = environment(ENV_SITE)
    if env:
        return Path(env)
    return program_dir() / SITE_FILE


def client_language_codes() -> set[str]:
    """The client languages this program has a phrasebook for (``nl``, ``ar``, ``ti``...)."""
    from .phrasebook import phrasebook_dir

    return {p.stem for p in phrasebook_dir().glob("*.toml")}


# ---------------------------------------------------------------------------------------------
# Reading the file


def _line_of(text: str, section: str, key: str) -> int | None:
    current = ""
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*\[([^\]]+)\]", line)
        if m:
            current = m.group(1).strip()
        elif current == section and re.match(rf"\s*{re.escape(key)}\s*=", line):
            return n
    return None


def _read(path: Path) -> tuple[str, dict] | str:
    """The file's text and table, or the sentence saying why it cannot be used."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        return text, tomllib.loads(text)
    except UnicodeDecodeError:
        return SiteProblem(f"{path}: not UTF-8 text; using the defaults.", "not_utf8",
                           file=str(path))
    except tomllib.TOMLDecodeError as exc:
        return SiteProblem(f"{path}: {exc}; using the defaults.", "not_toml", file=str(path),
                           detail=str(exc))
    except RecursionError:
        return SiteProblem(f"{path}: a value is nested too deeply to read; using the defaults.",
                           "too_deep", file=str(path))
    except OSError as exc:
        return SiteProblem(f"{path}: cannot be read ({exc.strerror}); using the defaults.",
                           "unreadable", file=str(path), detail=str(exc.strerror))


def _well_typed(s: Setting, value: Any) -> tuple[bool, Any]:
    if s.kind == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return ok and value == value, value     # NaN is no distance
    if s.kind == "flag":
        return isinstance(value, bool), value
    if s.kind in ("texts", "keys"):
        return isinstance(value, list) and all(isinstance(v, str) for v in value), value
    return isinstance(value, str), value


def load_site(explicit: str | os.PathLike | None = None) -> Site:
    """Read the site file; never raises. Problems are in ``Site.problems``."""
    path = site_path(explicit)
    if not path.is_file():
        if explicit or environment(ENV_SITE):
            return Site(problems=(SiteProblem(
                f"{path}: the site file does not exist; using the defaults.", "no_file",
                file=str(path)),))
        return Site()
    read = _read(path)
    if isinstance(read, str):
        return Site(source=path, problems=(read,))
    text, data = read
    problems: list[str] = []
    for section, table in data.items():
        if not isinstance(table, dict):
            problems.append(SiteProblem(f"{path}: '{section}' should be a [section]; ignored.",
                                        "not_section", where=str(path), key=section))
            continue
        for key in table:
            if f"{section}.{key}" not in _BY_KEY:
                line = _line_of(text, section, key)
                where = f"{path}, line {line}" if line else str(path)
                problems.append(SiteProblem(f"{where}: unknown setting '{section}.{key}'; ignored.",
                                            "unknown_setting", where=where, key=f"{section}.{key}"))
    base = path.parent
    values: dict[str, Any] = {}
    for s in SETTINGS:
        section, key = s.key.split(".")
        table = data.get(section)
        if not isinstance(table, dict) or key not in table:
            continue
        line = _line_of(text, section, key)
        where = f"{path}, line {line}" if line else str(path)
        ok, value = _well_typed(s, table[key])
        if not ok:
            problems.append(SiteProblem(f"{where}: '{s.key}' should be {s.type_name}; "
                                        f"using the default ({s.default!r}).", "wrong_type",
                                        where=where, key=s.key, kind=s.kind,
                                        default=_toml(s.default)))
            continue
        if s.kind == "keys":
            value, bad = _good_keys(value, base)
            problems += [SiteProblem(f"{where}: '{s.key}' {reason}; that key is left out.",
                                     "bad_key", where=where, key=s.key, reason=reason)
                         for reason in bad]
        reason = s.check(value, base) if s.check else None
        if reason:
            problems.append(SiteProblem(f"{where}: '{s.key}' {reason}; using the default "
                                        f"({s.default!r}).", "refused", where=where, key=s.key,
                                        reason=reason, default=_toml(s.default)))
            continue
        values[s.name] = s.value(value, base)
    return Site(**values, source=path, problems=tuple(problems))


# -- trusted keys, checked without loading the cryptography package (start-up is a hot path) --

#: The DER prefix of an Ed25519 public key (SubjectPublicKeyInfo), before its 32 bytes.
_ED25519_SPKI = bytes.fromhex("302a300506032b6570032100")


def _key_path(base: Path, key: str) -> str:
    """A trusted key is a base64 line or a key file; a file is read beside the site file."""
    if key.endswith((".pub", ".pem")) and not Path(key).is_absolute():
        return str(base / key)
    return key


def key_problem(text: str) -> str | None:
    """Why ``text`` (a base64 line, PEM text, or the path of a file holding either) is not an
    Ed25519 public key; None when it is one. The same forms core/updates.py accepts."""
    value = text.strip()
    if value.endswith((".pub", ".pem")) or ("-----BEGIN" not in value and os.path.isfile(value)):
        try:
            value = Path(value).read_text(encoding="ascii", errors="replace").strip()
        except OSError as exc:
            return f"names the key file {text}, which cannot be read ({exc.strerror})"
    if "-----BEGIN PUBLIC KEY-----" in value:
        body = re.sub(r"-----[A-Z ]+-----|\s", "", value)
        try:
            der = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            return f"{text[:60]!r} is damaged PEM text"
        if len(der) == 44 and der.startswith(_ED25519_SPKI):
            return None
        return f"{text[:60]!r} is a public key of another kind (not Ed25519)"
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return f"{text[:60]!r} is not a public key (base64 of 32 bytes, or a .pub/.pem file)"
    if len(raw) != 32:
        return f"{text[:60]!r} is not a public key ({len(raw)} bytes instead of 32)"
    return None


def _good_keys(keys: list[str], base: Path) -> tuple[list[str], list[str]]:
    """The keys that are keys, and why each other one is not."""
    good, bad = [], []
    for k in keys:
        reason = key_problem(_key_path(base, k))
        if reason:
            bad.append(reason)
        else:
            good.append(k)
    return good, bad
