"""The house plan: core/ never imports Qt; render/ never imports widgets; nothing opens a network."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "einclusie_app"
NETWORK = {"socket", "urllib.request", "http.client", "requests", "httpx", "aiohttp", "ftplib",
           "smtplib", "PySide6.QtNetwork"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, source: str | None = None) -> set[str]:
    """Every module a file imports, anywhere in it (also inside functions), relative imports
    resolved to their absolute names (``from ..gui.labels import x`` in core/show.py gives
    ``einclusie_app.gui.labels`` and ``einclusie_app.gui.labels.x``)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = set()
    text = source if source is not None else path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.add(name)
            out.update(f"{name}.{a.name}" for a in node.names)
    return out


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "einclusie_app" or len(parts) < 2:
        return None
    if parts[1] in ("core", "render", "gui"):
        return parts[1]
    # the front ends beside the layers; the package itself (its __version__) is no layer
    return "top" if (PKG / f"{parts[1]}.py").is_file() else None


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


def test_the_walker_sees_relative_and_function_local_imports():
    """The checks below would miss what the walker cannot see: check the walker itself."""
    source = ("def f():\n    from ..gui.labels import kind_label\n    import sqlite3\n"
              "    from . import vocab\n")
    found = _imports(PKG / "core" / "probe.py", source)
    assert {"einclusie_app.gui.labels", "einclusie_app.gui.labels.kind_label", "sqlite3",
            "einclusie_app.core", "einclusie_app.core.vocab"} <= found


def test_imports_point_only_downwards():
    """core imports neither render nor gui nor the front ends; render imports no gui: also
    relative and function-local imports count."""
    allowed = {"core": {"core"}, "render": {"core", "render"},
               "gui": {"core", "render", "gui"}, "top": {"core", "render", "gui", "top"}}
    wrong = {}
    for p in PKG.rglob("*.py"):
        here = _layer_of(_module_name(p))
        if here is None:
            continue
        bad = sorted(m for m in _imports(p)
                     if _layer_of(m) is not None and _layer_of(m) not in allowed[here])
        if bad:
            wrong[str(p.relative_to(PKG))] = bad
    assert wrong == {}


def test_sqlite_only_in_core():
    """gui/ (and everything outside core/) runs no SQL: only core/ imports sqlite3."""
    users = sorted(str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
                   if not p.relative_to(PKG).parts[0] == "core"
                   and any(m == "sqlite3" or m.startswith("sqlite3.") or m == "sqlite_utils"
                           for m in _imports(p)))
    assert users == []


#: What opens a catalogue file, the local store or the merged view. Only the session (and the
#: modules it is made of) may use them: the window, the command line and the self-test go
#: through core/session.py.
OPENERS = {
    "einclusie_app.core.catalogue.Catalogue", "einclusie_app.core.localstore.LocalStore",
    "einclusie_app.core.overlay", "einclusie_app.core.overlay.Workspace",
    "einclusie_app.core.merged", "einclusie_app.core.updates.apply_update",
    "einclusie_app.core.updates.rollback",
    "einclusie_app.core.updates.effective_shipped_catalogue",
}
SESSION_PARTS = {"core/session.py", "core/overlay.py", "core/merged.py", "core/updates.py",
                 "core/catalogue.py", "core/localstore.py"}


def test_only_the_session_opens_catalogues_stores_and_views():
    users = {}
    for p in PKG.rglob("*.py"):
        rel = str(p.relative_to(PKG))
        if rel in SESSION_PARTS:
            continue
        used = sorted(_imports(p) & OPENERS)
        if used:
            users[rel] = used
    assert users == {}


def test_the_front_ends_use_the_session():
    for rel in ("cli_common.py", "selftest.py", "gui/main_window.py"):
        assert "einclusie_app.core.session" in _imports(PKG / rel), rel


def test_the_command_line_modules_do_not_import_each_other():
    assert "einclusie_app.cli" not in _imports(PKG / "cli_catalogue.py")
    assert "einclusie_app.cli_catalogue" not in _imports(PKG / "cli_common.py")
