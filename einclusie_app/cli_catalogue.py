"""``einclusie catalogue ...`` actions for maintainers, beside ``build`` (in cli.py).

Keeping the catalogue true, from the command line:

    einclusie catalogue import FILE [--dry-run]      HSDS JSON, HSDS package, spreadsheet
    einclusie catalogue validate FILE                check only; nothing is stored
    einclusie catalogue export --format hsds-json|hsds-csv DIR
    einclusie catalogue local                        what the local store holds
    einclusie catalogue log / undo [SEQ]             the change log; undo a change
    einclusie catalogue stale                        not checked for 12 months, oldest first
    einclusie catalogue conflicts / resolve ID --take local|shipped
    einclusie catalogue flags                        what counters flagged ("not right")
    einclusie catalogue round [--near P --km N] [--pdf FILE]
                                                     the check round; its call list as PDF
    einclusie catalogue check ID --result still-right|ended --how phone [--by NAME]
    einclusie catalogue fill-in-pack MUNICIPALITY --out FILE.xlsx
                                                     the spreadsheet a municipality fills in
    einclusie catalogue keygen PREFIX                a key pair for signing updates
    einclusie catalogue pack --key KEY OUT           sign a catalogue as an update (--expires)
    einclusie catalogue delegate PUB OUT --key KEY --municipality NAME
                                                     a municipality's key, for its records only
    einclusie catalogue update FILE --trust PUB      check and apply an update
    einclusie catalogue rollback                     back to the catalogue before the update

``--store DIR`` names the local folder (the local store ``local.sqlite`` and installed updates);
by default the user's data folder. Problems go to stderr, one per line, and the exit code is
non-zero; results go to stdout.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .cli_common import EXIT_PROBLEMS, CliError, err, notice_lines, open_session


def _store_options(p: argparse.ArgumentParser, counter: bool = False) -> None:
    p.add_argument("--store", type=Path, default=None, metavar="DIR",
                   help="local folder: local store and installed updates "
                        "(default: the user's data folder)")
    p.add_argument("--cache", type=Path, default=None, metavar="DIR",
                   help="where the merged catalogue is kept (default: the user's cache folder)")
    if counter:
        p.add_argument("--counter", default=None, metavar="NAME",
                       help="name logged with the change (default: $EINCLUSIE_COUNTER or the "
                            "computer's name)")


def _defaults_options(p: argparse.ArgumentParser) -> None:
    from .core import vocab

    p.add_argument("--kind", action="append", choices=vocab.KINDS, default=[],
                   help="kind of help for HSDS services that carry none (repeatable)")
    p.add_argument("--source", metavar="URL", default=None,
                   help="source of the facts for HSDS services that name none")
    p.add_argument("--source-date", metavar="DATE", default="",
                   help="date of that source (YYYY-MM-DD)")


def add_actions(csub) -> None:
    """Add the maintainer actions to the ``catalogue`` sub-parser."""
    p = csub.add_parser("import", help="import HSDS JSON, an HSDS package or the spreadsheet "
                                       "template into the local store (all or nothing)")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check and report; store nothing")
    p.add_argument("--allow-removals", action="store_true",
                   help="let records in the file remove facts the catalogue has (phones, "
                        "locations...); without it such an import is refused and listed")
    _store_options(p, counter=True)
    _defaults_options(p)

    p = csub.add_parser("validate", help="check an import file; store nothing")
    p.add_argument("file", type=Path)
    _defaults_options(p)

    p = csub.add_parser("export", help="write the whole catalogue (shipped + local) as HSDS 3.0")
    p.add_argument("--format", required=True, choices=("hsds-json", "hsds-csv"))
    p.add_argument("dir", type=Path)
    _store_options(p)

    p = csub.add_parser("local", help="list what the local store adds, corrects and retires")
    _store_options(p)

    p = csub.add_parser("log", help="the change log of the local store, newest first")
    p.add_argument("--id", default=None, help="only this record")
    p.add_argument("--limit", type=int, default=30)
    _store_options(p)

    p = csub.add_parser("undo", help="undo the last change (or change SEQ)")
    p.add_argument("seq", type=int, nargs="?", default=None)
    _store_options(p, counter=True)

    p = csub.add_parser("stale", help="records not checked for 12 months, oldest first")
    p.add_argument("--days", type=int, default=None)
    _store_options(p)

    p = csub.add_parser("conflicts", help="local corrections whose shipped record changed since")
    _store_options(p)

    p = csub.add_parser("resolve", help="settle a conflict: keep local or take shipped")
    p.add_argument("id")
    p.add_argument("--take", required=True, choices=("local", "shipped"))
    _store_options(p, counter=True)

    p = csub.add_parser("flags", help="what counters flagged as not right, oldest first")
    p.add_argument("--all", action="store_true", help="also the flags a maintainer dealt with")
    _store_options(p)

    p = csub.add_parser("round", help="the check round: flagged records first, then never "
                                      "checked, then oldest; and what was checked since")
    p.add_argument("--near", metavar="PLACE", default=None,
                   help="the home municipality (default: the site's home; 'all': everywhere)")
    p.add_argument("--km", type=float, default=0.0,
                   help="also the municipalities within this distance (default 0)")
    p.add_argument("--since", metavar="DATE", default=None,
                   help="the day the round began (YYYY-MM-DD; default today)")
    p.add_argument("--pdf", type=Path, default=None, metavar="FILE",
                   help="write the call list of the records still to check (A4 PDF)")
    _store_options(p)

    p = csub.add_parser("check", help="a record was checked: still right (last checked = "
                                      "today) or ended (retired); closes its flags")
    p.add_argument("id")
    p.add_argument("--result", required=True, choices=("still-right", "ended"))
    p.add_argument("--how", required=True, choices=("phone", "visit", "web", "email"))
    p.add_argument("--by", default="", metavar="NAME", help="who checked (default: the counter)")
    p.add_argument("--reason", default="", help="why it ended (for --result ended)")
    _store_options(p, counter=True)

    p = csub.add_parser("fill-in-pack", help="the spreadsheet template for one municipality, "
                                             "pre-filled with what is known, to fill in and "
                                             "import back")
    p.add_argument("municipality", help="a municipality (Dutch or French name) or a postcode")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    p.add_argument("--empty-rows", type=int, default=None, metavar="N",
                   help="empty rows for new offers (default 25)")
    _store_options(p)

    p = csub.add_parser("keygen", help="make a key pair for signing updates")
    p.add_argument("prefix", type=Path, help="writes PREFIX.key (private) and PREFIX.pub")

    p = csub.add_parser("pack", help="sign a catalogue file as one update file")
    p.add_argument("out", type=Path)
    p.add_argument("--key", type=Path, required=True, help="the private key (PREFIX.key)")
    p.add_argument("--sequence", type=int, default=None,
                   help="update number, higher than every earlier one (default: the time, "
                        "YYYYMMDDHHMM)")
    p.add_argument("--from", dest="source", type=Path, default=None, metavar="CATALOGUE",
                   help="the catalogue to pack (default: the built one, or --catalogue)")
    p.add_argument("--note", default="", help="a line for the counters (what changed)")
    p.add_argument("--expires", default=None, metavar="DATE|DAYS",
                   help="no counter applies the update after this (2027-03-31, or a number of "
                        "days; default: 90 days)")
    p.add_argument("--delegation", type=Path, default=None, metavar="FILE",
                   help="a municipality's key: the central delegation for it; packs the "
                        "catalogue in use plus the local store (--store)")
    _store_options(p)

    p = csub.add_parser("delegate", help="let a municipality's key sign updates of its "
                                         "municipalities only")
    p.add_argument("public", help="the municipality's public key (.pub file or base64 line)")
    p.add_argument("out", type=Path, help="the delegation file to write")
    p.add_argument("--key", type=Path, required=True, help="the central private key")
    p.add_argument("--municipality", action="append", required=True, metavar="NAME",
                   help="a municipality (Dutch name or REFNIS code); repeatable")
    p.add_argument("--expires", default="365", metavar="DATE|DAYS",
                   help="the delegation ends then (default: 365 days)")
    p.add_argument("--note", default="")

    p = csub.add_parser("update", help="check a signed update and apply it")
    p.add_argument("file", type=Path)
    p.add_argument("--trust", action="append", default=[], metavar="PUBKEY",
                   help="a trusted public key: a .pub file or its base64 line (repeatable; "
                        "default: the site's catalogue.trusted_keys)")
    _store_options(p)

    p = csub.add_parser("rollback", help="go back to the catalogue before the last update")
    _store_options(p)

    p = csub.add_parser("coverage", help="per municipality of Flanders and Brussels: the offers "
                                         "located there per kind, those serving it, the newest "
                                         "check, 'nothing known'; a summary per province")
    p.add_argument("--province", metavar="P", default=None,
                   help="only this province (Dutch name, e.g. West-Vlaanderen), or Brussel")
    p.add_argument("--json", action="store_true", help="one JSON object per municipality")

    p = csub.add_parser("publish", help="write the catalogue (shipped + local) as a static "
                                        "HSDS 3.0 API that any web server can serve")
    p.add_argument("dir", type=Path, help="the folder to write (empty, new, or an earlier "
                                          "publish, which is replaced)")
    p.add_argument("--base-url", default=None, metavar="URL",
                   help="where the folder will be served (https://data.gemeente.be/wegwijzer): "
                        "the API root then names its description and profile by full address")
    p.add_argument("--per-page", type=int, default=100, metavar="N",
                   help="services per page (default 100)")
    _store_options(p)

    p = csub.add_parser("harvest", help="merge HSDS feeds and files into catalogue sources "
                                        "(data/services/*.toml) for review and build")
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="an HSDS API or JSON document (http:// or https://), a folder written "
                        "by publish, an HSDS JSON file or tabular package")
    p.add_argument("--into", type=Path, required=True, metavar="DIR",
                   help="the data folder (with services/) to merge into; its "
                        "harvest-state.json remembers what came from where")
    p.add_argument("--dry-run", action="store_true", help="report; write nothing")
    p.add_argument("--full", action="store_true",
                   help="read every service again (no modified_after since the last harvest)")
    p.add_argument("--allow-removals", action="store_true",
                   help="let a source's update remove facts (phones, locations...) of a record "
                        "it brought earlier")
    p.add_argument("--per-page", type=int, default=100, metavar="N",
                   help="services to ask for per page (default 100)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="seconds to wait for a server to connect or answer (default 30)")
    p.add_argument("--retries", type=int, default=2, metavar="N",
                   help="tries again after a timeout, a broken connection or a server error "
                        "(default 2)")
    p.add_argument("--max-mb", type=int, default=64, metavar="MB",
                   help="the largest page accepted, in MB (default 64)")
    _defaults_options(p)


# ---------------------------------------------------------------------------------------------


@contextmanager
def _session(args) -> Iterator:
    """The session of a maintainer command (core/session.py), closed afterwards. Without a
    local store nothing can be changed: that is an error here."""
    from .core.session import SessionError

    session = open_session(args)
    try:
        if not session.maintainable:
            raise CliError("no local store is open, so nothing can be changed (see above).",
                           EXIT_PROBLEMS)
        yield session
    except SessionError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    finally:
        session.close()


def _source(args):
    from .core.record import Source

    return Source(args.source, args.source_date) if args.source else None


def run(args) -> int:
    from .core.localstore import StoreError
    from .core.record import RecordError
    from .core.updates import UpdateError

    action = _ACTIONS.get(args.catalogue_command)
    if action is None:
        raise AssertionError(f"unknown catalogue action {args.catalogue_command!r}")
    try:
        return action(args)
    except RecordError as exc:
        err(*exc.problems)
        raise CliError(f"{len(exc.problems)} problem(s) above; nothing was changed.",
                       EXIT_PROBLEMS) from None
    except (StoreError, UpdateError) as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    except OSError as exc:
        raise CliError(f"{exc.filename or ''}: {exc.strerror or exc}", EXIT_PROBLEMS) from None


def _checked(session, args):
    """Read and check the file: every problem on stderr, or what importing would do."""
    checked = session.check_file(args.file, kinds=args.kind, source=_source(args))
    _notes(checked)
    if checked.problems:
        from .core.record import RecordError

        raise RecordError(list(checked.problems))
    return checked


def _notes(checked) -> None:
    """What the reader inferred (a kind from taxonomy terms, the source from the file's own
    metadata): one line each, so the maintainer can check it."""
    for note in getattr(checked.read, "notes", ()):
        print(f"note\t{note}", file=sys.stderr)


def cmd_import(args) -> int:
    with _session(args) as session:
        checked = _checked(session, args)
        if args.dry_run:
            report = checked.report
        else:
            report = session.import_records(checked.read,
                                            allow_removals=args.allow_removals).value
    print(f"{args.file}: {report.summary()}", file=sys.stderr)
    for ident in report.added:
        print(f"{'would add' if args.dry_run else 'added'}\t{ident}")
    for ident in report.updated:
        print(f"{'would update' if args.dry_run else 'updated'}\t{ident}")
    return 0


def cmd_validate(args) -> int:
    session = open_session(args)
    try:
        checked = session.check_file(args.file, kinds=args.kind, source=_source(args))
    finally:
        session.close()
    _notes(checked)
    if checked.problems:
        err(*checked.problems)
        raise CliError(f"{args.file}: {len(checked.problems)} problem(s) above.", EXIT_PROBLEMS)
    print(f"{args.file}: {len(checked.read.records)} record(s), no problems.", file=sys.stderr)
    return 0


def cmd_export(args) -> int:
    with _session(args) as session:
        # local records left out were said when the session opened: their shipped version
        # is what is exported
        outcome = session.export(args.format, args.dir)
    if args.format == "hsds-json":
        path, n = outcome.value
        print(f"Wrote {path}: {n} services.", file=sys.stderr)
    else:
        path, counts = outcome.value
        print(f"Wrote {path}: {counts['service']} services, "
              f"{sum(counts.values())} rows in {len(counts)} tables.", file=sys.stderr)
    return 0


def cmd_local(args) -> int:
    with _session(args) as session:
        entries = session.store.entries()
        for e in entries:
            print(f"{e.state}\t{e.id}\t{e.record.name}\t{e.changed_at}\t{e.counter}")
        print(f"{len(entries)} local record(s) in {session.store.path}", file=sys.stderr)
    return 0


def cmd_log(args) -> int:
    with _session(args) as session:
        for c in session.changes(args.id, args.limit):
            fields = ", ".join(sorted(c.fields))
            undone = f"\tundone by {c.undone_by}" if c.undone else ""
            print(f"{c.seq}\t{c.at}\t{c.counter}\t{c.action}\t{c.record_id}\t{fields}{undone}")
    return 0


def cmd_undo(args) -> int:
    with _session(args) as session:
        changes = session.undo(args.seq).value
    for c in changes:
        print(f"undid change {c.undoes} of {c.record_id} (now change {c.seq})")
    return 0


def cmd_stale(args) -> int:
    from .core.catalogue import STALE_AFTER_DAYS

    with _session(args) as session:
        items = session.stale(days=args.days if args.days is not None else STALE_AFTER_DAYS)
    for s in items:
        age = "never checked" if s.days is None else f"{s.days} days"
        print(f"{s.assured_date or '-'}\t{age}\t{s.origin}\t{s.id}\t{s.name}")
    print(f"{len(items)} record(s) to check", file=sys.stderr)
    return 0


def cmd_conflicts(args) -> int:
    with _session(args) as session:
        conflicts = session.conflicts()
    for c in conflicts:
        print(f"{c.id}\t{c.kind}\tlocal: {', '.join(c.local_fields()) or '-'}\t"
              f"update: {', '.join(c.shipped_fields()) or '-'}\tboth: "
              f"{', '.join(c.clashes()) or '-'}")
    print(f"{len(conflicts)} conflict(s)", file=sys.stderr)
    return 0


def cmd_resolve(args) -> int:
    with _session(args) as session:
        session.resolve(args.id, args.take)
    print(f"{args.id}: {args.take} version kept", file=sys.stderr)
    return 0


def cmd_keygen(args) -> int:
    from .core.updates import key_id, keygen, load_public_key, public_key_text

    private, public = keygen(args.prefix)
    key = load_public_key(public)
    print(f"Private key: {private} (keep it secret; never put it on a counter PC)",
          file=sys.stderr)
    print(f"Public key:  {public} (key {key_id(key)}); give it to every site as a trusted key:",
          file=sys.stderr)
    print(public_key_text(key))
    return 0


def cmd_pack(args) -> int:
    import datetime as dt

    from .core.paths import shipped_catalogue
    from .core.updates import pack, parse_expires

    source = args.source or args.catalogue or shipped_catalogue()
    sequence = args.sequence
    if sequence is None:
        sequence = int(dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d%H%M"))
    expires = parse_expires(args.expires) if args.expires else None
    if args.delegation is not None:
        with _session(args) as session:
            info = session.pack_local_changes(args.key, args.delegation, args.out, sequence,
                                              args.note, expires)
    else:
        info = pack(source, args.key, args.out, sequence, args.note, expires=expires)
    print(f"Wrote {args.out}: update {info.sequence}, {info.services} services, signed with key "
          f"{info.key_id}, expires {info.expires[:10]}.", file=sys.stderr)
    return 0


def cmd_delegate(args) -> int:
    from .core.paths import shipped_catalogue
    from .core.session import Session, SessionError
    from .core.updates import delegate, parse_expires

    try:
        session = Session.open(args.site_settings,
                               catalogue=args.catalogue or shipped_catalogue())
    except SessionError as exc:
        raise CliError(str(exc)) from None
    try:
        d = delegate(args.key, args.public, args.municipality, args.out,
                     session.catalogue.gazetteer, parse_expires(args.expires), args.note)
    finally:
        session.close()
    print(f"Wrote {args.out}: key {d.key_id} may sign updates of {', '.join(d.names)} until "
          f"{d.expires[:10]}.", file=sys.stderr)
    return 0


def cmd_update(args) -> int:
    with _session(args) as session:
        outcome = session.apply_update(args.file, list(args.trust) or None)
    info = outcome.value
    print(f"Applied update {info.sequence} ({info.services} services, created {info.created}, "
          f"key {info.key_id}). 'einclusie catalogue rollback' goes back.", file=sys.stderr)
    for notice in outcome.notices:
        err(*notice_lines(notice))
    return 0


def cmd_rollback(args) -> int:
    with _session(args) as session:
        now = session.rollback().value
    print(f"Rolled back; the catalogue in use is now {now}.", file=sys.stderr)
    return 0


def cmd_coverage(args) -> int:
    """``catalogue coverage``: what the catalogue in use (shipped, or an installed update,
    with the local store) knows per municipality; rules in core/coverage.py."""
    from .core.coverage import coverage, report_json, report_text

    session = open_session(args, explicit_view=True)
    try:
        cov = coverage(session.catalogue.conn)
    finally:
        session.close()
    rows, where = list(cov.municipalities), "Flanders and Brussels"
    if args.province:
        where = cov.province_name(args.province)
        if where is None:
            raise CliError(f"Unknown province {args.province!r}. Known: "
                           f"{', '.join(cov.provinces())}.")
        rows = cov.in_province(where)
    if args.json:
        sys.stdout.write(report_json(rows))
    else:
        sys.stdout.write(report_text(
            cov, rows, f"Coverage of the catalogue: {len(rows)} municipalities of {where}"))
    return 0


_ACTIONS = {
    "import": cmd_import, "validate": cmd_validate, "export": cmd_export, "local": cmd_local,
    "log": cmd_log, "undo": cmd_undo, "stale": cmd_stale, "conflicts": cmd_conflicts,
    "resolve": cmd_resolve, "keygen": cmd_keygen, "pack": cmd_pack, "delegate": cmd_delegate,
    "update": cmd_update,
    "rollback": cmd_rollback, "coverage": cmd_coverage,
}


def cmd_publish(args) -> int:
    from .core.publish import PublishError, publish

    # what the program shows: the shipped catalogue (or its installed update) with the local
    # records; local records left out were said when the session opened
    session = open_session(args)
    try:
        info = publish(session.catalogue, args.dir, per_page=args.per_page,
                       base_url=args.base_url)
    except PublishError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    finally:
        session.close()
    print(f"Wrote {info.folder}: {info.services} services on {info.pages} page(s) of "
          f"{args.per_page}, {info.taxonomies} taxonomies, {info.taxonomy_terms} taxonomy terms "
          f"({info.files} files).", file=sys.stderr)
    if not args.base_url:
        print("No --base-url: the API root does not name its description and profile by full "
              "address.", file=sys.stderr)
    print(f"Serve it as it is: python -m http.server --directory {info.folder}, or nginx "
          "(docs/feeds.md).", file=sys.stderr)
    return 0


def cmd_harvest(args) -> int:
    from .core import feeds
    from .core.harvest import SourceRefused, harvest, reader_for
    from .core.infer import guesser_of
    from .core.record import Source

    if args.per_page < 1 or args.timeout <= 0 or args.retries < 0 or args.max_mb < 1:
        raise CliError("--per-page, --timeout and --max-mb must be positive, --retries 0 or more")
    limits = feeds.Limits(timeout=args.timeout, retries=args.retries,
                          max_bytes=args.max_mb * 1024 * 1024)
    readers, early = [], []
    for source in args.sources:
        try:
            readers.append(reader_for(source, per_page=args.per_page, full=args.full,
                                      limits=limits))
        except SourceRefused as exc:
            early.append(str(exc))
    # the gazetteer and the synonyms of the catalogue the program came with (or --catalogue);
    # no local store is opened: the harvest writes catalogue sources, not local records
    from .core.paths import shipped_catalogue
    from .core.session import Session, SessionError

    try:
        session = Session.open(args.site_settings,
                               catalogue=getattr(args, "catalogue", None) or shipped_catalogue())
    except SessionError as exc:
        raise CliError(str(exc)) from None
    cat = session.catalogue
    try:
        default = Source(args.source, args.source_date) if args.source else None
        try:
            reports = harvest(readers, args.into, gazetteer=cat.gazetteer,
                              guesser=guesser_of(cat), default_kinds=args.kind,
                              default_source=default, allow_removals=args.allow_removals,
                              dry_run=args.dry_run)
        except SourceRefused as exc:
            raise CliError(str(exc), EXIT_PROBLEMS) from None
    finally:
        session.close()
    verb = "would " if args.dry_run else ""
    for line in early:
        print(f"{line}: refused, nothing applied")
    for rep in reports:
        print(rep.line(args.dry_run))
        for rid in rep.added:
            print(f"  {verb}add\t{rid}")
        for rid in rep.updated:
            print(f"  {verb}update\t{rid}")
        for c in rep.conflicts:
            print(f"  conflict\t{c}")
        for what, problems in rep.refused:
            for p in problems:
                print(f"  refused\t{what}: {p}")
        for note in rep.notes:
            print(f"  note\t{note}")
    complete = not early and all(r.complete for r in reports)
    print(f"{len(reports) + len(early)} source(s): "
          f"{sum(len(r.added) for r in reports)} added, "
          f"{sum(len(r.updated) for r in reports)} updated, "
          f"{sum(len(r.unchanged) for r in reports)} unchanged, "
          f"{sum(len(r.conflicts) for r in reports)} conflicting, "
          f"{sum(len(r.refused) for r in reports)} refused"
          + ("" if args.dry_run else f"; written to {args.into}"), file=sys.stderr)
    return 0 if complete else EXIT_PROBLEMS


_ACTIONS.update(publish=cmd_publish, harvest=cmd_harvest)


# ---------------------------------------------------------------------------------------------
# The municipality's loop: flags, the check round, fill-in packs


def cmd_flags(args) -> int:
    with _session(args) as session:
        flags = session.flags(open_only=not args.all)
        for f in flags:
            state = f"closed {f.closed_on} {f.closed_how} by {f.closed_by}" if not f.open \
                else "open"
            print(f"{f.id}\t{f.on}\t{f.counter}\t{f.record_id}\t{f.reason}\t{f.text}\t{state}")
    print(f"{len(flags)} flag(s)", file=sys.stderr)
    return 0


def _date(text: str | None, what: str):
    import datetime as dt

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what} {text!r} is not a date (YYYY-MM-DD).") from None


def cmd_round(args) -> int:
    since = _date(args.since, "--since")
    if args.pdf is not None and not args.pdf.parent.is_dir():
        raise CliError(f"The folder {args.pdf.parent} does not exist.")
    with _session(args) as session:
        if args.near and args.near.strip().lower() == "all":
            region = None
        elif args.near:
            region = session.region(args.near, args.km)
            if region is None:
                raise CliError(f"{args.near!r} is not a place the program knows.")
        else:
            region = session.home_region(args.km)
        rnd = session.check_round(since=since, region=region)
        entries = session.call_entries([i.id for i in rnd.open]) if args.pdf else []
    where = _region_words(region)
    for i in rnd.open:
        flags = "; ".join(f.reason + (f" ({f.text})" if f.text else "") for f in i.flags)
        age = "never checked" if i.days is None else f"{i.days} days"
        print(f"to check\t{i.id}\t{i.name}\t{i.place}\t{i.assured_date or '-'}\t{age}"
              f"\t{('flagged: ' + flags) if flags else ''}".rstrip())
    for i in rnd.done:
        c = i.done.check
        print(f"{c['result'].replace('_', ' ')}\t{i.id}\t{i.name}\t{i.place}\t{c['on']}\t"
              f"{c['how']}\t{c['by']}")
    print(f"Check round of {where}: {len(rnd.done)} of {rnd.total} checked since "
          f"{rnd.since.isoformat()}.", file=sys.stderr)
    if args.pdf is not None:
        import datetime as dt
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from .render.calllist import CallList, write_pdf

        _app = QGuiApplication.instance() or QGuiApplication(["einclusie"])
        call = CallList(tuple(entries), dt.datetime.now(), where,
                        args.site_settings.counter,
                        f"{len(rnd.done)} of {rnd.total} checked")
        pages = write_pdf(call, args.pdf)
        print(f"Wrote {args.pdf}: {len(entries)} record(s) to call on {pages} page(s).",
              file=sys.stderr)
    return 0


def _region_words(region) -> str:
    if region is None:
        return "the whole catalogue"
    if len(region.municipalities) == 1:
        return region.name
    return (f"{region.name} and {len(region.municipalities) - 1} municipalities within "
            f"{region.km:g} km")


def cmd_check(args) -> int:
    with _session(args) as session:
        if args.result == "still-right":
            change = session.check_still_right(args.id, args.how, args.by).value
        else:
            if not args.reason:
                raise CliError("--reason: say why the offer ended (it is kept in the log).")
            change = session.check_ended(args.id, args.reason, args.how, args.by).value
    closed = len(change.detail.get("flags", ()))
    print(f"{args.id}: {args.result} (change {change.seq}, checked by {change.check['by']} "
          f"by {args.how}); {closed} flag(s) closed.", file=sys.stderr)
    return 0


def cmd_fill_in_pack(args) -> int:
    from .core.fillin import PackError

    if args.out.suffix.lower() != ".xlsx":
        raise CliError("--out: the pack is an Excel workbook: give a name ending in .xlsx.")
    session = open_session(args)
    try:
        info = session.fill_in_pack(args.municipality, args.out,
                                    empty_rows=args.empty_rows).value
    except PackError as exc:
        raise CliError(str(exc), EXIT_PROBLEMS) from None
    finally:
        session.close()
    for rid in info.located:
        print(f"located\t{rid}")
    for rid in info.serving:
        print(f"serving\t{rid}")
    for rid, why in info.left_out:
        print(f"left out\t{rid}\t{why}")
    print(f"Wrote {info.path}: the fill-in pack of {info.municipality}: {len(info.located)} "
          f"record(s) located there, {len(info.serving)} serving it, {info.empty_rows} empty "
          "row(s). Import it back with: einclusie catalogue import "
          f"{info.path.name}", file=sys.stderr)
    return 0


_ACTIONS.update({"flags": cmd_flags, "round": cmd_round, "check": cmd_check,
                 "fill-in-pack": cmd_fill_in_pack})
