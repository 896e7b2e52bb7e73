"""Settings of the action server, from environment variables with safe local defaults."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from actions.safety import Reading
from common.paths import cache_dir
from store.settings import default_database_url

ROOT = Path(__file__).resolve().parent.parent


class ActionSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACTIONS_", frozen=True, populate_by_name=True,
                                      hide_input_in_errors=True)

    content_dir: Path = ROOT / "content"
    # Embeddings of the content are cached here, keyed by a hash of the content.
    cache_dir: Path = Field(default_factory=cache_dir)
    # The emergency reply when the NLU model gives the emergency intent at least this
    # probability, even if another intent won. The bar depends on what the rules read in the
    # words (actions/safety): lower for a danger word they could not place (0.05) than for no
    # danger word (0.07), highest for a danger word framed calmly ("is knife crime going up?").
    # Tuned by cross-validation of our own training data (`make tune`; README, "Thresholds"),
    # never on the evaluation sets.
    emergency_min_probability: float = Field(default=0.07, ge=0, le=1)
    emergency_min_probability_danger_word: float = Field(default=0.05, ge=0, le=1)
    emergency_min_probability_calm: float = Field(default=0.7, ge=0, le=1)
    # Answers less sure than this (intent confidence or retrieval score) go to the editors'
    # gaps report, as every fallback does.
    gap_below: float = Field(default=0.5, ge=0, le=1)
    # Below this cosine similarity the assistant says it can't help rather than guess.
    min_score: float = Field(default=0.45, ge=0, le=1)
    # When the runner-up topic scores within this margin of the best, offer it as "did you mean".
    did_you_mean_margin: float = Field(default=0.04, ge=0, le=1)
    # Another section of a topic must match this much better than its first (the short answer).
    first_section_bias: float = Field(default=0.05, ge=0, le=1)
    # Where threat level changes are recorded (store/): DATABASE_URL, as for every process.
    database_url: str = Field(default_factory=default_database_url, validation_alias="DATABASE_URL",
                              repr=False)
    # Watch content/ and answer from a saved, valid edit within seconds (actions/live.py).
    watch_content: bool = True
    # CPU threads for encoding questions (see actions/retrieval.load_encoder).
    torch_threads: int = Field(default=1, ge=1, le=16)
    log_level: str = "INFO"

    def emergency_bar(self, reading: Reading) -> float:
        """How sure the model must be of an emergency, given what the words say."""
        if reading is Reading.WORDLESS:
            return math.inf  # "😂", "?": the model had no words to read
        if reading is Reading.POSSIBLE:
            return self.emergency_min_probability_danger_word
        if reading.framed_calmly:
            return self.emergency_min_probability_calm
        return self.emergency_min_probability


@lru_cache(maxsize=1)
def get_settings() -> ActionSettings:
    return ActionSettings()
