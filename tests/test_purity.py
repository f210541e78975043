"""
The checks are pure, and importing the package reads no data.

Once the catalog is loaded, the checks open no file, start no process, touch no
socket and read no environment variable.
"""

from __future__ import annotations

import contextlib
import json
import os
import pathlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator, MutableMapping
from typing import Any, ClassVar

import pytest

import interviewkit as ik


class _Guard:
    """
    Module-level switch: the audit hook and environ wrappers record only while on.

    Audit hooks cannot be removed, so the hook is installed once and checks `on`.
    """

    on = False
    hook_installed = False
    recorded: ClassVar[list[tuple[str, str]]] = []


@contextlib.contextmanager
def _guarded() -> Iterator[None]:
    _Guard.recorded.clear()
    _Guard.on = True
    try:
        yield
    finally:
        _Guard.on = False


_EVENTS = frozenset(
    {
        "open",
        "import",
        "exec",
        "os.system",
        "os.fork",
        "os.forkpty",
        "os.listdir",
        "os.scandir",
        "os.remove",
        "os.rename",
        "os.mkdir",
        "os.rmdir",
        "os.truncate",
        "os.chdir",
        "os.putenv",
        "os.unsetenv",
        "glob.glob",
        "urllib.Request",
        "webbrowser.open",
    }
)
_PREFIXES = (
    "socket.",
    "subprocess.",
    "os.exec",
    "os.spawn",
    "os.posix_spawn",
    "shutil.",
    "http.client.",
    "ftplib.",
    "smtplib.",
    "ctypes.",
    "tempfile.",
)


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _Guard.on and (event in _EVENTS or event.startswith(_PREFIXES)):
        _Guard.recorded.append((event, repr(args)[:200]))


def _install_hook() -> None:
    if not _Guard.hook_installed:
        sys.addaudithook(_audit)
        _Guard.hook_installed = True


