"""Databases for the tests: a SQLite file and a database on this machine's real PostgreSQL.

Tests that take `database_url` run once on each, migrated once per session and emptied before
every test (take `store` for an open Store on it).
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from store.engine import create_engine
from store.migrate import migrate
from store.models import Base
from store.repository import Store
from store.settings import async_url, safe_url

# The build machine runs PostgreSQL; a run that cannot reach it fails rather than skip, because
# a skipped half would hide a data layer broken on the database production uses.
POSTGRES_ADMIN_URL = os.environ.get("STORE_TESTS_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
SKIP_POSTGRES = os.environ.get("STORE_TESTS_SKIP_POSTGRES") == "1"

# --- databases: one of each per test session, emptied before every test ------------------------

async def _admin(statement: str) -> None:
    dsn = make_url(POSTGRES_ADMIN_URL).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(dsn, timeout=5)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def _create_postgres_database() -> str:
    if SKIP_POSTGRES:
        pytest.skip("STORE_TESTS_SKIP_POSTGRES=1: the PostgreSQL half of the store's tests was not run")
    name = f"store_test_{secrets.token_hex(6)}"
    try:
        asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        why = f"{type(error).__name__}: {error}"
    else:
        url = make_url(async_url(POSTGRES_ADMIN_URL)).set(database=name)
        return url.render_as_string(hide_password=False)
    # Failed outside the except block, so that the message is not buried under a chained traceback.
    pytest.fail(f"PostgreSQL is not reachable at {safe_url(POSTGRES_ADMIN_URL)} ({why}). The store must be "
                "tested on it: start it, point STORE_TESTS_POSTGRES_URL at a server where this user may "
                "create databases, or set STORE_TESTS_SKIP_POSTGRES=1 to skip on purpose.", pytrace=False)


def _drop_postgres_database(url: str) -> None:
    asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def postgresql_url() -> Iterator[str]:
    url = _create_postgres_database()
    try:
        asyncio.run(migrate(url))
        yield url
    finally:
        _drop_postgres_database(url)


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'app.db'}"
    asyncio.run(migrate(url))
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest) -> str:
    """The session's migrated database of this backend."""
    url: str = request.getfixturevalue(f"{backend}_url")
    return url


@pytest.fixture
def fresh_database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database of this backend with no tables at all."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    url = _create_postgres_database()
    try:
        yield url
    finally:
        _drop_postgres_database(url)


async def empty(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                await connection.execute(table.delete())
    finally:
        await engine.dispose()




@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Store]:
    await empty(database_url)
    async with Store(database_url) as opened:
        yield opened
