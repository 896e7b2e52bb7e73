"""Settings of the action server, from environment variables with safe local defaults."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "safety-assistant"


class ActionSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ACTIONS_", frozen=True)

    content_dir: Path = ROOT / "content"
    # Embeddings of the content are cached here, keyed by a hash of the content.
    cache_dir: Path = Field(default_factory=default_cache_dir)
    # Below this cosine similarity the assistant says it can't help rather than guess.
    # Tuned on shared/eval/dev.yml with `make eval` (see README, "Thresholds").
    min_score: float = Field(default=0.40, ge=0, le=1)
    # When the runner-up topic scores within this margin of the best, offer it as "did you mean".
    did_you_mean_margin: float = Field(default=0.04, ge=0, le=1)
    # Another section of a topic must match this much better than its first (the short answer).
    first_section_bias: float = Field(default=0.05, ge=0, le=1)
    log_level: str = "INFO"


@lru_cache(maxsize=1)
def get_settings() -> ActionSettings:
    return ActionSettings()
