"""The house plan: core/ never imports Qt; render/ never imports widgets; nothing opens a
network, except core/feeds.py for ``catalogue harvest``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "einclusie_app"
NETWORK = {"socket", "urllib.request", "http.client", "requests", "httpx", "aiohttp", "ftplib",
           "smtplib", "PySide6.QtNetwork", "ssl", "asyncio", "http.server", "socketserver",
           "xmlrpc", "telnetlib", "poplib", "imaplib", "nntplib", "webbrowser"}
#: The program's only network code, used by ``catalogue harvest`` alone.
FEED_MODULE = PKG / "core" / "feeds.py"


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


def test_nothing_but_the_feed_module_opens_a_network_connection():
    offenders = {}
    for p in PKG.rglob("*.py"):
        used = {m for m in _imports(p) if m in NETWORK or m.split(".")[0] in NETWORK}
        if used and p != FEED_MODULE:
            offenders[str(p.relative_to(PKG))] = sorted(used)
    assert offenders == {}
    assert {"urllib.request", "http.client", "socket"} <= _imports(FEED_MODULE)


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


# -- the network: one module, used by one command ------------------------------------------


def test_the_window_never_imports_the_feed_or_harvest_modules():
    banned = {"einclusie_app.core.feeds", "einclusie_app.core.harvest"}
    offenders = {str(p.relative_to(PKG)): sorted(_imports(p) & banned)
                 for p in (PKG / "gui").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}
    # only the harvest (and the feed module itself) import the feed module
    users = {str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
             if "einclusie_app.core.feeds" in _imports(p)}
    assert users == {"core/harvest.py", "cli_catalogue.py"}


def test_loading_the_window_and_the_commands_loads_no_network_module():
    code = ("import pkgutil, importlib, sys, einclusie_app.gui as g\n"
            "for m in pkgutil.walk_packages(g.__path__, 'einclusie_app.gui.'):\n"
            "    importlib.import_module(m.name)\n"
            "import einclusie_app.cli, einclusie_app.cli_catalogue, einclusie_app.selftest\n"
            "einclusie_app.cli._parser()\n"
            "print(sorted(k for k in sys.modules if k in ('einclusie_app.core.feeds',\n"
            "      'einclusie_app.core.harvest', 'urllib.request', 'http.client')))")
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env)
    assert out.stdout.strip() == "[]"


class _NoNetwork:
    """Fails the test on any attempt to connect to a network address."""

    def __init__(self, monkeypatch):
        import socket

        self.tried: list = []
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        tried = self.tried

        def guard(real):
            def connect(sock, address):
                if sock.family in (socket.AF_INET, socket.AF_INET6):
                    tried.append(address)
                    raise OSError("network blocked by the test")
                return real(sock, address)
            return connect

        monkeypatch.setattr(socket.socket, "connect", guard(real_connect))
        monkeypatch.setattr(socket.socket, "connect_ex", guard(real_connect_ex))


def test_every_command_but_harvest_and_the_window_open_no_socket(monkeypatch, tmp_path,
                                                                 catalogue_file, qtbot, capsys):
    from einclusie_app.cli import main
    from einclusie_app.gui.main_window import MainWindow

    guard = _NoNetwork(monkeypatch)
    cat = ["--catalogue", str(catalogue_file)]
    store = ["--store", str(tmp_path / "store")]
    for argv in (cat + ["search", "itsme", "--near", "Gent"],
                 cat + ["show", "card-stop"],
                 cat + ["catalogue", "export", "--format", "hsds-json", str(tmp_path / "j")]
                 + store,
                 cat + ["catalogue", "publish", str(tmp_path / "feed")] + store,
                 cat + ["catalogue", "import", str(tmp_path / "j" / "services.json")] + store,
                 cat + ["catalogue", "validate", str(tmp_path / "j" / "services.json")]):
        assert main(argv) == 0, argv
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.load_catalogue(catalogue_file)
    qtbot.keyClicks(w.search_edit, "laptop")
    qtbot.waitUntil(lambda: not w._timer.isActive())
    assert guard.tried == []
    capsys.readouterr()
