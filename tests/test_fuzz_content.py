"""
Hostile content packs fail with a ContentError that says where the problem is.

Every test starts from a small valid pack written here, breaks it, loads it with
`interviewkit._content.load_pack` and builds a catalog from it. The only
exception allowed out is `ContentError`, and its message names the file (the
folder for duplicate ids), and the entry and field that were broken.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import pathlib
import re
import tomllib
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import interviewkit as ik
from interviewkit import _content
from interviewkit.catalog import _from_pack
from tests.strategies import MODEST

# -- a small valid pack ------------------------------------------------------------

LEXICON = "lexicon/core.toml"
DIRECTION = "direction.toml"
FRAMEWORK = "frameworks/x.toml"
QUESTION = "questions/q.toml"
RULES = "red_flags/negativity.toml"

BASE: dict[str, dict[str, Any]] = {
    LEXICON: {
        "boss": ["boss", "manager", "team lead"],
        "insult": ["idiot", "clueless", "a joke"],
    },
    DIRECTION: {
        "toward": ["excited about", "(want|hope) to grow"],
        "away": ["get out of", "fed up"],
    },
    FRAMEWORK: {
        "id": "x",
        "name": "Forward",
        "summary": "Say what draws you to the new role.",
        "template": "I want to grow as a {target_role} at {target_company}.",
        "steps": [
            {
                "id": "forward",
                "title": "Look forward",
                "guidance": "Say what draws you.",
                "cues": ["excited about", "grow into"],
            }
        ],
    },
    QUESTION: {
        "id": "q",
        "text": "Why do you want to leave your current job?",
        "topic": "motivation",
        "aliases": ["Why are you looking?"],
        "intent": "Whether you run toward something.",
        "frameworks": ["x"],
        "related": [],
        "sources": ["A hiring manager"],
        "keywords": ["leave"],
        "length": {"min_words": 20, "max_words": 120},
        "sample_answers": [
            {
                "id": "q-sample",
                "persona": "Staff nurse, 4 years",
                "framework": "x",
                "text": "I'm excited about leading a bigger ward.",
                "why_it_works": ["Looks forward."],
                "source": "",
            }
        ],
        "tips": [{"kind": "do", "text": "Look forward.", "source": ""}],
        "avoid": [{"text": "My boss is an idiot.", "rule": "boss-insult"}],
    },
    RULES: {
        "rules": [
            {
                "id": "boss-insult",
                "severity": "serious",
                "patterns": ["my {boss} (is|was) ~2 {insult}"],
                "message": "Insulting a boss makes the interviewer wince.",
                "reframes": ["I want a manager who gives people room."],
                "rationale": "Say what you want next.",
                "examples": ["my boss is an idiot", "my manager was so clueless"],
                "near_misses": ["my boss is a great mentor"],
                "only_questions": [],
                "except_questions": [],
                "negatable": True,
            }
        ]
    },
}

CATEGORIES = frozenset(c.value for c in ik.Category)

# -- writing TOML (the stdlib only reads it) ---------------------------------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+\Z")


def _toml_string(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    # JSON leaves DEL raw; TOML wants it escaped like the other controls.
    return out.replace("\x7f", "\\u007f")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_string(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(pairs) + "}"
    msg = f"cannot write {value!r} as TOML"
    raise TypeError(msg)


def dumps(doc: dict[str, Any]) -> str:
    """Return *doc* as TOML, one top-level key per line, tables inline."""
    return "".join(f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in doc.items())


# -- loading -------------------------------------------------------------------------

# Relative path -> a document to write as TOML, or raw bytes.
Files = dict[str, Any]


def _base() -> Files:
    return copy.deepcopy(BASE)


def write_pack(root: pathlib.Path, files: Files) -> pathlib.Path:
    """Write *files* (documents or raw bytes) under *root* and return it."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else dumps(content).encode()
        path.write_bytes(data)
    return root


def load(root: pathlib.Path) -> ik.Catalog:
    """Load the pack at *root* and build a catalog from it, as a caller would."""
    return _from_pack(_content.load_pack(root, name="pack"))


def try_load(root: pathlib.Path) -> ik.ContentError | None:
    """Load the pack at *root*; return its ContentError, or None if it loads."""
    try:
        load(root)
    except ik.ContentError as err:
        return err
    return None


def load_error(root: pathlib.Path) -> ik.ContentError:
    """Load the broken pack at *root* and return the ContentError it must raise."""
    err = try_load(root)

    assert err is not None, "the broken pack loaded without a ContentError"
    assert str(err).startswith(err.source), "the message starts with the file"
    return err


# -- where to break the pack ---------------------------------------------------------


class Spot(NamedTuple):
    """A table in the base pack, the names its errors use, and its fields' kinds."""

    file: str
    path: tuple[str | int, ...]
    entries: tuple[str, ...]
    fields: dict[str, str]
    required: tuple[str, ...]


