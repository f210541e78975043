"""review_answer: coverage, direction, pacing, fixes, JSON and HTML."""

from __future__ import annotations

import json

import pytest

import interviewkit as ik

GOOD_WHY_LEAVE = (
    "I've really enjoyed my four years on the pediatric ward, and I've learned a lot "
    "about calming scared families. I'm ready to take on a charge nurse role, and I'm "
    "excited to bring that experience to your new children's unit, because your "
    "family-centred care model is exactly how I like to work."
)
BAD_WHY_LEAVE = (
    "Honestly I just need to get out of there. My manager is clueless and the place "
    "is a sinking ship."
)


def test_good_answer_covers_the_framework() -> None:
    """A positive, forward-looking answer that ties back to the company covers every step."""
    review = ik.review_answer(GOOD_WHY_LEAVE, "why-leave")

    assert () == review.findings
    assert "positive-forward-back" == review.framework
    assert () == review.missed_steps
    assert all(c.evidence for c in review.coverage if c.covered)


def test_evidence_spans_point_into_the_answer() -> None:
    """Coverage evidence is given as offsets into the answer."""
    review = ik.review_answer(GOOD_WHY_LEAVE, "why-leave")

    for c in review.coverage:
        for start, end in c.evidence:
            assert 0 <= start < end <= len(GOOD_WHY_LEAVE)


def test_running_to_versus_away() -> None:
    """Forward-looking answers read as running to; complaints as running away."""
    assert "running to" == ik.review_answer(GOOD_WHY_LEAVE, "why-leave").direction.label
    away = ik.review_answer(BAD_WHY_LEAVE, "why-leave").direction

    assert "running away" == away.label
    assert away.score < 0
    assert away.away


def test_bad_answer_gets_ordered_fixes() -> None:
    """Serious red flags come first among the fixes."""
    review = ik.review_answer(BAD_WHY_LEAVE, "why-leave")

    assert review.findings
    assert review.fixes
    assert review.fixes[0].startswith("Rephrase")
    assert ik.Severity.SERIOUS == review.worst_severity


def test_length_verdict_and_speaking_time() -> None:
    """Word count, speaking time and the question's length range are reported."""
    short = ik.review_answer("I want to grow.", "why-leave")

    assert 4 == short.word_count
    assert short.speaking_seconds > 0
    assert "short" == short.length_verdict
    assert any("Say more" in fix for fix in short.fixes)


def test_without_a_question() -> None:
    """With no question there is no framework and the length is not judged."""
    review = ik.review_answer(BAD_WHY_LEAVE)

    assert review.question is None
    assert () == review.coverage
    assert "ok" == review.length_verdict


def test_to_dict_round_trips_through_json() -> None:
    """to_dict() is JSON-ready and survives dumps/loads unchanged."""
    data = ik.review_answer(BAD_WHY_LEAVE, "why-leave").to_dict()

    assert data == json.loads(json.dumps(data))
    assert "why-leave" == data["question"]
    assert data["findings"][0]["message"]


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script> my boss is an idiot",
        'my boss is an idiot" onmouseover="alert(1)',
        "&lt;b&gt; <img src=x onerror=alert(1)> I hate my job",
    ],
)
def test_html_escapes_every_piece_of_the_answer(hostile: str) -> None:
    """_repr_html_ highlights findings and escapes all of the caller's text."""
    html = ik.review_answer(hostile, "why-leave")._repr_html_()

    assert "<script>" not in html
    assert "<img" not in html
    assert 'onmouseover="' not in html
    assert "<mark" in html


def test_unknown_question_id() -> None:
    """A misspelt question id raises UnknownQuestionError."""
    with pytest.raises(ik.UnknownQuestionError, match="why-leave"):
        ik.review_answer("text", "why-leav")
