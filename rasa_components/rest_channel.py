"""Rasa's REST channel, made safe: never silence, and never a person's words in Rasa's logs.

When the action server is down or fails, Rasa itself logs the error and sends nothing back, so
a person would get no answer at all. This channel answers instead with the safe reply from
credentials.yml (999 and the Anti-Terrorist Hotline), marked `unavailable` so the front ends
know the assistant could not answer. Rasa's own REST channel also logs the message text when
handling fails; this one logs no words of it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint

from rasa_components.tracker_store import TrackerStoreUnavailable

logger = logging.getLogger(__name__)
UNAVAILABLE: dict[str, Any] = {"topic": "fallback", "sources": [], "reviewed": None, "unavailable": True}


class SafeRestInput(RestInput):  # type: ignore[misc]  # Rasa has no type hints
    """The REST channel at the same address (/webhooks/rest/webhook) with a safety net."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SafeRestInput:
        unavailable = (credentials or {}).get("unavailable")
        if not unavailable or "999" not in unavailable:
            raise ValueError("credentials.yml: the REST channel's 'unavailable' reply must mention 999")
        return cls(str(unavailable))

    def __init__(self, unavailable: str) -> None:
        self.unavailable = unavailable

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def answered(message: UserMessage) -> None:
            try:
                await on_new_message(message)
            except (Exception, TrackerStoreUnavailable) as error:  # logged without the words
                logger.error("message handling failed: %s", type(error).__name__)
            output = message.output_channel
            if isinstance(output, CollectingOutputChannel) and not output.messages:
                await output.send_text_message(message.sender_id, self.unavailable)
                await output.send_custom_json(message.sender_id, UNAVAILABLE)

        blueprint: Blueprint = super().blueprint(answered)
        return blueprint
