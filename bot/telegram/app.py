"""The Telegram front end: an Application built once, small handlers, one error handler.

A message or button press travels as on the web: per-chat rate limit → bot.conversation
(cleaning, 500-character limit, redaction, Rasa, fail-safe 999 reply) → render → Telegram.
Commands that ask something (/threatlevel…) send Rasa the payload of their intent; the others
(/subscribe, /privacy, /forget…) answer in the words of content/conversation.yml. Clients open
in post_init and close in post_shutdown; the alert watcher (alerts.py) runs alongside.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, cast

import httpx
import structlog
from telegram import BotCommand, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from actions.topics import intent_for_topic
from bot import reply
from bot.conversation import MessageRejected, clean_message, forget_conversation, take_turn
from bot.rasa_client import RasaClient
from bot.reply import Reply
from bot.settings import BotSettings
from bot.telegram import buttons
from bot.telegram.alerts import NO_PREVIEW, AlertWatcher
from bot.telegram.identity import sender_id, sender_key
from bot.telegram.pacing import PacedRateLimiter
from bot.telegram.render import render
from bot.telegram.texts import Texts
from bot.web.ratelimit import RateLimiter
from store.migrate import migrate
from store.repository import Store

log = structlog.get_logger(__name__)
TelegramApp = Application[Any, Any, Any, Any, Any, Any]
Context = ContextTypes.DEFAULT_TYPE

# Commands that ask the assistant something: Rasa gets the payload of the topic's intent.
ASKING = {"start": "greeting", "help": "help", "threatlevel": "threat-level",
          "runhidetell": "run-hide-tell", "report": "report-suspicious"}
# The command menu (setMyCommands). Commands that ask for a topic are described by its title in
# content; these are the others' labels (menu words, not guidance).
MENU_LABELS = {"start": "Start, and the main topics", "help": "What I can help with",
               "subscribe": "Get a message when the threat level changes",
               "unsubscribe": "Stop threat level messages",
               "privacy": "What this chat keeps, and for how long",
               "forget": "Delete everything kept about this chat"}
MENU = ["start", "help", "threatlevel", "runhidetell", "report", "subscribe", "unsubscribe",
        "privacy", "forget"]
# The typing indicator lasts about 5 seconds; renewed this often while Rasa thinks.
TYPING_EVERY_SECONDS = 4.5
# Unused per-chat locks are dropped when there are more than this many.
MAX_IDLE_LOCKS = 10_000


@dataclass
class Services:
    """What the handlers use, opened in post_init and closed in post_shutdown."""

    settings: BotSettings
    http: httpx.AsyncClient
    rasa: RasaClient
    store: Store
    texts: Texts
    limiter: RateLimiter
    key: bytes
    watcher: asyncio.Task[None] | None = None


def services(context: Context) -> Services:
    return cast(Services, context.bot_data["services"])


class OneAtATimePerChat(BaseUpdateProcessor):
    """Many chats at once (up to `max_concurrent_updates`), but each chat's updates one at a
    time and in order: one person's burst can't take every slot, and answers never overtake
    each other. PTB's SimpleUpdateProcessor has no per-chat limit, hence this small class."""

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        if len(self._locks) > MAX_IDLE_LOCKS:
            self._locks = {k: v for k, v in self._locks.items() if v.locked()}
        lock = self._locks.setdefault(chat.id, asyncio.Lock())
        async with lock:
            await coroutine

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""


# --- sending -------------------------------------------------------------------------------------

async def send_replies(update: Update, replies: list[Reply]) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    for answer in replies:
        for message in render(answer):
            await chat.send_message(message.html, parse_mode=ParseMode.HTML,
                                    link_preview_options=NO_PREVIEW, reply_markup=message.keyboard)


