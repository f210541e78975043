"""
Content lint: every packaged item is checked, one test per item.

Failures name the file and the entry, and say what to change.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import interviewkit as ik
from interviewkit._text import normalise

CATALOG = ik.default_catalog()
RULES = CATALOG.red_flags
QUESTIONS = CATALOG.questions
TOPICS = {
    "motivation",
    "career",
    "self",
    "behavioral",
    "situational",
    "logistics",
    "closing",
}


def _where(rule: ik.RedFlag) -> str:
    return f"red_flags/{rule.category.value}.toml, rule {rule.id!r}"


def _context(rule: ik.RedFlag) -> str | None:
    return rule.only_questions[0] if rule.only_questions else None


def _matching_rules(text: str, question_id: str | None) -> set[str]:
    """Ids of every rule that matches *text*, before overlapping findings merge."""
    hits = CATALOG.rule_hits(normalise(text), question_id)
    return {h.label.id for h in hits if not (h.negated and h.label.negatable)}


def _ids(rule: ik.RedFlag, what: str, text: str) -> str:
    return f"{rule.id}:{what}:{text[:30]}"


EXAMPLES = [(r, e) for r in RULES for e in r.examples]
NEAR_MISSES = [(r, e) for r in RULES for e in r.near_misses]
REFRAMES = [(r, s) for r in RULES for s in r.reframes]
SAMPLES = [(q, s) for q in QUESTIONS for s in q.sample_answers]
AVOIDS = [(q, a) for q in QUESTIONS for a in q.avoid]
ALIASES = [(q, a) for q in QUESTIONS for a in q.aliases]


class TestRules:
    def test_every_category_has_rules(self) -> None:
        """Each of the 14 categories has at least one packaged rule."""
        covered = {r.category for r in RULES}

        assert set(ik.Category) == covered

    @pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
    def test_rule_has_examples_and_near_misses(self, rule: ik.RedFlag) -> None:
        """No rule ships without two examples, a near miss and a reframe."""
        assert len(rule.examples) >= 2, f"{_where(rule)}: add at least two examples"
        assert rule.near_misses, f"{_where(rule)}: add a near miss"
        assert rule.reframes, f"{_where(rule)}: add a reframe"

    @pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
    def test_message_is_one_sentence(self, rule: ik.RedFlag) -> None:
        """A rule's message is a single sentence ending in a full stop."""
        sentences = re.findall(r"[.!?](?:\s|$)", rule.message.strip())

        assert len(sentences) == 1, f"{_where(rule)}: make the message one sentence"

    @pytest.mark.parametrize(
        ("rule", "text"), EXAMPLES, ids=[_ids(r, "ex", t) for r, t in EXAMPLES]
    )
    def test_example_triggers_its_rule(self, rule: ik.RedFlag, text: str) -> None:
        """Every example text is flagged by the rule it illustrates."""
        found = _matching_rules(text, _context(rule))

        assert rule.id in found, (
            f"{_where(rule)}: example {text!r} does not match; "
            f"widen a pattern or rewrite the example (found: {sorted(found)})"
        )

    @pytest.mark.parametrize(
        ("rule", "text"), NEAR_MISSES, ids=[_ids(r, "nm", t) for r, t in NEAR_MISSES]
    )
    def test_near_miss_does_not_trigger_its_rule(
        self, rule: ik.RedFlag, text: str
    ) -> None:
        """No near miss is flagged by the rule it sits beside."""
        found = rule.id in _matching_rules(text, _context(rule))

        assert not found, (
            f"{_where(rule)}: near miss {text!r} matches; narrow the pattern"
        )

    @pytest.mark.parametrize(
        ("rule", "text"), REFRAMES, ids=[_ids(r, "rf", t) for r, t in REFRAMES]
    )
    def test_reframe_is_clean(self, rule: ik.RedFlag, text: str) -> None:
        """Every suggested reframe is itself free of red flags."""
        found = ik.find_red_flags(text, _context(rule))

        assert not found, (
            f"{_where(rule)}: reframe {text!r} trips {found[0].rule.id!r} "
            f"at {found[0].text!r}; reword it"
        )

    def test_pattern_count(self) -> None:
        """The rule set is broad: well over 150 patterns."""
        assert sum(len(r.patterns) for r in RULES) > 150


