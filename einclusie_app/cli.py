"""The one entry point, ``einclusie``.

With no subcommand it starts the window. Subcommands serve maintainers, scripts and tests:
``search``, ``show`` and ``catalogue build``. Messages go to stderr, results to stdout; a
failure exits non-zero with one clear sentence, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from .cli_common import EXIT_NOT_FOUND, CliError, open_session


def _parser() -> argparse.ArgumentParser:
    from .core import vocab
    from .core.site import setting

    p = argparse.ArgumentParser(
        prog="einclusie",
        description="E-inclusie Wegwijzer: find digital help for a client. "
                    "Without a command, the window opens.")
    p.add_argument("--catalogue", type=Path, default=None,
                   help="catalogue file to read (default: the shipped one)")
    p.add_argument("--site", type=Path, default=None,
                   help="site settings file (default: site.toml beside the program, "
                        "or $EINCLUSIE_SITE)")
    p.add_argument("--self-test", action="store_true",
                   help="check this installation headless, on its own files, and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("search", help="find help: words, a place, filters")
    s.add_argument("words", nargs="*", help="what the client needs, in any order")
    s.add_argument("--near", metavar="PLACE", help="postcode, municipality or sub-municipality")
    s.add_argument("--km", type=float, default=None,
                   help="radius around the place (default: the site's, else "
                        f"{setting('site.radius_km').default:g})")
    s.add_argument("--kind", action="append", choices=vocab.KINDS, default=[],
                   help="only this kind (repeatable)")
    s.add_argument("--lang", metavar="CODE", help="help given in this language (ISO 639-1)")
    s.add_argument("--free", action="store_true", help="only free of charge")
    s.add_argument("--access", action="append", choices=vocab.ACCESS, default=[],
                   help="only this way in (repeatable)")
    s.add_argument("--open-now", action="store_true", help="only what is open (or can be called) now")
    s.add_argument("--at", metavar="TIME",
                   help="only what is open then, Brussels local time, e.g. 2026-12-25T10:00")
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--json", action="store_true", help="one JSON object per line")

    sh = sub.add_parser("show", help="every field of one record")
    sh.add_argument("id")
    sh.add_argument("--at", metavar="TIME", help="status at this Brussels local time")
    sh.add_argument("--lang", metavar="CODE",
                    help="print the client's view in this language (nl, nl_easy, fr, ar, ti...)")
    sh.add_argument("--json", action="store_true")

    h = sub.add_parser("handout", help="the page for the client, as PDF")
    h.add_argument("ids", nargs="+", metavar="ID", help="one to six record ids")
    h.add_argument("--lang", required=True, metavar="CODE", help="the client's language")
    h.add_argument("--pdf", required=True, type=Path, metavar="FILE", help="where to write it")
    h.add_argument("--at", metavar="TIME", help="print time (Brussels local), default now")
    h.add_argument("--counter", default=None, help="the counter's name (default: site setting)")

    c = sub.add_parser("catalogue", help="build and maintain the catalogue")
    csub = c.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    b = csub.add_parser("build", help="compile data/ into the catalogue file")
    b.add_argument("--data", type=Path, default=None, help="data folder (default: ./data)")
    b.add_argument("--out", type=Path, default=None,
                   help="output file (default: resources/catalogue/catalogue.sqlite)")
    from . import cli_catalogue

    cli_catalogue.add_actions(csub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from .core.site import load_site

    args.site_settings = load_site(args.site)
    if args.self_test:
        from .selftest import run as self_test

        return self_test(args.catalogue)
    if args.command is None:
        from .gui.app import run

        return run(catalogue_path=args.catalogue, site=args.site_settings)
    for problem in args.site_settings.problems:
        print(f"einclusie: {problem}", file=sys.stderr)
    try:
        if args.command == "search":
            return cmd_search(args)
        if args.command == "show":
            return cmd_show(args)
        if args.command == "handout":
            return cmd_handout(args)
        if args.command == "catalogue" and args.catalogue_command == "build":
            return cmd_build(args)
        if args.command == "catalogue":
            from . import cli_catalogue

            return cli_catalogue.run(args)
    except CliError as exc:
        print(f"einclusie: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        return 0
    raise AssertionError(args)


def _open(args):
    """The catalogue to read: ``--catalogue`` as it is, else the program's own view (the
    shipped catalogue, or a newer installed update, with the local store), through the
    session that owns what is open (core/session.py)."""
    return open_session(args, explicit_view=True).catalogue


def resolve_place(catalogue, text: str):
    res = catalogue.gazetteer.resolve(text)
    if res.place is not None:
        if res.corrected:
            print(f"einclusie: taking {res.place.label!r} for {text!r}", file=sys.stderr)
        return res.place
    if res.choices:
        names = "; ".join(p.label for p in res.choices)
        raise CliError(f"{text!r} is more than one place: {names}. Say which one.")
    hint = ", ".join(res.suggestions) if res.suggestions else "none"
    raise CliError(f"Unknown place {text!r}. Closest known places: {hint}.")


def cmd_search(args) -> int:
    from .core.search import Query
    from .core.where import hit_where

    cat = _open(args)
    place = resolve_place(cat, args.near) if args.near else None
    if args.km is not None and not 0 < args.km <= 1000:
        raise CliError("--km must be more than 0 and at most 1000.")
    if args.limit < 1:
        raise CliError("--limit must be at least 1.")
    when = _when(args.at)
    open_at = when if (args.open_now or args.at) else None
    q = Query(text=" ".join(args.words), place=place, km=args.km or args.site_settings.radius_km,
              kinds=frozenset(args.kind), language=(args.lang or "").lower() or None,
              free=args.free, access=frozenset(args.access), limit=args.limit,
              open_at=open_at)
    hits = cat.searcher.search(q)
    for line in _search_notes(hits, q.text):
        print(f"einclusie: {line}", file=sys.stderr)
    out = sys.stdout
    if args.json:
        for h in hits:
            opening = cat.opening(h.service_id, when)
            out.write(json.dumps({
                "id": h.service_id, "name": h.name, "kind": h.kind,
                "municipality": h.municipality or None, "place": h.place or None,
                "postcode": h.postcode or None,
                "distance_km": None if h.distance_km is None else round(h.shown_km(), 1),
                "distance_approximate": h.approximate if h.distance_km is not None else None,
                "in_place": h.in_place,
                "address_known": h.address_known, "by_service_area": h.by_area,
                "phone": h.phone or None,
                "open_now": opening.open_now,
                "status": opening.sentence("en"),
                "found_for": hits.did_you_mean if h.fuzzy else None,
                "missing_words": list(h.missing),
                "may_have_ended": h.may_have_ended,
            }, ensure_ascii=False) + "\n")
        return 0
    if not hits:
        print("No help found. Try fewer words, another place or a larger --km.", file=sys.stderr)
        return 0
    # a FOUND column when rows differ in how they were found (the note above says the rest)
    marked = any(h.missing for h in hits) or (hits.corrected and bool(hits.exact))
    rows = [("ID", "NAME", "KIND", "WHERE", "DISTANCE", "PHONE", "NOW")
            + (("FOUND",) if marked else ())]
    for h in hits:
        where, dist = _where_words(hit_where(h))
        rows.append((h.service_id, h.name, h.kind, where, dist, h.phone,
                     cat.opening(h.service_id, when).sentence("en"))
                    + ((_found_words(h, hits.did_you_mean),) if marked else ()))
    widths = [min(max(len(r[i]) for r in rows), cap) for i, cap in
              enumerate((34, 44, 11, 26, 14, 14, 40, 30)[:len(rows[0])])]
    for r in rows:
        cells = [(c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(r, widths)]
        out.write("  ".join(cells).rstrip() + "\n")
    return 0


def _search_notes(result, typed: str) -> list[str]:
    """What the search did to find something, in plain English (core/search.py's facts)."""
    notes = []
    exact = result.exact
    if result.did_you_mean and not exact:
        fixed = ", ".join(f"{a!r} → {b!r}" for a, b in result.corrections)
        notes.append(f"nothing found for {typed.strip()!r}; showing results for "
                     f"{result.did_you_mean!r} ({fixed}).")
    elif result.did_you_mean:
        notes.append(f"did you mean {result.did_you_mean!r}? Its results follow, marked "
                     "'corrected'.")
    if result.partial_words:
        words = ", ".join(repr(w) for w in result.partial_words)
        notes.append(f"no record has every word; showing the best partial matches, each with "
                     f"the words it lacks (not found anywhere: {words}).")
    if result.ignored_words:
        notes.append("not required: " + ", ".join(repr(w) for w in result.ignored_words) + ".")
    return notes


def _found_words(h, did_you_mean: str | None) -> str:
    if h.missing:
        return "without " + " ".join(h.missing)
    if h.fuzzy:
        return f"corrected: {did_you_mean}"
    return ""


def _where_words(w) -> tuple[str, str]:
    """Where a result is and how far, in plain English (the facts: core/where.py)."""
    place = {"serves": f"serves {w.place}", "no_street": f"{w.place} (no address)"}.get(
        w.place_kind, w.place)
    if w.distance_kind == "in_place":
        return place, f"in {w.municipality}"
    if w.distance_kind == "approx":
        return place, f"≈ {w.km:.0f} km"
    if w.distance_kind == "exact":
        return place, f"{w.km:.1f} km"
    return place, ""


def cmd_show(args) -> int:
    from .core.show import hours_text, service_json, service_text

    cat = _open(args)
    view = cat.service(args.id)
    if view is None:
        close = cat.closest_ids(args.id)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise CliError(f"No record with id {args.id!r}.{hint}", EXIT_NOT_FOUND)
    when = _when(args.at)
    opening = cat.opening(view.id, when)
    schedule = cat.schedule(view.id)
    if args.lang:
        from .core.phrasebook import PhrasebookError, as_text, languages, lines_for, plain

        try:
            lines = lines_for(cat, view.id, args.lang, when)
        except PhrasebookError:
            codes = ", ".join(b.code for b in languages())
            raise CliError(f"No client language {args.lang!r}. Known: {codes}.") from None
        sys.stdout.write(plain(as_text(lines)))
        return 0
    if args.json:
        data = service_json(view)
        data["open_now"] = opening.open_now
        data["status"] = opening.sentence("en")
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(service_text(view))
        sys.stdout.write(hours_text(schedule, opening, when))
    return 0


def _when(text: str | None):
    from .core.opening import now, parse_local

    if not text:
        return now()
    try:
        return parse_local(text)
    except ValueError:
        raise CliError(f"--at {text!r} is not a date and time like 2026-12-25T10:00.") from None


def cmd_handout(args) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .render.handout import HandoutError, HandoutRequest, write_pdf

    cat = _open(args)
    site = args.site_settings
    req = HandoutRequest(tuple(args.ids), args.lang, _when(args.at),
                         args.counter if args.counter is not None else site.counter, site.logo)
    if not args.pdf.parent.is_dir():
        raise CliError(f"The folder {args.pdf.parent} does not exist.")
    _app = QGuiApplication.instance() or QGuiApplication(["einclusie"])
    try:
        pages = write_pdf(cat, req, args.pdf)
    except HandoutError as exc:
        raise CliError(f"no handout written: {exc}.") from None
    print(f"Wrote {args.pdf} ({pages} page{'s' if pages != 1 else ''}).", file=sys.stderr)
    return 0


def cmd_build(args) -> int:
    from .core.build import DATA_DIR, build_from_data
    from .core.paths import shipped_catalogue
    from .core.record import RecordError

    out = args.out or shipped_catalogue()
    try:
        counts = build_from_data(out, args.data or DATA_DIR)
    except RecordError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise CliError(f"catalogue not built: {len(exc.problems)} problem(s) above.") from None
    print(f"Built {out}: {counts['services']} services, {counts['search_rows']} search rows.",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
