"""Brings a database's tables up to date (Alembic's "upgrade head"), safely at every start-up."""

from __future__ import annotations

import asyncio
from pathlib import Path

import structlog
from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from store.engine import create_engine
from store.settings import safe_url

log = structlog.get_logger(__name__)

ALEMBIC_INI = Path(__file__).resolve().parent / "alembic.ini"
# Any fixed number: the PostgreSQL advisory lock that migrating processes take in turn.
MIGRATION_LOCK_KEY = 7_301_186_554_128_517


def alembic_config() -> Config:
    return Config(str(ALEMBIC_INI))


def migration_engine(url: str) -> AsyncEngine:
    # BEGIN IMMEDIATE takes SQLite's write lock before reading the schema's version, so a
    # second process waits for the first and then finds nothing left to do. Foreign keys off:
    # Alembic rebuilds a SQLite table by copying and dropping it, and with them on, dropping
    # threat_level_changes would cascade and delete every delivery.
    return create_engine(url, sqlite_begin="BEGIN IMMEDIATE", sqlite_foreign_keys=False, one_connection=True)


def take_turns(connection: Connection) -> None:
    """Hold the migration lock until this transaction ends (SQLite's BEGIN IMMEDIATE already does)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})


async def migrate(url: str) -> None:
    """Upgrade to the newest revision in one transaction: a no-op when already there, and
    processes that start together take turns instead of creating the same table twice."""
    engine = migration_engine(url)
    try:
        async with engine.begin() as connection:
            # The lock comes before Alembic, whose context is one per process: a second
            # migration in this process must not enter it while the first is inside.
            await connection.run_sync(take_turns)
            await connection.run_sync(_upgrade)
    finally:
        await engine.dispose()
    log.info("database_migrated", database=safe_url(url))


def _upgrade(connection: Connection) -> None:
    config = alembic_config()
    # env.py runs the migrations on this connection, inside the transaction that holds the lock.
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


if __name__ == "__main__":
    # `python -m store.migrate`: bring DATABASE_URL's schema up to date (a deployment's migration
    # job; every process also does this at start-up, taking turns).
    from store.settings import StoreSettings

    asyncio.run(migrate(StoreSettings().database_url))
