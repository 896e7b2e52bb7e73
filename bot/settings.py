"""The front ends' one settings object: environment variables, safe local defaults."""

from __future__ import annotations

import re
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from store.settings import default_database_url

PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "placeholder", "token", "secret", "xxx"})
MIN_SECRET_CHARS = 16
ROOT = Path(__file__).resolve().parent.parent
# Telegram's rule for setWebhook's secret_token.
WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def is_placeholder(secret: str) -> bool:
    """A value someone forgot to replace: empty, a known placeholder, or too short to be random."""
    value = secret.strip().lower()
    return value in PLACEHOLDER_SECRETS or "change" in value or "example" in value \
        or len(value) < MIN_SECRET_CHARS


class BotSettings(BaseSettings):
    """Read from the environment (e.g. PORT=8080, RASA_URL=…, APP_ENV=production)."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore", populate_by_name=True,
                                      hide_input_in_errors=True)

    app_env: Literal["development", "production"] = "development"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    # Rasa's HTTP API is never public: the gateway reaches it on the loopback or a private network.
    # Several replicas may be listed, comma-separated; messages are spread over them.
    rasa_url: str = "http://127.0.0.1:5005"
    # The token Rasa's HTTP API was started with (--auth-token); required in production.
    rasa_auth_token: SecretStr | None = None
    rasa_timeout_seconds: float = Field(default=10.0, gt=0, le=60)
    # Shared rate limits across gateway replicas (`make cluster`, production); unset: in memory.
    redis_url: str | None = Field(default=None, repr=False)
    # Rate limits in the `limits` library's notation ("20/minute", "5/second;100/hour").
    rate_limit_per_sender: str = "20/minute"
    rate_limit_per_client: str = "60/minute"
    # Only behind a reverse proxy that sets X-Forwarded-For may the gateway believe it; then the
    # client is the right-most address that is not one of these networks (our proxies). Empty:
    # only the peer that connected is our proxy.
    trust_proxy_headers: bool = False
    trusted_proxies: Annotated[list[IPv4Network | IPv6Network], NoDecode] = Field(default_factory=list)
    # Origins allowed to call /api/chat from other sites (the embeddable widget).
    allowed_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # What the app stores (store/): SQLite in the cache directory unless DATABASE_URL says otherwise.
    database_url: str = Field(default_factory=default_database_url, validation_alias="DATABASE_URL",
                              repr=False)
    # Questions kept for the editors' gaps report, and feedback, are deleted after this many days.
    gaps_retention_days: int = Field(default=30, ge=1, le=365)
    telegram_bot_token: SecretStr | None = None
    # Telegram's Bot API; tests point it at a local fake.
    telegram_api_url: str = "https://api.telegram.org/bot"
    # Rasa never sees a Telegram chat id: it gets HMAC-SHA256(key, chat id). Required in
    # production; in development a random key is kept in the cache directory.
    telegram_sender_key: SecretStr | None = None
    # Webhook mode (production): Telegram posts updates to the gateway's /telegram/webhook at this
    # public https URL, with this secret in X-Telegram-Bot-Api-Secret-Token. Unset: long polling.
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: SecretStr | None = None
    # Updates handled at once (each chat's one at a time), and alerts: how often the bot looks
    # for a new threat level change, and the broadcast's pace (Telegram allows about 30/s;
    # 29 evenly spaced never puts 31 in one second, `make broadcast-bench`).
    telegram_concurrent_updates: int = Field(default=64, ge=1, le=1024)
    telegram_alert_poll_seconds: float = Field(default=3.0, gt=0, le=30)
    telegram_broadcast_per_second: float = Field(default=29.0, gt=0, le=10_000)
    # Where content/ is (the words of commands and alerts are content); the action server's.
    content_dir: Path = Field(default=ROOT / "content",
                              validation_alias=AliasChoices("CONTENT_DIR", "ACTIONS_CONTENT_DIR"))
    # Rasa's SQL tracker store, for /forget (unset: DATABASE_URL when it is PostgreSQL, as in
    # `make cluster`; else Rasa keeps conversations in its memory and its API forgets them).
    tracker_database_url: str | None = Field(default=None, repr=False)
    # How long `make prune` keeps conversations in it (told to people by /privacy).
    tracker_retention_days: int = Field(default=30, ge=1, le=3650)
    log_level: str = "INFO"

    @model_validator(mode="before")
    @classmethod
    def _split_lists(cls, data: dict[str, object]) -> dict[str, object]:
        for name in ("allowed_origins", "trusted_proxies"):
            value = data.get(name) if isinstance(data, dict) else None
            if isinstance(value, str):
                data[name] = [v.strip() for v in value.split(",") if v.strip()]
        return data

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Self:
        token = self.telegram_bot_token
        if token is not None and token.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
            raise ValueError("TELEGRAM_BOT_TOKEN is a placeholder: set the real token or unset it")
        if bool(self.telegram_webhook_url) != bool(self.telegram_webhook_secret):
            raise ValueError("webhook mode needs both TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET")
        secret = self.telegram_webhook_secret.get_secret_value() if self.telegram_webhook_secret else None
        if secret is not None and (is_placeholder(secret) or not WEBHOOK_SECRET.fullmatch(secret)):
            raise ValueError("TELEGRAM_WEBHOOK_SECRET must be a long random value of letters, digits, "
                             "'_' and '-' (Telegram's rule)")
        if self.app_env != "production":
            return self
        if any(not o.startswith("https://") for o in self.allowed_origins):
            raise ValueError("in production every ALLOWED_ORIGINS entry must be an https:// origin")
        if self.log_level.upper() == "DEBUG":
            raise ValueError("in production LOG_LEVEL must not be DEBUG (it could log messages)")
        if not self.telegram_api_url.startswith("https://"):
            raise ValueError("in production TELEGRAM_API_URL must be https (the token is in the URL)")
        if self.rasa_auth_token is None or is_placeholder(self.rasa_auth_token.get_secret_value()):
            raise ValueError("in production RASA_AUTH_TOKEN must be set to a long random value "
                             "(the one Rasa is started with)")
        if not self.database_url.startswith(("postgres://", "postgresql")):
            raise ValueError("in production DATABASE_URL must be a PostgreSQL database (SQLite is "
                             "one file on one machine)")
        if not self.redis_url:
            raise ValueError("in production REDIS_URL must be set (rate limits are shared there)")
        key = self.telegram_sender_key
        if self.telegram_bot_token is not None and (key is None or is_placeholder(key.get_secret_value())):
            raise ValueError("in production TELEGRAM_SENDER_KEY must be set to a long random value "
                             "(chat ids are hashed with it before Rasa sees them)")
        if self.telegram_webhook_url and not self.telegram_webhook_url.startswith("https://"):
            raise ValueError("TELEGRAM_WEBHOOK_URL must be https (Telegram only posts to https)")
        return self

    @property
    def webhook_mode(self) -> bool:
        return self.telegram_bot_token is not None and bool(self.telegram_webhook_url)

    def tracker_store_url(self) -> str | None:
        """Rasa's SQL tracker store, when there is one (see tracker_database_url)."""
        if self.tracker_database_url:
            return self.tracker_database_url
        return self.database_url if self.database_url.startswith("postgres") else None


@lru_cache(maxsize=1)
def get_settings() -> BotSettings:
    return BotSettings()
