"""Turn Reply objects into Telegram messages: plain text (never parsed as HTML) and a keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.reply import Reply


@dataclass(frozen=True)
class TelegramMessage:
    text: str
    keyboard: InlineKeyboardMarkup | None


def long_date(reply: Reply) -> str | None:
    return f"{reply.reviewed.day} {reply.reviewed:%B %Y}" if reply.reviewed else None


def render(reply: Reply) -> TelegramMessage:
    """Text first, then where it comes from and when it was reviewed; buttons one per row.

    The payload of a button can be longer than Telegram's 64-byte callback data, so buttons
    carry the payload itself as arbitrary callback data (python-telegram-bot keeps the mapping).
    """
    footer = [f"Source: {s.title}: {s.url}" for s in reply.sources]
    if reviewed := long_date(reply):
        footer.append(f"Last reviewed {reviewed}")
    text = reply.text + ("\n\n" + "\n".join(footer) if footer else "")
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.title, callback_data=b.payload)] for b in reply.buttons]
    ) if reply.buttons else None
    return TelegramMessage(text, keyboard)
