"""Where the measuring tools leave their figures: JSON under reports/ (git ignores it)."""

from __future__ import annotations

import json
from pathlib import Path


def write_report(path: Path, figures: object) -> None:
    """Write the figures as JSON (the folder made if missing) and say where."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"report: {path}")
