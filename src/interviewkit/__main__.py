"""
The command line: ``python -m interviewkit`` (or ``interviewkit``).

The only module that reads arguments, standard input, files and the
environment, and the only one that prints. Everything else it calls is pure.

Exit codes: 0 success, 1 a finding at or above the severity given with
``--fail-on`` (for scripts and pipelines), 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections.abc import Sequence
from typing import TextIO

from . import (
    Catalog,
    ContentError,
    Finding,
    Question,
    Review,
    Severity,
    UnknownQuestionError,
    default_catalog,
    review_answer,
    suggest_reframes,
)

_WIDTH = 88
_COLOURS = {
    Severity.MILD: "\033[33m",
    Severity.MODERATE: "\033[35m",
    Severity.SERIOUS: "\033[31m",
}
_BOLD = "\033[1m"
_RESET = "\033[0m"


class _UsageError(Exception):
    """
    Bad input from the user; printed without a traceback, exit code 2.
    """


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line with *argv* (``sys.argv[1:]`` by default).
    """
    parser = _parser()
    args = parser.parse_args(argv)
    out: TextIO = sys.stdout
    colour = out.isatty() and "NO_COLOR" not in os.environ and not args.no_color
    try:
        cat = default_catalog()
        return int(args.run(args, cat, _Printer(out, colour=colour)))
    except UnknownQuestionError as err:
        print(f"interviewkit: {err}", file=sys.stderr)
        return 2
    except (_UsageError, ContentError, OSError, UnicodeDecodeError) as err:
        print(f"interviewkit: {err}", file=sys.stderr)
        return 2


