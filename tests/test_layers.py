"""The house plan: core/ never imports Qt; render/ never imports widgets; nothing opens a network."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "einclusie_app"
NETWORK = {"socket", "urllib.request", "http.client", "requests", "httpx", "aiohttp", "ftplib",
           "smtplib", "PySide6.QtNetwork"}


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
    return out


def test_core_imports_no_qt_in_source():
    offenders = {str(p.relative_to(PKG)): sorted(m for m in _imports(p)
                                                 if m.split(".")[0] in {"PySide6", "shiboken6"})
                 for p in (PKG / "core").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_imports_no_qt_at_run_time():
    code = ("import pkgutil, importlib, sys, einclusie_app.core as c\n"
            "for m in pkgutil.iter_modules(c.__path__):\n"
            "    importlib.import_module('einclusie_app.core.' + m.name)\n"
            "print(sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_render_uses_no_widgets():
    for p in (PKG / "render").rglob("*.py"):
        assert not any(m.startswith("PySide6.QtWidgets") for m in _imports(p)), p


def test_nothing_opens_a_network_connection():
    for p in PKG.rglob("*.py"):
        used = {m for m in _imports(p) if m in NETWORK or m.split(".")[0] in NETWORK}
        assert not used, f"{p.relative_to(PKG)} imports {used}"
