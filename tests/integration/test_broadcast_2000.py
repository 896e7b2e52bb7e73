"""A national broadcast's size: 2,000 subscribers on the real PostgreSQL, through Telegram's 429s,
blocked chats (403) and vanished ones (400), each subscriber sent the alert exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator

import pytest
from telegram.ext import ExtBot

from bot.reply import Reply
from bot.telegram.alerts import broadcast
from bot.telegram.pacing import PacedRateLimiter
from bot.telegram.render import render
from store.repository import Store
from tests.databases import empty
from tests.fakes.telegram_api import FakeTelegram, serving
from tools.broadcast_bench import seed

pytestmark = pytest.mark.integration
SUBSCRIBERS = 2000


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with serving() as fake:
        yield fake


async def test_2000_subscribers_through_429s_and_403s(postgresql_url: str, telegram: FakeTelegram) -> None:
    await empty(postgresql_url)
    change_id = await seed(postgresql_url, SUBSCRIBERS)
    telegram.blocked = set(range(1, SUBSCRIBERS + 1, 97))  # 21 chats blocked the bot
    telegram.gone = {150, 1500}
    telegram.throttle_every = 400
    bot: ExtBot[int] = ExtBot("123456:test-token", base_url=f"{telegram.url}/bot",
                              rate_limiter=PacedRateLimiter(1000))
    async with bot, Store(postgresql_url) as store:
        [change] = await store.threat_level_changes()
        assert change.id == change_id
        report = await broadcast(bot, store, change, render(Reply(text="Threat level update.")))
        await asyncio.sleep(0.1)
        per_chat = Counter(m["chat"]["id"] for m in telegram.sent)
        gone = telegram.blocked | telegram.gone
        assert max(per_chat.values()) == 1
        assert set(per_chat) == set(range(1, SUBSCRIBERS + 1)) - gone
        assert telegram.throttled >= 4
        assert report.sent == SUBSCRIBERS - len(gone) and report.outcomes["gone"] == len(gone)
        assert set(await store.subscribers("telegram")) == set(per_chat)
        print(f"\n2,000 subscribers: {report.sent} sent in {report.seconds:.1f} s, "
              f"{telegram.throttled} 429s honoured, {len(gone)} gone and unsubscribed")
