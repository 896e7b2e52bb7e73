"""Rasa's CountVectorsFeaturizer, recording whether each word or character n-gram occurs (1 or 0)
rather than how many times.

Counts let a long message outweigh a short one and a repeated word ("help help help") outweigh
the rest; the linear classifier was right more often without them (README, "Thresholds").
Rasa's featurizer has no option for this, while scikit-learn's CountVectorizer, which it wraps,
does (`binary=True`): this subclass sets it on every vectorizer Rasa creates, when training and
when loading a trained model alike, and changes nothing else.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from sklearn.feature_extraction.text import CountVectorizer


def _presence(vectorizers: dict[str, CountVectorizer]) -> dict[str, CountVectorizer]:
    for vectorizer in vectorizers.values():
        vectorizer.set_params(binary=True)
    return vectorizers


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class PresenceVectorsFeaturizer(CountVectorsFeaturizer):  # type: ignore[misc]
    """Word or character n-gram features of 1 (present) or 0, with CountVectorsFeaturizer's
    configuration (analyzer, n-gram range, min_df ...)."""

    @classmethod
    def _create_shared_vocab_vectorizers(
        cls, parameters: dict[str, Any], vocabulary: Any | None = None
    ) -> dict[str, CountVectorizer]:
        return _presence(super()._create_shared_vocab_vectorizers(parameters, vocabulary))

    @classmethod
    def _create_independent_vocab_vectorizers(
        cls, parameters: dict[str, Any], vocabulary: Any | None = None
    ) -> dict[str, CountVectorizer]:
        return _presence(super()._create_independent_vocab_vectorizers(parameters, vocabulary))
