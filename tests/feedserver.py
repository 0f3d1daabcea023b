"""Local HTTP servers for the feed tests: 127.0.0.1 only, a random port, a thread each.

``static(folder)``: what ``python -m http.server`` does in a published feed folder.
``ApiServer``: an HSDS API that pages for real, with switches for what servers do wrong (a 500
error, a page that never comes, a malformed page, a redirect elsewhere, a page too large,
a server that ignores ``?page=``, services only in the list form).
"""

from __future__ import annotations

import copy
import functools
import json
import threading
import time
import urllib.parse
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator


class _Quiet:
    def log_message(self, fmt, *args):  # noqa: D401 - tests read the server's own log
        self.server.log.append(self.path)


class _Static(_Quiet, SimpleHTTPRequestHandler):
    pass


@contextmanager
def _serve(handler) -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.log = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def base(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@contextmanager
def static(folder: Path) -> Iterator[ThreadingHTTPServer]:
    """``python -m http.server --directory folder``, on a random port."""
    with _serve(functools.partial(_Static, directory=str(folder))) as server:
        yield server


class ApiServer:
    """An HSDS API over a list of services. Switches (attributes, change them any time):

    ``fail_page``: that page answers 500 (``fail_times`` times, then normally; None: always);
    ``slow_page``: that page waits ``slow_seconds`` before answering; ``malformed_page``: that
    page is cut-off JSON; ``redirect_root``: ``/`` redirects there; ``big_page``: that page is
    padded to ``big_bytes``; ``ignore_page``: ``?page=`` is ignored; ``list_form``: pages
    carry only the service's own fields (its full form at ``/services/{id}``);
    ``modified``: services modified after a ``modified_after`` (ids), honoured when set."""

    def __init__(self, services: list[dict]):
        self.services = copy.deepcopy(services)
        self.fail_page = None
        self.fail_times = None
        self.failed = 0
        self.slow_page = None
        self.slow_seconds = 0.0
        self.malformed_page = None
        self.redirect_root = None
        self.big_page = None
        self.big_bytes = 0
        self.ignore_page = False
        self.list_form = False
        self.modified: set[str] | None = None
        self.requests: list[str] = []

    def page(self, query: dict) -> tuple[int, bytes]:
        per = int(query.get("per_page", ["2"])[0])
        number = 1 if self.ignore_page else int(query.get("page", ["1"])[0])
        items = self.services
        if self.modified is not None and "modified_after" in query:
            items = [s for s in items if s["id"] in self.modified]
        total_pages = max(1, -(-len(items) // per))
        chunk = items[(number - 1) * per: number * per]
        if self.list_form:
            chunk = [{k: v for k, v in s.items() if not isinstance(v, (list, dict))}
                     for s in chunk]
        doc = {"total_items": len(items), "total_pages": total_pages, "page_number": number,
               "size": len(chunk), "first_page": number == 1,
               "last_page": number >= total_pages, "empty": not chunk, "contents": chunk}
        body = json.dumps(doc).encode()
        if self.big_page == number:
            body = body[:-1] + b"," + json.dumps({"pad": "x" * self.big_bytes}).encode()[1:]
        return 200, body

    @contextmanager
    def running(self) -> Iterator[str]:
        api = self

        class Handler(_Quiet, BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                parts = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(parts.query)
                api.requests.append(self.path)
                number = int(query.get("page", ["1"])[0])
                if parts.path in ("", "/"):
                    if api.redirect_root:
                        self.send_response(302)
                        self.send_header("Location", api.redirect_root)
                        self.end_headers()
                        return
                    return self.reply(200, json.dumps({"version": "3.0"}).encode())
                if parts.path == "/services":
                    if api.fail_page == number and (api.fail_times is None
                                                    or api.failed < api.fail_times):
                        api.failed += 1
                        return self.reply(500, b'{"error": "database down"}')
                    if api.slow_page == number:
                        time.sleep(api.slow_seconds)
                    if api.malformed_page == number:
                        return self.reply(200, b'{"total_items": 9, "contents": [{"id": ')
                    return self.reply(*api.page(query))
                if parts.path.startswith("/services/"):
                    sid = parts.path.rsplit("/", 1)[1]
                    for s in api.services:
                        if s["id"] == sid:
                            return self.reply(200, json.dumps(s).encode())
                return self.reply(404, b'{"error": "not found"}')

            def reply(self, code: int, body: bytes):
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        with _serve(Handler) as server:
            yield base(server)
