"""
Personalised scripts: a candidate's profile poured into a template.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from .model import Framework, SampleAnswer

__all__ = ["MissingFieldsError", "Profile", "personalise"]

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class MissingFieldsError(ValueError):
    """
    A template needs profile fields that were not given.

    Attributes:
        missing: The placeholder names that had no value, in template order.
    """

    def __init__(self, missing: tuple[str, ...]) -> None:
        self.missing = missing
        names = ", ".join(missing)
        super().__init__(
            f"the profile has no value for: {names}; set these fields (or pass "
            "them in Profile(extra={...})), or call personalise(..., draft=True) "
            "to keep visible placeholders"
        )


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _pairs(
    value: Mapping[str, str] | Iterable[tuple[str, str]],
) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(k), str(v)) for k, v in items))


@attrs.frozen(kw_only=True)
class Profile:
    """
    What a candidate tells a bot about themselves, for filling in scripts.

    Every field is optional; a template names the ones it needs.

    Attributes:
        name: The candidate's name.
        target_role: The job applied for.
        target_company: The employer applied to.
        current_role: The job held now (or last).
        current_company: The employer now (or last).
        field: The candidate's field or industry.
        years_experience: Years of relevant experience.
        skills: Skills to highlight, most relevant first.
        projects: Projects or results to point to.
        achievement: One concrete achievement, with a number if possible.
        goal: What the candidate wants to grow toward.
        company_highlight: Something specific about the employer that appeals.
        extra: Values for any other placeholder a template uses.
    """

    name: str = ""
    target_role: str = ""
    target_company: str = ""
    current_role: str = ""
    current_company: str = ""
    field: str = ""
    years_experience: int | None = None
    skills: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    projects: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    achievement: str = ""
    goal: str = ""
    company_highlight: str = ""
    extra: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)

    def value(self, placeholder: str) -> str:
        """
        Return the text for *placeholder*, or ``""`` if the profile has none.
        """
        extra = dict(self.extra)
        if placeholder in extra:
            return extra[placeholder].strip()
        if placeholder in _FIELDS:
            raw = getattr(self, placeholder)
            if raw is None:
                return ""
            if isinstance(raw, tuple):
                return _join(raw)
            return str(raw).strip()
        return ""


_FIELDS = frozenset(a.name for a in attrs.fields(Profile) if a.name != "extra")


def _join(items: tuple[str, ...]) -> str:
    items = tuple(i.strip() for i in items if i.strip())
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def personalise(
    script: str | Framework | SampleAnswer, profile: Profile, *, draft: bool = False
) -> str:
    """
    Fill the ``{placeholders}`` of *script* from *profile*.

    Args:
        script: A framework (its template is used), a sample answer, or a
            template string.
        profile: The candidate's details.
        draft: Keep a visible ``[placeholder]`` for each missing value instead
            of raising.

    Raises:
        MissingFieldsError: Some placeholders have no value and *draft* is false.

    >>> personalise("I want to grow as a {target_role} at {target_company}.",
    ...             Profile(target_role="charge nurse", target_company="St. Anne's"))
    "I want to grow as a charge nurse at St. Anne's."
    >>> personalise("Skilled in {skills}.", Profile(), draft=True)
    'Skilled in [skills].'
    """
    if isinstance(script, Framework):
        template = script.template
    elif isinstance(script, SampleAnswer):
        template = script.text
    else:
        template = script
    missing = [
        name
        for name in dict.fromkeys(_PLACEHOLDER.findall(template))
        if not profile.value(name)
    ]
    if missing and not draft:
        raise MissingFieldsError(tuple(missing))

    def fill(m: re.Match[str]) -> str:
        return profile.value(m[1]) or f"[{m[1]}]"

    return _PLACEHOLDER.sub(fill, template).strip()
