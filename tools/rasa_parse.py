"""Parse questions with a trained Rasa model as the running assistant would (for `./content-tool preview`).

Runs in the Rasa environment: `.venv-rasa/bin/python -m tools.rasa_parse MODEL OUT < questions.json`
reads a JSON list of questions and writes Rasa's parse of each to OUT as JSON (a file, because
Rasa and TensorFlow may print to stdout). Only the standard library and Rasa are imported here.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from rasa.core.agent import Agent


async def parse_all(model: str, texts: list[str]) -> list[dict[str, Any]]:
    agent = Agent.load(model)
    parsed = []
    for text in texts:
        result = await agent.parse_message(text)
        parsed.append({"text": result.get("text", text), "intent": result.get("intent"),
                       "intent_ranking": result.get("intent_ranking", [])[:10],
                       "entities": result.get("entities", [])})
    return parsed


def main() -> int:
    model, out = sys.argv[1], Path(sys.argv[2])
    texts = json.loads(sys.stdin.read())
    out.write_text(json.dumps(asyncio.run(parse_all(model, texts))), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
