"""Writing one record as the catalogue's text source, ``data/services/<id>.toml``.

The inverse of :func:`.record.load_record`, in the exact shape of the files in
``data/services`` (``docs/data-format.md``): the top-level keys in the documented order, each on
one line, every one of them written even when empty (a diff shows one fact per line), then the
tables ``[[phones]]``, ``[[locations]]``, ``[[hours_exceptions]]`` and ``[[sources]]``, each
after a blank line. Fields that are empty in almost every record (``open_on_holidays``,
``closed_school_holidays``, a location's coordinates and accessibility, ``hsds_extra``) are
written only when set. The same record always gives the same bytes:
``catalogue harvest`` relies on it to change nothing when nothing changed, and
``tests/test_recordfile.py`` checks that every file in ``data/services`` is written back
byte for byte.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .record import Record

__all__ = ["record_toml", "write_record", "toml_string"]

_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"',
            "\\": "\\\\"}
#: str.translate table: quotes, backslashes and every control character escaped.
_TABLE = {**{c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F)},
          **{ord(k): v for k, v in _ESCAPES.items()}}


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest
    (accents, Arabic, ...) as it is."""
    return '"' + text.translate(_TABLE) + '"'


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to a record file")


#: (field, written when) for the top-level keys, in the documented order.
_TOP = (("id", None), ("kinds", None), ("name", None), ("organization", None),
        ("description", None), ("status", None), ("alert", None), ("may_have_ended", False),
        ("audience", None), ("topics", None), ("access", None), ("to_bring", None),
        ("languages", None), ("cost", None), ("email", None), ("website", None), ("hours", None),
        ("hours_text", None), ("open_on_holidays", None), ("closed_school_holidays", ""),
        ("service_area", None), ("aliases", None), ("assured_date", None))
_ALWAYS = {"id", "kinds", "name", "organization", "description", "status", "alert",
           "may_have_ended", "audience",
           "topics", "access", "to_bring", "languages", "cost", "email", "website", "hours",
           "hours_text", "service_area", "aliases", "assured_date"}
_TABLES = (("phones", ("number", "description")),
           ("locations", ("name", "street", "house_number", "postcode", "municipality",
                          "latitude", "longitude", "accessibility")),
           ("hours_exceptions", ("date", "opens", "closes", "description")),
           ("sources", ("url", "date", "confidence", "notes")))
#: Parts of a table row written only when set.
_OPTIONAL_PARTS = {("locations", "latitude"), ("locations", "longitude"),
                   ("locations", "accessibility")}


def record_toml(record: Record) -> str:
    """The record as the text of its ``data/services`` file."""
    lines = []
    for name, unset in _TOP:
        value = getattr(record, name)
        if name not in _ALWAYS and value == unset:
            continue
        lines.append(f"{name} = {_value(value)}")
    if record.hsds_extra:
        text = json.dumps(record.hsds_extra, ensure_ascii=False, sort_keys=True,
                          separators=(", ", ": "), allow_nan=False)
        # JSON text has no raw control characters: a literal string reads as the JSON itself
        # unless the text holds an apostrophe.
        quoted = f"'{text}'" if "'" not in text else toml_string(text)
        lines.append(f"hsds_extra = {quoted}")
    for table, parts in _TABLES:
        for item in getattr(record, table):
            lines.append("")
            lines.append(f"[[{table}]]")
            for part in parts:
                value = getattr(item, part)
                if (table, part) in _OPTIONAL_PARTS and value in (None, ""):
                    continue
                lines.append(f"{part} = {_value(value)}")
    return "\n".join(lines) + "\n"


def write_record(record: Record, folder: Path) -> tuple[Path, bool]:
    """Write ``folder/<id>.toml`` (beside under a temporary name, then renamed: never half a
    file). Returns (path, changed); a file that already holds these bytes is not touched."""
    path = Path(folder) / f"{record.id}.toml"
    data = record_toml(record).encode("utf-8")
    try:
        if path.read_bytes() == data:
            return path, False
    except FileNotFoundError:
        pass
    write_bytes(path, data)
    return path, True


def write_bytes(path: Path, data: bytes) -> None:
    """``path`` holds ``data`` afterwards, or is as it was: written beside, flushed, renamed."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
