"""
Compiles many patterns into one regular expression and scans text with it.

All patterns of a rule set become a single word trie, emitted as one Python
regex whose top level branches on the first character. The regex engine can
then skip every position whose character starts no pattern, and never tries
more than a bounded number of paths at any position, so a scan is linear in
the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from typing import Generic, TypeVar

import attrs

from . import _patterns
from ._patterns import Gap, Item

__all__ = ["Hit", "Lexicon", "Matcher", "parse_lexicon"]

L = TypeVar("L", bound=Hashable)
Lexicon = Mapping[str, tuple[tuple[Item, ...], ...]]

# Words that, shortly before a match in the same clause, mean the speaker is
# saying the opposite ("I'd never badmouth a manager") or quoting what not to say.
_NEGATORS = frozenset(
    [
        "not",
        "never",
        "no",
        "nor",
        "don't",
        "dont",
        "doesn't",
        "doesnt",
        "didn't",
        "didnt",
        "won't",
        "wont",
        "wouldn't",
        "wouldnt",
        "isn't",
        "isnt",
        "wasn't",
        "wasnt",
        "aren't",
        "weren't",
        "haven't",
        "hasn't",
        "hadn't",
        "shouldn't",
        "without",
        "avoid",
        "avoided",
        "avoiding",
        "instead",
        "rather",
        "neither",
    ]
)
# Words that end the clause a negation can reach across.
_CLAUSE_BREAKS = frozenset(
    ["but", "though", "although", "however", "yet", "except", "so"]
)
_CLAUSE_END = re.compile(r"[.!?;:,\n\u2026]")
_WORD = re.compile(r"[\w']+")
_NEGATION_REACH = 4  # words
_WINDOW = 80  # characters looked back for a negation


@attrs.frozen
class Hit(Generic[L]):
    """
    One match: offsets into the scanned text and the label it belongs to.
    """

    start: int
    end: int
    label: L
    negated: bool = False


class _Node:
    __slots__ = ("children", "labels")

    def __init__(self) -> None:
        self.children: dict[str, tuple[Item, _Node]] = {}
        self.labels: list[int] = []


def parse_lexicon(
    entries: Sequence[tuple[str, Sequence[str]]],
) -> dict[str, tuple[tuple[Item, ...], ...]]:
    """
    Parse every lexicon entry into pattern items.
    """
    return {
        name: tuple(_patterns.parse(v, in_lexicon=True) for v in values)
        for name, values in entries
    }


class Matcher(Generic[L]):
    """
    Finds every pattern of many labelled pattern lists in one pass.

    Args:
        entries: ``(label, patterns)`` pairs; a hit carries the label.
        lexicon: Parsed lexicon slots that the patterns may use.
    """

    def __init__(
        self, entries: Sequence[tuple[L, Sequence[str]]], lexicon: Lexicon
    ) -> None:
        self._labels = [label for label, _ in entries]
        # Per pattern: the words it can match itself, so that a "not" it asks
        # for ("can't stand") is not read as a negation of the match.
        self._vocab: list[frozenset[str]] = []
        self._owner: list[int] = []
        root = _Node()
        for index, (_, patterns) in enumerate(entries):
            for pattern in patterns:
                items = _patterns.parse(pattern, lexicon)
                self._vocab.append(_patterns.vocabulary(items, lexicon))
                self._owner.append(index)
                for head_first in _patterns.expand_start(items, lexicon):
                    for variant in _without_optionals(head_first):
                        _insert(root, variant, len(self._owner) - 1)
        self._leaf_labels: dict[str, list[int]] = {}
        source = self._emit_root(root, lexicon)
        self._regex = re.compile(source) if source else None

    @property
    def size(self) -> int:
        """
        The number of characters in the compiled regex (a rough cost measure).
        """
        return len(self._regex.pattern) if self._regex else 0

    def scan(self, normalised: str) -> list[Hit[L]]:
        """
        Return the hits in *normalised* text, sorted by start.

        Hits that start at different words may overlap. A hit that a negation
        just before it (or inside a gap) may cancel is marked ``negated``; what
        that means is up to the caller.
        """
        if self._regex is None:
            return []
        hits: list[Hit[L]] = []
        search = self._regex.search
        pos = 0
        while (m := search(normalised, pos)) is not None:
            start, end = m.span()
            group = m.lastgroup
            assert group is not None  # every alternative ends in a labelled group
            seen: set[int] = set()
            for pattern in self._leaf_labels[group]:
                owner = self._owner[pattern]
                if owner in seen:
                    continue
                seen.add(owner)
                negated = self._negated(normalised, start, end, pattern)
                hits.append(Hit(start, end, self._labels[owner], negated))
            pos = start + 1
        return hits

    def _negated(self, text: str, start: int, end: int, index: int) -> bool:
        before = text[max(0, start - _WINDOW) : start]
        ends = [m.end() for m in _CLAUSE_END.finditer(before)]
        if ends:
            before = before[ends[-1] :]
        words = _WORD.findall(before)[-_NEGATION_REACH:]
        for word in reversed(words):
            if word in _CLAUSE_BREAKS:
                break
            if word in _NEGATORS:
                return True
        inside = set(_WORD.findall(text[start:end]))
        return bool((inside & _NEGATORS) - self._vocab[index])

    # -- building the regex ------------------------------------------------

    def _leaf(self, labels: list[int]) -> str:
        name = f"g{len(self._leaf_labels)}"
        self._leaf_labels[name] = sorted(set(labels))
        return f"(?P<{name}>)"

    def _emit_root(self, root: _Node, lexicon: Lexicon) -> str:
        by_char: dict[str, list[str]] = {}
        for item, child in root.children.values():
            for ch, rest in _patterns.emit_first(item, lexicon):
                # Emitted once per branch: a group name can appear only once.
                by_char.setdefault(ch, []).append(rest + self._emit(child, lexicon))
        branches = []
        for ch in sorted(by_char):
            alts = by_char[ch]
            body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
            # The look-behind comes after the first character so that the
            # branch starts with a literal, which lets the engine skip ahead.
            branches.append(re.escape(ch) + r"(?<![\w'].)" + body)
        return "|".join(branches)

    def _emit(self, node: _Node, lexicon: Lexicon) -> str:
        alts = []
        for item, child in node.children.values():
            rest = self._emit(child, lexicon)
            if isinstance(item, Gap):
                alts.append(f"(?:{_patterns.SEP}[\\w']++){{0,{item.size}}}?" + rest)
            else:
                alts.append(
                    _patterns.SEP + _patterns.emit_sequence((item,), lexicon) + rest
                )
        if node.labels:
            alts.append(self._leaf(node.labels))
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"


def _without_optionals(items: tuple[Item, ...]) -> list[tuple[Item, ...]]:
    """
    Multiply out optional items, so that the trie holds only required ones.
    """
    variants: list[tuple[Item, ...]] = [()]
    for item in items:
        if item.optional:
            required = attrs.evolve(item, optional=False)
            variants = [(*v, required) for v in variants] + variants
        else:
            variants = [(*v, item) for v in variants]
    return [
        v
        for v in variants
        if v and not isinstance(v[0], Gap) and not isinstance(v[-1], Gap)
    ]


def _insert(root: _Node, items: tuple[Item, ...], label: int) -> None:
    node = root
    for item in items:
        key = _patterns.item_key(item)
        if key not in node.children:
            node.children[key] = (item, _Node())
        node = node.children[key][1]
    node.labels.append(label)
