"""Who a Telegram chat is to Rasa: a keyed hash of its chat id, never the id itself."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from bot.settings import BotSettings
from common.paths import cache_dir

# Web senders match the gateway's SENDER pattern (letters, digits, '-' and '_'), which has no
# ':', so no web sender can ever be mistaken for a Telegram chat, nor the other way round.
PREFIX = "tg:"


def sender_id(chat_id: int, key: bytes) -> str:
    """Rasa's conversation id for a chat: HMAC-SHA256 of the chat id under a secret key.

    Without the key nobody (Rasa's tracker store, its logs, a database dump) can tell which
    Telegram chat a conversation belongs to, or test a guessed chat id against it.
    """
    return PREFIX + hmac.new(key, str(chat_id).encode(), hashlib.sha256).hexdigest()


def sender_key(settings: BotSettings) -> bytes:
    """TELEGRAM_SENDER_KEY; in development (where settings allow it unset) a random key kept in
    the cache directory, so that a chat keeps its conversation across restarts."""
    if settings.telegram_sender_key is not None:
        return settings.telegram_sender_key.get_secret_value().encode()
    path = cache_dir() / "telegram-sender.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Created readable by this user only, and never replaced once written.
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(descriptor, "w") as file:
                file.write(secrets.token_urlsafe(32))
    return Path(path).read_text().strip().encode()
