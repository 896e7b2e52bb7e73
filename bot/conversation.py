"""One turn of a conversation, the same for every front end: redact, ask Rasa, fail safely."""

from __future__ import annotations

from dataclasses import dataclass

import structlog

from bot import reply
from bot.rasa_client import RasaClient, RasaUnavailable
from bot.redaction import redact
from store.models import Channel
from store.repository import Store

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Turn:
    replies: list[reply.Reply]
    available: bool  # False: the fixed "call 999" reply stands in for the assistant
    redacted: tuple[str, ...] = ()


async def take_turn(rasa: RasaClient, sender: str, text: str, *, channel: Channel,
                    store: Store | None = None) -> Turn:
    """Personal data never reaches Rasa; any failure becomes the fixed reply with 999.

    A question the assistant could not answer well is kept, redacted, for the editors' gaps
    report; if that fails, the person still gets their answer.
    """
    redaction = redact(text)
    try:
        replies = await rasa.send(sender, redaction.text)
    except RasaUnavailable as error:
        log.warning("rasa_unavailable", error=str(error)[:200])
        return Turn([reply.unavailable()], available=False, redacted=redaction.kinds)
    if store is not None and replies[0].gap and not redaction.text.startswith("/"):
        try:
            await store.record_gap(redaction.text, replies[0].topic, replies[0].confidence, channel)
        except Exception as error:  # the answer matters more than the report
            log.warning("gap_not_recorded", error=type(error).__name__)
    if redaction.kinds:
        replies.append(reply.privacy_note(redaction.kinds, replies[0].topic))
    return Turn(replies, available=True, redacted=redaction.kinds)
