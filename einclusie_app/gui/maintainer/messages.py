"""The maintainer's words: field names, validation reasons, log actions and update refusals.

core/validate.py gives every issue a stable code with its values (``Issue.code``, ``.args``); the
window says it in the staff's language here. Each string is written out in a ``translate`` call
with the literal context ``Maintainer``, so that pyside6-lupdate finds it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import labels


# -- fields ---------------------------------------------------------------------------------


def field_label(name: str) -> str:
    """A record field (or table column) in plain staff words."""
    words = {
        "id": QCoreApplication.translate("Maintainer", "Record id"),
        "name": QCoreApplication.translate("Maintainer", "Name"),
        "organization": QCoreApplication.translate("Maintainer", "Organisation"),
        "kinds": QCoreApplication.translate("Maintainer", "Kind of help"),
        "description": QCoreApplication.translate("Maintainer", "Description"),
        "status": QCoreApplication.translate("Maintainer", "Status"),
        "alert": QCoreApplication.translate("Maintainer", "Warning for staff"),
        "may_have_ended": QCoreApplication.translate("Maintainer", "May have ended"),
        "audience": QCoreApplication.translate("Maintainer", "For whom"),
        "topics": QCoreApplication.translate("Maintainer", "Topics"),
        "access": QCoreApplication.translate("Maintainer", "How to get in"),
        "to_bring": QCoreApplication.translate("Maintainer", "What to bring"),
        "languages": QCoreApplication.translate("Maintainer", "Languages"),
        "cost": QCoreApplication.translate("Maintainer", "Cost"),
        "email": QCoreApplication.translate("Maintainer", "E-mail"),
        "website": QCoreApplication.translate("Maintainer", "Website"),
        "hours": QCoreApplication.translate("Maintainer", "Weekly hours"),
        "hours_text": QCoreApplication.translate("Maintainer", "Hours as the source gave them"),
        "open_on_holidays": QCoreApplication.translate("Maintainer", "Legal holidays"),
        "closed_school_holidays": QCoreApplication.translate("Maintainer", "School holidays"),
        "service_area": QCoreApplication.translate("Maintainer", "Service area"),
        "aliases": QCoreApplication.translate("Maintainer", "Other ids"),
        "assured_date": QCoreApplication.translate("Maintainer", "Last checked"),
        "phones": QCoreApplication.translate("Maintainer", "Phones"),
        "locations": QCoreApplication.translate("Maintainer", "Addresses"),
        "sources": QCoreApplication.translate("Maintainer", "Sources"),
        "hours_exceptions": QCoreApplication.translate("Maintainer", "Dated exceptions"),
        "hsds_extra": QCoreApplication.translate("Maintainer", "HSDS data kept as received"),
        "state": QCoreApplication.translate("Maintainer", "State"),
        "note": QCoreApplication.translate("Maintainer", "Note"),
        # columns of the tables
        "number": QCoreApplication.translate("Maintainer", "number"),
        "street": QCoreApplication.translate("Maintainer", "street"),
        "house_number": QCoreApplication.translate("Maintainer", "house number"),
        "postcode": QCoreApplication.translate("Maintainer", "postcode"),
        "municipality": QCoreApplication.translate("Maintainer", "municipality"),
        "latitude": QCoreApplication.translate("Maintainer", "latitude"),
        "longitude": QCoreApplication.translate("Maintainer", "longitude"),
        "accessibility": QCoreApplication.translate("Maintainer", "accessibility"),
        "url": QCoreApplication.translate("Maintainer", "web address"),
        "date": QCoreApplication.translate("Maintainer", "date"),
        "confidence": QCoreApplication.translate("Maintainer", "confidence"),
        "notes": QCoreApplication.translate("Maintainer", "notes"),
        "opens": QCoreApplication.translate("Maintainer", "opens"),
        "closes": QCoreApplication.translate("Maintainer", "closes"),
    }
    return words.get(name, name)


def column_label(table: str, name: str) -> str:
    """A table column where the same word means different things in different tables."""
    if name == "name" and table == "locations":
        return QCoreApplication.translate("Maintainer", "place name")
    if name == "description":
        return QCoreApplication.translate("Maintainer", "description")
    return field_label(name)


_PATH = re.compile(r"^(?P<top>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>[a-z_]+))?$")


def split_path(path: str) -> tuple[str, int | None, str]:
    """``"phones[1].number"`` → ``("phones", 1, "number")``; ``"name"`` → ``("name", None, "")``."""
    m = _PATH.match(path or "")
    if not m:
        return path or "", None, ""
    index = m["index"]
    return m["top"], (int(index) if index is not None else None), m["sub"] or ""


def field_words(path: str, row: int | None = None) -> str:
    """A field path in plain words: ``phones[1].number`` → "Phones, row 2: number".

    ``row``: the table row (0-based) to name instead of the record's index."""
    top, index, sub = split_path(path)
    text = field_label(top)
    if index is not None:
        shown = (row if row is not None else index) + 1
        text = QCoreApplication.translate("Maintainer", "%1, row %2").replace(
            "%1", text).replace("%2", str(shown))
    if sub:
        text = QCoreApplication.translate("Maintainer", "%1, %2").replace("%1", text).replace(
            "%2", column_label(top, sub))
    return text


