"""The bot's pace: messages to chats evenly spaced under Telegram's cap, in every second.

Telegram allows a bot about 30 messages a second and answers faster sending with 429 "retry
after N seconds". python-telegram-bot's AIORateLimiter keeps the average, but measured against
a fake Bot API (`make broadcast-bench`) it breaks the cap twice:
- its bucket holds a second's worth, so a broadcast starts with 30 at once (31 msg/s first to
  last over 900 subscribers);
- during a RetryAfter pause its limiter keeps handing out turns, and every request given one
  waits for the pause to end and then goes at the same moment: 57 messages in one second.
This limiter gives turns one at a time, each 1/rate after the last one was taken, and none
during a pause, so nothing bunches up: not at the start, not after a pause, not after a stall.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

JSONDict = dict[str, Any]
Result = bool | JSONDict | list[JSONDict]
RETRIES = 3
# Telegram's "retry after" is whole seconds; a little more so the first retry isn't too early.
RETRY_MARGIN_SECONDS = 0.1


class Pacer:
    """Turns at most `per_second`: each at least 1/per_second after the one before it was taken,
    one at a time in the order asked (a late turn pushes the next one back; it never lets two go
    together). `pause` holds every turn until it ends."""

    def __init__(self, per_second: float) -> None:
        self._interval = 1.0 / per_second
        self._last_turn = float("-inf")
        self._paused_until = 0.0
        self._lock = asyncio.Lock()  # first come, first served

    async def turn(self) -> None:
        loop = asyncio.get_running_loop()
        async with self._lock:
            while True:
                wait = max(self._last_turn + self._interval, self._paused_until) - loop.time()
                if wait <= 0:
                    break
                await asyncio.sleep(wait)  # then look again: a pause may have started meanwhile
            self._last_turn = loop.time()

    def pause(self, seconds: float) -> None:
        until = asyncio.get_running_loop().time() + seconds
        self._paused_until = max(self._paused_until, until)


class PacedRateLimiter(BaseRateLimiter[int]):
    """python-telegram-bot's rate limiter interface over one Pacer. Only requests to a chat
    (sendMessage, sendChatAction, …) count against the cap; getUpdates and the like go at once.
    A 429 pauses everyone and the request is tried again, up to RETRIES times."""

    def __init__(self, per_second: float) -> None:
        self._per_second = per_second
        self._pacer: Pacer | None = None

    async def initialize(self) -> None:
        self._pacer = Pacer(self._per_second)  # its lock belongs to the running loop

    async def shutdown(self) -> None:
        self._pacer = None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        if data.get("chat_id") is None:
            return await callback(*args, **kwargs)
        if self._pacer is None:
            await self.initialize()
        pacer = self._pacer
        assert pacer is not None  # set just above
        retries = rate_limit_args if rate_limit_args is not None else RETRIES
        for attempt in range(retries + 1):
            await pacer.turn()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == retries:
                    raise
                pacer.pause(_seconds(error) + RETRY_MARGIN_SECONDS)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _seconds(error: RetryAfter) -> float:
    # retry_after is an int (with a deprecation warning) or a timedelta, depending on
    # PTB_TIMEDELTA (python-telegram-bot 22 is moving to timedelta).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: int | timedelta = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
