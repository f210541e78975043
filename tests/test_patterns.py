"""The pattern language: what parses, what is rejected, and how words match."""

from __future__ import annotations

import re

import pytest

from interviewkit import _patterns
from interviewkit._patterns import Contraction, Gap, Group, PatternError, Slot, Word


class TestParse:
    def test_words_slots_groups_and_gaps(self) -> None:
        """Each kind of item parses into its own type."""
        items = _patterns.parse("=pay stagnat* {boss} (a|b c)? ~2 end", {"boss"})

        assert (
            Word("pay", "exact"),
            Word("stagnat", "prefix"),
            Slot("boss"),
            Group(((Word("a"),), (Word("b"), Word("c"))), optional=True),
            Gap(2),
            Word("end"),
        ) == items

    def test_long_form_becomes_contraction(self) -> None:
        """Writing "i am" or "i'm" gives the same item."""
        assert _patterns.parse("i am bored") == _patterns.parse("I’m bored")
        assert isinstance(_patterns.parse("do not")[0], Contraction)

    @pytest.mark.parametrize(
        ("pattern", "message"),
        [
            ("", "empty"),
            ("my boss.*", "not a word"),
            ("(a|(b))", "nested"),
            ("(a|b", "never closed"),
            ("a ~9 b", "~1 to ~5"),
            ("~2 b", "start or end"),
            ("a ~1 b ~1 c ~1 d", "at most 2"),
            ("{nope}", "unknown slot"),
            ("a? b?", "not optional"),
            ("ab*", "at least 3"),
            ("(a|)", "empty alternative"),
            ("(a ~2 b)", "only words and slots"),
        ],
    )
    def test_rejects_shapes_outside_the_language(
        self, pattern: str, message: str
    ) -> None:
        """Anything outside the small, linear-time language is a PatternError."""
        with pytest.raises(PatternError, match=re.escape(message)):
            _patterns.parse(pattern, {"boss"})

    def test_lexicon_entries_cannot_use_slots_or_gaps(self) -> None:
        """Lexicon entries are plain phrases."""
        with pytest.raises(PatternError, match="cannot use slots"):
            _patterns.parse("{boss}", {"boss"}, in_lexicon=True)
        with pytest.raises(PatternError, match="cannot use gaps"):
            _patterns.parse("a ~1 b", in_lexicon=True)


class TestInflections:
    @pytest.mark.parametrize(
        ("word", "forms"),
        [
            ("hate", {"hate", "hated", "hates", "hating"}),
            ("boss", {"boss", "bosses", "bossed", "bossing"}),
            ("worry", {"worried", "worries"}),
            ("stop", {"stopped", "stopping"}),
            ("my", {"my"}),
        ],
    )
    def test_regular_forms(self, word: str, forms: set[str]) -> None:
        """Regular English inflections are generated; short words stay exact."""
        assert forms <= set(_patterns.inflections(word))