# -- validation ---------------------------------------------------------------------------------


def row_words(path: str, row: int | None = None) -> str:
    """The place of a table cell, without the table's name: "row 2, number"."""
    top, index, sub = split_path(path)
    shown = (row if row is not None else (index or 0)) + 1
    text = QCoreApplication.translate("Maintainer", "Row %1").replace("%1", str(shown))
    if sub:
        text = QCoreApplication.translate("Maintainer", "%1, %2").replace("%1", text).replace(
            "%2", column_label(top, sub))
    return text


def _arg(issue, key: str) -> str:
    value: Any = issue.args.get(key, "")
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def issue_text(issue) -> str:
    """A core.validate Issue in the staff's words (the code chooses the sentence)."""
    code = issue.code
    value = _arg(issue, "value")
    if code == "required":
        top = split_path(issue.field)[0]
        if top == "kinds":
            return QCoreApplication.translate("Maintainer", "Tick at least one kind of help.")
        if top == "hours_exceptions":
            return QCoreApplication.translate(
                "Maintainer", "A dated exception needs its date (YYYY-MM-DD).")
        return QCoreApplication.translate("Maintainer", "This is required: it cannot be empty.")
    if code == "phone.empty":
        return QCoreApplication.translate("Maintainer", "The phone number is empty.")
    if code == "phone.invalid":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a Belgian phone number: check the digits and the prefix "
            "(short numbers such as 1700, 106 and 102 are fine).").replace("%1", value)
    if code == "postcode.format":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a Belgian postcode: a postcode has four digits.").replace(
            "%1", value)
    if code == "postcode.unknown":
        return QCoreApplication.translate(
            "Maintainer", "Postcode %1 does not exist in Belgium (it is not in the list of "
            "places).").replace("%1", value)
    if code == "place.missing":
        return QCoreApplication.translate(
            "Maintainer", "Give a postcode, a municipality or coordinates.")
    if code == "place.unknown":
        reason = _arg(issue, "reason")
        if reason == "postcode_other_place":
            return QCoreApplication.translate(
                "Maintainer", "Postcode %1 is %2, not %3.").replace(
                "%1", _arg(issue, "postcode")).replace("%2", _arg(issue, "owners")).replace(
                "%3", _arg(issue, "municipality"))
        if reason == "unknown_name":
            return QCoreApplication.translate(
                "Maintainer", "“%1” is not a known place name.").replace(
                "%1", _arg(issue, "municipality"))
        if reason == "ambiguous_name":
            return QCoreApplication.translate(
                "Maintainer", "“%1” is more than one place (%2): give the postcode.").replace(
                "%1", _arg(issue, "municipality")).replace("%2", _arg(issue, "choices"))
        if reason == "postcode_shared":
            return QCoreApplication.translate(
                "Maintainer", "Postcode %1 belongs to %2: give the municipality too.").replace(
                "%1", _arg(issue, "postcode")).replace("%2", _arg(issue, "owners"))
        return QCoreApplication.translate(
            "Maintainer", "The postcode and municipality do not point to one known place: "
            "%1.").replace("%1", issue.message)
    if code == "coordinates.pair":
        return QCoreApplication.translate(
            "Maintainer", "Latitude and longitude go together: give both or neither.")
    if code == "coordinates.number":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a number (like 51.0656).").replace("%1", value)
    if code == "coordinates.latitude":
        return QCoreApplication.translate(
            "Maintainer", "Latitude %1 does not exist: a latitude lies between -90 and 90 (in "
            "Belgium between 49.4 and 51.6).").replace("%1", value)
    if code == "coordinates.longitude":
        return QCoreApplication.translate(
            "Maintainer", "Longitude %1 does not exist: a longitude lies between -180 and 180 "
            "(in Belgium between 2.4 and 6.5).").replace("%1", value)
    if code == "coordinates.outside":
        return QCoreApplication.translate(
            "Maintainer", "The point (%1, %2) is not in Belgium.").replace(
            "%1", _arg(issue, "latitude")).replace("%2", _arg(issue, "longitude"))
    if code == "url.space":
        return QCoreApplication.translate(
            "Maintainer", "“%1” contains a space; a web address has none.").replace("%1", value)
    if code == "url.email":
        return QCoreApplication.translate(
            "Maintainer", "“%1” looks like an e-mail address, not a web address.").replace(
            "%1", value)
    if code in ("url.format", "url.host"):
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a web address (like www.gemeente.be).").replace(
            "%1", value)
    if code == "url.scheme":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a web address: it starts with http://, https:// or the "
            "site's name.").replace("%1", value)
    if code == "email.space":
        return QCoreApplication.translate(
            "Maintainer", "“%1” contains a space; an e-mail address has none.").replace(
            "%1", value)
    if code == "email.format":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not an e-mail address (like naam@gemeente.be).").replace(
            "%1", value)
    if code == "hours.invalid":
        return QCoreApplication.translate(
            "Maintainer", "These hours do not make sense: %1. Write them like "
            "“Mo 09:00-12:00,13:00-17:00; We 14:00-16:00”.").replace("%1", issue.message)
    if code == "date.format":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a date (write it as YYYY-MM-DD, like 2025-03-14).").replace(
            "%1", value)
    if code == "date.invalid":
        return QCoreApplication.translate("Maintainer", "The date %1 does not exist.").replace(
            "%1", value)
    if code == "date.future":
        return QCoreApplication.translate(
            "Maintainer", "%1 is in the future: a record cannot have been checked later than "
            "today.").replace("%1", value)
    if code == "time.format":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a time (HH:MM, like 09:30).").replace("%1", value)
    if code == "exception.times":
        if issue.message.startswith("an extra session needs both"):
            return QCoreApplication.translate(
                "Maintainer", "An extra session needs both an opening and a closing time; leave "
                "both empty for a closed day.")
        return QCoreApplication.translate("Maintainer", "These times do not work: %1.").replace(
            "%1", issue.message)
    if code == "code.unknown":
        return QCoreApplication.translate("Maintainer", "Unknown code “%1”.").replace("%1", value)
    if code == "code.twice":
        return QCoreApplication.translate("Maintainer", "“%1” is listed twice.").replace(
            "%1", value)
    if code == "language.format":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a language code (two or three letters, like nl, fr, ar)."
        ).replace("%1", value)
    if code == "area.format":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a service area (be, region:flanders, province:<name>, "
            "municipality:<name>).").replace("%1", value)
    if code == "area.unknown":
        return QCoreApplication.translate(
            "Maintainer", "This service area is not known: %1.").replace("%1", issue.message)
    # The editor's own checks (see editor.py)
    if code == "id.format":
        return QCoreApplication.translate(
            "Maintainer", "“%1” cannot be a record id: use only a-z, 0-9 and hyphens, like "
            "digipunt-bib-torhout.").replace("%1", value)
    if code == "id.used":
        return QCoreApplication.translate(
            "Maintainer", "The id “%1” is already used by another record (maybe a retired one); "
            "choose another.").replace("%1", value)
    if code == "name.used":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is already used by the record “%2”; choose another.").replace(
            "%1", value).replace("%2", _arg(issue, "owner"))
    if code == "alias.format":
        return QCoreApplication.translate(
            "Maintainer", "“%1” cannot be another id: use only a-z, 0-9 and hyphens.").replace(
            "%1", value)
    if code == "school.unknown":
        return QCoreApplication.translate(
            "Maintainer", "“%1” is not a school calendar this program knows.").replace(
            "%1", value)
    if code == "sources.none":
        return QCoreApplication.translate(
            "Maintainer", "Give at least one source: the page or document where these facts "
            "were read.")
    if code == "confidence.unknown":
        return QCoreApplication.translate(
            "Maintainer", "Choose how sure the source is.")
    # Text a reader or a paste brought in (core/validate.py check_text)
    if code == "text.control":
        return QCoreApplication.translate(
            "Maintainer", "This text holds an invisible control character (%1) that cannot be "
            "shown or printed: remove it (type the text again, or paste it as plain "
            "text).").replace("%1", _arg(issue, "char"))
    if code == "text.bidi":
        return QCoreApplication.translate(
            "Maintainer", "This text holds an invisible direction mark (%1) that turns the "
            "text around on screen, so it shows something else than what is stored: remove "
            "it.").replace("%1", _arg(issue, "char"))
    if code == "text.surrogate":
        return QCoreApplication.translate(
            "Maintainer", "This text holds a broken character (%1) that cannot be stored: type "
            "that part again.").replace("%1", _arg(issue, "char"))
    if code == "text.length":
        return QCoreApplication.translate(
            "Maintainer", "This text is %1 characters long; at most %2 fit here. Is it the "
            "right text?").replace("%1", _count(issue, "length")).replace(
            "%2", _count(issue, "limit"))
    return issue.message


