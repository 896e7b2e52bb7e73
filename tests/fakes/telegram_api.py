"""A fake Telegram Bot API served over real HTTP on the loopback, for testing the bot as it runs.

It implements the few methods the bot uses (getMe, getUpdates, sendMessage, answerCallbackQuery),
queues updates a test pushes, and records everything the bot sends.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qs

import uvicorn
from fastapi import FastAPI, Request

from tools.stack import free_port

BOT = {"id": 7000, "is_bot": True, "first_name": "Safety assistant", "username": "safety_test_bot",
       "can_join_groups": False, "can_read_all_group_messages": False,
       "supports_inline_queries": False}
PERSON = {"id": 42, "is_bot": False, "first_name": "Sam"}


class FakeTelegram:
    def __init__(self) -> None:
        self.updates: list[dict[str, Any]] = []
        self.sent: list[dict[str, Any]] = []
        self.calls: list[str] = []
        self._next_update = 1
        self._next_message = 100
        self.url = ""
        self.app = self._build()

    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.post("/bot{token}/{method}")
        async def method(token: str, method: str, request: Request) -> dict[str, Any]:
            self.calls.append(method)
            fields = self._fields(await request.body(), request.headers.get("content-type", ""))
            if method == "getMe":
                return {"ok": True, "result": BOT}
            if method == "getUpdates":
                return {"ok": True, "result": await self._updates(fields)}
            if method == "sendMessage":
                return {"ok": True, "result": self._record(fields)}
            return {"ok": True, "result": True}

        return app

    @staticmethod
    def _fields(body: bytes, content_type: str) -> dict[str, Any]:
        if "json" in content_type:
            loaded: dict[str, Any] = json.loads(body or b"{}")
            return loaded
        return {k: v[0] for k, v in parse_qs(body.decode()).items()}

    async def _updates(self, fields: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(fields.get("offset", 0))
        deadline = time.monotonic() + min(float(fields.get("timeout", 0)), 1.0)
        while True:
            ready = [u for u in self.updates if u["update_id"] >= offset]
            if ready or time.monotonic() >= deadline:
                return ready
            await asyncio.sleep(0.02)

    def _record(self, fields: dict[str, Any]) -> dict[str, Any]:
        markup = fields.get("reply_markup")
        message = {"message_id": self._next_message, "date": int(time.time()),
                   "chat": {"id": int(fields["chat_id"]), "type": "private"}, "from": BOT,
                   "text": fields["text"]}
        self._next_message += 1
        self.sent.append({**message, "reply_markup": json.loads(markup) if markup else None})
        return message

    def _push(self, update: dict[str, Any]) -> None:
        self.updates.append({"update_id": self._next_update, **update})
        self._next_update += 1

    def push_text(self, text: str, chat_id: int = 42) -> None:
        entities = ([{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
                    if text.startswith("/") else [])
        self._push({"message": {"message_id": self._next_update, "date": int(time.time()),
                                "chat": {"id": chat_id, "type": "private"}, "from": PERSON,
                                "text": text, "entities": entities}})

    def press(self, sent: dict[str, Any], title: str) -> None:
        """Press the button with this title under a message the bot sent."""
        rows = sent["reply_markup"]["inline_keyboard"]
        button = next(b for row in rows for b in row if b["text"] == title)
        message = {k: v for k, v in sent.items() if k != "reply_markup"}
        self._push({"callback_query": {"id": f"cb{self._next_update}", "from": PERSON,
                                       "chat_instance": "test", "message": message,
                                       "data": button["callback_data"]}})

    async def wait_for(self, count: int) -> list[dict[str, Any]]:
        """The messages sent so far, once there are `count` (callers bound it with a timeout)."""
        while len(self.sent) < count:  # noqa: ASYNC110  # the fake runs on another thread and loop
            await asyncio.sleep(0.02)
        return self.sent


@contextmanager
def serving() -> Iterator[FakeTelegram]:
    fake = FakeTelegram()
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(fake.app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    fake.url = f"http://127.0.0.1:{port}"
    try:
        yield fake
    finally:
        server.should_exit = True
        thread.join(timeout=5)
