"""
Matching an interviewer's free-text question to catalog questions, offline.

Each question is indexed by its text, its aliases and its keywords. Text is
reduced to concept tokens: lower case, contractions and function words dropped,
a light stemmer, and synonym groups folded onto one token ("role", "position"
and "job" are one concept). A query scores against every phrasing of a question
by IDF-weighted overlap of tokens and token pairs, and the best phrasing counts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

from .model import Question

__all__ = ["QuestionIndex", "concepts"]

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "about",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "you",
        "your",
        "yours",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "how",
        "when",
        "where",
        "why",
        "would",
        "could",
        "should",
        "can",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "just",
        "so",
        "then",
        "than",
        "too",
        "very",
        "really",
        "also",
        "any",
        "some",
        "all",
        "each",
        "every",
        "tell",
        "me",
        "us",
        "please",
        "okay",
        "ok",
        "so",
        "well",
        "um",
        "uh",
        "like",
        "kind",
        "sort",
        "go",
        "ahead",
        "let",
        "let's",
        "talk",
        "walk",
        "through",
        "give",
        "bit",
        "little",
        "more",
        "share",
        "describe",
        "explain",
        "example",
        "time",
        "one",
        "thing",
        "things",
        "get",
        "got",
        "gonna",
        "wanna",
        "something",
        "anything",
        "if",
        "into",
        "out",
        "up",
        "down",
        "over",
        "again",
        "ever",
        "yourself",
        "he",
        "she",
        "they",
        "them",
        "their",
        "his",
        "her",
    ]
)

# Words that mean the same thing in interview questions, folded to one token.
_SYNONYMS: dict[str, str] = {}
for _group in (
    "job role position gig post opening opportunity",
    "company organization organisation firm employer business place team here us",
    "leave leaving left quit quitting exit depart departing moving move change switch "
    "switching looking search searching market",
    "current present existing last previous",
    "weak weakness weaknesses improvement improve development shortcoming flaw "
    "struggle struggled",
    "strength strengths strong strongest superpower best good great",
    "salary pay compensation comp paid money range expectation expectations "
    "package wage wages",
    "goal goals aspiration aspirations plan plans ambition ambitions future "
    "years year see envision picture",
    "conflict disagreement argument clash tension tense dispute friction",
    "fail failure failed mistake mistakes error screwed wrong",
    "manager boss supervisor",
    "coworker coworkers colleague colleagues teammate teammates peer peers",
    "hire hiring choose pick select",
    "gap break off hiatus away",
    "fire fired terminated let dismissed sacked",
    "layoff laid redundant redundancy downsized downsizing restructuring eliminated",
    "question questions ask asking",
    "love enjoy like favorite favourite best",
    "dislike least hate frustrating frustrate worst",
    "stress stressful pressure pressured deadline deadlines tight",
    "lead leader leadership led leading",
    "unique different unusual stand apart distinguish sets",
    "start begin join available availability notice soon",
    "remote home hybrid distributed office",
    "overqualified qualified experienced senior",
    "prioritize prioritise priorities priority juggle juggling competing multiple",
    "feedback criticism critique",
    "learn learning learned pick picked quickly fast",
    "proud proudest pride",
    "accomplishment accomplishments achievement achievements accomplished achieved",
    "customer customers client clients",
    "motivate motivates motivated motivation drive drives driven energize energizes",
    "ideal perfect dream",
    "success successful",
    "hobby hobbies interests outside free spare weekend weekends",
    "career profession field industry",
    "yourself background story",
    "describe describes description",
    "challenge challenges challenging obstacle obstacles difficult difficulty hard",
):
    _words = _group.split()
    for _w in _words:
        _SYNONYMS.setdefault(_w, _words[0])

_SUFFIXES = ("ing", "ed", "es", "s", "ly")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def concepts(text: str) -> list[str]:
    """
    Return the concept tokens of *text*, in order.

    >>> concepts("Why are you leaving your current position?")
    ['leave', 'current', 'job']
    """
    out = []
    for raw in _TOKEN.findall(text.lower().replace("\u2019", "'")):
        word = raw.split("'")[0]
        if word in _SYNONYMS:
            out.append(_SYNONYMS[word])
            continue
        if word in _STOPWORDS or len(word) < 2:
            continue
        stem = _stem(word)
        out.append(_SYNONYMS.get(stem, stem))
    return out


def _features(tokens: Sequence[str]) -> set[str]:
    feats = set(tokens)
    feats.update(f"{a} {b}" for a, b in pairwise(tokens))
    return feats


class QuestionIndex:
    """
    Ranks questions for free text; built once per catalog.
    """

    def __init__(self, questions: Iterable[Question]) -> None:
        self._docs: list[tuple[str, set[str]]] = []
        per_question: dict[str, set[str]] = {}
        for q in questions:
            phrasings = [q.text, *q.aliases]
            keywords = set()
            for kw in q.keywords:
                keywords.update(_features(concepts(kw)))
            for phrasing in phrasings:
                feats = _features(concepts(phrasing))
                if feats:
                    self._docs.append((q.id, feats | keywords))
            per_question.setdefault(q.id, set()).update(
                *(f for qid, f in self._docs if qid == q.id)
            )
        n = max(len(per_question), 1)
        df = Counter(f for feats in per_question.values() for f in feats)
        self._idf = {f: math.log(1 + n / c) for f, c in df.items()}
        self._unknown_idf = math.log(1 + n)

    def _weight(self, feature: str) -> float:
        return self._idf.get(feature, self._unknown_idf)

    def rank(self, text: str) -> list[tuple[str, float]]:
        """
        Return ``(question id, score)`` pairs with a score above zero, best first.
        """
        query = _features(concepts(text))
        if not query:
            return []
        q_norm = math.sqrt(sum(self._weight(f) ** 2 for f in query))
        best: dict[str, float] = {}
        for qid, feats in self._docs:
            shared = query & feats
            if not shared:
                continue
            overlap = sum(self._weight(f) ** 2 for f in shared)
            # Recall of the query matters most: a short query fully inside a
            # long alias is a strong match; a long rambling query is diluted.
            d_norm = math.sqrt(sum(self._weight(f) ** 2 for f in feats))
            cosine = overlap / (q_norm * d_norm)
            coverage = overlap / (q_norm * q_norm)
            score = 0.5 * cosine + 0.5 * coverage
            if score > best.get(qid, 0.0):
                best[qid] = score
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(qid, round(min(score, 1.0), 4)) for qid, score in ranked]
