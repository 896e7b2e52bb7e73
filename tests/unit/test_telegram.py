"""The Telegram bot as it runs, against a fake Bot API over real HTTP and a faked Rasa."""

from __future__ import annotations

import asyncio
import html
import json
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from actions.content import load_library
from bot.settings import ROOT, BotSettings
from bot.telegram.app import MENU, build_application, running
from bot.telegram.identity import sender_id
from bot.web.app import BadRequest, create_app, parse_chat_request
from store.repository import Store
from tests.fakes.rasa import FakeRasa, rasa_down
from tests.fakes.server import serving as serving_app
from tests.fakes.telegram_api import FakeTelegram, serving

KEY = "unit-test-sender-key-0123456789"
SECRET = "unit_test_webhook_secret_0123456789"
LIBRARY = load_library(ROOT / "content")
RUN = [
    {"recipient_id": "x", "text": "Run to a safe place if you can. <b>not bold</b> & more",
     "buttons": [{"title": "Hide", "payload": "/ask_hide"},
                 {"title": "Take others with you",
                  "payload": '/ask_armed_police_response{"section":"take-others-with-you-if-you-can"}'}]},
    {"recipient_id": "x", "custom": {
        "topic": "run", "sources": [{"title": "ProtectUK", "url": "https://www.protectuk.police.uk"}],
        "reviewed": "2026-11-23"}},
]


class RecordingRasa(FakeRasa):
    """FakeRasa that also answers Rasa's HTTP API (PUT …/tracker/events) and records it."""

    def __init__(self, answer: list[dict[str, object]] | None = None, delay: float = 0.0,
                 slow_for: str | None = None) -> None:
        super().__init__(answer)
        self.api_calls: list[tuple[str, str, Any]] = []
        self.delay = delay
        self.slow_for = slow_for

    async def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/conversations/"):
            self.api_calls.append((request.method, request.url.path, json.loads(request.content)))
            return httpx.Response(200, json={"events": []})
        body = json.loads(request.content)
        if self.delay and (self.slow_for is None or body["message"] == self.slow_for):
            await asyncio.sleep(self.delay)
        return self(request)


def settings_for(telegram: FakeTelegram, tmp_path: Path, **overrides: Any) -> BotSettings:
    values: dict[str, Any] = {
        "telegram_bot_token": "123456:test-token", "telegram_api_url": f"{telegram.url}/bot",
        "rasa_url": "http://rasa.test", "telegram_sender_key": KEY,
        "database_url": f"sqlite:///{tmp_path / 'app.db'}", "telegram_alert_poll_seconds": 0.2,
        "telegram_broadcast_per_second": 1000,
    }
    return BotSettings(**(values | overrides))


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with serving() as fake:
        yield fake


@asynccontextmanager
async def running_bot(telegram: FakeTelegram, rasa: Callable[..., Any], tmp_path: Path,
                      **overrides: Any) -> AsyncIterator[BotSettings]:
    settings = settings_for(telegram, tmp_path, **overrides)
    handler = rasa.handle if isinstance(rasa, RecordingRasa) else rasa
    async with running(build_application(settings, httpx.MockTransport(handler)), polling=True,
                       poll_timeout=1):
        yield settings


async def sent(telegram: FakeTelegram, count: int) -> list[dict[str, Any]]:
    async with asyncio.timeout(10):
        return await telegram.wait_for(count)


