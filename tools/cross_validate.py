"""K-fold cross-validation of Rasa's NLU on our own training data (what thresholds are tuned on).

Every NLU example is held out once: Rasa is trained on the other folds (tools/rasa_cv.py, in the
Rasa environment) and parses it. The parses are cached under the cache folder by a fingerprint
of everything that shapes the model, so `make eval` only re-runs this when the data changes.
"""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tools.model import fingerprint
from tools.paths import CACHE, RASA_PYTHON, ROOT, quiet_env
from tools.training_text import Example, nlu_examples

FOLDS = 5
SEED = 20261123


@dataclass(frozen=True)
class HeldOut:
    """A training example parsed by a model that never saw it."""

    example: Example
    fold: int
    parse: dict[str, Any]  # Rasa's parse: intent and intent_ranking


def assign_folds(examples: list[Example], folds: int = FOLDS, seed: int = SEED) -> list[int]:
    """Stratified by intent, shuffled with a fixed seed: the same folds on every machine."""
    by_intent: dict[str, list[int]] = defaultdict(list)
    for index, example in enumerate(examples):
        by_intent[example.label].append(index)
    fold_of = [0] * len(examples)
    rng = random.Random(seed)  # noqa: S311  # fold assignment, not security
    for intent in sorted(by_intent):
        indices = by_intent[intent]
        rng.shuffle(indices)
        for position, index in enumerate(indices):
            fold_of[index] = position % folds
    return fold_of


def _nlu_yaml(examples: list[Example]) -> str:
    by_intent: dict[str, list[str]] = defaultdict(list)
    for example in examples:
        by_intent[example.label].append(example.text)
    return yaml.safe_dump({"version": "3.1", "nlu": [
        {"intent": intent, "examples": "".join(f"- {t}\n" for t in texts)}
        for intent, texts in sorted(by_intent.items())]}, sort_keys=False, allow_unicode=True)


def work_dir(folds: int) -> Path:
    key = hashlib.sha256(f"{fingerprint()}:{folds}:{SEED}".encode()).hexdigest()[:16]
    return CACHE / "cross-validation" / key


def cross_validate(folds: int = FOLDS) -> list[HeldOut]:
    """Every NLU example with the parse of the model trained without its fold (cached)."""
    examples = nlu_examples()
    fold_of = assign_folds(examples, folds)
    work = work_dir(folds)
    for fold in range(folds):
        folder = work / f"fold-{fold}"
        if (folder / "parsed.json").exists():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "train.yml").write_text(
            _nlu_yaml([e for e, f in zip(examples, fold_of, strict=True) if f != fold]))
        (folder / "test.json").write_text(
            json.dumps([e.text for e, f in zip(examples, fold_of, strict=True) if f == fold]))
    if not all((work / f"fold-{fold}" / "parsed.json").exists() for fold in range(folds)):
        print(f"cross-validation: {folds} folds, training Rasa {folds} times (cached in {work})",
              file=sys.stderr)
        log = work / "train.log"
        with log.open("wb") as out:
            done = subprocess.run([str(RASA_PYTHON), "-m", "tools.rasa_cv", str(work)], cwd=ROOT,
                                  env=quiet_env(), stdout=out, stderr=subprocess.STDOUT, check=False)
        if done.returncode != 0:
            raise SystemExit(f"cross-validation failed (exit {done.returncode}); see {log}")
    held: list[HeldOut] = []
    for fold in range(folds):
        parsed = json.loads((work / f"fold-{fold}" / "parsed.json").read_text())
        tested = [e for e, f in zip(examples, fold_of, strict=True) if f == fold]
        held += [HeldOut(e, fold, p) for e, p in zip(tested, parsed, strict=True)]
    return held


if __name__ == "__main__":
    results = cross_validate()
    right = sum(h.parse["intent"]["name"] == h.example.label for h in results)
    print(f"{right}/{len(results)} held-out examples parsed to their own intent")
