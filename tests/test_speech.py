"""Read aloud never blocks the window, never starts or feeds a logging speech service blindly,
and the "keep it on your phone" card decodes to a contact a phone can save."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import threading

import pytest

from einclusie_app.gui.speech import Speaker, probe_speechd

# A child process: a speech service that accepts and never answers, the client panel asking it
# to read aloud, and a timer that counts how often the window's event loop got to run.
_CHILD = textwrap.dedent("""
    import json, os, socket, sys, threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    path = sys.argv[1]
    server = socket.socket(socket.AF_UNIX)
    server.bind(path)
    server.listen(5)
    held = []
    threading.Thread(target=lambda: [held.append(server.accept()) for _ in iter(int, 1)],
                     daemon=True).start()

    app = QApplication([])
    from einclusie_app.gui.client_view import ClientPanel
    from einclusie_app.gui.speech import Speaker

    speaker = Speaker()
    panel = ClientPanel(speaker)
    panel.set_language("en")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    notes = []
    def act():
        panel.refresh_voice()
        notes.append(panel.voice_note.text())
        panel.read_aloud()
    QTimer.singleShot(0, act)
    QTimer.singleShot(3500, app.quit)
    app.exec()
    print(json.dumps({"ticks": len(ticks), "first_note": notes[0], "note": panel.voice_note.text(),
                      "button": panel.read_button.text(), "enabled": panel.read_button.isEnabled(),
                      "state": speaker.state}))
""")


def test_a_dead_speech_service_costs_a_message_not_the_window(tmp_path):
    sock = tmp_path / "speechd.sock"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EINCLUSIE_TTS_ENGINE="speechd",
               SPEECHD_ADDRESS=f"unix_socket:{sock}", XDG_RUNTIME_DIR=str(runtime))
    script = tmp_path / "child.py"
    script.write_text(_CHILD)
    # A freeze fails here (timeout) instead of hanging the test run.
    done = subprocess.run([sys.executable, str(script), str(sock)], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # 3.5 s of event loop at one tick per 20 ms: a blocked GUI thread would count near zero
    assert result["ticks"] > 100, result
    assert result["first_note"] == "Checking the voice of this PC…"
    assert result["state"] == "failed" and not result["enabled"]
    assert result["note"] == "Reading aloud is not available on this PC."
    # nothing was started that could log the client's language
    assert not (runtime / "speech-dispatcher").exists()


def test_probe_says_why_without_waiting_long(monkeypatch, tmp_path):
    import time

    import einclusie_app.gui.speech as speech

    monkeypatch.setattr(speech, "_stuck", threading.Event())
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'none.sock'}")
    assert probe_speechd() == "no speech service is running"
    # a service that accepts and never answers: the probe gives up after its time limit
    path = tmp_path / "dead.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(1)
    try:
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
        start = time.monotonic()
        assert probe_speechd(timeout=0.5) == "the speech service does not answer"
        assert time.monotonic() - start < 2
        # the hung call is not repeated: the next probe answers at once
        start = time.monotonic()
        assert probe_speechd(timeout=5) == "the speech service does not answer"
        assert time.monotonic() - start < 0.5
    finally:
        server.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux engine choice")
def test_linux_does_not_use_speech_dispatcher_unless_asked(qapp, monkeypatch):
    monkeypatch.delenv("EINCLUSIE_TTS_ENGINE", raising=False)
    speaker = Speaker(engine="")
    assert speaker.availability("en", "English") == \
        "Reading aloud is off on this PC (its speech service keeps a log)."
    assert speaker.state == "failed"


def test_while_reading_the_button_says_stop(qtbot):
    from einclusie_app.gui.client_view import ClientPanel

    speaker = Speaker(engine="mock")
    panel = ClientPanel(speaker)
    qtbot.addWidget(panel)
    panel.set_language("en")
    panel.view.lines = []
    panel.refresh_voice()
    assert panel.read_button.isEnabled() and panel.read_button.text() == "Read aloud"
    with qtbot.waitSignal(speaker.speaking_changed, timeout=3000,
                          check_params_cb=lambda speaking: speaking):
        panel.view.text = lambda: "Card Stop. You can call day and night."
        panel.read_aloud()
    assert panel.read_button.text() == "Stop"
    panel.read_aloud()          # the same button stops it
    qtbot.waitUntil(lambda: panel.read_button.text() == "Read aloud", timeout=3000)
    assert not speaker.is_speaking()


# -- keep it on your phone ----------------------------------------------------------------------

def _vcard_fields(text: str) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for line in text.replace("\r\n", "\n").split("\n"):
        if ":" in line:
            key, value = line.split(":", 1)
            fields.setdefault(key, []).append(value)
    return fields


def test_the_phone_card_decodes_to_a_contact_the_phone_can_save(qtbot, catalogue, tmp_path):
    from einclusie_app.gui.client_view import ClientPanel

    ident = next(i for i in catalogue.ids()
                 if catalogue.service(i).phones and catalogue.service(i).record.website
                 and any(loc.address_known for loc in catalogue.service(i).locations))
    view = catalogue.service(ident)
    panel = ClientPanel(Speaker(engine="mock"))
    qtbot.addWidget(panel)
    panel.set_language("ar")
    panel.set_record(view)
    panel.phone_button.setChecked(True)
    assert panel.phone_card.isVisibleTo(panel)
    assert "\u0627" in panel.phone_card.caption.text()       # said in the client's language
    png = tmp_path / "card.png"
    panel.phone_card.code.pixmap().save(str(png))
    out = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)],
                         capture_output=True, text=True, check=True).stdout
    assert out.replace("\r\n", "\n").rstrip("\n") == \
        panel.phone_card.payload.replace("\r\n", "\n").rstrip("\n")
    card = _vcard_fields(out)
    assert card["BEGIN"] == ["VCARD"] and card["END"] == ["VCARD"] and card["VERSION"] == ["3.0"]
    assert card["FN"] == [view.name.replace(",", "\\,").replace(";", "\\;")]
    assert card["TEL;TYPE=VOICE"] == [p.tel for p in view.phones]
    loc = next(loc for loc in view.locations if loc.address_known)
    assert any(loc.street_line in a and loc.postcode in a for a in card["ADR;TYPE=WORK"])
    assert card["URL"][0].startswith("http")
    panel.phone_button.setChecked(False)
    assert not panel.phone_card.isVisibleTo(panel)
