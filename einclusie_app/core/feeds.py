"""The program's only network code: fetching an HSDS feed page over http or https.

Used by ``einclusie catalogue harvest`` (core/harvest.py) and nothing else: the window and every
other command never open a connection (``tests/test_layers.py`` checks that no other module
imports network code and that gui/ never imports this one).

:func:`get` fetches one address and returns its bytes, within :class:`Limits`:

* only ``http://`` and ``https://`` (certificates checked); a redirect may go to another
  address, never to another scheme (``file:``, ``ftp:``, and not from https down to http), and
  at most ``max_redirects`` times;
* ``timeout`` seconds to connect and for each read, ``deadline`` seconds for a whole response
  (a server trickling bytes cannot hold the harvest), ``max_bytes`` per response;
* a timeout, a broken connection, HTTP 5xx or 429 is tried again, ``retries`` more times,
  waiting ``backoff`` seconds and twice as long each time; any other HTTP error is not;
* every failure is one :class:`FeedError` naming the address and, when the caller says so,
  the page.

No cookies, no credentials, nothing about clients: a request carries the address and a
User-Agent naming the program.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Callable

__all__ = ["FeedError", "Limits", "get", "check_url", "USER_AGENT"]

USER_AGENT = "einclusie-wegwijzer-harvest/1 (+HSDS feed reader)"


class FeedError(Exception):
    """One address could not be read: ``url``, ``page`` (or None) and ``reason``."""

    def __init__(self, url: str, reason: str, page: int | None = None):
        self.url, self.reason, self.page = url, reason, page
        where = f"page {page} ({url})" if page is not None else url
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Limits:
    timeout: float = 30.0           # seconds to connect, and for each read
    deadline: float = 300.0         # seconds for one whole response
    retries: int = 2                # further tries after a timeout, a broken line, 5xx, 429
    backoff: float = 1.0            # seconds before the first retry; doubles
    max_bytes: int = 64 * 1024 * 1024
    max_redirects: int = 5


def check_url(url: str) -> str | None:
    """Why ``url`` is not an address this program fetches (None: it is)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as exc:
        return f"is not a web address ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"only http:// and https:// addresses are read, not {parts.scheme or 'this'}:"
    if not parts.hostname:
        return "has no host name"
    if parts.username or parts.password:
        return "carries a user name or password; give the address without it"
    return None


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to http(s), never from https down to http, at most N times."""

    def __init__(self, limit: int):
        super().__init__()
        self.max_redirections = limit

    @staticmethod
    def _check(req, code, newurl: str) -> None:
        old = urllib.parse.urlsplit(req.full_url).scheme.lower()
        new = urllib.parse.urlsplit(newurl).scheme.lower()
        why = check_url(newurl)
        if why is None and old == "https" and new == "http":
            why = "goes from https down to http"
        if why:
            raise _Refused(f"redirect ({code}) to {newurl}: {why}; not followed")

    def http_error_302(self, req, fp, code, msg, headers):
        # checked before urllib's own check, so that every refused redirect reads the same
        target = headers.get("location") or headers.get("uri")
        if target:
            self._check(req, code, urllib.parse.urljoin(req.full_url, target))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self._check(req, code, newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Refused(Exception):
    """A response this program refuses (not tried again)."""


def _opener(limits: Limits) -> urllib.request.OpenerDirector:
    # Built by hand: only http and https handlers (no file:, ftp: or data: handler at all).
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(context=ssl.create_default_context()),
                    _Redirects(limits.max_redirects),
                    urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def _read(resp, url: str, limits: Limits, started: float) -> bytes:
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limits.max_bytes:
        raise _Refused(f"is {int(length):,} bytes, more than the limit of "
                       f"{limits.max_bytes:,} bytes")
    chunks, size = [], 0
    while True:
        if time.monotonic() - started > limits.deadline:
            raise TimeoutError(f"no complete answer within {limits.deadline:g} s")
        chunk = resp.read(65536)
        if not chunk:
            break
        size += len(chunk)
        if size > limits.max_bytes:
            raise _Refused(f"is more than the limit of {limits.max_bytes:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def get(url: str, limits: Limits = Limits(), *, page: int | None = None,
        sleep: Callable[[float], None] = time.sleep) -> bytes:
    """The body of ``url`` (HTTP 200), within ``limits``; :class:`FeedError` otherwise."""
    why = check_url(url)
    if why:
        raise FeedError(url, why, page)
    opener = _opener(limits)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "application/json"})
    tries = limits.retries + 1
    last = ""
    for attempt in range(tries):
        if attempt:
            sleep(limits.backoff * 2 ** (attempt - 1))
        started = time.monotonic()
        try:
            with opener.open(request, timeout=limits.timeout) as resp:
                return _read(resp, url, limits, started)
        except _Refused as exc:
            raise FeedError(url, str(exc), page) from None
        except urllib.error.HTTPError as exc:
            last = f"HTTP {exc.code} ({exc.reason})"
            exc.close()
            if exc.code not in (429,) and exc.code < 500:
                raise FeedError(url, last, page) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, _Refused):
                raise FeedError(url, str(reason), page) from None
            if isinstance(reason, ssl.SSLError):
                raise FeedError(url, f"the secure connection failed ({reason})",
                                page) from None
            if isinstance(reason, socket.gaierror):
                raise FeedError(url, f"the host name cannot be found ({reason.strerror})",
                                page) from None
            if isinstance(reason, (TimeoutError, socket.timeout)):
                last = f"timed out after {limits.timeout:g} s"
            else:
                last = f"cannot connect ({getattr(reason, 'strerror', None) or reason})"
        except (TimeoutError, socket.timeout) as exc:
            last = str(exc) if str(exc) and "timed out" not in str(exc) else \
                f"timed out after {limits.timeout:g} s"
        except (http.client.HTTPException, ConnectionError, OSError) as exc:
            last = f"the connection broke off ({type(exc).__name__}: {exc})"
    raise FeedError(url, f"{last}; tried {tries} time{'s' if tries > 1 else ''}", page)
