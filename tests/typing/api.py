"""Type-checked with mypy --strict, never run: how callers use the public API."""

from __future__ import annotations

import interviewkit as ik

cat: ik.Catalog = ik.default_catalog()
q: ik.Question = cat.question("why-leave")
matches: tuple[ik.QuestionMatch, ...] = cat.match("Why are you looking?")
score: float = matches[0].score

findings: tuple[ik.Finding, ...] = ik.find_red_flags("text", q)
findings = ik.find_red_flags("text", "why-leave", min_severity=ik.Severity.MODERATE)
findings = ik.find_red_flags("text", None, catalog=cat, min_severity="serious")
start: int = findings[0].start
category: ik.Category = findings[0].category
severity: ik.Severity = findings[0].severity
reframes: tuple[ik.Reframe, ...] = ik.suggest_reframes("text", "Why leave?")
suggestions: tuple[str, ...] = reframes[0].suggestions

review: ik.Review = ik.review_answer("text", q, framework="star")
data: dict[str, object] = review.to_dict()
html: str = review._repr_html_()
covered: tuple[str, ...] = review.covered_steps
label: str = review.direction.label

profile = ik.Profile(target_role="chef", skills=["knife work"], extra={"result": "x"})
script: str = ik.personalise(cat.framework("star"), profile, draft=True)

custom: ik.Catalog = ik.load_catalog("mypack", base=cat).merge(cat, override=True)
