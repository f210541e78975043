"""
The pattern language that content authors write, parsed into items.

A pattern is a few words with slots, groups, optional items and bounded gaps
(``docs/content-format.md``). Only shapes that cannot backtrack badly can be
written, so a compiled pattern runs in time linear in the text it scans;
`interviewkit._scanner` does the compiling.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

import attrs

__all__ = [
    "MAX_GAP",
    "MAX_GAPS",
    "Contraction",
    "Gap",
    "Group",
    "Item",
    "PatternError",
    "Slot",
    "Word",
    "inflections",
    "parse",
    "spellings",
    "vocabulary",
    "word_forms",
]

MAX_GAP = 5
MAX_GAPS = 2


_WORD_RE = re.compile(r"=?[a-z0-9']+\*?\??\Z")
_SLOT_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}(\?)?\Z")
_GAP_RE = re.compile(r"~([0-9]+)\Z")

_VOWELS = frozenset("aeiou")


class PatternError(ValueError):
    """
    A pattern is not in the pattern language; the message says why.
    """


@attrs.frozen
class Word:
    """
    A literal word: ``mode`` is ``"inflect"``, ``"exact"`` or ``"prefix"``.
    """

    text: str
    mode: str = "inflect"
    optional: bool = False


@attrs.frozen(cache_hash=True)
class Contraction:
    """
    A contraction and its long forms, matched both ways (``i'm`` / ``i am``).
    """

    short: str
    longs: tuple[tuple[str, ...], ...]
    optional: bool = False


@attrs.frozen(cache_hash=True)
class Slot:
    """
    A reference to a lexicon list.
    """

    name: str
    optional: bool = False


@attrs.frozen(cache_hash=True)
class Group:
    """
    One of several word sequences.
    """

    alternatives: tuple[tuple[Item, ...], ...]
    optional: bool = False


@attrs.frozen
class Gap:
    """
    Up to ``size`` arbitrary words.
    """

    size: int
    optional: bool = False


Item = Word | Contraction | Slot | Group | Gap

# Contracted forms and what they stand for. Where the apostrophe-less spelling is
# a different common word ("we'll"/"well", "i'll"/"ill"), it is not accepted.
_CONTRACTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "i'm": (("i", "am"),),
    "i've": (("i", "have"),),
    "i'd": (("i", "would"), ("i", "had")),
    "i'll": (("i", "will"),),
    "you're": (("you", "are"),),
    "you've": (("you", "have"),),
    "we're": (("we", "are"),),
    "we've": (("we", "have"),),
    "we'll": (("we", "will"),),
    "they're": (("they", "are"),),
    "they've": (("they", "have"),),
    "it's": (("it", "is"), ("it", "has")),
    "that's": (("that", "is"),),
    "there's": (("there", "is"),),
    "what's": (("what", "is"),),
    "he's": (("he", "is"),),
    "she's": (("she", "is"),),
    "don't": (("do", "not"),),
    "doesn't": (("does", "not"),),
    "didn't": (("did", "not"),),
    "can't": (("cannot",), ("can", "not")),
    "won't": (("will", "not"),),
    "wouldn't": (("would", "not"),),
    "couldn't": (("could", "not"),),
    "shouldn't": (("should", "not"),),
    "isn't": (("is", "not"),),
    "wasn't": (("was", "not"),),
    "aren't": (("are", "not"),),
    "weren't": (("were", "not"),),
    "haven't": (("have", "not"),),
    "hasn't": (("has", "not"),),
    "hadn't": (("had", "not"),),
    "ain't": (("am", "not"), ("is", "not")),
}
_APOSTROPHE_REQUIRED = frozenset(
    {"i'll", "we'll", "we're", "i'd", "he's", "she's", "we've", "it's"}
)
# "ain't" is matched when written, but "is not" stands for "isn't".
_EXPANSIONS: dict[tuple[str, ...], str] = {
    long: short
    for short, longs in _CONTRACTIONS.items()
    if short != "ain't"
    for long in longs
}


def parse(
    pattern: str, slots: Iterable[str] = (), *, in_lexicon: bool = False
) -> tuple[Item, ...]:
    """
    Parse *pattern* into items.

    Args:
        pattern: The pattern text.
        slots: The lexicon slot names that may be used.
        in_lexicon: Parse a lexicon entry, where slots and gaps are not allowed.

    Raises:
        PatternError: The pattern is not in the pattern language.
    """
    return _parse(pattern, frozenset(slots), in_lexicon)


@functools.cache
def _parse(pattern: str, known: frozenset[str], in_lexicon: bool) -> tuple[Item, ...]:
    # Cached: the loader validates every pattern and the scanner compiles it.
    text = pattern.strip().lower().replace("\u2019", "'").replace("\u2018", "'")
    if not text:
        msg = "a pattern cannot be empty"
        raise PatternError(msg)
    items: list[Item] = []
    for token in _split(text):
        items.append(_parse_token(token, known, in_lexicon=in_lexicon))
    _check_shape(items)
    return _merge_contractions(items)


def _split(text: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "(":
            close = text.find(")", i)
            if close < 0:
                msg = "a group opened with '(' is never closed with ')'"
                raise PatternError(msg)
            end = close + 1
            if end < len(text) and text[end] == "?":
                end += 1
            tokens.append(text[i:end])
            i = end
        else:
            end = i
            while end < len(text) and not text[end].isspace() and text[end] != "(":
                end += 1
            tokens.append(text[i:end])
            i = end
    return tokens


def _parse_token(token: str, known: frozenset[str], *, in_lexicon: bool) -> Item:
    if token.startswith("("):
        optional = token.endswith("?")
        body = token[1 : -2 if optional else -1]
        if "(" in body:
            msg = f"groups cannot be nested: {token!r}"
            raise PatternError(msg)
        alternatives = []
        for alt in body.split("|"):
            words = alt.split()
            if not words:
                msg = (
                    f"empty alternative in {token!r}; use '?' to make a group optional"
                )
                raise PatternError(msg)
            seq = [_parse_token(w, known, in_lexicon=in_lexicon) for w in words]
            for it in seq:
                if isinstance(it, Gap | Group) or it.optional:
                    msg = f"only words and slots may stand inside a group: {token!r}"
                    raise PatternError(msg)
            alternatives.append(_merge_contractions(seq))
        return Group(tuple(alternatives), optional)
    if m := _SLOT_RE.match(token):
        if in_lexicon:
            msg = f"lexicon entries cannot use slots: {token!r}"
            raise PatternError(msg)
        if m[1] not in known:
            msg = f"unknown slot {{{m[1]}}}; define it in a lexicon file"
            raise PatternError(msg)
        return Slot(m[1], bool(m[2]))
    if m := _GAP_RE.match(token):
        if in_lexicon:
            msg = f"lexicon entries cannot use gaps: {token!r}"
            raise PatternError(msg)
        size = int(m[1])
        if not 1 <= size <= MAX_GAP:
            msg = f"a gap is ~1 to ~{MAX_GAP} words; got {token!r}"
            raise PatternError(msg)
        return Gap(size)
    if _WORD_RE.match(token):
        optional = token.endswith("?")
        word = token.rstrip("?")
        mode = "inflect"
        if word.startswith("="):
            mode, word = "exact", word[1:]
        elif word.endswith("*"):
            mode, word = "prefix", word[:-1]
        word = word.strip("'")
        if not word or ("*" in word) or ("=" in word):
            msg = f"not a word: {token!r}"
            raise PatternError(msg)
        if mode == "prefix" and len(word) < 3:
            msg = f"a prefix needs at least 3 letters: {token!r}"
            raise PatternError(msg)
        if word in _CONTRACTIONS and mode != "prefix":
            return Contraction(word, _CONTRACTIONS[word], optional)
        return Word(word, mode, optional)
    msg = (
        f"{token!r} is not a word, {{slot}}, (group), or ~N gap; "
        "regular-expression syntax and punctuation are not allowed"
    )
    raise PatternError(msg)


def _check_shape(items: Sequence[Item]) -> None:
    gaps = [i for i, it in enumerate(items) if isinstance(it, Gap)]
    if len(gaps) > MAX_GAPS:
        msg = f"at most {MAX_GAPS} ~N gaps may stand in one pattern"
        raise PatternError(msg)
    if gaps and (gaps[0] == 0 or gaps[-1] == len(items) - 1):
        msg = "a pattern cannot start or end with a ~N gap"
        raise PatternError(msg)
    if any(isinstance(a, Gap) and isinstance(b, Gap) for a, b in pairwise(items)):
        msg = "two ~N gaps cannot stand next to each other; use one larger gap"
        raise PatternError(msg)
    if all(it.optional for it in items if not isinstance(it, Gap)):
        msg = "a pattern needs at least one item that is not optional"
        raise PatternError(msg)


def _merge_contractions(items: Sequence[Item]) -> tuple[Item, ...]:
    """
    Turn a long form written out as words ("i am") into the contraction item.
    """
    out: list[Item] = []
    i = 0
    while i < len(items):
        merged = False
        for width in (2, 1):
            chunk = items[i : i + width]
            if len(chunk) == width and all(
                isinstance(w, Word) and w.mode != "prefix" and not w.optional
                for w in chunk
            ):
                key = tuple(w.text for w in chunk if isinstance(w, Word))
                short = _EXPANSIONS.get(key)
                if width == 2 and short is not None and _negation_follows(items, i + 1):
                    # "that is not": the "is not" pair wins, so that the
                    # pattern also matches "that isn't".
                    short = None
                if short is not None and key != (short,):
                    out.append(Contraction(short, _CONTRACTIONS[short]))
                    i += width
                    merged = True
                    break
        if not merged:
            out.append(items[i])
            i += 1
    return tuple(out)


def _negation_follows(items: Sequence[Item], i: int) -> bool:
    pair = items[i : i + 2]
    return (
        len(pair) == 2
        and all(
            isinstance(w, Word) and w.mode == "inflect" and not w.optional for w in pair
        )
        and isinstance(pair[1], Word)
        and pair[1].text == "not"
        and isinstance(pair[0], Word)
        and (pair[0].text, "not") in _EXPANSIONS
    )


# -- word forms ----------------------------------------------------------------


@functools.cache
def inflections(word: str) -> tuple[str, ...]:
    """
    Return *word* and its regular English inflections.

    >>> inflections("stagnate")
    ('stagnate', 'stagnated', 'stagnates', 'stagnating')
    """
    if len(word) < 3 or not word.isalpha():
        return (word,)
    forms = {word, word + "s", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms -= {word + "ed", word + "ing"}
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if (
        len(word) <= 4
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return tuple(sorted(forms))


def word_forms(word: Word) -> tuple[str, ...]:
    """
    Return the surface forms a non-prefix word item matches.
    """
    if word.mode == "inflect":
        return inflections(word.text)
    return (word.text,)


def spellings(item: Contraction) -> list[tuple[str, ...]]:
    """
    Return each spelling of a contraction as words ("i'm", "im", "i am").
    """
    variants: list[tuple[str, ...]] = [(item.short,)]
    if item.short not in _APOSTROPHE_REQUIRED:
        variants.append((item.short.replace("'", ""),))
    variants.extend(item.longs)
    return variants


def vocabulary(
    items: Iterable[Item],
    lexicon: Mapping[str, tuple[tuple[Item, ...], ...]],
    cache: dict[str, frozenset[str]] | None = None,
) -> frozenset[str]:
    """
    Return every literal word that *items* can match (slots expanded).

    Pass the same *cache* dict across calls to expand each slot only once.
    """
    memo = {} if cache is None else cache
    words: set[str] = set()
    for item in items:
        if isinstance(item, Word):
            words.update(word_forms(item))
        elif isinstance(item, Contraction):
            for seq in spellings(item):
                words.update(seq)
        elif isinstance(item, Slot):
            if item.name not in memo:
                memo[item.name] = frozenset().union(
                    *(vocabulary(alt, lexicon, memo) for alt in lexicon[item.name])
                )
            words |= memo[item.name]
        elif isinstance(item, Group):
            for alt in item.alternatives:
                words |= vocabulary(alt, lexicon, memo)
    return frozenset(words)
