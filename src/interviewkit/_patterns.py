"""
The pattern language that content authors write, parsed and turned into regex.

A pattern is a few words with slots, groups, optional items and bounded gaps
(``docs/content-format.md``). Only shapes that cannot backtrack badly can be
written, so any compiled pattern runs in time linear in the text it scans.

The regular expressions built here run on *normalised* text (see
`interviewkit._text.normalise`): lower case, straight apostrophes, same length
as the caller's string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

import attrs

__all__ = [
    "MAX_GAP",
    "MAX_GAPS",
    "SEP",
    "Contraction",
    "Gap",
    "Group",
    "Item",
    "PatternError",
    "Slot",
    "Word",
    "emit_first",
    "emit_sequence",
    "expand_start",
    "item_key",
    "parse",
    "vocabulary",
]

MAX_GAP = 5
MAX_GAPS = 2

# Separators people put between words in speech transcripts and chat: spaces,
# hyphens, dashes, commas, quotes, ellipses. Sentence ends are left out so that
# no pattern reaches across sentences.
SEP = r"(?:[\s\-\u2010-\u2015,;:\"/()\u2026\u201c\u201d\u00ab\u00bb]|\.\.+)++"
# A word may carry a possessive ending: "my boss's plan" still says "boss".
_END = r"(?:'s?)?(?!\w)"
_GAP_WORD = r"[\w']++"

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


@attrs.frozen
class Contraction:
    """
    A contraction and its long forms, matched both ways (``i'm`` / ``i am``).
    """

    short: str
    longs: tuple[tuple[str, ...], ...]
    optional: bool = False


@attrs.frozen
class Slot:
    """
    A reference to a lexicon list.
    """

    name: str
    optional: bool = False


@attrs.frozen
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
_EXPANSIONS: dict[tuple[str, ...], str] = {
    long: short for short, longs in _CONTRACTIONS.items() for long in longs
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
    known = frozenset(slots)
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
                if short is not None and key != (short,):
                    out.append(Contraction(short, _CONTRACTIONS[short]))
                    i += width
                    merged = True
                    break
        if not merged:
            out.append(items[i])
            i += 1
    return tuple(out)


# -- turning items into regular expressions ---------------------------------


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


def alternation(strings: Iterable[str]) -> str:
    """
    Return a regex matching any of *strings*, factored as a character trie.

    Factoring keeps Python's backtracking engine from trying every branch at
    every position: each character is looked at once per branch point.
    """
    trie: _Trie = {}
    for s in set(strings):
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


_Trie = dict[str, "_Trie"]


def _trie_regex(node: _Trie) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        if len(branches) == 1 and len(body) > 1:
            body = "(?:" + body + ")"
        return body + "?"
    return body


def _word_forms(word: Word) -> tuple[str, ...]:
    if word.mode == "inflect":
        return inflections(word.text)
    return (word.text,)


def _word_regex(word: Word) -> str:
    core = alternation(_word_forms(word))
    if word.mode == "prefix":
        return core + r"[\w']*+"
    return core + _END


def _contraction_variants(item: Contraction) -> list[tuple[str, ...]]:
    """
    Return each spelling as a word sequence ("i'm", "im", "i am").
    """
    variants: list[tuple[str, ...]] = [(item.short,)]
    if item.short not in _APOSTROPHE_REQUIRED:
        variants.append((item.short.replace("'", ""),))
    variants.extend(item.longs)
    return variants


def _contraction_regex(item: Contraction) -> str:
    alts = [SEP.join(re.escape(w) for w in seq) for seq in _contraction_variants(item)]
    return "(?:" + "|".join(alts) + ")" + _END


def _item_regex(item: Item, lexicon: Mapping[str, tuple[tuple[Item, ...], ...]]) -> str:
    if isinstance(item, Word):
        return _word_regex(item)
    if isinstance(item, Contraction):
        return _contraction_regex(item)
    if isinstance(item, Slot):
        return _alternatives_regex(lexicon[item.name], lexicon)
    if isinstance(item, Group):
        return _alternatives_regex(item.alternatives, lexicon)
    msg = f"a gap is not a single item: {item!r}"
    raise TypeError(msg)


def _alternatives_regex(
    alternatives: Iterable[Sequence[Item]],
    lexicon: Mapping[str, tuple[tuple[Item, ...], ...]],
) -> str:
    # Longer alternatives first, so "team lead" wins over "team".
    ordered = sorted(alternatives, key=len, reverse=True)
    return "(?:" + "|".join(emit_sequence(seq, lexicon) for seq in ordered) + ")"


def emit_sequence(
    items: Sequence[Item], lexicon: Mapping[str, tuple[tuple[Item, ...], ...]]
) -> str:
    """
    Return the regex for *items* in order, joined by separators.
    """
    out = ""
    at_start = True  # nothing required has been emitted yet
    gap = 0
    for item in items:
        if isinstance(item, Gap):
            gap = item.size
            continue
        piece = _item_regex(item, lexicon)
        gap_words = f"(?:{_GAP_WORD}{SEP}){{0,{gap}}}?" if gap else ""
        gap = 0
        if at_start:
            if item.optional:
                # An optional leading item brings its own separator.
                out += f"{gap_words}(?:{piece}{SEP})?"
            else:
                out += gap_words + piece
                at_start = False
            continue
        lead = SEP + gap_words
        out += f"(?:{lead}{piece})?" if item.optional else lead + piece
    return out


def emit_first(
    item: Item, lexicon: Mapping[str, tuple[tuple[Item, ...], ...]]
) -> list[tuple[str, str]]:
    """
    Split a leading item into (first character, regex for the rest) pairs.

    The scanner groups these by first character, which lets the regex engine
    skip every position whose character starts no pattern.
    """
    if isinstance(item, Word):
        tail = r"[\w']*+" if item.mode == "prefix" else _END
        by_char: dict[str, list[str]] = {}
        for form in _word_forms(item):
            by_char.setdefault(form[0], []).append(form[1:])
        return [(ch, _rest(rests) + tail) for ch, rests in sorted(by_char.items())]
    if isinstance(item, Contraction):
        pairs = []
        for seq in _contraction_variants(item):
            text = SEP.join(re.escape(w) for w in seq)
            pairs.append((seq[0][0], text[1:] + _END))
        return pairs
    msg = f"expand_start() must run first; cannot lead with {item!r}"
    raise TypeError(msg)


def _rest(rests: list[str]) -> str:
    if rests == [""]:
        return ""
    return alternation(rests)


def expand_start(
    items: tuple[Item, ...], lexicon: Mapping[str, tuple[tuple[Item, ...], ...]]
) -> list[tuple[Item, ...]]:
    """
    Rewrite a pattern so that each variant starts with a plain word.

    Slots, groups and optional items at the front are multiplied out; only the
    first item is affected, so the growth is bounded by the alternatives of the
    first non-optional item.
    """
    done: list[tuple[Item, ...]] = []
    todo = [items]
    while todo:
        seq = todo.pop()
        head, rest = seq[0], seq[1:]
        if head.optional:
            todo.append(rest)
            todo.append((attrs.evolve(head, optional=False), *rest))
        elif isinstance(head, Slot):
            todo.extend((*alt, *rest) for alt in lexicon[head.name])
        elif isinstance(head, Group):
            todo.extend((*alt, *rest) for alt in head.alternatives)
        else:
            done.append(seq)
    return done


def item_key(item: Item) -> str:
    """
    Return a stable key for *item*; equal items share a branch of the scanner.
    """
    return repr(item)


def vocabulary(
    items: Iterable[Item], lexicon: Mapping[str, tuple[tuple[Item, ...], ...]]
) -> frozenset[str]:
    """
    Return every literal word that *items* can match (slots expanded).
    """
    words: set[str] = set()
    for item in items:
        if isinstance(item, Word):
            words.update(_word_forms(item))
        elif isinstance(item, Contraction):
            for seq in _contraction_variants(item):
                words.update(seq)
        elif isinstance(item, Slot):
            for alt in lexicon[item.name]:
                words |= vocabulary(alt, lexicon)
        elif isinstance(item, Group):
            for alt in item.alternatives:
                words |= vocabulary(alt, lexicon)
    return frozenset(words)
