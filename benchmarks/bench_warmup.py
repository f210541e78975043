"""
What a long-running process pays to warm up find_red_flags, and what it keeps.

    python benchmarks/bench_warmup.py [--answers N]

The scanner compiles the regexes an answer's words need the first time it
meets them, and keeps them. This script feeds N answers made of three random
answers from the evaluation sets (a stand-in for a service's traffic) and
prints the time spent on the first answer, the first 100 and all N, the
median warm latency after that, and the process's resident memory.

Figures are from one run on one machine; compare runs made side by side.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import time
import tomllib

from bench_scan import median_latency

import interviewkit as ik

DATA = pathlib.Path(__file__).parent / "data"


def resident_mb() -> float | None:
    """The process's resident memory in MB, where the system reports it."""
    try:
        pages = int(pathlib.Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * 4096 / 1e6


def traffic(n: int, seed: int = 1) -> list[str]:
    """*n* answers, each three answers from the evaluation sets run together."""
    texts = [
        entry["text"]
        for path in sorted(DATA.glob("*answers.toml"))
        for entry in tomllib.loads(path.read_text(encoding="utf-8"))["answers"]
    ]
    rng = random.Random(seed)
    return [" ".join(rng.sample(texts, 3)) for _ in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--answers", type=int, default=1000)
    args = parser.parse_args()
    answers = traffic(max(args.answers, 100))

    before = resident_mb()
    t0 = time.perf_counter()
    ik.default_catalog()
    ik.find_red_flags("warm up")
    loaded = resident_mb()
    print(f"catalog load: {(time.perf_counter() - t0) * 1000:.0f} ms")

    t0 = time.perf_counter()
    marks: dict[int, float] = {}
    for n, answer in enumerate(answers, 1):
        ik.find_red_flags(answer)
        if n in (1, 100, len(answers)):
            marks[n] = time.perf_counter() - t0
    print(f"first answer: {marks[1] * 1000:.0f} ms")
    print(f"first 100 answers: {marks[100]:.1f} s")
    print(f"all {len(answers):,} answers: {marks[len(answers)]:.1f} s")

    latency = median_latency(ik.find_red_flags, answers[:200])
    print(f"median latency afterwards: {latency * 1000:.3f} ms")
    after = resident_mb()
    if before is not None and loaded is not None and after is not None:
        print(
            f"resident memory: {before:.0f} MB at start, {loaded:.0f} MB after "
            f"loading, {after:.0f} MB after {len(answers):,} answers"
        )


if __name__ == "__main__":
    main()
