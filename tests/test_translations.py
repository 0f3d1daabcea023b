"""The translation sources agree with the code: a fresh pyside6-lupdate finds nothing new.

A string added to the code but not to resources/translations/*.ts would show in English to a
Dutch or French counter without anyone noticing; this test notices."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = sorted((ROOT / "resources" / "translations").glob("einclusie_*.ts"))


def _lupdate() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def _messages(path: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every live message (not vanished or obsolete)."""
    out = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            if t is not None and t.get("type") in ("vanished", "obsolete"):
                continue
            out.add((name, m.findtext("source") or "", m.findtext("comment") or ""))
    return out


@pytest.fixture(scope="module")
def from_code(tmp_path_factory) -> set[tuple[str, str, str]]:
    tool = _lupdate()
    assert tool, "pyside6-lupdate is part of PySide6-Essentials"
    sources = sorted(str(p) for p in (ROOT / "einclusie_app").rglob("*.py"))
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run([tool, *sources, "-ts", str(out)], check=True, capture_output=True)
    return _messages(out)


@pytest.mark.parametrize("path", TS, ids=lambda p: p.stem)
def test_every_string_of_the_code_is_in_the_translation_source(from_code, path):
    missing = sorted(from_code - _messages(path))
    assert missing == [], f"run pyside6-lupdate and translate: {missing}"


@pytest.mark.parametrize("path", TS, ids=lambda p: p.stem)
def test_no_translation_source_keeps_a_string_the_code_lost(from_code, path):
    assert sorted(_messages(path) - from_code) == []
