"""A fake Telegram Bot API served over real HTTP on the loopback, for testing the bot as it runs.

It implements the methods the bot uses (getMe, getUpdates, sendMessage, sendChatAction,
answerCallbackQuery, setMyCommands, setWebhook, deleteWebhook, editMessageReplyMarkup), queues
updates a test pushes, records everything the bot sends (with when), and answers as Telegram does
when told to: 429 with retry_after, 403 for a chat that blocked the bot, 400 for a chat that is gone.
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
from fastapi.responses import JSONResponse

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
        # Every call's fields, by method (setMyCommands' commands, setWebhook's secret…).
        self.requests: dict[str, list[dict[str, Any]]] = {}
        # Injected failures: chats that blocked the bot (403), chats that are gone (400), and a
        # 429 "retry after" answer to every n-th sendMessage.
        self.blocked: set[int] = set()
        self.gone: set[int] = set()
        self.throttle_every = 0
        self.retry_after = 1
        self.throttled = 0
        self._sends = 0
        # How long each sendMessage takes to answer (a real server is not instant).
        self.latency = 0.0
        self._next_update = 1
        self._next_message = 100
        self.url = ""
        self.app = self._build()

    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.post("/bot{token}/{method}")
        async def method(token: str, method: str, request: Request) -> Any:
            self.calls.append(method)
            fields = self._fields(await request.body(), request.headers.get("content-type", ""))
            self.requests.setdefault(method, []).append(fields)
            if method == "getMe":
                return {"ok": True, "result": BOT}
            if method == "getUpdates":
                return {"ok": True, "result": await self._updates(fields)}
            if method == "sendMessage":
                return await self._send(fields)
            if method in {"sendChatAction", "answerCallbackQuery", "setMyCommands", "setWebhook",
                          "deleteWebhook", "editMessageReplyMarkup"}:
                return {"ok": True, "result": True}
            return {"ok": False, "error_code": 404, "description": "Not Found: method not found"}

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

    async def _send(self, fields: dict[str, Any]) -> Any:
        chat_id = int(fields["chat_id"])
        self._sends += 1
        if self.throttle_every and self._sends % self.throttle_every == 0:
            self.throttled += 1
            return JSONResponse({"ok": False, "error_code": 429,
                                 "description": f"Too Many Requests: retry after {self.retry_after}",
                                 "parameters": {"retry_after": self.retry_after}}, status_code=429)
        if chat_id in self.blocked:
            return JSONResponse({"ok": False, "error_code": 403,
                                 "description": "Forbidden: bot was blocked by the user"}, status_code=403)
        if chat_id in self.gone:
            return JSONResponse({"ok": False, "error_code": 400,
                                 "description": "Bad Request: chat not found"}, status_code=400)
        if not self._buttons_fit(fields.get("reply_markup")):
            return JSONResponse({"ok": False, "error_code": 400,
                                 "description": "Bad Request: BUTTON_DATA_INVALID"}, status_code=400)
        if self.latency:
            await asyncio.sleep(self.latency)
        return {"ok": True, "result": self._record(fields)}

    @staticmethod
    def _buttons_fit(markup: Any) -> bool:
        """Telegram refuses a keyboard whose callback data is over 64 bytes (or empty)."""
        if isinstance(markup, str):
            markup = json.loads(markup)
        rows = (markup or {}).get("inline_keyboard", [])
        return all(1 <= len(b["callback_data"].encode()) <= 64
                   for row in rows for b in row if "callback_data" in b)

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        return [m for m in self.sent if m["chat"]["id"] == chat_id]

    def _record(self, fields: dict[str, Any]) -> dict[str, Any]:
        markup = fields.get("reply_markup")
        message = {"message_id": self._next_message, "date": int(time.time()),
                   "chat": {"id": int(fields["chat_id"]), "type": "private"}, "from": BOT,
                   "text": fields["text"]}
        self._next_message += 1
        if isinstance(markup, str):
            markup = json.loads(markup)
        self.sent.append({**message, "reply_markup": markup or None, "parse_mode": fields.get("parse_mode"),
                          "link_preview_options": fields.get("link_preview_options"),
                          "at": time.monotonic()})
        return message

    def _push(self, update: dict[str, Any]) -> None:
        self.updates.append({"update_id": self._next_update, **update})
        self._next_update += 1

    def text_update(self, text: str, chat_id: int = 42) -> dict[str, Any]:
        """An update carrying this message (what Telegram would send or post to a webhook)."""
        entities = ([{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
                    if text.startswith("/") else [])
        update = {"update_id": self._next_update,
                  "message": {"message_id": self._next_update, "date": int(time.time()),
                              "chat": {"id": chat_id, "type": "private"}, "from": {**PERSON, "id": chat_id},
                              "text": text, "entities": entities}}
        self._next_update += 1
        return update

    def push_text(self, text: str, chat_id: int = 42) -> None:
        self.updates.append(self.text_update(text, chat_id))

    def press(self, sent: dict[str, Any], title: str) -> None:
        """Press the button with this title under a message the bot sent."""
        rows = sent["reply_markup"]["inline_keyboard"]
        button = next(b for row in rows for b in row if b["text"] == title)
        message = {k: v for k, v in sent.items()
                   if k not in {"reply_markup", "parse_mode", "link_preview_options", "at"}}
        self._push({"callback_query": {"id": f"cb{self._next_update}",
                                       "from": {**PERSON, "id": sent["chat"]["id"]},
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
