"""Webhook mode: Telegram posts each update to the gateway (POST /telegram/webhook), which checks
the secret and hands the update to the bot's one Application, run inside the gateway."""

from __future__ import annotations

import hmac
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from telegram import Update

from bot.settings import BotSettings
from bot.telegram.app import TelegramApp, build_application, running

# An update is a few kilobytes; Telegram caps a message at 4,096 characters.
MAX_UPDATE_BYTES = 256 * 1024


class MalformedUpdate(ValueError):
    """The body is not a Telegram update."""


@asynccontextmanager
async def webhook_bot(settings: BotSettings, rasa_transport: httpx.AsyncBaseTransport | None = None,
                      ) -> AsyncIterator[TelegramApp | None]:
    """The bot, running for the gateway's lifetime in webhook mode (it calls setWebhook with the
    secret as it starts); None when webhook mode is off."""
    if not settings.webhook_mode:
        yield None
        return
    async with running(build_application(settings, rasa_transport), polling=False) as application:
        yield application


def secret_matches(settings: BotSettings, given: str | None) -> bool:
    """The exact secret given to setWebhook, compared in constant time."""
    expected = settings.telegram_webhook_secret
    if expected is None or given is None:
        return False
    return hmac.compare_digest(given.encode(), expected.get_secret_value().encode())


def parse_update(application: TelegramApp, body: bytes) -> Update:
    try:
        data = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            raise MalformedUpdate("not an update")
        update = Update.de_json(data, application.bot)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise MalformedUpdate(type(error).__name__) from error
    if update is None:
        raise MalformedUpdate("empty")
    return update