def _count(issue, key: str) -> str:
    """A count of the issue in the staff's way of writing numbers (10.000 / 10 000)."""
    from PySide6.QtCore import QLocale

    value = issue.args.get(key)
    return QLocale().toString(int(value)) if isinstance(value, int) else str(value or "")


# -- codes shown to the maintainer -------------------------------------------------------------


def area_scope_labels() -> dict[str, str]:
    return {
        "be": QCoreApplication.translate("Maintainer", "All of Belgium"),
        "region": QCoreApplication.translate("Maintainer", "A region"),
        "province": QCoreApplication.translate("Maintainer", "A province"),
        "municipality": QCoreApplication.translate("Maintainer", "A municipality"),
    }


def region_label(code: str) -> str:
    return {
        "flanders": QCoreApplication.translate("Maintainer", "Flanders"),
        "brussels": QCoreApplication.translate("Maintainer", "Brussels"),
        "wallonia": QCoreApplication.translate("Maintainer", "Wallonia"),
    }.get(code, code)


def school_label(code: str) -> str:
    return {
        "": QCoreApplication.translate("Maintainer", "Open as usual in school holidays"),
        "flanders": QCoreApplication.translate(
            "Maintainer", "Closed in the Flemish school holidays"),
        "french": QCoreApplication.translate(
            "Maintainer", "Closed in the French-speaking Community's school holidays"),
        "german": QCoreApplication.translate(
            "Maintainer", "Closed in the German-speaking Community's school holidays"),
    }.get(code, code)


