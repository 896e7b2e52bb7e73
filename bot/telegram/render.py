"""Turn Reply objects into Telegram messages: escaped HTML, links, a keyboard, under 4,096 chars."""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import MessageLimit

from bot.reply import Reply
from bot.telegram import buttons

# Telegram counts a message's length after its HTML is parsed; a margin for the source lines.
MAX_CHARS = MessageLimit.MAX_TEXT_LENGTH - 96


@dataclass(frozen=True)
class TelegramMessage:
    html: str
    keyboard: InlineKeyboardMarkup | None


def long_date(reply: Reply) -> str | None:
    return f"{reply.reviewed.day} {reply.reviewed:%B %Y}" if reply.reviewed else None


def split(text: str, limit: int = MAX_CHARS) -> list[str]:
    """Pieces of at most `limit` characters, cut at a paragraph, line, sentence or word end."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < limit // 2:
            cut = max(window.rfind(". "), window.rfind(" "))
        if cut < limit // 2:
            cut = limit  # one enormous word: cut it anywhere rather than fail
        pieces.append(rest[:cut + 1].strip() if cut < limit else rest[:cut])
        rest = rest[cut + 1:].strip() if cut < limit else rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def render(reply: Reply) -> list[TelegramMessage]:
    """Text first, then where it comes from (links) and when it was reviewed; buttons, one per
    row, under the last piece. Everything from Rasa or the content is escaped: nothing a person
    or an editor wrote can become markup.

    A button carries its payload as callback data that fits Telegram's 64 bytes
    (bot/telegram/buttons.py); one that cannot fit is left out.
    """
    footer = [f'Source: <a href="{html.escape(s.url)}">{html.escape(s.title)}</a>' for s in reply.sources]
    if reviewed := long_date(reply):
        footer.append(f"Last reviewed {reviewed}")
    pieces = [html.escape(piece, quote=False) for piece in split(reply.text)]
    if footer:
        pieces[-1] += "\n\n" + "\n".join(footer)
    rows = [[InlineKeyboardButton(b.title, callback_data=data)] for b in reply.buttons
            if (data := buttons.encode(b.payload)) is not None]
    keyboard = InlineKeyboardMarkup(rows) if rows else None
    return [TelegramMessage(piece, keyboard if n == len(pieces) - 1 else None)
            for n, piece in enumerate(pieces)]
