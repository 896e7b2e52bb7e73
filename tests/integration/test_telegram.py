"""The Telegram bot against the real stack (Rasa, action server, content, store) and the fake Bot
API over real HTTP: a conversation with button presses, /forget, and an alert after an edit."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from actions.content import load_library
from bot.conversation import forget_conversation
from bot.rasa_client import RasaClient
from bot.settings import BotSettings
from bot.telegram.app import build_application, running
from bot.telegram.identity import sender_id
from store.engine import create_engine
from store.repository import Store
from tests.fakes.telegram_api import FakeTelegram, serving
from tools.paths import RASA_BIN, ROOT
from tools.stack import Stack

pytestmark = pytest.mark.integration
RASA_PYTHON = RASA_BIN.parent / "python"
KEY = "integration-test-sender-key-0123456789"
ALERT_WITHIN_SECONDS = 30.0


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with serving() as fake:
        yield fake


@pytest.fixture
def content(content_dir: Path) -> Iterator[Path]:
    """The stack's content folder; put back as it was after each test."""
    yield content_dir
    for path in content_dir.iterdir():
        shutil.copy2(ROOT / "content" / path.name, path)


@asynccontextmanager
async def bot_on(stack: Stack, telegram: FakeTelegram, database_url: str,
                 content_dir: Path) -> AsyncIterator[BotSettings]:
    settings = BotSettings(telegram_bot_token="123456:test-token",  # type: ignore[arg-type]
                           telegram_api_url=f"{telegram.url}/bot", rasa_url=stack.rasa_url,
                           rasa_auth_token=stack.rasa_token, telegram_sender_key=KEY,
                           database_url=database_url, content_dir=content_dir,
                           telegram_alert_poll_seconds=1.0)
    async with running(build_application(settings), polling=True, poll_timeout=1):
        yield settings


async def next_message(telegram: FakeTelegram, after: int) -> dict[str, Any]:
    async with asyncio.timeout(30):
        return (await telegram.wait_for(after + 1))[after]


