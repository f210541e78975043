"""The candidate's own sentence, hedges cut, as the first reframe of a hedge."""

from __future__ import annotations

import pytest

import interviewkit as ik


def first_suggestion(answer: str, question: str | None = None) -> str:
    hedges = [
        r
        for r in ik.suggest_reframes(answer, question)
        if r.finding.category == "hedging"
    ]
    assert hedges, f"no hedge found in {answer!r}"
    return hedges[0].suggestions[0]


@pytest.mark.parametrize(
    ("answer", "plain"),
    [
        ("Um, I guess I'm kind of good with people?", "I'm good with people."),
        (
            "honestly, um, I like the kind of work you do here, it's like, basically "
            "what I want.",
            "I like the kind of work you do here, it's what I want.",
        ),
        (
            "I mean, I ran the whole stocktake myself, um, tbh.",
            "I ran the whole stocktake myself.",
        ),
        (
            "The rota was fine. Uh, I sort of, you know, rebuilt it, honestly.",
            "I rebuilt it.",
        ),
    ],
)
def test_hedged_sentence_comes_back_plain(answer: str, plain: str) -> None:
    """Hedges go, the rest of the sentence stays in the candidate's words."""
    assert plain == first_suggestion(answer)


def test_like_as_a_verb_and_kind_of_as_a_noun_stay() -> None:
    """Only asides are cut: "I like" and "what kind of" keep their words."""
    plain = first_suggestion("Um, honestly I like what kind of work you do.")

    assert "I like what kind of work you do." == plain


def test_sentence_with_a_red_flag_falls_back_to_the_rules_reframes() -> None:
    """A plain version that still carries a red flag is not offered."""
    answer = "Um, honestly my boss is an idiot."
    for r in ik.suggest_reframes(answer):
        assert r.suggestions == r.finding.rule.reframes


def test_too_little_left_falls_back() -> None:
    """A sentence that is nothing but hedges gets the rule's own reframes."""
    reframes = ik.suggest_reframes("Honestly? Um. I guess.")

    assert reframes
    assert all(r.suggestions == r.finding.rule.reframes for r in reframes)


def test_long_sentence_is_not_offered_back() -> None:
    """A run-on sentence is too long to say again; the work stays bounded."""
    answer = "Um, honestly I guess " + "we kept going and " * 4_000 + "it worked."
    reframes = ik.suggest_reframes(answer)

    assert reframes
    assert all(r.suggestions == r.finding.rule.reframes for r in reframes)


def test_review_uses_the_same_reframes() -> None:
    """review_answer offers the plain sentence as well."""
    answer = "Um, I guess I'm kind of good with people?"
    review = ik.review_answer(answer)

    assert review.reframes == ik.suggest_reframes(answer)
