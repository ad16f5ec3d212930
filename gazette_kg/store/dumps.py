"""Linked-data dumps written once per load, beside the store, for the web app to serve as files.

Each format is written to a temporary file and renamed over the old dump, so a reader gets
the old dump or the new one, never half of one. The web app sends these files (with ETag,
Last-Modified and Range) and never serialises the whole store for a request.
"""

from __future__ import annotations

import os
from pathlib import Path

from gazette_kg import config
from gazette_kg.store.base import Store
from gazette_kg.store.export import FORMATS, export


def dump_folder(location: str, override: str | None = None) -> Path:
    """Where the dumps of the store at ``location`` live: ``dump_dir`` if set, else ``<store>-dumps``
    beside an embedded store, ``data/dumps`` for a remote one."""
    chosen = config.get("dump_dir", override or None)
    if chosen:
        return Path(chosen)
    if location.startswith(("http://", "https://")):
        return Path("data/dumps")
    store = Path(location).resolve()
    return store.with_name(store.name + "-dumps")


def dump_path(folder: Path, fmt: str) -> Path:
    return folder / f"gazette-kg.{fmt}"


def write_dumps(store: Store, folder: Path, formats: list[str] | None = None) -> list[Path]:
    """Write the store in each format (the ``dump_formats`` setting by default); return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats or config.get("dump_formats").split():
        if fmt not in FORMATS:
            raise ValueError(f"unknown dump format {fmt!r}; choose from {', '.join(FORMATS)}")
        target = dump_path(folder, fmt)
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        with partial.open("wb") as out:
            for chunk in export(store, fmt):
                out.write(chunk)
        os.replace(partial, target)
        written.append(target)
    return written
