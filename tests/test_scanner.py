"""The compiled matcher: tolerance for real speech, offsets, negation, linearity."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


# Words that share a slot but not every other list get symbols of their own, so
# the slot after "the" below stands for more next words than fit a short list.
WIDE = _scanner.Matcher(
    [
        ("verdict", ["the {boss} is a {insult}", "our {boss} is a {insult}"]),
        ("praise", ["the manager helped", "my team lead helped"]),
        ("ranks", ["higher ups decided", "boss level"]),
    ],
    _scanner.parse_lexicon(
        [
            ("boss", ["boss", "manager", "team lead", "higher ups", "supervisor"]),
            ("insult", ["joke", "clown", "disgrace"]),
        ]
    ),
)


@pytest.mark.parametrize("boss", ["boss", "manager", "team lead", "higher ups"])
@pytest.mark.parametrize("first", ["the", "our"])
def test_a_long_list_after_the_first_word_matches_every_entry(
    first: str, boss: str
) -> None:
    """Every word of a slot that follows the first word is still matched."""
    text = f"Honestly {first} {boss} is a joke."
    hits = WIDE.scan(_text.normalise(text))

    assert [("verdict", f"{first} {boss} is a joke")] == [
        (h.label, text[h.start : h.end]) for h in hits
    ]


@pytest.mark.parametrize(
    "text", ["the owner is a joke", "the boss is a star", "the manager helped out"]
)
def test_a_long_list_after_the_first_word_needs_the_rest(text: str) -> None:
    """A word off the list, or a different ending, is not the verdict."""
    labels = [h.label for h in WIDE.scan(_text.normalise(text))]

    assert "verdict" not in labels


@given(st.sets(st.integers(0, 300), min_size=1), st.integers(0, 301))
def test_a_class_of_symbols_matches_exactly_its_members(
    numbers: set[int], probe: int
) -> None:
    """Runs of symbols are written as ranges; the class still means the same set."""
    symbols = sorted(_scanner._symbol(n) for n in numbers)

    matched = re.fullmatch(_scanner._cls(symbols), _scanner._symbol(probe))

    assert (matched is not None) == (probe in numbers)
