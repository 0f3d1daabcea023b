"""The catalogue as a static Open Referral HSDS 3.0 API: files any web server can serve.

:func:`publish` writes a folder that a plain static file server (``python -m http.server`` in
the folder, nginx, IIS, a municipality's web host) serves as the HSDS 3.0 API
(``resources/hsds/3.0/openapi.json``) at its base address:

=================================  ===========================================================
request                            file
=================================  ===========================================================
``GET /``                          ``index.json`` (and ``index.html``, the same bytes)
``GET /services``                  ``services/index.json`` (``.html``): page 1
``GET /services?page=N``           ``services/page/N.json`` (nginx: the map in docs/feeds.md)
``GET /services/{id}``             ``services/{id}``: the full service
``GET /taxonomies`` (``/{id}``)    ``taxonomies/index.json``, ``taxonomies/page/N.json``,
                                   ``taxonomies/{id}``
``GET /taxonomy_terms`` (``/{id}``) the same under ``taxonomy_terms/``
``GET /openapi.json``              this API's description: the official paths it serves
``GET /profile.json``              our profile on top of HSDS: one line per attribute code
=================================  ===========================================================

Why these names: a static server cannot read a query string, and ``python -m http.server``
(Python 3.11) serves a folder's ``index.html`` only, as ``text/html``; nginx can serve
``index.json`` with the right type and map ``?page=N`` onto ``page/N.json``. A service's file
has no extension so that ``/services/{id}`` is that file on every server. The root document
says where the pages are (``einclusie.pages``), so that ``catalogue harvest`` reads every page
even from a server that ignores ``?page=``.

Every page lists full services (as ``?full=true`` would), so that a harvester needs one request
per page, not one per service; the official schemas allow it (``tests/test_publish.py``
validates every file against them). Nothing in the folder carries a date or a random value: the
same catalogue always gives the same bytes. The folder is written beside under a temporary
name and then put in place of the previous one; a folder that is not empty and was not written
by ``publish`` is never replaced.

No network here: this module only writes files.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import hsds

__all__ = ["PublishError", "Published", "publish", "DEFAULT_PER_PAGE", "ENDPOINTS", "page"]

DEFAULT_PER_PAGE = 100
#: The list endpoints the feed serves (each with its ``/{id}``).
ENDPOINTS = ("services", "taxonomies", "taxonomy_terms")
#: The key of our own block in the root document.
MARK = "einclusie"
PAGE_FILE = "page/{page}.json"


class PublishError(RuntimeError):
    """The feed could not be written; the message says what and where."""


@dataclass(frozen=True)
class Published:
    folder: Path
    services: int
    pages: int
    taxonomies: int
    taxonomy_terms: int
    files: int


def _dump(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def page(contents: list, number: int, total_items: int, per_page: int) -> dict:
    """One page in the shape of the HSDS 3.0 ``Page`` schema (openapi.json), then its
    ``contents``."""
    total_pages = max(1, math.ceil(total_items / per_page))
    return {"total_items": total_items, "total_pages": total_pages, "page_number": number,
            "size": len(contents), "first_page": number == 1,
            "last_page": number >= total_pages, "empty": not contents, "contents": contents}


class _Writer:
    def __init__(self, root: Path):
        self.root = root
        self.files = 0

    def put(self, rel: str, value: Any) -> None:
        data = value if isinstance(value, bytes) else _dump(value)
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.files += 1

    def listing(self, name: str, items: Iterable[dict], total: int, per_page: int) -> int:
        """``name/index.json`` (+ ``.html``), ``name/page/N.json`` and ``name/{id}``."""
        number, batch = 1, []

        def flush() -> None:
            body = _dump(page(batch, number, total, per_page))
            self.put(f"{name}/{PAGE_FILE.format(page=number)}", body)
            if number == 1:
                self.put(f"{name}/index.json", body)
                self.put(f"{name}/index.html", body)

        seen = 0
        for item in items:
            self.put(f"{name}/{item['id']}", item)
            batch.append(item)
            seen += 1
            if len(batch) == per_page:
                flush()
                number, batch = number + 1, []
        if batch or number == 1:
            flush()
        else:
            number -= 1
        if seen != total:
            raise PublishError(f"{name}: counted {total} but wrote {seen} (the catalogue "
                               "changed while it was published?); publish again")
        return number


def _openapi(base_url: str | None, title: str) -> dict:
    """The official HSDS 3.0 API description, cut to the paths this feed serves."""
    from .paths import resources

    spec = json.loads((resources() / "hsds" / "3.0" / "openapi.json").read_text("utf-8"))
    served = {"/", *(f"/{e}" for e in ENDPOINTS), *(f"/{e}/{{id}}" for e in ENDPOINTS)}
    spec["paths"] = {p: v for p, v in spec["paths"].items() if p in served}
    for p in ENDPOINTS:
        op = spec["paths"][f"/{p}"]["get"]
        # a static feed honours the page, nothing else: say so instead of promising filters
        op["parameters"] = [{"$ref": "#/components/parameters/page"}]
        op["description"] = (op.get("description", "") + " Static feed: every page has "
                             f"{'full services' if p == 'services' else 'whole objects'}; "
                             "`page` is the only parameter honoured.").strip()
    spec["info"] = {
        "title": title, "version": "1",
        "description": "The E-inclusie Wegwijzer catalogue (digital help in Flanders and "
                       "Brussels) as a static HSDS 3.0 feed, with the einclusie-profile "
                       "attributes (profile.json).",
        "license": {"name": "HSDS: CC BY-SA 4.0 (Open Referral); the facts: see each "
                            "service's sources",
                    "url": "https://creativecommons.org/licenses/by-sa/4.0/"}}
    if base_url:
        spec["servers"] = [{"url": base_url}]
    return spec


def root_document(base_url: str | None, per_page: int, services: int) -> dict:
    """``GET /``: the HSDS version, where the API description and the profile are (absolute
    addresses, so only when the feed's own address is known), and our block saying where
    the pages are."""
    doc: dict[str, Any] = {"version": "3.0"}
    if base_url:
        doc["profile"] = f"{base_url}/profile.json"
        doc["openapi_url"] = f"{base_url}/openapi.json"
    doc[MARK] = {"publisher": "E-inclusie Wegwijzer (einclusie catalogue publish)",
                 "static": True, "per_page": per_page, "services": services,
                 "pages": {e: f"{e}/{PAGE_FILE}" for e in ENDPOINTS}}
    return doc


def is_published_folder(folder: Path) -> bool:
    """Was this folder written by :func:`publish` (so that it may be replaced)?"""
    try:
        doc = json.loads((Path(folder) / "index.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and isinstance(doc.get(MARK), dict)


def publish(catalogue, out_dir: Path, *, per_page: int = DEFAULT_PER_PAGE,
            base_url: str | None = None,
            services: Iterator[dict] | None = None) -> Published:
    """Write the catalogue (a :class:`~.catalogue.Catalogue`: the shipped one or the merged
    view with the local store) as a static HSDS 3.0 feed into ``out_dir``.

    ``base_url``: where the folder will be served (``https://data.gemeente.be/wegwijzer``);
    the root then names the API description and the profile by their full address.
    ``services``: the HSDS services to publish (default: every record of ``catalogue``)."""
    if not 1 <= per_page <= 10000:
        raise PublishError(f"per page: {per_page} is not between 1 and 10000")
    if base_url is not None:
        base_url = base_url.strip().rstrip("/")
        if not base_url.lower().startswith(("http://", "https://")):
            raise PublishError(f"base address: {base_url!r} is not an http:// or https:// "
                               "address")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise PublishError(f"{out}: is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not is_published_folder(out):
        raise PublishError(f"{out}: is not empty and holds no feed written by publish; "
                           "nothing was replaced. Choose an empty or new folder.")
    total = catalogue.conn.execute("SELECT COUNT(*) FROM service").fetchone()[0]
    tmp = out.parent / f".{out.name}.publishing-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    try:
        w = _Writer(tmp)
        items = services if services is not None else hsds.service_objects(catalogue)
        pages = w.listing("services", items, total, per_page)
        taxonomies = hsds.taxonomies()
        w.listing("taxonomies", taxonomies, len(taxonomies), per_page)
        terms = hsds.taxonomy_terms(catalogue)
        w.listing("taxonomy_terms", terms, len(terms), per_page)
        root = root_document(base_url, per_page, total)
        w.put("index.json", root)
        w.put("index.html", root)
        w.put("openapi.json", _openapi(base_url, "E-inclusie Wegwijzer: HSDS 3.0 feed"))
        w.put("profile.json", hsds.profile_description())
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return Published(out, total, pages, len(taxonomies), len(terms), w.files)


def _swap(new: Path, out: Path) -> None:
    """Put the new folder in place of ``out`` (which, if it exists, is a feed we wrote)."""
    if not out.exists():
        new.rename(out)
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if old.exists():
        shutil.rmtree(old)
    out.rename(old)
    try:
        new.rename(out)
    except OSError:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)
