"""
The catalog and the checks are safe to share between threads.

Threads start together behind a barrier, with a short switch interval, so that
they interleave as much as the interpreter allows.
"""

from __future__ import annotations

import contextlib
import json
import random
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest

import interviewkit as ik
from tests.strategies import (
    SPECIAL_STRINGS,
    catalog_phrases,
    catalog_words,
    neutral_words,
)

THREADS = 8
T = TypeVar("T")

# No question, and questions that question-scoped rules depend on.
QUESTIONS = (None, "salary-expectations", "greatest-weakness")


@contextlib.contextmanager
def _fast_switching() -> Iterator[None]:
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def _race(job: Callable[[int], T], threads: int = THREADS) -> list[T]:
    """Run job(0) ... job(threads - 1) at once, one per thread, and collect."""
    barrier = threading.Barrier(threads)

    def start(i: int) -> T:
        barrier.wait()
        return job(i)

    with _fast_switching(), ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(start, range(threads)))


def _answers(count: int = 80, seed: int = 8) -> list[str]:
    rng = random.Random(seed)
    pools = (catalog_words(), catalog_phrases(), neutral_words(), SPECIAL_STRINGS)
    seps = (" ", ", ", ". ", "... ", "-", "\n")
    out = []
    for _ in range(count):
        words = [rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 30))]
        out.append("".join(w + rng.choice(seps) for w in words))
    return out


@pytest.fixture(scope="module")
def answers() -> list[str]:
    """Deterministic lexicon-heavy answers, many of them flagged."""
    return _answers()


def test_find_red_flags_threads_agree_with_one_thread(answers: list[str]) -> None:
    """8 threads scanning many answers get what a single thread gets."""
    work = [(a, q) for a in answers for q in QUESTIONS]
    expected = [ik.find_red_flags(a, q) for a, q in work]

    def job(i: int) -> list[tuple[ik.Finding, ...]]:
        order = list(range(len(work)))
        random.Random(i).shuffle(order)
        got: list[tuple[ik.Finding, ...]] = [()] * len(work)
        for n in order:
            got[n] = ik.find_red_flags(*work[n])
        return got

    results = _race(job)

    assert [expected] * THREADS == results
    assert any(expected), "the answers should trip some rules"


def test_review_answer_threads_agree_with_one_thread(answers: list[str]) -> None:
    """8 threads reviewing many answers get what a single thread gets."""
    work = [(a, q) for a in answers[:40] for q in QUESTIONS]
    expected = [ik.review_answer(a, q) for a, q in work]

    def job(i: int) -> list[ik.Review]:
        order = list(range(len(work)))
        random.Random(i).shuffle(order)
        got: list[ik.Review | None] = [None] * len(work)
        for n in order:
            got[n] = ik.review_answer(*work[n])
        return [r for r in got if r is not None]

    results = _race(job)

    assert [expected] * THREADS == results


_FIRST_LOAD = textwrap.dedent(
    """
    import json, threading
    import interviewkit as ik

    THREADS = 8
    barrier = threading.Barrier(THREADS)
    seen = [None] * THREADS

    def job(i):
        barrier.wait()
        cat = ik.default_catalog()
        seen[i] = {
            "id": id(cat),
            "questions": [q.id for q in cat.questions],
            "frameworks": [f.id for f in cat.frameworks],
            "red_flags": [r.id for r in cat.red_flags],
            "lexicon": [name for name, _ in cat.lexicon],
            "same_later": ik.default_catalog() is cat,
        }

    threads = [threading.Thread(target=job, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(seen))
    """
)


@pytest.fixture(scope="module")
def first_load() -> list[dict[str, Any]]:
    """What 8 threads racing the first default_catalog() call each got."""
    proc = subprocess.run(
        [sys.executable, "-c", _FIRST_LOAD],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert 0 == proc.returncode, proc.stderr
    seen: list[dict[str, Any]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return seen


def test_first_default_catalog_is_one_object(first_load: list[dict[str, Any]]) -> None:
    """Threads racing the first default_catalog() all get the same object."""
    ids = {entry["id"] for entry in first_load}

    assert THREADS == len(first_load)
    assert 1 == len(ids)
    assert all(entry["same_later"] for entry in first_load)


def test_first_default_catalog_content_is_consistent(
    first_load: list[dict[str, Any]],
) -> None:
    """Every racing thread sees the same, complete content as this process."""
    cat = ik.default_catalog()
    expected = {
        "questions": [q.id for q in cat.questions],
        "frameworks": [f.id for f in cat.frameworks],
        "red_flags": [r.id for r in cat.red_flags],
        "lexicon": [name for name, _ in cat.lexicon],
    }

    for entry in first_load:
        assert expected == {key: entry[key] for key in expected}


def _fresh_copy(cat: ik.Catalog) -> ik.Catalog:
    return ik.Catalog(
        questions=cat.questions,
        frameworks=cat.frameworks,
        red_flags=cat.red_flags,
        lexicon=cat.lexicon,
        toward=cat.toward,
        away=cat.away,
    )


def test_fresh_catalog_first_compile_race(answers: list[str]) -> None:
    """Threads racing a fresh catalog's first scan (its compile) find the same."""
    shared = ik.default_catalog()
    expected = [
        ik.find_red_flags(a, q, catalog=shared) for a in answers for q in QUESTIONS
    ]
    fresh = _fresh_copy(shared)

    def job(i: int) -> list[tuple[ik.Finding, ...]]:
        # The first find_red_flags() on a catalog compiles its rules; every
        # thread gets there at once.
        return [
            ik.find_red_flags(a, q, catalog=fresh) for a in answers for q in QUESTIONS
        ]

    results = _race(job)

    assert [expected] * THREADS == results


def test_fresh_catalog_first_review_race(answers: list[str]) -> None:
    """Threads racing a fresh catalog's first review get what one thread gets."""
    shared = ik.default_catalog()
    sample = answers[:12]
    expected = [ik.review_answer(a, "why-leave", catalog=shared) for a in sample]
    fresh = _fresh_copy(shared)

    results = _race(
        lambda i: [ik.review_answer(a, "why-leave", catalog=fresh) for a in sample]
    )

    assert [expected] * THREADS == results


def test_fresh_catalog_first_match_race() -> None:
    """Threads racing a fresh catalog's first match() rank questions the same."""
    shared = ik.default_catalog()
    texts = [q.text for q in shared.questions] + ["Why should we hire you?", ""]
    expected = [shared.match(t) for t in texts]
    fresh = _fresh_copy(shared)

    results = _race(lambda i: [fresh.match(t) for t in texts])

    assert [expected] * THREADS == results
