"""Shared fixtures and the hypothesis profile."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

import interviewkit as ik

# Type-checked by mypy, never run.
collect_ignore = ["typing"]

# Speed is measured by benchmarks/, never by per-example deadlines here.
settings.register_profile(
    "default",
    deadline=None,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture(scope="session")
def catalog() -> ik.Catalog:
    """The packaged catalog, loaded once."""
    return ik.default_catalog()
