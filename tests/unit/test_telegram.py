"""The Telegram bot as it runs, against a fake Bot API over real HTTP and a faked Rasa."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from bot.settings import BotSettings
from bot.telegram.app import build_application
from tests.fakes.rasa import FakeRasa
from tests.fakes.telegram_api import FakeTelegram, serving

RUN = [
    {"recipient_id": "x", "text": "Run to a safe place if you can. <b>not bold</b>",
     "buttons": [{"title": "Hide", "payload": "/ask_hide"},
                 {"title": "Take others with you",
                  "payload": '/ask_armed_police_response{"section":"take-others-with-you-if-you-can"}'}]},
    {"recipient_id": "x", "custom": {
        "topic": "run", "sources": [{"title": "ProtectUK", "url": "https://www.protectuk.police.uk"}],
        "reviewed": "2026-11-23"}},
]


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with serving() as fake:
        yield fake


@asynccontextmanager
async def running_bot(telegram: FakeTelegram, rasa: Any) -> AsyncIterator[None]:
    settings = BotSettings(telegram_bot_token="123456:test-token",  # type: ignore[arg-type]
                           telegram_api_url=f"{telegram.url}/bot", rasa_url="http://rasa.test")
    application = build_application(settings, httpx.MockTransport(rasa))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield
        finally:
            await application.updater.stop()
            await application.stop()


async def sent(telegram: FakeTelegram, count: int) -> list[dict[str, Any]]:
    async with asyncio.timeout(10):
        return await telegram.wait_for(count)


async def test_a_message_is_answered_with_sources_review_date_and_buttons(telegram: FakeTelegram) -> None:
    rasa = FakeRasa(RUN)
    async with running_bot(telegram, rasa):
        telegram.push_text("how do i get away")
        [message] = await sent(telegram, 1)
        assert message["chat"]["id"] == 42
        assert message["text"].startswith("Run to a safe place")
        assert "<b>not bold</b>" in message["text"]  # plain text, never parsed
        assert "Source: ProtectUK: https://www.protectuk.police.uk" in message["text"]
        assert "Last reviewed 23 November 2026" in message["text"]
        titles = [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]
        assert titles == ["Hide", "Take others with you"]
        assert rasa.received == [{"sender": "telegram-42", "message": "how do i get away"}]

        # A button longer than Telegram's 64-byte callback data still sends its full payload.
        telegram.press(message, "Take others with you")
        await sent(telegram, 2)
        assert rasa.received[-1]["message"] == RUN[0]["buttons"][1]["payload"]  # type: ignore[index]
        assert "answerCallbackQuery" in telegram.calls


async def test_commands_map_to_intents_and_personal_data_is_redacted(telegram: FakeTelegram) -> None:
    rasa = FakeRasa(RUN)
    async with running_bot(telegram, rasa):
        telegram.push_text("/start")
        await sent(telegram, 1)
        assert rasa.received[-1]["message"] == "/greet"
        telegram.push_text("my number is 07700 900123")
        messages = await sent(telegram, 3)
        assert "07700" not in rasa.received[-1]["message"]
        assert "personal details" in messages[-1]["text"]


async def test_rasa_down_still_tells_the_person_to_call_999(telegram: FakeTelegram) -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async with running_bot(telegram, down):
        telegram.push_text("someone is shooting")
        [message] = await sent(telegram, 1)
        assert "999" in message["text"] and "55" in message["text"]
