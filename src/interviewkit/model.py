"""
The content model: immutable records for questions, frameworks and red-flag rules.

Every class is a frozen, slotted, keyword-only attrs class. Collections are tuples,
so every object is hashable and safe to share between threads.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

__all__ = [
    "AnswerLength",
    "AvoidExample",
    "Category",
    "Framework",
    "FrameworkStep",
    "Question",
    "RedFlag",
    "SampleAnswer",
    "Severity",
    "Tip",
    "TipKind",
]


class Category(enum.StrEnum):
    """
    The kinds of red flag an answer can raise.
    """

    NEGATIVITY = "negativity"
    ESCAPE = "escape"
    STAGNATION = "stagnation"
    MONEY = "money"
    FAST_TRACK = "fast-track"
    SHORT_TENURE = "short-tenure"
    THREAT = "threat"
    OFF_TRACK = "off-track"
    UNPREPARED = "unprepared"
    OVERSHARING = "oversharing"
    CLICHE = "cliche"
    HEDGING = "hedging"
    ENTITLEMENT = "entitlement"
    BLAME = "blame"


class Severity(enum.IntEnum):
    """
    How much a red flag hurts, ordered: ``Severity.MILD < Severity.SERIOUS``.

    ``MILD`` is phrasing to tweak, ``MODERATE`` a real weakness in the answer,
    ``SERIOUS`` the kind of remark that can end an interview.
    """

    MILD = 1
    MODERATE = 2
    SERIOUS = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str | int | Severity) -> Severity:
        """
        Return the severity named by *value* (``"mild"``, ``"MODERATE"``, ``3``, ...).

        Raises:
            ValueError: *value* names no severity.
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            try:
                return cls[value.strip().upper()]
            except KeyError:
                pass
        elif isinstance(value, int) and not isinstance(value, bool):
            try:
                return cls(value)
            except ValueError:
                pass
        names = ", ".join(s.name.lower() for s in cls)
        msg = f"expected one of {names}; got {value!r}"
        raise ValueError(msg)


class TipKind(enum.StrEnum):
    """
    Whether a tip says what to do or what not to do.
    """

    DO = "do"
    DONT = "don't"


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = "expected a sequence of strings, got a single string; wrap it in a list"
        raise TypeError(msg)
    return tuple(value)


def _severity(value: str | int | Severity) -> Severity:
    return Severity.parse(value)


def _steps(value: Iterable[FrameworkStep]) -> tuple[FrameworkStep, ...]:
    return tuple(value)


def _samples(value: Iterable[SampleAnswer]) -> tuple[SampleAnswer, ...]:
    return tuple(value)


def _tips(value: Iterable[Tip]) -> tuple[Tip, ...]:
    return tuple(value)


