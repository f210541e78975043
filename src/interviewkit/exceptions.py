"""
Errors raised by interviewkit.

Each error subclasses the builtin it refines, so callers that already catch
``KeyError`` or ``ValueError`` keep working, and each carries the facts behind
its message as attributes.
"""

from __future__ import annotations

__all__ = ["ContentError", "UnknownQuestionError"]


class ContentError(ValueError):
    """
    Content data is malformed: a file, an entry or a field is wrong.

    Attributes:
        source: The data file, relative to its pack (``"questions/why-leave.toml"``).
        entry: The id or position of the entry inside the file, if any.
        field: The field that is wrong, if any.
        problem: What is wrong and, where there is one, how to fix it.
    """

    def __init__(
        self,
        problem: str,
        *,
        source: str = "",
        entry: str = "",
        field: str = "",
    ) -> None:
        self.source = source
        self.entry = entry
        self.field = field
        self.problem = problem
        super().__init__(self._message())

    def _message(self) -> str:
        where = []
        if self.source:
            where.append(self.source)
        if self.entry:
            where.append(f"entry {self.entry!r}")
        if self.field:
            where.append(f"field {self.field!r}")
        return ": ".join([*where, self.problem])


class UnknownQuestionError(KeyError):
    """
    No question in the catalog has the requested id.

    Attributes:
        question_id: The id that was asked for.
        suggestions: The closest known ids, best first (may be empty).
    """

    def __init__(self, question_id: str, suggestions: tuple[str, ...] = ()) -> None:
        self.question_id = question_id
        self.suggestions = suggestions
        super().__init__(question_id)

    def __str__(self) -> str:
        # KeyError.__str__ would wrap the message in quotes.
        msg = f"no question with id {self.question_id!r}"
        if self.suggestions:
            close = ", ".join(repr(s) for s in self.suggestions)
            return f"{msg}; did you mean {close}?"
        return f"{msg}; see Catalog.questions for the known ids"