class _WatchedEnviron(MutableMapping[Any, Any]):
    """
    Wraps os.environ (or os.environb) and records every read while guarded.
    """

    def __init__(self, real: MutableMapping[Any, Any]) -> None:
        self.real = real
        self.reads: list[str] = []

    def _note(self, what: str) -> None:
        if _Guard.on:
            self.reads.append(what)

    def __getitem__(self, key: Any) -> Any:
        self._note(f"[{key!r}]")
        return self.real[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self._note(f"[{key!r}] = ...")
        self.real[key] = value

    def __delitem__(self, key: Any) -> None:
        self._note(f"del [{key!r}]")
        del self.real[key]

    def __iter__(self) -> Iterator[Any]:
        self._note("iter")
        return iter(self.real)

    def __len__(self) -> int:
        self._note("len")
        return len(self.real)

    def __contains__(self, key: object) -> bool:
        self._note(f"in {key!r}")
        return key in self.real

    def copy(self) -> dict[Any, Any]:
        self._note("copy")
        return dict(self.real)


# Varied inputs: clean and flagged answers, odd Unicode, empty text.
ANSWERS = (
    "",
    "   ",
    "My boss is an idiot and I just need to get out of there.",
    "I'm excited to grow into a charge nurse role on a bigger ward.",
    "Honestly the pay bump is the main draw, um, like, I guess.",
    "I'd never badmouth a former manager.",
    "\U0001f469\u200d\U0001f4bb \u0130stanbul \u0645\u062f\u06cc\u0631 e\u0301 \ud800 \x00",
    "I'm stagnating; it's a dead end job. " * 40,
)
QUESTIONS = (
    None,
    "why-leave",
    "greatest-weakness",
    "salary-expectations",
    "Why do you want to leave your current job?",
    "What is the airspeed of an unladen swallow?",
)
MATCH_TEXTS = (
    "Why are you looking for a new job?",
    "What are your salary expectations?",
    "",
    "\u0645\u062f\u06cc\u0631 \ud800",
)
PROFILE = ik.Profile(
    name="Ana",
    target_role="charge nurse",
    target_company="St. Anne's",
    skills=("triage", "rota planning"),
    extra={"team_size": "12"},
)


def _run_checks(catalog: ik.Catalog) -> None:
    for question in QUESTIONS:
        for answer in ANSWERS:
            ik.find_red_flags(answer, question)
            ik.suggest_reframes(answer, question)
            review = ik.review_answer(answer, question)
            review.to_dict()
            review._repr_html_()
    for text in MATCH_TEXTS:
        catalog.match(text)
    for framework in catalog.frameworks:
        ik.personalise(framework, PROFILE, draft=True)
    for question in catalog.questions[:5]:
        for sample in question.sample_answers:
            ik.personalise(sample, PROFILE, draft=True)
    ik.personalise("I want to grow as a {target_role} at {target_company}.", PROFILE)


@pytest.fixture(scope="module")
def warmed() -> ik.Catalog:
    """The packaged catalog, loaded, with every public check called once."""
    catalog = ik.default_catalog()
    _run_checks(catalog)
    _install_hook()
    return catalog


@pytest.fixture
def watched_environ(monkeypatch: pytest.MonkeyPatch) -> list[_WatchedEnviron]:
    """os.environ and os.environb replaced by recording wrappers."""
    watched = [_WatchedEnviron(os.environ)]
    monkeypatch.setattr(os, "environ", watched[0])
    if hasattr(os, "environb"):
        watched.append(_WatchedEnviron(os.environb))
        monkeypatch.setattr(os, "environb", watched[1])
    return watched


def test_checks_do_no_io(warmed: ik.Catalog) -> None:
    """Warmed checks open no file and start no process or socket."""
    with _guarded():
        _run_checks(warmed)

    assert [] == _Guard.recorded


def test_checks_read_no_environment(
    warmed: ik.Catalog, watched_environ: list[_WatchedEnviron]
) -> None:
    """Warmed checks never read or change os.environ."""
    with _guarded():
        _run_checks(warmed)

    assert [] == [read for w in watched_environ for read in w.reads]


def test_audit_guard_records_io(warmed: ik.Catalog, tmp_path: pathlib.Path) -> None:
    """The guard itself works: an open() while guarded is recorded."""
    with _guarded():
        (tmp_path / "probe.txt").write_text("x", encoding="utf-8")

    assert ["open"] == [event for event, _ in _Guard.recorded]


def test_environ_guard_records_reads(
    warmed: ik.Catalog, watched_environ: list[_WatchedEnviron]
) -> None:
    """The guard itself works: os.getenv() while guarded is recorded."""
    with _guarded():
        os.getenv("INTERVIEWKIT_PROBE")

    assert ["['INTERVIEWKIT_PROBE']"] == watched_environ[0].reads


_IMPORT_PROBE = textwrap.dedent(
    """
    import json, os, sys

    opened = []
    recording = True

    def hook(event, args):
        if recording and event == "open" and args and args[0] is not None:
            path = args[0]
            if isinstance(path, (str, bytes, os.PathLike)):
                opened.append(os.path.realpath(os.fsdecode(path)))

    sys.addaudithook(hook)
    import interviewkit
    recording = False

    from interviewkit import catalog
    package = os.path.realpath(os.path.dirname(interviewkit.__file__))
    cache_info = getattr(catalog.default_catalog, "cache_info", None)
    if cache_info is not None:
        loaded = cache_info().currsize > 0
    else:
        loaded = catalog._default is not None
    print(json.dumps({"opened": opened, "package": package, "loaded": loaded}))
    """
)


@pytest.fixture(scope="module")
def import_probe() -> dict[str, Any]:
    """What a fresh interpreter opens while it runs `import interviewkit`."""
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert 0 == proc.returncode, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_import_opens_no_data_file(import_probe: dict[str, Any]) -> None:
    """`import interviewkit` opens no file under the package's data/ folder."""
    data = os.path.join(import_probe["package"], "data")
    touched = [p for p in import_probe["opened"] if p.startswith(data + os.sep)]
    tomls = [p for p in import_probe["opened"] if p.endswith(".toml")]

    assert [] == touched
    assert [] == tomls


def test_import_does_not_load_the_catalog(import_probe: dict[str, Any]) -> None:
    """`import interviewkit` does not call default_catalog()."""
    assert False is import_probe["loaded"]


def test_import_probe_sees_opens(import_probe: dict[str, Any]) -> None:
    """The probe works: importing the package opens its own module files."""
    package = import_probe["package"] + os.sep
    own = [p for p in import_probe["opened"] if p.startswith(package)]

    assert [] != own
