"""
Text helpers: normalisation that keeps offsets, word counts, answer checks.

Matching runs on a normalised copy of the caller's text that has exactly the
same length, so an offset into the copy is an offset into the original.
"""

from __future__ import annotations

import re

__all__ = [
    "WORDS_PER_MINUTE",
    "check_answer",
    "normalise",
    "speaking_seconds",
    "word_count",
]

# A relaxed interview pace; most people speak 120-160 words a minute.
WORDS_PER_MINUTE = 140

_APOSTROPHES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\uff07": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)
_DOTS = re.compile(r"\.\.+")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def normalise(text: str) -> str:
    """
    Return *text* in lower case with straight apostrophes, at the same length.

    >>> normalise("I’M Done")
    "i'm done"
    """
    low = text.lower()
    if len(low) != len(text):
        # A few characters lower-case to two ("İ" -> "i̇"); keep those as they
        # are so that offsets stay aligned with the caller's string.
        low = "".join(c if len(lc := c.lower()) != 1 else lc for c in text)
    low = low.translate(_APOSTROPHES)
    if ".." in low:
        # An ellipsis pauses a sentence without ending it.
        low = _DOTS.sub(lambda m: "\u2026" * len(m[0]), low)
    return low


def word_count(text: str) -> int:
    """
    Return the number of words in *text*.

    >>> word_count("I've led two teams -- a 12-person one, too.")
    9
    """
    return sum(1 for _ in _WORD.finditer(text))


def speaking_seconds(words: int) -> float:
    """
    Return roughly how long *words* words take to say aloud, in seconds.
    """
    return round(words * 60 / WORDS_PER_MINUTE, 1)


def check_answer(answer: object) -> str:
    """
    Return *answer* if it is a ``str``; raise a `TypeError` that says what to do.
    """
    if isinstance(answer, str):
        return answer
    if isinstance(answer, bytes | bytearray | memoryview):
        msg = (
            "answer must be str, not bytes; decode it first, "
            'e.g. answer.decode("utf-8")'
        )
        raise TypeError(msg)
    msg = f"answer must be str, not {type(answer).__name__}; pass the answer text"
    raise TypeError(msg)
