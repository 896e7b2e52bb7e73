"""Retrieval: questions in people's own words find the right topic; embeddings are cached."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from actions.content import Library, load_library
from actions.retrieval import EmbeddingCache, Encoder, Matrix, Retriever
from tests.conftest import CONTENT


class CountingEncoder:
    """Wraps the real model and counts how many texts it was asked to embed."""

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.texts = 0

    def encode(self, sentences: list[str], *, normalize_embeddings: bool, convert_to_numpy: bool,
               show_progress_bar: bool) -> Matrix:
        self.texts += len(sentences)
        return self.inner.encode(sentences, normalize_embeddings=normalize_embeddings,
                                 convert_to_numpy=convert_to_numpy, show_progress_bar=show_progress_bar)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("which number do I ring to report a worry about terrorism", "report-suspicious"),
        ("a suitcase has been left on its own at the station for ages", "suspicious-item"),
        ("how do I get help if I'm deaf and there's an emergency", "contact-accessible"),
        ("my teenager is watching extremist videos", "radicalisation"),
        ("what is the difference between moderate and severe", "threat-levels-explained"),
        ("someone spat at me because of my religion after the attack", "hate-crime"),
        ("what does Martyn's Law mean for a small theatre", "businesses"),
        ("how do I press on a wound to stop blood", "first-aid"),
        ("I keep having nightmares since I saw the attack", "support-after"),
        ("what do I do with my hands when the armed officers come in", "armed-police-response"),
    ],
)
def test_questions_find_their_topic(retriever: Retriever, question: str, topic: str) -> None:
    hits = retriever.search(question)
    assert hits[0].topic_id == topic, [(h.topic_id, round(h.score, 2)) for h in hits[:3]]


def test_hits_are_ranked_one_per_topic_with_a_section_of_that_topic(
    retriever: Retriever, library: Library
) -> None:
    hits = retriever.search("how should I hide from an attacker")
    assert len(hits) == len(library.topics)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.section.topic_id == h.topic_id for h in hits)


def test_nonsense_scores_low(retriever: Retriever) -> None:
    assert retriever.search("qwpoeiruty zxmcnvb")[0].score < 0.3


def test_embeddings_are_computed_once_and_then_read_from_disk(
    library: Library, encoder: Encoder, tmp_path: Path
) -> None:
    counting = CountingEncoder(encoder)
    Retriever(library, EmbeddingCache(counting, tmp_path))
    first = counting.texts
    assert first > 100
    # A new process (a new cache object) reads the vectors from disk and embeds nothing.
    Retriever(library, EmbeddingCache(counting, tmp_path))
    assert counting.texts == first


def test_an_edit_embeds_only_the_section_that_changed(
    library: Library, encoder: Encoder, tmp_path: Path
) -> None:
    counting = CountingEncoder(encoder)
    cache = EmbeddingCache(counting, tmp_path)
    Retriever(library, cache)
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "hide.md"
    path.write_text(path.read_text().replace("Be very quiet.", "Be very, very quiet."))
    before = counting.texts
    edited = Retriever(load_library(folder), cache)
    assert counting.texts == before + 1
    hit = edited.search("Be very, very quiet when you hide")[0]
    assert "very, very quiet" in hit.section.text


def test_a_cache_for_another_model_is_never_read(
    library: Library, encoder: Encoder, tmp_path: Path
) -> None:
    counting = CountingEncoder(encoder)
    Retriever(library, EmbeddingCache(counting, tmp_path, model_id="model-a"))
    first = counting.texts
    Retriever(library, EmbeddingCache(counting, tmp_path, model_id="model-b"))
    assert counting.texts == 2 * first
