"""Maintainer mode: add, correct, check and retire records in the local store; the change log
and undo; imports and exports; signed catalogue updates and the conflicts they bring.

``install(window)`` adds the Maintainer menu (main_window.py calls it when the site allows
maintainer mode) and keeps its controller as ``window.maintainer``. The pieces:

* ``controller.py``: the menu and every action (the same core calls as the command line);
* ``editor.py``: the record editor, checked as you type;
* ``lists.py``: the to-do list, the change log, retire and restore;
* ``transfer.py``: import (check first, then all or nothing) and export;
* ``conflicts.py``: local corrections an update changed too;
* ``messages.py``: the maintainer's words (fields, reasons, refusals), translated.
"""

from __future__ import annotations


def install(window) -> None:
    """Add the maintainer menu to the main window (when the site allows maintainer mode)."""
    from .controller import Maintainer

    window.maintainer = Maintainer(window)
