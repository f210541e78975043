"""
The candidate's own sentence with its hedges cut, offered as a reframe.

A generic better sentence helps less than the candidate's own words said
plainly, so for a hedge the first suggestion is the sentence it sits in with
every cuttable hedge taken out and the punctuation tidied.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ._scanner import Matcher
from .model import Category
from .results import Finding

__all__ = ["plain_sentence"]

# Sentence ends in normalised text, where an ellipsis is one "\u2026" and
# does not end a sentence.
_LAST_END = re.compile(r"[.!?\n](?=[^.!?\n]*\Z)")
_NEXT_END = re.compile(r"[.!?]+|\n")
_MAX_CHARS = 300
_PAUSES = ",;:-\u2013\u2014\u2026"
_PAUSE_RUN = re.compile(f"[{re.escape(_PAUSES)} ]+")
# Every pattern below sees single spaces only, so none can backtrack far.
_SPACES = re.compile(r"\s+")
_DOTS = re.compile(r"\.\.+|\u2026")
_REPEATED_COMMA = re.compile(r" ?,(?: ?,)+")
_SPACE_BEFORE = re.compile(r" ([,.!?;:])")
_EDGE = " ,;:-\u2013\u2014"
_QUESTION_WORDS = frozenset(
    [
        "what",
        "why",
        "how",
        "when",
        "where",
        "who",
        "which",
        "whose",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "would",
        "will",
        "should",
        "shall",
        "may",
        "might",
        "have",
        "has",
    ]
)
_MIN_WORDS = 3


def plain_sentence(
    answer: str,
    normalised: str,
    finding: Finding,
    findings: Sequence[Finding],
    hedges: Matcher[str],
) -> str | None:
    """
    Return the sentence holding *finding* with its hedges cut, or ``None``.

    *findings* are all the answer's findings, sorted by start. Hedges that
    are only hedges as asides ("like", "kind of") are cut when set off by
    pauses or inside a hedging finding, so "I like the work" keeps its
    "like". ``None`` when the sentence is too long to offer back, nothing could be
    cut, or too little is left.
    """
    bounds = _sentence_around(normalised, finding.start)
    if bounds is None:
        return None
    start, end = bounds
    first = bisect.bisect_left(findings, start, key=lambda f: f.start)
    last = bisect.bisect_left(findings, end, key=lambda f: f.start)
    spans = [
        (f.start - start, f.end - start)
        for f in findings[first:last]
        if f.category is Category.HEDGING
    ]
    if not spans:
        return None
    text = normalised[start:end]
    # A cut takes the commas and pauses after the hedge with it.
    cuts = sorted(
        (h.start, _past_pauses(text, h.end))
        for h in hedges.scan(text)
        if h.label == "hedge"
        or _set_off(text, h.start, h.end)
        or any(s <= h.start < e for s, e in spans)
    )
    if not cuts:
        return None
    sentence = answer[start:end]
    pieces, at = [], 0
    for cut_start, cut_end in cuts:
        if cut_start >= at:
            pieces.append(sentence[at:cut_start])
            at = cut_end
    pieces.append(sentence[at:])
    plain = _tidy("".join(pieces))
    if len(plain.split()) < _MIN_WORDS:
        return None
    return plain


def _past_pauses(text: str, at: int) -> int:
    run = _PAUSE_RUN.match(text, at)
    return run.end() if run else at


def _set_off(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    after = text[end : end + 3].lstrip()
    return (not before or before[-1] in _PAUSES) and (
        not after or after[0] in _PAUSES + ".?!"
    )


def _sentence_around(normalised: str, offset: int) -> tuple[int, int] | None:
    """
    Return the bounds of the sentence at *offset*, or ``None`` if it is long.

    Looking at most ``_MAX_CHARS`` either way keeps the work per finding
    bounded, whatever the length of the answer.
    """
    low = max(0, offset - _MAX_CHARS)
    before = _LAST_END.search(normalised, low, offset)
    if before is not None:
        start = before.end()
    elif low == 0:
        start = 0
    else:
        return None
    high = min(len(normalised), offset + _MAX_CHARS)
    after = _NEXT_END.search(normalised, offset, high)
    if after is not None:
        end = after.end()
    elif high == len(normalised):
        end = high
    else:
        return None
    return start, end


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", _DOTS.sub(" ", text))
    text = _SPACE_BEFORE.sub(r"\1", _REPEATED_COMMA.sub(",", text))
    body = text.rstrip(_EDGE + ".!?")
    end = text[len(body) :].strip(_EDGE)
    body = body.lstrip(_EDGE + ".!?")
    if not body:
        return body
    first = body.split(maxsplit=1)[0].lower().strip(",")
    if end.startswith("?") and first not in _QUESTION_WORDS:
        # Rising intonation on a statement is a hedge of its own.
        end = "."
    return body[0].upper() + body[1:] + (end[:1] or ".")
