"""Where this machine keeps what we compute or record: one cache directory for every process."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`$SAFETY_ASSISTANT_CACHE`, else `~/.cache/safety-assistant` (models, embeddings, SQLite)."""
    return Path(os.environ.get("SAFETY_ASSISTANT_CACHE") or Path.home() / ".cache" / "safety-assistant")
