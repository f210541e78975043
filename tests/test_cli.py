"""The command line: output and exit codes."""

from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys

import pytest

import interviewkit as ik
from interviewkit.__main__ import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_questions_lists_ids(capsys: pytest.CaptureFixture[str]) -> None:
    """`questions` lists every id with its text."""
    code, out, _ = run(["questions"], capsys)

    assert 0 == code
    assert "why-leave" in out
    assert len(out.splitlines()) >= 40


def test_show_prints_guidance(capsys: pytest.CaptureFixture[str]) -> None:
    """`show ID` prints the question, framework, samples, tips and don'ts."""
    code, out, _ = run(["show", "why-leave"], capsys)

    assert 0 == code
    for heading in (
        "Also asked as",
        "Framework:",
        "Sample answer",
        "Tips",
        "Don't say",
    ):
        assert heading in out
    assert "\033[" not in out


def test_show_unknown_id_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown id exits 2 with a suggestion and no traceback."""
    code, _, err = run(["show", "why-leaving"], capsys)

    assert 2 == code
    assert "did you mean 'why-leave'" in err
    assert "Traceback" not in err


def test_check_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    """`check` exits 1 on a finding at or above --fail-on, else 0."""
    assert 0 == run(["check", "My boss is an idiot."], capsys)[0]
    assert (
        1 == run(["check", "My boss is an idiot.", "--fail-on", "moderate"], capsys)[0]
    )
    assert 0 == run(["check", "I'd love to grow.", "--fail-on", "mild"], capsys)[0]
    hedged = "Um, I guess I want to grow."
    assert 0 == run(["check", hedged, "--fail-on", "serious"], capsys)[0]
    assert 1 == run(["check", hedged, "--fail-on", "mild"], capsys)[0]


def test_check_prints_findings_and_reframes(capsys: pytest.CaptureFixture[str]) -> None:
    """Text output names the severity, category, text and a replacement."""
    _, out, _ = run(["check", "My boss is an idiot."], capsys)

    assert "SERIOUS negativity" in out
    assert "Instead:" in out


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints findings with reframes as JSON."""
    code, out, _ = run(
        [
            "check",
            "The money is the main draw.",
            "-q",
            "why-leave",
            "--format",
            "json",
            "--fail-on",
            "moderate",
        ],
        capsys,
    )
    data = json.loads(out)

    assert 1 == code
    assert "why-leave" == data["question"]
    assert "money" == data["findings"][0]["finding"]["category"]


def test_check_reads_file_and_stdin(
    tmp_path: pathlib.Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The answer can come from --file or standard input."""
    path = tmp_path / "answer.txt"
    path.write_text("I hate my job.", encoding="utf-8")

    assert 1 == run(["check", "--file", str(path), "--fail-on", "mild"], capsys)[0]
    monkeypatch.setattr(sys, "stdin", io.StringIO("I hate my job."))
    assert 1 == run(["check", "-", "--fail-on", "mild"], capsys)[0]


def test_review_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`review` prints coverage, direction and fixes; JSON has the same data."""
    answer = "I just need to get out of there, my manager is clueless."
    code, out, _ = run(
        ["review", answer, "-q", "why-leave", "--fail-on", "serious"], capsys
    )

    assert 1 == code
    assert "Direction: running away" in out
    assert "Most useful fixes" in out
    code, out, _ = run(
        ["review", answer, "-q", "why-leave", "--format", "json"], capsys
    )
    assert "why-leave" == json.loads(out)["question"]


@pytest.mark.parametrize(
    "args",
    [
        ["check", "x", "--fail-on", "extreme"],
        ["frobnicate"],
        ["check", "x", "--file", "also-a-file"],
        ["check", "answer", "-q", "why-leavin"],
        ["check", "--file", "/no/such/file.txt"],
    ],
)
def test_bad_usage_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Bad usage or input exits 2 with a message, not a traceback."""
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    _, err = capsys.readouterr()

    assert 2 == code
    assert "Traceback" not in err
    assert err


def test_match_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`match` ranks catalog questions for the interviewer's words."""
    code, out, _ = run(["match", "Where do you see yourself in five years?"], capsys)

    assert 0 == code
    assert "career-goals" in out.splitlines()[0]


def test_module_runs_as_a_program() -> None:
    """`python -m interviewkit` works in a subprocess, with exit codes intact."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "interviewkit",
            "check",
            "I hate my job.",
            "--fail-on",
            "mild",
        ],
        capture_output=True,
        text=True,
        check=False,
    )

    assert 1 == proc.returncode
    assert "negativity" in proc.stdout


def test_stats_counts_the_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    """`stats` prints one count per line, matching the catalog."""
    code, out, _ = run(["stats"], capsys)
    counts = {line[:22].strip(): int(line[22:]) for line in out.splitlines()}

    assert 0 == code
    assert len(ik.default_catalog().questions) == counts["questions"]
    assert counts["red-flag patterns"] > 150
