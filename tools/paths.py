"""Where things are: the two environments, the cache, the files that define the model."""

from __future__ import annotations

import os
from pathlib import Path

from common.paths import cache_dir

ROOT = Path(__file__).resolve().parent.parent
APP_PYTHON = ROOT / ".venv" / "bin" / "python"
RASA_BIN = ROOT / ".venv-rasa" / "bin" / "rasa"
RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
# The editors' tool at the repository root (not ./content: that is the content folder).
CONTENT_TOOL = "./content-tool"
CACHE = cache_dir()

# Everything Rasa trains on: a change to any of these means a new model.
TRAINING_FILES = ("config.yml", "domain.yml", "data", "rasa_components")

# Quiet, offline, no telemetry: for every process the stack starts.
QUIET_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "3",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "PYTHONWARNINGS": "ignore",
}


def quiet_env(**extra: str) -> dict[str, str]:
    return {**os.environ, **QUIET_ENV, **extra}
