"""Threat level alerts to subscribers, on SQLite and PostgreSQL, against the fake Bot API over HTTP:
2,000 subscribers through 429s, blocked and vanished chats; a broadcast killed half-way and
resumed with nobody sent the same alert twice; the watcher's alert in content's words."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import insert
from telegram.error import RetryAfter
from telegram.ext import ExtBot

from actions.content import load_library
from bot.reply import Reply
from bot.settings import ROOT
from bot.telegram.alerts import WORKERS, AlertWatcher, broadcast
from bot.telegram.pacing import RETRY_MARGIN_SECONDS, PacedRateLimiter
from bot.telegram.render import render
from bot.telegram.texts import Texts
from store.engine import create_engine
from store.models import Subscriber, ThreatLevelChange, utc_now
from store.repository import Store
from tests.databases import empty
from tests.fakes.telegram_api import FakeTelegram, serving
from tools.broadcast_bench import kill_and_resume, seed

ALERT = render(Reply(text="Threat level update: test."))


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with serving() as fake:
        yield fake


@pytest.fixture
async def bot(telegram: FakeTelegram) -> AsyncIterator[ExtBot[int]]:
    # As the application builds it: the library's rate limiter, RetryAfter honoured and retried.
    limited: ExtBot[int] = ExtBot("123456:test-token", base_url=f"{telegram.url}/bot",
                                   rate_limiter=PacedRateLimiter(2000))
    async with limited:
        yield limited


async def subscribe_all(database_url: str, chats: list[int]) -> None:
    """Many subscribers in one statement (one by one would be a test of the disk)."""
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(insert(Subscriber), [
                {"channel": "telegram", "chat_id": chat, "created_at": utc_now() - timedelta(minutes=1)}
                for chat in chats])
    finally:
        await engine.dispose()


async def a_change(store: Store, level: str = "CRITICAL") -> ThreatLevelChange:
    await store.record_threat_level_change("national", "SEVERE", date(2026, 4, 30), "start",
                                           went_live_at=utc_now() - timedelta(days=1))
    assert await store.record_threat_level_change("national", level, date(2026, 11, 24), "edit")
    [change] = [c for c in await store.threat_level_changes() if c.level == level]
    return change


async def test_every_subscriber_gets_it_once_through_429s_and_gone_chats(
        store: Store, database_url: str, telegram: FakeTelegram, bot: ExtBot[int]) -> None:
    chats = list(range(1, 201))
    await subscribe_all(database_url, chats)
    change = await a_change(store)
    telegram.blocked = {10, 50, 199}
    telegram.gone = {20, 150}
    telegram.throttle_every = 90  # Telegram's 429 with retry_after: 1

    report = await broadcast(bot, store, change, ALERT)

    per_chat = Counter(m["chat"]["id"] for m in telegram.sent)
    assert set(per_chat) == set(chats) - telegram.blocked - telegram.gone
    assert max(per_chat.values()) == 1
    assert telegram.throttled >= 2 and report.sent == 195
    assert report.outcomes["gone"] == 5
    # Those who blocked the bot or are gone are no longer subscribed; everyone else still is.
    assert set(await store.subscribers("telegram")) == set(per_chat)
    statuses = Counter(d.status for d in await store.deliveries(change.id))
    assert statuses == {"sent": 195, "gone": 5}
    # Run again: nothing is sent twice.
    again = await broadcast(bot, store, change, ALERT)
    assert again.sent == 0 and len(telegram.sent) == 195


def test_a_broadcast_killed_half_way_resumes_without_duplicates(database_url: str,
                                                                 telegram: FakeTelegram) -> None:
    asyncio.run(empty(database_url))
    subscribers = 300
    change_id = asyncio.run(seed(database_url, subscribers))
    telegram.latency = 0.01
    # The broadcasting process is SIGKILLed after 120 messages; a new one resumes it.
    kill_and_resume(database_url, telegram.url, change_id, 300, lambda: len(telegram.sent), 120)
    per_chat = Counter(m["chat"]["id"] for m in telegram.sent)
    assert max(per_chat.values()) == 1  # nobody got it twice
    assert 120 <= len(telegram.sent) <= subscribers
    # Everyone got it, except at most the sends in flight at the kill (their outcome unknown,
    # so never repeated: left "sending").
    missed = set(range(1, subscribers + 1)) - set(per_chat)
    assert len(missed) <= WORKERS

    async def statuses() -> dict[int, str]:
        async with Store(database_url) as store:
            return {d.chat_id: d.status for d in await store.deliveries(change_id)}
    found = asyncio.run(statuses())
    assert all(found[chat] == "sending" for chat in missed)
    # In flight at the kill, it arrived, but nobody could record so: still never sent again.
    assert all(found[chat] in {"sent", "sending"} for chat in per_chat)
    assert list(found.values()).count("sending") <= WORKERS


async def test_failed_sends_are_tried_again_and_later_subscribers_are_not_sent_it(
        store: Store, telegram: FakeTelegram, bot: ExtBot[int]) -> None:
    for chat in (1, 2, 3):
        await store.subscribe("telegram", chat)
    change = await a_change(store)
    await store.subscribe("telegram", 4)  # after the change went live
    telegram.throttle_every = 1
    telegram.retry_after = 1
    slow = asyncio.create_task(broadcast(bot, store, change, ALERT))
    await asyncio.sleep(1.5)
    telegram.throttle_every = 0  # Telegram lets us through again
    await slow
    assert sorted(m["chat"]["id"] for m in telegram.sent) == [1, 2, 3]


async def test_the_watcher_alerts_subscribers_once_in_contents_words(
        store: Store, telegram: FakeTelegram, bot: ExtBot[int]) -> None:
    library = load_library(ROOT / "content")
    await store.subscribe("telegram", 5)
    watcher = AlertWatcher(bot, store, Texts(ROOT / "content"), poll_seconds=0.1)
    await store.record_threat_level_change("national", library.threat_level.level,
                                           library.threat_level.since, "start")
    assert await watcher.check() == []  # the first level ever recorded is no change
    await store.record_threat_level_change("northern_ireland", "SEVERE", date(2026, 11, 24), "edit")
    assert await watcher.check() == []  # alerts are for the national level
    await store.record_threat_level_change("national", library.threat_level.level, date(2026, 11, 24), "set")
    [report] = await watcher.check()
    assert report.sent == 1
    [message] = telegram.sent
    assert library.threat_level.level in message["text"]
    assert library.threat_level.meaning in message["text"]
    assert library.topics["threat-level-what-to-do"].sections[0].text.split(".")[0] in message["text"]
    assert "999" in message["text"]
    assert await watcher.check() == [] and len(telegram.sent) == 1
    # A new watcher (the bot restarted) does not send it again either.
    again = AlertWatcher(bot, store, Texts(ROOT / "content"), poll_seconds=0.1)
    assert [r.sent for r in await again.check()] == [0]
    assert len(telegram.sent) == 1


async def paced_sends(per_second: float, messages: int, throttle: int | None = None,
                      ) -> tuple[list[float], float | None]:
    """Send `messages` at once through the bot's limiter; the `throttle`-th send is answered 429
    "retry after 1 s" (once). When each send started, and when the 429 came."""
    limiter = PacedRateLimiter(per_second)
    await limiter.initialize()
    clock = asyncio.get_running_loop().time
    started: list[float] = []
    throttled_at: list[float] = []

    async def send() -> bool:
        started.append(clock())
        if len(started) == throttle and not throttled_at:
            throttled_at.append(clock())
            raise RetryAfter(1)
        return True

    await asyncio.gather(*(limiter.process_request(send, (), {}, "sendMessage", {"chat_id": chat},
                                                   None) for chat in range(messages)))
    await limiter.shutdown()
    return started, (throttled_at[0] if throttled_at else None)


async def test_the_bots_pace_has_no_burst_at_the_start() -> None:
    """Telegram's cap is a rate: the first second must not carry more than the rest. (A lower
    bound on time only: a slow machine makes it longer, never shorter.)"""
    started, _ = await paced_sends(100.0, 21)
    # 21 messages at 100/s, evenly spaced: at least 0.2 s from first to last (AIORateLimiter's
    # bucket of a second's worth sends all 21 at once).
    assert max(started) - min(started) >= 0.2 * 0.95


async def test_nothing_is_sent_during_a_429_pause_and_nothing_bunches_up_after_it() -> None:
    per_second = 20.0
    started, throttled_at = await paced_sends(per_second, 40, throttle=5)
    assert throttled_at is not None and len(started) == 41  # 40 sent, one of them twice
    resumed = throttled_at + 1.0 + RETRY_MARGIN_SECONDS
    assert not [t for t in started if throttled_at < t < resumed]
    # The second after the pause carries the pace, not everything that queued up during it
    # (AIORateLimiter: about 20 more at the moment the pause ends).
    assert len([t for t in started if resumed <= t < resumed + 1.0]) <= per_second + 1
