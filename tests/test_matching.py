"""Matching an interviewer's free text to catalog questions."""

from __future__ import annotations

import pytest

import interviewkit as ik
from interviewkit import _matching
from interviewkit.catalog import MATCH_THRESHOLD


@pytest.fixture(scope="module")
def catalog() -> ik.Catalog:
    return ik.default_catalog()


def _best(catalog: ik.Catalog, text: str) -> ik.QuestionMatch:
    matches = catalog.match(text, limit=1)
    assert matches, f"{text!r} matched nothing"
    return matches[0]


class TestConcepts:
    @pytest.mark.parametrize("word", ["boss", "supervisor", "manager", "Boss's"])
    def test_synonyms_fold_onto_one_concept(self, word: str) -> None:
        """Words for the same person become the same concept."""
        assert ["manager"] == _matching.concepts(word)

    @pytest.mark.parametrize(
        ("text", "concept"),
        [
            ("We locked horns over the budget", "conflict"),
            ("I'm quietly poking around", "leave"),
            ("the project didn't go to plan", "fail"),
            ("when are you free to start", "available"),
            ("it's a bit of a step down", "overqualified"),
        ],
    )
    def test_idioms_become_concepts(self, text: str, concept: str) -> None:
        """Multi-word idioms are recognised before the words are split up."""
        assert concept in _matching.concepts(text)

    def test_inflections_agree(self) -> None:
        """Regular inflections of a word reduce to the same token."""
        forms = ["hope", "hoping", "hoped", "hopes"]

        assert [["want"]] * 4 == [_matching.concepts(f) for f in forms]

    def test_negation_turns_enjoy_into_dislike(self) -> None:
        """A "don't" before a liking word turns it into its opposite."""
        assert ["dislike", "current", "job"] == _matching.concepts(
            "What don't you enjoy about your current job?"
        )

    def test_function_words_carry_nothing(self) -> None:
        """Text made only of function words has no concepts."""
        assert [] == _matching.concepts("So, what would you do about that then?")


class TestRanking:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Have you and a teammate ever locked horns?", "conflict"),
            ("How quickly could you come on board?", "notice-period"),
            ("Be honest: what would you like to get better at?", "greatest-weakness"),
            ("What are you hoping to earn?", "salary-expectations"),
            (
                "When did a customer last lose their temper at you?",
                "difficult-customer",
            ),
        ],
    )
    def test_paraphrase_sharing_few_words_resolves(
        self, catalog: ik.Catalog, text: str, expected: str
    ) -> None:
        """A paraphrase with little wording in common still resolves to its question."""
        resolved = catalog.resolve(text)

        assert expected == (resolved.id if resolved else None)

    def test_rare_concept_outweighs_common_one(self, catalog: ik.Catalog) -> None:
        """A question-specific concept beats one that many questions share."""
        best = _best(catalog, "Describe a difficult situation with a client.")

        assert "difficult-customer" == best.question.id

    @pytest.mark.parametrize(
        "text",
        [
            "Can I get you a glass of water before we start?",
            "Sorry, my camera keeps freezing.",
            "Our office closes early on Fridays.",
            "My manager is running a few minutes late today.",
            "The salary survey went out to everyone this morning.",
        ],
    )
    def test_small_talk_stays_below_threshold(
        self, catalog: ik.Catalog, text: str
    ) -> None:
        """Small talk, even with interview words in it, resolves to nothing."""
        assert None is catalog.resolve(text)

    @pytest.mark.parametrize("text", ["", "   ", "?!", "...", "- / -", "the a an"])
    def test_empty_or_punctuation_only_gives_nothing(
        self, catalog: ik.Catalog, text: str
    ) -> None:
        """Text with no words to match gives an empty result."""
        assert () == catalog.match(text)

    def test_scores_bounded_and_sorted(self, catalog: ik.Catalog) -> None:
        """Every score is in [0, 1] and the best comes first."""
        ranked = _matching.QuestionIndex(catalog.questions).rank(
            "Tell me about your boss, your team and why you want to leave."
        )
        scores = [score for _, score in ranked]

        assert len(ranked) > 3
        assert sorted(scores, reverse=True) == scores
        assert all(0 <= score <= 1 for score in scores)

    def test_deterministic(self, catalog: ik.Catalog) -> None:
        """Two indexes over the same questions rank any text identically."""
        text = "What would your last manager say you should work on?"
        first = _matching.QuestionIndex(catalog.questions).rank(text)
        second = _matching.QuestionIndex(reversed(catalog.questions)).rank(text)

        assert first == second

    def test_exact_question_text_scores_high(self, catalog: ik.Catalog) -> None:
        """A question's own wording resolves to it with a confident score."""
        for question in catalog.questions:
            best = _best(catalog, question.text)

            assert question.id == best.question.id
            assert best.score >= MATCH_THRESHOLD

    def test_works_for_other_packs(self) -> None:
        """An index over a pack's own questions ranks them too."""
        questions = [
            ik.Question(
                id="why-nursing", text="Why did you choose nursing?", topic="x"
            ),
            ik.Question(
                id="night-shifts",
                text="How do you feel about night shifts?",
                topic="x",
                keywords=("overnight", "nights"),
            ),
        ]
        index = _matching.QuestionIndex(questions)

        assert "night-shifts" == index.rank("Are you okay working overnight?")[0][0]
