"""The catalogue file's tables: HSDS 3.0 names where HSDS has the concept, our profile on top.

``PRAGMA user_version`` carries :data:`SCHEMA_VERSION`. The program refuses a catalogue with
another version and says so, instead of misreading it.

Tables (all ids are text; HSDS UUIDs are derived from them on export):

- ``organization``, ``service``, ``location``, ``address``, ``service_at_location``, ``phone``,
  ``language``, ``cost_option``, ``service_area``, ``schedule``, ``taxonomy_term``, ``attribute``:
  HSDS objects with HSDS column names.
- profile columns on ``service``: ``kind`` (main), ``kinds``, ``topics``, ``access``,
  ``to_bring``, ``free``, ``hours``, ``hours_text``, ``aliases`` (JSON lists where plural), and
  ``record``: the source record as JSON, lossless, for merges and export.
- ``source``: every page a record's facts were read on (url, date, confidence, notes).
- ``service.origin``: ``shipped`` or ``local`` (a municipality's addition or correction, in a
  merged catalogue built by core/overlay.py).
- ``topic``: the rules that give records their topics (data/taxonomy.toml), kept so that a
  merged catalogue can be compiled from the shipped file without data/.
- ``service_alias``: merged ids that still lead to their record.
- ``synonym``: the counter's words (phrase → topics, kinds).
- ``gaz_*``: the gazetteer (see core/gazetteer.py).
- ``search_row`` + ``search_fts``: one row per service at a location (or per area-wide service),
  with a contentless FTS5 index over normalised text, tags and geographic cells (core/search.py).
- ``meta``: key/value facts about the build (schema version, record count, input digest).
"""

from __future__ import annotations

#: 1: first release. 2: ``service.origin`` (shipped | local) and the ``topic`` table of match
#: rules, so that a merged catalogue can be built from the shipped file alone. 3: fine grid
#: cells in the index, ``search_row.focus``, 4-letter prefixes (a faster search).
SCHEMA_VERSION = 3

# Columns of the search index, in order. ``tags`` and ``geo`` hold codes, never user text;
# ``infix`` holds the inner parts of long words of names and topics, so that "cafe" finds
# "Digicafé" and "kaart" finds "bankkaart" (Dutch writes compounds as one word).
FTS_TEXT_COLUMNS = ("name", "organization", "body", "topics", "places", "infix")
FTS_COLUMNS = FTS_TEXT_COLUMNS + ("tags", "geo")

FTS_DDL = (
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    + ", ".join(FTS_COLUMNS)
    + ", content='', columnsize=0, detail=column,"
    " tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
)

SCHEDULE_COLUMNS = (
    "id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to",
    "dtstart", "timezone", "until", "count", "wkst", "freq", "interval", "byday", "byweekno",
    "bymonthday", "byyearday", "description", "opens_at", "closes_at", "schedule_link",
    "attending_type", "notes",
)
