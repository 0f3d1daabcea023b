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


def test_nothing_but_the_feed_module_opens_a_network_connection():
    offenders = {}
    for p in PKG.rglob("*.py"):
        used = {m for m in _imports(p) if m in NETWORK or m.split(".")[0] in NETWORK}
        if used and p != FEED_MODULE:
            offenders[str(p.relative_to(PKG))] = sorted(used)
    assert offenders == {}
    assert {"urllib.request", "http.client", "socket"} <= _imports(FEED_MODULE)


# -- the network: one module, used by one command ------------------------------------------


def _relative_imports(path: Path) -> set[str]:
    """Every module a file imports, relative imports resolved against its package."""
    package = path.relative_to(PKG.parent).with_suffix("").parts[:-1]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = list(package[:len(package) - node.level + 1]) if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            out.add(module)
            out.update(f"{module}.{a.name}" for a in node.names)
    return out


def test_the_window_never_imports_the_feed_or_harvest_modules():
    banned = {"einclusie_app.core.feeds", "einclusie_app.core.harvest"}
    offenders = {str(p.relative_to(PKG)): sorted(_relative_imports(p) & banned)
                 for p in (PKG / "gui").rglob("*.py")}
    assert {k: v for k, v in offenders.items() if v} == {}
    # only the harvest (and the feed module itself) import the feed module
    users = {str(p.relative_to(PKG)) for p in PKG.rglob("*.py")
             if "einclusie_app.core.feeds" in _relative_imports(p)}
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
