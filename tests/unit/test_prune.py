"""`make prune` deletes what is past its keeping time, and nothing younger (SQLite and PostgreSQL)."""

from __future__ import annotations

import time

from sqlalchemy import text

from store.engine import create_engine
from tools.prune import prune_tracker


async def test_conversation_events_older_than_the_keeping_time_are_deleted(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DROP TABLE IF EXISTS events"))
            # The columns of Rasa's SQLTrackerStore that matter here.
            await connection.execute(text(
                "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), "
                "type_name VARCHAR(255), timestamp FLOAT, data TEXT)"))
            now = time.time()
            for number, age_days in enumerate([45, 31, 29, 0]):
                await connection.execute(
                    text("INSERT INTO events VALUES (:id, 'tg-abc', 'user', :ts, '{}')"),
                    {"id": number, "ts": now - age_days * 86400})
        assert await prune_tracker(database_url, days=30) == 2
        async with engine.connect() as connection:
            left = (await connection.execute(text("SELECT COUNT(*) FROM events"))).scalar_one()
            await connection.execute(text("DROP TABLE events"))
            await connection.commit()
        assert left == 2
    finally:
        await engine.dispose()


async def test_without_a_tracker_table_there_is_nothing_to_prune(database_url: str) -> None:
    assert await prune_tracker(database_url, days=30) == 0