def titles(message: dict[str, Any]) -> list[str]:
    return [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


def chat_sender(chat_id: int = 42) -> str:
    return sender_id(chat_id, KEY.encode())


async def test_a_message_is_answered_safely_formatted_with_links_and_buttons(
        telegram: FakeTelegram, tmp_path: Path) -> None:
    rasa = RecordingRasa(RUN)
    async with running_bot(telegram, rasa, tmp_path):
        telegram.push_text("how do i get away")
        [message] = await sent(telegram, 1)
        assert message["chat"]["id"] == 42
        assert message["parse_mode"] == "HTML"
        # Whatever Rasa or the content says is escaped: it can never become markup.
        assert message["text"].startswith("Run to a safe place if you can. &lt;b&gt;not bold&lt;/b&gt; &amp;")
        assert 'Source: <a href="https://www.protectuk.police.uk">ProtectUK</a>' in message["text"]
        assert "Last reviewed 23 November 2026" in message["text"]
        assert json.loads(message["link_preview_options"]) == {"is_disabled": True}
        assert titles(message) == ["Hide", "Take others with you"]
        # Rasa never sees the chat id: a keyed hash of it, in the Telegram namespace.
        assert rasa.received == [{"sender": chat_sender(), "message": "how do i get away"}]
        assert "42" not in chat_sender() and chat_sender().startswith("tg:")
        assert "sendChatAction" in telegram.calls  # "typing…" while Rasa thinks

        # A payload longer than Telegram's 64-byte callback data (the fake refuses such a
        # keyboard, as Telegram does) still reaches Rasa whole when pressed.
        assert len(RUN[0]["buttons"][1]["payload"].encode()) > 64  # type: ignore[index]
        telegram.press(message, "Take others with you")
        await sent(telegram, 2)
        assert rasa.received[-1]["message"] == RUN[0]["buttons"][1]["payload"]  # type: ignore[index]
        assert "answerCallbackQuery" in telegram.calls


async def test_every_command_is_registered_and_answered(telegram: FakeTelegram, tmp_path: Path) -> None:
    rasa = RecordingRasa(RUN)
    async with running_bot(telegram, rasa, tmp_path):
        [registered] = telegram.requests["setMyCommands"]
        commands = json.loads(registered["commands"])
        assert [c["command"] for c in commands] == MENU
        assert {c["command"]: c["description"] for c in commands}["threatlevel"] == \
            LIBRARY.topics["threat-level"].title
        asking = {"/start": "/greet", "/help": "/help", "/threatlevel": "/ask_threat_level",
                  "/runhidetell": "/ask_run_hide_tell", "/report": "/ask_report_suspicious",
                  "/nonsense": "/help", "/help@safety_test_bot": "/help"}
        for number, (command, payload) in enumerate(asking.items(), start=1):
            telegram.push_text(command)
            await sent(telegram, number)
            assert rasa.received[-1]["message"] == payload, command

        count = len(asking)
        for command, reply in [("/privacy", "privacy"), ("/unsubscribe", "not_subscribed"),
                               ("/subscribe", "subscribed"), ("/subscribe", "already_subscribed"),
                               ("/unsubscribe", "unsubscribed"), ("/forget", "forgotten")]:
            telegram.push_text(command)
            count += 1
            messages = await sent(telegram, count)
            expected = LIBRARY.conversation[reply].text
            if reply == "privacy":
                expected = expected.format(conversation_days=30, questions_days=30)
            assert messages[-1]["text"] == html.escape(expected, quote=False), command
        # Those commands never went to Rasa as messages.
        assert len(rasa.received) == len(asking)


async def test_forget_deletes_the_conversation_and_the_subscription(telegram: FakeTelegram,
                                                                    tmp_path: Path) -> None:
    rasa = RecordingRasa(RUN)
    async with running_bot(telegram, rasa, tmp_path) as settings:
        telegram.push_text("/subscribe", chat_id=7)
        telegram.push_text("/subscribe", chat_id=8)
        await sent(telegram, 2)
        telegram.push_text("/forget", chat_id=7)
        messages = await sent(telegram, 3)
        assert messages[-1]["text"].startswith("Done.")
        assert rasa.api_calls == [("PUT", f"/conversations/{sender_id(7, KEY.encode())}/tracker/events", [])]
        async with Store(settings.database_url) as store:
            assert await store.subscribers("telegram") == [8]


async def test_forget_says_so_when_it_could_not(telegram: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(telegram, rasa_down, tmp_path):
        telegram.push_text("/forget")
        [message] = await sent(telegram, 1)
        assert message["text"] == html.escape(LIBRARY.conversation["try_again"].text, quote=False)


async def test_personal_data_is_redacted_and_long_messages_are_refused(telegram: FakeTelegram,
                                                                       tmp_path: Path) -> None:
    rasa = RecordingRasa(RUN)
    async with running_bot(telegram, rasa, tmp_path):
        telegram.push_text("my number is 07700 900123")
        messages = await sent(telegram, 2)
        assert "07700" not in rasa.received[-1]["message"]
        assert "personal details" in messages[-1]["text"]
        telegram.push_text("help " * 120)
        messages = await sent(telegram, 3)
        assert "too long" in messages[-1]["text"] and "999" in messages[-1]["text"]
        assert len(rasa.received) == 1


async def test_each_chat_is_rate_limited(telegram: FakeTelegram, tmp_path: Path) -> None:
    rasa = RecordingRasa(RUN)
    async with running_bot(telegram, rasa, tmp_path, rate_limit_per_sender="2/minute"):
        for _ in range(3):
            telegram.push_text("how do i get away")
        messages = await sent(telegram, 3)
        assert "sending messages very quickly" in messages[-1]["text"] and "999" in messages[-1]["text"]
        telegram.push_text("how do i get away", chat_id=9)  # another chat is not held back
        messages = await sent(telegram, 4)
        assert messages[-1]["chat"]["id"] == 9 and messages[-1]["text"].startswith("Run")
        assert len(rasa.received) == 3


async def test_chats_are_answered_concurrently_each_in_order(telegram: FakeTelegram, tmp_path: Path) -> None:
    rasa = RecordingRasa(RUN, delay=1.5, slow_for="slow question")
    async with running_bot(telegram, rasa, tmp_path):
        telegram.push_text("slow question", chat_id=1)
        telegram.push_text("second question", chat_id=1)
        await asyncio.sleep(0.3)
        telegram.push_text("quick question", chat_id=2)
        messages = await sent(telegram, 1)
        assert messages[0]["chat"]["id"] == 2  # not stuck behind chat 1's slow answer
        await sent(telegram, 3)
        # Chat 1's messages reached Rasa one at a time, in order.
        order = [r["message"] for r in rasa.received if r["sender"] == sender_id(1, KEY.encode())]
        assert order == ["slow question", "second question"]


async def test_a_long_answer_is_split_under_telegrams_limit(telegram: FakeTelegram, tmp_path: Path) -> None:
    long = [{"recipient_id": "x", "text": ("Stay safe. " * 300 + "\n\n") * 3,
             "buttons": [{"title": "Hide", "payload": "/ask_hide"}]}]
    async with running_bot(telegram, RecordingRasa(long), tmp_path):
        telegram.push_text("tell me everything")
        await sent(telegram, 3)
        await asyncio.sleep(0.3)
        assert len(telegram.sent) == 3
        assert all(len(m["text"]) < 4096 for m in telegram.sent)
        assert [m["reply_markup"] is not None for m in telegram.sent] == [False, False, True]


async def test_a_button_works_when_another_replica_or_a_restarted_bot_gets_the_press(
    telegram: FakeTelegram, tmp_path: Path,
) -> None:
    """Nothing about a button is kept in the bot that sent it (webhook replicas, restarts)."""
    rasa = RecordingRasa(RUN)
    async with running_bot(telegram, rasa, tmp_path):
        telegram.push_text("how do i get away")
        [message] = await sent(telegram, 1)
    payload = RUN[0]["buttons"][1]["payload"]  # type: ignore[index]
    async with running_bot(telegram, rasa, tmp_path):  # a new Application: nothing in memory
        telegram.press(message, "Take others with you")
        async with asyncio.timeout(10):
            while payload not in [r["message"] for r in rasa.received]:  # noqa: ASYNC110  # Rasa is faked on another task
                await asyncio.sleep(0.02)
    assert not [m for m in telegram.sent if m["text"].startswith("That button has expired")]


async def test_an_expired_button_says_so_and_goes(telegram: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(telegram, RecordingRasa(RUN), tmp_path):
        telegram.push_text("how do i get away")
        [message] = await sent(telegram, 1)
        message["reply_markup"]["inline_keyboard"][0][0]["callback_data"] = "not-a-known-button"
        telegram.press(message, "Hide")
        messages = await sent(telegram, 2)
        assert messages[-1]["text"].startswith("That button has expired")
        assert "editMessageReplyMarkup" in telegram.calls


async def test_rasa_down_still_tells_the_person_what_to_do(telegram: FakeTelegram, tmp_path: Path) -> None:
    async with running_bot(telegram, rasa_down, tmp_path):
        telegram.push_text("someone is shooting")
        [message] = await sent(telegram, 1)
        for words in ("999", "0800 789 321", "try again"):
            assert words in message["text"]
        telegram.push_text("are you there")  # the bot keeps running
        await sent(telegram, 2)


async def test_rasa_too_slow_gets_the_safe_reply_and_the_bot_carries_on(telegram: FakeTelegram,
                                                                        tmp_path: Path) -> None:
    slow = FastAPI()

    @slow.post("/webhooks/rest/webhook")
    async def answer() -> list[dict[str, object]]:
        await asyncio.sleep(3)
        return RUN

    with serving_app(slow) as rasa_url:
        settings = settings_for(telegram, tmp_path, rasa_url=rasa_url, rasa_timeout_seconds=1)
        async with running(build_application(settings), polling=True, poll_timeout=1):
            telegram.push_text("someone is shooting")
            [message] = await sent(telegram, 1)
            for words in ("999", "0800 789 321", "try again"):
                assert words in message["text"]


def test_web_senders_can_never_be_telegram_ones() -> None:
    with pytest.raises(BadRequest):
        parse_chat_request(json.dumps({"sender": chat_sender(), "message": "hi"}).encode())
    assert sender_id(42, b"another-key-0123456789") != chat_sender()


def test_production_refuses_a_missing_or_placeholder_sender_key() -> None:
    production = {"app_env": "production", "rasa_auth_token": "r" * 32, "redis_url": "redis://x",
                  "database_url": "postgresql://db/x", "telegram_bot_token": "123:real-token-value"}
    for key in (None, "changeme", "short"):
        with pytest.raises(ValueError, match="TELEGRAM_SENDER_KEY"):
            BotSettings(**production, telegram_sender_key=key)
    BotSettings(**production, telegram_sender_key=KEY)
    with pytest.raises(ValueError, match="both"):
        BotSettings(telegram_webhook_url="https://bot.example.org/telegram/webhook")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="TELEGRAM_WEBHOOK_SECRET"):
        BotSettings(telegram_webhook_url="https://bot.example.org/telegram/webhook",  # type: ignore[call-arg]
                    telegram_webhook_secret="secret")


def test_webhook_needs_the_exact_secret_and_a_well_formed_update(telegram: FakeTelegram,
                                                                  tmp_path: Path) -> None:
    rasa = RecordingRasa(RUN)
    settings = settings_for(telegram, tmp_path, telegram_webhook_url="https://bot.test/telegram/webhook",
                            telegram_webhook_secret=SECRET)
    with serving_app(create_app(settings, httpx.MockTransport(rasa.handle))) as url:
        [webhook] = telegram.requests["setWebhook"]
        assert webhook["url"] == "https://bot.test/telegram/webhook" and webhook["secret_token"] == SECRET
        update = json.dumps(telegram.text_update("how do i get away"))
        post = f"{url}/telegram/webhook"
        header = "X-Telegram-Bot-Api-Secret-Token"
        assert httpx.post(post, content=update).status_code == 403
        assert httpx.post(post, content=update, headers={header: SECRET[:-1]}).status_code == 403
        assert httpx.post(post, content=update, headers={header: SECRET + "x"}).status_code == 403
        assert httpx.post(post, content=b"{not json", headers={header: SECRET}).status_code == 400
        assert httpx.post(post, content=b'{"message": {}}', headers={header: SECRET}).status_code == 400
        assert httpx.post(post, content=b"[1, 2]", headers={header: SECRET}).status_code == 400
        assert rasa.received == []
        assert httpx.post(post, content=update, headers={header: SECRET}).status_code == 200
        [message] = asyncio.run(sent(telegram, 1))
        assert message["text"].startswith("Run to a safe place")
        assert rasa.received == [{"sender": chat_sender(), "message": "how do i get away"}]
        assert "getUpdates" not in telegram.calls  # webhook mode: no polling


def test_without_webhook_mode_the_gateway_has_no_webhook(tmp_path: Path) -> None:
    settings = BotSettings(rasa_url="http://rasa.test", database_url=f"sqlite:///{tmp_path / 'a.db'}")
    with serving_app(create_app(settings, httpx.MockTransport(FakeRasa()))) as url:
        assert httpx.post(f"{url}/telegram/webhook", content=b"{}").status_code == 404
