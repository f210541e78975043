"""find_red_flags and suggest_reframes on the packaged rules."""

from __future__ import annotations

import pathlib
import tomllib

import pytest

import interviewkit as ik


def categories(answer: str, question: str | None = None) -> set[str]:
    return {f.category.value for f in ik.find_red_flags(answer, question)}


@pytest.mark.parametrize(
    ("answer", "category"),
    [
        ("Honestly my supervisor there is a complete idiot.", "negativity"),
        ("I just really need to get out of that place asap.", "escape"),
        ("The main reason is the money, you guys pay way more.", "money"),
        ("I'd like to be running the whole team within a year.", "fast-track"),
        (
            "This would be a good stepping stone before I go off on my own.",
            "short-tenure",
        ),
        ("In five years I'd like to be sitting in your chair.", "threat"),
        ("Long term my real dream is to become a novelist.", "off-track"),
        ("So what does your company actually do?", "unprepared"),
        ("It's five minutes from my apartment so the commute is easy.", "oversharing"),
        ("Um, I guess I'm kind of good with people?", "hedging"),
        ("They never appreciated everything I did there.", "entitlement"),
        ("It wasn't my fault, the team dropped the ball.", "blame"),
        (
            "I've been doing the same thing for years and I'm bored out of my mind.",
            "stagnation",
        ),
    ],
)
def test_flags_the_phrasings_the_articles_warn_against(
    answer: str, category: str
) -> None:
    """Each kind of warned-against statement is flagged with its category."""
    assert category in categories(answer, "why-leave")


def test_cliche_weakness_counts_for_the_weakness_question() -> None:
    """Being a perfectionist is a cliche as a weakness, not as a strength."""
    answer = "My biggest weakness is that I'm a perfectionist."

    assert "cliche" in categories(answer, "greatest-weakness")
    assert "cliche" not in categories(answer, "greatest-strength")


def test_salary_talk_is_expected_when_asked() -> None:
    """Naming pay is a red flag as a motive, and the answer to a salary question."""
    answer = "I'm looking for a salary of around 85k, and the pay is the main draw."

    assert "money" in categories(answer, "why-leave")
    assert "money" not in categories(answer, "salary-expectations")


def test_question_text_is_matched() -> None:
    """A bot can pass the interviewer's words instead of an id."""
    answer = "The pay is the main draw for me."

    assert "money" not in categories(answer, "So, what are your salary expectations?")


@pytest.mark.parametrize(
    "answer",
    [
        "I'd never badmouth a former manager; she taught me a lot.",
        "My manager was a fantastic mentor and I'm grateful to her.",
        "I cut our supply costs by 12 percent, which saved the clinic money.",
        "I'm excited to grow into a leadership role over the next few years.",
        "",
        "   \n\t ",
    ],
)
def test_clean_answers_stay_clean(answer: str) -> None:
    """Praise, negated statements, business money talk and growth talk are fine."""
    assert () == ik.find_red_flags(answer, "why-leave", min_severity="moderate")


def test_starting_to_stagnate_is_mild_with_a_reframe() -> None:
    """The one phrase a reviewer only asked to tweak is flagged mildly."""
    reframes = ik.suggest_reframes(
        "Lately I feel like I'm starting to stagnate.", "why-leave"
    )

    assert [ik.Severity.MILD] == [r.finding.severity for r in reframes]
    assert reframes[0].suggestions


def test_severity_ranks_real_red_flags_above_tweaks() -> None:
    """Insulting a boss ranks above a mild phrasing to tweak."""
    boss = ik.find_red_flags("My boss is an idiot.")[0]
    stagnate = ik.find_red_flags("I'm starting to stagnate.")[0]

    assert boss.severity > stagnate.severity


def test_offsets_point_into_the_original_string() -> None:
    """answer[start:end] is the matched text, whatever the casing and apostrophes."""
    answer = "Well…  MY BOSS is an IDIOT, and I CAN’T STAND my manager."
    findings = ik.find_red_flags(answer)

    assert findings
    assert all(answer[f.start : f.end] == f.text for f in findings)
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_min_severity_filters() -> None:
    """min_severity leaves out milder findings."""
    answer = "Um, my boss is an idiot."

    assert {"hedging", "negativity"} <= categories(answer)
    assert {"negativity"} == {
        f.category.value for f in ik.find_red_flags(answer, min_severity="serious")
    }


def test_finding_fields() -> None:
    """A finding exposes its rule's category, severity and one-sentence message."""
    f = ik.find_red_flags("My boss is an idiot.")[0]

    assert f.rule.category == f.category
    assert f.rule.severity == f.severity
    assert f.message.endswith(".")
    assert {"start", "end", "text", "rule", "category", "severity", "message"} == set(
        f.to_dict()
    )


def test_reframes_follow_findings() -> None:
    """suggest_reframes gives one reframe per finding, in order, with a rationale."""
    answer = "I hate my job and I just need to get out."
    findings = ik.find_red_flags(answer)
    reframes = ik.suggest_reframes(answer)

    assert list(findings) == [r.finding for r in reframes]
    assert all(r.suggestions and r.rationale for r in reframes)


@pytest.mark.parametrize(
    "bad", [b"my boss is an idiot", bytearray(b"x"), None, 42, ["a"]]
)
def test_non_str_answer_is_a_type_error(bad: object) -> None:
    """Anything but str raises TypeError saying what to pass."""
    match = "decode" if isinstance(bad, bytes | bytearray) else "must be str"
    with pytest.raises(TypeError, match=match):
        ik.find_red_flags(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "answer",
    [
        "Honestly, I loved that job and I'd still be there if the site hadn't closed.",
        "Um, the one I'm proudest of is the stock system I rebuilt last spring.",
        "To be honest the quiet Tuesdays are harder for me than a full Friday.",
    ],
)
def test_a_lone_hedge_is_ordinary_speech(answer: str) -> None:
    """One "um" or "honestly" in an otherwise sound answer is not reported."""
    assert () == ik.find_red_flags(answer, "pressure")


def test_hedges_count_beside_other_hedges_or_red_flags() -> None:
    """The same hedge is reported once the answer holds another finding."""
    alone = "Honestly, the night shifts taught me the most."
    with_flag = "Honestly my boss is an idiot."
    stacked = "Um, honestly, I'm not sure, I guess I'm kind of organised?"

    assert "hedging" not in categories(alone)
    assert {"hedging", "negativity"} <= categories(with_flag)
    assert len([f for f in ik.find_red_flags(stacked) if f.category == "hedging"]) >= 2


def test_raising_the_floor_only_removes_findings() -> None:
    """Findings at a higher floor are a subset of those at the mildest."""
    answer = "Honestly, um, my manager there was kind of a joke."
    mild = set(ik.find_red_flags(answer))
    moderate = set(ik.find_red_flags(answer, min_severity="moderate"))

    assert moderate <= mild
    assert any(f.category == "hedging" for f in mild)


def _plain_phrasings() -> list[tuple[str, str, str]]:
    path = pathlib.Path(__file__).with_name("plain_red_flags.toml")
    entries = tomllib.loads(path.read_text(encoding="utf-8"))["phrasings"]
    return [(e["text"], e["question"], e["category"]) for e in entries]


@pytest.mark.parametrize(("answer", "question", "category"), _plain_phrasings())
def test_plain_phrasing_is_found(answer: str, question: str, category: str) -> None:
    """The textbook way of saying each red flag is found with its category."""
    assert category in categories(answer, question)
