"""
Top-1 accuracy of question matching on interviewer phrasings.

    python benchmarks/eval_matching.py [--show-misses]

benchmarks/data/phrasings.toml holds phrasings written apart from the catalog's
aliases, and sentences that ask no interview question at all. The matcher has
since been tuned on all of it, so it is no longer a held-out figure.
holdout_phrasings.toml and holdout3_phrasings.toml were written blind to the
catalog; their even entries (``--split dev``) may guide tuning, and their odd
entries (``--split test``) are the honest figure.
"""

from __future__ import annotations

import argparse
import pathlib
import tomllib

import interviewkit as ik
from interviewkit.catalog import MATCH_THRESHOLD

DATA = pathlib.Path(__file__).parent / "data" / "phrasings.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--data", type=pathlib.Path, default=DATA)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--split",
        choices=("all", "dev", "test"),
        default="all",
        help="dev: even-numbered entries (used while tuning); test: odd (held out)",
    )
    args = parser.parse_args()
    data = tomllib.loads(args.data.read_text(encoding="utf-8"))
    if args.split != "all":
        offset = args.split == "test"
        data = {key: items[offset::2] for key, items in data.items()}
    cat = ik.default_catalog()

    top1 = top3 = 0
    misses = []
    for item in data["phrasings"]:
        ranked = [m.question.id for m in cat.match(item["text"])]
        resolved = cat.resolve(item["text"])
        top1 += bool(resolved and resolved.id == item["question"])
        top3 += item["question"] in ranked[:3]
        if not (resolved and resolved.id == item["question"]):
            misses.append(
                f"MISS want {item['question']:<22} got {ranked[:2]} {item['text']!r}"
            )
    rejected = 0
    for item in data["non_questions"]:
        if cat.resolve(item["text"]) is None:
            rejected += 1
        else:
            best = cat.match(item["text"])[0]
            misses.append(
                f"NONQ {best.score:.2f} {best.question.id:<22} {item['text']!r}"
            )
    n, m = len(data["phrasings"]), len(data["non_questions"])
    print(f"phrasings: {n}, non-questions: {m}, threshold: {MATCH_THRESHOLD}")
    print(f"top-1 accuracy (resolved to the right question): {top1 / n:.3f}")
    print(f"top-3 accuracy (right question among the first three): {top3 / n:.3f}")
    print(f"non-questions left unmatched: {rejected / m:.3f}")
    if args.show_misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
