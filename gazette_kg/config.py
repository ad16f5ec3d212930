"""Every setting in one table, Datasette-style: a name, a default and a help string.

A setting is read from the environment as ``GAZETTE_KG_<NAME>`` (upper case) unless a
command-line option overrides it; ``settings()`` returns the resolved values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env_var(self) -> str:
        return "GAZETTE_KG_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("base_iri", "https://gazette-kg.org/id/", "namespace under which resource IRIs are minted"),
    Setting("store", "data/store", "embedded Oxigraph folder, or the http(s) URL of a SPARQL 1.1 query endpoint"),
    Setting("update_endpoint", "", "SPARQL 1.1 Update URL of a remote store (default: the query URL)"),
    Setting("remote_user", "", "user name for a remote store"),
    Setting("remote_password", "", "password for a remote store"),
    Setting("query_timeout", 10.0, "seconds a query on the public endpoint may run before it is stopped"),
    Setting("max_results", 10000, "rows a query on the public endpoint may return before it is cut"),
    Setting("query_workers", 2, "worker processes that run endpoint queries (killed on timeout)"),
    Setting("cache_seconds", 300.0, "seconds a query's result is reused for the same query (0: never)"),
    Setting("queue_seconds", 3.0, "seconds a query may wait for a free worker before it is turned away (503)"),
    Setting("client_queries", 1, "queries one client (address) may have running at once"),
    Setting(
        "public_queries",
        1,
        "queries from /sparql and the graph view's query= running at once (the other workers stay free for pages)",
    ),
    Setting(
        "slow_seconds",
        1.0,
        "seconds after which a query from outside leaves the embedded store's worker pool and goes on at low CPU priority",
    ),
    Setting(
        "query_memory",
        4096,
        "MiB of address space an embedded store's query worker may use; a query needing more is stopped (0: no limit)",
    ),
    Setting("long_queries", 1, "slow queries from outside (they left the pool) running at once; a further one is stopped (503)"),
    Setting("rate_limit", "60/minute", "requests per client on the query pages and /sparql (Flask-Limiter syntax; empty: none)"),
    Setting("max_query_bytes", 100_000, "longest SPARQL query text accepted (413 beyond)"),
    Setting("max_request_bytes", 1_000_000, "largest request body accepted (413 beyond)"),
    Setting("cache_bytes", 64 * 2**20, "bytes of query results (and their keys) the result cache holds at most"),
    Setting("proxy_hops", 0, "reverse proxies in front of the app whose X-Forwarded-For is trusted for the client address"),
    Setting("threads", 8, "waitress threads serving requests"),
    Setting("dump_dir", "", "folder of the linked-data dumps (default: <store>-dumps beside an embedded store)"),
    Setting("dump_formats", "nt nq ttl trig jsonld xml", "formats (space-separated) `load` writes dumps in"),
    Setting("page_size", 200, "resources listed per page on /resources"),
    Setting("graph_neighbours", 80, "neighbours the graph view fetches for a node"),
    Setting("search_limit", 200, "results a search shows at most"),
    Setting("allowed_services", "", "SPARQL endpoints (space-separated IRIs) a query may call with SERVICE"),
    Setting("remote_timeout", 60.0, "seconds a remote store may take over an update or an unlimited query"),
    Setting("host", "127.0.0.1", "address `gazette-kg serve` listens on"),
    Setting("port", 5000, "port `gazette-kg serve` listens on"),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, raw: str) -> Any:
    if isinstance(setting.default, bool):
        return raw.lower() in {"1", "true", "yes", "on"}
    if isinstance(setting.default, int):
        return int(raw)
    if isinstance(setting.default, float):
        return float(raw)
    return raw


def default(name: str) -> Any:
    """A setting's default, as the table above declares it (for help texts)."""
    return _BY_NAME[name].default


def get(name: str, override: Any = None) -> Any:
    """One setting: the override if given, else the environment, else the default."""
    setting = _BY_NAME[name]
    if override is not None:
        return override
    raw = os.environ.get(setting.env_var)
    return setting.default if raw is None else _coerce(setting, raw)


def settings(**overrides: Any) -> dict[str, Any]:
    """All settings resolved; keyword overrides win (``None`` means not given)."""
    return {s.name: get(s.name, overrides.get(s.name)) for s in SETTINGS}