SPOTS = (
    Spot(
        QUESTION,
        (),
        ("q",),
        {
            "id": "slug",
            "text": "str",
            "topic": "slug",
            "aliases": "strs",
            "intent": "str",
            "frameworks": "strs",
            "related": "strs",
            "sources": "strs",
            "keywords": "strs",
            "length": "table",
            "sample_answers": "tables",
            "tips": "tables",
            "avoid": "tables",
        },
        ("id", "text", "topic"),
    ),
    Spot(
        QUESTION,
        ("length",),
        ("q.length",),
        {"min_words": "int", "max_words": "int"},
        ("min_words", "max_words"),
    ),
    Spot(
        QUESTION,
        ("sample_answers", 0),
        ("q.sample_answers.q-sample", "q.sample_answers[0]"),
        {
            "id": "slug",
            "persona": "str",
            "framework": "slug",
            "text": "str",
            "why_it_works": "strs",
            "source": "str",
        },
        ("id", "persona", "framework", "text", "why_it_works"),
    ),
    Spot(
        QUESTION,
        ("tips", 0),
        ("q.tips[0]",),
        {"kind": "str", "text": "str", "source": "str"},
        ("kind", "text"),
    ),
    Spot(
        QUESTION,
        ("avoid", 0),
        ("q.avoid[0]",),
        {"text": "str", "rule": "slug"},
        ("text", "rule"),
    ),
    Spot(
        FRAMEWORK,
        (),
        ("x",),
        {
            "id": "slug",
            "name": "str",
            "summary": "str",
            "template": "str",
            "steps": "tables",
        },
        ("id", "name", "summary", "steps"),
    ),
    Spot(
        FRAMEWORK,
        ("steps", 0),
        ("x.steps.forward", "x.steps[0]"),
        {"id": "slug", "title": "str", "guidance": "str", "cues": "strs"},
        ("id", "title", "guidance"),
    ),
    Spot(
        RULES,
        ("rules", 0),
        ("boss-insult", "rules[0]"),
        {
            "id": "slug",
            "severity": "str",
            "patterns": "strs",
            "message": "str",
            "reframes": "strs",
            "rationale": "str",
            "examples": "strs",
            "near_misses": "strs",
            "only_questions": "strs",
            "except_questions": "strs",
            "negatable": "bool",
            "standalone": "bool",
        },
        (
            "id",
            "severity",
            "patterns",
            "message",
            "reframes",
            "examples",
            "near_misses",
        ),
    ),
    Spot(RULES, (), ("",), {"rules": "tables"}, ("rules",)),
    Spot(DIRECTION, (), ("",), {"toward": "strs", "away": "strs"}, ()),
)


def table_at(files: Files, spot: Spot) -> dict[str, Any]:
    """Return the (mutable) table that *spot* points at in *files*."""
    node: Any = files[spot.file]
    for step in spot.path:
        node = node[step]
    assert isinstance(node, dict)
    return node


def _fits(kind: str, value: Any) -> bool:
    """Whether *value* has the TOML type a field of *kind* wants."""
    if kind in {"str", "slug"}:
        return isinstance(value, str)
    if kind == "strs":
        return isinstance(value, list) and all(
            isinstance(v, str) and v.strip() for v in value
        )
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "table":
        return isinstance(value, dict)
    if kind == "tables":
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)
    msg = f"unknown kind {kind!r}"
    raise AssertionError(msg)


def _assert_names(
    err: ik.ContentError, spot: Spot, key: str, *, nested_ok: bool = False
) -> None:
    """The error names the spot's file, entry and the field *key*."""
    message = str(err)
    assert spot.file == err.source
    if nested_ok and key in err.entry:
        return  # an item inside the array was wrong: the entry names it
    assert err.entry in spot.entries
    if err.entry:
        assert repr(err.entry) in message
    assert key == err.field or err.field.startswith(key + "[")
    assert repr(err.field) in message


# -- strategies ----------------------------------------------------------------------

_TEXT = st.text(
    st.characters(exclude_categories=("Cs",)),
    max_size=12,
)
_SCALARS = st.one_of(
    _TEXT,
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)
_KEYS = st.one_of(
    st.from_regex(r"[a-z_][a-z0-9_]{0,12}", fullmatch=True),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=8),
)
TOML_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(_KEYS, inner, max_size=3),
    ),
    max_leaves=6,
)
SLUG = st.from_regex(r"[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}", fullmatch=True)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
NOT_A_SLUG = _TEXT.filter(lambda s: s.strip() != "" and not _ID.match(s.strip()))

_REGEX_SYNTAX = (
    "my boss.*idiot",
    "bo+ss",
    "\\bboss\\b",
    "[a-z]+ job",
    "boss{2}",
    "(?:boss) idiot",
    "boss|manager",
    "^boss",
    "boss$",
    "my (boss|manager)* is",
    "(idiot|jerk)+",
    "my\\s+boss",
    "boss!",
    "my boss.",
    "a . b",
)
_GROUPS = (
    "((my|our) boss|manager) idiot",
    "(my|our boss",
    "my () boss",
    "my (boss|) idiot",
    "(boss ~1 idiot)",
    "(boss?|manager)",
    "my boss)",
    "my? boss?",
    "(my|our)? {boss}?",
    "ab*",
    "=",
    "'",
    "*boss",
    "=boss*",
)


@st.composite
def bad_patterns(draw: st.DrawFn, *, slots: frozenset[str]) -> str:
    """A pattern the loader must reject, of one of many kinds."""
    word = st.sampled_from(("my", "boss", "idiot", "hate", "job", "team"))
    kind = draw(st.sampled_from(("regex", "group", "gaps", "gap", "edge", "slot")))
    if kind == "regex":
        return draw(st.sampled_from(_REGEX_SYNTAX))
    if kind == "group":
        return draw(st.sampled_from(_GROUPS))
    if kind == "gaps":
        count = draw(st.integers(min_value=3, max_value=6))
        words = draw(st.lists(word, min_size=count + 1, max_size=count + 1))
        return " ~1 ".join(words)
    if kind == "gap":
        size = draw(st.one_of(st.just(0), st.integers(min_value=6, max_value=99)))
        return f"{draw(word)} ~{size} {draw(word)}"
    if kind == "edge":
        return draw(
            st.sampled_from(
                ("~2 boss idiot", "boss idiot ~2", "boss ~1 ~1 idiot", "~1", "~3 ~3")
            )
        )
    name = draw(
        st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True).filter(
            lambda n: n not in slots
        )
    )
    return f"my {{{name}}} is {draw(word)}"


# -- the valid pack ------------------------------------------------------------------


def test_writer_round_trips_the_base_pack() -> None:
    """The TOML writer used here reads back as the documents it wrote."""
    for rel, doc in BASE.items():
        assert doc == tomllib.loads(dumps(doc)), rel


def test_base_pack_loads(tmp_path: pathlib.Path) -> None:
    """The unbroken pack loads, and its rule finds its own example."""
    cat = load(write_pack(tmp_path, _base()))
    found = ik.find_red_flags("my boss is an idiot", catalog=cat)

    assert ("q",) == tuple(q.id for q in cat.questions)
    assert ["boss-insult"] == [f.rule.id for f in found]


