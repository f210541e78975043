"""
Check many answers in parallel and summarise the red flags by category.

    python examples/batch_check.py [--dask]

The standard-library path uses multiprocessing: each worker process loads the
catalog once and reuses it. With ``--dask`` the same job runs on ``dask.bag``
with the local scheduler (``pip install -e '.[dask]'``), for batches that
outgrow one machine's processes.
"""

from __future__ import annotations

import argparse
import multiprocessing
from collections import Counter
from collections.abc import Iterable

import interviewkit as ik

ANSWERS = [
    "I'm excited about your clinic's community outreach and want to help grow it.",
    "Honestly my boss is a nightmare and I just need to get out.",
    "The pay bump is the main draw, to be honest.",
    "In five years I want to be sitting in your chair.",
    "I've led the night shift for three years and I'm ready to lead a ward.",
    "Um, I guess I'm kind of a perfectionist?",
] * 50


def categories(answer: str) -> list[str]:
    """Return the red-flag categories found in one answer."""
    return [f.category.value for f in ik.find_red_flags(answer)]


def with_processes(answers: Iterable[str], workers: int = 2) -> Counter[str]:
    """Count categories across *answers* using a pool of worker processes."""
    counts: Counter[str] = Counter()
    with multiprocessing.Pool(workers) as pool:
        for found in pool.imap_unordered(categories, answers, chunksize=32):
            counts.update(found)
    return counts


def with_dask(answers: list[str]) -> Counter[str]:
    """Count categories with dask.bag on the local scheduler."""
    import dask.bag as db

    bag = db.from_sequence(answers, npartitions=4)
    pairs = bag.map(categories).flatten().frequencies().compute(scheduler="processes")
    return Counter(dict(pairs))


def main() -> None:
    parser = argparse.ArgumentParser(description="Check many answers in parallel.")
    parser.add_argument("--dask", action="store_true", help="use dask.bag")
    args = parser.parse_args()
    counts = with_dask(ANSWERS) if args.dask else with_processes(ANSWERS)
    for category, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{category:<14} {n}")


if __name__ == "__main__":
    main()
