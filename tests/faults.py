"""Faults the tests put into a store: what a full disk does to pyoxigraph's bulk loader."""

from __future__ import annotations

import pytest


def fill_disk_on_bulk_load(store, monkeypatch: pytest.MonkeyPatch, call: int = 1) -> None:
    """The ``call``-th use of the embedded ``store``'s bulk loader writes what it was given, then fails
    as a full disk would (the others work)."""
    real = store._store
    calls = iter(range(1, 1_000_000))

    class DiskFillsUp:
        def __getattr__(self, name):
            return getattr(real, name)

        def bulk_load(self, data, **options):
            real.bulk_load(data, **options)
            if next(calls) == call:
                raise OSError("No space left on device")

    monkeypatch.setattr(store, "_store", DiskFillsUp())
