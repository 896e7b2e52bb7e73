"""Run the Telegram bot (long polling): `python -m bot.telegram` with TELEGRAM_BOT_TOKEN set."""

from __future__ import annotations

from bot.settings import get_settings
from bot.telegram.app import build_application
from common.logs import configure_logging


def main() -> None:
    settings = get_settings()
    configure_logging(settings.log_level)
    build_application(settings).run_polling(drop_pending_updates=False)


if __name__ == "__main__":
    main()
