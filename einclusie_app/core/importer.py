"""Which reader reads a file: HSDS JSON, the HSDS tabular package, or the spreadsheet template.

:func:`read_file` picks the reader by what the file is and returns its
:class:`~.validate.ReadResult`; :meth:`.overlay.Workspace.import_records` validates and stores
it (all or nothing). The command line's ``import`` and ``validate`` and the maintainer window
use these two steps.

* a folder, a ``datapackage.json``, or a CSV whose header is an HSDS table's → the tabular
  package (core/hsds.py);
* ``*.json`` → HSDS JSON (core/hsds.py);
* ``*.xlsx`` and any other ``*.csv`` → the spreadsheet template (core/spreadsheet.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .record import Problem, Source
from .validate import ReadResult

__all__ = ["FORMATS", "detect", "read_file"]

FORMATS = ("hsds-json", "hsds-csv", "spreadsheet")


def detect(path: Path) -> str | None:
    """``hsds-json``, ``hsds-csv`` or ``spreadsheet``; None when the path is none of them."""
    path = Path(path)
    if path.is_dir():
        return "hsds-csv"
    suffix = path.suffix.lower()
    if path.name == "datapackage.json":
        return "hsds-csv"
    if suffix == ".json":
        return "hsds-json"
    if suffix in (".xlsx", ".xlsm"):
        return "spreadsheet"
    if suffix == ".csv":
        try:
            with open(path, "rb") as fh:
                first = fh.readline(4096).decode("utf-8-sig", "replace").lower()
        except OSError:
            return "spreadsheet"
        cells = {c.strip().strip('"') for c in first.replace(";", ",").split(",")}
        if "naam" not in cells and ((path.parent / "datapackage.json").is_file()
                                    or {"id", "status", "organization_id"} <= cells):
            return "hsds-csv"
        return "spreadsheet"
    return None


def read_file(path: Path, *, default_kinds: Sequence[str] = (),
              default_source: Source | None = None) -> ReadResult:
    """Read an import file into records, without storing anything.

    ``default_kinds`` and ``default_source``: for HSDS data from another directory, which has no
    kinds and sources of ours (the maintainer says what they are; nothing is guessed)."""
    from . import hsds, spreadsheet

    path = Path(path)
    if not path.exists():
        return ReadResult(problems=[Problem(str(path), "", "does not exist")])
    kind = detect(path)
    if kind == "hsds-json":
        return hsds.read_json(path, default_kinds=default_kinds, default_source=default_source)
    if kind == "hsds-csv":
        folder = path if path.is_dir() else path.parent
        return hsds.read_tabular(folder, default_kinds=default_kinds,
                                 default_source=default_source)
    if kind == "spreadsheet":
        return spreadsheet.read_spreadsheet(path)
    return ReadResult(problems=[Problem(path.name, "", "is not a file this program imports: "
                                                       "HSDS JSON (.json), an HSDS tabular "
                                                       "package (folder or datapackage.json), "
                                                       "or the spreadsheet template (.csv, "
                                                       ".xlsx)")])
