"""The bundle's slimming rules, without building a bundle (tests/test_bundle.py builds one).

build.spec's rules are checked for Linux and for the names PySide6's Windows wheel uses (the
Windows bundle is built by IT on Windows: packaging/windows/README.md); packaging/linux/slim.py
is checked on the Qt libraries of the venv.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = Path(importlib.util.find_spec("PySide6").submodule_search_locations[0]) / "Qt"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux build rules")


def _slim():
    spec = importlib.util.spec_from_file_location("slim", ROOT / "packaging" / "linux" / "slim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rules(monkeypatch, platform: str) -> dict:
    """build.spec's rules (the part before the build) as they are on ``platform``."""
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    rules = text.split("\n# ---- the build", 1)[0]
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {"SPECPATH": str(ROOT), "__name__": "build_spec"}
    exec(compile(rules, "build.spec", "exec"), namespace)
    return namespace


# Paths as PyInstaller names them inside the bundle; True: left out.
WINDOWS_CASES = {
    "PySide6\\plugins\\platforms\\qwindows.dll": False,
    "PySide6/plugins/platforms/qoffscreen.dll": False,
    "PySide6/plugins/platforms/qdirect2d.dll": True,
    "PySide6/plugins/platforms/qminimal.dll": True,
    "PySide6/plugins/styles/qmodernwindowsstyle.dll": False,     # the Windows 10/11 look
    "PySide6/plugins/iconengines/qsvgicon.dll": False,
    "PySide6/plugins/imageformats/qsvg.dll": False,
    "PySide6/plugins/imageformats/qjpeg.dll": False,
    "PySide6/plugins/imageformats/qgif.dll": True,
    "PySide6/plugins/imageformats/qpdf.dll": True,
    "PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll": True,
    "PySide6/plugins/texttospeech/qtexttospeech_winrt.dll": False,
    "PySide6/plugins/texttospeech/qtexttospeech_sapi.dll": False,
    "PySide6/plugins/multimedia/windowsmediaplugin.dll": False,
    "PySide6/plugins/multimedia/ffmpegmediaplugin.dll": False,   # kept on Windows (README)
    "PySide6/avcodec-61.dll": False,
    "PySide6/plugins/tls/qschannelbackend.dll": True,
    "PySide6/plugins/networkinformation/qnetworklistmanager.dll": True,
    "PySide6/plugins/generic/qtuiotouchplugin.dll": True,
    "PySide6/translations/qtbase_nl.qm": False,
    "PySide6/translations/qtbase_de.qm": True,
    "PySide6/translations/qtmultimedia_fr.qm": True,
    "PySide6/opengl32sw.dll": True,
    "PySide6/Qt6Qml.dll": True,
    "PySide6/Qt6Pdf.dll": True,
    "PySide6/Qt6Core.dll": False,
    "PySide6/Qt6Multimedia.dll": False,
    "PySide6/Qt6TextToSpeech.dll": False,
    "libcrypto-3.dll": False,
}

LINUX_CASES = {
    "PySide6/Qt/plugins/platforms/libqxcb.so": False,
    "PySide6/Qt/plugins/platforms/libqwayland.so": False,
    "PySide6/Qt/plugins/platforms/libqoffscreen.so": False,
    "PySide6/Qt/plugins/platforms/libqminimal.so": True,
    "PySide6/Qt/plugins/platforms/libqeglfs.so": True,
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so": False,
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so": False,
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so": True,
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so": True,
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so": True,
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so": False,
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so": False,
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so": False,
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so": True,
    "PySide6/Qt/lib/libavcodec.so.61": True,
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so": True,
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so": False,
    "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so": True,
    "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so": False,
    "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so": True,
    "PySide6/Qt/plugins/imageformats/libqsvg.so": False,
    "PySide6/Qt/plugins/imageformats/libqwebp.so": True,
    "PySide6/Qt/translations/qtbase_fr.qm": False,
    "PySide6/Qt/translations/qtbase_ru.qm": True,
    "PySide6/Qt/lib/libQt6Gui.so.6": False,
    "PySide6/Qt/lib/libQt6Quick.so.6": True,
    "libcups.so.2": True,
    "libpulse.so.0": True,
    "libspeechd.so.2": True,
    "libfontconfig.so.1": False,
}


@pytest.mark.parametrize("platform, cases", [("win32", WINDOWS_CASES), ("linux", LINUX_CASES)])
def test_build_spec_leaves_out_what_the_program_never_loads(monkeypatch, platform, cases):
    unwanted = _rules(monkeypatch, platform)["_unwanted"]
    got = {dest: unwanted(dest) for dest in cases}
    assert got == cases


def test_windows_keeps_the_hook_that_brings_qt_multimedia_plugins(monkeypatch):
    assert "PySide6.QtMultimedia" not in _rules(monkeypatch, "win32")["EXCLUDES"]
    assert "PySide6.QtMultimedia" in _rules(monkeypatch, "linux")["EXCLUDES"]


def test_build_spec_excludes_no_module_the_program_imports(monkeypatch):
    excludes = set(_rules(monkeypatch, "linux")["EXCLUDES"])
    probe = ("import sys, einclusie_app.cli, einclusie_app.gui.main_window, "
             "einclusie_app.core.phones, einclusie_app.core.updates, einclusie_app.core.hsds; "
             "print('\\n'.join(sys.modules))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    imported = set(proc.stdout.split())
    assert not {m for m in imported if m in excludes or m.split(".")[0] in excludes
                or any(m.startswith(e + ".") for e in excludes)}


def test_icu_package_is_rewritten_byte_for_byte():
    slim = _slim()
    symbol, blob = slim._elf_symbol((QT / "lib" / "libicudata.so.73").read_bytes(), r"icudt\d+_dat")
    header, items = slim.read_package(blob)
    assert symbol == "icudt73_dat" and len(items) > 3000
    assert slim.write_package(header, items) == blob


def test_small_icu_library_holds_only_the_kept_items(tmp_path):
    slim = _slim()
    out = tmp_path / "libicudata.so.73"
    kept = slim.reduce_icu_data(QT / "lib" / "libicudata.so.73",
                                ["coll/ucadata.icu", "coll/root.res", "coll/nl.res"], out)
    assert [k.split("/", 1)[1] for k in kept] == ["coll/nl.res", "coll/root.res", "coll/ucadata.icu"]
    assert slim.dynamic_names(out) == ([], "libicudata.so.73")
    _, blob = slim._elf_symbol(out.read_bytes(), r"icudt\d+_dat")
    assert [n for n, _ in slim.read_package(blob)[1]] == kept
    with pytest.raises(ValueError, match="no ICU data item"):
        slim.reduce_icu_data(QT / "lib" / "libicudata.so.73", ["coll/xx.res"], out)


def test_prune_keeps_what_the_roots_link_to():
    slim = _slim()
    lib = QT / "lib"
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so",
         str(QT / "plugins" / "platforms" / "libqoffscreen.so"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(lib / "libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", str(lib / "libQt6Gui.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6DBus.so.6", str(lib / "libQt6DBus.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", str(lib / "libQt6Widgets.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Svg.so.6", str(lib / "libQt6Svg.so.6"), "BINARY"),
    ]
    kept, dropped = slim.prune(binaries)
    assert [d for d, _, _ in dropped] == ["PySide6/Qt/lib/libQt6Widgets.so.6",
                                          "PySide6/Qt/lib/libQt6Svg.so.6"]
    assert len(kept) == 4    # the plugin, and Core, Gui and D-Bus, which Gui links
