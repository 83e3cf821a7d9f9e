"""Analysis never opens a socket and never loads Qt."""

from __future__ import annotations

import socket
import subprocess
import sys

import explainer


def test_no_socket_is_opened_during_analysis(monkeypatch):
    opened = []

    class NoSocket(socket.socket):
        def __init__(self, *a, **k):
            opened.append((a, k))
            raise AssertionError("analysis tried to open a socket")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection",
                        lambda *a, **k: opened.append(a) or (_ for _ in ()).throw(OSError()))
    for lang, text in (("en", "We may share your data with partners."),
                       ("ar", "قد نشارك بياناتك مع شركائنا.")):
        r = explainer.analyze(text, language=lang)
        assert r.sentences
    assert opened == []


def test_importing_the_analysis_core_loads_no_qt():
    code = (
        "import sys, explainer, explainer.analysis.pipeline, explainer.ingest;"
        "explainer.analyze('We may share your data.');"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