def confidence_label(code: str) -> str:
    return {
        "high": QCoreApplication.translate("Maintainer", "everything read on the source"),
        "partial": QCoreApplication.translate("Maintainer", "partly inferred (say what in notes)"),
    }.get(code, code)


def state_label(state: str | None) -> str:
    return {
        "added": QCoreApplication.translate("Maintainer", "added here"),
        "corrected": QCoreApplication.translate("Maintainer", "corrected here"),
        "retired": QCoreApplication.translate("Maintainer", "retired"),
        "shipped": QCoreApplication.translate("Maintainer", "as shipped"),
        None: QCoreApplication.translate("Maintainer", "not there"),
    }.get(state, state or "")


def action_label(action: str) -> str:
    return {
        "add": QCoreApplication.translate("Maintainer", "added"),
        "correct": QCoreApplication.translate("Maintainer", "corrected"),
        "edit": QCoreApplication.translate("Maintainer", "edited"),
        "checked": QCoreApplication.translate("Maintainer", "checked today"),
        "retire": QCoreApplication.translate("Maintainer", "retired"),
        "restore": QCoreApplication.translate("Maintainer", "restored"),
        "revert": QCoreApplication.translate("Maintainer", "back to shipped"),
        "import": QCoreApplication.translate("Maintainer", "imported"),
        "resolve": QCoreApplication.translate("Maintainer", "conflict settled"),
        "undo": QCoreApplication.translate("Maintainer", "undo"),
    }.get(action, action)


