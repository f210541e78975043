"""
Reviewing an answer against its question.

Red flags, framework coverage, running-to versus running-away, length, and the
fixes that matter most.
"""

from __future__ import annotations

import attrs

from . import _text
from .catalog import Catalog, default_catalog
from .model import Category, Question, Severity
from .redflags import find_red_flags, reframes_for
from .results import Direction, Finding, Review, StepCoverage

__all__ = ["review_answer"]

# Red flags about the old job are evidence of running away from it.
_AWAY_CATEGORIES = frozenset(
    {
        Category.NEGATIVITY,
        Category.ESCAPE,
        Category.STAGNATION,
        Category.ENTITLEMENT,
    }
)
_MAX_FIXES = 5


def review_answer(
    answer: str,
    question: Question | str | None = None,
    *,
    catalog: Catalog | None = None,
    framework: str | None = None,
) -> Review:
    """
    Review *answer* as a reply to *question*.

    Args:
        answer: What the candidate said or wrote.
        question: A `Question`, a question id, the question's free text, or
            ``None`` (then only red flags, direction and length are judged).
        catalog: The content to use; the packaged catalog by default.
        framework: Judge coverage against this framework id instead of the
            question's first framework.

    Raises:
        TypeError: *answer* is not a ``str``.
        UnknownQuestionError: *question* looks like an id that does not exist.

    >>> r = review_answer("I have loved building the clinic's intake process, and "
    ...                   "I'm excited to bring that to a larger hospital like yours.",
    ...                   "why-leave")
    >>> r.findings, r.direction.label
    ((), 'running to')
    """
    text = _text.check_answer(answer)
    cat = catalog if catalog is not None else default_catalog()
    q = cat.resolve(question)
    findings = find_red_flags(text, q, catalog=cat)
    norm = _text.normalise(text)
    framework_id = framework or (q.frameworks[0] if q and q.frameworks else None)
    coverage = _coverage(cat, framework_id, norm) if framework_id else ()
    direction = _direction(cat, norm, findings)
    words = _text.word_count(text)
    verdict = "ok"
    if q is not None:
        if words < q.length.min_words:
            verdict = "short"
        elif words > q.length.max_words:
            verdict = "long"
    review = Review(
        answer=text,
        question=q,
        findings=findings,
        reframes=reframes_for(text, findings, q, cat),
        framework=framework_id,
        coverage=coverage,
        direction=direction,
        word_count=words,
        speaking_seconds=_text.speaking_seconds(words),
        length_verdict=verdict,
        fixes=(),
    )
    return attrs.evolve(review, fixes=_fixes(review))


def _coverage(cat: Catalog, framework_id: str, norm: str) -> tuple[StepCoverage, ...]:
    fw = cat.framework(framework_id)
    hits = [h for h in cat.step_matcher(fw.id).scan(norm) if not h.negated]
    out = []
    for step in fw.steps:
        spans = tuple((h.start, h.end) for h in hits if h.label == step.id)
        out.append(
            StepCoverage(
                step_id=step.id,
                title=step.title,
                covered=bool(spans),
                evidence=spans,
                guidance=step.guidance,
            )
        )
    return tuple(out)


def _direction(cat: Catalog, norm: str, findings: tuple[Finding, ...]) -> Direction:
    hits = [h for h in cat.direction_matcher.scan(norm) if not h.negated]
    toward = tuple((h.start, h.end) for h in hits if h.label == "toward")
    away_spans = {(h.start, h.end) for h in hits if h.label == "away"}
    away_spans |= {(f.start, f.end) for f in findings if f.category in _AWAY_CATEGORIES}
    away = tuple(sorted(away_spans))
    total = len(toward) + len(away)
    score = round((len(toward) - len(away)) / total, 3) if total else 0.0
    return Direction(score=score, toward=toward, away=away)


def _fixes(review: Review) -> tuple[str, ...]:
    fixes: list[tuple[int, str]] = []
    for f in review.findings:
        suggestion = f.rule.reframes[0] if f.rule.reframes else ""
        line = f"Rephrase {f.text!r}: {f.message}"
        if suggestion:
            line += f" Try: {suggestion!r}"
        rank = {Severity.SERIOUS: 0, Severity.MODERATE: 1, Severity.MILD: 5}[f.severity]
        fixes.append((rank, line))
    for step in review.coverage:
        if not step.covered:
            fixes.append((2, f"Add the step {step.title!r}: {step.guidance}"))
    if review.direction.label == "running away":
        fixes.append(
            (
                3,
                "Lead with what draws you to the new role; say less about what "
                "you want to leave behind.",
            )
        )
    q = review.question
    if q is not None and review.length_verdict == "short":
        fixes.append(
            (
                4,
                f"Say more: aim for {q.length.min_words}-{q.length.max_words} words "
                f"(you have {review.word_count}).",
            )
        )
    elif q is not None and review.length_verdict == "long":
        fixes.append(
            (
                4,
                f"Tighten it: aim for {q.length.min_words}-{q.length.max_words} words "
                f"(you have {review.word_count}).",
            )
        )
    fixes.sort(key=lambda pair: pair[0])
    return tuple(dict.fromkeys(line for _, line in fixes))[:_MAX_FIXES]
