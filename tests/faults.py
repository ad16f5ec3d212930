"""Faults the tests put into a store: what a full disk does to pyoxigraph's bulk loader."""

from __future__ import annotations

import pytest


def fill_disk_on_bulk_load(store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedded ``store``'s bulk loader writes what it was given, then fails as a full disk would."""
    real = store._store

    class DiskFillsUp:
        def __getattr__(self, name):
            return getattr(real, name)

        def bulk_load(self, data, format):
            real.bulk_load(data, format=format)
            raise OSError("No space left on device")

    monkeypatch.setattr(store, "_store", DiskFillsUp())
