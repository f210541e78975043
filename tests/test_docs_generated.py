"""The generated reference pages match the packaged data."""

from __future__ import annotations

import importlib.util
import pathlib

import interviewkit as ik

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_generator() -> object:
    spec = importlib.util.spec_from_file_location(
        "gen_docs", ROOT / "scripts" / "gen_docs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pages_are_up_to_date() -> None:
    """docs/questions.md and docs/red-flags.md equal what the generator writes now."""
    gen = load_generator()
    cat = ik.default_catalog()

    for name, build in gen.PAGES.items():  # type: ignore[attr-defined]
        current = (ROOT / "docs" / name).read_text(encoding="utf-8")
        assert build(cat) == current, (
            f"docs/{name} is stale; run python scripts/gen_docs.py"
        )
