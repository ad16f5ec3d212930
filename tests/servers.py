"""Servers that tests and benchmarks start on loopback: a free port, and waiting until one answers."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_answering(url: str, process: subprocess.Popen | None = None, seconds: float = 20.0) -> None:
    """Return once ``url`` answers HTTP; raise ``RuntimeError`` (with the server's stderr) if it does not in time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            break
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.1)
    detail = ""
    if process is not None:
        process.kill()
        detail = (process.communicate(timeout=10)[1] or b"").decode("utf-8", "replace")[-800:]
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s {detail}".strip())