def value_text(value: Any) -> str:
    """A field value of the log or of a conflict, on one line."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("Maintainer", "yes") if value else \
            QCoreApplication.translate("Maintainer", "no")
    if isinstance(value, (int, float)):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, dict):
        return ", ".join(value_text(v) for v in value.values() if v not in (None, ""))
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, dict) for v in value):
            return " | ".join(value_text(v) for v in value)
        return "; ".join(value_text(v) for v in value)
    if hasattr(value, "__dataclass_fields__"):
        return value_text(dict(value.__dict__))
    return str(value)


def field_value_text(name: str, value: Any) -> str:
    """A record field's value on one line, with codes in the staff's words (kinds, ways in,
    what to bring, status, holidays); names, addresses and numbers as they are."""
    words = {"kinds": labels.kind_label, "access": labels.access_label,
             "to_bring": labels.to_bring_label}.get(name)
    if words is not None and isinstance(value, (list, tuple)):
        return value_text([words(v) for v in value])
    if name == "status" and isinstance(value, str):
        return labels.status_label(value)
    if name == "closed_school_holidays" and isinstance(value, str):
        return school_label(value)
    if name == "open_on_holidays" and value is None:
        return QCoreApplication.translate("Maintainer", "as usual")
    return value_text(value)


def short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- updates ---------------------------------------------------------------------------------


def update_refusal(kind: str) -> str:
    """Why an update file was refused (core.updates.UpdateError.kind), in plain words."""
    text = {
        "not_a_pack": QCoreApplication.translate(
            "Maintainer", "This file is not a catalogue update."),
        "unsigned": QCoreApplication.translate(
            "Maintainer", "This update is not signed. An unsigned update is never applied."),
        "wrong_key": QCoreApplication.translate(
            "Maintainer", "This update is signed with a key this site does not trust (wrong "
            "key). Only updates signed by the central maintainer's key are applied."),
        "tampered": QCoreApplication.translate(
            "Maintainer", "This update has been changed after it was signed (tampered with). "
            "It is refused."),
        "older": QCoreApplication.translate(
            "Maintainer", "This update is older than the catalogue in use (or the same one)."),
        "invalid": QCoreApplication.translate(
            "Maintainer", "This update holds a catalogue this version of the program cannot "
            "read."),
        "no_keys": QCoreApplication.translate(
            "Maintainer", "No trusted key is configured for this site, so no update can be "
            "checked. The site settings (catalogue.trusted_keys) must name the central "
            "maintainer's public key."),
        "key": QCoreApplication.translate(
            "Maintainer", "A trusted key in the site settings cannot be read."),
        "nothing": QCoreApplication.translate(
            "Maintainer", "No update is installed: the program already uses the catalogue it "
            "came with."),
    }.get(kind)
    return text or QCoreApplication.translate("Maintainer", "The update was refused.")


def kind_and_labels():
    """(code, label) of the four kinds, in the program's order."""
    from ...core import vocab

    return [(k, labels.kind_label(k)) for k in vocab.KINDS]


# -- the local store -------------------------------------------------------------------------


