"""
Hypothesis strategies and word lists shared by the property tests.

Strategies that need the packaged content read it when they are first drawn
from (through `hypothesis.strategies.deferred`), never at import time, so that
collecting the tests works even while the packaged catalog cannot load.
"""

from __future__ import annotations

import functools
import re

from hypothesis import settings
from hypothesis import strategies as st

import interviewkit as ik

__all__ = [
    "MODEST",
    "NEGATORS",
    "SPECIAL_STRINGS",
    "answers",
    "catalog_phrases",
    "catalog_words",
    "lexicon_text",
    "neutral_sentences",
    "neutral_words",
    "question_texts",
    "weird_text",
]

# A quarter of the active profile's examples (25 by default, 50 under CI): every
# other setting, deadline=None included, comes from the profile in conftest.py.
MODEST = settings(max_examples=max(10, settings.default.max_examples // 4))

_TOKEN = re.compile(r"[a-z][a-z']*")
_SLOT = re.compile(r"\{[^{}]*\}")

# Strings that have broken text tools before: emoji sequences, right-to-left text,
# combining marks, characters whose lower case is longer ("İ") or depends on
# context ("Σ"), ligatures, zero-width and bidi controls, a BOM, NUL, lone
# surrogates (valid in a Python str, never in a TOML file), line and paragraph
# separators, curly apostrophes and the ellipsis character.
SPECIAL_STRINGS = (
    "\U0001f469\u200d\U0001f4bb",
    "\U0001f642",
    "\U0001f1fa\U0001f1f8",
    "\u0645\u062f\u06cc\u0631 \u0645\u0646 \u0627\u062d\u0645\u0642 \u0627\u0633\u062a",
    "\u05d4\u05de\u05e0\u05d4\u05dc \u05e9\u05dc\u05d9",
    "e\u0301",
    "bo\u0308ss",
    "\u0130stanbul",
    "\u0130",
    "\u03a3",
    "\u1e9e",
    "\ufb03",
    "\u0345",
    "\u01c5",
    "\u200b",
    "\u200d",
    "\u200f",
    "\u202e",
    "\ufeff",
    "\x00",
    "\x7f",
    "\r\n",
    "\u2028",
    "\u2029",
    "\ud800",
    "\udfff",
    "\udc80boss",
    "\u2019",
    "\u2018",
    "\u2026",
    "\u00a0",
    "\t",
    "..",
    "'",
)

NEGATORS = ("not", "never", "don't", "I'd never", "without", "rather than", "but")

# Candidate filler words; `neutral_words` drops any that a pattern could match.
_NEUTRAL_CANDIDATES = (
    "zebra",
    "quartz",
    "pebble",
    "nutmeg",
    "violin",
    "harbour",
    "meadow",
    "lantern",
    "saffron",
    "glacier",
    "walnut",
    "origami",
    "tulip",
    "marble",
    "kettle",
    "compass",
    "velvet",
    "orchid",
    "canyon",
    "pumpkin",
    "sparrow",
    "turquoise",
    "almond",
    "biscuit",
    "cobalt",
    "dolphin",
    "falcon",
    "granite",
    "hazel",
    "igloo",
    "juniper",
    "kiwi",
    "lagoon",
    "mango",
    "nectar",
    "olive",
    "parsley",
    "quill",
    "raven",
    "sesame",
    "thistle",
    "umbrella",
    "vanilla",
    "willow",
    "yarrow",
    "zinnia",
    "badger",
    "cactus",
    "dahlia",
    "ferret",
    "gecko",
    "heron",
    "ibis",
    "jackal",
    "koala",
    "lemur",
    "magpie",
    "narwhal",
    "ocelot",
    "puffin",
    "quokka",
    "rhubarb",
    "salmon",
    "tapir",
    "urchin",
    "vole",
)


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(_SLOT.sub(" ", text.lower().replace("\u2019", "'"))))


@functools.cache
def catalog_words() -> tuple[str, ...]:
    """
    Return every word used by the packaged lexicon and red-flag patterns, sorted.
    """
    cat = ik.default_catalog()
    words: set[str] = set()
    for _, entries in cat.lexicon:
        for entry in entries:
            words |= _tokens(entry)
    for rule in cat.red_flags:
        for pattern in rule.patterns:
            words |= _tokens(pattern)
    return tuple(sorted(words))


@functools.cache
def catalog_phrases() -> tuple[str, ...]:
    """
    Return whole lexicon entries and red-flag examples: text that often matches.
    """
    cat = ik.default_catalog()
    phrases = {entry for _, entries in cat.lexicon for entry in entries}
    for rule in cat.red_flags:
        phrases.update(rule.examples)
        phrases.update(rule.near_misses)
    return tuple(sorted(phrases))


@functools.cache
def neutral_words() -> tuple[str, ...]:
    """
    Return filler words that no packaged pattern can match, not even inflected.

    A word is left out if it equals a pattern or lexicon word, or starts with
    such a word of three or more letters minus its last letter (which covers
    inflections like "stagnate" -> "stagnating" and prefixes like ``stagnat*``).
    """
    vocabulary = set(catalog_words())
    stems = {w[:-1] for w in vocabulary if len(w) >= 3}
    kept = tuple(
        w
        for w in _NEUTRAL_CANDIDATES
        if w not in vocabulary and not any(w.startswith(s) for s in stems)
    )
    if len(kept) < 5:
        msg = f"too few neutral words left after filtering: {kept}"
        raise AssertionError(msg)
    return kept


def _question_texts() -> st.SearchStrategy[str]:
    cat = ik.default_catalog()
    texts = sorted({t for q in cat.questions for t in (q.text, *q.aliases)})
    return st.sampled_from(texts)


def question_texts() -> st.SearchStrategy[str]:
    """
    Free-text phrasings of packaged questions (texts and aliases).
    """
    return st.deferred(_question_texts)


def weird_text(max_size: int = 60) -> st.SearchStrategy[str]:
    """
    Any Python str, control characters and lone surrogates included.

    Pieces of arbitrary Unicode alternate with the strings in `SPECIAL_STRINGS`.
    """
    chars = st.one_of(
        st.characters(exclude_categories=()),
        st.characters(categories=["Cs"]),
        st.characters(categories=["Cc", "Cf", "Mn", "Zl", "Zp"]),
    )
    pieces = st.one_of(
        st.text(chars, max_size=8),
        st.sampled_from(SPECIAL_STRINGS),
    )
    return st.lists(pieces, max_size=max(1, max_size // 4)).map("".join)


_SEPARATORS = (
    " ",
    "  ",
    ", ",
    " - ",
    "-",
    " \u2014 ",
    "... ",
    "\u2026 ",
    ". ",
    "! ",
    "? ",
    "; ",
    "\n",
    " (",
    ") ",
    '"',
    "'s ",
    "\u2019s ",
)


def _case(draw: st.DrawFn, text: str) -> str:
    style = draw(st.sampled_from(("lower", "lower", "upper", "title", "capitalize")))
    text = getattr(text, style)()
    if draw(st.booleans()):
        text = text.replace("'", "\u2019")
    return text


@st.composite
def _lexicon_text(draw: st.DrawFn, max_chunks: int) -> str:
    words = catalog_words()
    phrases = catalog_phrases()
    chunk = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words),
        st.sampled_from(phrases),
        st.sampled_from(NEGATORS),
        st.sampled_from(neutral_words()),
        st.sampled_from(SPECIAL_STRINGS),
    )
    chunks = draw(st.lists(chunk, min_size=1, max_size=max_chunks))
    out = []
    for i, text in enumerate(chunks):
        if i:
            out.append(draw(st.sampled_from(_SEPARATORS)))
        out.append(_case(draw, text))
    return "".join(out)


def lexicon_text(max_chunks: int = 30) -> st.SearchStrategy[str]:
    """
    Text made mostly of the words in packaged lexicon entries and patterns.

    Whole lexicon entries and rule examples are mixed in, joined by the
    separators people type, in mixed case, with negations and odd characters.
    """
    return st.deferred(lambda: _lexicon_text(max_chunks))


def answers(max_size: int = 200) -> st.SearchStrategy[str]:
    """
    Any answer: arbitrary Unicode, lexicon-heavy text, or both spliced together.
    """
    weird = weird_text(max_size // 2)
    lexical = lexicon_text()
    return st.one_of(
        weird,
        lexical,
        st.lists(st.one_of(weird, lexical), min_size=2, max_size=4).map("".join),
    )


@st.composite
def _neutral_sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(neutral_words()), min_size=1, max_size=8))
    sentence = " ".join(words)
    if draw(st.booleans()):
        sentence = sentence.capitalize()
    return sentence


def neutral_sentences() -> st.SearchStrategy[str]:
    """
    A sentence of filler words that no packaged pattern can match.
    """
    return st.deferred(_neutral_sentence)
