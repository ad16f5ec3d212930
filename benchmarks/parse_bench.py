"""Parser speed: MB/s on the seeds and a synthetic corpus, next to merely reading the files;
pages/s on PDFs and web pages typeset from the seeds, next to the extraction library alone.

Prints, for the seeds and for corpora of growing size, the time to read and decode the
files, the time to read and parse them, the parser's MB/s, the ratio to reading, and the
growth of the time per MB (linearity) and of the peak memory per file (it should stay
flat). Then the same seeds as PDFs and web pages (``forms.py``). A process's first parse also
loads the conventions and compiles the patterns: it is timed on its own, before the rows. The
documents of other governments (``gold/others``) are small and each the first of its place, whose
alias table and pattern the gazetteer builds then: their row shows that cost.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.forms import make_specimens, report
from benchmarks.synth import generate_corpus
from gazette_kg.loaders.inputs.decode import decode_bytes
from gazette_kg.loaders.parse.pipeline import parse_file
from gazette_kg.paths import gold_dir, seeds_dir

GOAL_MB_S = 5  # text parsed per second of CPU time (issue 11)


def _read(paths: list[Path]) -> tuple[float, int]:
    """Seconds to read and decode every file, and their size in bytes."""
    start = time.perf_counter()
    size = 0
    for path in paths:
        data = path.read_bytes()
        decode_bytes(data)
        size += len(data)
    return time.perf_counter() - start, size


def _parse(paths: list[Path]) -> tuple[float, int]:
    """Seconds to parse every file, and the largest peak of traced memory for one file."""
    peak = 0
    total = 0.0
    for path in paths:
        tracemalloc.start()
        start = time.perf_counter()
        parse_file(path)
        total += time.perf_counter() - start
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return total, peak


def _parse_untraced(paths: list[Path]) -> tuple[float, float]:
    """Seconds to parse every file: wall clock, and this process's CPU time (which other
    work on a shared machine does not inflate)."""
    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        parse_file(path)
    return time.perf_counter() - start, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks parse", description=__doc__)
    parser.add_argument("--issues", type=int, default=200, help="synthetic issues in the largest corpus")
    parser.add_argument("--pdfs", type=int, default=5, help="seeds typeset as PDFs and web pages")
    parser.add_argument(
        "--compare-libraries",
        action="store_true",
        help="also measure pdfplumber, pdfminer.six and readability-lxml (if installed)",
    )
    args = parser.parse_args(argv)
    seeds = sorted(seeds_dir().glob("*.txt"))
    cpu = time.process_time()
    parse_file(seeds[0])
    print(
        f"start-up: the first parse of the process (conventions loaded, patterns compiled) took {time.process_time() - cpu:.3f} s CPU\n"
    )
    print(
        f"{'corpus':>14} {'files':>6} {'MB':>7} {'decode s':>8} {'parse s':>8} {'MB/s':>7} {'CPU MB/s':>9} {'x read':>8} {'s/MB':>7} {'peak MB/file':>13}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        corpus = generate_corpus(args.issues, Path(tmp))
        others = sorted((gold_dir() / "others").glob("*.txt"))  # each the first of its place: its tables are built
        for label, paths in (
            [("seeds", seeds)]
            + [("other govts", others)] * bool(others)
            + [(f"synthetic {n}", corpus[:n]) for n in (args.issues // 4, args.issues // 2, args.issues)]
        ):
            read_s, size = _read(paths)
            parse_s, cpu_s = _parse_untraced(paths)
            _, peak = _parse(paths[:5])
            mb = size / 1e6
            cpu_rate = mb / cpu_s  # the last row's, the largest corpus, is the one the goal is read on
            print(
                f"{label:>14} {len(paths):>6} {mb:7.2f} {read_s:8.3f} {parse_s:8.2f} {mb / parse_s:7.2f} {cpu_rate:9.2f} "
                f"{parse_s / max(read_s, 1e-9):8.0f} {parse_s / mb:7.3f} {peak / 1e6:13.1f}"
            )
        report(*make_specimens(seeds[: args.pdfs], Path(tmp)), args.compare_libraries)
    verdict = "met" if cpu_rate >= GOAL_MB_S else "NOT met"
    print(
        f"goal: >= {GOAL_MB_S} MB/s of CPU time (which other work on a shared machine inflates less than wall clock) on the"
        f" largest corpus: {cpu_rate:.2f}, {verdict}; s/MB roughly constant across corpus sizes (linear); peak per file flat"
    )
    return 0
