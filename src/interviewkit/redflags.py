"""
Finding red-flag phrasing in an answer, and suggesting what to say instead.

Both functions are pure: the result depends only on the answer, the question
and the catalog, and nothing is read or written.
"""

from __future__ import annotations

from . import _edits, _text
from .catalog import Catalog, default_catalog
from .model import Category, Question, Severity
from .results import Finding, Reframe

__all__ = ["find_red_flags", "reframes_for", "suggest_reframes"]


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
    raw = [
        Finding(start=h.start, end=h.end, text=text[h.start : h.end], rule=h.label)
        for h in hits
        if not (h.negated and h.label.negatable)
    ]
    findings = _drop_contained(raw)
    if all(not f.rule.standalone for f in findings) and _apart(raw) < 2:
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


def _apart(findings: list[Finding]) -> int:
    """
    Return the most findings that can be picked without any two overlapping.

    "Um, honestly" counts as two hedges, but two patterns that both cover one
    "honestly" count as one. Greedy by end is optimal for intervals.
    """
    count, reach = 0, -1
    for f in sorted(findings, key=lambda f: f.end):
        if f.start >= reach:
            count, reach = count + 1, f.end
    return count


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

    Takes the same arguments as `find_red_flags`. For a hedge, the first
    suggestion is the candidate's own sentence with its hedges cut, when that
    sentence is short enough to say again and checks clean.

    >>> r = suggest_reframes("I just need to get out of there.")[0]
    >>> r.finding.category.value, len(r.suggestions) > 0
    ('escape', True)
    >>> suggest_reframes("Um, I guess I'm kind of good with people?")[0].suggestions[0]
    "I'm good with people."
    """
    cat = catalog if catalog is not None else default_catalog()
    q = cat.resolve(question)
    findings = find_red_flags(answer, q, catalog=cat, min_severity=min_severity)
    return reframes_for(answer, findings, q, cat)


def reframes_for(
    answer: str,
    findings: tuple[Finding, ...],
    question: Question | None,
    catalog: Catalog,
) -> tuple[Reframe, ...]:
    """
    Return the reframe for each of *findings*, found in *answer*.
    """
    hedges = catalog.hedge_matcher
    normalised = _text.normalise(answer)
    # Hedges in one sentence give the same plain sentence; check it once.
    clean: dict[str, bool] = {}
    out = []
    for f in findings:
        own: tuple[str, ...] = ()
        if f.category is Category.HEDGING and hedges is not None:
            plain = _edits.plain_sentence(answer, normalised, f, findings, hedges)
            if plain and plain not in clean:
                clean[plain] = not find_red_flags(plain, question, catalog=catalog)
            if plain and clean[plain]:
                own = (plain,)
        out.append(
            Reframe(
                finding=f,
                suggestions=own + f.rule.reframes,
                rationale=f.rule.rationale or f.rule.message,
            )
        )
    return tuple(out)
