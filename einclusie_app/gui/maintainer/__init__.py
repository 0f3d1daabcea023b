"""Maintainer mode: editing the local store, imports, exports, signed updates (a stub)."""

from __future__ import annotations


def install(window) -> None:
    """Add the maintainer menu to the main window (when the site allows maintainer mode)."""
