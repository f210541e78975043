"""Personalised scripts from a Profile."""

from __future__ import annotations

import pytest

import interviewkit as ik

PROFILE = ik.Profile(
    name="Dana",
    target_role="charge nurse",
    target_company="Riverside Health",
    current_role="staff nurse",
    current_company="St. Mary's",
    field="nursing",
    years_experience=6,
    skills=["triage", "mentoring new grads", "Epic charting"],
    projects=["the night-shift handover checklist"],
    achievement="cut handover errors by a third",
    goal="lead a unit",
    company_highlight="your new cardiac step-down unit",
)


def test_fills_every_placeholder() -> None:
    """Profile fields fill the template; lists read as English."""
    text = ik.personalise(
        "As a {current_role} with {years_experience} years I use {skills}.", PROFILE
    )

    assert (
        "As a staff nurse with 6 years I use triage, mentoring new grads and Epic charting."
        == text
    )


def test_missing_fields_are_listed() -> None:
    """Missing values raise MissingFieldsError naming each, in template order."""
    with pytest.raises(ik.MissingFieldsError, match="target_role, skills") as info:
        ik.personalise("{target_role} {skills} {target_role}", ik.Profile())

    assert ("target_role", "skills") == info.value.missing


def test_draft_keeps_visible_placeholders() -> None:
    """With draft=True, missing values stay visible as [placeholder]."""
    text = ik.personalise(
        "I'd join {target_company} as {target_role}.",
        ik.Profile(target_role="chef"),
        draft=True,
    )

    assert "I'd join [target_company] as chef." == text


def test_extra_fills_other_placeholders() -> None:
    """Profile.extra supplies placeholders that are not profile fields."""
    profile = ik.Profile(extra={"result": "on time"})

    assert "We shipped on time." == ik.personalise("We shipped {result}.", profile)


@pytest.mark.parametrize(
    "framework", ik.default_catalog().frameworks, ids=lambda f: f.id
)
def test_filled_framework_templates_are_clean(framework: ik.Framework) -> None:
    """A template filled from a sensible profile trips no red flag."""
    profile = ik.Profile(
        name=PROFILE.name,
        target_role=PROFILE.target_role,
        target_company=PROFILE.target_company,
        current_role=PROFILE.current_role,
        current_company=PROFILE.current_company,
        field=PROFILE.field,
        years_experience=PROFILE.years_experience,
        skills=PROFILE.skills,
        projects=PROFILE.projects,
        achievement=PROFILE.achievement,
        goal=PROFILE.goal,
        company_highlight=PROFILE.company_highlight,
        extra={
            "situation": "our unit was short two nurses during a flu surge",
            "task": "keep every patient's care on schedule",
            "action": "I rebuilt the assignment board and paired new grads with veterans",
            "result": "we finished the month with no missed medications",
        },
    )
    script = ik.personalise(framework, profile, draft=True)

    assert framework.template == "" or "{" not in script
    assert () == ik.find_red_flags(script)
