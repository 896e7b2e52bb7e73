"""The Telegram front end: small handlers wired to the shared Rasa client."""

from __future__ import annotations

import httpx
import structlog
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InvalidCallbackData,
    MessageHandler,
    filters,
)

from bot.conversation import take_turn
from bot.rasa_client import RasaClient
from bot.reply import Reply, unavailable
from bot.settings import BotSettings
from bot.telegram.render import render

log = structlog.get_logger(__name__)
# Commands are sent to Rasa as the payload of the intent they stand for.
COMMANDS = {"start": "/greet", "help": "/help", "threat": "/ask_threat_level",
            "runhidetell": "/ask_run_hide_tell"}


def sender_id(update: Update) -> str:
    """Rasa's conversation id: one per Telegram chat (never the person's name or number)."""
    chat = update.effective_chat
    return f"telegram-{chat.id if chat else 'unknown'}"


async def _reply(update: Update, rasa: RasaClient, text: str) -> None:
    turn = await take_turn(rasa, sender_id(update), text, channel="telegram")
    await _send(update, turn.replies)


async def _send(update: Update, replies: list[Reply]) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    for message in map(render, replies):
        # Plain text: nothing a person or the content contains is parsed as HTML or Markdown.
        await chat.send_message(message.text, reply_markup=message.keyboard,
                                disable_web_page_preview=True)


def build_application(settings: BotSettings, rasa_transport: httpx.AsyncBaseTransport | None = None,
                      ) -> Application:  # type: ignore[type-arg]
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    http = httpx.AsyncClient(timeout=httpx.Timeout(settings.rasa_timeout_seconds, connect=2.0),
                             transport=rasa_transport)
    rasa = RasaClient(http, settings.rasa_url)

    async def on_text(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_message and update.effective_message.text:
            await _reply(update, rasa, update.effective_message.text)

    async def on_command(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        text = update.effective_message.text if update.effective_message else None
        name = (text or "/start").split()[0].lstrip("/").split("@")[0].lower()
        await _reply(update, rasa, COMMANDS.get(name, "/help"))

    async def on_button(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        await query.answer()
        if isinstance(query.data, str):
            await _reply(update, rasa, query.data)

    async def on_expired_button(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        # After a restart the payloads behind old buttons are gone: say so, safely.
        if update.callback_query:
            await update.callback_query.answer()
        await _send(update, [Reply(text="That button has expired. Please type your question. "
                                        "In an emergency, call 999.")])

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("telegram_error", error=repr(context.error)[:300])
        if isinstance(update, Update):
            await _send(update, [unavailable()])

    async def close_http(_: Application) -> None:  # type: ignore[type-arg]
        await http.aclose()

    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .arbitrary_callback_data(True)
        .post_shutdown(close_http)
        .build()
    )
    application.add_handler(CommandHandler(list(COMMANDS), on_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    application.add_handler(CallbackQueryHandler(on_expired_button, pattern=InvalidCallbackData))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
    return application
