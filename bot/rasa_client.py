"""One async client for Rasa's REST channel, turning its output into Reply objects."""

from __future__ import annotations

from typing import Any

import httpx
from pydantic import ValidationError

from bot.reply import DEFAULT_TOPIC, Button, Reply, Source


class RasaUnavailable(Exception):
    """Rasa (or the action server behind it) could not give a usable answer."""


def merge_rest_output(items: list[dict[str, Any]]) -> list[Reply]:
    """Put each message back together: Rasa's REST channel sends a message's custom JSON
    (topic, sources, reviewed) as a separate item after its text and buttons."""
    drafts: list[dict[str, Any]] = []
    for item in items:
        custom = item.get("custom")
        if isinstance(custom, dict):
            if drafts and "topic" not in drafts[-1]:
                drafts[-1].update(custom)
            continue
        if isinstance(item.get("text"), str) and item["text"].strip():
            drafts.append({"text": item["text"], "buttons": item.get("buttons") or []})
    replies: list[Reply] = []
    for draft in drafts:
        try:
            replies.append(Reply(
                text=draft["text"],
                topic=draft.get("topic") or DEFAULT_TOPIC,
                buttons=[Button.model_validate(b) for b in draft["buttons"]],
                sources=[Source.model_validate(s) for s in draft.get("sources") or []],
                reviewed=draft.get("reviewed"),
                gap=draft.get("gap") is True,
                confidence=draft.get("confidence"),
            ))
        except ValidationError as error:
            raise RasaUnavailable(f"unreadable message from Rasa: {error}") from error
    return replies


class RasaClient:
    """Talks to Rasa over HTTP. Shares one httpx client per process (created at start-up)."""

    def __init__(self, http: httpx.AsyncClient, base_url: str) -> None:
        self._http = http
        self._base = base_url.rstrip("/")

    async def send(self, sender: str, message: str) -> list[Reply]:
        try:
            response = await self._http.post(
                f"{self._base}/webhooks/rest/webhook", json={"sender": sender, "message": message}
            )
            response.raise_for_status()
            items = response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise RasaUnavailable(str(error) or type(error).__name__) from error
        if not isinstance(items, list):
            raise RasaUnavailable("Rasa's REST channel did not return a list")
        replies = merge_rest_output([i for i in items if isinstance(i, dict)])
        if not replies:
            # An empty answer means the action server failed behind Rasa.
            raise RasaUnavailable("Rasa returned no messages")
        return replies

    async def is_ready(self) -> bool:
        """True when Rasa answers and has a model loaded."""
        try:
            response = await self._http.get(f"{self._base}/status")
            return response.status_code == 200 and bool(response.json().get("model_file"))
        except (httpx.HTTPError, ValueError):
            return False
