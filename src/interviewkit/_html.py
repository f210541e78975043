"""
HTML for notebooks. Every piece of caller text is escaped here, and only here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

__all__ = ["review_html"]

_COLOURS = {"mild": "#fff3b0", "moderate": "#ffd199", "serious": "#ffb3b3"}


def review_html(
    *,
    answer: str,
    spans: Sequence[tuple[int, int, str, str]],
    notes: Iterable[str],
    question: str | None,
) -> str:
    """
    Return *answer* as HTML with each ``(start, end, severity, message)`` marked.

    Overlapping spans are merged into the first one, so the markup stays nested
    correctly.
    """
    parts = ['<div class="interviewkit-review">']
    if question:
        parts.append(f"<p><b>Question:</b> {escape(question)}</p>")
    parts.append('<p style="white-space: pre-wrap">')
    pos = 0
    for start, end, severity, message in sorted(spans):
        if start < pos:
            continue
        parts.append(escape(answer[pos:start]))
        colour = _COLOURS.get(severity, "#eeeeee")
        parts.append(
            f'<mark style="background: {colour}" title="{escape(message)}">'
            f"{escape(answer[start:end])}</mark>"
        )
        pos = end
    parts.append(escape(answer[pos:]))
    parts.append("</p>")
    items = [f"<li>{escape(note)}</li>" for note in notes]
    if items:
        parts.append("<ol>" + "".join(items) + "</ol>")
    parts.append("</div>")
    return "".join(parts)
