"""One SPARQL Protocol query request to a remote server, with a deadline that cancels it.

The query is a URL-encoded POST (the form every server takes). The whole answer must
arrive before the deadline: past it the connection is closed, which tells the server the
client has gone. The time limit is also sent as ``timeout`` (milliseconds, Virtuoso's
parameter; Oxigraph's server has its own ``--timeout-s``); Virtuoso then answers with
whatever it found in time and says so in ``X-SQL-State``, which is reported as a timeout,
never as a complete answer.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from gazette_kg.store.base import QueryTimeout, Refused, StoreError

CHUNK = 1 << 16
# Virtuoso's SQL state for an answer cut by its time limit ("anytime query").
_PARTIAL_STATES = ("S1TAT",)
# Characters of a server's error message kept: some (Virtuoso) echo the whole request back.
ERROR_CHARS = 600


def brief(text: str) -> str:
    return text if len(text) <= ERROR_CHARS else text[:ERROR_CHARS] + f"… ({len(text):,} characters in all)"


@dataclass(frozen=True)
class Reply:
    body: bytes
    content_type: str


def post_query(
    url: str,
    query: str,
    accept: str,
    timeout: float,
    *,
    dataset: tuple[list[str], list[str]] | None = None,
    credentials: tuple[str, str] | None = None,
) -> Reply:
    fields = [("query", query), ("timeout", str(int(timeout * 1000)))]
    default, named = dataset or ([], [])
    fields += [("default-graph-uri", g) for g in default] + [("named-graph-uri", g) for g in named]
    headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
    if credentials and credentials[0]:
        token = base64.b64encode(f"{credentials[0]}:{credentials[1]}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    request = urllib.request.Request(url, urllib.parse.urlencode(fields).encode("utf-8"), headers)
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if response.headers.get("X-SQL-State", "") in _PARTIAL_STATES:
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped by the server")
            chunks = []
            while chunk := response.read(CHUNK):
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
            return Reply(b"".join(chunks), response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as err:
        detail = err.read().decode("utf-8", "replace")
        if err.code in (400, 406):
            raise Refused(f"{url} refused the query: {brief(detail)}", err.code) from None
        raise StoreError(f"{url}: HTTP {err.code}: {brief(detail)}") from None
    except TimeoutError:
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from None
    except OSError as err:
        if "timed out" in str(err):
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from None
        raise StoreError(f"{url}: {err}") from None
