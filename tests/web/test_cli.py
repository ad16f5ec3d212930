"""``gazette-kg serve`` on a port another program holds: one clear line, no traceback."""

import socket

from click.testing import CliRunner

from gazette_kg.cli import main


def test_busy_port_gives_a_clear_message(served_store):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--store", served_store.location, "--port", str(port)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and f"make demo PORT={port + 1}" in result.output


def test_port_is_a_setting(served_store, monkeypatch):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        monkeypatch.setenv("GAZETTE_KG_PORT", str(port))
        result = CliRunner().invoke(main, ["serve", "--store", served_store.location])
    assert f"127.0.0.1:{port}" in result.output
