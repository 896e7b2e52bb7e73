"""Threat level alerts: a watcher that finds each new national level change in the store and
broadcasts it, exactly once, to every subscribed chat, within Telegram's limits.

The pace is the bot's rate limiter's (bot/telegram/pacing.py: at most 30 messages a second,
evenly spaced, every request paused while Telegram says RetryAfter, then retried). Each chat is
claimed in the store before its message goes out (store.Store.claim_delivery), so a broadcast
killed half-way, or run by two replicas at once, never sends anyone the same alert twice.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

import structlog
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError, TimedOut

from bot.telegram.render import TelegramMessage, render
from bot.telegram.texts import Texts
from store.models import DeliveryStatus, ThreatLevelChange, utc_now
from store.repository import MAX_ATTEMPTS, Store

log = structlog.get_logger(__name__)
# A change older than this when the bot first sees it (say, the bot was down for a day) is not
# announced any more: the level is stale news by then, and /threatlevel tells the current one.
MAX_ALERT_AGE = timedelta(hours=6)
# Telegram allows a private chat about one message a second.
PER_CHAT_SECONDS = 1.0
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Sends in flight at once: each delivery is a claim, a send and a mark (two commits and a round
# trip to Telegram, 100-300 ms on a busy machine), so this many keep up with 30/s; the database's
# pool (15 connections) is held only for the commits.
WORKERS = 30


@dataclass
class BroadcastReport:
    change_id: int
    outcomes: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def sent(self) -> int:
        return self.outcomes["sent"]


def _gone(error: TelegramError) -> bool:
    """The chat blocked the bot, left, or no longer exists: it will never get a message again."""
    if isinstance(error, Forbidden):
        return True
    return isinstance(error, BadRequest) and any(
        words in error.message.lower() for words in ("chat not found", "user is deactivated"))


async def send(bot: Bot, chat_id: int, messages: list[TelegramMessage]) -> None:
    for number, message in enumerate(messages):
        if number:
            await asyncio.sleep(PER_CHAT_SECONDS)
        await bot.send_message(chat_id, message.html, parse_mode=ParseMode.HTML,
                               link_preview_options=NO_PREVIEW, reply_markup=message.keyboard)


async def _deliver(bot: Bot, store: Store, change_id: int, chat_id: int,
                   messages: list[TelegramMessage]) -> str:
    if not await store.claim_delivery(change_id, "telegram", chat_id):
        return "not ours"  # sent, being sent, or given up on, by this or another broadcast
    status: DeliveryStatus
    try:
        await send(bot, chat_id, messages)
    except TimedOut:
        # It may have arrived: left "sending", so that it is never sent twice.
        return "unknown"
    except TelegramError as error:
        if _gone(error):
            status = "gone"
            await store.unsubscribe("telegram", chat_id)
        else:
            status = "failed"  # tried again by the next pass, up to MAX_ATTEMPTS
        log.info("alert_not_delivered", status=status, error=type(error).__name__)
    else:
        status = "sent"
    await store.mark_delivery(change_id, "telegram", chat_id, status)
    return status


async def broadcast(bot: Bot, store: Store, change: ThreatLevelChange, messages: list[TelegramMessage],
                    workers: int = WORKERS) -> BroadcastReport:
    """Send `messages` to every chat subscribed when `change` went live that has not had it.

    Safe to run again after a crash, and alongside another copy: each chat is claimed first.
    One failed send never stops the others; a chat that is gone is unsubscribed.
    """
    report = BroadcastReport(change.id)
    started = time.perf_counter()
    for _ in range(MAX_ATTEMPTS):
        chats = await store.undelivered(change.id, "telegram", subscribed_by=change.went_live_at)
        if not chats:
            break
        pending = iter(chats)  # shared by the workers: each chat is taken by one of them

        async def worker(pending: Iterator[int]) -> None:
            for chat_id in pending:
                report.outcomes[await _deliver(bot, store, change.id, chat_id, messages)] += 1

        await asyncio.gather(*(worker(pending) for _ in range(min(workers, len(chats)))))
    report.seconds = time.perf_counter() - started
    log.info("alert_broadcast", change=change.id, seconds=round(report.seconds, 1), **report.outcomes)
    return report


class AlertWatcher:
    """Polls the store for threat level changes and broadcasts each national one once."""

    def __init__(self, bot: Bot, store: Store, texts: Texts, poll_seconds: float,
                 workers: int = WORKERS) -> None:
        self._bot, self._store, self._texts = bot, store, texts
        self._poll_seconds = poll_seconds
        self._workers = workers
        # At start every recent change is looked at again: a broadcast cut short resumes.
        self._cursor = 0

    async def check(self) -> list[BroadcastReport]:
        """Broadcast every change not looked at yet; the reports of those broadcast."""
        reports = []
        for change in await self._store.threat_level_changes(after_id=self._cursor):
            if change.scope == "national" and change.source != "start" \
                    and change.went_live_at >= utc_now() - MAX_ALERT_AGE:
                alert = await self._texts.threat_level_alert(
                    change.level, f"{change.since.day} {change.since:%B %Y}")
                reports.append(await broadcast(self._bot, self._store, change, render(alert),
                                               self._workers))
            self._cursor = change.id
        return reports

    async def run(self) -> None:
        """Check every few seconds until cancelled; a failure (database down) is tried again."""
        while True:
            try:
                await self.check()
            except Exception as error:
                log.error("alert_check_failed", error=type(error).__name__)
            await asyncio.sleep(self._poll_seconds)
