"""
Properties of the checks that hold for every answer, however odd.

Answers come with no question or with one of a few packaged questions (by id,
as an object and in their own phrasings): "why-leave", and two questions that
question-scoped rules depend on, "salary-expectations" (pay talk is expected)
and "greatest-weakness" (rules limited to it).
"""

from __future__ import annotations

import json
import pickle
import random
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import interviewkit as ik
from tests.strategies import (
    MODEST,
    SPECIAL_STRINGS,
    answers,
    catalog_phrases,
    catalog_words,
    lexicon_text,
    neutral_sentences,
    neutral_words,
    weird_text,
)

QUESTION_IDS = ("why-leave", "salary-expectations", "greatest-weakness")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def _packaged_questions() -> st.SearchStrategy[ik.Question | str]:
    cat = ik.default_catalog()
    choices: list[ik.Question | str] = []
    for qid in QUESTION_IDS:
        q = cat.question(qid)
        choices += [q, qid]
        choices += [t for t in (q.text, *q.aliases) if cat.resolve(t) == q]
    return st.sampled_from(choices)


def questions() -> st.SearchStrategy[ik.Question | str | None]:
    """
    No question, or a packaged question as an object, an id or free text.
    """
    return st.one_of(st.none(), st.deferred(_packaged_questions))


def _keys(findings: tuple[ik.Finding, ...]) -> set[tuple[int, int, str]]:
    return {(f.start, f.end, f.rule.id) for f in findings}


def _assert_offsets(answer: str, findings: tuple[ik.Finding, ...]) -> None:
    for f in findings:
        assert 0 <= f.start < f.end <= len(answer)
        assert answer[f.start : f.end] == f.text


