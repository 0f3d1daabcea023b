"""Compile the text sources and the gazetteer into one SQLite catalogue file.

``build_catalogue`` is deterministic: the same records, gazetteer and word lists give the same
rows in the same order (ids are derived from record ids, never random; nothing time-dependent is
stored). It writes to a temporary file beside the target and renames it only when everything
succeeded, so a failed build never leaves a half-written catalogue.

Every problem in the inputs (an unknown place, a phone number that cannot be Belgian, an
unknown service area) is collected and reported together with its record and field.

Two ways in:

* :func:`load_inputs` reads a source checkout's ``data/`` folder (``einclusie catalogue build``).
* :func:`inputs_from_catalogue` takes everything but the records from an already built catalogue
  file: its gazetteer tables, topics (with their match rules, table ``topic``) and synonyms. The
  running program has no ``data/`` folder; it compiles the shipped records overlaid by the local
  store's (core/overlay.py) this way. ``Inputs.local_ids`` marks the records that come from the
  local store: their ``service.origin`` is ``'local'``, every other one ``'shipped'``.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import sqlite_utils

from . import tags, vocab
from .gazetteer import Gazetteer, GazetteerError, build_tables
from .geo import cell_token, fine_cell_token
from .phones import PhoneError, parse_phone
from .record import Problem, Record, RecordError, load_records
from .schema import FTS_DDL, SCHEDULE_COLUMNS, SCHEMA_VERSION
from .taxonomy import SynonymIndex, Topic, load_synonyms, load_topics, topics_of, TAXONOMY_NAME
from .text import infixes, normalize

#: Where the data folder lives in a source checkout.
DATA_DIR = Path(__file__).resolve().parents[2] / "data"


@dataclass
class Inputs:
    """Everything a build reads; ``load_inputs`` fills it from a data folder.

    ``gazetteer_dir`` is the folder of gazetteer source files, or a built catalogue file whose
    ``gaz_*`` tables are copied as they are (:func:`inputs_from_catalogue`). ``local_ids``: the
    records that come from the local store (``service.origin = 'local'``).
    """

    records: list[Record]
    gazetteer_dir: Path
    topics: list[Topic]
    synonyms: SynonymIndex
    digest_parts: list[bytes] = field(default_factory=list)
    local_ids: frozenset[str] = frozenset()


def load_inputs(data_dir: Path = DATA_DIR, records: Sequence[Record] | None = None) -> Inputs:
    topics = load_topics(data_dir / "taxonomy.toml")
    synonyms = SynonymIndex(load_synonyms(data_dir / "synonyms.toml", topics))
    if records is None:
        records = load_records(data_dir / "services")
    parts = [(data_dir / n).read_bytes() for n in ("taxonomy.toml", "synonyms.toml")]
    return Inputs(list(records), data_dir / "gazetteer", topics, synonyms, parts)


def inputs_from_catalogue(path: Path, records: Sequence[Record],
                          local_ids: Iterable[str] = ()) -> Inputs:
    """Inputs for a build of ``records`` with the gazetteer, topics and synonyms of the built
    catalogue ``path`` (read-only). Raises :class:`RecordError` when the file lacks them."""
    path = Path(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise RecordError([Problem(str(path), "", f"cannot be opened ({exc})")]) from None
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = sorted({"topic", "synonym", "gaz_name", "meta"} - names)
        if missing:
            raise RecordError([Problem(str(path), "", "is a catalogue of an older build without "
                                       f"{', '.join(missing)}; rebuild it")])
        topics = [Topic(code, nl, fr, tuple(json.loads(match)), tuple(json.loads(services)))
                  for code, nl, fr, match, services in conn.execute(
                      "SELECT code, nl, fr, match, services FROM topic ORDER BY rowid")]
        synonyms = SynonymIndex.from_rows(
            conn.execute("SELECT phrase, topics, kinds FROM synonym ORDER BY phrase"))
        digest = dict(conn.execute("SELECT key, value FROM meta")).get("input_sha256", "")
    finally:
        conn.close()
    return Inputs(list(records), path, topics, synonyms, [digest.encode()],
                  frozenset(local_ids))


def _copy_gazetteer(conn: sqlite3.Connection, catalogue: Path) -> None:
    """The ``gaz_*`` tables and indexes of a built catalogue, copied row for row (same order)."""
    conn.commit()  # ATTACH/DETACH need no open transaction; the build file is still a temp file
    conn.execute("ATTACH DATABASE ? AS src", (str(Path(catalogue).resolve()),))
    try:
        objects = conn.execute(
            "SELECT type, name, sql FROM src.sqlite_master WHERE name LIKE 'gaz!_%' ESCAPE '!'"
            " AND sql IS NOT NULL ORDER BY type = 'index', rowid").fetchall()
        for kind, name, sql in objects:  # tables first, then their indexes
            conn.execute(sql)
            if kind == "table":
                conn.execute(f"INSERT INTO main.[{name}] SELECT * FROM src.[{name}] ORDER BY rowid")
    finally:
        conn.commit()
        conn.execute("DETACH DATABASE src")


def build_catalogue(inputs: Inputs, out: Path) -> dict[str, int]:
    """Write the catalogue to ``out`` (atomically). Returns counts of what was written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".building")
    if tmp.exists():
        tmp.unlink()
    try:
        conn = sqlite3.connect(tmp)
        try:
            counts = _build(conn, inputs)
            conn.commit()
            conn.execute("VACUUM")
        finally:
            conn.close()
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return counts


