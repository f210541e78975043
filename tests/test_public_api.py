"""The public face: names, docstrings, version, and a cheap import."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

import interviewkit as ik

CONTRACT = {
    "default_catalog",
    "find_red_flags",
    "suggest_reframes",
    "review_answer",
    "Catalog",
    "Question",
    "Framework",
    "SampleAnswer",
    "Tip",
    "RedFlag",
    "Finding",
    "Reframe",
    "QuestionMatch",
    "Review",
    "Category",
    "Severity",
    "ContentError",
    "UnknownQuestionError",
}


def test_contract_names_are_exported() -> None:
    """Every name outside code relies on is importable from the top level."""
    assert CONTRACT <= set(ik.__all__)
    assert all(hasattr(ik, name) for name in ik.__all__)


def test_all_is_sorted() -> None:
    """__all__ is sorted, so additions are easy to review."""
    assert sorted(ik.__all__) == list(ik.__all__)


def test_public_names_have_docstrings() -> None:
    """Every public name, and every public method of a public class, is documented."""
    missing = []
    for name in ik.__all__:
        obj = getattr(ik, name)
        if not inspect.getdoc(obj):
            missing.append(name)
        if inspect.isclass(obj):
            for attr, value in vars(obj).items():
                if (
                    not attr.startswith("_")
                    and callable(value)
                    and not inspect.getdoc(value)
                ):
                    missing.append(f"{name}.{attr}")

    assert [] == missing


def test_version() -> None:
    """__version__ comes from the package metadata."""
    from importlib.metadata import version

    assert version("interviewkit") == ik.__version__


def test_errors_subclass_builtins() -> None:
    """Errors refine the builtins callers already catch."""
    assert issubclass(ik.ContentError, ValueError)
    assert issubclass(ik.UnknownQuestionError, KeyError)


def test_import_reads_no_data() -> None:
    """Importing interviewkit opens no packaged data file and loads no catalog."""
    code = (
        "import sys, json\n"
        "opened = []\n"
        "sys.addaudithook(lambda e, a: opened.append(str(a[0])) if e == 'open' else None)\n"
        "import interviewkit, interviewkit.catalog\n"
        "print(json.dumps({'data': [p for p in opened if '.toml' in p],"
        " 'loaded': interviewkit.catalog._default is not None}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout

    assert {"data": [], "loaded": False} == json.loads(out)
