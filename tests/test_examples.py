"""Every program in examples/ runs, so none can rot."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import runpy
import subprocess
import sys

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"


def run(name: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return proc.stdout


def test_bot_turn() -> None:
    """The bot example matches the question and returns fixes as JSON."""
    reply = json.loads(run("bot_turn.py"))

    assert "why-leave" == reply["question"]
    assert {"negativity", "money"} <= {f["category"] for f in reply["red_flags"]}
    assert reply["fixes"]


def test_notebook_walkthrough_runs_as_a_script() -> None:
    """The percent-format notebook runs top to bottom."""
    namespace = runpy.run_path(str(EXAMPLES / "notebook_walkthrough.py"))

    assert namespace["review"].findings
    assert "<mark" in namespace["review"]._repr_html_()


def test_batch_with_processes() -> None:
    """The multiprocessing batch job counts categories across answers."""
    out = run("batch_check.py")

    assert "negativity" in out
    assert "threat" in out


@pytest.mark.skipif(
    importlib.util.find_spec("dask") is None, reason="dask extra not installed"
)
def test_batch_with_dask() -> None:
    """The optional dask.bag path gives the same counts as the process pool."""
    assert run("batch_check.py") == run("batch_check.py", "--dask")