@asynccontextmanager
async def typing(update: Update) -> AsyncIterator[None]:
    """Show "typing…" in the chat until the block ends (sent at once, renewed while it lasts)."""
    chat = update.effective_chat
    if chat is None:
        yield
        return

    async def show() -> None:
        with contextlib.suppress(TelegramError):
            await chat.send_chat_action(ChatAction.TYPING)

    async def renew() -> None:
        while True:
            await asyncio.sleep(TYPING_EVERY_SECONDS)
            await show()

    # The first one is never cancelled: a quick answer must not cut its request short.
    first = asyncio.create_task(show())
    renewing = asyncio.create_task(renew())
    try:
        yield
    finally:
        renewing.cancel()
        await first


async def converse(update: Update, context: Context, text: str) -> None:
    """One turn of the conversation, as on the web, plus a per-chat rate limit."""
    chat = update.effective_chat
    if chat is None:
        return
    found = services(context)
    sender = sender_id(chat.id, found.key)
    if wait := await found.limiter.hit_sender(sender):
        await send_replies(update, [await found.texts.reply("too_many_messages", seconds=wait)])
        return
    try:
        cleaned = clean_message(text)
    except MessageRejected as refusal:
        await send_replies(update, [Reply(text=f"{refusal.words} {reply.EMERGENCY_ADVICE}")])
        return
    async with typing(update):
        turn = await take_turn(found.rasa, sender, cleaned, channel="telegram", store=found.store)
    log.info("telegram_turn", topic=turn.replies[0].topic, messages=len(turn.replies),
             available=turn.available, redacted=turn.redacted)
    await send_replies(update, turn.replies)


# --- handlers ------------------------------------------------------------------------------------

async def on_text(update: Update, context: Context) -> None:
    if update.effective_message and update.effective_message.text:
        await converse(update, context, update.effective_message.text)


async def on_asking_command(update: Update, context: Context) -> None:
    """/start, /help, /threatlevel, /runhidetell, /report: the payload of the topic's intent."""
    text = update.effective_message.text if update.effective_message else None
    name = (text or "/start").split()[0].lstrip("/").split("@")[0].lower()
    await converse(update, context, "/" + intent_for_topic(ASKING.get(name, "help")))


async def on_unknown_command(update: Update, context: Context) -> None:
    """A command we don't have gets the help reply: never silence."""
    await converse(update, context, "/" + intent_for_topic("help"))


async def on_subscribe(update: Update, context: Context) -> None:
    if (chat := update.effective_chat) is None:
        return
    found = services(context)
    new = await found.store.subscribe("telegram", chat.id)
    await send_replies(update, [await found.texts.reply("subscribed" if new else "already_subscribed")])


async def on_unsubscribe(update: Update, context: Context) -> None:
    if (chat := update.effective_chat) is None:
        return
    found = services(context)
    removed = await found.store.unsubscribe("telegram", chat.id)
    await send_replies(update, [await found.texts.reply("unsubscribed" if removed else "not_subscribed")])


async def on_privacy(update: Update, context: Context) -> None:
    found = services(context)
    await send_replies(update, [await found.texts.reply(
        "privacy", conversation_days=found.settings.tracker_retention_days,
        questions_days=found.settings.gaps_retention_days)])


async def on_forget(update: Update, context: Context) -> None:
    """Delete this chat's conversation in Rasa's tracker store, its subscription and its alert
    deliveries; say it is done only once it is."""
    if (chat := update.effective_chat) is None:
        return
    found = services(context)
    try:
        await forget_conversation(found.rasa, sender_id(chat.id, found.key),
                                  found.settings.tracker_store_url())
        await found.store.forget("telegram", chat.id)
    except Exception as error:
        log.warning("forget_failed", error=type(error).__name__)
        await send_replies(update, [await found.texts.reply("try_again")])
        return
    log.info("chat_forgotten")
    await send_replies(update, [await found.texts.reply("forgotten")])


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    payload = buttons.decode(query.data) if isinstance(query.data, str) else None
    if payload is not None:
        await converse(update, context, payload)
        return
    # Data no button of ours carries now (a topic since removed, or forged): say so, and take the
    # dead buttons away.
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(reply_markup=None)
    await send_replies(update, [await services(context).texts.reply("button_expired")])