def _avoids(value: Iterable[AvoidExample]) -> tuple[AvoidExample, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class FrameworkStep:
    """
    One step of an answer framework.

    Attributes:
        id: Slug, unique within its framework (``"look-forward"``).
        title: Short title (``"Focus on where you want to go"``).
        guidance: What to say in this step.
        cues: Patterns whose presence shows an answer covers the step.
    """

    id: str
    title: str
    guidance: str
    cues: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@attrs.frozen(kw_only=True)
class Framework:
    """
    A shape for an answer, such as STAR, with a fill-in script.

    Attributes:
        id: Slug (``"star"``).
        name: Human name (``"STAR"``).
        summary: One or two sentences on when and how to use it.
        steps: The steps, in the order an answer should take them.
        template: A script with ``{placeholder}`` fields; see
            `interviewkit.personalise`.
    """

    id: str
    name: str
    summary: str
    steps: tuple[FrameworkStep, ...] = attrs.field(converter=_steps)
    template: str = ""

    def step(self, step_id: str) -> FrameworkStep:
        """
        Return the step with id *step_id*.

        Raises:
            KeyError: The framework has no such step.
        """
        for s in self.steps:
            if s.id == step_id:
                return s
        known = ", ".join(s.id for s in self.steps)
        msg = f"framework {self.id!r} has no step {step_id!r}; its steps are {known}"
        raise KeyError(msg)


@attrs.frozen(kw_only=True)
class SampleAnswer:
    """
    A strong answer to a question, written for one persona.

    Attributes:
        id: Slug, unique across the catalog.
        text: The answer as the candidate would say it.
        persona: The role and seniority it fits.
        framework: Id of the framework it follows.
        why_it_works: Short points on what makes it strong.
        source: Where the advice behind it came from, if anywhere.
    """

    id: str
    text: str
    persona: str
    framework: str
    why_it_works: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    source: str = ""


@attrs.frozen(kw_only=True)
class Tip:
    """
    One piece of advice for a question.

    Attributes:
        text: The advice.
        kind: `TipKind.DO` or `TipKind.DONT`.
        source: Where it came from, if anywhere.
    """

    text: str
    kind: TipKind = attrs.field(converter=TipKind)
    source: str = ""


@attrs.frozen(kw_only=True)
class AvoidExample:
    """
    Something not to say in answer to a question, and the rule it trips.

    Attributes:
        text: The example phrasing.
        rule: Id of the `RedFlag` it trips.
    """

    text: str
    rule: str


@attrs.frozen(kw_only=True)
class AnswerLength:
    """
    The recommended length of a spoken answer, in words.
    """

    min_words: int
    max_words: int

    def __attrs_post_init__(self) -> None:
        if not 0 < self.min_words <= self.max_words:
            msg = (
                "expected 0 < min_words <= max_words; "
                f"got {self.min_words} and {self.max_words}"
            )
            raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Question:
    """
    An interview question with everything needed to answer it well.

    Attributes:
        id: Slug (``"why-leave"``).
        text: The question in its plainest form.
        topic: Broad group (``"motivation"``, ``"behavioral"``, ...).
        aliases: Other ways interviewers ask it.
        intent: What the interviewer is really asking.
        frameworks: Ids of the frameworks that fit, best first.
        sample_answers: Strong answers for different personas.
        tips: Do's and don'ts.
        avoid: Things not to say, each naming the rule it trips.
        related: Ids of related questions.
        sources: Citations for the guidance.
        keywords: Extra words that signal the question, for matching.
        length: Recommended answer length.
    """

    id: str
    text: str
    topic: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    intent: str = ""
    frameworks: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    sample_answers: tuple[SampleAnswer, ...] = attrs.field(
        default=(), converter=_samples
    )
    tips: tuple[Tip, ...] = attrs.field(default=(), converter=_tips)
    avoid: tuple[AvoidExample, ...] = attrs.field(default=(), converter=_avoids)
    related: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    length: AnswerLength = attrs.field(
        factory=lambda: AnswerLength(min_words=50, max_words=250)
    )


@attrs.frozen(kw_only=True)
class RedFlag:
    """
    A rule that finds one kind of harmful phrasing.

    Attributes:
        id: Slug, unique across the catalog (``"boss-insult"``).
        category: What kind of red flag it is.
        severity: How much it hurts.
        patterns: Phrases in the pattern language (see ``docs/content-format.md``).
        message: One sentence on why an interviewer winces.
        reframes: Things to say instead.
        rationale: Why the reframes work better.
        examples: Texts the rule must match.
        near_misses: Texts it must not match.
        only_questions: If not empty, the rule applies only to these question ids.
        except_questions: The rule never applies to these question ids.
        negatable: Whether a negation just before a match cancels it.
        standalone: Whether the rule is reported on its own. When false, a
            finding counts only beside another finding in the same answer: a
            lone "um" or "honestly" is ordinary speech, but next to another
            hedge or red flag it adds up.
    """

    id: str
    category: Category = attrs.field(converter=Category)
    severity: Severity = attrs.field(converter=_severity)
    patterns: tuple[str, ...] = attrs.field(converter=_strings)
    message: str
    reframes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    rationale: str = ""
    examples: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    near_misses: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    only_questions: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    except_questions: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    negatable: bool = True
    standalone: bool = True

    def applies_to(self, question_id: str | None) -> bool:
        """
        Return whether the rule is in force for answers to *question_id*.

        ``None`` means the question is unknown: rules limited to particular
        questions are then off, and every other rule is on.
        """
        if self.only_questions:
            return question_id in self.only_questions
        return question_id not in self.except_questions
