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
