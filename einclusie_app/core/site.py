"""Per-site settings: ``site.toml`` next to the program (or ``--site`` / ``EINCLUSIE_SITE``).

Municipal IT writes one file per site; every setting is declared once below with its type,
default and meaning (see ``docs/site-settings.md`` and ``docs/examples/site.toml``). A missing
file means the defaults. A broken one never stops the program: it starts with the defaults
for what is wrong and says, once and plainly, what was wrong (file, line, key).

Where the program writes: the user's data folder (platformdirs), or the folder the site names
for the local store (e.g. a shared drive), or — in portable mode, when a file
``einclusie-portable.txt`` lies beside the program — a ``userdata`` folder beside it, for a USB
stick. The program folder itself is never written to.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import vocab

ENV_SITE = "EINCLUSIE_SITE"
SITE_FILE = "site.toml"
PORTABLE_MARKER = "einclusie-portable.txt"
APP_NAME = "einclusie-wegwijzer"


@dataclass(frozen=True)
class Setting:
    key: str          # "section.name" in the file
    type: type
    default: Any
    help: str


#: Every setting, once: its key in site.toml, its type, its default, what it does.
SETTINGS: tuple[Setting, ...] = (
    Setting("site.municipality", str, "", "the municipality (shown in the window title)"),
    Setting("site.counter", str, "", "the counter's name, printed on every handout"),
    Setting("site.home", str, "", "home place for distances: a postcode or a place name"),
    Setting("site.radius_km", float, 15.0, "default distance around the place, in km"),
    Setting("site.client_languages_first", list, [], "client language codes shown first"),
    Setting("site.community_holidays", list, [],
            "community days that close local services: flanders, wallonia_brussels, german"),
    Setting("site.logo", str, "", "an image for the handout, relative to the site file"),
    Setting("site.maintainer_mode", bool, True, "whether the maintainer menu is available"),
    Setting("catalogue.local_store", str, "", "folder of the local store (default: user data)"),
    Setting("catalogue.trusted_keys", list, [],
            "public keys (base64) whose signed catalogue updates this site accepts"),
)


@dataclass(frozen=True)
class Site:
    municipality: str = ""
    counter: str = ""
    home: str = ""
    radius_km: float = 15.0
    client_languages_first: tuple[str, ...] = ()
    community_holidays: tuple[str, ...] = ()
    logo: Path | None = None
    maintainer_mode: bool = True
    local_store: Path | None = None
    trusted_keys: tuple[str, ...] = ()
    source: Path | None = None                   # the file read, if any
    problems: tuple[str, ...] = field(default=())  # what was wrong, in plain words


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
    env = os.environ.get(ENV_SITE)
    if env:
        return Path(env)
    return program_dir() / SITE_FILE


def _line_of(text: str, section: str, key: str) -> int | None:
    current = ""
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*\[([^\]]+)\]", line)
        if m:
            current = m.group(1).strip()
        elif current == section and re.match(rf"\s*{re.escape(key)}\s*=", line):
            return n
    return None


def load_site(explicit: str | os.PathLike | None = None) -> Site:
    """Read the site file; never raises. Problems are in ``Site.problems``."""
    path = site_path(explicit)
    if not path.is_file():
        if explicit or os.environ.get(ENV_SITE):
            return Site(problems=(f"{path}: the site file does not exist; using the defaults.",))
        return Site()
    problems: list[str] = []
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        return Site(source=path, problems=(f"{path}: not UTF-8 text; using the defaults.",))
    except tomllib.TOMLDecodeError as exc:
        return Site(source=path, problems=(f"{path}: {exc}; using the defaults.",))
    except OSError as exc:
        return Site(source=path, problems=(f"{path}: cannot be read ({exc.strerror}); "
                                           "using the defaults.",))
    values: dict[str, Any] = {}
    known = {s.key for s in SETTINGS}
    for section, table in data.items():
        if not isinstance(table, dict):
            problems.append(f"{path}: '{section}' should be a [section]; ignored.")
            continue
        for key in table:
            if f"{section}.{key}" not in known:
                line = _line_of(text, section, key)
                where = f"{path}, line {line}" if line else str(path)
                problems.append(f"{where}: unknown setting '{section}.{key}'; ignored.")
    for s in SETTINGS:
        section, key = s.key.split(".")
        table = data.get(section)
        if not isinstance(table, dict) or key not in table:
            continue
        value = data[section][key]
        line = _line_of(text, section, key)
        where = f"{path}, line {line}" if line else str(path)
        ok = isinstance(value, s.type) and not (s.type is not bool and isinstance(value, bool))
        if s.type is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if s.type is list and ok:
            ok = all(isinstance(v, str) for v in value)
        if not ok:
            problems.append(f"{where}: '{s.key}' should be {_type_name(s.type)}; "
                            f"using the default ({s.default!r}).")
            continue
        reason = _check(s.key, value)
        if reason:
            problems.append(f"{where}: '{s.key}' {reason}; using the default ({s.default!r}).")
            continue
        values[key] = value
    base = path.parent
    return Site(
        municipality=values.get("municipality", ""),
        counter=values.get("counter", ""),
        home=values.get("home", ""),
        radius_km=values.get("radius_km", 15.0),
        client_languages_first=tuple(values.get("client_languages_first", ())),
        community_holidays=tuple(values.get("community_holidays", ())),
        logo=(base / values["logo"]) if values.get("logo") else None,
        maintainer_mode=values.get("maintainer_mode", True),
        local_store=(base / values["local_store"]) if values.get("local_store") else None,
        trusted_keys=tuple(_key_path(base, k) for k in values.get("trusted_keys", ())),
        source=path,
        problems=tuple(problems),
    )


def _key_path(base: Path, key: str) -> str:
    """A trusted key is a base64 line or a key file; a file is read beside the site file."""
    if key.endswith((".pub", ".pem")) and not Path(key).is_absolute():
        return str(base / key)
    return key


def _type_name(t: type) -> str:
    return {str: "text in quotes", float: "a number", bool: "true or false",
            list: "a list of texts in quotes, e.g. [\"a\", \"b\"]"}[t]


def _check(key: str, value: Any) -> str | None:
    if key == "site.radius_km" and not 0 < value <= 300:
        return "should be between 0 and 300 km"
    if key == "site.community_holidays":
        bad = [v for v in value if v not in vocab.COMMUNITY_DAYS]
        if bad:
            return f"has unknown community days {bad} (use {', '.join(vocab.COMMUNITY_DAYS)})"
    return None