def _build(conn: sqlite3.Connection, inputs: Inputs) -> dict[str, int]:
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    if Path(inputs.gazetteer_dir).is_file():
        _copy_gazetteer(conn, inputs.gazetteer_dir)
    else:
        build_tables(conn, inputs.gazetteer_dir)
    gaz = Gazetteer(conn)
    db = sqlite_utils.Database(conn)
    _create_tables(db)

    records = sorted(inputs.records, key=lambda r: r.id)
    compiled, problems = [], []
    for record in records:
        try:
            compiled.append(_compile(record, gaz, inputs.topics))
        except RecordError as exc:
            problems.extend(exc.problems)
    from .record import check_unique

    problems.extend(check_unique(records))
    if problems:
        raise RecordError(problems)

    _insert_hsds(db, compiled, inputs.topics, inputs.local_ids)
    db["topic"].insert_all(
        ({"code": t.code, "nl": t.nl, "fr": t.fr, "match": _j(list(t.match)),
          "services": _j(list(t.services))} for t in inputs.topics))
    db["synonym"].insert_all(
        ({"phrase": p, "topics": t, "kinds": k} for p, t, k in inputs.synonyms.rows()))
    n_rows = _insert_search(conn, compiled)

    digest = hashlib.sha256()
    for part in inputs.digest_parts:
        digest.update(part)
    for c in compiled:
        digest.update(json.dumps(c.record.to_dict(), sort_keys=True).encode())
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "services": str(len(compiled)),
        "search_rows": str(n_rows),
        "input_sha256": digest.hexdigest(),
    }
    db["meta"].insert_all(({"key": k, "value": v} for k, v in sorted(meta.items())), pk="key")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return {"services": len(compiled), "search_rows": n_rows}


# ---------------------------------------------------------------------------------------------
# One record, resolved against the gazetteer


@dataclass
class Compiled:
    record: Record
    locations: list[dict]
    phones: list[dict]
    areas: list[dict]           # {"code", "label", "token"}
    topics: list[str]
    about: list[str]            # topic codes the service is about (ranking)
    schedule_rows: list[dict]   # HSDS schedule rows of the weekly hours and exceptions
    hours_profile: dict         # our flags beside HSDS (open on holidays...)

    @property
    def resolved(self) -> dict:
        return {"locations": self.locations, "phones": self.phones, "areas": self.areas,
                "topics": self.topics}


