"""
Recall and false-positive rate of the red-flag engine on a labelled answer set.

    python benchmarks/eval_redflags.py [--show-misses] [--data FILE]

Five sets live in benchmarks/data/, all written apart from the rules, in the
way people really talk:

* answers.toml: the first set; rules have been tuned on its misses.
* holdout_answers.toml: written later; rules were since tuned on it as well.
* holdout2_answers.toml: written blind to the rules. Its even entries
  (``--split dev``) may guide tuning; its odd entries (``--split test``) are
  the honest figure and must never be looked at entry by entry.
* holdout3_answers.toml: written blind to the rules by two new writers
  (entries 1-110 in the style of answers quoted in career articles, 111-220
  typed into a practice chatbot); split into dev and test the same way.
* holdout4_answers.toml: written blind by two more writers (entries 1-120 as
  transcribed speech, 121-240 as forum retellings, non-native English and
  texting shorthand), with more indirect negativity; split the same way.

An answer labelled with categories counts as caught when every one of its
categories is found; a clean answer counts as a false positive when anything
at or above the chosen severity is found.
"""

from __future__ import annotations

import argparse
import pathlib
import tomllib
from collections import Counter
from typing import Any

import interviewkit as ik

DATA = pathlib.Path(__file__).parent / "data" / "answers.toml"


def _split(items: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    if split == "all":
        return items
    return items[split == "test" :: 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--data", type=pathlib.Path, default=DATA)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--min-severity", default="mild")
    parser.add_argument(
        "--split",
        choices=("all", "dev", "test"),
        default="all",
        help="dev: even-numbered entries (used while tuning); test: odd (held out)",
    )
    args = parser.parse_args()
    entries = _split(
        tomllib.loads(args.data.read_text(encoding="utf-8"))["answers"], args.split
    )

    per_cat_total: Counter[str] = Counter()
    per_cat_hit: Counter[str] = Counter()
    bad = caught = clean = false_pos = 0
    misses: list[str] = []
    for entry in entries:
        found = ik.find_red_flags(
            entry["text"], entry.get("question"), min_severity=args.min_severity
        )
        cats = {f.category.value for f in found}
        want = set(entry["flags"])
        if want:
            bad += 1
            if want <= cats:
                caught += 1
            for c in want:
                per_cat_total[c] += 1
                per_cat_hit[c] += c in cats
                if c not in cats:
                    misses.append(
                        f"MISS {c:<13} [{entry.get('question')}] {entry['text']!r}"
                    )
        else:
            clean += 1
            if found:
                false_pos += 1
                spans = ", ".join(f"{f.rule.id}:{f.text!r}" for f in found)
                misses.append(
                    f"FP   [{entry.get('question')}] {entry['text']!r} -> {spans}"
                )

    labels = sum(per_cat_total.values())
    label_hits = sum(per_cat_hit.values())
    print(f"answers: {len(entries)} ({bad} with red flags, {clean} clean)")
    print(f"recall (answers with every flag found): {caught / bad:.3f}")
    print(f"recall (per flag label): {label_hits / labels:.3f}")
    print(f"false-positive rate on clean answers: {false_pos / clean:.3f}")
    print("per category recall:")
    for cat in sorted(per_cat_total):
        print(
            f"  {cat:<13} {per_cat_hit[cat]:>3}/{per_cat_total[cat]:<3} "
            f"{per_cat_hit[cat] / per_cat_total[cat]:.2f}"
        )
    if args.show_misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
