"""
Scan speed of find_red_flags, with baselines, from one run on one machine.

    python benchmarks/bench_scan.py [--quick]

Prints throughput on a 1 MB answer corpus, median latency for 1 KB answers,
the 1 MB / 100 KB time ratio (linear is about 10), adversarial inputs per byte
against ordinary text, and side by side in the same run:

* a naive baseline that runs each rule's regular expression separately;
* a floor baseline: one regex over a few hundred literal phrases, factored as
  a word trie, with no context handling;
* proselint 0.16, if installed (``pip install -e '.[bench]'``).

Figures are ratios within one run; machines here are noisy.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import re
import statistics
import time
import tomllib
from collections.abc import Callable

import interviewkit as ik
from interviewkit import _patterns, _scanner, _text

HERE = pathlib.Path(__file__).parent


def corpus_answers() -> list[str]:
    """Answers from the packaged samples and the evaluation set."""
    cat = ik.default_catalog()
    answers = [s.text for q in cat.questions for s in q.sample_answers]
    answers += [a.text for q in cat.questions for a in q.avoid]
    data = HERE / "data" / "answers.toml"
    if data.exists():
        answers += [
            e["text"] for e in tomllib.loads(data.read_text("utf-8"))["answers"]
        ]
    return answers


def build_corpus(answers: list[str], size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        a = rng.choice(answers)
        parts.append(a)
        total += len(a) + 2
    return "\n\n".join(parts)[:size]


def one_kb_answers(answers: list[str], n: int = 200, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = ""
        while len(text) < 1000:
            text += rng.choice(answers) + " "
        out.append(text[:1024])
    return out


def best_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def median_latency(fn: Callable[[str], object], texts: list[str]) -> float:
    times = []
    for t in texts:
        t0 = time.perf_counter()
        fn(t)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def literal_phrases(cat: ik.Catalog) -> list[str]:
    """One literal phrase per pattern: first alternatives, no gaps or options."""
    lexicon = _scanner.parse_lexicon(cat.lexicon)

    def words(items: tuple[_patterns.Item, ...]) -> list[str]:
        out: list[str] = []
        for item in items:
            if isinstance(item, _patterns.Gap) or item.optional:
                continue
            if isinstance(item, _patterns.Word):
                out.append(item.text)
            elif isinstance(item, _patterns.Contraction):
                out.append(item.short)
            elif isinstance(item, _patterns.Slot):
                out += words(lexicon[item.name][0])
            elif isinstance(item, _patterns.Group):
                out += words(item.alternatives[0])
        return out

    phrases = {
        " ".join(words(_patterns.parse(p, lexicon)))
        for rule in cat.red_flags
        for p in rule.patterns
    }
    return sorted(p for p in phrases if p)


def word_trie_regex(phrases: list[str]) -> re.Pattern[str]:
    """One regex over all phrases, factored as a trie, for lower-cased text.

    The trie is built over characters (a space stands for any run of white
    space), so the engine looks at each character of the text once per
    branch point, and runs case-sensitively on text lower-cased first.
    """
    trie: dict[str, dict] = {}
    for p in phrases:
        node = trie
        for ch in p.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = []
        for ch, child in sorted(node.items()):
            if ch:
                alts.append((r"\s+" if ch == " " else re.escape(ch)) + emit(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(r"\b" + emit(trie) + r"\b")


def naive_matchers(cat: ik.Catalog) -> list[_scanner.Matcher[ik.RedFlag]]:
    """Each rule compiled on its own, to run over the text in turn.

    That is how many prose linters work: one check per rule.
    """
    lexicon = _scanner.parse_lexicon(cat.lexicon)
    return [_scanner.Matcher([(r, r.patterns)], lexicon) for r in cat.red_flags]


def main() -> None:
    parser = argparse.ArgumentParser(description="Scan speed of find_red_flags.")
    parser.add_argument("--quick", action="store_true", help="smaller inputs, for CI")
    args = parser.parse_args()
    big = 200_000 if args.quick else 1_000_000
    repeat = 2 if args.quick else 3

    t0 = time.perf_counter()
    cat = ik.default_catalog()
    ik.find_red_flags("warm up")
    print(f"catalog load + first compile: {(time.perf_counter() - t0) * 1000:.0f} ms")
    answers = corpus_answers()
    corpus = build_corpus(answers, big)
    # The 100 KB time is the mean over the corpus's ten slices, so the two
    # figures cover the same text and differ only in length.
    slices = [corpus[i : i + big // 10] for i in range(0, big, big // 10)]
    kb = one_kb_answers(answers, 50 if args.quick else 200)

    scan = ik.find_red_flags
    t0 = time.perf_counter()
    scan(kb[0])
    print(
        f"first 1 KB answer after loading: {(time.perf_counter() - t0) * 1000:.0f} ms "
        "(compiles the regexes its words need)"
    )
    t_big = best_of(lambda: scan(corpus), repeat)
    t_small = statistics.fmean(
        best_of(lambda part=part: scan(part), repeat) for part in slices
    )
    mb = len(corpus.encode()) / 1e6
    print(f"corpus: {len(corpus):,} characters, {len(scan(corpus)):,} findings")
    print(f"throughput: {mb / t_big:.2f} MB/s ({t_big * 1000:.0f} ms for {mb:.2f} MB)")
    print(
        f"time ratio {big // 1000} KB / {big // 10_000} KB: {t_big / t_small:.2f} "
        "(linear is 10; the smaller time is the mean over the ten slices)"
    )
    cold = median_latency(scan, kb)
    lat = median_latency(scan, kb)
    print(
        f"median latency, 1 KB answer: {lat * 1000:.3f} ms warm "
        f"({cold * 1000:.3f} ms on first sight: regexes compile on first use)"
    )
    for t in kb:
        ik.review_answer(t, "why-leave")  # compile the cue matchers first
    lat_review = median_latency(lambda t: ik.review_answer(t, "why-leave"), kb)
    print(
        f"median latency, review_answer() on a 1 KB answer: {lat_review * 1000:.3f} ms"
    )

    # Baselines on the same 1 KB answers.
    floor = word_trie_regex(literal_phrases(cat))
    lat_floor = median_latency(lambda t: list(floor.finditer(t.lower())), kb)
    naive = naive_matchers(cat)

    def run_naive(t: str) -> list[object]:
        low = _text.normalise(t)
        return [h for m in naive for h in m.scan(low)]

    run_naive(kb[0])  # compile each rule's regexes before timing

    lat_naive = median_latency(run_naive, kb)
    print(
        f"floor baseline (one word-trie regex, {len(literal_phrases(cat))} phrases): "
        f"{lat_floor * 1000:.3f} ms  -> interviewkit / floor = {lat / lat_floor:.2f}"
    )
    print(
        f"naive baseline ({len(naive)} rule regexes run one by one): "
        f"{lat_naive * 1000:.3f} ms  -> naive / interviewkit = {lat_naive / lat:.2f}"
    )
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        print("proselint: not installed (pip install -e '.[bench]')")
    else:
        CheckRegistry().register_many(__register__)
        sample = kb[: 30 if args.quick else 60]
        lat_prose = median_latency(
            lambda t: LintFile("answer", t).lint(DEFAULT), sample
        )
        lat_ours = median_latency(scan, sample)
        print(
            f"proselint 0.16: {lat_prose * 1000:.3f} ms per 1 KB answer  -> "
            f"proselint / interviewkit = {lat_prose / lat_ours:.1f}"
        )

    # Adversarial inputs, per byte, against ordinary text of similar size.
    n = 100_000 if args.quick else 1_000_000
    ordinary = build_corpus(answers, n, seed=3)
    per_byte = best_of(lambda: scan(ordinary), repeat) / len(ordinary)
    lex_words = [w for _, vals in cat.lexicon for w in vals]
    cases = {
        "one word x100k ('my ')": "my " * 100_000,
        "one word x100k ('boss ')": "boss " * 100_000,
        "no spaces, 1 letter": "a" * n,
        "no spaces, lexicon word": ("manager" * (n // 7))[:n],
        "lexicon words in a chain": (" ".join(lex_words) + " ")
        * (n // (len(" ".join(lex_words)) + 1) + 1),
        "punctuation and spaces": ("... , - " * (n // 8)),
        "emoji and RTL": ("\U0001f600 \u05e9\u05dc\u05d5\u05dd my " * (n // 10)),
    }
    print(f"ordinary text: {per_byte * 1e9:.1f} ns per character")
    for name, text in cases.items():
        t = best_of(lambda text=text: scan(text), repeat) / len(text)
        print(
            f"adversarial {name:<28} {t * 1e9:7.1f} ns/char  "
            f"({t / per_byte:.2f} x ordinary)"
        )


if __name__ == "__main__":
    main()
