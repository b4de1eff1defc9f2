"""Shared fixtures. Integration fixtures (the real broker) live in tests/integration/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared third-party corpus (present in CI beside the checkout, absent in a user's clone)."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (only CI and developer machines have it)")
    return CORPUS


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def resources():
    """Enrichment resources, loaded once per test session (as the worker does)."""
    from streams.core.enrich import load_resources
    from streams.settings import default_cache_dir

    return load_resources(default_cache_dir())


@pytest.fixture(scope="session")
def res(resources):
    """The entity resources of the session's enrichment resources (people, organisation lexicons)."""
    return resources.entities


@pytest.fixture(scope="session")
def pipeline_resources(resources):
    """The session's enrichment resources, under the name the entity tests pass to ``process``."""
    return resources
