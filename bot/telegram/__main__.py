"""Run the Telegram bot with long polling: `python -m bot.telegram` with TELEGRAM_BOT_TOKEN set.

In webhook mode (TELEGRAM_WEBHOOK_URL set) the gateway receives the updates and runs the bot
itself (bot/telegram/webhook.py); this command then has nothing to do.
"""

from __future__ import annotations

import sys

from bot.settings import get_settings
from bot.telegram.app import build_application
from common.logs import configure_logging


def main() -> int:
    settings = get_settings()
    configure_logging(settings.log_level)
    if settings.webhook_mode:
        print("TELEGRAM_WEBHOOK_URL is set: the gateway runs the bot (webhook mode).", file=sys.stderr)
        return 0
    build_application(settings).run_polling(drop_pending_updates=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
