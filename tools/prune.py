"""`make prune`: delete what is past its keeping time — Rasa's conversation events older than
TRACKER_RETENTION_DAYS (default 30) from its SQL tracker store, and the editors' gaps and feedback
older than GAPS_RETENTION_DAYS. Run nightly (a Kubernetes CronJob in production)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from datetime import timedelta

from sqlalchemy import text

from bot.settings import BotSettings
from store.engine import create_engine
from store.migrate import migrate
from store.models import utc_now
from store.repository import Store
from store.settings import safe_url


async def prune_tracker(url: str, days: int) -> int:
    """Rasa's events older than `days` days, deleted; how many. Nothing to do without the table
    (the embedded shape keeps conversations in Rasa's memory)."""
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            exists = await connection.run_sync(lambda sync: sync.dialect.has_table(sync, "events"))
            if not exists:
                return 0
            # Rasa's SQLTrackerStore keeps each event's time as a UNIX timestamp (a float).
            result = await connection.execute(text("DELETE FROM events WHERE timestamp < :cutoff"),
                                              {"cutoff": time.time() - days * 86400})
            return int(result.rowcount or 0)
    finally:
        await engine.dispose()


async def prune(tracker_url: str | None, tracker_days: int, database_url: str, gaps_days: int) -> str:
    lines = []
    if tracker_url:
        deleted = await prune_tracker(tracker_url, tracker_days)
        lines.append(f"{safe_url(tracker_url)}: deleted {deleted} conversation events older than "
                     f"{tracker_days} days")
    await migrate(database_url)
    async with Store(database_url) as store:
        pruned = await store.prune(utc_now() - timedelta(days=gaps_days))
    lines.append(f"{safe_url(database_url)}: deleted {pruned.gaps} gaps and {pruned.feedback} "
                 f"feedback answers older than {gaps_days} days")
    return "\n".join(lines)


def main() -> int:
    settings = BotSettings()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tracker-days", type=int,
                        default=int(os.environ.get("TRACKER_RETENTION_DAYS", "30")))
    parser.add_argument("--tracker-url", default=os.environ.get("TRACKER_DATABASE_URL"),
                        help="Rasa's tracker store (default: TRACKER_DATABASE_URL, else DATABASE_URL "
                             "when it is PostgreSQL)")
    args = parser.parse_args()
    tracker_url = args.tracker_url or (settings.database_url
                                       if settings.database_url.startswith("postgres") else None)
    print(asyncio.run(prune(tracker_url, args.tracker_days, settings.database_url,
                            settings.gaps_retention_days)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
