"""Where the data lives: `DATABASE_URL` (SQLite in the cache directory unless it says otherwise)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from common.paths import cache_dir

# Hosting platforms hand out plain driver-less URLs; we only speak these two async drivers.
ASYNC_DRIVERS = {
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
}


def default_database_url() -> str:
    return f"sqlite+aiosqlite:///{cache_dir() / 'app.db'}"


def async_url(url: str) -> str:
    """The same database through its async driver: `postgres://…` → `postgresql+asyncpg://…`."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        # The message would repeat the URL, password included.
        raise ValueError("DATABASE_URL is not a database URL") from error
    driver = ASYNC_DRIVERS.get(parsed.drivername)
    if driver is None:
        raise ValueError(f"DATABASE_URL must be a postgresql:// or sqlite:// URL, not {parsed.drivername}://")
    parsed = parsed.set(drivername=driver)
    if driver == "postgresql+asyncpg" and "sslmode" in parsed.query:
        # libpq's spelling, common in hosted URLs; asyncpg takes the same values as `ssl`.
        query = dict(parsed.query)
        query["ssl"] = query.pop("sslmode")
        parsed = parsed.set(query=query)
    return parsed.render_as_string(hide_password=False)


def safe_url(url: str | URL) -> str:
    """The URL as it may be logged: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<not a database URL>"


class StoreSettings(BaseSettings):
    """Read from the environment: DATABASE_URL=postgres://user:password@host/db."""

    # A validation error would otherwise quote the URL it refused, password included.
    model_config = SettingsConfigDict(frozen=True, extra="ignore", hide_input_in_errors=True)

    # repr=False: settings get printed in tracebacks and logs; the URL may hold a password.
    database_url: str = Field(default_factory=default_database_url, repr=False)

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, url: str) -> str:
        return async_url(url)


@lru_cache(maxsize=1)
def get_settings() -> StoreSettings:
    return StoreSettings()