def damage_words(reason: str) -> str:
    """What is wrong with a damaged store file (core ``StoreDamaged.reason``), in the staff's
    words; a reason not known here is given as core says it."""
    text = reason.lower()
    if "0 bytes" in text or text.startswith("it is empty"):
        return QCoreApplication.translate(
            "Maintainer", "the file is empty (0 bytes): a copy that failed, or a full disk")
    if "cut off" in text:
        return QCoreApplication.translate(
            "Maintainer", "the file is cut off: it is shorter than it should be")
    if "damaged pages" in text or "malformed" in text:
        return QCoreApplication.translate(
            "Maintainer", "parts of the file are damaged (SQLite finds damaged pages)")
    if "another database" in text:
        return QCoreApplication.translate(
            "Maintainer", "the file is another program's database, not a local store")
    if "not a local store file" in text or "header" in text:
        return QCoreApplication.translate(
            "Maintainer", "the file is not a local store file, or its beginning is damaged")
    return reason


def restore_steps() -> str:
    """How the maintainer or IT restores a damaged store: the short version of
    docs/local-store.md, "When the store is damaged"."""
    return QCoreApplication.translate(
        "Maintainer",
        "To restore it (the catalogue maintainer or IT):\n"
        "1. Close the program on every counter that uses this folder. Rename the damaged file "
        "(e.g. local.sqlite.damaged) and keep it until the restore is checked.\n"
        "2. Copy local.sqlite from the backup of the shared folder into the folder. Changes "
        "made after the backup are not in it: “Change log and undo” shows what it holds.\n"
        "3. No backup? Another counter that showed the local records recently holds them in "
        "its cache (merged-….sqlite): export that and import it into a new store.\n"
        "The whole procedure: docs/local-store.md, “When the store is damaged” (in the "
        "program's folder).")


def store_refusal(exc) -> str:
    """Why the local store changed nothing (core ``StoreBusy``, ``StoreDamaged``, or another
    ``StoreError``), in the staff's words; the detail (core's text) goes beside it."""
    from ...core.localstore import StoreBusy, StoreDamaged

    if isinstance(exc, StoreBusy):
        return QCoreApplication.translate(
            "Maintainer", "This could not be saved now: the local store is busy, another "
            "counter is saving changes to it (an import can take a few seconds). Nothing was "
            "changed; try again in a moment.")
    if isinstance(exc, StoreDamaged):
        return QCoreApplication.translate(
            "Maintainer", "Nothing was changed: the local store file %1 is damaged (%2). The "
            "file is kept as it is; the catalogue maintainer or IT must restore it.").replace(
            "%1", str(exc.path)).replace("%2", damage_words(exc.reason))
    return QCoreApplication.translate("Maintainer", "Nothing was changed.")


# -- imports ---------------------------------------------------------------------------------


def note_text(note) -> str:
    """What a reader inferred (core ``ReadResult.notes``: a Problem each), in the staff's
    words where the program knows the note; the words and values as the file has them."""
    reason = note.reason
    m = re.match(r"kind (\S+) inferred from (.*)$", reason)
    if note.field == "kinds" and m:
        words = re.findall(r"'([^']*)'", m[2])
        return QCoreApplication.translate(
            "Maintainer", "Kind of help “%1” inferred from the words: %2. Check it.").replace(
            "%1", labels.kind_label(m[1])).replace("%2", ", ".join(dict.fromkeys(words))
                                                    or m[2])
    if note.field == "sources" and reason.startswith("source: "):
        return QCoreApplication.translate(
            "Maintainer", "The service names no source: the file's own source is used "
            "(%1).").replace("%1", reason[len("source: "):])
    if reason.startswith("not kept: the catalogue has no field"):
        return QCoreApplication.translate(
            "Maintainer", "Not kept: the catalogue has no field for this.")
    return reason


def removal_field(path: str) -> str:
    """The field of a fact an import would remove (``phones``, ``locations[0].street``,
    ``hsds_extra.accreditations``) in plain words."""
    top, _, rest = path.partition(".")
    if top == "hsds_extra" and rest:
        return QCoreApplication.translate("Maintainer", "%1, %2").replace(
            "%1", field_label("hsds_extra")).replace("%2", rest)
    return field_words(path)


def removal_values(path: str, values) -> str:
    if path == "open_on_holidays":
        return "; ".join(value_text(v == "yes") for v in values)
    return "; ".join(values)
