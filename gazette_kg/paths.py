"""Where the project's data files and the shared corpus live."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent


def shared_dir() -> Path:
    """The ``shared/`` folder beside the checkout (seeds, gold, W3C tests).

    ``GAZETTE_KG_SHARED`` overrides it, so a user can point the demo at another corpus.
    """
    override = os.environ.get("GAZETTE_KG_SHARED")
    return Path(override) if override else PROJECT_ROOT.parent / "shared"


def seeds_dir() -> Path:
    return shared_dir() / "seeds"


def gold_dir() -> Path:
    return shared_dir() / "gold"
