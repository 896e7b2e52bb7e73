"""Shared fixtures: the real content, and the real embedding model loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.content import Library, load_library
from actions.retrieval import EmbeddingCache, Encoder, Retriever, load_encoder

# The SQLite and PostgreSQL databases every store-backed test runs on.
pytest_plugins = ["tests.databases"]

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(CONTENT)


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    return load_encoder()


@pytest.fixture(scope="session")
def retriever(library: Library, encoder: Encoder, tmp_path_factory: pytest.TempPathFactory) -> Retriever:
    return Retriever(library, EmbeddingCache(encoder, tmp_path_factory.mktemp("embeddings")))
