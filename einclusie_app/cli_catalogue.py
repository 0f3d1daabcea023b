"""``einclusie catalogue ...`` actions for maintainers, beside ``build`` (in cli.py)."""

from __future__ import annotations


def add_actions(csub) -> None:
    """Add the maintainer actions to the ``catalogue`` sub-parser."""


def run(args) -> int:
    raise AssertionError(f"unknown catalogue action {args.catalogue_command!r}")
