"""
Finding red-flag phrasing in an answer, and suggesting what to say instead.

Both functions are pure: the result depends only on the answer, the question
and the catalog, and nothing is read or written.
"""

from __future__ import annotations

from . import _text
from .catalog import Catalog, default_catalog
from .model import Category, Question, Severity
from .results import Finding, Reframe

__all__ = ["find_red_flags", "suggest_reframes"]


def find_red_flags(
    answer: str,
    question: Question | str | None = None,
    *,
    catalog: Catalog | None = None,
    min_severity: Severity | str = Severity.MILD,
) -> tuple[Finding, ...]:
    """
    Return the red flags in *answer*, sorted by where they start.

    Args:
        answer: What the candidate said or wrote.
        question: The question it answers: a `Question`, a question id, the
            question's free text, or ``None``. Some rules depend on it: talk of
            pay is expected when the question asks for salary expectations.
        catalog: The rules to use; the packaged catalog by default.
        min_severity: Leave out findings below this severity.

    Raises:
        TypeError: *answer* is not a ``str``.
        UnknownQuestionError: *question* looks like an id that does not exist.

    >>> [f.category.value for f in find_red_flags("My boss is a total idiot.")]
    ['negativity']
    >>> find_red_flags("I'd love to grow with your team.")
    ()
    """
    text = _text.check_answer(answer)
    cat = catalog if catalog is not None else default_catalog()
    q = cat.resolve(question)
    floor = Severity.parse(min_severity)
    if not text.strip():
        return ()
    hits = cat.rule_hits(_text.normalise(text), q.id if q else None)
    findings = _drop_contained(
        [
            Finding(start=h.start, end=h.end, text=text[h.start : h.end], rule=h.label)
            for h in hits
            if not (h.negated and h.label.negatable)
        ]
    )
    if len(findings) == 1 and not findings[0].rule.standalone:
        return ()
    # The floor comes last, so raising it only removes findings and never
    # changes whether a hedge counts as having company.
    return tuple(f for f in findings if f.severity >= floor)


def _drop_contained(findings: list[Finding]) -> list[Finding]:
    """
    Keep one finding where several of one category cover the same words.

    Overlapping findings of a category form a cluster; its most severe, then
    longest, finding stands for it. Sorting keeps this O(n log n).
    """
    kept: list[Finding] = []
    by_category: dict[Category, list[Finding]] = {}
    for f in findings:
        by_category.setdefault(f.category, []).append(f)
    for group in by_category.values():
        group.sort(key=lambda f: (f.start, f.end))
        cluster: list[Finding] = []
        reach = -1
        for f in group:
            if f.start >= reach and cluster:
                kept.append(_strongest(cluster))
                cluster = []
            cluster.append(f)
            reach = max(reach, f.end) if len(cluster) > 1 else f.end
        kept.append(_strongest(cluster))
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule.id))


def _strongest(cluster: list[Finding]) -> Finding:
    return max(cluster, key=lambda c: (c.severity, c.end - c.start, -c.start))


def suggest_reframes(
    answer: str,
    question: Question | str | None = None,
    *,
    catalog: Catalog | None = None,
    min_severity: Severity | str = Severity.MILD,
) -> tuple[Reframe, ...]:
    """
    Return one `Reframe` for each red flag in *answer*, in the same order.

    Takes the same arguments as `find_red_flags`.

    >>> r = suggest_reframes("I just need to get out of there.")[0]
    >>> r.finding.category.value, len(r.suggestions) > 0
    ('escape', True)
    """
    findings = find_red_flags(
        answer, question, catalog=catalog, min_severity=min_severity
    )
    return tuple(reframe_for(f) for f in findings)


def reframe_for(finding: Finding) -> Reframe:
    """
    Return the reframe for one finding.
    """
    rule = finding.rule
    return Reframe(
        finding=finding,
        suggestions=rule.reframes,
        rationale=rule.rationale or rule.message,
    )