def titles(message: dict[str, Any]) -> list[str]:
    return [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


def tracker_events(stack: Stack, sender: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{stack.rasa_url}/conversations/{sender}/tracker",
                         params={"token": stack.rasa_token}, timeout=30)
    response.raise_for_status()
    events: list[dict[str, Any]] = response.json()["events"]
    return [e for e in events if e["event"] in {"user", "bot"}]


async def test_a_conversation_with_buttons_through_the_real_rasa(
        stack: Stack, telegram: FakeTelegram, database_url: str, content_dir: Path) -> None:
    library = load_library(content_dir)
    async with bot_on(stack, telegram, database_url, content_dir):
        telegram.push_text("/start", chat_id=101)
        welcome = await next_message(telegram, 0)
        assert "999" in welcome["text"]
        assert library.topics["threat-level"].title in titles(welcome)

        telegram.press(welcome, library.topics["threat-level"].title)
        level = await next_message(telegram, 1)
        assert library.threat_level.level in level["text"]
        assert 'href="https://www.mi5.gov.uk/threat-levels"' in level["text"]

        telegram.push_text("/runhidetell", chat_id=101)
        steps = await next_message(telegram, 2)
        assert steps["reply_markup"] is not None
        first_button = titles(steps)[0]
        telegram.press(steps, first_button)
        pressed = await next_message(telegram, 3)
        assert pressed["text"] and pressed["chat"]["id"] == 101
        assert telegram.calls.count("answerCallbackQuery") == 2


async def test_forget_leaves_nothing_of_the_chat_in_rasa_or_the_database(
        stack: Stack, telegram: FakeTelegram, database_url: str, content_dir: Path) -> None:
    sender = sender_id(102, KEY.encode())
    async with bot_on(stack, telegram, database_url, content_dir):
        telegram.push_text("what is the threat level", chat_id=102)
        await next_message(telegram, 0)
        telegram.push_text("/subscribe", chat_id=102)
        await next_message(telegram, 1)
        assert tracker_events(stack, sender)  # Rasa keeps the conversation (in its memory here)

        telegram.push_text("/forget", chat_id=102)
        done = await next_message(telegram, 2)
        assert done["text"].startswith("Done.")
        assert tracker_events(stack, sender) == []
        async with Store(database_url) as store:
            assert not await store.is_subscribed("telegram", 102)


async def test_subscribers_are_alerted_within_30_seconds_of_a_threat_level_edit(
        stack: Stack, telegram: FakeTelegram, database_url: str, content: Path) -> None:
    async with bot_on(stack, telegram, database_url, content):
        for chat in (201, 202):
            telegram.push_text("/subscribe", chat_id=chat)
        await next_message(telegram, 1)
        await asyncio.sleep(1.1)  # subscribed strictly before the change
        path = content / "threat-level.yml"
        text = path.read_text(encoding="utf-8")
        edited = text.replace("  level: SEVERE\n  since: 2026-04-30",
                              "  level: SUBSTANTIAL\n  since: 2026-11-22", 1)
        assert edited != text
        changed_at = time.monotonic()
        path.write_text(edited, encoding="utf-8")
        async with asyncio.timeout(ALERT_WITHIN_SECONDS):
            await telegram.wait_for(4)
        latency = time.monotonic() - changed_at
        print(f"\nalert delivered {latency:.1f} s after the edit was saved")
        alerts = telegram.sent[2:]
        assert sorted(m["chat"]["id"] for m in alerts) == [201, 202]
        meaning = load_library(content).threat_level.meaning
        for alert in alerts:
            assert "SUBSTANTIAL" in alert["text"] and meaning in alert["text"] and "999" in alert["text"]
        await asyncio.sleep(3)  # the watcher looks again: nobody gets it twice
        assert Counter(m["chat"]["id"] for m in telegram.sent[2:]) == {201: 1, 202: 1}


RASA_SAVES = """
import asyncio, sys
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

host, port, db, *senders = sys.argv[1:]
store = SQLTrackerStore(Domain.empty(), dialect="postgresql", host=host, port=int(port), db=db,
                        username="postgres")
for sender in senders:
    tracker = DialogueStateTracker(sender, [])
    tracker.update(UserUttered("what is the threat level"))
    tracker.update(BotUttered("The level is ..."))
    asyncio.run(store.save(tracker))
"""


async def test_forget_deletes_the_conversation_from_rasas_sql_tracker_store(postgresql_url: str) -> None:
    """Production's shape: Rasa's SQL tracker store on PostgreSQL, its rows written by Rasa itself."""
    forgotten, kept = sender_id(301, KEY.encode()), sender_id(302, KEY.encode())
    url = make_url(postgresql_url)
    await asyncio.to_thread(
        subprocess.run, [str(RASA_PYTHON), "-c", RASA_SAVES, url.host or "127.0.0.1", str(url.port or 5432),
                         url.database or "", forgotten, kept], check=True, capture_output=True, timeout=300)

    async def rows(sender: str) -> int:
        engine = create_engine(postgresql_url)
        try:
            async with engine.connect() as connection:
                found = await connection.scalar(
                    text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender})
                return int(found or 0)
        finally:
            await engine.dispose()

    assert await rows(forgotten) >= 2 and await rows(kept) >= 2
    api = FakeRasaApi()
    async with httpx.AsyncClient(transport=httpx.MockTransport(api)) as http:
        await forget_conversation(RasaClient(http, "http://rasa.test", "token"), forgotten, postgresql_url)
    assert api.paths == [f"/conversations/{forgotten}/tracker/events"]
    assert await rows(forgotten) == 0
    assert await rows(kept) >= 2  # nobody else's


class FakeRasaApi:
    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return httpx.Response(200, json={"events": []})
