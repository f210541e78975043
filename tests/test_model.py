"""Model objects: immutable, hashable, picklable, keyword-only; enums ordered."""

from __future__ import annotations

import pickle

import attrs
import pytest

import interviewkit as ik


def make_rule(**changes: object) -> ik.RedFlag:
    fields: dict[str, object] = {
        "id": "boss-insult",
        "category": "negativity",
        "severity": "serious",
        "patterns": ["my {boss} is an idiot"],
        "message": "It makes the interviewer wonder what you will say about them.",
        "reframes": ["I'm looking for a manager who coaches."],
        "examples": ["my boss is an idiot", "my manager is an idiot"],
        "near_misses": ["my boss is a mentor"],
    }
    fields.update(changes)
    return ik.RedFlag(**fields)  # type: ignore[arg-type]


def make_question() -> ik.Question:
    return ik.Question(
        id="why-leave",
        text="Why leave?",
        topic="motivation",
        aliases=["What made you look?"],
        sample_answers=[
            ik.SampleAnswer(
                id="s1", text="I want to grow.", persona="nurse", framework="f"
            )
        ],
        tips=[ik.Tip(text="Stay positive.", kind="do")],
        avoid=[ik.AvoidExample(text="my boss is an idiot", rule="boss-insult")],
    )


@pytest.mark.parametrize(
    "factory", [make_rule, make_question], ids=["rule", "question"]
)
class TestValueSemantics:
    def test_frozen(self, factory: object) -> None:
        """Model objects cannot be changed after construction."""
        obj = factory()  # type: ignore[operator]

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            obj.id = "other"

    def test_hashable_and_equal_by_value(self, factory: object) -> None:
        """Two objects built from the same values are equal and hash alike."""
        assert factory() == factory()  # type: ignore[operator]
        assert hash(factory()) == hash(factory())  # type: ignore[operator]

    def test_pickles(self, factory: object) -> None:
        """Objects survive a pickle round trip unchanged."""
        obj = factory()  # type: ignore[operator]

        assert obj == pickle.loads(pickle.dumps(obj))


def test_collections_become_tuples() -> None:
    """Lists passed to a constructor are stored as tuples."""
    q = make_question()

    assert isinstance(q.aliases, tuple)
    assert isinstance(q.sample_answers, tuple)
    assert isinstance(make_rule().patterns, tuple)


def test_single_string_is_not_split_into_characters() -> None:
    """Passing one string where a list belongs is an error, not a list of letters."""
    with pytest.raises(TypeError, match="wrap it in a list"):
        make_rule(patterns="my boss is an idiot")


def test_constructors_are_keyword_only() -> None:
    """Positional arguments are refused, so fields can be added later safely."""
    with pytest.raises(TypeError):
        ik.Tip("Stay positive.", "do")  # type: ignore[misc]


class TestSeverity:
    def test_ordered(self) -> None:
        """Mild ranks below moderate, which ranks below serious."""
        assert ik.Severity.MILD < ik.Severity.MODERATE < ik.Severity.SERIOUS

    @pytest.mark.parametrize(
        "value", ["serious", "SERIOUS", " Serious ", 3, ik.Severity.SERIOUS]
    )
    def test_parse(self, value: object) -> None:
        """Names in any case, numbers and members all parse."""
        assert ik.Severity.SERIOUS == ik.Severity.parse(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", ["hi", 0, True, None])
    def test_parse_rejects(self, value: object) -> None:
        """Anything else is a ValueError listing the choices."""
        with pytest.raises(ValueError, match="mild, moderate, serious"):
            ik.Severity.parse(value)  # type: ignore[arg-type]


def test_category_values_are_the_contract() -> None:
    """The 14 categories carry the values outside code relies on."""
    expected = {
        "negativity",
        "escape",
        "stagnation",
        "money",
        "fast-track",
        "short-tenure",
        "threat",
        "off-track",
        "unprepared",
        "oversharing",
        "cliche",
        "hedging",
        "entitlement",
        "blame",
    }

    assert expected == {c.value for c in ik.Category}


class TestRuleScope:
    def test_unscoped_rule_applies_everywhere(self) -> None:
        """A rule with no scope is on for every question and for none."""
        rule = make_rule()

        assert rule.applies_to(None)
        assert rule.applies_to("why-leave")

    def test_only_questions(self) -> None:
        """only_questions limits the rule to those questions."""
        rule = make_rule(only_questions=["greatest-weakness"])

        assert rule.applies_to("greatest-weakness")
        assert not rule.applies_to(None)
        assert not rule.applies_to("why-leave")

    def test_except_questions(self) -> None:
        """except_questions turns the rule off for those questions."""
        rule = make_rule(except_questions=["salary-expectations"])

        assert not rule.applies_to("salary-expectations")
        assert rule.applies_to(None)


def test_answer_length_is_checked() -> None:
    """A length range must be positive and ordered."""
    with pytest.raises(ValueError, match="min_words <= max_words"):
        ik.AnswerLength(min_words=200, max_words=100)


def test_framework_step_lookup() -> None:
    """Framework.step finds a step by id and names the known ids otherwise."""
    step = ik.FrameworkStep(
        id="situation", title="Situation", guidance="Set the scene."
    )
    fw = ik.Framework(id="star", name="STAR", summary="Tell a story.", steps=[step])

    assert step == fw.step("situation")
    with pytest.raises(KeyError, match="situation"):
        fw.step("ending")
