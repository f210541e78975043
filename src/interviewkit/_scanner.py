"""
Compiles many patterns into one regular expression and scans text with it.

Text is first cut into words and sentence ends, and each word becomes one
*symbol*: a private-use character standing for that exact word form (or a
generic "other word" symbol for words no pattern mentions). Patterns are
compiled over symbols, so a lexicon slot of fifty words is one character
class, and every pattern of a rule set fits in one small regex, shaped as a
word trie. The regex has no unbounded repetition, and words are looked up in
a dictionary, so a scan is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

import attrs

from . import _patterns
from ._patterns import Contraction, Gap, Group, Item, Slot, Word

__all__ = ["Hit", "Lexicon", "Matcher", "parse_lexicon"]

L = TypeVar("L", bound=Hashable)
Lexicon = Mapping[str, tuple[tuple[Item, ...], ...]]

_OTHER = "\x01"  # a word no pattern mentions
_STOP = "\x02"  # a sentence end; gaps never cross it
_FIRST_SYMBOL = 0xE000  # Unicode private use area
_PUA_SIZE = 0x1900
_SECOND_PLANE = 0xF0000

# Words, and sentence ends that are not inside a number ("3.5").
_SPLIT = re.compile(r"([\w']+|[.!?](?!\w))")

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
_MEMO_LIMIT = 200_000  # distinct unknown words remembered before starting over
# A pattern that may go on with more next words than this is kept in a regex
# of its own list of next words, not copied into one regex per next word.
_SHORT_LIST = 2


@attrs.frozen
class Hit(Generic[L]):
    """
    One match: offsets into the scanned text and the label it belongs to.

    ``negated`` is true when a negation just before the match (or inside one
    of its gaps) may cancel it; what that means is up to the caller.
    """

    start: int
    end: int
    label: L
    negated: bool = False


def parse_lexicon(
    entries: Iterable[tuple[str, Sequence[str]]],
) -> dict[str, tuple[tuple[Item, ...], ...]]:
    """
    Parse every lexicon entry into pattern items.
    """
    return {
        name: tuple(_patterns.parse(v, in_lexicon=True) for v in values)
        for name, values in entries
    }


class _Symbols:
    """
    The symbol of every word form the patterns mention.

    Words that belong to exactly the same classes are interchangeable for
    matching, so they share one symbol (alphabet compression): a slot of
    fifty boss-words is then a single symbol, not a class of fifty.
    """

    def __init__(self, classes: Iterable[frozenset[str]]) -> None:
        requested = list(dict.fromkeys(classes))
        surfaces = {f for forms in requested for f in forms}
        prefixes = sorted({f[:-1] for f in surfaces if f.endswith("*")})
        words = sorted(f for f in surfaces if not f.endswith("*"))
        starting = {f"{p}*": {w for w in words if w.startswith(p)} for p in prefixes}
        expanded = [
            forms.union(*(starting[f] for f in forms if f in starting))
            for forms in requested
        ]
        membership: dict[str, list[int]] = {}
        for n, forms in enumerate(expanded):
            for form in forms:
                membership.setdefault(form, []).append(n)
        for form in membership:
            # "manager's" written in one pattern still counts as "manager"
            # for every other pattern.
            if form.endswith("'s") and form[:-2] in membership:
                membership[form] = sorted({*membership[form], *membership[form[:-2]]})
        signatures = {form: tuple(indices) for form, indices in membership.items()}
        by_signature = {
            signature: _symbol(n)
            for n, signature in enumerate(
                _in_runs([sig for _, sig in sorted(signatures.items())])
            )
        }
        self.of = {form: by_signature[sig] for form, sig in signatures.items()}
        symbols_of_class: list[set[str]] = [set() for _ in requested]
        for form, indices in membership.items():
            for n in indices:
                symbols_of_class[n].add(self.of[form])
        self.members = {
            forms: sorted(symbols)
            for forms, symbols in zip(requested, symbols_of_class, strict=True)
        }
        self.prefix_lengths = sorted({len(p) for p in prefixes}, reverse=True)
        self.count = len(by_signature)

    def lookup(self, word: str) -> str:
        """
        Return the symbol for a word as it appears in text.
        """
        if word in ".!?":
            return _STOP
        found = self.of.get(word)
        if found is not None:
            return found
        bare = word.strip("'")
        if bare.endswith("'s"):
            bare = bare[:-2]
        found = self.of.get(bare)
        if found is not None:
            return found
        for n in self.prefix_lengths:
            found = self.of.get(bare[:n] + "*")
            if found is not None:
                return found
        return _OTHER


def _in_runs(signatures: Sequence[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """
    Order the distinct *signatures* so that large classes get adjacent symbols.

    Each signature is placed by the largest classes it belongs to, so most of
    a large class is one run of code points. The regex engine compiles a run
    as a range, far faster than a set of scattered characters.
    """
    size: dict[int, int] = {}
    distinct = list(dict.fromkeys(signatures))
    for sig in distinct:
        for n in sig:
            size[n] = size.get(n, 0) + 1

    def place(sig: tuple[int, ...]) -> list[tuple[int, int]]:
        return sorted((-size[n], n) for n in sig if size[n] > 2)

    return sorted(distinct, key=place)


def _symbol(n: int) -> str:
    if n < _PUA_SIZE:
        return chr(_FIRST_SYMBOL + n)
    return chr(_SECOND_PLANE + n - _PUA_SIZE)


def _cls(symbols: Sequence[str]) -> str:
    if len(symbols) == 1:
        return symbols[0]
    out = []
    run: list[str] = []
    for symbol in symbols:
        if run and ord(symbol) != ord(run[-1]) + 1:
            out.append(_run(run))
            run = []
        run.append(symbol)
    out.append(_run(run))
    return "[" + "".join(out) + "]"


def _run(symbols: list[str]) -> str:
    if len(symbols) < 3:
        return "".join(symbols)
    return f"{symbols[0]}-{symbols[-1]}"


class _Node:
    __slots__ = ("children", "labels")

    def __init__(self) -> None:
        self.children: dict[Item, _Node] = {}
        self.labels: list[int] = []

    @classmethod
    def of(cls, item: Item, child: _Node) -> _Node:
        """
        Return a node whose only child is *child*, reached through *item*.
        """
        node = cls()
        node.children[item] = child
        return node


class _Filter:
    """
    Says cheaply whether any pattern may match at a word, by its next word.

    The patterns that start with a word are split by the word that must come
    next, so only the few that fit the actual next word are tried; those that
    allow any next word (a gap, an optional word, a multi-word first item)
    share one regex. The regexes match from the word after the first: many
    first words share the same continuations, and so the same compiled regex.

    A pattern whose second word comes from a long list (a lexicon slot) is
    kept once, in a regex for that list, rather than copied into the regex of
    every word on it.
    """

    __slots__ = (
        "_compile",
        "_compiled",
        "_merged",
        "always",
        "anywhere",
        "by_list",
        "by_second",
        "entries",
        "lists",
        "loose_entries",
    )

    def __init__(self, compile_: Callable[[str], re.Pattern[str]]) -> None:
        self._compile = compile_
        self.always = False  # a one-word pattern: every position is a match
        self.anywhere: re.Pattern[str] | None = None
        self.by_second: dict[str, list[str]] = {}
        # Long lists of next words, each with its patterns, and for each next
        # word the long lists it is on.
        self.by_list: dict[frozenset[str], list[str]] = {}
        self.lists: dict[str, list[frozenset[str]]] = {}
        self._compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
        # Which entries to try once the filter passes: those that allow any
        # next word, and those that want the word that actually follows.
        self.loose_entries: set[int] = set()
        self.entries: dict[str, set[int]] = {}
        self._merged: dict[str, tuple[int, ...]] = {}

    def candidates(self, following: str) -> tuple[int, ...]:
        """
        Return the entries that may match when *following* comes next.
        """
        found = self._merged.get(following)
        if found is None:
            found = tuple(
                sorted(self.loose_entries | self.entries.get(following, set()))
            )
            self._merged[following] = found
        return found

    def add(self, alt: str, seconds: set[str]) -> None:
        """
        Record *alt*, a regex for the words after the first, under *seconds*.
        """
        if len(seconds) <= _SHORT_LIST:
            for second in seconds:
                self.by_second.setdefault(second, []).append(alt)
            return
        key = frozenset(seconds)
        if key not in self.by_list:
            self.by_list[key] = []
            for second in key:
                self.lists.setdefault(second, []).append(key)
        self.by_list[key].append(alt)

    def seconds(self, symbol: str) -> tuple[re.Pattern[str], ...]:
        """
        Return the regexes for patterns whose second word is *symbol*.

        They are matched from the second word on; none means no pattern fits.
        """
        found = self._compiled.get(symbol)
        if found is None:
            # Racing threads compile the same regexes; either result is right.
            alts = self.by_second.get(symbol)
            own = (self._compile(_union(alts)),) if alts else ()
            found = self._compiled[symbol] = own + tuple(
                self._compile(_union(self.by_list[key]))
                for key in self.lists.get(symbol, ())
            )
        return found


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
        self._lexicon = lexicon
        # Per pattern: the negations it asks for itself ("can't stand"), which
        # are then not read as cancelling the match.
        self._vocab: list[frozenset[str]] = []
        self._roots = [_Node() for _ in entries]
        slots = frozenset(lexicon)
        slot_words: dict[str, frozenset[str]] = {}
        for index, (_, patterns) in enumerate(entries):
            for pattern in patterns:
                items = _patterns.parse(pattern, slots)
                words = _patterns.vocabulary(items, lexicon, slot_words)
                self._vocab.append(words & _NEGATORS)
                for variant in _lead_variants(items):
                    _insert(self._roots[index], variant, len(self._vocab) - 1)
        # Two passes over the same code: the first only records which word
        # classes the regexes need, so that symbols can be given to them.
        self._requested: list[frozenset[str]] | None = []
        self._pieces: dict[Item, str] = {}
        for root in self._roots:
            for item, child in root.children.items():
                self._item(item)
                self._emit(child, None)
        self._symbols = _Symbols(self._requested)
        self._sorted_forms = sorted(self._symbols.of)
        self._firsts: dict[Item, frozenset[str]] = {}
        self._requested = None
        self._pieces = {}
        # Which entries can start at each symbol.
        self._starts: dict[str, list[int]] = {}
        for index, root in enumerate(self._roots):
            for symbol in set().union(*(self._first(item) for item in root.children)):
                self._starts.setdefault(symbol, []).append(index)
        firsts = "".join(sorted(self._starts))
        self._candidates = re.compile(f"[{firsts}]") if firsts else None
        self._memo: dict[str, str] = dict(self._symbols.of)
        # Regexes are compiled on first need: per first symbol, a filter for
        # "something may match here"; per entry, the exact match.
        self._lock = threading.Lock()
        self._filters: dict[str, _Filter] = {}
        self._entry_regexes: dict[
            tuple[int, str], tuple[re.Pattern[str], dict[str, list[int]]]
        ] = {}
        # Different first words often need the very same regex text: compile
        # each text once, which saves both compile time and memory.
        self._compiled: dict[str, re.Pattern[str]] = {}

    def scan(self, normalised: str) -> list[Hit[L]]:
        """
        Return the hits in *normalised* text, sorted by start.

        Every entry that matches at a word is reported, so hits may overlap.
        """
        if self._candidates is None:
            return []
        parts = _SPLIT.split(normalised)
        symbols = self._encode(parts[1::2])
        bounds: list[int] | None = None
        hits: list[Hit[L]] = []
        filters = self._filters
        for m in self._candidates.finditer(symbols):
            first = m.start()
            symbol = symbols[first]
            flt = filters.get(symbol) or self._filter(symbol)
            if not flt.always and (
                flt.anywhere is None or flt.anywhere.match(symbols, first + 1) is None
            ):
                following = symbols[first + 1 : first + 2]
                if following not in flt.by_second and following not in flt.lists:
                    continue
                for regex in flt.seconds(following):
                    if regex.match(symbols, first + 1) is not None:
                        break
                else:
                    continue
            if bounds is None:
                # Character offsets are needed only once something matched.
                bounds = [0, *accumulate(map(len, parts))]
            start = bounds[2 * first + 1]
            for index in flt.candidates(symbols[first + 1 : first + 2]):
                regex, leaves = self._entry_regex(index, symbol)
                em = regex.match(symbols, first)
                if em is None:
                    continue
                end = bounds[2 * em.end()]
                group = em.lastgroup
                assert group is not None  # every alternative ends in a labelled group
                negated = self._negated(normalised, start, end, leaves[group][0])
                hits.append(Hit(start, end, self._labels[index], negated))
        return hits

    def _encode(self, words: list[str]) -> str:
        memo = self._memo
        found = list(map(memo.get, words))
        if None in found:
            lookup = self._symbols.lookup
            with self._lock:
                if len(memo) > _MEMO_LIMIT:
                    memo.clear()
                    memo.update(self._symbols.of)
                for i, word in enumerate(words):
                    if found[i] is None:
                        found[i] = memo[word] = lookup(word)
        return "".join(found)  # type: ignore[arg-type]

    def _filter(self, symbol: str) -> _Filter:
        found = self._filters.get(symbol)
        if found is None:
            with self._lock:
                found = self._filters.get(symbol)
                if found is None:
                    found = self._filters[symbol] = self._build_filter(symbol)
        return found

    def _build_filter(self, symbol: str) -> _Filter:
        flt = _Filter(self._compile)
        anywhere: list[str] = []
        for index in self._starts[symbol]:
            for item, child in self._roots[index].children.items():
                for tail in self._tails((item,), symbol):
                    if not tail and child.labels:
                        flt.always = True
                        flt.loose_entries.add(index)
                    if tail:
                        branches = [
                            (
                                self._sequence(tail) + self._emit(child, None),
                                tail,
                                child,
                            )
                        ]
                    else:
                        branches = [
                            (self._emit_alts(_Node.of(i, c), None)[0], (i,), c)
                            for i, c in child.children.items()
                        ]
                    for alt, items, node in branches:
                        seconds = self._seconds(items, node)
                        if seconds is None:
                            anywhere.append(alt)
                            flt.loose_entries.add(index)
                        else:
                            flt.add(alt, seconds)
                        for second in seconds or ():
                            flt.entries.setdefault(second, set()).add(index)
        if anywhere:
            # A filter has no labels, so rules that share a shape share a branch.
            flt.anywhere = self._compile(_union(anywhere))
        return flt

    def _tails(self, items: Sequence[Item], symbol: str) -> set[tuple[Item, ...]]:
        """
        Return the items that may follow when a match of *items* starts with *symbol*.

        Alternatives that cannot start with *symbol* are skipped unopened, so
        a filter for one word looks only at the patterns that can start there.
        """
        head, tail = items[0], tuple(items[1:])
        out: set[tuple[Item, ...]] = set()
        if symbol in self._first(head):
            if isinstance(head, Word):
                out.add(tail)
            elif isinstance(head, Contraction):
                for seq in _patterns.spellings(head):
                    if self._symbols.of[seq[0]] == symbol:
                        out.add(tuple(Word(w, "exact") for w in seq[1:]) + tail)
            elif isinstance(head, Slot | Group):
                for alt in self._alternatives_of(head):
                    out.update(rest + tail for rest in self._tails(alt, symbol))
        if head.optional and tail:
            out |= self._tails(tail, symbol)
        return out

    def _seconds(self, items: tuple[Item, ...], node: _Node) -> set[str] | None:
        """
        Return the symbols that can follow a first word, ahead of *items*.

        *items* and then the branches under *node* follow the first word.
        ``None`` means any symbol may (a gap, or a pattern that can end there).
        """
        if not items:
            if node.labels:
                return None
            seconds: set[str] = set()
            for item, child in node.children.items():
                more = self._seconds((item,), child)
                if more is None:
                    return None
                seconds |= more
            return seconds
        head = items[0]
        if isinstance(head, Gap):
            return None
        seconds = set(self._first(head))
        if head.optional:
            more = self._seconds(items[1:], node)
            if more is None:
                return None
            seconds |= more
        return seconds

    def _entry_regex(
        self, index: int, symbol: str
    ) -> tuple[re.Pattern[str], dict[str, list[int]]]:
        """
        Return the exact regex for an entry's patterns that start with *symbol*.

        Only those patterns are compiled: compiling is the slow part of a
        first scan, and most of an entry's patterns start with other words.
        """
        key = (index, symbol)
        found = self._entry_regexes.get(key)
        if found is None:
            with self._lock:
                found = self._entry_regexes.get(key)
                if found is None:
                    leaves: dict[str, list[int]] = {}
                    alts = [
                        self._item(item) + self._emit(child, leaves)
                        for item, child in self._roots[index].children.items()
                        if symbol in self._first(item)
                    ]
                    found = (self._compile(_either(alts)), leaves)
                    self._entry_regexes[key] = found
        return found

    def _compile(self, text: str) -> re.Pattern[str]:
        found = self._compiled.get(text)
        if found is None:
            found = self._compiled.setdefault(text, re.compile(text))
        return found

    def _negated(self, text: str, start: int, end: int, pattern: int) -> bool:
        before = text[max(0, start - _WINDOW) : start]
        ends = [m.end() for m in _CLAUSE_END.finditer(before)]
        if ends:
            before = before[ends[-1] :]
        for word in reversed(_WORD.findall(before)[-_NEGATION_REACH:]):
            if word in _CLAUSE_BREAKS:
                break
            if word in _NEGATORS:
                return True
        inside = set(_WORD.findall(text[start:end]))
        return bool((inside & _NEGATORS) - self._vocab[pattern])

    # -- building regexes ---------------------------------------------------

    def _emit(self, node: _Node, leaves: dict[str, list[int]] | None) -> str:
        """
        Return the regex for everything below *node*.

        With *leaves*, each pattern end gets a named group recorded there;
        without, pattern ends are plain (the regex then only says "a match").
        """
        return _either(self._emit_alts(node, leaves))

    def _emit_alts(self, node: _Node, leaves: dict[str, list[int]] | None) -> list[str]:
        alts = []
        for item, child in node.children.items():
            rest = self._emit(child, leaves)
            if isinstance(item, Gap):
                alts.append(f"[^{_STOP}]{{0,{item.size}}}?" + rest)
                continue
            piece = self._item(attrs.evolve(item, optional=False))
            alts.append((f"(?:{piece})?" if item.optional else piece) + rest)
        if node.labels:
            if leaves is None:
                alts.append("")
            else:
                name = f"g{len(leaves)}"
                leaves[name] = sorted(set(node.labels))
                alts.append(f"(?P<{name}>)")
        # The pattern end comes last: longer matches are tried first.
        return alts

    def _alternatives_of(self, item: Slot | Group) -> tuple[tuple[Item, ...], ...]:
        if isinstance(item, Slot):
            return self._lexicon[item.name]
        return item.alternatives

    def _first(self, item: Item) -> frozenset[str]:
        """
        Return the symbols a match of *item* can start with.
        """
        found = self._firsts.get(item)
        if found is None:
            found = self._firsts[item] = frozenset(self._build_first(item))
        return found

    def _build_first(self, item: Item) -> set[str]:
        of = self._symbols.of
        if isinstance(item, Word):
            if item.mode == "prefix":
                forms = self._sorted_forms
                lo = bisect.bisect_left(forms, item.text)
                hi = bisect.bisect_left(forms, item.text + "\U0010ffff")
                return {of[f] for f in forms[lo:hi]}
            spelled = _patterns.word_forms(item)
            # A possessive spelled in some pattern ("job's") has its own symbol.
            return {of[f] for f in spelled} | {
                of[f + "'s"] for f in spelled if f + "'s" in of
            }
        if isinstance(item, Contraction):
            return {of[seq[0]] for seq in _patterns.spellings(item)}
        out: set[str] = set()
        if isinstance(item, Slot | Group):
            for alt in self._alternatives_of(item):
                for part in alt:
                    out |= self._first(part)
                    if not part.optional:
                        break
        return out

    def _item(self, item: Item) -> str:
        piece = self._pieces.get(item)
        if piece is None:
            piece = self._pieces[item] = self._build_item(item)
        return piece

    def _build_item(self, item: Item) -> str:
        if isinstance(item, Word):
            return self._class(_word_class(item))
        if isinstance(item, Contraction):
            return self._alternatives(
                [
                    tuple(Word(w, "exact") for w in seq)
                    for seq in _patterns.spellings(item)
                ]
            )
        if isinstance(item, Slot | Group):
            return self._alternatives(self._alternatives_of(item))
        msg = f"a gap is not a single item: {item!r}"
        raise TypeError(msg)

    def _class(self, forms: frozenset[str]) -> str:
        if self._requested is not None:
            self._requested.append(forms)
            return "?"
        return _cls(self._symbols.members[forms])

    def _alternatives(self, alternatives: Iterable[Sequence[Item]]) -> str:
        singles: set[str] = set()
        sequences: list[str] = []
        for alt in alternatives:
            if len(alt) == 1 and isinstance(alt[0], Word) and not alt[0].optional:
                singles |= _word_class(alt[0])
            else:
                sequences.append(self._sequence(alt))
        # Longer sequences first, so "team lead" is tried before "team".
        parts = sorted(sequences, key=len, reverse=True)
        if singles:
            parts.append(self._class(frozenset(singles)))
        return _either(parts)

    def _sequence(self, items: Sequence[Item]) -> str:
        out = []
        for item in items:
            if isinstance(item, Gap):
                out.append(f"[^{_STOP}]{{0,{item.size}}}?")
            elif item.optional:
                out.append(f"(?:{self._item(attrs.evolve(item, optional=False))})?")
            else:
                out.append(self._item(item))
        return "".join(out)


def _word_class(word: Word) -> frozenset[str]:
    if word.mode == "prefix":
        return frozenset({word.text + "*"})
    return frozenset(_patterns.word_forms(word))


def _union(branches: Iterable[str]) -> str:
    """
    Return one regex for *branches*, each kept once, in a stable order.
    """
    return _either(sorted(set(branches)))


def _either(alternatives: list[str]) -> str:
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _lead_variants(items: tuple[Item, ...]) -> list[tuple[Item, ...]]:
    """
    Multiply out optional items at the front of a pattern.

    Every variant then starts with a required item.
    """
    head, rest = items[0], items[1:]
    if not head.optional:
        return [items]
    required = (attrs.evolve(head, optional=False), *rest)
    while rest and isinstance(rest[0], Gap):
        rest = rest[1:]
    return [required, *(_lead_variants(rest) if rest else [])]


def _insert(root: _Node, items: tuple[Item, ...], label: int) -> None:
    node = root
    for item in items:
        child = node.children.get(item)
        if child is None:
            child = node.children[item] = _Node()
        node = child
    node.labels.append(label)
