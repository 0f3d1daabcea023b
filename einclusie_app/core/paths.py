"""Where the program finds its shipped files, in a source checkout and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` (the repository, or the PyInstaller bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources() -> Path:
    return app_root() / "resources"


def shipped_catalogue() -> Path:
    return resources() / "catalogue" / "catalogue.sqlite"
