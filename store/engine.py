"""The async engine for a database URL: SQLite set up for several processes, PostgreSQL as it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from store.settings import async_url

# The gateway, the Telegram bot and the action server may write at the same moment: a writer
# waits this long for another's transaction instead of failing at once with "database is locked".
SQLITE_BUSY_TIMEOUT_MS = 30_000


def create_engine(url: str, *, sqlite_begin: str = "BEGIN", sqlite_foreign_keys: bool = True,
                  one_connection: bool = False) -> AsyncEngine:
    """An engine for `url` (any form `async_url` accepts); `sqlite_begin` starts SQLite's transactions."""
    url = async_url(url)
    options: dict[str, Any] = {"poolclass": NullPool} if one_connection else {}
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # A connection the server dropped (restart, idle timeout) is replaced, not handed out.
        return create_async_engine(url, pool_pre_ping=True, **options)
    database = parsed.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        # The default lives in a cache directory that may not exist yet.
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url, **options)
    _configure_sqlite(engine, sqlite_begin, sqlite_foreign_keys)
    return engine


def _configure_sqlite(engine: AsyncEngine, begin: str, foreign_keys: bool) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, _record: object) -> None:
        # sqlite3 would begin transactions only before INSERT/UPDATE/DELETE, which leaves DDL
        # and reads outside them; SQLAlchemy's documented fix: we emit BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        # SQLite ignores foreign keys, and so ON DELETE CASCADE, unless each connection asks.
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql(begin)
