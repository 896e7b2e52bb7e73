"""Rasa's REST channel, faked at the HTTP boundary (httpx transport); records what reached it."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

SENDER = "test-sender-1"
ANSWER = [
    {"recipient_id": SENDER, "text": "Run to a safe place.",
     "buttons": [{"title": "Hide", "payload": "/ask_hide"}]},
    {"recipient_id": SENDER, "custom": {
        "topic": "run", "sources": [{"title": "Stay Safe", "url": "https://www.protectuk.police.uk"}],
        "reviewed": "2026-11-23"}},
]
Handler = Callable[[httpx.Request], httpx.Response]


class FakeRasa:
    """Rasa's REST channel, faked at the HTTP boundary; records what reached it."""

    def __init__(self, answer: list[dict[str, object]] | None = None, status: int = 200) -> None:
        self.answer = ANSWER if answer is None else answer
        self.status = status
        self.received: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/status":
            return httpx.Response(self.status, json={"model_file": "m.tar.gz"})
        self.received.append(json.loads(request.content))
        return httpx.Response(self.status, json=self.answer)


def rasa_down(request: httpx.Request) -> httpx.Response:
    """Rasa not there at all: every connection refused."""
    raise httpx.ConnectError("refused", request=request)
