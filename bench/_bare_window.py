"""A bare PySide6 window, for bench/bundle.py: bundled the same way as the program and
measured the same way (EINCLUSIE_STARTUP_PROBE: JSON marks for the first paint, then quit)."""

import json
import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def mark(name: str) -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mark": name, "t": time.time(), "rss_mib": rss}), flush=True)


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (mark("painted"), app.quit()))
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1100, 700)
if os.environ.get("EINCLUSIE_STARTUP_PROBE"):
    window.installEventFilter(FirstPaint(window))
window.show()
sys.exit(app.exec())
