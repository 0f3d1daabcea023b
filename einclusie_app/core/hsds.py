"""Open Referral HSDS 3.0: export the catalogue, and read HSDS JSON and tabular packages back.

Export (:func:`export_json`, :func:`export_tabular`) reads a compiled catalogue (the shipped one,
or the merged one with the local store: core/overlay.py) and writes

* ``services.json``: a JSON array of services, each one complete in the shape of the official
  ``schema/compiled/service.json`` (organization, phones, schedules, service areas, languages,
  cost options, attributes and service_at_locations with their location, address and
  accessibility nested inside);
* the tabular data package: ``datapackage.json`` (the official resource descriptors of the
  tables written, from ``resources/hsds/3.0/datapackage.json``) and one CSV per table, every
  official column in the official order.

Reading (:func:`read_json`, :func:`read_tabular`, both returning a
:class:`~.validate.ReadResult` of :class:`~.record.Record` values) accepts a service, a list of
services, an organization with its ``services``, a list of organizations, a page of the HSDS API
(``{"contents": [...]}``), and the tabular package (a folder, or its ``datapackage.json``).
Every problem is reported with its JSON path (``services.json $[2]: phones[0].number: …``) or
CSV file and row (``phones.csv row 7: number: …``) and field.

The mapping, and our profile on top of HSDS (``attributes`` of the taxonomy
``einclusie-profile``), is documented field by field in ``docs/hsds-profile.md``. In short:
HSDS fields hold what HSDS has a field for; the profile holds what HSDS lacks (our id, kinds,
topics, access, what to bring, sources, ...) and the exact form of what HSDS would round off (a
street split from its house number, a partial last-checked date, a web address without
``http://``). A profile value that shadows an HSDS field is used only while that field still
holds what we exported: if another directory changed the HSDS field, its value wins.

HSDS 3.1 to 3.3 is read too: what the catalogue has no field for (3.1 ``capacities`` and
``additional_urls``, another directory's own attributes, ...) is kept verbatim in
``Record.hsds_extra`` and exported back in the profile attribute ``hsds_extra``; 3.3
``operating_hours`` and ``events`` win over the deprecated ``schedules``. A service without
our profile gets its kind inferred (core/infer.py) and its source from the caller
(``source_for``), and every such inference is a note (:class:`HsdsRead`).

Ids: every HSDS id is a UUID derived (uuid5) from our ids, so the same catalogue always gives the
same ids. A service read without our profile gets the id ``hsds-<its uuid in hex>``, which
exports back to the same UUID.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from .record import AREA_RE, Problem, Record, RecordError, Source, record_from_dict
from .validate import ReadResult, lenient_record, web_url

__all__ = [
    "NAMESPACE", "PROFILE_TAXONOMY", "TOPIC_TAXONOMY", "PROFILE_FIELDS", "NO_ORGANIZATION",
    "TABLES", "hsds_uuid", "service_uuid", "service_object", "service_objects", "export_json",
    "export_tabular", "flatten", "read_json", "read_tabular", "read_service_objects",
    "official_datapackage", "HsdsRead", "EXTRA_TABLES", "taxonomies", "taxonomy_terms",
    "profile_description",
]

#: The namespace of every uuid5 we derive. Never change it: ids must stay the same.
NAMESPACE = uuid.UUID("0d8f3f0e-5a4b-5c1e-9a57-65696e636c75")
PROFILE_TAXONOMY = "einclusie-profile"
PROFILE_VERSION = "1"
TOPIC_TAXONOMY = "einclusie-topics"
#: Service-level profile fields, each one attribute whose ``value`` is the field as JSON.
PROFILE_FIELDS = ("id", "kinds", "topics", "access", "to_bring", "aliases", "sources",
                  "hours", "hours_text", "hours_exceptions", "open_on_holidays",
                  "closed_school_holidays", "assured_date", "website", "may_have_ended",
                  "hsds_extra")
#: The location-level profile attribute: the address as the source gave it.
LOCATION_PROFILE = "location"
#: The tabular package needs an organization for every service; one without gets this one.
NO_ORGANIZATION = "(organization not stated in the sources)"
#: HSDS requires an organization's description; we record none, and say so.
NO_DESCRIPTION = "Geen beschrijving opgenomen in de E-inclusie Wegwijzer."

#: Tables written to the tabular package, in the official order of datapackage.json.
TABLES = ("organization", "service", "attribute", "service_at_location", "location", "phone",
          "address", "schedule", "service_area", "language", "accessibility", "taxonomy_term",
          "cost_option", "taxonomy")

_PROFILE_DESCRIPTIONS = {
    "id": "the record's id in the E-inclusie Wegwijzer catalogue (a slug)",
    "kinds": "kinds of help: digipunt, device_loan, helpline, training; the first is the main one",
    "topics": "what the offer helps with, as the source states it (short Dutch tags)",
    "access": "how a client gets in: walk_in, appointment, referral, phone, online, home_visit",
    "to_bring": "what a client may have to bring (eid, eid_pin, phone, laptop, ...)",
    "aliases": "ids of records that were merged into this one",
    "sources": "every page a fact was read on: url, date, confidence, notes",
    "hours": "the weekly hours in the catalogue's text form (Mo 09:00-12:00; ...)",
    "hours_text": "the hours as the source said them",
    "hours_exceptions": "dated closures and extra sessions (date, opens, closes, description)",
    "open_on_holidays": "open on Belgian legal holidays (true/false; null: only a 24/7 line)",
    "closed_school_holidays": "closed in that Community's school holidays "
                              "(flanders, french, german)",
    "assured_date": "when a person last checked the facts (YYYY-MM-DD, YYYY-MM or YYYY)",
    "website": "the web address as the source wrote it",
    "may_have_ended": "true when the record's own sources say the offer may have stopped "
                      "(service.alert says why); absent: false",
    "hsds_extra": "HSDS data of another directory that the catalogue has no field for "
                  "(HSDS 3.1 capacities and additional_urls, their own attributes, ...), "
                  "kept verbatim: field name -> its JSON value",
    LOCATION_PROFILE: "the address as the source gave it, and which coordinates were measured",
}


_NS_BYTES = NAMESPACE.bytes


def hsds_uuid(kind: str, key: str) -> str:
    """A stable UUID for one HSDS object: uuid5 of ``kind:key`` in :data:`NAMESPACE`.

    The same value as ``str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))`` (RFC 4122: SHA-1, version
    5, variant bits), computed without the ``UUID`` object: an export makes dozens per service.
    """
    b = bytearray(hashlib.sha1(_NS_BYTES + f"{kind}:{key}".encode()).digest()[:16])
    b[6] = (b[6] & 0x0F) | 0x50
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_HSDS_ID_RE = re.compile(r"^hsds-([0-9a-f]{32})$")


def service_uuid(record_id: str) -> str:
    """The HSDS id of a record; ``hsds-<hex>`` (read from another directory) gives its UUID back."""
    m = _HSDS_ID_RE.match(record_id)
    if m:
        return str(uuid.UUID(m[1]))
    return hsds_uuid("service", record_id)


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# =============================================================================================
# Export


@dataclass
class _Context:
    """What the export reads once from the catalogue file: topic and area names."""

    topics: dict[str, tuple[str, str]]          # code -> (nl, fr)
    provinces: dict[str, str]                   # refnis -> Dutch short name
    regions: dict[str, str]                     # refnis -> Dutch name

    @classmethod
    def of(cls, conn) -> "_Context":
        topics = {code: (nl, fr) for code, nl, fr in conn.execute(
            "SELECT code, name, description FROM taxonomy_term WHERE taxonomy = ?",
            (TOPIC_TAXONOMY,))}
        provinces = {r: re.sub(r"^Provincie\s+", "", nl)
                     for r, nl in conn.execute("SELECT refnis, name_nl FROM gaz_province")}
        regions = dict(conn.execute("SELECT refnis, name_nl FROM gaz_region"))
        return cls(topics, provinces, regions)


def _term(taxonomy: str, code: str, name: str, description: str) -> dict:
    """A taxonomy term of ours (the taxonomy itself is in the tabular package's taxonomies)."""
    return dict(_term_items(taxonomy, code, name, description))


@functools.lru_cache(maxsize=1024)
def _term_items(taxonomy: str, code: str, name: str, description: str) -> tuple:
    return (("id", hsds_uuid("taxonomy_term", f"{taxonomy}:{code}")), ("code", code),
            ("name", name), ("description", description), ("taxonomy", taxonomy),
            ("taxonomy_id", hsds_uuid("taxonomy", taxonomy)))


def _taxonomy(name: str) -> dict:
    if name == PROFILE_TAXONOMY:
        text = ("E-inclusie Wegwijzer profile on top of HSDS 3.0: one attribute per field HSDS "
                "lacks; the value is the field as JSON (docs/hsds-profile.md)")
        version = PROFILE_VERSION
    else:
        text = "E-inclusie Wegwijzer topics: what a digital-help offer helps with"
        version = "1"
    return {"id": hsds_uuid("taxonomy", name), "name": name, "description": text,
            "version": version}


def taxonomies() -> list[dict]:
    """Our two HSDS taxonomies: the profile's and the topics'."""
    return [_taxonomy(PROFILE_TAXONOMY), _taxonomy(TOPIC_TAXONOMY)]


def taxonomy_terms(catalogue) -> list[dict]:
    """Every taxonomy term an export uses: the profile's codes, then the catalogue's topics."""
    out = [_term(PROFILE_TAXONOMY, code, code, _PROFILE_DESCRIPTIONS[code])
           for code in (*PROFILE_FIELDS, LOCATION_PROFILE)]
    for code, nl, fr in catalogue.conn.execute(
            "SELECT code, name, description FROM taxonomy_term WHERE taxonomy = ? "
            "ORDER BY code", (TOPIC_TAXONOMY,)):
        out.append(_term(TOPIC_TAXONOMY, code, nl, fr))
    return out


def profile_description() -> dict:
    """Our profile in one document: each attribute code, what it links to, what it holds."""
    return {"name": PROFILE_TAXONOMY, "version": PROFILE_VERSION,
            "description": _taxonomy(PROFILE_TAXONOMY)["description"],
            "attributes": [{"code": c, "link_entity": "location" if c == LOCATION_PROFILE
                            else "service", "description": _PROFILE_DESCRIPTIONS[c]}
                           for c in (*PROFILE_FIELDS, LOCATION_PROFILE)]}


def _attribute(link_id: str, entity: str, code: str, value: Any) -> dict:
    term = _term(PROFILE_TAXONOMY, code, code, _PROFILE_DESCRIPTIONS[code])
    return {
        "id": hsds_uuid("attribute", f"{link_id}:{PROFILE_TAXONOMY}:{code}"),
        "link_id": link_id, "taxonomy_term_id": term["id"],
        "link_type": PROFILE_TAXONOMY, "link_entity": entity, "value": _j(value),
        "taxonomy_term": term,
    }


def _full_date(text: str) -> bool:
    return len(text) == 10


def service_object(record: Record, resolved: dict, ctx: _Context) -> dict:
    """One record as a complete HSDS 3.0 service (compiled ``service.json`` shape)."""
    from .hours import to_hsds
    from .opening import schedule_of

    sid = service_uuid(record.id)
    obj: dict[str, Any] = {"id": sid}
    org = None
    if record.organization:
        org = {"id": hsds_uuid("organization", record.organization),
               "name": record.organization, "description": NO_DESCRIPTION}
        obj["organization_id"] = org["id"]
    obj["name"] = record.name
    if record.description:
        obj["description"] = record.description
    url = web_url(record.website)
    if url:
        obj["url"] = url
    if record.email:
        obj["email"] = record.email
    obj["status"] = record.status
    if record.cost:
        obj["fees_description"] = record.cost
    if record.audience:
        obj["eligibility_description"] = record.audience
    if record.assured_date and _full_date(record.assured_date):
        obj["assured_date"] = record.assured_date
    if record.alert:
        obj["alert"] = record.alert
    obj["phones"] = [
        {"id": hsds_uuid("phone", f"{record.id}/{i}"), "service_id": sid, "number": ph.number,
         "type": "voice", **({"description": ph.description} if ph.description else {})}
        for i, ph in enumerate(record.phones)]
    obj["schedules"] = to_hsds(schedule_of(record), sid)
    obj["service_areas"] = [
        {"id": hsds_uuid("service_area", f"{record.id}/{i}"), "service_id": sid,
         "name": a["label"], "extent": a["code"], "extent_type": "text"}
        for i, a in enumerate(resolved["areas"])]
    sals = []
    for i, (loc, res) in enumerate(zip(record.locations, resolved["locations"])):
        lid = hsds_uuid("location", f"{record.id}/{i}")
        province = ctx.provinces.get(res.get("province_refnis") or "") or \
            ctx.regions.get(res.get("region_refnis") or "", "")
        street = " ".join(p for p in (loc.street, loc.house_number) if p)
        place, postcode = res["place"], res["postcode"]
        # HSDS needs address_1, city and postal_code in an address: without a street or a
        # postcode there is no address to give (none is made up); the location says so.
        addresses = []
        description = ""
        if street and postcode and place:
            addresses.append({
                "id": hsds_uuid("address", f"{record.id}/{i}"), "location_id": lid,
                "address_1": street, "city": place, "region": res["municipality"],
                "state_province": province, "postal_code": postcode, "country": "BE",
                "address_type": "physical"})
        elif street:
            description = f"{street}, {place}; postcode niet gekend"
        else:
            description = f"Adres niet gekend; in {' '.join(p for p in (postcode, place) if p)}"
        exported = {"address_1": addresses[0]["address_1"] if addresses else "",
                    "city": addresses[0]["city"] if addresses else "",
                    "postal_code": addresses[0]["postal_code"] if addresses else "",
                    "latitude": res["lat"], "longitude": res["lon"]}
        location: dict[str, Any] = {
            "id": lid, "location_type": "physical",
            **({"name": loc.name} if loc.name else {}),
            **({"description": description} if description else {}),
            "latitude": res["lat"], "longitude": res["lon"],
            "external_identifier": res["refnis"], "external_identifier_type": "be-refnis",
            "addresses": addresses,
            "accessibility": ([{"id": hsds_uuid("accessibility", f"{record.id}/{i}"),
                                "location_id": lid, "description": loc.accessibility}]
                              if loc.accessibility else []),
            "attributes": [_attribute(lid, "location", LOCATION_PROFILE, {
                "street": loc.street, "house_number": loc.house_number,
                "postcode": loc.postcode, "municipality": loc.municipality,
                "latitude": loc.latitude, "longitude": loc.longitude,
                "precision": res["precision"], "exported": exported})],
        }
        sals.append({"id": hsds_uuid("service_at_location", f"{record.id}/{i}"),
                     "service_id": sid, "location_id": lid, "location": location})
    obj["service_at_locations"] = sals
    obj["languages"] = [{"id": hsds_uuid("language", f"{record.id}/{code}"), "service_id": sid,
                         "code": code} for code in record.languages]
    if org is not None:
        obj["organization"] = org
    if record.cost:
        free = record.is_free
        option = {"id": hsds_uuid("cost_option", record.id), "service_id": sid}
        if free:
            option.update(option="free", currency="EUR", amount=0)
        option["amount_description"] = record.cost
        obj["cost_options"] = [option]
    else:
        obj["cost_options"] = []
    # The profile: our id always (it marks the profile), every other field only when it is not
    # empty / its default, and what an HSDS field above would round off.
    full = {
        "kinds": record.kinds, "topics": record.topics, "access": record.access,
        "to_bring": record.to_bring, "aliases": record.aliases,
        "sources": [asdict(s) for s in record.sources], "hours": record.hours,
        "hours_text": record.hours_text,
        "hours_exceptions": [asdict(e) for e in record.hours_exceptions],
        "open_on_holidays": record.open_on_holidays,
        "closed_school_holidays": record.closed_school_holidays,
        "assured_date": "" if _full_date(record.assured_date) else record.assured_date,
        "website": record.website if record.website != url else "",
        "may_have_ended": True if record.may_have_ended else None,
        "hsds_extra": record.hsds_extra or None,
    }
    profile = {"id": record.id, **{k: v for k, v in full.items() if v not in ("", [], None)}}
    attributes = [_attribute(sid, "service", code, profile[code])
                  for code in PROFILE_FIELDS if code in profile]
    for code in resolved.get("topics", []):
        nl, fr = ctx.topics.get(code, (code, ""))
        term = _term(TOPIC_TAXONOMY, code, nl, fr)
        attributes.append({
            "id": hsds_uuid("attribute", f"{sid}:{TOPIC_TAXONOMY}:{code}"), "link_id": sid,
            "taxonomy_term_id": term["id"], "link_type": "topic", "link_entity": "service",
            "value": "", "taxonomy_term": term})
    obj["attributes"] = attributes
    return obj


def _catalogue_rows(catalogue) -> Iterator[tuple[Record, dict]]:
    """(record, resolved) of every service. The records were checked when the catalogue was
    built, so they are not checked again (a record that does not even have the record shape is
    still refused by ``record_from_dict``)."""
    for record_json, resolved_json in catalogue.conn.execute(
            "SELECT record, resolved FROM service ORDER BY id"):
        data = json.loads(record_json)
        record = lenient_record(data) or record_from_dict(data)
        yield record, json.loads(resolved_json)


def service_objects(catalogue) -> Iterator[dict]:
    """Every record of a compiled catalogue (a :class:`~.catalogue.Catalogue`) as HSDS."""
    ctx = _Context.of(catalogue.conn)
    for record, resolved in _catalogue_rows(catalogue):
        yield service_object(record, resolved, ctx)


def export_json(catalogue, out_dir: Path) -> tuple[Path, int]:
    """Write ``out_dir/services.json`` (written beside, then renamed). Returns (path, count)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "services.json"
    tmp = out.with_name(out.name + ".part")
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("[")
        for obj in service_objects(catalogue):
            fh.write(",\n" if n else "\n")
            fh.write(json.dumps(obj, ensure_ascii=False, indent=None))
            n += 1
        fh.write("\n]\n")
    tmp.replace(out)
    return out, n


def official_datapackage() -> dict:
    """The official HSDS 3.0 ``datapackage.json`` shipped in ``resources/hsds/3.0``."""
    from .paths import resources

    path = resources() / "hsds" / "3.0" / "datapackage.json"
    return json.loads(path.read_text(encoding="utf-8"))


def flatten(services: Iterable[dict]) -> dict[str, list[dict]]:
    """Nested service objects → rows per HSDS table (the tabular form). Shared objects
    (organizations, taxonomy terms, taxonomies) appear once, in first-seen order."""
    tables: dict[str, list[dict]] = {t: [] for t in TABLES}
    seen: dict[str, set[str]] = {t: set() for t in TABLES}

    def put(table: str, obj: dict, drop: Sequence[str] = ()) -> None:
        if obj["id"] in seen[table]:
            return
        seen[table].add(obj["id"])
        tables[table].append({k: v for k, v in obj.items()
                              if k not in drop and not isinstance(v, (list, dict))})

    ours = {t["id"]: t for t in (_taxonomy(PROFILE_TAXONOMY), _taxonomy(TOPIC_TAXONOMY))}

    def attributes(items: list[dict]) -> None:
        for a in items:
            term = a["taxonomy_term"]
            detail = term.get("taxonomy_detail") or ours.get(term.get("taxonomy_id", ""))
            if detail:
                put("taxonomy", detail)
            put("taxonomy_term", term)
            put("attribute", a)

    for s in services:
        if "organization" in s:
            put("organization", s["organization"])
        elif "organization_id" not in s:
            s = {**s, "organization_id": hsds_uuid("organization", "")}
            put("organization", {"id": s["organization_id"], "name": NO_ORGANIZATION,
                                 "description": NO_DESCRIPTION})
        put("service", s)
        for ph in s.get("phones", []):
            put("phone", ph)
        for row in s.get("schedules", []):
            put("schedule", row)
        for row in s.get("service_areas", []):
            put("service_area", row)
        for row in s.get("languages", []):
            put("language", row)
        for row in s.get("cost_options", []):
            put("cost_option", row)
        attributes(s.get("attributes", []))
        for sal in s.get("service_at_locations", []):
            put("service_at_location", sal)
            loc = sal["location"]
            put("location", loc)
            for a in loc.get("addresses", []):
                put("address", a)
            for a in loc.get("accessibility", []):
                put("accessibility", a)
            attributes(loc.get("attributes", []))
    return tables


def _cell(value: Any) -> str:
    """A CSV cell: numbers as written, text neutralised so no spreadsheet runs it as a formula
    (``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``; the reader drops the ``'`` again)."""
    from .spreadsheet import neutralise

    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return repr(value)
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


#: The package's own word that every text cell starting with ``'`` had one ``'`` added
#: (:func:`.spreadsheet.neutralise`); a package without it is read as it is.
FORMULA_ESCAPE = "einclusie_formula_escape"


def export_tabular(catalogue, out_dir: Path) -> tuple[Path, dict[str, int]]:
    """Write the tabular data package into ``out_dir``: ``datapackage.json`` plus one CSV per
    table (UTF-8, comma, every official column in order). Returns (descriptor, rows per table)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    official = official_datapackage()
    resources = {r["name"]: r for r in official["resources"]}
    tables = flatten(service_objects(catalogue))
    counts = {}
    written = []
    for table in TABLES:
        res = resources[table]
        columns = [f["name"] for f in res["schema"]["fields"]]
        path = out_dir / res["path"]
        tmp = path.with_name(path.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(columns)
            for row in tables[table]:
                w.writerow([_cell(row.get(c)) for c in columns])
        tmp.replace(path)
        counts[table] = len(tables[table])
        data = path.read_bytes()
        # The Data Resource's own size and hash: a reader can tell a cut-off file.
        written.append({**res, "bytes": len(data),
                        "hash": "sha256:" + hashlib.sha256(data).hexdigest()})
    descriptor = {k: v for k, v in official.items() if k != "resources"}
    descriptor.update(
        name="einclusie-wegwijzer-catalogue",
        title="E-inclusie Wegwijzer catalogue (HSDS 3.0)",
        description="Digital-help offers in Flanders and Brussels, as HSDS 3.0 with the "
                    "einclusie-profile attributes (docs/hsds-profile.md). Text cells that "
                    "start with = + - @ ' or a tab have one ' in front, so that no spreadsheet "
                    "runs them as a formula; drop that ' to get the text.",
        resources=written)
    descriptor[FORMULA_ESCAPE] = "'"
    dp = out_dir / "datapackage.json"
    dp.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return dp, counts


# =============================================================================================
# Import


@dataclass
class HsdsRead(ReadResult):
    """A :class:`~.validate.ReadResult` with ``notes``: what the reader inferred (a kind, a
    source) or passed over (a field the catalogue has no place for), per record, in the file's
    own words. Notes never stop an import; the command line prints them."""

    notes: list[Problem] = field(default_factory=list)
    #: One per service read: (where it is, the record id read or "", the range of
    #: ``problems`` it caused, the index of its record in ``records`` or None). A harvest uses
    #: it to refuse one service and take the others.
    spans: list[tuple[str, str, int, int, int | None]] = field(default_factory=list)


#: ``source_for(service object) -> Source | None``: the source of a service that names none
#: (a feed's own address for that service, a package's metadata).
SourceFor = Callable[[dict], "Source | None"]

#: Service fields this program maps onto the record (every other non-empty field of a service
#: is kept verbatim in ``hsds_extra``). ``operating_hours`` and ``events``: HSDS 3.3.
_MAPPED = frozenset({
    "_where", "id", "organization_id", "organization", "name", "description", "url", "email",
    "status", "fees_description", "eligibility_description", "assured_date", "alert", "phones",
    "schedules", "operating_hours", "events", "service_areas", "service_at_locations",
    "languages", "cost_options", "attributes"})
#: Fields of nested objects the reader maps or that carry nothing of the offer (ids, links);
#: any other non-empty field there is reported as not kept.
_NESTED_KNOWN = {
    "phone": {"_where", "id", "service_id", "location_id", "organization_id", "contact_id",
              "service_at_location_id", "number", "type", "description", "languages",
              "attributes", "metadata"},
    "location": {"_where", "id", "location_type", "name", "description", "latitude", "longitude",
                 "external_identifier", "external_identifier_type", "addresses",
                 "accessibility", "attributes", "organization_id", "metadata", "phones",
                 "schedules", "languages"},
    "address": {"_where", "id", "location_id", "address_1", "city", "region", "state_province",
                "postal_code", "country", "address_type", "attributes", "metadata"},
}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _clean(value: Any) -> Any:
    """A value of another directory's data as JSON, without the reader's ``_where`` marks."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k != "_where"}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


class _Reader:
    """Turns HSDS service objects into records, noting where every field came from."""

    def __init__(self, result: HsdsRead, default_kinds: Sequence[str] = (),
                 default_source: Source | None = None, infer=None,
                 source_for: SourceFor | None = None):
        self.result = result
        self.default_kinds = list(default_kinds)
        self.default_source = default_source
        self.infer = infer              # a core.infer.KindGuesser, or None
        self.source_for = source_for

    # where an object and its field are: a CSV row (objects built from a package carry
    # "_where") or a JSON path relative to the service
    @staticmethod
    def at(obj: dict, svc_where: str, path: str, fld: str) -> tuple[str, str]:
        if isinstance(obj, dict) and "_where" in obj:
            return obj["_where"], fld
        return svc_where, f"{path}.{fld}" if path else fld

    def service(self, obj: Any, where: str, org_name: str | None = None) -> None:
        first, count = len(self.result.problems), len(self.result.records)
        self._service(obj, where, org_name)
        index = count if len(self.result.records) > count else None
        rid = self.result.records[index].id if index is not None else (
            str(obj.get("id") or "") if isinstance(obj, dict) else "")
        self.result.spans.append((where, rid, first, len(self.result.problems), index))

    def _service(self, obj: Any, where: str, org_name: str | None = None) -> None:
        problems: list[Problem] = []
        fields: dict[str, tuple[str, str]] = {}

        def bad(at: tuple[str, str], reason: str) -> None:
            problems.append(Problem(at[0], at[1], reason))

        if not isinstance(obj, dict):
            self.result.problems.append(Problem(where, "", "must be an object (a service)"))
            return
        svc = lambda fld: self.at(obj, where, "", fld)  # noqa: E731

        def text(o: dict, key: str, at: tuple[str, str]) -> str:
            v = o.get(key)
            if v is None:
                return ""
            if not isinstance(v, str):
                bad(at, f"must be text, not {type(v).__name__}")
                return ""
            return v.strip()

        def items(o: dict, key: str, at: tuple[str, str]) -> list[dict]:
            v = o.get(key)
            if v is None:
                return []
            if not isinstance(v, list):
                bad(at, "must be a list")
                return []
            out = []
            for i, x in enumerate(v):
                if isinstance(x, dict):
                    out.append(x)
                else:
                    bad((at[0], f"{at[1]}[{i}]"), "must be an object")
            return out

        # -- the profile
        profile: dict[str, tuple[Any, tuple[str, str]]] = {}
        for i, a in enumerate(items(obj, "attributes", svc("attributes"))):
            code, value = self._profile_attribute(a, self.at(a, where, f"attributes[{i}]", "value"),
                                                  bad)
            if code in PROFILE_FIELDS:
                profile[code] = (value, self.at(a, where, f"attributes[{i}]", "value"))
        data: dict[str, Any] = {}

        def take(code: str, default: Any) -> Any:
            if code in profile:
                fields[code] = profile[code][1]
                return profile[code][0]
            return default

        # -- id
        hsds_id = obj.get("id")
        rid = take("id", None)
        if rid is None:
            try:
                rid = "hsds-" + uuid.UUID(str(hsds_id)).hex
                fields["id"] = svc("id")
            except (ValueError, AttributeError, TypeError):
                bad(svc("id"), f"{hsds_id!r} is not a UUID (and no einclusie-profile id is given)")
                rid = ""
        data["id"] = rid
        data["name"] = text(obj, "name", svc("name"))
        fields["name"] = svc("name")
        # organization
        org = obj.get("organization")
        if isinstance(org, dict):
            data["organization"] = text(org, "name", self.at(org, where, "organization", "name"))
            fields["organization"] = self.at(org, where, "organization", "name")
        elif org is not None:
            bad(svc("organization"), f"must be an object (the organization, with its name), not "
                                     f"{type(org).__name__}")
        elif org_name is not None:
            data["organization"] = org_name
        if data.get("organization") == NO_ORGANIZATION:
            data["organization"] = ""
        for ours, theirs in (("description", "description"), ("email", "email"),
                             ("status", "status"), ("alert", "alert"),
                             ("audience", "eligibility_description")):
            data[ours] = text(obj, theirs, svc(theirs))
            fields[ours] = svc(theirs)
        if not data["status"]:
            bad(svc("status"), "is required (active, inactive, defunct or temporarily closed)")
        # website: the source's spelling while the HSDS url is still what we made of it
        url = text(obj, "url", svc("url"))
        given = take("website", None)
        data["website"] = given if isinstance(given, str) and web_url(given) == url else url
        fields.setdefault("website", svc("url"))
        # cost
        cost = text(obj, "fees_description", svc("fees_description"))
        fields["cost"] = svc("fees_description")
        if not cost:
            for i, co in enumerate(items(obj, "cost_options", svc("cost_options"))):
                at = self.at(co, where, f"cost_options[{i}]", "amount_description")
                cost = text(co, "amount_description", at)
                if not cost and co.get("amount") == 0:
                    cost = "free"
                if cost:
                    fields["cost"] = at
                    break
        data["cost"] = cost
        # assured date: the HSDS field; a partial date ("2023-07") only in the profile
        native = text(obj, "assured_date", svc("assured_date"))
        fields["assured_date"] = svc("assured_date")
        data["assured_date"] = native or take("assured_date", "")
        # profile lists and flags
        for code in ("kinds", "topics", "access", "to_bring", "aliases"):
            data[code] = take(code, [])
        inferred: list[str] = []
        if not data["kinds"] and "kinds" not in profile:
            if self.default_kinds:
                data["kinds"] = list(self.default_kinds)
            elif self.infer is not None:
                guess = self.infer.guess(self._taxonomy_words(obj), data["name"],
                                         data["description"])
                if guess.kind:
                    data["kinds"] = [guess.kind]
                    inferred.append(f"kind {guess.kind} inferred from {guess.explain()}")
                    self.result.notes.append(Problem(where, "kinds", inferred[-1]))
                else:
                    bad(svc("attributes"), f"no kind of help is given, and none can be "
                                           f"inferred ({guess.explain()}); import with --kind "
                                           "to say which kind these offers are")
            else:
                bad(svc("attributes"), "no kind of help is given (an einclusie-profile 'kinds' "
                                       "attribute); import with --kind to say which kind "
                                       "these offers are")
        data["hours_text"] = take("hours_text", "")
        data["may_have_ended"] = take("may_have_ended", False)
        data["open_on_holidays"] = take("open_on_holidays", None)
        data["closed_school_holidays"] = take("closed_school_holidays", "")
        sources = take("sources", None)
        if sources is None:
            given = self.default_source
            if given is None and self.source_for is not None:
                given = self.source_for(obj)
                if given is not None:
                    self.result.notes.append(Problem(where, "sources", f"source: {given.url}"
                                                     + (f" ({given.date})" if given.date else "")))
            if given is not None:
                source = dict(given.__dict__)
                if inferred:
                    # what the import decided is said on the source, as the catalogue does
                    # for every inferred fact (docs/data-format.md: confidence "partial")
                    note = "Import note: " + "; ".join(inferred) + "."
                    source["notes"] = f"{source['notes']} {note}".strip()
                    source["confidence"] = "partial"
                sources = [source]
            else:
                sources = []
                bad(svc("attributes"), "no source is given (an einclusie-profile 'sources' "
                                       "attribute, or a source the file names); import with "
                                       "--source URL to name where the facts come from")
        data["sources"] = sources
        # phones
        phones = []
        for i, ph in enumerate(items(obj, "phones", svc("phones"))):
            at = self.at(ph, where, f"phones[{i}]", "number")
            number = ph.get("number")
            if isinstance(number, (int, float)) and not isinstance(number, bool):
                bad(at, f"{number!r} is a number, not text: the leading 0 of a phone number "
                        "is lost; write it as text")
                continue
            fields[f"phones[{len(phones)}]"] = at
            phones.append({"number": text(ph, "number", at),
                           "description": text(ph, "description",
                                               self.at(ph, where, f"phones[{i}]", "description"))})
        data["phones"] = phones
        # languages
        langs = []
        for i, lg in enumerate(items(obj, "languages", svc("languages"))):
            at = self.at(lg, where, f"languages[{i}]", "code")
            code = text(lg, "code", at)
            if not code:
                bad(at, "a language needs its ISO 639 code (nl, fr, ...)")
                continue
            fields.setdefault("languages", at)
            langs.append(code.lower())
        data["languages"] = langs
        # service areas
        areas = []
        for i, sa in enumerate(items(obj, "service_areas", svc("service_areas"))):
            at = self.at(sa, where, f"service_areas[{i}]", "extent")
            code = text(sa, "extent", at) if sa.get("extent_type") == "text" else ""
            if not AREA_RE.match(code):
                name = text(sa, "name", self.at(sa, where, f"service_areas[{i}]", "name"))
                code = _area_from_name(name)
                if code is None:
                    bad(at, f"cannot read the service area {name or code!r}: give extent_type "
                            "'text' with an area code (be, region:flanders, province:Limburg, "
                            "municipality:Gent)")
                    continue
            fields.setdefault("service_area", at)
            areas.append(code)
        data["service_area"] = areas
        # locations
        locations = []
        for i, sal in enumerate(items(obj, "service_at_locations", svc("service_at_locations"))):
            loc = sal.get("location")
            lpath = f"service_at_locations[{i}].location"
            if not isinstance(loc, dict):
                bad(self.at(sal, where, f"service_at_locations[{i}]", "location"),
                    "needs its location")
                continue
            converted = self._location(loc, where, lpath, bad, fields, len(locations))
            if converted is not None:
                locations.append(converted)
        data["locations"] = locations
        # hours
        self._hours(obj, where, data, profile, fields, bad)
        # what the catalogue has no field for: kept verbatim (their value wins over ours)
        extra = take("hsds_extra", {})
        extra = dict(extra) if isinstance(extra, dict) else {}
        extra.update(self._extra(obj, data.get("organization", ""), profile))
        data["hsds_extra"] = extra
        self._not_kept(obj, where)
        self.result.problems.extend(problems)
        # Not yet checked (check_read does that): every problem of the file is found at once.
        record = lenient_record(data) if data["id"] else None
        if record is None:
            try:
                record_from_dict(data, "")
            except RecordError as exc:
                read = ReadResult([], [], [where], [fields])
                self.result.problems.extend(read.relocate(0, exc.problems))
            return
        # a package's service is where its row is; a JSON service where its path is
        self.result.add(record, obj.get("_where") or where, fields)

    @staticmethod
    def _profile_attribute(a: dict, at: tuple[str, str], bad) -> tuple[str | None, Any]:
        term = a.get("taxonomy_term") if isinstance(a.get("taxonomy_term"), dict) else {}
        detail = term.get("taxonomy_detail")
        taxonomy = term.get("taxonomy") or (detail.get("name") if isinstance(detail, dict)
                                            else None)
        if a.get("link_type") != PROFILE_TAXONOMY and taxonomy != PROFILE_TAXONOMY:
            return None, None
        code = term.get("code")
        if code not in PROFILE_FIELDS and code != LOCATION_PROFILE:
            bad(at, f"unknown {PROFILE_TAXONOMY} attribute {code!r}")
            return None, None
        raw = a.get("value")
        try:
            return code, json.loads(raw) if isinstance(raw, str) else None
        except (ValueError, RecursionError):
            bad(at, f"the {code} attribute's value is not JSON ({raw!r:.60})")
            return None, None

    def _location(self, loc: dict, where: str, path: str, bad, fields: dict,
                  index: int) -> dict | None:
        at = lambda fld: self.at(loc, where, path, fld)  # noqa: E731
        for key in ("addresses", "accessibility", "attributes"):
            value = loc.get(key)
            if value is not None and not isinstance(value, list):
                bad(at(key), f"must be a list, not {type(value).__name__}")
            for j, item in enumerate(_list(value)):
                if not isinstance(item, dict):
                    bad((at(key)[0], f"{at(key)[1]}[{j}]"), "must be an object")
        addresses = [a for a in _list(loc.get("addresses")) if isinstance(a, dict)]
        address = addresses[0] if addresses else {}
        for key in ("address_1", "city", "postal_code"):
            if not isinstance(address.get(key), (str, int, float, type(None))) or \
                    isinstance(address.get(key), bool):
                bad(self.at(address, where, f"{path}.addresses[0]", key), "must be text")
        if not isinstance(loc.get("name"), (str, type(None))):
            bad(at("name"), "must be text")
        apath = f"{path}.addresses[0]"
        aat = lambda fld: self.at(address, where, apath, fld)  # noqa: E731
        profile = None
        for j, a in enumerate(_list(loc.get("attributes"))):
            if isinstance(a, dict):
                code, value = self._profile_attribute(
                    a, self.at(a, where, f"{path}.attributes[{j}]", "value"), bad)
                if code == LOCATION_PROFILE and isinstance(value, dict):
                    profile = value

        def num(o: dict, key: str, a: tuple[str, str]) -> float | None:
            v = o.get(key)
            if v is None or v == "":
                return None
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                bad(a, f"{v!r} is not a number")
                return None
            return float(v)

        native = {"address_1": _str(address.get("address_1")),
                  "city": _str(address.get("city")),
                  "postal_code": _str(address.get("postal_code")),
                  "latitude": num(loc, "latitude", at("latitude")),
                  "longitude": num(loc, "longitude", at("longitude"))}
        out: dict[str, Any] = {"name": _str(loc.get("name"))}
        exported = (profile or {}).get("exported")
        exported = exported if isinstance(exported, dict) else {}
        same_address = profile is not None and all(
            exported.get(k) == native[k] for k in ("address_1", "city", "postal_code"))
        if same_address:
            for k in ("street", "house_number", "postcode", "municipality"):
                out[k] = str(profile.get(k) or "")
            fields[f"locations[{index}]"] = at("addresses")
            fields[f"locations[{index}].postcode"] = aat("postal_code")
            fields[f"locations[{index}].municipality"] = aat("city")
        else:
            out.update(street=native["address_1"], house_number="",
                       postcode=native["postal_code"], municipality=native["city"])
            fields[f"locations[{index}]"] = aat("city")
            fields[f"locations[{index}].postcode"] = aat("postal_code")
            fields[f"locations[{index}].municipality"] = aat("city")
        same_point = profile is not None and all(
            exported.get(k) == native[k] for k in ("latitude", "longitude"))
        if same_point:
            out["latitude"], out["longitude"] = profile.get("latitude"), profile.get("longitude")
        else:
            out["latitude"], out["longitude"] = native["latitude"], native["longitude"]
            fields[f"locations[{index}].latitude"] = at("latitude")
            fields[f"locations[{index}].longitude"] = at("longitude")
        if out["latitude"] is None or out["longitude"] is None:
            if out["latitude"] is not None or out["longitude"] is not None:
                bad(at("latitude"), "latitude and longitude go together")
            out.pop("latitude"), out.pop("longitude")
        else:
            from .validate import check_coordinates

            issue = check_coordinates(out["latitude"], out["longitude"])
            if issue:
                bad(at("latitude"), issue.message)
        access = [_str(a.get("description")) for a in _list(loc.get("accessibility"))
                  if isinstance(a, dict)]
        out["accessibility"] = "; ".join(a for a in access if a)
        return out

    @staticmethod
    def _differ(old: Any, new: list) -> bool:
        """Do two lists of schedule rows give other hours (ids and links aside)?"""
        from .hours import HoursError, from_hsds

        try:
            a, b = from_hsds(_list(old)), from_hsds(new)
        except (HoursError, TypeError, ValueError, AttributeError):
            return True
        return (list(a.rules), list(a.exceptions)) != (list(b.rules), list(b.exceptions))

    @staticmethod
    def _ours(a: dict) -> bool:
        """An attribute of our profile or our topics (derived): not theirs to keep."""
        term = a.get("taxonomy_term") if isinstance(a.get("taxonomy_term"), dict) else {}
        detail = term.get("taxonomy_detail")
        taxonomy = term.get("taxonomy") or (detail.get("name") if isinstance(detail, dict)
                                            else None)
        return a.get("link_type") in (PROFILE_TAXONOMY, "topic") or \
            taxonomy in (PROFILE_TAXONOMY, TOPIC_TAXONOMY)

    def _taxonomy_words(self, obj: dict) -> list[str]:
        """The words of a service's own classification: its attributes' terms and labels."""
        out = []
        for a in _list(obj.get("attributes")):
            if not isinstance(a, dict) or self._ours(a):
                continue
            term = a.get("taxonomy_term") if isinstance(a.get("taxonomy_term"), dict) else {}
            out += [_str(term.get(k)) for k in ("name", "code", "description")]
            out += [_str(a.get(k)) for k in ("label", "value")]
        return [w for w in out if w]

    def _extra(self, obj: dict, org_name: str, profile: dict) -> dict[str, Any]:
        """Every non-empty field of a service this program has no field for, verbatim; the
        organization's fields beyond its name; their own attributes."""
        out = {k: _clean(v) for k, v in obj.items() if k not in _MAPPED and not _empty(v)}
        org = obj.get("organization")
        if isinstance(org, dict) and org_name:
            theirs = {k: _clean(v) for k, v in org.items()
                      if k not in ("name", "services", "_where") and not _empty(v)}
            if theirs != {"id": hsds_uuid("organization", org_name),
                          "description": NO_DESCRIPTION}:
                out["organization"] = theirs
        foreign = [_clean(a) for a in _list(obj.get("attributes"))
                   if isinstance(a, dict) and not self._ours(a)]
        if foreign:
            out["attributes"] = foreign
        return out

    def _not_kept(self, obj: dict, where: str) -> None:
        """A note for each fact of a phone, location or address the catalogue cannot keep."""
        def check(o: Any, kind: str, path: str) -> None:
            if not isinstance(o, dict):
                return
            for k, v in o.items():
                if k not in _NESTED_KNOWN[kind] and not _empty(v):
                    w, f = self.at(o, where, path, k)
                    self.result.notes.append(Problem(w, f, "not kept: the catalogue has no "
                                                           "field for it"))

        for i, ph in enumerate(_list(obj.get("phones"))):
            check(ph, "phone", f"phones[{i}]")
        for i, sal in enumerate(_list(obj.get("service_at_locations"))):
            loc = sal.get("location") if isinstance(sal, dict) else None
            path = f"service_at_locations[{i}].location"
            check(loc, "location", path)
            if isinstance(loc, dict):
                for j, a in enumerate(_list(loc.get("addresses"))):
                    check(a, "address", f"{path}.addresses[{j}]")

    def _hours(self, obj: dict, where: str, data: dict, profile: dict, fields: dict,
               bad) -> None:
        from .hours import HoursError, format_weekly, from_hsds, parse_weekly

        rows = obj.get("schedules") or []
        at = self.at(obj, where, "", "schedules")
        # HSDS 3.3 splits schedules into operating_hours and events; they win over the
        # deprecated schedules (docs/hsds-profile.md, "HSDS 3.1 and 3.3").
        newer = [k for k in ("operating_hours", "events") if obj.get(k)]
        if newer:
            parts = [obj[k] for k in newer]
            if not all(isinstance(x, list) for x in parts):
                bad(self.at(obj, where, "", newer[0]), "must be a list of schedule objects")
                return
            new_rows = [r for x in parts for r in x]
            if rows and self._differ(rows, new_rows):
                self.result.notes.append(Problem(where, "schedules", "differs from "
                                                 f"{' and '.join(newer)}; {' and '.join(newer)} "
                                                 "used (schedules is deprecated in HSDS 3.3)"))
            rows = new_rows
            at = self.at(obj, where, "", newer[0])
        if not rows:
            sal_rows = [(s, (s.get("schedules") or [])) for s in
                        _list(obj.get("service_at_locations")) if isinstance(s, dict)]
            with_rows = [x for x in sal_rows if x[1]]
            if len(with_rows) > 1:
                bad(at, "hours per location are not supported: give the service's schedules")
                return
            if with_rows:
                rows = with_rows[0][1]
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            bad(at, "must be a list of schedule objects")
            return
        if rows and "_where" in rows[0]:
            at = (rows[0]["_where"], "")
        fields["hours"] = at
        fields["hours_exceptions"] = at
        try:
            schedule = from_hsds(rows)
        except HoursError as exc:
            where_ = at
            m = re.match(r"row (\d+)", exc.part or "")
            if m and int(m[1]) - 1 < len(rows):
                r = rows[int(m[1]) - 1]
                where_ = self.at(r, where, f"schedules[{int(m[1]) - 1}]", "")
                part = exc.part.split(":", 1)[1].strip() if ":" in exc.part else ""
                where_ = (where_[0], (where_[1].rstrip(".") + ("." if where_[1] else "") + part)
                          if part else where_[1].rstrip("."))
            bad(where_, exc.reason)
            return
        except (TypeError, ValueError, AttributeError) as exc:
            bad(at, f"cannot be read as HSDS schedules ({exc})")
            return
        text = profile.get("hours", (None,))[0]
        try:
            same = isinstance(text, str) and list(parse_weekly(text)) == list(schedule.rules)
        except HoursError:
            same = False
        if same:
            data["hours"] = text
        elif schedule.rules:
            try:
                data["hours"] = format_weekly(schedule.rules)
            except HoursError as exc:
                bad(at, f"these hours have no weekly form in the catalogue ({exc.reason}); "
                        "put them in hours_text")
                return
        else:
            data["hours"] = ""
        exceptions = [
            {"date": e.day.isoformat(),
             "opens": e.opens_at.strftime("%H:%M") if e.opens_at else "",
             "closes": ("24:00" if e.closes_at is not None and e.closes_at.hour == 0
                        and e.closes_at.minute == 0 else
                        e.closes_at.strftime("%H:%M") if e.closes_at else ""),
             "description": e.description} for e in schedule.exceptions]
        given = profile.get("hours_exceptions", (None,))[0]
        if isinstance(given, list) and _sorted_dicts(given) == _sorted_dicts(exceptions):
            exceptions = given
        data["hours_exceptions"] = exceptions


def _str(value: Any) -> str:
    """A text field of another directory's data: text trimmed, a number as written, else ""."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _sorted_dicts(items: list) -> list[str]:
    return sorted(_j(x) for x in items)


_AREA_NAMES = {
    "belgie": "be", "belgique": "be", "belgium": "be", "belgien": "be",
    "vlaanderen": "region:flanders", "vlaams gewest": "region:flanders",
    "flanders": "region:flanders", "brussel": "region:brussels", "bruxelles": "region:brussels",
    "brussels hoofdstedelijk gewest": "region:brussels", "wallonie": "region:wallonia",
}


def _area_from_name(name: str) -> str | None:
    from .text import normalize

    return _AREA_NAMES.get(normalize(name or ""))


def _decode(data: bytes, name: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text (a BOM is fine); anything else is one clear problem."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return None, Problem(name, "", "is UTF-16 text, not UTF-8: save it as UTF-8")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start]
        return None, Problem(name, f"line {line}",
                             f"is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8")


def read_service_objects(value: Any, name: str, *, default_kinds: Sequence[str] = (),
                         default_source: Source | None = None, infer=None,
                         source_for: SourceFor | None = None) -> HsdsRead:
    """Records from parsed HSDS JSON: a service, a list, an organization with services, a page.

    For a service without our profile: ``default_kinds`` / ``default_source`` when the
    maintainer gave them; else ``infer`` (a :class:`.infer.KindGuesser`) infers the kind and
    ``source_for(service)`` names the source; what was inferred is in ``notes``."""
    result = HsdsRead(source=name)
    reader = _Reader(result, default_kinds, default_source, infer, source_for)

    def one(obj: Any, path: str, org_name: str | None = None) -> None:
        if isinstance(obj, dict) and isinstance(obj.get("services"), list):
            org = obj.get("name") if isinstance(obj.get("name"), str) else None
            for i, s in enumerate(obj["services"]):
                reader.service(s, f"{name} {path}.services[{i}]", org)
        elif isinstance(obj, dict) and "services" in obj:
            result.problems.append(Problem(f"{name} {path}", "services", "must be a list"))
        else:
            reader.service(obj, f"{name} {path}", org_name)

    if isinstance(value, dict) and isinstance(value.get("contents"), list):
        for i, item in enumerate(value["contents"]):
            one(item, f"$.contents[{i}]")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            one(item, f"$[{i}]")
    elif isinstance(value, dict):
        one(value, "$")
    else:
        result.problems.append(Problem(name, "", "is not an HSDS service, list of services or "
                                                 "organization"))
    return result


def read_json(path: Path, *, default_kinds: Sequence[str] = (),
              default_source: Source | None = None, infer=None,
              source_for: SourceFor | None = None) -> HsdsRead:
    """Read an HSDS 3.0 JSON file into records (nothing is stored). HSDS 3.1 to 3.3 is read
    too: what the catalogue has no field for is kept in ``hsds_extra``."""
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return HsdsRead(problems=[Problem(str(path), "", f"cannot be read ({exc.strerror})")])
    text, problem = _decode(raw, name)
    if problem:
        return HsdsRead(problems=[problem])
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return HsdsRead(problems=[Problem(name, f"line {exc.lineno} column {exc.colno}",
                                            f"is not valid JSON ({exc.msg})")])
    except RecursionError:
        return HsdsRead(problems=[Problem(name, "", "is nested too deeply to be HSDS (lists "
                                                     "or objects inside each other hundreds "
                                                     "of times)")])
    except ValueError as exc:          # e.g. an integer of more than 4,300 digits
        return HsdsRead(problems=[Problem(name, "", f"cannot be read as JSON ({_short(exc)})")])
    try:
        return read_service_objects(value, name, default_kinds=default_kinds,
                                    default_source=default_source, infer=infer,
                                    source_for=source_for)
    except RecursionError:
        return HsdsRead(problems=[Problem(name, "", "is nested too deeply to be read")])


# -- the tabular package ------------------------------------------------------------------------

_NUMBER_COLUMNS = {"latitude", "longitude", "amount", "extension", "interval", "count",
                   "timezone", "minimum_age", "maximum_age", "year_incorporated",
                   "available", "maximum"}


#: A cell longer than this is refused (Python's csv limit; no real field comes close).
MAX_CELL = 131072


def _descriptor(folder: Path) -> tuple[dict | None, list[Problem]]:
    """``datapackage.json`` of a package folder: (None, []) when there is none."""
    dp = folder / "datapackage.json"
    if not dp.is_file():
        return None, []
    try:
        raw = dp.read_bytes()
    except OSError as exc:
        return None, [Problem(dp.name, "", f"cannot be read ({exc.strerror})")]
    text, problem = _decode(raw, dp.name)
    if problem:
        return None, [problem]
    try:
        descriptor = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, [Problem(dp.name, f"line {exc.lineno}", f"is not valid JSON ({exc.msg})")]
    except (ValueError, RecursionError) as exc:
        return None, [Problem(dp.name, "", f"cannot be read ({_short(exc)})")]
    if not isinstance(descriptor, dict):
        return None, [Problem(dp.name, "", "is not a data package descriptor (it must be a JSON "
                                           "object with 'resources')")]
    return descriptor, []


def _short(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "it is nested too deeply"
    return str(exc)[:120]


def _inside(folder: Path, rel: Any) -> str | None:
    """Why a resource ``path`` is not read (None: it is a file name inside the package)."""
    if not isinstance(rel, str) or not rel.strip():
        return "must be the name of a CSV file in the package"
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", rel):
        return f"{rel!r} is a web address; only files inside the package are read"
    candidate = Path(rel)
    if candidate.is_absolute() or rel.startswith(("/", "\\")) or ".." in re.split(r"[\\/]", rel) \
            or re.match(r"^[a-zA-Z]:", rel):
        return f"{rel!r} points outside the package folder; it is not read"
    try:
        resolved = (folder / candidate).resolve()
        resolved.relative_to(folder.resolve())
    except (ValueError, OSError):
        return f"{rel!r} points outside the package folder; it is not read"
    return None


#: HSDS 3.1 tables read when a package declares them: nested into each service as
#: ``additional_urls`` (url) and ``capacities`` (service_capacity, each with its unit), and so
#: kept in ``hsds_extra``.
EXTRA_TABLES = ("url", "service_capacity", "unit")


def read_tabular(path: Path, *, default_kinds: Sequence[str] = (),
                 default_source: Source | None = None, infer=None,
                 source_for: SourceFor | None = None) -> HsdsRead:
    """Read an HSDS 3.0 tabular data package (its folder or its ``datapackage.json``).

    ``datapackage.json`` says which tables the package has: a table it declares but does not
    carry, carries empty, or carries cut off (a last row without its line end or its last
    cells, a quote left open, a size or hash other than the descriptor's ``bytes`` / ``hash``)
    is a problem naming the file; nothing is read from a package with such a problem. A
    resource ``path`` is only ever a file inside the package folder.

    HSDS 3.1 tables (:data:`EXTRA_TABLES`) are read when declared; any other declared table
    (contact, funding, ...) is not read, and a note says so. Without ``default_source`` and
    ``source_for``, a package whose descriptor names where it comes from (``homepage``, or
    the first of its ``sources`` with a web address) gives that as the source of services
    that name none."""
    path = Path(path)
    folder = path.parent if path.is_file() else path
    problems: list[Problem] = []
    official = {r["name"]: r["path"] for r in official_datapackage()["resources"]}
    files: dict[str, str] = {t: official[t] for t in TABLES}
    declared: dict[str, dict] = {}
    skipped: list[Problem] = []
    descriptor, problems = _descriptor(folder)
    if problems:
        return HsdsRead(problems=problems)
    escaped = False
    if descriptor is not None:
        escaped = descriptor.get(FORMULA_ESCAPE) == "'"
        resources = descriptor.get("resources")
        if not isinstance(resources, list):
            return HsdsRead(problems=[Problem("datapackage.json", "resources",
                                                "must be a list of the package's tables")])
        for i, res in enumerate(resources):
            where = ("datapackage.json", f"resources[{i}]")
            if not isinstance(res, dict):
                problems.append(Problem(*where, "must be an object (a table)"))
                continue
            name = res.get("name")
            if name in EXTRA_TABLES and _inside(folder, res.get("path")) is None:
                files[name] = res["path"]
            if name not in files:
                # another HSDS table (contact, funding...): this program keeps none
                skipped.append(Problem(str(res.get("path") or name), "", "not read: the "
                                       f"catalogue keeps no {name} table"))
                continue
            why = _inside(folder, res.get("path"))
            if why:
                problems.append(Problem(where[0], f"{where[1]}.path", why))
                continue
            files[name] = res["path"]
            declared[name] = res
    tables: dict[str, list[dict]] = {}
    for table, fname in files.items():
        f = folder / fname
        if not f.is_file():
            if table in declared or table in EXTRA_TABLES:
                problems.append(Problem(fname, "", "is missing: datapackage.json lists this "
                                                   "table, but the package does not carry it "
                                                   "(a missing table is never read as 'no "
                                                   "rows')"))
            elif table == "service":
                problems.append(Problem(str(folder), "", f"has no {fname}: not an HSDS tabular "
                                                         "package"))
            tables[table] = []
            continue
        try:
            raw = f.read_bytes()
        except OSError as exc:
            problems.append(Problem(fname, "", f"cannot be read ({exc.strerror})"))
            continue
        found = _check_file(raw, fname, declared.get(table))
        if found:
            problems.extend(found)
            tables[table] = []
            continue
        text, problem = _decode(raw, fname)
        if problem:
            problems.append(problem)
            tables[table] = []
            continue
        rows, found = _read_table(text, fname, escaped)
        problems.extend(found)
        tables[table] = rows
    if problems:
        return HsdsRead(problems=problems)
    services, found = _nest(tables)
    if default_source is None and source_for is None and descriptor is not None:
        given = _package_source(descriptor)
        if given is not None:
            source_for = lambda _obj: given  # noqa: E731
    result = read_service_objects(services, files["service"], default_kinds=default_kinds,
                                  default_source=default_source, infer=infer,
                                  source_for=source_for)
    result.problems[:0] = found
    result.notes[:0] = skipped
    return result


_WEB = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)


def _package_source(descriptor: dict) -> Source | None:
    """Where a data package says it comes from: ``homepage``, else the first of its
    ``sources`` with a web address (Data Package standard), dated by ``created``."""
    url = descriptor.get("homepage") if isinstance(descriptor.get("homepage"), str) else ""
    if not _WEB.match(url or ""):
        url = ""
        for src in _list(descriptor.get("sources")):
            if isinstance(src, dict) and isinstance(src.get("path"), str) and \
                    _WEB.match(src["path"]):
                url = src["path"]
                break
    if not url:
        return None
    created = descriptor.get("created")
    date = created[:10] if isinstance(created, str) and re.match(r"^\d{4}-\d{2}-\d{2}",
                                                                  created) else ""
    return Source(url.strip(), date, "high", "named by the package's datapackage.json")


def _check_file(raw: bytes, fname: str, res: dict | None) -> list[Problem]:
    """A table file that is empty or not the one the descriptor describes."""
    if not raw.strip():
        return [Problem(fname, "", "is empty: not even its header row is there (the file was "
                                   "cut off or not written)")]
    if res is None:
        return []
    out = []
    size, digest = res.get("bytes"), res.get("hash")
    if isinstance(size, int) and not isinstance(size, bool) and size != len(raw):
        out.append(Problem(fname, "", f"has {len(raw)} bytes, but datapackage.json says {size}: "
                                      "it was cut off or changed after the export. If you "
                                      "changed it on purpose, remove its 'bytes' and 'hash' "
                                      "from datapackage.json"))
    elif isinstance(digest, str):
        algo, _, value = digest.partition(":") if ":" in digest else ("md5", "", digest)
        if algo.lower() in ("md5", "sha1", "sha256", "sha512"):
            if hashlib.new(algo.lower(), raw).hexdigest() != value.lower():
                out.append(Problem(fname, "", "differs from the file datapackage.json describes "
                                              f"(its {algo} hash): it was cut off or changed "
                                              "after the export. If you changed it on purpose, "
                                              "remove its 'bytes' and 'hash' from "
                                              "datapackage.json"))
    return out


def _read_table(text: str, fname: str, escaped: bool) -> tuple[list[dict], list[Problem]]:
    """The rows of one CSV table; a row cut off, a quote left open or a giant cell is a
    problem with its row, never a row read short."""
    from .spreadsheet import restore

    problems: list[Problem] = []
    rows: list[dict] = []
    if not text.endswith(("\n", "\r")):
        problems.append(Problem(fname, "", "does not end with a line break: it was cut off (a "
                                           "complete CSV file ends its last row with one)"))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            return [], [Problem(fname, "row 1", "has no header row")]
        if "id" not in header:
            return [], [Problem(fname, "row 1", "has no 'id' column: not an HSDS table")]
        if len(set(header)) != len(header):
            problems.append(Problem(fname, "row 1", "has a column twice"))
        for n, cells in enumerate(reader, start=2):
            where = f"{fname} row {n}"
            if not cells:
                continue
            if len(cells) > len(header):
                problems.append(Problem(where, "", "has more cells than the header has columns"))
                continue
            if len(cells) < len(header):
                problems.append(Problem(where, "", f"has {len(cells)} cells, the header has "
                                                   f"{len(header)} columns (a row cut off?)"))
                continue
            clean: dict[str, Any] = {"_where": where}
            for k, v in zip(header, cells):
                if v == "":
                    continue
                if k in _NUMBER_COLUMNS:
                    try:
                        clean[k] = float(v) if not re.fullmatch(r"-?\d+", v) else int(v)
                    except ValueError:
                        problems.append(Problem(where, k, f"{v[:40]!r} is not a number"))
                        continue
                else:
                    clean[k] = restore(v) if escaped else v
            if "id" not in clean:
                problems.append(Problem(where, "id", "is required"))
                continue
            rows.append(clean)
    except csv.Error as exc:
        line = reader.line_num
        reason = str(exc)
        if "field larger than field limit" in reason:
            reason = f"a cell is longer than {MAX_CELL:,} characters"
        elif "unexpected end of data" in reason:
            reason = "the file ends inside a quoted cell: it was cut off"
        problems.append(Problem(f"{fname} row {line}", "", reason))
    return rows, problems


def _nest(tables: dict[str, list[dict]]) -> tuple[list[dict], list[Problem]]:
    """Rows of the package → nested service objects; rows that point nowhere are problems."""
    problems: list[Problem] = []
    by_id = {t: {r["id"]: r for r in rows} for t, rows in tables.items()}

    def group(table: str, key: str) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for r in tables.get(table, []):
            if key in r:
                out.setdefault(r[key], []).append(r)
        return out

    def pointing(table: str, key: str, target: str, required: bool = True) -> None:
        for r in tables.get(table, []):
            if key in r and r[key] not in by_id[target]:
                problems.append(Problem(r["_where"], key, f"no {target} has the id {r[key]}"))
            elif required and key not in r:
                problems.append(Problem(r["_where"], key, "is required"))

    for table in ("phone", "schedule", "service_area", "language", "cost_option"):
        for r in tables.get(table, []):
            if "service_id" not in r and table in ("phone", "schedule"):
                continue  # may belong to a location or an organization
            if r.get("service_id") not in by_id["service"]:
                problems.append(Problem(r["_where"], "service_id",
                                        f"no service has the id {r.get('service_id', '')}"))
    pointing("service_at_location", "service_id", "service")
    pointing("service_at_location", "location_id", "location")
    pointing("address", "location_id", "location")
    pointing("accessibility", "location_id", "location")
    pointing("attribute", "taxonomy_term_id", "taxonomy_term")
    for r in tables.get("service", []):
        if "organization_id" in r and r["organization_id"] not in by_id["organization"]:
            problems.append(Problem(r["_where"], "organization_id",
                                    f"no organization has the id {r['organization_id']}"))
    attrs = group("attribute", "link_id")
    terms = by_id["taxonomy_term"]
    taxonomies = by_id["taxonomy"]

    def with_terms(rows: list[dict]) -> list[dict]:
        out = []
        for a in rows:
            term = dict(terms.get(a.get("taxonomy_term_id"), {}))
            if term.get("taxonomy_id") in taxonomies:
                term["taxonomy_detail"] = taxonomies[term["taxonomy_id"]]
            out.append({**a, "taxonomy_term": term})
        return out

    phones, schedules = group("phone", "service_id"), group("schedule", "service_id")
    areas, langs = group("service_area", "service_id"), group("language", "service_id")
    costs, sals = group("cost_option", "service_id"), group("service_at_location", "service_id")
    addresses, access = group("address", "location_id"), group("accessibility", "location_id")
    urls, capacities = group("url", "service_id"), group("service_capacity", "service_id")
    units = by_id.get("unit", {})
    services = []
    for s in tables.get("service", []):
        sid = s["id"]
        obj = dict(s)
        if s.get("organization_id") in by_id["organization"]:
            obj["organization"] = by_id["organization"][s["organization_id"]]
        obj["phones"] = phones.get(sid, [])
        obj["schedules"] = schedules.get(sid, [])
        obj["service_areas"] = areas.get(sid, [])
        obj["languages"] = langs.get(sid, [])
        obj["cost_options"] = costs.get(sid, [])
        obj["attributes"] = with_terms(attrs.get(sid, []))
        if urls.get(sid):
            obj["additional_urls"] = urls[sid]
        if capacities.get(sid):
            obj["capacities"] = [{**c, **({"unit": units[c["unit_id"]]}
                                          if c.get("unit_id") in units else {})}
                                 for c in capacities[sid]]
        obj["service_at_locations"] = []
        for sal in sals.get(sid, []):
            loc = by_id["location"].get(sal.get("location_id"))
            if loc is None:
                continue
            obj["service_at_locations"].append({**sal, "location": {
                **loc, "addresses": addresses.get(loc["id"], []),
                "accessibility": access.get(loc["id"], []),
                "attributes": with_terms(attrs.get(loc["id"], []))}})
        services.append(obj)
    return services, problems