class _Printer:
    def __init__(self, out: TextIO, *, colour: bool) -> None:
        self.out = out
        self.colour = colour

    def line(self, text: str = "") -> None:
        print(text, file=self.out)

    def wrapped(self, text: str, indent: str = "") -> None:
        for para in text.strip().split("\n\n"):
            self.line(
                textwrap.fill(
                    " ".join(para.split()),
                    width=_WIDTH,
                    initial_indent=indent,
                    subsequent_indent=indent,
                )
            )

    def bold(self, text: str) -> str:
        return f"{_BOLD}{text}{_RESET}" if self.colour else text

    def severity(self, severity: Severity) -> str:
        label = str(severity).upper()
        return f"{_COLOURS[severity]}{label}{_RESET}" if self.colour else label


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interviewkit",
        description="Job-interview guidance, and checks for red flags in an answer.",
    )
    parser.add_argument("--no-color", action="store_true", help="never use colour")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    p = sub.add_parser("questions", help="list the questions in the catalog")
    p.add_argument("--topic", help="only questions of this topic")
    p.set_defaults(run=_cmd_questions)

    p = sub.add_parser("stats", help="count the catalog's content")
    p.set_defaults(run=_cmd_stats)

    p = sub.add_parser("show", help="print one question's guidance")
    p.add_argument("question", help="a question id, e.g. why-leave")
    p.set_defaults(run=_cmd_show)

    p = sub.add_parser("match", help="find which catalog question some text asks")
    p.add_argument("text", help="the question as the interviewer put it")
    p.set_defaults(run=_cmd_match)

    for name, run, help_text in (
        ("check", _cmd_check, "find red flags in an answer and suggest reframes"),
        ("review", _cmd_review, "review an answer against its question"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument(
            "answer",
            nargs="?",
            help="the answer text; '-' or nothing reads standard input",
        )
        p.add_argument("-f", "--file", help="read the answer from this UTF-8 file")
        p.add_argument(
            "-q", "--question", help="the question: an id or the interviewer's words"
        )
        p.add_argument("--format", choices=("text", "json"), default="text")
        p.add_argument(
            "--fail-on",
            choices=[str(s) for s in Severity],
            default=None,
            help="exit 1 when a finding is at least this severe (default: exit 0)",
        )
        p.set_defaults(run=run)
    return parser


def _read_answer(args: argparse.Namespace) -> str:
    if args.file and args.answer:
        msg = "give the answer as an argument or with --file, not both"
        raise _UsageError(msg)
    if args.file:
        with open(args.file, encoding="utf-8") as fh:
            return fh.read()
    if args.answer and args.answer != "-":
        return str(args.answer)
    if sys.stdin is None or (args.answer is None and sys.stdin.isatty()):
        msg = (
            "no answer given: pass it as an argument, with --file, or on standard input"
        )
        raise _UsageError(msg)
    return sys.stdin.read()


def _question(args: argparse.Namespace, cat: Catalog) -> Question | None:
    if not args.question:
        return None
    q = cat.resolve(args.question)
    if q is None:
        msg = (
            f"no catalog question matches {args.question!r}; "
            "run 'interviewkit questions' for the ids"
        )
        raise _UsageError(msg)
    return q


def _exit_code(findings: Sequence[Finding], fail_on: str | None) -> int:
    if fail_on is None:
        return 0
    floor = Severity.parse(fail_on)
    return 1 if any(f.severity >= floor for f in findings) else 0


# -- commands -----------------------------------------------------------------


def _cmd_questions(args: argparse.Namespace, cat: Catalog, p: _Printer) -> int:
    questions = cat.by_topic(args.topic) if args.topic else cat.questions
    if args.topic and not questions:
        msg = f"no topic {args.topic!r}; topics are: {', '.join(cat.topics)}"
        raise _UsageError(msg)
    width = max((len(q.id) for q in questions), default=0)
    for q in questions:
        p.line(f"{q.id:<{width}}  {q.text}")
    return 0


def _cmd_stats(args: argparse.Namespace, cat: Catalog, p: _Printer) -> int:
    qs = cat.questions
    rows = [
        ("questions", len(qs)),
        ("topics", len(cat.topics)),
        ("aliases", sum(len(q.aliases) for q in qs)),
        ("sample answers", sum(len(q.sample_answers) for q in qs)),
        ("tips", sum(len(q.tips) for q in qs)),
        ("don't-say examples", sum(len(q.avoid) for q in qs)),
        ("frameworks", len(cat.frameworks)),
        (
            "framework step cues",
            sum(len(s.cues) for f in cat.frameworks for s in f.steps),
        ),
        ("red-flag rules", len(cat.red_flags)),
        ("red-flag patterns", sum(len(r.patterns) for r in cat.red_flags)),
        ("rule examples", sum(len(r.examples) for r in cat.red_flags)),
        ("rule near misses", sum(len(r.near_misses) for r in cat.red_flags)),
        ("reframes", sum(len(r.reframes) for r in cat.red_flags)),
        ("lexicon slots", len(cat.lexicon)),
    ]
    for name, count in rows:
        p.line(f"{name:<22} {count:>6}")
    return 0


def _cmd_show(args: argparse.Namespace, cat: Catalog, p: _Printer) -> int:
    q = cat.question(args.question)
    p.line(p.bold(q.text))
    p.line(
        f"id: {q.id}   topic: {q.topic}   "
        f"length: {q.length.min_words}-{q.length.max_words} words"
    )
    if q.aliases:
        p.line()
        p.line(p.bold("Also asked as"))
        for alias in q.aliases:
            p.wrapped(alias, "  - ")
    if q.intent:
        p.line()
        p.line(p.bold("What they are really asking"))
        p.wrapped(q.intent, "  ")
    for fid in q.frameworks:
        fw = cat.framework(fid)
        p.line()
        p.line(p.bold(f"Framework: {fw.name}"))
        for n, step in enumerate(fw.steps, 1):
            p.wrapped(f"{n}. {step.title}: {step.guidance}", "  ")
    for sample in q.sample_answers:
        p.line()
        p.line(p.bold(f"Sample answer ({sample.persona})"))
        p.wrapped(sample.text, "  ")
        for point in sample.why_it_works:
            p.wrapped(point, "    + ")
    if q.tips:
        p.line()
        p.line(p.bold("Tips"))
        for tip in q.tips:
            p.wrapped(f"{tip.kind.value.upper()}: {tip.text}", "  - ")
    if q.avoid:
        p.line()
        p.line(p.bold("Don't say"))
        for avoid in q.avoid:
            rule = cat.red_flag(avoid.rule)
            p.wrapped(
                f"\u201c{avoid.text}\u201d  ({rule.category.value}) {rule.message}",
                "  - ",
            )
    if q.related:
        p.line()
        p.line(f"Related: {', '.join(q.related)}")
    if q.sources:
        p.line(f"Sources: {'; '.join(q.sources)}")
    return 0


def _cmd_match(args: argparse.Namespace, cat: Catalog, p: _Printer) -> int:
    matches = cat.match(args.text)
    if not matches:
        p.line("no catalog question matches that text")
        return 0
    for m in matches:
        p.line(f"{m.score:.2f}  {m.question.id:<24}  {m.question.text}")
    return 0


def _cmd_check(args: argparse.Namespace, cat: Catalog, p: _Printer) -> int:
    answer = _read_answer(args)
    question = _question(args, cat)
    reframes = suggest_reframes(answer, question, catalog=cat)
    findings = [r.finding for r in reframes]
    if args.format == "json":
        p.line(
            json.dumps(
                {
                    "question": question.id if question else None,
                    "findings": [r.to_dict() for r in reframes],
                },
                indent=2,
            )
        )
        return _exit_code(findings, args.fail_on)
    if not reframes:
        p.line("No red flags found.")
    for r in reframes:
        f = r.finding
        p.line(
            f"{p.severity(f.severity)} {f.category.value} \u201c{f.text}\u201d "
            f"(characters {f.start}-{f.end})"
        )
        p.wrapped(f.message, "  ")
        for s in r.suggestions:
            p.wrapped(f"Instead: \u201c{s}\u201d", "  ")
        p.line()
    return _exit_code(findings, args.fail_on)


def _cmd_review(args: argparse.Namespace, cat: Catalog, p: _Printer) -> int:
    answer = _read_answer(args)
    question = _question(args, cat)
    review = review_answer(answer, question, catalog=cat)
    if args.format == "json":
        p.line(json.dumps(review.to_dict(), indent=2))
        return _exit_code(review.findings, args.fail_on)
    _print_review(review, p)
    return _exit_code(review.findings, args.fail_on)


def _print_review(review: Review, p: _Printer) -> None:
    if review.question:
        p.line(p.bold(review.question.text))
    p.line(
        f"{review.word_count} words, about {review.speaking_seconds:.0f} seconds "
        f"to say ({review.length_verdict})"
    )
    p.line(f"Direction: {review.direction.label} ({review.direction.score:+.2f})")
    if review.coverage:
        p.line(f"Framework: {review.framework}")
        for c in review.coverage:
            mark = "x" if c.covered else " "
            p.line(f"  [{mark}] {c.title}")
    p.line(f"Red flags: {len(review.findings)}")
    for f in review.findings:
        p.line(f"  {p.severity(f.severity)} {f.category.value} \u201c{f.text}\u201d")
    if review.fixes:
        p.line()
        p.line(p.bold("Most useful fixes"))
        for n, fix in enumerate(review.fixes, 1):
            p.wrapped(fix, f"  {n}. ")


if __name__ == "__main__":
    sys.exit(main())
