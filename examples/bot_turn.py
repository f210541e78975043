"""
One turn of a chat bot.

The interviewer's question and the user's answer go in; guidance and the most
useful fixes come out, as JSON-ready data.

    python examples/bot_turn.py
"""

from __future__ import annotations

import json
from typing import Any

import interviewkit as ik


def coach(question_text: str, answer: str) -> dict[str, Any]:
    """Return what a bot would send back for one practice answer."""
    review = ik.review_answer(answer, question_text)
    q = review.question
    return {
        "question": q.id if q else None,
        "what_they_want": q.intent if q else None,
        "red_flags": [
            {
                "said": f.text,
                "category": f.category.value,
                "why": f.message,
                "try": r.suggestions[0],
            }
            for f, r in zip(review.findings, review.reframes, strict=True)
        ],
        "missing_steps": [c.title for c in review.coverage if not c.covered],
        "direction": review.direction.label,
        "fixes": list(review.fixes),
    }


def main() -> None:
    reply = coach(
        "So what's making you look for something new?",
        "um honestly im just so done with my boss, he's clueless. plus you pay more",
    )
    print(json.dumps(reply, indent=2))


if __name__ == "__main__":
    main()