class TestFindRedFlags:
    @MODEST
    @given(answer=answers())
    def test_never_raises_without_question(self, answer: str) -> None:
        """Any str is a valid answer: the result is a tuple of findings."""
        findings = ik.find_red_flags(answer)

        assert isinstance(findings, tuple)
        assert all(isinstance(f, ik.Finding) for f in findings)

    @MODEST
    @given(answer=answers(), question=questions())
    def test_never_raises_with_question(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """Any str is a valid answer to a question given by object, id or text."""
        findings = ik.find_red_flags(answer, question)

        assert isinstance(findings, tuple)

    @MODEST
    @given(answer=lexicon_text(), question=weird_text(40))
    def test_free_question_text_never_raises_unless_slug(
        self, answer: str, question: str
    ) -> None:
        """Free question text never raises, except for unknown hyphenated ids."""
        try:
            ik.find_red_flags(answer, question)
        except ik.UnknownQuestionError:
            key = question.strip()
            assert _SLUG.match(key)
            assert "-" in key

    @MODEST
    @given(answer=answers(), question=questions())
    def test_offsets_slice_to_text(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """answer[f.start:f.end] == f.text for every finding."""
        findings = ik.find_red_flags(answer, question)

        _assert_offsets(answer, findings)

    @MODEST
    @given(answer=answers(), question=questions())
    def test_sorted_by_start(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """Findings come sorted by start offset."""
        findings = ik.find_red_flags(answer, question)
        starts = [f.start for f in findings]

        assert sorted(starts) == starts

    @MODEST
    @given(answer=answers(), question=questions())
    def test_deterministic(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """The same input twice gives equal results."""
        first = ik.find_red_flags(answer, question)
        second = ik.find_red_flags(answer, question)

        assert first == second

    @MODEST
    @given(answer=answers(), question=questions(), sentence=neutral_sentences())
    def test_appending_neutral_sentence_keeps_findings(
        self, answer: str, question: ik.Question | str | None, sentence: str
    ) -> None:
        """Appending ". " and a neutral sentence never removes a finding."""
        before = _keys(ik.find_red_flags(answer, question))
        after = _keys(ik.find_red_flags(answer + ". " + sentence, question))

        assert set() == before - after

    @MODEST
    @given(answer=answers(), question=questions())
    def test_min_severity_keeps_a_subset(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """A higher min_severity only leaves out findings, never adds any."""
        everything = _keys(ik.find_red_flags(answer, question))
        serious = ik.find_red_flags(answer, question, min_severity="serious")

        assert set() == _keys(serious) - everything
        assert all(f.severity is ik.Severity.SERIOUS for f in serious)

    @MODEST
    @given(answer=answers(), question=questions())
    def test_pickle_round_trip(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """Findings survive a pickle round trip unchanged."""
        findings = ik.find_red_flags(answer, question)

        assert findings == pickle.loads(pickle.dumps(findings))


class TestSuggestReframes:
    @MODEST
    @given(answer=answers(), question=questions())
    def test_one_reframe_per_finding(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """Never raises; one reframe per finding, in the same order."""
        findings = ik.find_red_flags(answer, question)
        reframes = ik.suggest_reframes(answer, question)

        assert findings == tuple(r.finding for r in reframes)
        _assert_offsets(answer, tuple(r.finding for r in reframes))

    @MODEST
    @given(answer=answers(), question=questions())
    def test_every_suggestion_checks_clean(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """Suggestions built from the answer itself are free of red flags too."""
        for r in ik.suggest_reframes(answer, question):
            for s in r.suggestions:
                if s not in r.finding.rule.reframes:
                    assert () == ik.find_red_flags(s, question)

    @MODEST
    @given(answer=answers(), question=questions())
    def test_deterministic(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """The same input twice gives equal reframes."""
        first = ik.suggest_reframes(answer, question)
        second = ik.suggest_reframes(answer, question)

        assert first == second

    @MODEST
    @given(answer=answers(), question=questions(), sentence=neutral_sentences())
    def test_appending_neutral_sentence_keeps_reframes(
        self, answer: str, question: ik.Question | str | None, sentence: str
    ) -> None:
        """Appending a neutral sentence never removes a reframed finding."""
        before = _keys(tuple(r.finding for r in ik.suggest_reframes(answer, question)))
        longer = answer + ". " + sentence
        after = _keys(tuple(r.finding for r in ik.suggest_reframes(longer, question)))

        assert set() == before - after

    @MODEST
    @given(answer=answers(), question=questions())
    def test_pickle_round_trip(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """Reframes survive a pickle round trip unchanged."""
        reframes = ik.suggest_reframes(answer, question)

        assert reframes == pickle.loads(pickle.dumps(reframes))


class TestReviewAnswer:
    @MODEST
    @given(answer=answers(), question=questions())
    def test_findings_slice_and_sort(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """Never raises; the review's findings slice to their text, sorted."""
        review = ik.review_answer(answer, question)
        starts = [f.start for f in review.findings]

        assert answer == review.answer
        assert sorted(starts) == starts
        _assert_offsets(answer, review.findings)

    @MODEST
    @given(answer=answers(), question=questions())
    def test_spans_lie_inside_the_answer(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """Coverage and direction spans are within the answer; score in [-1, 1]."""
        review = ik.review_answer(answer, question)
        spans = [
            *(s for c in review.coverage for s in c.evidence),
            *review.direction.toward,
            *review.direction.away,
        ]

        assert all(0 <= start <= end <= len(answer) for start, end in spans)
        assert -1.0 <= review.direction.score <= 1.0
        assert review.word_count >= 0

    @MODEST
    @given(answer=answers(), question=questions())
    def test_deterministic(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """The same input twice gives equal reviews."""
        first = ik.review_answer(answer, question)
        second = ik.review_answer(answer, question)

        assert first == second

    @MODEST
    @given(answer=answers(), question=questions(), sentence=neutral_sentences())
    def test_appending_neutral_sentence_keeps_findings(
        self, answer: str, question: ik.Question | str | None, sentence: str
    ) -> None:
        """Appending a neutral sentence never removes a finding from the review."""
        before = _keys(ik.review_answer(answer, question).findings)
        after = _keys(ik.review_answer(answer + ". " + sentence, question).findings)

        assert set() == before - after

    @MODEST
    @given(answer=answers(), question=questions())
    def test_pickle_round_trip(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """A review survives a pickle round trip unchanged."""
        review = ik.review_answer(answer, question)

        assert review == pickle.loads(pickle.dumps(review))

    @MODEST
    @given(answer=answers(), question=questions())
    def test_to_dict_json_round_trip(
        self, answer: str, question: ik.Question | str | None
    ) -> None:
        """to_dict() goes through json.dumps and json.loads unchanged."""
        data = ik.review_answer(answer, question).to_dict()

        assert data == json.loads(json.dumps(data))


class TestMatch:
    @MODEST
    @given(text=st.one_of(weird_text(), lexicon_text(10)))
    def test_scores_in_unit_interval_best_first(self, text: str) -> None:
        """Never raises; scores are in [0, 1] and sorted best first."""
        matches = ik.default_catalog().match(text)
        scores = [m.score for m in matches]

        assert all(0.0 <= s <= 1.0 for s in scores)
        assert sorted(scores, reverse=True) == scores
        assert len(matches) <= 5

    @MODEST
    @given(
        text=st.one_of(weird_text(), lexicon_text(10)),
        limit=st.integers(min_value=0, max_value=50),
    )
    def test_limit_and_unique_questions(self, text: str, limit: int) -> None:
        """At most *limit* matches, each naming a different catalog question."""
        cat = ik.default_catalog()
        matches = cat.match(text, limit=limit)
        ids = [m.question.id for m in matches]

        assert len(matches) <= limit
        assert len(set(ids)) == len(ids)
        assert all(
            cat.question(qid) is m.question for qid, m in zip(ids, matches, strict=True)
        )

    @MODEST
    @given(text=st.one_of(weird_text(), lexicon_text(10)))
    def test_deterministic_and_picklable(self, text: str) -> None:
        """The same text twice ranks the same; results survive pickling."""
        first = ik.default_catalog().match(text)
        second = ik.default_catalog().match(text)

        assert first == second
        assert first == pickle.loads(pickle.dumps(first))


def _megabyte_of_text(size: int = 1_000_000) -> str:
    rng = random.Random(20240601)
    pools = (
        catalog_words(),
        catalog_phrases(),
        neutral_words(),
        SPECIAL_STRINGS,
        ("I'm", "don't", "never", "My boss's", "um, like,", "\u2019s", "\u2026"),
    )
    separators = (" ", " ", " ", ", ", ". ", "... ", "-", "\n", "! ", " \u2014 ")
    parts: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(rng.choice(pools))
        if rng.random() < 0.2:
            piece = piece.upper()
        piece += rng.choice(separators)
        parts.append(piece)
        total += len(piece)
    return "".join(parts)[:size]


def test_one_megabyte_answer_offsets() -> None:
    """A 1 MB answer of mixed text scans, with exact, sorted, in-range offsets."""
    answer = _megabyte_of_text()

    findings = ik.find_red_flags(answer)
    starts = [f.start for f in findings]

    assert 1_000_000 == len(answer)
    assert findings, "a megabyte of lexicon words should trip some rule"
    assert sorted(starts) == starts
    _assert_offsets(answer, findings)


# -- one rule must not hide another ---------------------------------------------
#
# Small hand-built catalogs, so these run fast and do not depend on the packaged
# content. The scanner promises to find "every pattern of many labelled pattern
# lists in one pass"; a rule whose match is a prefix of another rule's match, or
# that starts where another rule's different branch also matches, must still be
# reported.


def _rule(rule_id: str, category: str, *patterns: str) -> ik.RedFlag:
    return ik.RedFlag(
        id=rule_id,
        category=category,
        severity="moderate",
        patterns=patterns,
        message="A test rule.",
        reframes=("Say something better.",),
    )


_LEXICON = (("boss", ("boss", "manager", "team lead")),)
_SMALL = ik.Catalog(
    questions=(),
    frameworks=(),
    red_flags=(
        _rule("pay-bump", "money", "pay bump"),
        _rule("pay-and-title", "fast-track", "pay bump ~1 promotion"),
        _rule("boss-idiot", "negativity", "my {boss} is ~2 idiot"),
        _rule("boss-lazy", "blame", "my {boss} is lazy"),
        _rule("team-lead-soon", "threat", "team lead within a year"),
    ),
    lexicon=_LEXICON,
)


@pytest.mark.parametrize(
    ("answer", "rule_id", "text"),
    [
        ("the pay bump and promotion", "pay-bump", "pay bump"),
        ("my boss is lazy, an idiot", "boss-lazy", "my boss is lazy"),
        ("my manager is lazy idiot", "boss-lazy", "my manager is lazy"),
    ],
    ids=["prefix-of-longer-rule", "sibling-branch", "sibling-branch-slot"],
)
def test_longer_match_of_another_rule_does_not_hide_a_finding(
    answer: str, rule_id: str, text: str
) -> None:
    """A rule's match survives another rule's longer match from the same start."""
    found = {(f.rule.id, f.text) for f in ik.find_red_flags(answer, catalog=_SMALL)}

    assert (rule_id, text) in found


_ALONE = tuple(
    ik.Catalog(questions=(), frameworks=(), red_flags=(rule,), lexicon=_LEXICON)
    for rule in _SMALL.red_flags
)
_SMALL_PIECES = (
    "my boss is",
    "my manager is",
    "my team lead is",
    "team lead",
    "within a year",
    "lazy",
    "an idiot",
    "idiot",
    "really",
    "pay bump",
    "and promotion",
    "promotion",
    "is",
)


@MODEST
@example(words=["pay bump", "and promotion"], seps=[" "] * 12)
@example(words=["my boss is", "lazy", "an idiot"], seps=[" "] * 12)
@given(
    words=st.lists(st.sampled_from(_SMALL_PIECES), min_size=1, max_size=12),
    seps=st.lists(st.sampled_from((" ", ", ", " - ")), min_size=12, max_size=12),
)
def test_each_rule_alone_is_still_found_with_all_rules(
    words: list[str], seps: list[str]
) -> None:
    """Each rule's own findings stay covered, by category, when all rules run."""
    answer = "".join(w + s for w, s in zip(words, seps, strict=False))
    combined = ik.find_red_flags(answer, catalog=_SMALL)
    missing = []
    for alone in _ALONE:
        for f in ik.find_red_flags(answer, catalog=alone):
            covered = any(
                g.category == f.category and g.start <= f.start and f.end <= g.end
                for g in combined
            )
            if not covered:
                missing.append((f.rule.id, f.text))

    assert [] == missing