async def on_error(update: object, context: Context) -> None:
    """Anything unexpected: logged by type only (never words), and the person still gets 999."""
    log.error("telegram_error", error=type(context.error).__name__)
    if isinstance(update, Update) and update.effective_chat:
        with contextlib.suppress(TelegramError):
            await send_replies(update, [reply.unavailable()])


# --- the application ---------------------------------------------------------------------------

def build_application(settings: BotSettings,
                      rasa_transport: httpx.AsyncBaseTransport | None = None) -> TelegramApp:
    """The bot, built once. Its clients are opened by post_init (run_polling, or `running`)."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")

    async def post_init(application: TelegramApp) -> None:
        await migrate(settings.database_url)
        http = httpx.AsyncClient(timeout=httpx.Timeout(settings.rasa_timeout_seconds, connect=2.0),
                                 transport=rasa_transport)
        token = settings.rasa_auth_token.get_secret_value() if settings.rasa_auth_token else None
        texts = Texts(settings.content_dir)
        found = Services(settings, http, RasaClient(http, settings.rasa_url, token),
                         Store(settings.database_url), texts,
                         RateLimiter(settings.rate_limit_per_sender, settings.rate_limit_per_client,
                                     settings.redis_url),
                         sender_key(settings))
        application.bot_data["services"] = found
        library = await texts.library()
        await application.bot.set_my_commands([
            BotCommand(name, library.topics[ASKING[name]].title if ASKING.get(name) in library.topics
                       else MENU_LABELS[name]) for name in MENU])
        if settings.webhook_mode:
            assert settings.telegram_webhook_url and settings.telegram_webhook_secret
            await application.bot.set_webhook(
                settings.telegram_webhook_url, allowed_updates=Update.ALL_TYPES,
                secret_token=settings.telegram_webhook_secret.get_secret_value())
        watcher = AlertWatcher(application.bot, found.store, texts, settings.telegram_alert_poll_seconds)
        found.watcher = asyncio.create_task(watcher.run())
        log.info("telegram_ready", mode="webhook" if settings.webhook_mode else "polling")

    async def post_shutdown(application: TelegramApp) -> None:
        found: Services | None = application.bot_data.get("services")
        if found is None:
            return
        if found.watcher:
            found.watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await found.watcher
        await found.http.aclose()
        await found.store.close()

    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .concurrent_updates(OneAtATimePerChat(settings.telegram_concurrent_updates))
        .rate_limiter(PacedRateLimiter(settings.telegram_broadcast_per_second))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    application.add_handler(CommandHandler(list(ASKING), on_asking_command))
    application.add_handler(CommandHandler("subscribe", on_subscribe))
    application.add_handler(CommandHandler("unsubscribe", on_unsubscribe))
    application.add_handler(CommandHandler("privacy", on_privacy))
    application.add_handler(CommandHandler("forget", on_forget))
    application.add_handler(MessageHandler(filters.COMMAND, on_unknown_command))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_error_handler(on_error)
    return application


@asynccontextmanager
async def running(application: TelegramApp, *, polling: bool, poll_timeout: int = 10,
                  ) -> AsyncIterator[TelegramApp]:
    """Run the application inside another program (the gateway in webhook mode, tests): the
    same steps, in the same order, as run_polling — post_init and post_shutdown included."""
    await application.initialize()
    try:
        if application.post_init:
            await application.post_init(application)
        if polling:
            assert application.updater is not None
            await application.updater.start_polling(poll_interval=0.0, timeout=poll_timeout)
        await application.start()
        try:
            yield application
        finally:
            if application.updater and application.updater.running:
                await application.updater.stop()
            await application.stop()
    finally:
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)
