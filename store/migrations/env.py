"""Alembic's entry point: runs migrations on the connection `migrate` passes, or on DATABASE_URL."""

from __future__ import annotations

import asyncio
from logging.config import fileConfig
from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection

from store.migrate import migration_engine, take_turns
from store.models import Base, UTCDateTime
from store.settings import get_settings

config = context.config


def render_item(kind: str, obj: object, autogen_context: AutogenContext) -> str | Literal[False]:
    """Autogenerate writes our UTC column as what the database holds, so revisions never import
    store.models (a revision must keep working after the models change)."""
    if kind == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot alter most of a table in place; Alembic's batch mode copies it instead.
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_on_database_url() -> None:
    engine = migration_engine(get_settings().database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(take_turns)
            await connection.run_sync(run_migrations)
    finally:
        await engine.dispose()


def run_offline() -> None:
    """`alembic upgrade head --sql`: print the SQL for DATABASE_URL's dialect, for review."""
    context.configure(url=get_settings().database_url, target_metadata=Base.metadata,
                      literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


given: Connection | None = config.attributes.get("connection")
if given is not None:
    # Called by store.migrate inside a running process: leave its logging alone.
    run_migrations(given)
else:
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    if context.is_offline_mode():
        run_offline()
    else:
        asyncio.run(run_on_database_url())
