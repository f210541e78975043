"""
Job-interview guidance as data, and pure checks on a candidate's answer.

>>> import interviewkit as ik
>>> ik.default_catalog().question("why-leave").text
'Why do you want to leave your current job?'
"""

from __future__ import annotations

from .catalog import Catalog, default_catalog, load_catalog
from .exceptions import ContentError, UnknownQuestionError
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
from .profile import MissingFieldsError, Profile, personalise
from .redflags import find_red_flags, suggest_reframes
from .results import Direction, Finding, QuestionMatch, Reframe, Review, StepCoverage
from .review import review_answer

__all__ = [
    "AnswerLength",
    "AvoidExample",
    "Catalog",
    "Category",
    "ContentError",
    "Direction",
    "Finding",
    "Framework",
    "FrameworkStep",
    "MissingFieldsError",
    "Profile",
    "Question",
    "QuestionMatch",
    "RedFlag",
    "Reframe",
    "Review",
    "SampleAnswer",
    "Severity",
    "StepCoverage",
    "Tip",
    "TipKind",
    "UnknownQuestionError",
    "default_catalog",
    "find_red_flags",
    "load_catalog",
    "personalise",
    "review_answer",
    "suggest_reframes",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import version

        return version("interviewkit")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
