"""One async client for Rasa's REST channel, turning its output into Reply objects."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import structlog
from pydantic import ValidationError

from bot.reply import DEFAULT_TOPIC, Button, Reply, Source

log = structlog.get_logger(__name__)
# A replica that refused a connection is tried after the others for this long.
REPLICA_RETRY_SECONDS = 3.0


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
                unavailable=draft.get("unavailable") is True,
                confidence=draft.get("confidence"),
            ))
        except ValidationError as error:
            raise RasaUnavailable(f"unreadable message from Rasa: {error}") from error
    return replies


@dataclass
class _Replica:
    url: str
    # When a replica refused a connection, it is tried last until this moment (monotonic time).
    down_until: float = 0.0


class RasaClient:
    """Talks to Rasa over HTTP, spread over its replicas; one httpx client per process.

    `base_url` may list several replicas, comma-separated (`make cluster`). Each message goes to
    the next replica in turn. One that refuses the connection — so it never saw the message — is
    skipped, and tried last for a few seconds, and the message goes to another. A failure after
    the message was sent is not retried elsewhere (it might be answered twice); it becomes the
    fixed 999 reply.
    """

    def __init__(self, http: httpx.AsyncClient, base_url: str, token: str | None = None) -> None:
        self._http = http
        self._replicas = [_Replica(u.strip().rstrip("/")) for u in base_url.split(",") if u.strip()]
        if not self._replicas:
            raise ValueError("RASA_URL names no Rasa server")
        self._next = 0
        # Rasa's HTTP API (status, conversations) wants the token; its REST channel does not.
        self._api_params = {"token": token} if token else {}

    def _in_turn(self) -> list[_Replica]:
        start, self._next = self._next, (self._next + 1) % len(self._replicas)
        rotated = self._replicas[start:] + self._replicas[:start]
        now = time.monotonic()
        return [r for r in rotated if r.down_until <= now] + [r for r in rotated if r.down_until > now]

    async def send(self, sender: str, message: str) -> list[Reply]:
        for replica in self._in_turn():
            try:
                response = await self._http.post(f"{replica.url}/webhooks/rest/webhook",
                                                 json={"sender": sender, "message": message})
            except httpx.ConnectError:
                replica.down_until = time.monotonic() + REPLICA_RETRY_SECONDS
                log.warning("rasa_replica_refused", replica=replica.url)
                continue
            except httpx.HTTPError as error:
                raise RasaUnavailable(type(error).__name__) from error
            return self._replies(response)
        raise RasaUnavailable("no Rasa server accepted the connection")

    @staticmethod
    def _replies(response: httpx.Response) -> list[Reply]:
        try:
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

    async def api(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A call to Rasa's HTTP API (with its token) on the first replica that accepts it."""
        for replica in self._in_turn():
            try:
                return await self._http.request(method, f"{replica.url}{path}", params=self._api_params,
                                                **kwargs)
            except httpx.ConnectError:
                continue
        raise RasaUnavailable("no Rasa server accepted the connection")

    async def forget(self, sender: str) -> None:
        """Replace this conversation with an empty one in Rasa's tracker store (its HTTP API has
        no delete). With Rasa's in-memory store that is all there was; the SQL tracker store
        appends only, so its rows are deleted separately (bot.conversation.forget_conversation)."""
        try:
            response = await self.api("PUT", f"/conversations/{quote(sender, safe=':')}/tracker/events",
                                      json=[])
            response.raise_for_status()
        except httpx.HTTPError as error:
            raise RasaUnavailable(type(error).__name__) from error

    async def is_ready(self) -> bool:
        """True when a Rasa server answers with a model loaded."""
        for replica in self._replicas:
            try:
                response = await self._http.get(f"{replica.url}/status", params=self._api_params)
                if response.status_code == 200 and response.json().get("model_file"):
                    return True
            except (httpx.HTTPError, ValueError):
                continue
        return False
