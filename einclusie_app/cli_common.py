"""What both command-line modules share: the error that ends a command, and the session they open.

``cli.py`` (the entry point, ``search``, ``show``, ``handout``, ``catalogue build``) and
``cli_catalogue.py`` (the maintainer's ``catalogue ...`` actions) both import this module and
not each other's internals, so there is no import cycle between them. Every catalogue they read
or change is opened through :class:`~.core.session.Session` (:func:`open_session`); what it
notices on the way is said here, in English, one line each on stderr.
"""

from __future__ import annotations

import sys

EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def err(*lines: object) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def notice_lines(notice) -> list[str]:
    """A core.session Notice in plain English (the command line's words)."""
    a = notice.args
    code = notice.code
    if code == "store_folder_missing":
        return [f"the local store folder {a['folder']} (site setting catalogue.local_store) "
                "does not exist, so it was not created; using the shipped catalogue only."]
    if code == "store_unavailable":
        return [f"the local store could not be opened ({notice.detail}); using the shipped "
                "catalogue only."]
    if code == "update_unusable":
        return [f"the installed catalogue update cannot be used: {notice.detail} Using the "
                "catalogue the program came with."]
    if code == "view_unavailable":
        return [f"the catalogue with the local records could not be opened ({notice.detail}); "
                "using the shipped catalogue only."]
    if code == "merge_left_out":
        return [f"local record left out: {p}" for p in notice.problems] or [
            f"{a['count']} local record(s) left out (their shipped version is used)"]
    if code == "home_unknown":
        hint = f" (closest: {a['suggestions']})" if a.get("suggestions") else ""
        return [f"the site's home place {a['home']!r} is not a known place{hint}."]
    if code == "conflicts":
        return [f"{a['count']} local record(s) changed in the update too; the local version "
                "stays until you choose: einclusie catalogue conflicts"]
    return [f"{code}: {dict(a)} {notice.detail}".strip()]


def open_session(args, *, explicit_view: bool = False):
    """The session for a command: ``--catalogue`` shown as it is (``explicit_view``), or used
    as the shipped catalogue to maintain; ``--store``, ``--cache``, ``--counter`` when the
    command has them. Notices go to stderr; no catalogue at all is a :class:`CliError`."""
    from .core.session import Session, SessionError

    catalogue = getattr(args, "catalogue", None)
    try:
        if explicit_view and catalogue is not None:
            session = Session.open(args.site_settings, catalogue=catalogue)
        else:
            session = Session.open(args.site_settings, shipped=catalogue,
                                   store=getattr(args, "store", None),
                                   cache=getattr(args, "cache", None),
                                   counter=getattr(args, "counter", None))
    except SessionError as exc:
        raise CliError(str(exc)) from None
    for notice in session.notices:
        for line in notice_lines(notice):
            err(f"einclusie: {line}")
    return session
