"""rasa_components/presence_vectors.py inside Rasa: n-grams count once, after training and after
the trained component is loaded back from its model storage (as the server loads it).

Rasa is only installed in .venv-rasa, so the scenario runs there, in a child process that prints
its findings as JSON.
"""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from tools.paths import RASA_PYTHON, ROOT, quiet_env

pytestmark = pytest.mark.integration

SCENARIO = """
import json, sys, tempfile
from pathlib import Path
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa_components.presence_vectors import PresenceVectorsFeaturizer

def messages(texts):
    return [Message(data={"text": t, "intent": "x"}) for t in texts]

def sentence_values(featurizer, text):
    message = messages([text])[0]
    tokenizer.process([message])
    featurizer.process([message])
    return sorted(set(message.get_sparse_features("text")[1].features.data.tolist()))

tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
training = TrainingData(messages(["help me", "help help help me now", "a gun", "a gun gun"]))
tokenizer.process_training_data(training)
context = ExecutionContext(GraphSchema({}), "test")
storage = LocalModelStorage(Path(tempfile.mkdtemp()))
findings = {}
for name, cls in (("presence", PresenceVectorsFeaturizer), ("counts", CountVectorsFeaturizer)):
    for analyzer in ("word", "char_wb"):
        config = {**cls.get_default_config(), "analyzer": analyzer, "min_ngram": 1, "max_ngram": 2}
        resource = Resource(f"{name}-{analyzer}")
        trained = cls.create(config, storage, resource, context)
        trained.train(training)
        loaded = cls.load(config, storage, resource, context)
        findings[f"{name} {analyzer}"] = {
            "trained": sentence_values(trained, "help help help me"),
            "loaded": sentence_values(loaded, "help help help me")}
print(json.dumps(findings))
"""


def run() -> dict[str, Any]:
    done = subprocess.run([str(RASA_PYTHON), "-c", SCENARIO], cwd=ROOT,
                          env=quiet_env(PYTHONPATH=str(ROOT)),
                          capture_output=True, text=True, timeout=120, check=True)
    findings: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return findings


def test_each_n_gram_counts_once_when_trained_and_when_loaded() -> None:
    findings = run()
    for analyzer in ("word", "char_wb"):
        # Rasa's own featurizer counts "help" three times: the scenario can tell the two apart.
        assert max(findings[f"counts {analyzer}"]["trained"]) >= 3
        assert max(findings[f"counts {analyzer}"]["loaded"]) >= 3
        assert findings[f"presence {analyzer}"] == {"trained": [1.0], "loaded": [1.0]}
