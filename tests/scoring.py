"""The shared scorer (../shared/tools/score_parse.py), and agreement between two parses of one text."""

from __future__ import annotations

import importlib.util
import io
import json
import tempfile
from contextlib import redirect_stdout
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from gazette_kg.paths import shared_dir

LINE_FIELDS = ("line", "body_line", "end_line")


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_parse", shared_dir() / "tools" / "score_parse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def without_lines(value: Any) -> Any:
    """A parse with every line number nulled: the same facts read from another layout."""
    if isinstance(value, dict):
        return {k: (None if k in LINE_FIELDS else without_lines(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [without_lines(v) for v in value]
    return value


def agreement(parsed: dict, reference: dict, keep_lines: bool = False) -> tuple[float, float, str]:
    """(micro F1, section-mean F1, the scorer's report) of ``parsed`` against ``reference``,
    line numbers set aside unless ``keep_lines``."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / name for name in ("parsed.json", "reference.json")]
        for path, data in zip(paths, (parsed, reference)):
            path.write_text(json.dumps(data if keep_lines else without_lines(data), ensure_ascii=False), encoding="utf-8")
        out = io.StringIO()
        with redirect_stdout(out):
            scorer().main([str(paths[0]), str(paths[1]), "--verbose"])
    lines = out.getvalue().splitlines()
    micro = float(next(line for line in lines if line.startswith("micro")).split()[5])
    mean = float(next(line for line in lines if line.startswith("total")).split()[-1])
    return micro, mean, out.getvalue()
