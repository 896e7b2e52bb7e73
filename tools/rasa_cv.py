"""Train Rasa's NLU on each cross-validation fold and parse the held-out examples.

Runs in the Rasa environment (`.venv-rasa/bin/python -m tools.rasa_cv WORK`), driven by
tools/cross_validate.py, which writes WORK/fold-N/train.yml and WORK/fold-N/test.json and reads
back WORK/fold-N/parsed.json. Only the standard library, PyYAML and Rasa are imported here.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from rasa.core.agent import Agent
from rasa.model_training import train_nlu

CONFIG = Path(os.environ.get("CV_CONFIG") or Path(__file__).resolve().parent.parent / "config.yml")


async def _parse_all(model: str, texts: list[str]) -> list[dict[str, Any]]:
    agent = Agent.load(model)
    parsed = []
    for text in texts:
        result = await agent.parse_message(text)
        parsed.append({"intent": result["intent"], "intent_ranking": result["intent_ranking"][:10]})
    return parsed


def run_fold(fold: Path) -> None:
    model = train_nlu(str(CONFIG), str(fold / "train.yml"), str(fold), fixed_model_name="model")
    if model is None:
        raise SystemExit(f"training failed for {fold}")
    texts = json.loads((fold / "test.json").read_text())
    (fold / "parsed.json").write_text(json.dumps(asyncio.run(_parse_all(model, texts))))


def main() -> int:
    work = Path(sys.argv[1])
    for fold in sorted(work.glob("fold-*")):
        if not (fold / "parsed.json").exists():
            print(f"cross-validation: training and parsing {fold.name}", file=sys.stderr)
            run_fold(fold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
