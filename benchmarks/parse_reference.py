"""Guard for speed work on the parser: write the parse of a set of files to a directory, or
compare today's parse with such a directory and name every file whose output changed.

Each file's output is what ``gazette-kg parse FILE --json`` prints (or its error line), so a
reference written by one checkout (``/other/.venv/bin/python benchmarks/parse_reference.py
write DIR FILES``) can be checked by another (``python -m benchmarks.parse_reference check
DIR FILES``). Files with the same name in different folders are kept apart by their folder.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from gazette_kg.loaders.parse.pipeline import parse_paths


def parse_output(path: Path) -> str:
    """What ``gazette-kg parse PATH --json`` prints for one file, its error lines included."""
    issues, errors = parse_paths((str(path),))
    data = [issue.to_dict() for issue in issues]
    text = json.dumps(data[0] if data else data, ensure_ascii=False, indent=1) + "\n"
    return text + "".join(f"error: {error}\n" for error in errors)


def _key(path: Path) -> str:
    return f"{path.parent.name}__{path.name}.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.parse_reference", description=__doc__)
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("reference", type=Path, help="directory of reference outputs")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    args.reference.mkdir(parents=True, exist_ok=True)
    changed = []
    for path in args.files:
        target = args.reference / _key(path)
        output = parse_output(path)
        if args.mode == "write":
            target.write_text(output, encoding="utf-8")
        elif not target.exists() or target.read_text(encoding="utf-8") != output:
            changed.append(str(path))
    for path in changed:
        print(f"changed: {path}")
    print(f"{len(args.files)} files, {len(changed)} changed" if args.mode == "check" else f"{len(args.files)} files written")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
