"""
Value types returned by the checks: findings, reframes, matches and reviews.

All are frozen attrs classes; `Review` also renders itself as JSON-ready data
(`Review.to_dict`) and as highlighted HTML for notebooks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from . import _html
from .model import Category, Question, RedFlag, Severity

__all__ = [
    "Direction",
    "Finding",
    "QuestionMatch",
    "Reframe",
    "Review",
    "StepCoverage",
]


@attrs.frozen(kw_only=True)
class Finding:
    """
    A stretch of an answer that trips a red-flag rule.

    ``answer[finding.start:finding.end] == finding.text`` always holds.

    Attributes:
        start: Offset of the first character in the caller's string.
        end: Offset just past the last character.
        text: The matched text, exactly as the caller wrote it.
        rule: The `RedFlag` that matched.
    """

    start: int
    end: int
    text: str
    rule: RedFlag

    @property
    def category(self) -> Category:
        """
        The rule's category.
        """
        return self.rule.category

    @property
    def severity(self) -> Severity:
        """
        The rule's severity.
        """
        return self.rule.severity

    @property
    def message(self) -> str:
        """
        One sentence on why this phrasing hurts.
        """
        return self.rule.message

    def to_dict(self) -> dict[str, Any]:
        """
        Return the finding as JSON-ready data.
        """
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "rule": self.rule.id,
            "category": self.category.value,
            "severity": str(self.severity),
            "message": self.message,
        }


@attrs.frozen(kw_only=True)
class Reframe:
    """
    Better things to say in place of one finding.

    Attributes:
        finding: The finding this answers.
        suggestions: Replacement phrasings, each free of red flags.
        rationale: Why the replacements work better.
    """

    finding: Finding
    suggestions: tuple[str, ...]
    rationale: str

    def to_dict(self) -> dict[str, Any]:
        """
        Return the reframe as JSON-ready data.
        """
        return {
            "finding": self.finding.to_dict(),
            "suggestions": list(self.suggestions),
            "rationale": self.rationale,
        }


@attrs.frozen(kw_only=True)
class QuestionMatch:
    """
    A catalog question that free text may be asking, with a score in [0, 1].
    """

    question: Question
    score: float


@attrs.frozen(kw_only=True)
class StepCoverage:
    """
    Whether an answer covers one framework step, with the evidence.

    Attributes:
        step_id: The step's id.
        title: The step's title.
        covered: Whether any of the step's cues occur in the answer.
        evidence: ``(start, end)`` spans of the cues found.
        guidance: What the step asks for (useful when it is missing).
    """

    step_id: str
    title: str
    covered: bool
    evidence: tuple[tuple[int, int], ...] = ()
    guidance: str = ""

    def to_dict(self) -> dict[str, Any]:
        """
        Return the coverage as JSON-ready data.
        """
        return {
            "step": self.step_id,
            "title": self.title,
            "covered": self.covered,
            "evidence": [list(span) for span in self.evidence],
            "guidance": self.guidance,
        }


@attrs.frozen(kw_only=True)
class Direction:
    """
    How much an answer runs toward the new role versus away from the old one.

    Attributes:
        score: From -1 (all away) to 1 (all toward); 0 when there is no signal.
        toward: Spans of forward-looking phrases.
        away: Spans of phrases about getting away (red flags about the old
            job count here too).
    """

    score: float
    toward: tuple[tuple[int, int], ...] = ()
    away: tuple[tuple[int, int], ...] = ()

    @property
    def label(self) -> str:
        """
        ``"running to"``, ``"running away"``, ``"mixed"`` or ``"unclear"``.
        """
        if not self.toward and not self.away:
            return "unclear"
        if self.score >= 0.34:
            return "running to"
        if self.score <= -0.34:
            return "running away"
        return "mixed"

    def to_dict(self) -> dict[str, Any]:
        """
        Return the reading as JSON-ready data.
        """
        return {
            "score": self.score,
            "label": self.label,
            "toward": [list(span) for span in self.toward],
            "away": [list(span) for span in self.away],
        }


def _dicts(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items]


@attrs.frozen(kw_only=True)
class Review:
    """
    A review of one answer against its question.

    Attributes:
        answer: The answer as given.
        question: The question it answers, if known.
        findings: Red flags, sorted by start.
        reframes: One per finding, in the same order.
        framework: Id of the framework the coverage was judged against, if any.
        coverage: Each framework step, covered or missed.
        direction: The running-to versus running-away reading.
        word_count: Number of words.
        speaking_seconds: Estimated time to say it aloud.
        length_verdict: ``"short"``, ``"ok"`` or ``"long"`` for the question's
            recommended length (``"ok"`` when there is no question).
        fixes: The most useful changes, most important first.
    """

    answer: str
    question: Question | None
    findings: tuple[Finding, ...]
    reframes: tuple[Reframe, ...]
    framework: str | None
    coverage: tuple[StepCoverage, ...]
    direction: Direction
    word_count: int
    speaking_seconds: float
    length_verdict: str
    fixes: tuple[str, ...]

    @property
    def covered_steps(self) -> tuple[str, ...]:
        """
        Ids of the framework steps the answer covers.
        """
        return tuple(c.step_id for c in self.coverage if c.covered)

    @property
    def missed_steps(self) -> tuple[str, ...]:
        """
        Ids of the framework steps the answer misses.
        """
        return tuple(c.step_id for c in self.coverage if not c.covered)

    @property
    def worst_severity(self) -> Severity | None:
        """
        The highest severity among the findings, or ``None`` without findings.
        """
        return max((f.severity for f in self.findings), default=None)

    def to_dict(self) -> dict[str, Any]:
        """
        Return the review as data that `json.dumps` accepts.
        """
        return {
            "answer": self.answer,
            "question": self.question.id if self.question else None,
            "findings": _dicts(self.findings),
            "reframes": _dicts(self.reframes),
            "framework": self.framework,
            "coverage": _dicts(self.coverage),
            "direction": self.direction.to_dict(),
            "word_count": self.word_count,
            "speaking_seconds": self.speaking_seconds,
            "length_verdict": self.length_verdict,
            "fixes": list(self.fixes),
        }

    def _repr_html_(self) -> str:
        return _html.review_html(
            answer=self.answer,
            spans=[(f.start, f.end, str(f.severity), f.message) for f in self.findings],
            notes=self.fixes,
            question=self.question.text if self.question else None,
        )
