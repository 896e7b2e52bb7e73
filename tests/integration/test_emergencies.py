"""The emergency check as people meet it: rules and the real NLU model together, through Rasa.

The unit tests run the rules alone; phrases the rules leave to the model (a danger word with
nothing to say whether it is happening now) must be caught here, by the trained model.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.phrases import (
    CALM,
    CALM_MUST_PASS,
    CALM_WRITTEN_TO_MISLEAD,
    EMERGENCIES,
    EMERGENCIES_THE_RULES_MISS,
)
from tools.stack import Stack

pytestmark = pytest.mark.integration


async def _first_topics(stack: Stack, texts: list[str]) -> dict[str, str]:
    """The topic of the first message Rasa answers each text with (a new sender per text)."""
    url = f"{stack.rasa_url}/webhooks/rest/webhook"
    limit = asyncio.Semaphore(4)

    async def ask(client: httpx.AsyncClient, number: int, text: str) -> tuple[str, str]:
        async with limit:
            response = await client.post(url, json={"sender": f"phrase-{number}", "message": text})
        response.raise_for_status()
        topic = next(item["custom"]["topic"] for item in response.json() if "custom" in item)
        return text, topic

    async with httpx.AsyncClient(timeout=60) as client:
        return dict(await asyncio.gather(*(ask(client, n, t) for n, t in enumerate(texts))))


@pytest.fixture(scope="module")
def topics(stack: Stack) -> dict[str, str]:
    return asyncio.run(_first_topics(stack, sorted({*EMERGENCIES, *EMERGENCIES_THE_RULES_MISS,
                                                    *CALM, *CALM_WRITTEN_TO_MISLEAD})))


def test_every_emergency_phrase_gets_the_emergency_answer(topics: dict[str, str]) -> None:
    missed = [t for t in EMERGENCIES if topics[t] != "emergency-now"]
    assert not missed, f"{len(missed)} emergencies missed: {missed}"


def test_emergencies_the_rules_miss_are_caught_by_the_model(
        topics: dict[str, str]) -> None:
    missed = [t for t in EMERGENCIES_THE_RULES_MISS if topics[t] != "emergency-now"]
    assert not missed, f"{len(missed)} emergencies missed: {missed}"


def test_calm_phrases_are_rarely_answered_as_emergencies(topics: dict[str, str]) -> None:
    flagged = [t for t in CALM if topics[t] == "emergency-now"]
    print(f"\ncalm phrases answered as emergencies: {len(flagged)}/{len(CALM)}: {flagged}")
    assert len(flagged) / len(CALM) <= 0.05
    assert not [t for t in CALM_MUST_PASS if topics[t] == "emergency-now"]


def test_calm_messages_written_to_mislead_stay_at_their_measured_level(
        topics: dict[str, str]) -> None:
    # Written to be misread; 25 of 495 got the emergency answer when the table last grew
    # (2026-11-24), 15 of them by the model alone. A guard against getting worse, not a target.
    flagged = [t for t in CALM_WRITTEN_TO_MISLEAD if topics[t] == "emergency-now"]
    print(f"\ncalm messages written to mislead answered as emergencies: "
          f"{len(flagged)}/{len(CALM_WRITTEN_TO_MISLEAD)}: {flagged}")
    assert len(flagged) / len(CALM_WRITTEN_TO_MISLEAD) <= 0.10
