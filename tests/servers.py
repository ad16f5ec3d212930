"""Servers that tests and benchmarks start on loopback: a free port, and waiting until one answers."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Seconds a query may run on a test server before the server itself stops it (Oxigraph's
# --timeout-s, Virtuoso's MaxQueryExecutionTime): the app's own limit is shorter.
SERVER_TIMEOUT = 60


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


# Virtuoso's own settings, with the database in a folder of the test's and ports chosen per run.
VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {dir}
[HTTPServer]
ServerPort = {http_port}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = {server_timeout}
"""
# Lets anonymous SPARQL clients update, as the store's update endpoint needs (loopback only).
VIRTUOSO_GRANTS = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"


def _oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).parent / "oxigraph"
    return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")


def _start(command: list[str], probe: str) -> subprocess.Popen:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_answering(probe, process, seconds=60)
    except RuntimeError as err:
        raise RuntimeError(f"{command[0]} did not start: {err}") from None
    return process


def _oxigraph(folder: Path) -> tuple[subprocess.Popen, str, str]:
    binary = _oxigraph_binary()
    if binary is None:
        raise RuntimeError("the oxigraph server (PyPI package 'oxigraph', a test dependency) is not installed")
    url = f"http://127.0.0.1:{free_port()}"
    process = _start(
        [
            binary,
            "serve",
            "--location",
            str(folder),
            "--bind",
            url.removeprefix("http://"),
            "--union-default-graph",
            "--timeout-s",
            str(SERVER_TIMEOUT),
        ],
        url + "/query?query=ASK%7B%7D",
    )
    return process, url + "/query", url + "/update"


def _virtuoso(folder: Path) -> tuple[subprocess.Popen, str, str]:
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if binary is None or isql is None:
        raise RuntimeError("Virtuoso (Debian package virtuoso-opensource, installed by `make system-deps`) is not installed")
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port, server_timeout=SERVER_TIMEOUT), encoding="utf-8"
    )
    url = f"http://127.0.0.1:{http_port}/sparql"
    process = _start([binary, "+foreground", "+configfile", str(ini)], url + "?query=ASK%7B%7D")
    subprocess.run([isql, str(sql_port), "dba", "dba", f"exec={VIRTUOSO_GRANTS}"], check=True, capture_output=True, timeout=60)
    return process, url, url


SERVERS = {"oxigraph": _oxigraph, "virtuoso": _virtuoso}


@contextmanager
def running_server(name: str, folder: Path) -> Iterator[tuple[str, str]]:
    """(query URL, update URL) of a server started in ``folder``, whose default graph is the union
    of the named graphs (Oxigraph: --union-default-graph; Virtuoso's default)."""
    process, query_url, update_url = SERVERS[name](folder)
    try:
        yield query_url, update_url
    finally:
        process.terminate()
        process.wait(timeout=30)