class TestQuestions:
    def test_catalog_size(self) -> None:
        """The catalog holds the 40-plus common interview questions."""
        assert len(QUESTIONS) >= 40

    @pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
    def test_question_is_complete(self, question: ik.Question) -> None:
        """Each question has the aliases, samples, tips and don'ts users expect."""
        where = f"questions/{question.id}.toml"

        assert len(question.aliases) >= 6, f"{where}: add aliases (6 or more)"
        assert len(question.sample_answers) >= 3, (
            f"{where}: add sample answers (3 or more)"
        )
        assert len(question.tips) >= 4, f"{where}: add tips (4 or more)"
        assert len(question.avoid) >= 3, f"{where}: add 'avoid' examples (3 or more)"
        assert question.intent, f"{where}: write the intent"
        assert question.frameworks, f"{where}: name a framework"
        assert question.topic in TOPICS, (
            f"{where}: topic must be one of {sorted(TOPICS)}"
        )

    @pytest.mark.parametrize(
        ("question", "sample"), SAMPLES, ids=[f"{q.id}:{s.id}" for q, s in SAMPLES]
    )
    def test_sample_answer_has_no_real_red_flag(
        self, question: ik.Question, sample: ik.SampleAnswer
    ) -> None:
        """Sample answers are free of red flags above the mildest severity."""
        found = ik.find_red_flags(sample.text, question, min_severity="moderate")

        assert not found, (
            f"questions/{question.id}.toml, sample {sample.id!r}: trips "
            f"{found[0].rule.id!r} at {found[0].text!r}; reword it"
        )

    @pytest.mark.parametrize(
        ("question", "avoid"),
        AVOIDS,
        ids=[f"{q.id}:{a.rule}:{a.text[:20]}" for q, a in AVOIDS],
    )
    def test_avoid_example_trips_its_rule(
        self, question: ik.Question, avoid: ik.AvoidExample
    ) -> None:
        """Every "don't say" example trips the rule it names."""
        found = _matching_rules(avoid.text, question.id)

        assert avoid.rule in found, (
            f"questions/{question.id}.toml: avoid {avoid.text!r} should trip "
            f"{avoid.rule!r} but found {sorted(found)}"
        )

    @pytest.mark.parametrize(
        ("question", "alias"), ALIASES, ids=[f"{q.id}:{a[:30]}" for q, a in ALIASES]
    )
    def test_alias_matches_its_question(
        self, question: ik.Question, alias: str
    ) -> None:
        """Every alias matches back to its own question as the top result."""
        matches = CATALOG.match(alias)

        assert matches, f"questions/{question.id}.toml: alias {alias!r} matches nothing"
        assert question.id == matches[0].question.id, (
            f"questions/{question.id}.toml: alias {alias!r} matches "
            f"{matches[0].question.id!r} first; make it more specific"
        )

    def test_no_alias_is_shared(self) -> None:
        """No two questions share an alias (compared case-insensitively)."""
        counts = Counter(
            a.lower().strip(" ?.!") for q in QUESTIONS for a in (q.text, *q.aliases)
        )

        assert [] == [a for a, n in counts.items() if n > 1]

    def test_no_sentence_repeats(self) -> None:
        """No sentence of prose appears twice anywhere in the catalog."""
        texts: list[str] = []
        for q in QUESTIONS:
            texts += [q.intent, *(s.text for s in q.sample_answers)]
            texts += [t.text for t in q.tips]
            texts += [p for s in q.sample_answers for p in s.why_it_works]
        for r in RULES:
            texts += [r.message, r.rationale, *r.reframes]
        sentences = Counter(
            s.strip().lower()
            for t in texts
            for s in re.split(r"(?<=[.!?])\s+", t)
            if len(s.split()) >= 6
        )

        assert [] == [s for s, n in sentences.items() if n > 1]


class TestFrameworks:
    @pytest.mark.parametrize("framework", CATALOG.frameworks, ids=lambda f: f.id)
    def test_every_step_has_cues(self, framework: ik.Framework) -> None:
        """Every step can be recognised in an answer."""
        for step in framework.steps:
            assert len(step.cues) >= 3, (
                f"frameworks/{framework.id}.toml: step {step.id!r} needs cues"
            )

    @pytest.mark.parametrize("framework", CATALOG.frameworks, ids=lambda f: f.id)
    def test_framework_is_used(self, framework: ik.Framework) -> None:
        """Every packaged framework serves at least one question."""
        used = {fid for q in QUESTIONS for fid in q.frameworks}

        assert framework.id in used


def test_sample_answers_cover_their_framework() -> None:
    """Most sample answers cover every step of the framework they follow."""
    total = 0
    complete = 0
    for q in QUESTIONS:
        for s in q.sample_answers:
            review = ik.review_answer(s.text, q, framework=s.framework)
            total += 1
            complete += not review.missed_steps

    assert complete / total >= 0.8