def _compile(r: Record, gaz: Gazetteer, topics: Sequence[Topic]) -> Compiled:
    problems: list[Problem] = []
    locations = []
    for i, loc in enumerate(r.locations):
        try:
            place = gaz.locate(loc.postcode or None, loc.municipality or None)
        except GazetteerError as exc:
            problems.append(Problem(r.id, f"locations[{i}]", str(exc)))
            continue
        measured = loc.latitude is not None
        locations.append({
            "id": f"{r.id}/location/{i}",
            "name": loc.name,
            "street": loc.street,
            "house_number": loc.house_number,
            "postcode": loc.postcode or (place.postcode or ""),
            "place": loc.municipality or place.name,
            "municipality": place.municipality_nl,
            "municipality_fr": place.municipality_fr,
            "refnis": place.refnis,
            "province_refnis": place.province_refnis,
            "region_refnis": place.region_refnis,
            "lat": loc.latitude if measured else place.lat,
            "lon": loc.longitude if measured else place.lon,
            "precision": "measured" if measured else place.kind,
            "address_known": bool(loc.street),
            "accessibility": loc.accessibility,
        })
    phones = []
    for i, ph in enumerate(r.phones):
        try:
            p = parse_phone(ph.number)
        except PhoneError as exc:
            problems.append(Problem(r.id, f"phones[{i}].number", str(exc)))
            continue
        phones.append({"id": f"{r.id}/phone/{i}", "number": p.printed, "display": p.display,
                       "tel": p.tel, "short": p.short, "description": ph.description})
    areas = []
    for code in r.service_area:
        try:
            areas.append({"code": code, "label": gaz.area_label(code),
                          "token": tags.area_token(*gaz.area(code))})
        except GazetteerError as exc:
            problems.append(Problem(r.id, "service_area", str(exc)))
    if problems:
        raise RecordError(problems)
    from .hours import HoursError, hsds_profile, to_hsds
    from .opening import schedule_of

    try:
        schedule = schedule_of(r)
        schedule_rows = to_hsds(schedule, r.id)
        hours_profile = hsds_profile(schedule)
    except (HoursError, ValueError) as exc:
        raise RecordError([Problem(r.id, "hours", str(exc))]) from None
    carries, about = topics_of(r, topics)
    return Compiled(r, locations, phones, areas, carries, about, schedule_rows, hours_profile)


# ---------------------------------------------------------------------------------------------
# Tables


def _create_tables(db: sqlite_utils.Database) -> None:
    T, I, F = str, int, float
    db["organization"].create({"id": T, "name": T, "description": T, "email": T, "website": T},
                              pk="id", not_null={"name"})
    db["service"].create({
        "id": T, "organization_id": T, "name": T, "alternate_name": T, "description": T,
        "url": T, "email": T, "status": T, "fees_description": T, "eligibility_description": T,
        "application_process": T, "assured_date": T, "alert": T,
        "kind": T, "kinds": T, "topics": T, "access": T, "to_bring": T, "free": I,
        "hours": T, "hours_text": T, "hours_profile": T, "aliases": T, "record": T,
        "resolved": T, "origin": T,
    }, pk="id", not_null={"name", "status", "kind", "record", "origin"},
        foreign_keys=[("organization_id", "organization", "id")])
    db["service_alias"].create({"alias": T, "service_id": T}, pk="alias",
                               foreign_keys=[("service_id", "service", "id")])
    db["location"].create({
        "id": T, "location_type": T, "name": T, "latitude": F, "longitude": F,
        "coordinate_precision": T, "external_identifier": T, "external_identifier_type": T,
    }, pk="id")
    db["address"].create({
        "id": T, "location_id": T, "address_1": T, "city": T, "region": T, "state_province": T,
        "postal_code": T, "country": T, "address_type": T,
    }, pk="id", foreign_keys=[("location_id", "location", "id")])
    db["service_at_location"].create({"id": T, "service_id": T, "location_id": T}, pk="id",
                                     foreign_keys=[("service_id", "service", "id"),
                                                   ("location_id", "location", "id")])
    db["phone"].create({"id": T, "service_id": T, "number": T, "display": T, "tel": T,
                        "type": T, "description": T}, pk="id",
                       foreign_keys=[("service_id", "service", "id")])
    db["language"].create({"id": T, "service_id": T, "code": T, "name": T}, pk="id",
                          foreign_keys=[("service_id", "service", "id")])
    db["cost_option"].create({"id": T, "service_id": T, "option": T, "amount": F,
                              "currency": T, "amount_description": T}, pk="id",
                             foreign_keys=[("service_id", "service", "id")])
    db["service_area"].create({"id": T, "service_id": T, "name": T, "description": T,
                               "extent_type": T, "uri": T}, pk="id",
                              foreign_keys=[("service_id", "service", "id")])
    db["schedule"].create({c: T for c in SCHEDULE_COLUMNS}, pk="id")
    db["taxonomy_term"].create({"id": T, "code": T, "name": T, "description": T,
                                "taxonomy": T, "language": T}, pk="id")
    db["attribute"].create({"id": T, "link_id": T, "link_type": T, "link_entity": T,
                            "taxonomy_term_id": T, "value": T}, pk="id",
                           foreign_keys=[("taxonomy_term_id", "taxonomy_term", "id")])
    db["source"].create({"id": T, "service_id": T, "url": T, "date": T, "confidence": T,
                         "notes": T}, pk="id", foreign_keys=[("service_id", "service", "id")])
    db["synonym"].create({"phrase": T, "topics": T, "kinds": T}, pk="phrase")
    # The topics with their match rules, so a build can run from a built catalogue alone.
    db["topic"].create({"code": T, "nl": T, "fr": T, "match": T, "services": T}, pk="code")
    db["search_row"].create({
        "rowid": I, "service_id": T, "location_id": T, "lat": F, "lon": F, "precision": T,
        "kind": T, "kind_order": I, "name": T, "name_norm": T, "place": T, "municipality": T,
        "postcode": T, "address_known": I, "phone": T, "areas": T, "focus": T, "reach": I,
    }, pk="rowid")
    db.execute(FTS_DDL)


