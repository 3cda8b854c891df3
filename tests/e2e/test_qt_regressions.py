"""Known bugs in the Qt bindings we depend on; a version that has them must not ship."""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(str)
source, seen = Source(), []
source.changed.connect(seen.append)
for _ in range(20_000):  # about what a long meeting with a ticking timer emits
    source.changed.emit("tick")
print(len(seen))
"""


def test_many_signal_emissions_do_not_crash_the_process():
    """PySide6 6.12.0 drops a reference to a bool per emission and aborts at exit."""
    result = subprocess.run(
        [sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
    assert "Fatal Python error" not in result.stderr
