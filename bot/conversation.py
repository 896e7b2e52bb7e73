"""One turn of a conversation, the same for every front end: redact, ask Rasa, fail safely."""

from __future__ import annotations

import asyncio
import unicodedata
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy import text

from bot import reply
from bot.rasa_client import RasaClient, RasaUnavailable
from bot.redaction import redact
from store.engine import create_engine
from store.models import Channel
from store.repository import Store

log = structlog.get_logger(__name__)
MAX_MESSAGE_CHARS = 500


class MessageRejected(ValueError):
    """A message no front end passes on; `words` says why, in plain words, for the person."""

    EMPTY = "Please type a message."
    TOO_LONG = f"Your message is too long. Please keep it under {MAX_MESSAGE_CHARS} characters."

    def __init__(self, words: str) -> None:
        super().__init__(words)
        self.words = words


def clean_message(text: str) -> str:
    """The message as every front end passes it on: control and format characters (NUL, bidi
    overrides…) dropped, whitespace squeezed; empty or over 500 characters is refused."""
    kept: list[str] = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif not unicodedata.category(ch).startswith("C"):
            kept.append(ch)
    cleaned = " ".join("".join(kept).split())
    if not cleaned:
        raise MessageRejected(MessageRejected.EMPTY)
    if len(cleaned) > MAX_MESSAGE_CHARS:
        raise MessageRejected(MessageRejected.TOO_LONG)
    return cleaned


@dataclass(frozen=True)
class Turn:
    replies: list[reply.Reply]
    available: bool  # False: the fixed "call 999" reply stands in for the assistant
    redacted: tuple[str, ...] = ()


_background: set[asyncio.Task[None]] = set()


def _in_background(work: Coroutine[Any, Any, None]) -> None:
    task = asyncio.create_task(work)
    _background.add(task)  # a task nobody holds can be garbage-collected before it runs
    task.add_done_callback(_background.discard)


async def finish_background_work() -> None:
    """At shut-down: let the gap records still being written finish."""
    if _background:
        await asyncio.gather(*_background, return_exceptions=True)


async def _record_gap(store: Store, text: str, answer: reply.Reply, channel: Channel) -> None:
    try:
        await store.record_gap(text, answer.topic, answer.confidence, channel)
    except Exception as error:  # the answer matters more than the report
        log.warning("gap_not_recorded", error=type(error).__name__)


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
        # Written after the answer has gone: a database commit must not slow the reply.
        _in_background(_record_gap(store, redaction.text, replies[0], channel))
    if replies[0].unavailable:
        log.warning("actions_unavailable")
        return Turn(replies, available=False, redacted=redaction.kinds)
    if redaction.kinds:
        replies.append(reply.privacy_note(redaction.kinds, replies[0].topic))
    return Turn(replies, available=True, redacted=redaction.kinds)


async def forget_conversation(rasa: RasaClient, sender: str, tracker_store_url: str | None) -> None:
    """Delete one conversation from Rasa's tracker store: emptied through Rasa's API (its memory),
    and its rows deleted from the SQL tracker store when Rasa uses one. Raises RasaUnavailable
    or a database error when it could not be done: the caller must not say it was."""
    await rasa.forget(sender)
    if tracker_store_url is None:
        return
    engine = create_engine(tracker_store_url)
    try:
        async with engine.begin() as connection:
            if await connection.run_sync(lambda sync: sync.dialect.has_table(sync, "events")):
                await connection.execute(text("DELETE FROM events WHERE sender_id = :sender"),
                                         {"sender": sender})
    finally:
        await engine.dispose()
