"""
The catalog: every question, framework and red-flag rule, as one value.

`default_catalog` loads the content shipped in the wheel once per process.
`load_catalog` loads another team's pack, and `Catalog.merge` combines catalogs
into a new one; a catalog is never changed in place.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import cached_property
from typing import TypeVar

import attrs

from . import _content, _matching, _scanner, _text
from ._patterns import Item
from .exceptions import ContentError, UnknownQuestionError
from .model import Framework, Question, RedFlag
from .results import QuestionMatch

__all__ = ["Catalog", "default_catalog", "load_catalog"]

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
# Below this score a free-text question is not trusted to name a catalog question.
MATCH_THRESHOLD = 0.3
# A wrong id names a question only when its words match one this well.
_SUGGEST_THRESHOLD = 0.5

_T = TypeVar("_T", Question, Framework, RedFlag)


@attrs.frozen(kw_only=True)
class Catalog:
    """
    An immutable collection of interview content with lookups and matching.

    Build one with `default_catalog`, `load_catalog` or `Catalog.merge`; the
    constructor checks that every cross-reference resolves.

    Attributes:
        questions: Every question, in a stable order.
        frameworks: Every answer framework.
        red_flags: Every red-flag rule.
        lexicon: ``(slot, entries)`` pairs used by patterns.
        toward: Patterns read as running toward a new role.
        away: Patterns read as running away from the old one.
    """

    questions: tuple[Question, ...]
    frameworks: tuple[Framework, ...]
    red_flags: tuple[RedFlag, ...]
    lexicon: tuple[tuple[str, tuple[str, ...]], ...] = ()
    toward: tuple[str, ...] = ()
    away: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        _check_references(self)

    # -- lookups ------------------------------------------------------------

    @cached_property
    def _questions_by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def _frameworks_by_id(self) -> dict[str, Framework]:
        return {f.id: f for f in self.frameworks}

    @cached_property
    def _rules_by_id(self) -> dict[str, RedFlag]:
        return {r.id: r for r in self.red_flags}

    def question(self, question_id: str) -> Question:
        """
        Return the question with id *question_id*.

        Raises:
            UnknownQuestionError: No such question; the error suggests close ids.

        >>> default_catalog().question("why-leave").id
        'why-leave'
        """
        try:
            return self._questions_by_id[question_id]
        except (KeyError, TypeError):
            key = str(question_id)
            ids = list(self._questions_by_id)
            close = _close(key, ids, n=3, cutoff=0.7)
            close = close or [qid for qid in ids if key.strip().lower() in qid][:3]
            # An id made up from the question's words ("where-in-five-years")
            # is spelt nothing like the real one, but means the same.
            close = close or [
                m.question.id
                for m in self.match(key, limit=2)
                if m.score >= _SUGGEST_THRESHOLD
            ]
            raise UnknownQuestionError(str(question_id), tuple(close)) from None

    def framework(self, framework_id: str) -> Framework:
        """
        Return the framework with id *framework_id*.

        Raises:
            KeyError: No such framework.
        """
        try:
            return self._frameworks_by_id[framework_id]
        except KeyError:
            known = ", ".join(sorted(self._frameworks_by_id))
            msg = f"no framework with id {framework_id!r}; known: {known}"
            raise KeyError(msg) from None

    def red_flag(self, rule_id: str) -> RedFlag:
        """
        Return the red-flag rule with id *rule_id*.

        Raises:
            KeyError: No such rule.
        """
        try:
            return self._rules_by_id[rule_id]
        except KeyError:
            close = _close(rule_id, list(self._rules_by_id), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            msg = f"no red-flag rule with id {rule_id!r}{hint}"
            raise KeyError(msg) from None

    @property
    def topics(self) -> tuple[str, ...]:
        """
        The distinct question topics, in catalog order.
        """
        return tuple(dict.fromkeys(q.topic for q in self.questions))

    def by_topic(self, topic: str) -> tuple[Question, ...]:
        """
        Return the questions of *topic* (empty if there are none).
        """
        return tuple(q for q in self.questions if q.topic == topic)

    # -- matching free text to questions -------------------------------------

    @cached_property
    def _index(self) -> _matching.QuestionIndex:
        return _matching.QuestionIndex(self.questions)

    def match(self, text: str, *, limit: int = 5) -> tuple[QuestionMatch, ...]:
        """
        Rank the questions that *text* may be asking, best first.

        Scores are in [0, 1]; text that asks no catalog question gets an
        empty result or only low scores.

        >>> best = default_catalog().match("So what has you looking for a new job?")[0]
        >>> best.question.id
        'why-leave'
        """
        if not isinstance(text, str):
            msg = f"text must be str, not {type(text).__name__}"
            raise TypeError(msg)
        ranked = self._index.rank(text)[:limit]
        by_id = self._questions_by_id
        return tuple(QuestionMatch(question=by_id[qid], score=s) for qid, s in ranked)

    def resolve(self, question: Question | str | None) -> Question | None:
        """
        Turn what a caller passed as *question* into a catalog question.

        Accepts a `Question`, a question id, the free text of a question
        (matched with `match`), or ``None``. Free text that matches nothing
        well gives ``None``. A string shaped like an id (``"why-leave"``) is
        always taken as one.

        Raises:
            UnknownQuestionError: *question* looks like an id but names none.
            TypeError: *question* is of another type.
        """
        if question is None or isinstance(question, Question):
            return question
        if not isinstance(question, str):
            msg = (
                "question must be a Question, a question id, question text or None; "
                f"got {type(question).__name__}"
            )
            raise TypeError(msg)
        key = question.strip()
        if key in self._questions_by_id:
            return self._questions_by_id[key]
        if _SLUG.match(key) and "-" in key:
            # Shaped like an id: a typo must not be guessed at silently.
            return self.question(key)
        matches = self.match(key, limit=1)
        if matches and matches[0].score >= MATCH_THRESHOLD:
            return matches[0].question
        return None

    # -- compiled matchers, built on first use --------------------------------

    @cached_property
    def _lexicon_items(self) -> dict[str, tuple[tuple[Item, ...], ...]]:
        return _scanner.parse_lexicon(self.lexicon)

    @cached_property
    def _rule_matcher(self) -> _scanner.Matcher[RedFlag]:
        # One matcher for every rule: it reports every rule that matches at
        # each word, so question scope can be applied to its hits afterwards.
        return _scanner.Matcher(
            [(r, r.patterns) for r in self.red_flags], self._lexicon_items
        )

    def rule_hits(
        self, normalised: str, question_id: str | None
    ) -> list[_scanner.Hit[RedFlag]]:
        """
        Return the raw rule hits in *normalised* text for answers to *question_id*.

        Compiles the rules on first use; later calls reuse them.
        """
        hits = self._rule_matcher.scan(normalised)
        return [h for h in hits if h.label.applies_to(question_id)]

    @cached_property
    def _step_matchers(self) -> dict[str, _scanner.Matcher[str]]:
        return {
            f.id: _scanner.Matcher(
                [(s.id, s.cues) for s in f.steps], self._lexicon_items
            )
            for f in self.frameworks
        }

    def step_matcher(self, framework_id: str) -> _scanner.Matcher[str]:
        """
        Return the compiled matcher for a framework's step cues.
        """
        return self._step_matchers[self.framework(framework_id).id]

    @cached_property
    def direction_matcher(self) -> _scanner.Matcher[str]:
        """
        The compiled matcher for the toward and away signal patterns.
        """
        return _scanner.Matcher(
            [("toward", self.toward), ("away", self.away)], self._lexicon_items
        )

    @cached_property
    def hedge_matcher(self) -> _scanner.Matcher[str] | None:
        """
        The compiled matcher for hedges a reframe may cut from a sentence.

        Its hits are labelled ``"hedge"`` (cut anywhere in a hedged sentence)
        or ``"aside"`` (cut only when set off, or inside a hedge finding).
        ``None`` when the content lacks those word lists.
        """
        slots = self._lexicon_items
        if "removable_hedge" not in slots or "removable_aside" not in slots:
            return None
        return _scanner.Matcher(
            [("hedge", ["{removable_hedge}"]), ("aside", ["{removable_aside}"])],
            slots,
        )

    # -- combining -------------------------------------------------------------

    def merge(self, other: Catalog, *, override: bool = False) -> Catalog:
        """
        Return a new catalog with the content of both.

        Args:
            other: The catalog to add.
            override: Let *other*'s questions, frameworks, rules and lexicon
                slots replace ones with the same id; otherwise a shared id is
                an error.

        Raises:
            ContentError: An id is in both catalogs and *override* is false.
        """
        return Catalog(
            questions=_combine(self.questions, other.questions, "question", override),
            frameworks=_combine(
                self.frameworks, other.frameworks, "framework", override
            ),
            red_flags=_combine(self.red_flags, other.red_flags, "red flag", override),
            lexicon=tuple(
                _combine_pairs(self.lexicon, other.lexicon, override=override)
            ),
            toward=tuple(dict.fromkeys(self.toward + other.toward)),
            away=tuple(dict.fromkeys(self.away + other.away)),
        )


def _combine(
    mine: tuple[_T, ...], theirs: tuple[_T, ...], kind: str, override: bool
) -> tuple[_T, ...]:
    ids = {item.id: item for item in mine}
    for item in theirs:
        key = item.id
        if key in ids and not override:
            msg = (
                f"{kind} {key!r} is in both catalogs; pass override=True to replace it"
            )
            raise ContentError(msg, entry=key)
        ids[key] = item
    return tuple(ids.values())


def _combine_pairs(
    mine: tuple[tuple[str, tuple[str, ...]], ...],
    theirs: tuple[tuple[str, tuple[str, ...]], ...],
    *,
    override: bool,
) -> list[tuple[str, tuple[str, ...]]]:
    slots = dict(mine)
    for name, values in theirs:
        if name in slots and slots[name] != values and not override:
            msg = f"lexicon slot {name!r} is in both catalogs; pass override=True to replace it"
            raise ContentError(msg, entry=name)
        slots[name] = values
    return sorted(slots.items())


def _check_references(catalog: Catalog) -> None:
    questions = {q.id for q in catalog.questions}
    frameworks = {f.id for f in catalog.frameworks}
    rules = {r.id for r in catalog.red_flags}
    samples: dict[str, str] = {}
    for q in catalog.questions:
        source = f"questions/{q.id}.toml"
        for sample in q.sample_answers:
            if sample.id in samples:
                msg = (
                    f"sample answer id {sample.id!r} is already used in "
                    f"questions/{samples[sample.id]}.toml; ids must be unique"
                )
                raise ContentError(msg, source=source, entry=sample.id, field="id")
            samples[sample.id] = q.id
        for fid in q.frameworks:
            if fid not in frameworks:
                msg = f"unknown framework {fid!r}; add frameworks/{fid}.toml or fix the id"
                raise ContentError(msg, source=source, entry=q.id, field="frameworks")
        for rid in q.related:
            if rid not in questions:
                msg = f"unknown question {rid!r}" + _hint(rid, questions)
                raise ContentError(msg, source=source, entry=q.id, field="related")
        for i, avoid in enumerate(q.avoid):
            if avoid.rule not in rules:
                msg = f"unknown red-flag rule {avoid.rule!r}" + _hint(avoid.rule, rules)
                raise ContentError(
                    msg, source=source, entry=q.id, field=f"avoid[{i}].rule"
                )
    for r in catalog.red_flags:
        source = f"red_flags/{r.category.value}.toml"
        for field in ("only_questions", "except_questions"):
            for qid in getattr(r, field):
                if qid not in questions:
                    msg = f"unknown question {qid!r}" + _hint(qid, questions)
                    raise ContentError(msg, source=source, entry=r.id, field=field)


def _close(key: str, known: list[str], *, n: int, cutoff: float = 0.6) -> list[str]:
    # difflib is imported only when an id is wrong: it is slow to import.
    import difflib

    return difflib.get_close_matches(key, known, n=n, cutoff=cutoff)


def _hint(key: str, known: Iterable[str]) -> str:
    close = _close(key, list(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def load_catalog(
    package: str,
    path: str = "data",
    *,
    base: Catalog | None = None,
    check_examples: bool = True,
) -> Catalog:
    """
    Load a content pack shipped inside another Python package.

    Args:
        package: The importable package that holds the pack.
        path: The folder inside *package*, laid out like interviewkit's own data.
        base: A catalog to extend (usually `default_catalog()`); the pack may then
            refer to its questions and frameworks. Ids may not clash with it.
        check_examples: Check that every rule of the pack matches its own
            examples and none of its near misses (this compiles the rules).

    Raises:
        ContentError: The pack is malformed, refers to unknown ids, or a rule
            disagrees with its own examples.
        ModuleNotFoundError: *package* cannot be imported.
    """
    root = _content.package_folder(package, path)
    pack = _content.load_pack(root, name=f"{package}/{path}")
    if base is None:
        catalog = _from_pack(pack)
    else:
        catalog = Catalog(
            questions=_combine(base.questions, pack.questions, "question", False),
            frameworks=_combine(base.frameworks, pack.frameworks, "framework", False),
            red_flags=_combine(base.red_flags, pack.red_flags, "red flag", False),
            lexicon=tuple(_combine_pairs(base.lexicon, pack.lexicon, override=False)),
            toward=tuple(dict.fromkeys(base.toward + pack.toward)),
            away=tuple(dict.fromkeys(base.away + pack.away)),
        )
    if check_examples:
        _check_examples(catalog, pack.red_flags)
    return catalog


def _check_examples(catalog: Catalog, rules: Iterable[RedFlag]) -> None:
    """
    Raise `ContentError` where a rule misses an example or hits a near miss.
    """
    for rule in rules:
        context = rule.only_questions[0] if rule.only_questions else None
        source = f"red_flags/{rule.category.value}.toml"
        for field, texts, wanted in (
            ("examples", rule.examples, True),
            ("near_misses", rule.near_misses, False),
        ):
            for i, text in enumerate(texts):
                hits = catalog.rule_hits(_text.normalise(text), context)
                found = any(
                    h.label == rule and not (h.negated and rule.negatable) for h in hits
                )
                if found != wanted:
                    problem = "does not match" if wanted else "matches"
                    msg = f"{text!r} {problem} the rule; fix the patterns or the text"
                    raise ContentError(
                        msg, source=source, entry=rule.id, field=f"{field}[{i}]"
                    )


def _from_pack(pack: _content.Pack) -> Catalog:
    return Catalog(
        questions=pack.questions,
        frameworks=pack.frameworks,
        red_flags=pack.red_flags,
        lexicon=pack.lexicon,
        toward=pack.toward,
        away=pack.away,
    )


_default: Catalog | None = None
_default_lock = threading.Lock()


def default_catalog() -> Catalog:
    """
    Return the catalog shipped with interviewkit, loading it on the first call.

    Later calls, from any thread, return the same object.
    """
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                pack = _content.load_pack(_content.packaged_data(), name="interviewkit")
                _default = _from_pack(pack)
    return _default
