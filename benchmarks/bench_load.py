"""
Import cost, first catalog load, and the catalog's memory, from one run.

    python benchmarks/bench_load.py [--runs N]

Each import is timed in a fresh interpreter (median of N runs); the ratio to
``import attrs`` in the same run is the figure to compare across machines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

TIMER = "import time; t0 = time.perf_counter(); {stmt}; print(time.perf_counter() - t0)"


def fresh(stmt: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-X", "frozen_modules=on", "-c", TIMER.format(stmt=stmt)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        times.append(float(out.strip().splitlines()[-1]))
    return statistics.median(times)


MEMORY = """
import tracemalloc, time
import interviewkit as ik
tracemalloc.start()
ik.default_catalog()
loaded = tracemalloc.get_traced_memory()[0]
ik.find_red_flags("warm up")
ik.review_answer("warm up", "why-leave")
ik.default_catalog().match("why leave")
compiled = tracemalloc.get_traced_memory()[0]
print(loaded, compiled)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description="Import and load costs.")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    attrs_t = fresh("import attrs", args.runs)
    ik_t = fresh("import interviewkit", args.runs)
    load_t = fresh("import interviewkit as ik; ik.default_catalog()", args.runs) - ik_t
    first_t = (
        fresh("import interviewkit as ik; ik.find_red_flags('x')", args.runs) - ik_t
    )
    print(
        f"import attrs:                     {attrs_t * 1000:7.1f} ms (median of {args.runs})"
    )
    print(
        f"import interviewkit:              {ik_t * 1000:7.1f} ms  "
        f"-> {ik_t / attrs_t:.2f} x import attrs"
    )
    print(f"first default_catalog():          {load_t * 1000:7.1f} ms")
    print(f"first find_red_flags() incl. load: {first_t * 1000:7.1f} ms")
    out = subprocess.run(
        [sys.executable, "-c", MEMORY], capture_output=True, text=True, check=True
    ).stdout.split()
    loaded, compiled = (int(x) for x in out)
    print(f"catalog memory (tracemalloc):     {loaded / 1e6:7.2f} MB")
    print(f"with compiled matchers and index: {compiled / 1e6:7.2f} MB")


if __name__ == "__main__":
    main()