def _j(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


#: The HSDS tables one record has rows in, in the order a build inserts them.
RECORD_TABLES = ("organization", "service", "service_alias", "location", "address",
                 "service_at_location", "phone", "language", "cost_option", "service_area",
                 "attribute", "schedule", "source")


def _insert_hsds(db: sqlite_utils.Database, compiled: Iterable[Compiled],
                 topics: Sequence[Topic], local_ids: frozenset[str] = frozenset()) -> None:
    rows = hsds_rows(compiled, local_ids)
    for table in RECORD_TABLES[:10]:
        db[table].insert_all(rows[table])
    db["taxonomy_term"].insert_all(
        {"id": f"topic/{t.code}", "code": t.code, "name": t.nl, "description": t.fr,
         "taxonomy": TAXONOMY_NAME, "language": "nl"} for t in topics)
    for table in RECORD_TABLES[10:]:
        db[table].insert_all(rows[table])


def hsds_rows(compiled: Iterable[Compiled],
              local_ids: frozenset[str] = frozenset()) -> dict[str, list[dict]]:
    """The rows of :data:`RECORD_TABLES` for compiled records (organisations once each).

    A build inserts them all; core/merged.py inserts those of the records a change touched."""
    compiled = list(compiled)
    orgs: dict[str, dict] = {}
    services, aliases, locations, addresses, sals = [], [], [], [], []
    phones, languages, costs, areas, attributes, sources = [], [], [], [], [], []
    schedules: list[dict] = []
    for c in compiled:
        r = c.record
        org_id = ("org/" + normalize(r.organization).replace(" ", "-")) if r.organization else None
        if org_id and org_id not in orgs:
            orgs[org_id] = {"id": org_id, "name": r.organization, "description": "",
                            "email": "", "website": ""}
        services.append({
            "id": r.id, "organization_id": org_id, "name": r.name, "alternate_name": "",
            "description": r.description, "url": r.website, "email": r.email,
            "status": r.status, "fees_description": r.cost,
            "eligibility_description": r.audience,
            "application_process": " ".join(r.access), "assured_date": r.assured_date,
            "alert": r.alert, "kind": r.kind, "kinds": _j(r.kinds), "topics": _j(r.topics),
            "access": _j(r.access), "to_bring": _j(r.to_bring),
            "free": None if r.is_free is None else int(r.is_free),
            "hours": r.hours, "hours_text": r.hours_text,
            "hours_profile": _j(c.hours_profile), "aliases": _j(r.aliases),
            "record": _j(r.to_dict()), "resolved": _j(c.resolved),
            "origin": "local" if r.id in local_ids else "shipped",
        })
        aliases += [{"alias": a, "service_id": r.id} for a in r.aliases]
        for loc in c.locations:
            locations.append({
                "id": loc["id"], "location_type": "physical", "name": loc["name"],
                "latitude": loc["lat"], "longitude": loc["lon"],
                "coordinate_precision": loc["precision"],
                "external_identifier": loc["refnis"], "external_identifier_type": "refnis",
            })
            addresses.append({
                "id": loc["id"] + "/address", "location_id": loc["id"],
                "address_1": " ".join(p for p in (loc["street"], loc["house_number"]) if p),
                "city": loc["place"], "region": loc["municipality"], "state_province": "",
                "postal_code": loc["postcode"], "country": "BE", "address_type": "physical",
            })
            sals.append({"id": loc["id"] + "/sal", "service_id": r.id, "location_id": loc["id"]})
        for ph in c.phones:
            phones.append({"id": ph["id"], "service_id": r.id, "number": ph["display"],
                           "display": ph["display"], "tel": ph["tel"], "type": "voice",
                           "description": ph["description"]})
        languages += [{"id": f"{r.id}/language/{code}", "service_id": r.id, "code": code,
                       "name": ""} for code in r.languages]
        if r.cost:
            free = r.is_free
            costs.append({"id": f"{r.id}/cost/0", "service_id": r.id,
                          "option": "free" if free else "", "amount": 0.0 if free else None,
                          "currency": "EUR", "amount_description": r.cost})
        areas += [{"id": f"{r.id}/area/{i}", "service_id": r.id, "name": a["label"],
                   "description": a["code"], "extent_type": "", "uri": ""}
                  for i, a in enumerate(c.areas)]
        attributes += [{"id": f"{r.id}/topic/{code}", "link_id": r.id, "link_type": "topic",
                        "link_entity": "service", "taxonomy_term_id": f"topic/{code}",
                        "value": ""} for code in c.topics]
        schedules += [{c_: row.get(c_) for c_ in SCHEDULE_COLUMNS} for row in c.schedule_rows]
        sources += [{"id": f"{r.id}/source/{i}", "service_id": r.id, "url": s.url,
                     "date": s.date, "confidence": s.confidence, "notes": s.notes}
                    for i, s in enumerate(r.sources)]
    return {"organization": sorted(orgs.values(), key=lambda o: o["id"]), "service": services,
            "service_alias": aliases, "location": locations, "address": addresses,
            "service_at_location": sals, "phone": phones, "language": languages,
            "cost_option": costs, "service_area": areas, "attribute": attributes,
            "schedule": schedules, "source": sources}


# ---------------------------------------------------------------------------------------------
# The search index


#: Search rows are numbered in steps of this, so that core/merged.py can put a changed record's
#: rows in their (kind, name) place without numbering the others again.
ROWID_STEP = 64
SEARCH_COLUMNS = ("rowid", "service_id", "location_id", "lat", "lon", "precision", "kind",
                  "kind_order", "name", "name_norm", "place", "municipality", "postcode",
                  "address_known", "phone", "areas", "focus", "reach")
FTS_INSERT = ("INSERT INTO search_fts (rowid, name, organization, body, topics, places, infix, "
              "tags, geo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def search_order(row: dict) -> tuple:
    """Where a search row sorts: what it lacks for the client to act on (``tags.missing``:
    street, phone, hours), then kind, then name, then id, then its place among the service's
    rows (``site``: locations first, then the service areas)."""
    return (tags.missing(row["reach"], row["lat"] is not None), row["kind_order"],
            normalize(row["name"]), row["service_id"], row["site"])


def _insert_search(conn: sqlite3.Connection, compiled: Sequence[Compiled]) -> int:
    """The search rows of every service: one per location and one per service-area code.

    * A location row carries the grid cells of its point: a search near a place finds it by
      distance.
    * A service-area row has no point; its ``geo`` and ``areas`` hold the token of that one area
      and its ``place`` that area's name. A search near a member municipality of a regional
      offer finds it through that row, labelled with the municipality (or province, region)
      that covers the place asked, never with a distance to some other member's point.
    * A service with neither gets one row found by words only. A service without a location
      but with several areas gets one more row first, with no geo at all, naming every area:
      that is the row a search without a place lists.

    The first row of a service is tagged ``PRIMARY`` (text-only searches list a service once).
    Rows are numbered in (what they lack to act on, kind, name) order (``tags.missing``), so
    a text-only search read in rowid order is already ranked and can stop early.
    """
    rows = search_entries(compiled)
    cols = SEARCH_COLUMNS
    conn.executemany(
        f"INSERT INTO search_row ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        ([n * ROWID_STEP] + [row[c] for c in cols[1:]]
         for n, (row, _, _, _) in enumerate(rows, 1)))
    conn.executemany(FTS_INSERT, (
        (n * ROWID_STEP, t["name"], t["organization"], t["body"], t["topics"], t["places"],
         t["infix"], tg, geo) for n, (_, t, tg, geo) in enumerate(rows, 1)))
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
    return len(rows)


def search_entries(compiled: Sequence[Compiled]) -> list[tuple[dict, dict, str, str]]:
    """(row, FTS texts, tags, geo) of every search row of ``compiled``, in :func:`search_order`.

    The same values are what a contentless FTS5 index needs to delete an entry again."""
    rows = []
    for c in compiled:
        r = c.record
        places = []
        for loc in c.locations:
            places += [loc["place"], loc["municipality"], loc["municipality_fr"], loc["postcode"],
                       loc["street"], loc["name"]]
        places += [a["label"] for a in c.areas]
        text = {
            "name": normalize(r.name),
            "organization": normalize(r.organization),
            "body": normalize(" ".join((r.description, r.audience, r.hours_text, r.cost))),
            "topics": normalize(" ".join(r.topics)),
            "places": normalize(" ".join(dict.fromkeys(p for p in places if p))),
            "infix": " ".join(dict.fromkeys(infixes(" ".join((r.name, r.organization, *r.topics))))),
        }
        common = [tags.kind(k) for k in r.kinds]
        common += [tags.topic(t) for t in c.topics]
        focus = [tags.focus(t) for t in c.about] + [tags.focus_kind(k) for k in r.kinds]
        common += focus
        common += [tags.language(code) for code in r.languages]
        common += [tags.access(a) for a in r.access]
        if r.is_free:
            common.append(tags.FREE)
        if r.may_have_ended:
            common.append(tags.MAY_HAVE_ENDED)
        phone = c.phones[0]["display"] if c.phones else ""
        base = {
            "service_id": r.id, "kind": r.kind, "kind_order": vocab.KINDS.index(r.kind),
            "name": r.name, "name_norm": " ".join((text["name"], text["organization"])).strip(),
            "phone": phone, "focus": " ".join(focus),
        }
        sites: list[tuple[dict, list[str]]] = []
        for loc in c.locations:
            sites.append(({"location_id": loc["id"], "lat": loc["lat"], "lon": loc["lon"],
                           "precision": loc["precision"], "place": loc["place"],
                           "municipality": loc["municipality"], "postcode": loc["postcode"],
                           "address_known": int(loc["address_known"]), "areas": ""},
                          [cell_token(loc["lat"], loc["lon"]),
                           fine_cell_token(loc["lat"], loc["lon"])]))
        nowhere = {"location_id": None, "lat": None, "lon": None, "precision": None,
                   "municipality": "", "postcode": "", "address_known": 0}
        if not c.locations and len(c.areas) != 1:
            # words only: no area, or the overview row of a service with several areas
            sites.append((dict(nowhere, place=", ".join(a["label"] for a in c.areas),
                               areas=""), []))
        for a in c.areas:
            sites.append((dict(nowhere, place=a["label"], areas=a["token"]), [a["token"]]))
        for i, (site, geo) in enumerate(sites):
            row = dict(base, **site)
            row["reach"] = tags.reach(bool(site["address_known"]), bool(c.phones),
                                      bool(r.hours or r.hours_text), bool(r.email or r.website))
            row_tags = common + ([tags.PRIMARY] if i == 0 else [])
            row["site"] = i            # its place among the service's rows (search_order)
            rows.append((row, text, " ".join(row_tags), " ".join(dict.fromkeys(geo))))
    rows.sort(key=lambda x: search_order(x[0]))
    return rows


def build_from_data(out: Path, data_dir: Path = DATA_DIR) -> dict[str, int]:
    """The ``einclusie catalogue build`` entry: read ``data_dir`` and write ``out``."""
    return build_catalogue(load_inputs(data_dir), out)