# -- hypothesis: one kind of damage per test ---------------------------------------


def _fresh_dir(factory: pytest.TempPathFactory) -> pathlib.Path:
    return factory.mktemp("pack", numbered=True)


@MODEST
@given(data=st.data())
def test_missing_required_field(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """Deleting a required field names the file, the entry and the field."""
    spot = data.draw(st.sampled_from([s for s in SPOTS if s.required]))
    key = data.draw(st.sampled_from(spot.required))
    files = _base()
    del table_at(files, spot)[key]

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    _assert_names(err, spot, key)


@MODEST
@given(data=st.data())
def test_unknown_field(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """An unknown field is rejected by name, in its file and entry."""
    spot = data.draw(st.sampled_from(SPOTS))
    key = data.draw(_KEYS.filter(lambda k: k not in spot.fields))
    files = _base()
    table_at(files, spot)[key] = data.draw(TOML_VALUES)

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    _assert_names(err, spot, key)
    assert "unknown field" in str(err)


@MODEST
@given(data=st.data())
def test_value_of_the_wrong_type(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A value of the wrong TOML type names the file, the entry and the field."""
    spot = data.draw(st.sampled_from(SPOTS))
    key = data.draw(st.sampled_from(sorted(spot.fields)))
    kind = spot.fields[key]
    value = data.draw(TOML_VALUES.filter(lambda v: not _fits(kind, v)))
    files = _base()
    table_at(files, spot)[key] = value

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    _assert_names(err, spot, key, nested_ok=kind == "tables")


_BROKEN_TOML = (
    "= 1",
    "[[",
    'x = "unterminated',
    "x = [1, 2",
    "x = 1 2",
    "x = tru",
    "x = 'a'\nx = 'b'",
    "x = 1979-13-45",
    "[ ]",
    'x = "\\q"',
    'x = "a\x01b"',
    "x = {a = 1,}",
    'x = """',
)


@MODEST
@given(
    rel=st.sampled_from(sorted(BASE)),
    junk=st.sampled_from(_BROKEN_TOML),
    where=st.sampled_from(("start", "end")),
)
def test_invalid_toml(
    tmp_path_factory: pytest.TempPathFactory, rel: str, junk: str, where: str
) -> None:
    """A file that is not valid TOML is named, and the message says so."""
    text = dumps(BASE[rel])
    text = junk + "\n" + text if where == "start" else text + junk + "\n"
    files = _base()
    files[rel] = text.encode()

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    assert rel == err.source
    assert "not valid TOML" in str(err)


@MODEST
@given(
    rel=st.sampled_from(sorted(BASE)),
    bad=st.sampled_from((b"\x80", b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88")),
    fraction=st.floats(min_value=0, max_value=1),
)
def test_invalid_utf8(
    tmp_path_factory: pytest.TempPathFactory, rel: str, bad: bytes, fraction: float
) -> None:
    """A file that is not UTF-8 is named, and the message says to save it as UTF-8."""
    raw = dumps(BASE[rel]).encode()
    cut = int(len(raw) * fraction)
    files = _base()
    files[rel] = raw[:cut] + bad + raw[cut:]

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    assert rel == err.source
    assert "UTF-8" in str(err)


_SLUG_FIELDS = [(s, k) for s in SPOTS for k, kind in s.fields.items() if kind == "slug"]


@MODEST
@given(data=st.data(), value=NOT_A_SLUG)
def test_bad_slug(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, value: str
) -> None:
    """An id that is not a lower-case slug is rejected, naming its field."""
    spot, key = data.draw(st.sampled_from(_SLUG_FIELDS))
    files = _base()
    table_at(files, spot)[key] = value

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    _assert_names(err, spot, key)
    assert "slug" in str(err)


_PATTERN_SPOTS = [
    (SPOTS[7], "patterns"),
    (SPOTS[6], "cues"),
    (SPOTS[9], "toward"),
    (SPOTS[9], "away"),
]


@MODEST
@given(data=st.data())
def test_bad_pattern(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A pattern outside the pattern language is rejected, quoted, by position."""
    spot, key = data.draw(st.sampled_from(_PATTERN_SPOTS))
    pattern = data.draw(bad_patterns(slots=frozenset(BASE[LEXICON])))
    files = _base()
    table_at(files, spot)[key] = [pattern]

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    _assert_names(err, spot, key)
    assert f"{key}[0]" == err.field
    assert repr(pattern.strip()) in str(err)


@MODEST
@given(data=st.data())
def test_bad_lexicon_entry(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    """A lexicon entry with a slot, a gap or other bad syntax is rejected."""
    entry = data.draw(
        st.one_of(
            bad_patterns(slots=frozenset()),
            st.sampled_from(("my {boss}", "{insult}", "boss ~1 idiot")),
        )
    )
    files = _base()
    files[LEXICON]["boss"] = ["boss", entry]

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    assert LEXICON == err.source
    assert "boss" == err.entry
    assert "boss[1]" == err.field
    assert repr(entry.strip()) in str(err)


@MODEST
@given(
    variant=st.sampled_from(("same-file", "other-file", "step", "slot", "sample")),
    name=SLUG,
    category=st.sampled_from(sorted(CATEGORIES - {"negativity"})),
)
def test_duplicate_id(
    tmp_path_factory: pytest.TempPathFactory, variant: str, name: str, category: str
) -> None:
    """A duplicate id is rejected, naming the folder (or file) and the id."""
    files = _base()
    if variant == "same-file":
        rules = files[RULES]["rules"]
        rules.append(copy.deepcopy(rules[0]))
        expected = ("red_flags", "boss-insult", "id")
    elif variant == "other-file":
        files[f"red_flags/{category}.toml"] = copy.deepcopy(BASE[RULES])
        expected = ("red_flags", "boss-insult", "id")
    elif variant == "step":
        steps = files[FRAMEWORK]["steps"]
        steps.append(copy.deepcopy(steps[0]))
        expected = (FRAMEWORK, "x.steps.forward", "id")
    elif variant == "sample":
        assume(name != "q")
        other = copy.deepcopy(files[QUESTION])
        other.update(id=name, related=["q"], avoid=[])
        files[f"questions/{name}.toml"] = other
        later = max(QUESTION, f"questions/{name}.toml")
        expected = (later, "q-sample", "id")
    else:
        other = f"lexicon/{name}.toml"
        assume(other != LEXICON)
        files[other] = {"boss": ["chief"]}
        later = max(LEXICON, other)
        expected = (later, "boss", "")

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    assert expected == (err.source, err.entry, err.field)
    assert re.search(r"duplicate|already (defined|used)", str(err))


_DANGLING = {
    # variant: (table spot, key, how to break it, expected (source, entry, field))
    "question-framework": (SPOTS[0], "frameworks", "append", (QUESTION, "q")),
    "question-related": (SPOTS[0], "related", "append", (QUESTION, "q")),
    "avoid-rule": (SPOTS[4], "rule", "set", (QUESTION, "q")),
    "sample-framework": (SPOTS[2], "framework", "set", (QUESTION, None)),
    "rule-only": (SPOTS[7], "only_questions", "append", (RULES, "boss-insult")),
    "rule-except": (SPOTS[7], "except_questions", "append", (RULES, "boss-insult")),
}


@MODEST
@given(variant=st.sampled_from(sorted(_DANGLING)), ref=SLUG)
def test_dangling_reference(
    tmp_path_factory: pytest.TempPathFactory, variant: str, ref: str
) -> None:
    """A reference to an id that does not exist names where it was made."""
    assume(ref not in {"q", "x", "boss-insult", "forward", "q-sample"})
    spot, key, how, (source, entry) = _DANGLING[variant]
    files = _base()
    table = table_at(files, spot)
    if how == "append":
        table[key] = [*table[key], ref]
    else:
        table[key] = ref

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    assert source == err.source
    if entry is not None:
        assert entry == err.entry
    else:
        assert err.entry in spot.entries
    assert key == err.field or err.field.endswith("." + key)
    assert repr(ref) in str(err)


@MODEST
@given(
    which=st.sampled_from((QUESTION, FRAMEWORK)),
    stem=st.text(
        st.characters(exclude_categories=("Cs",), exclude_characters="/\\\x00"),
        min_size=1,
        max_size=10,
    ),
)
def test_file_name_does_not_match_id(
    tmp_path_factory: pytest.TempPathFactory, which: str, stem: str
) -> None:
    """A question or framework whose id differs from its file name is named."""
    folder = which.split("/")[0]
    assume(stem not in {"q", "x", ".", ".."} and not stem.startswith("."))
    files = _base()
    files[f"{folder}/{stem}.toml"] = files.pop(which)

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    assert f"{folder}/{stem}.toml" == err.source
    assert "id" == err.field
    assert "file name" in str(err)


@MODEST
@given(stem=SLUG.filter(lambda s: s not in CATEGORIES))
def test_red_flag_file_name_is_not_a_category(
    tmp_path_factory: pytest.TempPathFactory, stem: str
) -> None:
    """A red-flag file must be named after a category; the message lists them."""
    files = _base()
    files[f"red_flags/{stem}.toml"] = files.pop(RULES)

    err = load_error(write_pack(_fresh_dir(tmp_path_factory), files))

    assert f"red_flags/{stem}.toml" == err.source
    assert "category" in str(err)
    assert "negativity" in str(err)


# -- hypothesis: anything at all ---------------------------------------------------

_PATTERN_TOKENS = st.one_of(
    st.sampled_from(
        (
            "my",
            "boss",
            "idiot",
            "i'm",
            "don't",
            "can't",
            "i am",
            "{boss}",
            "{insult}",
            "{boss}?",
            "{nope}",
            "~1",
            "~2",
            "~5",
            "~6",
            "(",
            ")",
            "|",
            "?",
            "*",
            "=",
            "'",
            "(a|b)",
            "(my|our)?",
            "stagnat*",
            "=pay",
            ".*",
            "\\b",
            "+",
            "[",
        )
    ),
    _TEXT,
)
_WORDS = st.sampled_from(
    ("my", "boss", "idiot", "i'm", "i am", "don't", "can't", "=pay", "stagnat*", "it's")
)
_ITEMS = st.one_of(
    _WORDS,
    st.sampled_from(("{boss}", "{insult}")),
    st.lists(
        st.one_of(_WORDS, st.sampled_from(("{boss}", "{insult}"))),
        min_size=1,
        max_size=3,
    ).map(lambda alts: "(" + "|".join(alts) + ")"),
).flatmap(lambda item: st.sampled_from((item, item, item + "?")))


@st.composite
def _plausible_pattern(draw: st.DrawFn) -> str:
    items = draw(st.lists(_ITEMS, min_size=1, max_size=6))
    out = [items[0]]
    for item in items[1:]:
        if draw(st.integers(min_value=0, max_value=3)) == 0:
            out.append(f"~{draw(st.integers(min_value=1, max_value=5))}")
        out.append(item)
    return " ".join(out)


ARBITRARY_PATTERNS = st.one_of(
    _plausible_pattern(),
    st.lists(_PATTERN_TOKENS, min_size=1, max_size=8).flatmap(
        lambda tokens: st.sampled_from((" ", "")).map(lambda sep: sep.join(tokens))
    ),
)


@MODEST
@given(data=st.data(), pattern=ARBITRARY_PATTERNS)
def test_arbitrary_pattern_loads_or_raises_content_error(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, pattern: str
) -> None:
    """Any pattern text either loads and scans, or raises ContentError naming it."""
    spot, key = data.draw(st.sampled_from(_PATTERN_SPOTS))
    files = _base()
    table_at(files, spot)[key] = [pattern]
    root = write_pack(_fresh_dir(tmp_path_factory), files)

    err = try_load(root)
    if err is not None:
        _assert_names(err, spot, key)
        return
    cat = load(root)
    review = ik.review_answer(
        "my boss is an idiot; I'm excited about it, " + pattern, "q", catalog=cat
    )

    assert isinstance(review, ik.Review)


def _mutations(files: Files, data: st.DataObject) -> None:
    """Apply one random kind of damage to *files*, in place."""
    kind = data.draw(
        st.sampled_from(("delete", "add", "retype", "bytes", "rename", "pattern"))
    )
    if kind == "bytes":
        rel = data.draw(st.sampled_from(sorted(files)))
        junk = data.draw(st.binary(min_size=1, max_size=6))
        content = files[rel]
        raw = content if isinstance(content, bytes) else dumps(content).encode()
        files[rel] = raw + b"\n" + junk
        return
    if kind == "rename":
        rel = data.draw(st.sampled_from(sorted(files)))
        folder = rel.rsplit("/", 1)[0] if "/" in rel else ""
        stem = data.draw(SLUG)
        new = f"{folder}/{stem}.toml" if folder else f"{stem}.toml"
        files[new] = files.pop(rel)
        return
    spot = data.draw(st.sampled_from(SPOTS))
    if not isinstance(files.get(spot.file), dict):
        return
    try:
        table = table_at(files, spot)
    except (KeyError, IndexError, TypeError, AssertionError):
        return
    if kind == "delete" and table:
        del table[data.draw(st.sampled_from(sorted(table)))]
    elif kind == "add":
        table[data.draw(_KEYS)] = data.draw(TOML_VALUES)
    elif kind == "retype" and table:
        table[data.draw(st.sampled_from(sorted(table)))] = data.draw(TOML_VALUES)
    elif kind == "pattern":
        table[data.draw(st.sampled_from(sorted(spot.fields)))] = [
            data.draw(ARBITRARY_PATTERNS)
        ]


@MODEST
@given(data=st.data(), count=st.integers(min_value=1, max_value=4))
def test_any_damage_raises_only_content_error(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, count: int
) -> None:
    """Random damage either still loads or raises ContentError naming a file."""
    files = _base()
    for _ in range(count):
        _mutations(files, data)
    root = write_pack(_fresh_dir(tmp_path_factory), files)
    folders = {rel.split("/")[0] for rel in files if "/" in rel}

    err = try_load(root)

    if err is not None:
        assert err.source in set(files) | folders
        assert str(err).startswith(err.source)


# -- one named test per cause --------------------------------------------------------


def _broken(tmp_path: pathlib.Path, change: Callable[[Files], None]) -> pathlib.Path:
    files = _base()
    change(files)
    return write_pack(tmp_path, files)


def _q(files: Files) -> dict[str, Any]:
    doc = files[QUESTION]
    assert isinstance(doc, dict)
    return doc


def _rule(files: Files) -> dict[str, Any]:
    doc = files[RULES]
    assert isinstance(doc, dict)
    rule: dict[str, Any] = doc["rules"][0]
    return rule


def _fw(files: Files) -> dict[str, Any]:
    doc = files[FRAMEWORK]
    assert isinstance(doc, dict)
    return doc


def test_missing_folder(tmp_path: pathlib.Path) -> None:
    """A pack folder that does not exist is reported by the pack's name."""
    with pytest.raises(ik.ContentError, match=r"^pack: no content folder"):
        load(tmp_path / "nowhere")


def test_cause_missing_field(tmp_path: pathlib.Path) -> None:
    """A missing required field is named with its file and entry."""
    root = _broken(tmp_path, lambda f: _q(f).pop("topic"))

    with pytest.raises(
        ik.ContentError,
        match=r"^questions/q\.toml: entry 'q': field 'topic': missing required field",
    ):
        load(root)


def test_cause_unknown_field(tmp_path: pathlib.Path) -> None:
    """An unknown field is named and the message suggests checking the spelling."""
    root = _broken(tmp_path, lambda f: _rule(f).update(severty="mild"))

    with pytest.raises(
        ik.ContentError,
        match=r"^red_flags/negativity\.toml: entry 'boss-insult': field 'severty': "
        r"unknown field\(s\): severty; check the spelling",
    ):
        load(root)


def test_cause_wrong_type_string(tmp_path: pathlib.Path) -> None:
    """A number where a string belongs is reported as such."""
    root = _broken(tmp_path, lambda f: _q(f).update(text=42))

    with pytest.raises(
        ik.ContentError,
        match=r"^questions/q\.toml: entry 'q': field 'text': expected a string, "
        r"got int 42",
    ):
        load(root)


def test_cause_wrong_type_list(tmp_path: pathlib.Path) -> None:
    """A single string where a list belongs is reported as such."""
    root = _broken(tmp_path, lambda f: _q(f).update(aliases="Why go?"))

    with pytest.raises(
        ik.ContentError,
        match=r"field 'aliases': expected a list of strings, got a string",
    ):
        load(root)


def test_cause_wrong_type_list_item(tmp_path: pathlib.Path) -> None:
    """A bad item inside a list is named by its position."""
    root = _broken(tmp_path, lambda f: _rule(f).update(reframes=["ok", 3]))

    with pytest.raises(
        ik.ContentError,
        match=r"entry 'boss-insult': field 'reframes\[1\]': expected a non-empty "
        r"string, got 3",
    ):
        load(root)


def test_cause_empty_list_item(tmp_path: pathlib.Path) -> None:
    """A blank string inside a list is named by its position."""
    root = _broken(tmp_path, lambda f: _q(f).update(keywords=["leave", "  "]))

    with pytest.raises(ik.ContentError, match=r"field 'keywords\[1\]': expected a"):
        load(root)


def test_cause_empty_string(tmp_path: pathlib.Path) -> None:
    """A required string that is blank is reported as empty."""
    root = _broken(tmp_path, lambda f: _fw(f).update(name="   "))

    with pytest.raises(
        ik.ContentError,
        match=r"^frameworks/x\.toml: entry 'x': field 'name': must not be empty",
    ):
        load(root)


def test_cause_wrong_type_integer(tmp_path: pathlib.Path) -> None:
    """A length that is not a whole number is named inside its table."""
    root = _broken(tmp_path, lambda f: _q(f)["length"].update(min_words="20"))

    with pytest.raises(
        ik.ContentError,
        match=r"entry 'q\.length': field 'min_words': expected a whole number",
    ):
        load(root)


def test_cause_wrong_type_bool(tmp_path: pathlib.Path) -> None:
    """A flag that is not true or false is reported as such."""
    root = _broken(tmp_path, lambda f: _rule(f).update(negatable="yes"))

    with pytest.raises(
        ik.ContentError, match=r"field 'negatable': expected true or false"
    ):
        load(root)


def test_cause_table_expected(tmp_path: pathlib.Path) -> None:
    """A [length] that is not a table is named."""
    root = _broken(tmp_path, lambda f: _q(f).update(length=90))

    with pytest.raises(
        ik.ContentError,
        match=r"^questions/q\.toml: entry 'q': field 'length': expected a table",
    ):
        load(root)


def test_cause_array_of_tables_expected(tmp_path: pathlib.Path) -> None:
    """Steps given as a table instead of an array of tables say how to write them."""
    root = _broken(tmp_path, lambda f: _fw(f).update(steps={"id": "forward"}))

    with pytest.raises(
        ik.ContentError,
        match=r"field 'steps': expected an array of tables \(\[\[steps\]\]\)",
    ):
        load(root)


def test_cause_item_is_not_a_table(tmp_path: pathlib.Path) -> None:
    """A step that is a string instead of a table is named by position."""
    root = _broken(tmp_path, lambda f: _fw(f).update(steps=["forward"]))

    with pytest.raises(
        ik.ContentError,
        match=r"^frameworks/x\.toml: entry 'x\.steps\[0\]': expected a table",
    ):
        load(root)


def test_cause_too_few_entries(tmp_path: pathlib.Path) -> None:
    """A rule with one example asks for at least two."""
    root = _broken(tmp_path, lambda f: _rule(f).update(examples=["my boss is a joke"]))

    with pytest.raises(
        ik.ContentError,
        match=r"field 'examples': expected at least 2 entries, got 1",
    ):
        load(root)


def test_cause_no_rules(tmp_path: pathlib.Path) -> None:
    """A red-flag file with no rules is rejected."""
    root = _broken(tmp_path, lambda f: f.update({RULES: {"rules": []}}))

    with pytest.raises(
        ik.ContentError,
        match=r"^red_flags/negativity\.toml: field 'rules': expected at least 1",
    ):
        load(root)


def test_cause_invalid_toml(tmp_path: pathlib.Path) -> None:
    """A file that is not TOML is named, with the parser's reason."""
    root = _broken(tmp_path, lambda f: f.update({QUESTION: b'id = "q"\ntext = \n'}))

    with pytest.raises(ik.ContentError, match=r"^questions/q\.toml: not valid TOML"):
        load(root)


def test_cause_duplicate_toml_key(tmp_path: pathlib.Path) -> None:
    """A key written twice in one file is a TOML error naming the file."""
    raw = dumps(BASE[FRAMEWORK]).encode() + b'name = "Again"\n'
    root = _broken(tmp_path, lambda f: f.update({FRAMEWORK: raw}))

    with pytest.raises(ik.ContentError, match=r"^frameworks/x\.toml: not valid TOML"):
        load(root)


def test_cause_invalid_utf8(tmp_path: pathlib.Path) -> None:
    """A file in another encoding is named, with the byte offset and the fix."""
    raw = 'id = "x"\nname = "Caf\xe9"\n'.encode("latin-1")
    root = _broken(tmp_path, lambda f: f.update({FRAMEWORK: raw}))

    with pytest.raises(
        ik.ContentError,
        match=r"^frameworks/x\.toml: not UTF-8 text \(.* at byte 20\); "
        r"save it as UTF-8",
    ):
        load(root)


def test_cause_bad_slug(tmp_path: pathlib.Path) -> None:
    """An id that is not a lower-case slug is quoted, with an example of one."""
    root = _broken(tmp_path, lambda f: _rule(f).update(id="Boss Insult"))

    with pytest.raises(
        ik.ContentError,
        match=r"entry 'rules\[0\]': field 'id': expected a lower-case slug like "
        r"'why-leave'; got 'Boss Insult'",
    ):
        load(root)


def test_cause_bad_topic_slug(tmp_path: pathlib.Path) -> None:
    """A topic that is not a slug is rejected like an id."""
    root = _broken(tmp_path, lambda f: _q(f).update(topic="Motivation!"))

    with pytest.raises(ik.ContentError, match=r"field 'topic': expected a lower-case"):
        load(root)


def test_cause_bad_severity(tmp_path: pathlib.Path) -> None:
    """An unknown severity lists the allowed ones."""
    root = _broken(tmp_path, lambda f: _rule(f).update(severity="hi"))

    with pytest.raises(
        ik.ContentError,
        match=r"field 'severity': expected one of mild, moderate, serious; got 'hi'",
    ):
        load(root)


def test_cause_bad_tip_kind(tmp_path: pathlib.Path) -> None:
    """A tip kind other than do or don't is rejected."""
    root = _broken(tmp_path, lambda f: _q(f)["tips"][0].update(kind="maybe"))

    with pytest.raises(
        ik.ContentError,
        match=r"entry 'q\.tips\[0\]': field 'kind': expected 'do' or \"don't\"; "
        r"got 'maybe'",
    ):
        load(root)


def test_cause_bad_length(tmp_path: pathlib.Path) -> None:
    """A recommended length whose minimum exceeds its maximum is rejected."""
    root = _broken(
        tmp_path, lambda f: _q(f).update(length={"min_words": 200, "max_words": 100})
    )

    with pytest.raises(
        ik.ContentError,
        match=r"entry 'q\.length': field 'min_words': expected 0 < min_words <= "
        r"max_words; got 200 and 100",
    ):
        load(root)


def test_cause_bad_template_placeholder(tmp_path: pathlib.Path) -> None:
    """A template placeholder that is not an identifier is rejected."""
    root = _broken(tmp_path, lambda f: _fw(f).update(template="I am {Target Role}."))

    with pytest.raises(
        ik.ContentError,
        match=r"field 'template': placeholder \{Target Role\} must be a lower-case "
        r"identifier",
    ):
        load(root)


def test_cause_only_and_except(tmp_path: pathlib.Path) -> None:
    """A rule cannot both limit and exclude questions."""
    root = _broken(
        tmp_path,
        lambda f: _rule(f).update(only_questions=["q"], except_questions=["q"]),
    )

    with pytest.raises(
        ik.ContentError,
        match=r"field 'except_questions': use only_questions or except_questions, "
        r"not both",
    ):
        load(root)


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("my boss.*idiot", r"regular-expression syntax and punctuation"),
        ("bo+ss", r"regular-expression syntax"),
        ("a ~1 b ~1 c ~1 d", r"at most 2 ~N gaps"),
        ("my ~6 boss", r"a gap is ~1 to ~5 words"),
        ("my ~0 boss", r"a gap is ~1 to ~5 words"),
        ("~2 boss", r"cannot start or end with a ~N gap"),
        ("boss ~1 ~2 idiot", r"two ~N gaps cannot stand next to each other"),
        ("my {chief} is", r"unknown slot \{chief\}; define it in a lexicon file"),
        ("((my|our) boss|x) idiot", r"groups cannot be nested"),
        ("(my|our boss", r"never closed"),
        ("my (boss|) idiot", r"empty alternative"),
        ("(boss ~1 idiot)", r"only words and slots may stand inside a group"),
        ("my? boss?", r"at least one item that is not optional"),
        ("ab* job", r"a prefix needs at least 3 letters"),
    ],
    ids=[
        "regex",
        "quantifier",
        "too-many-gaps",
        "gap-too-wide",
        "gap-zero",
        "gap-at-edge",
        "adjacent-gaps",
        "unknown-slot",
        "nested-group",
        "unclosed-group",
        "empty-alternative",
        "gap-in-group",
        "all-optional",
        "short-prefix",
    ],
)
def test_cause_bad_pattern(tmp_path: pathlib.Path, pattern: str, reason: str) -> None:
    """A rule pattern outside the pattern language is quoted with the reason."""
    root = _broken(tmp_path, lambda f: _rule(f).update(patterns=["my boss", pattern]))

    with pytest.raises(
        ik.ContentError,
        match=r"^red_flags/negativity\.toml: entry 'boss-insult': "
        r"field 'patterns\[1\]': " + re.escape(repr(pattern)) + ": .*" + reason,
    ):
        load(root)


def test_cause_bad_cue(tmp_path: pathlib.Path) -> None:
    """A framework step cue is checked like a rule pattern."""
    root = _broken(tmp_path, lambda f: _fw(f)["steps"][0].update(cues=["grow+"]))

    with pytest.raises(
        ik.ContentError,
        match=r"^frameworks/x\.toml: entry 'x\.steps\.forward': field 'cues\[0\]': "
        r"'grow\+'",
    ):
        load(root)


def test_cause_bad_direction_pattern(tmp_path: pathlib.Path) -> None:
    """A direction signal pattern is checked like a rule pattern."""
    root = _broken(tmp_path, lambda f: f.update({DIRECTION: {"away": ["{nope}"]}}))

    with pytest.raises(
        ik.ContentError,
        match=r"^direction\.toml: field 'away\[0\]': '\{nope\}': unknown slot",
    ):
        load(root)


def test_cause_unknown_direction_key(tmp_path: pathlib.Path) -> None:
    """direction.toml accepts only toward and away."""
    root = _broken(tmp_path, lambda f: f.update({DIRECTION: {"towards": ["x"]}}))

    with pytest.raises(
        ik.ContentError, match=r"^direction\.toml: field 'towards': unknown field"
    ):
        load(root)


def test_cause_lexicon_entry_with_slot(tmp_path: pathlib.Path) -> None:
    """A lexicon entry cannot use a slot."""
    root = _broken(tmp_path, lambda f: f[LEXICON].update(boss=["my {insult}"]))

    with pytest.raises(
        ik.ContentError,
        match=r"^lexicon/core\.toml: entry 'boss': field 'boss\[0\]': 'my \{insult\}': "
        r"lexicon entries cannot use slots",
    ):
        load(root)


def test_cause_lexicon_entry_with_gap(tmp_path: pathlib.Path) -> None:
    """A lexicon entry cannot use a gap."""
    root = _broken(tmp_path, lambda f: f[LEXICON].update(boss=["boss ~1 man"]))

    with pytest.raises(
        ik.ContentError, match=r"field 'boss\[0\]': .*lexicon entries cannot use gaps"
    ):
        load(root)


def test_cause_bad_slot_name(tmp_path: pathlib.Path) -> None:
    """A lexicon slot name must be a lower-case identifier."""
    root = _broken(tmp_path, lambda f: f[LEXICON].update({"Big-Boss": ["chief"]}))

    with pytest.raises(
        ik.ContentError,
        match=r"^lexicon/core\.toml: entry 'Big-Boss': slot names are lower-case "
        r"identifiers",
    ):
        load(root)


def test_cause_empty_lexicon_slot(tmp_path: pathlib.Path) -> None:
    """A lexicon slot needs at least one entry."""
    root = _broken(tmp_path, lambda f: f[LEXICON].update(boss=[]))

    with pytest.raises(
        ik.ContentError, match=r"field 'boss': expected at least 1 entries"
    ):
        load(root)


def test_cause_duplicate_lexicon_slot(tmp_path: pathlib.Path) -> None:
    """A slot defined in two lexicon files names both files."""
    root = _broken(tmp_path, lambda f: f.update({"lexicon/more.toml": {"boss": ["x"]}}))

    with pytest.raises(
        ik.ContentError,
        match=r"^lexicon/more\.toml: entry 'boss': slot 'boss' is already defined in "
        r"lexicon/core\.toml",
    ):
        load(root)


def test_cause_duplicate_rule_id(tmp_path: pathlib.Path) -> None:
    """Two rules with one id are reported by the folder, the id and the field."""

    def change(files: Files) -> None:
        files["red_flags/escape.toml"] = copy.deepcopy(BASE[RULES])

    root = _broken(tmp_path, change)

    with pytest.raises(
        ik.ContentError,
        match=r"^red_flags: entry 'boss-insult': field 'id': duplicate id "
        r"'boss-insult'",
    ):
        load(root)


def test_cause_duplicate_step_id(tmp_path: pathlib.Path) -> None:
    """Two steps with one id in a framework are rejected."""
    step = copy.deepcopy(BASE[FRAMEWORK]["steps"][0])
    root = _broken(tmp_path, lambda f: _fw(f)["steps"].append(step))

    with pytest.raises(
        ik.ContentError,
        match=r"^frameworks/x\.toml: entry 'x\.steps\.forward': field 'id': "
        r"duplicate step id 'forward'",
    ):
        load(root)


def test_cause_duplicate_sample_answer_id(tmp_path: pathlib.Path) -> None:
    """Sample-answer ids are unique across the catalog (docs/content-format.md)."""

    def change(files: Files) -> None:
        other = copy.deepcopy(_q(files))
        other.update(id="p", related=["q"], avoid=[])
        files["questions/p.toml"] = other

    root = _broken(tmp_path, change)

    with pytest.raises(
        ik.ContentError,
        match=r"^questions/q\.toml: entry 'q-sample': field 'id': sample answer id "
        r"'q-sample' is already used in questions/p\.toml",
    ):
        load(root)


def test_cause_dangling_framework(tmp_path: pathlib.Path) -> None:
    """A question naming an unknown framework says which file to add."""
    root = _broken(tmp_path, lambda f: _q(f).update(frameworks=["x", "stair"]))

    with pytest.raises(
        ik.ContentError,
        match=r"^questions/q\.toml: entry 'q': field 'frameworks': unknown framework "
        r"'stair'; add frameworks/stair\.toml or fix the id",
    ):
        load(root)


def test_cause_dangling_related(tmp_path: pathlib.Path) -> None:
    """A related id that names no question is rejected."""
    root = _broken(tmp_path, lambda f: _q(f).update(related=["nowhere"]))

    with pytest.raises(
        ik.ContentError,
        match=r"entry 'q': field 'related': unknown question 'nowhere'",
    ):
        load(root)


def test_cause_dangling_avoid_rule(tmp_path: pathlib.Path) -> None:
    """An avoid example naming an unknown rule suggests the closest rule id."""
    root = _broken(tmp_path, lambda f: _q(f)["avoid"][0].update(rule="boss-insults"))

    with pytest.raises(
        ik.ContentError,
        match=r"field 'avoid\[0\]\.rule': unknown red-flag rule 'boss-insults'; "
        r"did you mean 'boss-insult'\?",
    ):
        load(root)


def test_cause_dangling_only_questions(tmp_path: pathlib.Path) -> None:
    """A rule scoped to an unknown question is rejected."""
    root = _broken(tmp_path, lambda f: _rule(f).update(only_questions=["why-q"]))

    with pytest.raises(
        ik.ContentError,
        match=r"^red_flags/negativity\.toml: entry 'boss-insult': "
        r"field 'only_questions': unknown question 'why-q'",
    ):
        load(root)


def test_cause_dangling_except_questions(tmp_path: pathlib.Path) -> None:
    """A rule excluding an unknown question is rejected."""
    root = _broken(tmp_path, lambda f: _rule(f).update(except_questions=["qq"]))

    with pytest.raises(
        ik.ContentError, match=r"field 'except_questions': unknown question 'qq'"
    ):
        load(root)


def test_cause_sample_framework_not_the_questions(tmp_path: pathlib.Path) -> None:
    """A sample answer must follow one of its question's frameworks."""
    root = _broken(
        tmp_path, lambda f: _q(f)["sample_answers"][0].update(framework="star")
    )

    with pytest.raises(
        ik.ContentError,
        match=r"entry 'q\.sample_answers\.q-sample': field 'framework': 'star' is "
        r"not one of this question's frameworks",
    ):
        load(root)


def test_cause_question_file_name(tmp_path: pathlib.Path) -> None:
    """A question's id must match its file name."""
    root = _broken(
        tmp_path, lambda f: f.update({"questions/why.toml": f.pop(QUESTION)})
    )

    with pytest.raises(
        ik.ContentError,
        match=r"^questions/why\.toml: entry 'why': field 'id': id 'q' must match the "
        r"file name 'why'",
    ):
        load(root)


def test_cause_framework_file_name(tmp_path: pathlib.Path) -> None:
    """A framework's id must match its file name."""
    root = _broken(
        tmp_path, lambda f: f.update({"frameworks/star.toml": f.pop(FRAMEWORK)})
    )

    with pytest.raises(
        ik.ContentError, match=r"^frameworks/star\.toml: .*must match the file name"
    ):
        load(root)


def test_cause_red_flag_file_not_a_category(tmp_path: pathlib.Path) -> None:
    """A red-flag file must be named after a category."""
    root = _broken(
        tmp_path, lambda f: f.update({"red_flags/gossip.toml": f.pop(RULES)})
    )

    with pytest.raises(
        ik.ContentError,
        match=r"^red_flags/gossip\.toml: the file name must be a category "
        r"\(negativity, .*\); got 'gossip'",
    ):
        load(root)
