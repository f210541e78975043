"""
The only module that reads files: a content pack's TOML, validated into models.

A *pack* is a folder (usually inside a Python package) laid out as
``docs/content-format.md`` describes. Every problem becomes a `ContentError`
naming the file, the entry and the field, so a content author can fix it
without reading this code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from . import _patterns
from .exceptions import ContentError
from .model import (
    AnswerLength,
    AvoidExample,
    Category,
    Framework,
    FrameworkStep,
    Question,
    RedFlag,
    SampleAnswer,
    Severity,
    Tip,
    TipKind,
)

__all__ = ["Pack", "load_pack", "package_folder", "packaged_data"]

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_SLOT_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*\Z")

if TYPE_CHECKING:
    from importlib_resources.abc import Traversable

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class Pack:
    """
    The validated contents of one pack, before cross-references are resolved.
    """

    name: str
    questions: tuple[Question, ...]
    frameworks: tuple[Framework, ...]
    red_flags: tuple[RedFlag, ...]
    lexicon: tuple[tuple[str, tuple[str, ...]], ...]
    toward: tuple[str, ...]
    away: tuple[str, ...]


def packaged_data() -> Traversable:
    """
    Return the folder of content shipped inside the interviewkit wheel.
    """
    return package_folder("interviewkit", "data")


def package_folder(package: str, path: str) -> Traversable:
    """
    Return the folder *path* inside the importable *package*.
    """
    # Imported here: it is needed only when content is loaded, not at import.
    import importlib_resources

    root = importlib_resources.files(package)
    for part in path.split("/"):
        if part:
            root = root / part
    return root


def load_pack(root: Traversable, *, name: str) -> Pack:
    """
    Read and validate every file of the pack at *root*.

    Raises:
        ContentError: Any file, entry or field is malformed.
    """
    if not root.is_dir():
        msg = f"no content folder at {str(root)!r}; a pack is a folder of TOML files"
        raise ContentError(msg, source=name)
    lexicon = _load_lexicon(root)
    slots = frozenset(k for k, _ in lexicon)
    toward, away = _load_direction(root, slots)
    frameworks = tuple(
        _framework(doc, path, slots) for path, doc in _documents(root, "frameworks")
    )
    questions = tuple(
        _question(doc, path) for path, doc in _documents(root, "questions")
    )
    red_flags = tuple(
        rule
        for path, doc in _documents(root, "red_flags")
        for rule in _rules(doc, path, slots)
    )
    _no_duplicates(questions, "questions", lambda q: q.id)
    _no_duplicates(frameworks, "frameworks", lambda f: f.id)
    _no_duplicates(red_flags, "red_flags", lambda r: r.id)
    return Pack(
        name=name,
        questions=questions,
        frameworks=frameworks,
        red_flags=red_flags,
        lexicon=lexicon,
        toward=toward,
        away=away,
    )


# -- files ------------------------------------------------------------------


def _read(node: Traversable, path: str) -> dict[str, Any]:
    try:
        raw = node.read_bytes()
    except OSError as err:
        msg = f"cannot read the file: {err}"
        raise ContentError(msg, source=path) from err
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        msg = f"not UTF-8 text ({err.reason} at byte {err.start}); save it as UTF-8"
        raise ContentError(msg, source=path) from err
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        msg = f"not valid TOML: {err}"
        raise ContentError(msg, source=path) from err


def _documents(root: Traversable, folder: str) -> Iterator[tuple[str, dict[str, Any]]]:
    base = root / folder
    if not base.is_dir():
        return
    for node in sorted(base.iterdir(), key=lambda n: n.name):
        if node.name.endswith(".toml") and node.is_file():
            path = f"{folder}/{node.name}"
            yield path, _read(node, path)


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].removesuffix(".toml")


# -- a strict reader for one TOML table ---------------------------------------


class _Fields:
    """
    Takes fields out of one TOML table, checking each, then rejects leftovers.
    """

    def __init__(self, table: object, source: str, entry: str, field: str = "") -> None:
        self.source = source
        self.entry = entry
        if not isinstance(table, dict):
            self.fail(field, f"expected a table, got {_kind(table)}")
        self.table: dict[str, Any] = dict(table) if isinstance(table, dict) else {}

    def fail(self, field: str, problem: str) -> Any:
        raise ContentError(problem, source=self.source, entry=self.entry, field=field)

    def text(self, field: str, *, default: str | None = None) -> str:
        value = self._get(field, default)
        if not isinstance(value, str):
            self.fail(field, f"expected a string, got {_kind(value)}")
        if default is None and not value.strip():
            self.fail(field, "must not be empty")
        return str(value).strip()

    def slug(self, field: str) -> str:
        value = self.text(field)
        if not _ID.match(value):
            self.fail(
                field,
                f"expected a lower-case slug like 'why-leave'; got {value!r}",
            )
        return str(value)

    def texts(
        self, field: str, *, minimum: int = 0, required: bool = False
    ) -> tuple[str, ...]:
        value = self._get(field, None if required else [])
        if not isinstance(value, list):
            self.fail(field, f"expected a list of strings, got {_kind(value)}")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{field}[{i}]", f"expected a non-empty string, got {item!r}")
        if len(value) < minimum:
            self.fail(field, f"expected at least {minimum} entries, got {len(value)}")
        return tuple(v.strip() for v in value)

    def integer(self, field: str) -> int:
        value = self._get(field, None)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(field, f"expected a whole number, got {_kind(value)}")
        return int(value)

    def flag(self, field: str, *, default: bool) -> bool:
        value = self._get(field, default)
        if not isinstance(value, bool):
            self.fail(field, f"expected true or false, got {_kind(value)}")
        return bool(value)

    def tables(self, field: str, *, minimum: int = 0) -> list[Any]:
        value = self._get(field, [])
        if not isinstance(value, list):
            self.fail(
                field, f"expected an array of tables ([[{field}]]), got {_kind(value)}"
            )
        if len(value) < minimum:
            self.fail(field, f"expected at least {minimum} entries, got {len(value)}")
        return list(value)

    def raw(self, field: str) -> Any:
        return self._get(field, None)

    def has(self, field: str) -> bool:
        return field in self.table

    def done(self) -> None:
        if self.table:
            extra = ", ".join(sorted(self.table))
            self.fail(
                next(iter(sorted(self.table))),
                f"unknown field(s): {extra}; check the spelling",
            )

    def _get(self, field: str, default: object) -> Any:
        if field in self.table:
            return self.table.pop(field)
        if default is None:
            self.fail(field, "missing required field")
        return default


def _kind(value: object) -> str:
    names = {dict: "a table", list: "a list", str: "a string", bool: "a boolean"}
    return names.get(type(value), f"{type(value).__name__} {value!r}")


def _build(fields: _Fields, field: str, factory: Callable[..., T], **kwargs: Any) -> T:
    try:
        return factory(**kwargs)
    except (TypeError, ValueError) as err:
        return fields.fail(field, str(err))  # type: ignore[no-any-return]


def _no_duplicates(items: tuple[T, ...], folder: str, key: Callable[[T], str]) -> None:
    seen: set[str] = set()
    for item in items:
        k = key(item)
        if k in seen:
            msg = f"duplicate id {k!r}; ids must be unique"
            raise ContentError(msg, source=folder, entry=k, field="id")
        seen.add(k)


def _check_patterns(
    fields: _Fields, field: str, patterns: tuple[str, ...], slots: frozenset[str]
) -> None:
    for i, pattern in enumerate(patterns):
        try:
            _patterns.parse(pattern, slots)
        except _patterns.PatternError as err:
            fields.fail(f"{field}[{i}]", f"{pattern!r}: {err}")


# -- lexicon and direction ---------------------------------------------------


def _load_lexicon(root: Traversable) -> tuple[tuple[str, tuple[str, ...]], ...]:
    entries: dict[str, tuple[str, ...]] = {}
    origin: dict[str, str] = {}
    for path, doc in _documents(root, "lexicon"):
        for name in sorted(doc):
            fields = _Fields(doc, path, name)
            if not _SLOT_NAME.match(name):
                fields.fail("", f"slot names are lower-case identifiers; got {name!r}")
            if name in entries:
                fields.fail("", f"slot {name!r} is already defined in {origin[name]}")
            values = fields.texts(name, minimum=1, required=True)
            for i, value in enumerate(values):
                try:
                    _patterns.parse(value, in_lexicon=True)
                except _patterns.PatternError as err:
                    fields.fail(f"{name}[{i}]", f"{value!r}: {err}")
            entries[name] = values
            origin[name] = path
    return tuple(sorted(entries.items()))


def _load_direction(
    root: Traversable, slots: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    node = root / "direction.toml"
    if not node.is_file():
        return (), ()
    fields = _Fields(_read(node, "direction.toml"), "direction.toml", "")
    toward = fields.texts("toward")
    away = fields.texts("away")
    fields.done()
    _check_patterns(fields, "toward", toward, slots)
    _check_patterns(fields, "away", away, slots)
    return toward, away


# -- frameworks --------------------------------------------------------------


def _framework(doc: dict[str, Any], path: str, slots: frozenset[str]) -> Framework:
    fields = _Fields(doc, path, _stem(path))
    fid = fields.slug("id")
    if fid != _stem(path):
        fields.fail("id", f"id {fid!r} must match the file name {_stem(path)!r}")
    fields.entry = fid
    name = fields.text("name")
    summary = fields.text("summary")
    template = fields.text("template", default="")
    for placeholder in _PLACEHOLDER.findall(template):
        if not _IDENTIFIER.match(placeholder):
            fields.fail(
                "template",
                f"placeholder {{{placeholder}}} must be a lower-case identifier "
                "like {target_role}",
            )
    steps = []
    seen: set[str] = set()
    for i, raw in enumerate(fields.tables("steps", minimum=1)):
        step = _Fields(raw, path, f"{fid}.steps[{i}]")
        sid = step.slug("id")
        step.entry = f"{fid}.steps.{sid}"
        if sid in seen:
            step.fail("id", f"duplicate step id {sid!r}")
        seen.add(sid)
        cues = step.texts("cues")
        _check_patterns(step, "cues", cues, slots)
        steps.append(
            FrameworkStep(
                id=sid,
                title=step.text("title"),
                guidance=step.text("guidance"),
                cues=cues,
            )
        )
        step.done()
    fields.done()
    return Framework(id=fid, name=name, summary=summary, steps=steps, template=template)


# -- questions ----------------------------------------------------------------


def _question(doc: dict[str, Any], path: str) -> Question:
    fields = _Fields(doc, path, _stem(path))
    qid = fields.slug("id")
    if qid != _stem(path):
        fields.fail("id", f"id {qid!r} must match the file name {_stem(path)!r}")
    fields.entry = qid
    text = fields.text("text")
    topic = fields.slug("topic")
    aliases = fields.texts("aliases")
    intent = fields.text("intent", default="")
    frameworks = fields.texts("frameworks")
    related = fields.texts("related")
    sources = fields.texts("sources")
    keywords = fields.texts("keywords")
    length = AnswerLength(min_words=50, max_words=250)
    if fields.has("length"):
        raw = _Fields(fields.raw("length"), path, qid, "length")
        raw.entry = f"{qid}.length"
        length = _build(
            raw,
            "min_words",
            AnswerLength,
            min_words=raw.integer("min_words"),
            max_words=raw.integer("max_words"),
        )
        raw.done()
    samples = []
    for i, raw_sample in enumerate(fields.tables("sample_answers")):
        s = _Fields(raw_sample, path, f"{qid}.sample_answers[{i}]")
        sid = s.slug("id")
        s.entry = f"{qid}.sample_answers.{sid}"
        framework = s.slug("framework")
        if framework not in frameworks:
            s.fail(
                "framework",
                f"{framework!r} is not one of this question's frameworks {list(frameworks)}",
            )
        samples.append(
            SampleAnswer(
                id=sid,
                text=s.text("text"),
                persona=s.text("persona"),
                framework=framework,
                why_it_works=s.texts("why_it_works", minimum=1),
                source=s.text("source", default=""),
            )
        )
        s.done()
    tips = []
    for i, raw_tip in enumerate(fields.tables("tips")):
        t = _Fields(raw_tip, path, f"{qid}.tips[{i}]")
        kind = t.text("kind")
        if kind.replace("\u2019", "'") not in {k.value for k in TipKind}:
            t.fail("kind", f"expected 'do' or \"don't\"; got {kind!r}")
        tips.append(
            Tip(
                text=t.text("text"),
                kind=TipKind(kind.replace("\u2019", "'")),
                source=t.text("source", default=""),
            )
        )
        t.done()
    avoid = []
    for i, raw_avoid in enumerate(fields.tables("avoid")):
        a = _Fields(raw_avoid, path, f"{qid}.avoid[{i}]")
        avoid.append(AvoidExample(text=a.text("text"), rule=a.slug("rule")))
        a.done()
    fields.done()
    return Question(
        id=qid,
        text=text,
        topic=topic,
        aliases=aliases,
        intent=intent,
        frameworks=frameworks,
        sample_answers=samples,
        tips=tips,
        avoid=avoid,
        related=related,
        sources=sources,
        keywords=keywords,
        length=length,
    )


# -- red flags ----------------------------------------------------------------


def _rules(doc: dict[str, Any], path: str, slots: frozenset[str]) -> Iterator[RedFlag]:
    stem = _stem(path)
    top = _Fields(doc, path, "")
    try:
        category = Category(stem)
    except ValueError:
        known = ", ".join(c.value for c in Category)
        top.fail("", f"the file name must be a category ({known}); got {stem!r}")
    for i, raw in enumerate(top.tables("rules", minimum=1)):
        fields = _Fields(raw, path, f"rules[{i}]")
        rid = fields.slug("id")
        fields.entry = rid
        severity_raw = fields.text("severity")
        try:
            severity = Severity.parse(severity_raw)
        except ValueError as err:
            fields.fail("severity", str(err))
        patterns = fields.texts("patterns", minimum=1, required=True)
        _check_patterns(fields, "patterns", patterns, slots)
        only = fields.texts("only_questions")
        skip = fields.texts("except_questions")
        if only and skip:
            fields.fail(
                "except_questions", "use only_questions or except_questions, not both"
            )
        rule = RedFlag(
            id=rid,
            category=category,
            severity=severity,
            patterns=patterns,
            message=fields.text("message"),
            reframes=fields.texts("reframes", minimum=1),
            rationale=fields.text("rationale", default=""),
            examples=fields.texts("examples", minimum=2),
            near_misses=fields.texts("near_misses", minimum=1),
            only_questions=only,
            except_questions=skip,
            negatable=fields.flag("negatable", default=True),
            standalone=fields.flag("standalone", default=True),
        )
        fields.done()
        yield rule
    top.done()
